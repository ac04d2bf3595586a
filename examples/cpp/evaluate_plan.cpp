// Evaluates a plan as of 30 June 2022 and prints the evaluation JSON:
// the README's C++ example, built and run by the tests.
#include <ducha/ducha.hpp>
#include <iostream>

#include "io/plan_json.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: evaluate_plan PLAN.json\n";
    return 2;
  }
  try {
    ducha::Plan plan = ducha::io::load_plan(argv[1]);
    ducha::Policy policy;  // the reference policy; see docs/evaluation.md
    ducha::Evaluation ev = ducha::evaluate(plan, policy, ducha::parse_date("2022-06-30"));
    std::cout << ducha::io::write_evaluation(plan, ev, policy);
  } catch (const ducha::Error& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
  return 0;
}

// The library's C++ API (ducha::ducha and ducha::core, namespace ducha::v1): a plan read,
// evaluated under a preset, the report's summary, and one target judged from its sentences.
#include <ducha/library.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: evaluate_plan PLAN.json\n";
    return 2;
  }
  try {
    ducha::Plan plan = ducha::plan_from_file(argv[1]);
    ducha::Policy policy = ducha::load_policy("reference", plan.year);  // a file or a preset
    ducha::Date as_of = ducha::parse_date("2022-06-30");
    ducha::Evaluation ev = ducha::evaluate_escalated(plan, policy, as_of);
    std::cout << ev.items.size() << " items, " << ducha::to_string(ev.items.front().status) << "\n";
    std::cout << ducha::render_report(plan, policy, as_of, "summary");
    std::cout << ducha::assess_json("新建30个社区健身点", "已建成2个社区健身点", 2022, as_of, policy) << "\n";
  } catch (const ducha::Error& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

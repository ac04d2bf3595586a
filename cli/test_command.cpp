#include <iostream>
#include <memory>

#include "commands.hpp"
#include "ducha/rules.hpp"
#include "policy_option.hpp"

namespace ducha::cli {
namespace {

struct TestOptions {
  std::string policy, cases, output;
};

// Exit 0 when every case passes, 1 when some fail.
int run(const TestOptions& o) {
  if (o.policy.empty() || o.cases.empty()) throw UsageError("test takes POLICY and CASES");
  if (o.policy == "-" && o.cases == "-") throw UsageError("standard input (-) can be read only once: POLICY or CASES");
  const std::string name = input_name(o.cases);
  std::string text = read_input(o.cases);
  // Curve dates in the policy take the year of the first case.
  RuleCheck check =
      check_rule_cases(text, name, [&](int year) { return load_policy_option(o.policy, year); }, limits());
  write_output(o.output, "policy " + check.policy_version + ", " + std::to_string(check.passed + check.failed) +
                             " cases from " + name + "\n" + check.report);
  return check.failed == 0 ? 0 : 1;
}

}  // namespace

Command add_test(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<TestOptions>();
  CLI::App* c = add_command(root, globals, "test",
                            "Check a policy against rule cases (JSON or \"target | progress | date => status\" "
                            "lines); one block per failure, then \"N passed, M failed\"; exit 1 on failures.",
                            "  ducha test reference examples/rules/shapingba-2022h1.cases\n"
                            "  ducha test my-policy.json my.cases -o results.txt\n");
  c->add_option("POLICY", o->policy, "A policy file, - for standard input, or a preset: reference, points, sdg-ratio")
      ->type_name("POLICY");
  add_input(c, "CASES", o->cases, "The rule cases");
  add_output_option(c, o->output);
  return {c, [o] { return run(*o); }};
}

}  // namespace ducha::cli

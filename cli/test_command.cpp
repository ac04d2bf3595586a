#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "io/json_reader.hpp"
#include "policy_option.hpp"
#include "rules/rule_cases.hpp"

namespace ducha::cli {

// ducha test POLICY CASES: exit 0 when every case passes, 1 when some fail.
int run_test(const std::vector<std::string>& argv) {
  Args args(argv, {}, {});
  if (args.positional().size() != 2) throw UsageError("test takes POLICY and CASES");
  const std::string& cases_path = args.positional()[1];
  std::vector<rules::RuleCase> cases = rules::read_cases(io::read_file(cases_path), cases_path);
  if (cases.empty()) throw Error(ErrorCode::invalid_argument, cases_path + ": no cases");
  // Curve dates in the policy take the year of the first case.
  Policy policy = load_policy_option(args.positional()[0], cases.front().as_of.year());
  std::vector<rules::CaseResult> results = rules::check_rules(policy, cases);
  std::cout << "policy " << policy.version() << ", " << cases.size() << " cases from " << cases_path << "\n";
  std::string text = rules::report(cases, results);
  std::cout << text;
  for (const auto& r : results)
    if (!r.passed) return 1;
  return 0;
}

}  // namespace ducha::cli

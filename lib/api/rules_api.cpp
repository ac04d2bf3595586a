// include/ducha/rules.hpp: the public names of lib/rules.
#include "ducha/rules.hpp"

#include "ducha/error.hpp"
#include "rules/rule_cases.hpp"

DUCHA_BEGIN_NAMESPACE

namespace {

// The cases; every error names `source` ("h1.cases: …", "h1.cases:3: …").
std::vector<rules::RuleCase> read_named(std::string_view text, const std::string& source) {
  try {
    return rules::read_cases(text, source);
  } catch (const Error& e) {
    if (std::string_view(e.what()).substr(0, source.size() + 1) == source + ":") throw;
    throw Error(e.code(), source + ": " + e.what(), e.position());
  }
}

}  // namespace

RuleCheck check_rule_cases(std::string_view cases_text, const std::string& source,
                           const std::function<Policy(int year)>& policy_for_year) {
  return check_rule_cases(cases_text, source, policy_for_year, Limits{});
}

RuleCheck check_rule_cases(std::string_view cases_text, const std::string& source,
                           const std::function<Policy(int year)>& policy_for_year, const Limits& limits) {
  std::vector<rules::RuleCase> cases = read_named(cases_text, source);
  if (cases.empty()) throw Error(ErrorCode::invalid_argument, source + ": no cases");
  rules::check_case_texts(cases, source, limits);
  Policy policy = policy_for_year(cases.front().as_of.year());
  std::vector<rules::CaseResult> results = rules::check_rules(policy, cases);
  RuleCheck out;
  out.policy_version = policy.version();
  for (const auto& r : results) ++(r.passed ? out.passed : out.failed);
  out.report = rules::report(cases, results);
  return out;
}

RuleCheck check_rule_cases(std::string_view cases, const std::string& source, const Policy& policy) {
  return check_rule_cases(cases, source, [&policy](int) { return policy; });
}

DUCHA_END_NAMESPACE

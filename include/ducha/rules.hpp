// Rule cases (docs/policy.md): what an office's policy must decide for given targets
// and progress, checked — `ducha test`, from C++. Part of the library's C++ API: link
// ducha::ducha (and ducha::core for the types).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "ducha/config.hpp"
#include "ducha/limits.hpp"
#include "ducha/policy.hpp"

DUCHA_BEGIN_NAMESPACE

struct RuleCheck {
  std::string policy_version;  // the policy checked ("reference@…")
  std::size_t passed = 0, failed = 0;
  std::string report;          // one block per failure, then "N passed, M failed"
};

// Reads `cases` (JSON ducha.cases/1 or "target | progress | date => status" lines;
// an error in them names `source` and the line or field) and checks each against the policy that
// `policy_for_year` gives for the first case's year (curve dates fall in it).
// No case at all is an error naming `source`.
DUCHA_API RuleCheck check_rule_cases(std::string_view cases, const std::string& source,
                                     const std::function<Policy(int year)>& policy_for_year);
DUCHA_API RuleCheck check_rule_cases(std::string_view cases, const std::string& source, const Policy& policy);
// The same within `limits`: a case whose target or progress text is over text_bytes or
// clause_bytes is an Error (out_of_range) naming `source`, the case and the limit.
DUCHA_API RuleCheck check_rule_cases(std::string_view cases, const std::string& source,
                                     const std::function<Policy(int year)>& policy_for_year, const Limits& limits);

DUCHA_END_NAMESPACE

// Rule test files: an office writes down what its policy must decide for given
// targets and progress, and checks it (`ducha test POLICY CASES`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/item.hpp"
#include "ducha/policy.hpp"
#include "io/limits.hpp"

namespace ducha::rules {

struct RuleCase {
  std::string name;      // given, or "line N"
  std::string target;    // the target sentence
  std::string progress;  // the progress text (figures come from the texts)
  Date as_of;
  ItemKind kind = ItemKind::task;
  Status expect_status = Status::not_assessable;
  std::optional<Reason> expect_reason;
  std::optional<Fraction> expect_ratio;
  std::optional<std::string> expect_label;
};

// JSON ({"format": "ducha.cases/1", "cases": [...]}) or the line format
//   新建30个社区健身点 | 已建成2个 | 2022-06-30 => severely_lagging [reason=far_behind_pace] [label=…] [ratio=1/15]
// ('#' starts a comment). Errors name the source and line or field.
std::vector<RuleCase> read_cases(std::string_view text, const std::string& source);

// Refuses a case whose target or progress text is over limits.text_bytes or
// limits.clause_bytes (io::check_text), naming the source and the case.
void check_case_texts(const std::vector<RuleCase>& cases, const std::string& source, const io::Limits& limits);

struct CaseResult {
  std::string name;
  bool passed = false;
  Status status = Status::not_assessable;
  Reason reason = Reason::qualitative;
  std::optional<Fraction> ratio;  // of the deciding sub-target
  std::string label;
  std::string explanation;
  std::vector<std::string> differences;  // "status: expected severely_lagging, got lagging"
};

std::vector<CaseResult> check_rules(const Policy& policy, const std::vector<RuleCase>& cases);

// A test runner's report: one block per failure, then "N passed, M failed".
std::string report(const std::vector<RuleCase>& cases, const std::vector<CaseResult>& results);

}  // namespace ducha::rules

// Evaluation: the result of judging a plan, with the exact numbers behind
// every status so that it can be explained and checked.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/fraction.hpp"
#include "ducha/schedule.hpp"
#include "ducha/status.hpp"
#include "ducha/target.hpp"

DUCHA_BEGIN_NAMESPACE

enum class Source {
  computed,  // derived from figures by the policy
  assessed,  // a person's recorded assessment, used where nothing can be computed
};

inline std::string_view to_string(Source s) {
  return s == Source::computed ? "computed" : "assessed";
}

// A year-end (period-end) projection from a sub-target's recent records.
struct Projection {
  // cumulative, level, ceiling: the figure at the period's end, in the target's base unit,
  // on the line through the first and last records of the window (in 序时进度 time);
  // growth: the latest cumulative growth reported, carried to the year's end as it is.
  Fraction value;
  std::optional<Fraction> ratio;  // value / target
  bool able = false;              // 预计能够完成 (else 预计难以完成)
  std::size_t records = 0;        // records the line was drawn through
  Date from, to;                  // the first and last of them
};

inline std::string_view projected_label(bool able) { return able ? "预计能够完成" : "预计难以完成"; }

struct SubTargetEvaluation {
  Status status = Status::not_assessable;
  Reason reason = Reason::qualitative;
  // cumulative and level: done / target; ceiling: consumed / allowance. Unreduced.
  std::optional<Fraction> ratio;
  // growth: the reported rate, in percent
  std::optional<Fraction> actual;
  // the figure the result was compared with last: on_track × 序时 for a
  // cumulative target, target − tolerance for 左右 growth, the band's floor …
  std::optional<Fraction> bound;
  Fraction expected;  // 序时进度 at `as_of`
  Date as_of;         // the record's own date where it has one
  // (ratio − 序时进度) × months in the period: months ahead (+) or behind (−) of 序时进度
  // at an even pace (cumulative; for a ceiling, the allowance left against the time left).
  std::optional<Fraction> months_ahead;
  std::optional<Projection> projection;  // with two or more records on or before the date
  bool period_ended = false;              // the target's period had ended at the evaluation date
  // Milestones judged by stage (include/ducha/milestone.hpp): the stage reached, the
  // stage the curve expects by now, and the date the goal is due.
  std::optional<Stage> stage_reached;
  std::optional<Stage> stage_expected;
  std::optional<Date> due;
};

// ratio − 序时进度 (cumulative, ceiling) or actual − target (growth, level), in
// percentage points; computed when printed, not on the evaluation's hot path.
inline std::optional<Fraction> gap_points(const SubTarget& st, const SubTargetEvaluation& ev) {
  if (st.kind == TargetKind::growth || st.kind == TargetKind::level) {
    if (!ev.actual || !st.target) return std::nullopt;
    return *ev.actual - st.target->quantity.base_value();
  }
  if (!ev.ratio) return std::nullopt;
  return (*ev.ratio - ev.expected) * Fraction(100);
}

// Who judged an item: ducha's rules from its figures, a person (the office's assessment,
// override, monthly status or published status), or nobody.
enum class JudgedBy { rules, office, none };

inline std::string_view to_string(JudgedBy j) {
  switch (j) {
    case JudgedBy::rules: return "rules";
    case JudgedBy::office: return "office";
    case JudgedBy::none: return "none";
  }
  return "none";
}

// A warning colour as the policy's escalation gives it (docs/policy.md, "Escalation").
struct Warning {
  std::string colour;     // empty: no colour this month
  std::string reason;     // why, in the office's words
  int months_behind = 0;  // consecutive months behind, as counted by the rule
};

struct ItemEvaluation {
  Status status = Status::not_assessable;
  Reason reason = Reason::qualitative;
  Source source = Source::computed;
  JudgedBy judged_by = JudgedBy::none;
  // judged_by office: the person's status (assessment, the month's office status,
  // override or official status, in that order of precedence).
  std::optional<Status> office_status;
  // Filled by evaluate_escalated (include/ducha/escalation.hpp) when the policy escalates.
  std::optional<Warning> warning;
  std::vector<SubTargetEvaluation> sub_targets;  // parallel to Item::sub_targets
};

struct Evaluation {
  Date as_of;
  Fraction expected;  // 序时进度 at as_of
  std::string policy_name;
  std::string policy_version;
  std::vector<ItemEvaluation> items;  // parallel to Plan::items
  std::size_t later_records_ignored = 0;  // history records after as_of left out (policy later_records)
};

DUCHA_END_NAMESPACE

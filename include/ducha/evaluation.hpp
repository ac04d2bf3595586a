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

struct ItemEvaluation {
  Status status = Status::not_assessable;
  Reason reason = Reason::qualitative;
  Source source = Source::computed;
  std::vector<SubTargetEvaluation> sub_targets;  // parallel to Item::sub_targets
};

struct Evaluation {
  Date as_of;
  Fraction expected;  // 序时进度 at as_of
  std::string policy_name;
  std::string policy_version;
  std::vector<ItemEvaluation> items;  // parallel to Plan::items
};

DUCHA_END_NAMESPACE

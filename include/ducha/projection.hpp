// Year-end projection of a sub-target from its recent history records (docs/evaluation.md).
#pragma once

#include <optional>

#include "ducha/config.hpp"
#include "ducha/evaluate.hpp"

DUCHA_BEGIN_NAMESPACE

namespace detail {

// The valued records of `st` on or before ctx.as_of in the target's dimension, the
// latest `window` of them, oldest first. Walks back from the date: O(log n + window)
// when records carry figures.
inline std::vector<const ProgressRecord*> recent_records(const SubTarget& st, const EvaluationContext& ctx) {
  std::vector<const ProgressRecord*> out;
  const std::size_t window = static_cast<std::size_t>(ctx.policy.projection_window);
  for (std::size_t i = records_up_to(st, ctx.as_of); i-- > 0 && out.size() < window;) {
    const ProgressRecord& r = st.history[i];
    if (r.value && same_dimension(*r.value, st.target->quantity)) out.push_back(&r);
  }
  return {out.rbegin(), out.rend()};
}

inline bool projected_able(const SubTarget& st, const Fraction& value, const EvaluationContext& ctx) {
  const Fraction t = st.target->quantity.base_value();
  const Comparator cmp = st.target->comparator;
  switch (st.kind) {
    case TargetKind::ceiling: return value <= t;
    case TargetKind::growth:
      if (cmp == Comparator::around)
        return st.lower_is_better ? value <= t + ctx.tolerance : value >= t - ctx.tolerance;
      return satisfies(value, t, cmp, st.lower_is_better);
    default: return satisfies(value, t, cmp, st.lower_is_better);
  }
}

}  // namespace detail

// cumulative, level, ceiling: the line through the first and last of the latest
// `projection_window` records, with 序时进度 as its time axis, read at 序时 = 1 (the
// period's end). growth: the latest cumulative growth rate as reported (累计增长) is
// the year's projection; monthly rates are never compounded. Needs two records with
// figures on or before the date (one for growth is not a trend either), else none.
inline std::optional<Projection> project(const SubTarget& st, const EvaluationContext& ctx) {
  if (!st.target || st.kind == TargetKind::milestone || st.kind == TargetKind::qualitative) return std::nullopt;
  const Fraction t = st.target->quantity.base_value();
  auto recent = detail::recent_records(st, ctx);
  if (recent.size() < 2) return std::nullopt;
  const ProgressRecord& first = *recent.front();
  const ProgressRecord& last = *recent.back();
  Projection p;
  p.records = recent.size();
  p.from = *first.as_of;
  p.to = *last.as_of;
  const Fraction y1 = last.value->base_value();
  if (st.kind == TargetKind::growth) {
    p.value = y1;
  } else {
    const Fraction x0 = ctx.schedule.expected(ctx.period, p.from);
    const Fraction x1 = ctx.schedule.expected(ctx.period, p.to);
    if (!(x0 < x1)) return std::nullopt;  // no time between them on the schedule
    const Fraction y0 = first.value->base_value();
    p.value = y1 + (y1 - y0) / (x1 - x0) * (Fraction(1) - x1);
  }
  if (!t.is_zero()) p.ratio = p.value / t;
  p.able = detail::projected_able(st, p.value, ctx);
  return p;
}

DUCHA_END_NAMESPACE

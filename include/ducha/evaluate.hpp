// evaluate(plan, policy, as_of): pure and exact. No I/O, no global state.
#pragma once

#include <string_view>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/item.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

DUCHA_BEGIN_NAMESPACE

// The cut-offs for one 序时进度 value under a pace rule.
struct Pace {
  Fraction expected;
  PaceRule rule;
  Fraction on_track;  // fraction mode: on_track × e; points mode: e − on_track/100
  Fraction lagging;

  Pace(const PaceRule& r, const Fraction& e) : expected(e), rule(r) {
    if (r.mode == PaceMode::fraction) {
      on_track = r.on_track * e;
      lagging = r.lagging * e;
    } else if (r.mode == PaceMode::points) {
      on_track = e - r.on_track / Fraction(100);
      lagging = e - r.lagging / Fraction(100);
    } else {  // ratio: q = r/e compared with the thresholds, i.e. r against threshold × e
      on_track = r.on_track * e;
      lagging = r.lagging * e;
    }
  }
};

// What a sub-target is judged against: the period, the date, its 序时进度 and the
// policy's cut-offs, computed once for every sub-target that shares them.
struct EvaluationContext {
  const Policy& policy;
  const Schedule& schedule;
  Period period;
  Date as_of;
  Fraction expected;  // schedule.expected(period, as_of)
  Pace pace;          // the cumulative rule at as_of
  Fraction band_floor;    // 1 − level_band
  Fraction band_ceiling;  // 1 + level_band
  Fraction tolerance;     // around_tolerance as a fraction

  EvaluationContext(const Policy& p, const Period& per, const Date& d)
      : EvaluationContext(p, p.schedule, per, d) {}
  EvaluationContext(const Policy& p, const Schedule& sch, const Period& per, const Date& d)
      : policy(p),
        schedule(sch),
        period(per),
        as_of(d),
        expected(sch.expected(per, d)),
        pace(p.cumulative, expected),
        band_floor(Fraction(1) - p.level_band),
        band_ceiling(Fraction(1) + p.level_band),
        tolerance(p.around_tolerance) {}

  // 序时进度 at a record's own date (the evaluation's unless it states one).
  Fraction expected_at(const Date& d) const { return d == as_of ? expected : schedule.expected(period, d); }
  Pace pace_at(const Date& d) const { return d == as_of ? pace : Pace(policy.cumulative, expected_at(d)); }
};

// True when the text is empty or contains one of the policy's no-progress phrases.
inline bool says_no_progress(std::string_view text, const Policy& policy) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  for (const auto& phrase : policy.no_progress_phrases)
    if (text.find(phrase) != std::string_view::npos) return true;
  return false;
}

namespace detail {

inline Status for_indicator(Status task_status, const Fraction& expected) {
  switch (task_status) {
    case Status::completed: return Status::meets;
    case Status::on_track: return expected < Fraction(1) ? Status::on_schedule : Status::meets;
    case Status::not_assessable: return Status::not_assessable;
    default: return Status::below;
  }
}

inline void judge_cumulative(const Fraction& r, Comparator cmp, const Pace& pace, SubTargetEvaluation& ev) {
  ev.ratio = r;
  const Fraction one(1);
  bool done = cmp == Comparator::exceed ? r > one : r >= one;
  if (done) {
    ev.status = Status::completed;
    ev.reason = Reason::target_reached;
    ev.bound = one;
    return;
  }
  if (r >= pace.on_track) {
    ev.status = Status::on_track;
    ev.reason = Reason::on_pace;
    ev.bound = pace.on_track;
    return;
  }
  bool lagging = r >= pace.lagging;
  ev.bound = lagging ? pace.on_track : pace.lagging;
  ev.status = lagging ? Status::lagging : Status::severely_lagging;
  ev.reason = lagging ? Reason::behind_pace : Reason::far_behind_pace;
  // Ratio pace: below the limited-progress floor, or moving away, is deterioration.
  if (!lagging && pace.rule.mode == PaceMode::ratio) {
    Fraction floor = pace.rule.limited * pace.expected;
    if (r < floor || r.is_negative()) {
      ev.reason = Reason::deteriorating;
      ev.bound = floor;
    }
  }
}

inline void judge_ceiling(const Fraction& c, const PaceRule& rule, SubTargetEvaluation& ev) {
  ev.ratio = c;
  const Fraction one(1);
  if (c > one) {
    ev.status = Status::severely_lagging;
    ev.reason = Reason::allowance_exceeded;
    ev.bound = one;
    return;
  }
  if (ev.expected == one) {
    ev.status = Status::completed;
    ev.reason = Reason::target_reached;
    ev.bound = one;
    return;
  }
  // Mirror of the cumulative rule: the allowance left against the time left, as if
  // 1 − c were done out of 1 − e.
  Fraction left = one - c, time_left = one - ev.expected;
  Pace mirrored(rule, time_left);
  Fraction on = one - mirrored.on_track;  // highest consumption still on track
  Fraction lag = one - mirrored.lagging;
  if (left >= mirrored.on_track) {
    ev.status = Status::on_track;
    ev.reason = Reason::within_allowance;
    ev.bound = on;
  } else if (left >= mirrored.lagging) {
    ev.status = Status::lagging;
    ev.reason = Reason::allowance_ahead;
    ev.bound = on;
  } else {
    ev.status = Status::severely_lagging;
    ev.reason = Reason::allowance_far_ahead;
    ev.bound = lag;
  }
}

// Does `a` satisfy `cmp` against `t`? Direction flips when lower is better.
inline bool satisfies(const Fraction& a, const Fraction& t, Comparator cmp, bool lower_is_better) {
  switch (cmp) {
    case Comparator::exceed: return lower_is_better ? a < t : a > t;
    case Comparator::at_most: return a <= t;
    default: return lower_is_better ? a <= t : a >= t;
  }
}

inline void judge_growth(const Fraction& a, const Fraction& t, Comparator cmp, bool lower,
                         const EvaluationContext& ctx, SubTargetEvaluation& ev) {
  ev.actual = a;
  Fraction bound = t;
  if (cmp == Comparator::around) bound = lower ? t + ctx.tolerance : t - ctx.tolerance;
  ev.bound = bound;
  bool meets = cmp == Comparator::around ? (lower ? a <= bound : a >= bound)
                                         : satisfies(a, t, cmp, lower);
  ev.status = meets ? Status::on_track : Status::lagging;
  ev.reason = meets ? Reason::growth_meets : Reason::growth_below;
}

inline void judge_level(const Fraction& a, const Fraction& t, Comparator cmp, bool lower,
                        const EvaluationContext& ctx, SubTargetEvaluation& ev) {
  ev.actual = a;
  if (!t.is_zero()) ev.ratio = a / t;
  bool ceiling = lower || cmp == Comparator::at_most;
  if (satisfies(a, t, cmp, lower)) {
    ev.status = Status::completed;
    ev.reason = Reason::level_reached;
    ev.bound = t;
    return;
  }
  Fraction band = t * (ceiling ? ctx.band_ceiling : ctx.band_floor);
  ev.bound = band;
  bool within = ceiling ? a <= band : a >= band;
  ev.status = within ? Status::on_track : Status::lagging;
  ev.reason = within ? Reason::level_within_band : Reason::level_below_band;
}

}  // namespace detail

// One sub-target. `fallback_text` is the item's progress text, used when the
// sub-target has no record of its own.
inline SubTargetEvaluation evaluate_sub_target(const SubTarget& st, ItemKind kind,
                                               const EvaluationContext& ctx,
                                               std::string_view fallback_text = {}) {
  SubTargetEvaluation ev;
  const ProgressRecord* rec = st.progress ? &*st.progress : nullptr;
  ev.as_of = rec && rec->as_of ? *rec->as_of : ctx.as_of;
  ev.expected = ctx.expected_at(ev.as_of);
  std::string_view text = rec && !rec->text.empty() ? std::string_view(rec->text) : fallback_text;
  auto finish = [&](Status s, Reason r) {
    ev.status = s;
    ev.reason = r;
    if (kind == ItemKind::indicator) ev.status = detail::for_indicator(ev.status, ev.expected);
    return ev;
  };

  if (st.kind == TargetKind::milestone && rec && rec->stage) {
    bool reached = *rec->stage >= Stage::finished;
    return finish(reached ? Status::completed : Status::not_assessable,
                  reached ? Reason::milestone_reached : Reason::milestone_pending);
  }
  if (!rec || !rec->value) {
    if (says_no_progress(text, ctx.policy))
      return finish(Status::no_progress, Reason::no_progress_reported);
    if (st.kind == TargetKind::qualitative || !st.target)
      return finish(Status::not_assessable, Reason::qualitative);
    if (st.kind == TargetKind::milestone)
      return finish(Status::not_assessable, Reason::milestone_pending);
    return finish(Status::not_assessable, Reason::no_figure);
  }
  if (st.kind == TargetKind::qualitative || st.kind == TargetKind::milestone || !st.target)
    return finish(Status::not_assessable,
                  st.kind == TargetKind::milestone ? Reason::milestone_pending
                                                   : Reason::qualitative);
  const Quantity& t = st.target->quantity;
  const Quantity& a = *rec->value;
  if (!same_dimension(a, t)) return finish(Status::not_assessable, Reason::unit_mismatch);
  const Comparator cmp = st.target->comparator;
  switch (st.kind) {
    case TargetKind::cumulative:
    case TargetKind::ceiling: {
      if (t.value.is_zero() || t.value.is_negative())
        return finish(Status::not_assessable, Reason::invalid_target);
      Fraction r = *ratio(a, t);
      if (st.kind == TargetKind::cumulative)
        detail::judge_cumulative(r, cmp, ctx.pace_at(ev.as_of), ev);
      else
        detail::judge_ceiling(r, ctx.policy.ceiling, ev);
      break;
    }
    case TargetKind::growth:
      detail::judge_growth(a.base_value(), t.base_value(), cmp, st.lower_is_better, ctx, ev);
      break;
    case TargetKind::level:
      if (st.baseline && same_dimension(*st.baseline, t) &&
          !detail::satisfies(a.base_value(), t.base_value(), cmp, st.lower_is_better) &&
          st.baseline->base_value() != t.base_value()) {
        // A two-point series: the way from the baseline to the target, against the calendar.
        Fraction b = st.baseline->base_value();
        detail::judge_cumulative((a.base_value() - b) / (t.base_value() - b), Comparator::reach,
                                 ctx.pace_at(ev.as_of), ev);
        ev.actual = a.base_value();
        break;
      }
      detail::judge_level(a.base_value(), t.base_value(), cmp, st.lower_is_better, ctx, ev);
      break;
    default: break;
  }
  if (kind == ItemKind::indicator) {
    // A growth or level indicator has no pace to keep: it meets or it does not.
    bool met = ev.status == Status::completed ||
               (st.kind == TargetKind::growth && ev.status == Status::on_track);
    ev.status = met ? Status::meets : detail::for_indicator(ev.status, ev.expected);
    if (st.kind == TargetKind::level && !met) ev.status = Status::below;
  }
  return ev;
}

inline ItemEvaluation evaluate_item(const Item& item, const EvaluationContext& base) {
  // An item or its category may follow its own 序时 schedule.
  const Schedule& schedule = base.policy.schedule_for(item.id, item.category);
  std::optional<EvaluationContext> own;
  if (&schedule != &base.schedule) own.emplace(base.policy, schedule, base.period, base.as_of);
  const EvaluationContext& ctx = own ? *own : base;

  ItemEvaluation out;
  out.sub_targets.reserve(item.sub_targets.size());
  int worst = -1;
  const bool all_must_pass = ctx.policy.rollup == Rollup::all_must_pass;
  for (const auto& st : item.sub_targets) {
    out.sub_targets.push_back(evaluate_sub_target(st, item.kind, ctx, item.progress_text));
    const auto& ev = out.sub_targets.back();
    Status s = ev.status;
    Reason r = ev.reason;
    // All must pass: a sub-target that cannot be judged for want of a figure fails the item.
    if (all_must_pass && s == Status::not_assessable && (r == Reason::no_figure || r == Reason::unit_mismatch)) {
      s = item.kind == ItemKind::indicator ? Status::below : Status::lagging;
      r = Reason::sub_target_unassessed;
    }
    int sev = severity(s);
    if (sev > worst) {
      worst = sev;
      out.status = s;
      out.reason = r;
    }
  }
  if (worst >= 0) return out;
  if (item.assessment) {
    out.status = item.assessment->status;
    out.reason = Reason::assessed;
    out.source = Source::assessed;
    return out;
  }
  if (item.sub_targets.empty()) {
    bool nothing = says_no_progress(item.progress_text, ctx.policy);
    out.status = nothing ? (item.kind == ItemKind::task ? Status::no_progress : Status::below)
                         : Status::not_assessable;
    out.reason = nothing ? Reason::no_progress_reported : Reason::qualitative;
    return out;
  }
  out.status = Status::not_assessable;
  out.reason = out.sub_targets.front().reason;
  return out;
}

// The whole plan as of `as_of` (the plan's own date when not given).
inline Evaluation evaluate(const Plan& plan, const Policy& policy, const Date& as_of) {
  policy.validate();
  EvaluationContext ctx(policy, plan.period, as_of);
  Evaluation out;
  out.as_of = as_of;
  out.expected = ctx.expected;
  out.policy_name = policy.name;
  out.policy_version = policy.version();
  out.items.reserve(plan.items.size());
  for (const auto& item : plan.items) out.items.push_back(evaluate_item(item, ctx));
  return out;
}

DUCHA_END_NAMESPACE

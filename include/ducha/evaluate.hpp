// evaluate(plan, policy, as_of): pure and exact. No I/O, no global state.
#pragma once

#include <string_view>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/history.hpp"
#include "ducha/item.hpp"
#include "ducha/milestone.hpp"
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

// The item's progress text that sub-targets without a text of their own fall back on,
// read once per item (not once per sub-target: that is quadratic in a long text).
// Without one, the text is empty, which says nothing was done.
struct FallbackText {
  FallbackText() = default;
  FallbackText(std::string_view text, const Policy& policy) : says_no_progress(ducha::says_no_progress(text, policy)) {}
  bool says_no_progress = true;
};

namespace detail {

// Task-style status of one record (indicator statuses are mapped afterwards).
// `rec` null: no record; `fallback` is the item's progress text it falls back on.
inline void judge_record(const SubTarget& st, const ProgressRecord* rec, const FallbackText& fallback,
                         const EvaluationContext& ctx, SubTargetEvaluation& ev) {
  auto set = [&](Status s, Reason r) {
    ev.status = s;
    ev.reason = r;
  };
  if (rec && !rec->value && rec->stated_ratio &&
      (st.kind == TargetKind::cumulative || st.kind == TargetKind::qualitative || st.kind == TargetKind::milestone)) {
    // The report states the completion rate itself: that is the ratio.
    judge_cumulative(*rec->stated_ratio, Comparator::reach, ctx.pace_at(ev.as_of), ev);
    return;
  }
  if (st.kind == TargetKind::milestone && rec && rec->stage)
    return judge_milestone(st, *rec->stage, ctx.policy, ctx.schedule, ctx.period, ev.as_of, ev);
  if (!rec || !rec->value) {
    bool nothing = rec && !rec->text.empty() ? says_no_progress(rec->text, ctx.policy) : fallback.says_no_progress;
    if (nothing) return set(Status::no_progress, Reason::no_progress_reported);
    if (st.kind == TargetKind::milestone) return set(Status::not_assessable, Reason::milestone_pending);
    if (st.kind == TargetKind::qualitative || !st.target) return set(Status::not_assessable, Reason::qualitative);
    return set(Status::not_assessable, Reason::no_figure);
  }
  if (st.kind == TargetKind::qualitative || st.kind == TargetKind::milestone || !st.target)
    return set(Status::not_assessable,
               st.kind == TargetKind::milestone ? Reason::milestone_pending : Reason::qualitative);
  const Quantity& t = st.target->quantity;
  const Quantity& a = *rec->value;
  if (!same_dimension(a, t)) return set(Status::not_assessable, Reason::unit_mismatch);
  const Comparator cmp = st.target->comparator;
  switch (st.kind) {
    case TargetKind::cumulative:
    case TargetKind::ceiling: {
      if (t.value.is_zero() || t.value.is_negative()) return set(Status::not_assessable, Reason::invalid_target);
      Fraction r = *ratio(a, t);
      if (st.kind == TargetKind::cumulative)
        judge_cumulative(r, cmp, ctx.pace_at(ev.as_of), ev);
      else
        judge_ceiling(r, ctx.policy.ceiling, ev);
      break;
    }
    case TargetKind::growth: judge_growth(a.base_value(), t.base_value(), cmp, st.lower_is_better, ctx, ev); break;
    case TargetKind::level:
      if (st.baseline && same_dimension(*st.baseline, t) &&
          !satisfies(a.base_value(), t.base_value(), cmp, st.lower_is_better) &&
          st.baseline->base_value() != t.base_value()) {
        // A two-point series: the way from the baseline to the target, against the calendar.
        Fraction b = st.baseline->base_value();
        judge_cumulative((a.base_value() - b) / (t.base_value() - b), Comparator::reach, ctx.pace_at(ev.as_of), ev);
        ev.actual = a.base_value();
        break;
      }
      judge_level(a.base_value(), t.base_value(), cmp, st.lower_is_better, ctx, ev);
      break;
    default: break;
  }
}

// At or after the end of the target's period there is no pace left to keep: a target
// is completed (完成, 超额完成 when done exceeds it) or not (未完成). A milestone whose
// reported stage falls short is not completed; what nobody judged stays not_assessable.
inline void close_period(const SubTarget& st, const ProgressRecord* rec, SubTargetEvaluation& ev) {
  ev.period_ended = true;
  if (ev.status == Status::not_assessable) return;
  if (st.kind == TargetKind::milestone && rec && rec->stage && ev.status != Status::completed) {
    ev.status = Status::not_completed;  // judged by stage: the period ended short of it
    ev.reason = Reason::milestone_missed;
    return;
  }
  if (ev.status == Status::completed) {
    bool higher = st.target && !st.lower_is_better && st.target->comparator != Comparator::at_most &&
                  st.target->comparator != Comparator::exceed;
    if (higher && (st.kind == TargetKind::cumulative || st.kind == TargetKind::level) && ev.ratio &&
        *ev.ratio > Fraction(1))
      ev.reason = Reason::target_exceeded;
    return;
  }
  if (st.kind == TargetKind::growth && ev.status == Status::on_track) {
    ev.status = Status::completed;
    return;
  }
  ev.status = Status::not_completed;
  if (ev.reason != Reason::no_progress_reported && ev.reason != Reason::growth_below &&
      ev.reason != Reason::allowance_exceeded)
    ev.reason = Reason::not_reached_by_end;
}

// Whole months in a period that starts on a 1st and ends on a month's last day, else 0.
inline long whole_months(const Period& p) {
  if (p.begin.day() != 1 || p.end != p.end.end_of_month()) return 0;
  return (p.end.year() - p.begin.year()) * 12L + p.end.month() - p.begin.month() + 1;
}

}  // namespace detail

// The year-end projection of a sub-target from its records on or before ctx.as_of
// (include/ducha/projection.hpp); declared here, defined there.
inline std::optional<Projection> project(const SubTarget& st, const EvaluationContext& ctx);

// One sub-target: the record it reads (the latest history record on or before the
// date, else its single `progress`), judged, closed at the period's end, mapped to an
// indicator's statuses. `fallback` is the item's progress text, used when the
// sub-target has no record of its own; `has_report`: the item has a dated report on or
// before the date (a sub-target with a history but no record by then, and no such
// report, has no record at all: not_assessable, no_record).
inline SubTargetEvaluation evaluate_sub_target(const SubTarget& st, ItemKind kind,
                                               const EvaluationContext& base,
                                               const FallbackText& fallback = {}, bool has_report = true) {
  std::optional<EvaluationContext> own;
  if (st.period) own.emplace(base.policy, base.schedule, *st.period, base.as_of);
  const EvaluationContext& ctx = own ? *own : base;

  SubTargetEvaluation ev;
  const ProgressRecord* rec = nullptr;
  bool no_record = false;
  if (!st.history.empty()) {
    rec = record_as_of(st, ctx.as_of);
    no_record = !rec && !has_report;
  } else if (st.progress) {
    rec = &*st.progress;
  }
  ev.as_of = rec && rec->as_of ? *rec->as_of : ctx.as_of;
  ev.expected = ctx.expected_at(ev.as_of);
  if (no_record) {
    ev.status = Status::not_assessable;
    ev.reason = Reason::no_record;
  } else {
    detail::judge_record(st, rec, fallback, ctx, ev);
    if (ctx.as_of >= ctx.period.end) detail::close_period(st, rec, ev);
  }
  if (ev.ratio && ev.status != Status::not_assessable &&
      (st.kind == TargetKind::cumulative || st.kind == TargetKind::ceiling))
    if (long months = detail::whole_months(ctx.period)) {
      Fraction lead = st.kind == TargetKind::cumulative ? *ev.ratio - ev.expected : ev.expected - *ev.ratio;
      ev.months_ahead = lead * Fraction(months);
    }
  if (st.history.size() >= 2) ev.projection = project(st, ctx);
  if (kind == ItemKind::indicator) {
    // A growth or level indicator has no pace to keep: it meets or it does not.
    bool met = ev.status == Status::completed ||
               (st.kind == TargetKind::growth && ev.status == Status::on_track);
    bool judged_by_figure = ev.ratio || ev.actual;
    Status mapped = detail::for_indicator(ev.status, ev.expected);
    if (judged_by_figure) {
      mapped = met ? Status::meets : mapped;
      if (st.kind == TargetKind::level && !met) mapped = Status::below;
    }
    ev.status = mapped;
  }
  return ev;
}

namespace detail {

// The person's status for an item that the rules could not judge, by precedence:
// assessment, the month's office status, override, the published official status.
inline std::optional<Status> person_status(const Item& item, const ItemReport* report) {
  if (item.assessment) return item.assessment->status;
  if (report && report->office) return report->office->status;
  if (item.override_) return item.override_->status;
  return item.official_status;
}

}  // namespace detail

inline ItemEvaluation evaluate_item(const Item& item, const EvaluationContext& base) {
  // An item or its category may follow its own 序时 schedule.
  const Schedule& schedule = base.policy.schedule_for(item.id, item.category);
  std::optional<EvaluationContext> own;
  if (&schedule != &base.schedule) own.emplace(base.policy, schedule, base.period, base.as_of);
  const EvaluationContext& ctx = own ? *own : base;

  // The progress text the item's sub-targets fall back on: the latest report on or
  // before the date when the item has a history, else the single progress_text.
  const ItemReport* report = item.history.empty() ? nullptr : report_as_of(item, ctx.as_of);
  const bool has_report = item.history.empty() || report;
  std::string_view text = item.history.empty() ? std::string_view(item.progress_text)
                          : report             ? std::string_view(report->progress_text)
                                               : std::string_view();

  ItemEvaluation out;
  out.sub_targets.reserve(item.sub_targets.size());
  int worst = -1;
  const bool all_must_pass = ctx.policy.rollup == Rollup::all_must_pass;
  const FallbackText fallback(text, ctx.policy);
  for (const auto& st : item.sub_targets) {
    out.sub_targets.push_back(evaluate_sub_target(st, item.kind, ctx, fallback, report != nullptr));
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
  if (worst >= 0) {
    out.judged_by = JudgedBy::rules;
    return out;
  }
  out.office_status = detail::person_status(item, report);
  if (out.office_status) out.judged_by = JudgedBy::office;
  if (item.assessment) {
    out.status = item.assessment->status;
    out.reason = Reason::assessed;
    out.source = Source::assessed;
    return out;
  }
  if (item.sub_targets.empty()) {
    bool nothing = has_report && says_no_progress(text, ctx.policy);
    out.status = nothing ? (item.kind == ItemKind::task ? Status::no_progress : Status::below)
                         : Status::not_assessable;
    out.reason = nothing ? Reason::no_progress_reported : has_report ? Reason::qualitative : Reason::no_record;
    if (nothing && ctx.as_of >= ctx.period.end && item.kind == ItemKind::task) out.status = Status::not_completed;
    if (nothing) {
      out.judged_by = JudgedBy::rules;
      out.office_status.reset();
    }
    return out;
  }
  out.status = Status::not_assessable;
  out.reason = out.sub_targets.front().reason;
  return out;
}

namespace detail {

// The evaluation's header (date, 序时进度, policy; no items) under `ctx`.
inline Evaluation evaluation_head(const Policy& policy, const EvaluationContext& ctx) {
  Evaluation out;
  out.as_of = ctx.as_of;
  out.expected = ctx.expected;
  out.policy_name = policy.name;
  out.policy_version = policy.version();
  return out;
}

// The error for history records after the evaluation date (`first` of `count`).
inline Error later_records_error(const LaterRecord& first, std::size_t count, const Date& as_of) {
  return Error(ErrorCode::invalid_argument,
               describe(first) + ", after the evaluation date " + format_date(as_of) + " (" + std::to_string(count) +
                   " such records); evaluate as of a later date, or set the policy's "
                   "\"later_records\": \"ignore\" to leave them out");
}

// Item `i` of a plan evaluated; an Error from it names the item.
inline ItemEvaluation evaluate_item_at(const Item& item, std::size_t i, const EvaluationContext& ctx) {
  try {
    return evaluate_item(item, ctx);
  } catch (const Error& e) {  // e.g. a ratio past 128 bits: say which item
    throw Error(e.code(), "items[" + std::to_string(i) + "] (id \"" + item.id + "\"): " + e.what());
  }
}

// Evaluates the items one at a time: `start(header)` with the evaluation's header (date,
// 序时进度, policy; no items), then `visit(i, ItemEvaluation&&)` for each item in order,
// so that a caller writing each item out never holds them all. Returns the header.
template <class Start, class Visit>
Evaluation evaluate_items(const Plan& plan, const Policy& policy, const Date& as_of, LaterRecords later,
                          Start start, Visit visit) {
  policy.validate();
  EvaluationContext ctx(policy, plan.period, as_of);
  Evaluation out = evaluation_head(policy, ctx);
  auto after = later_records(plan, as_of);
  if (!after.empty() && later == LaterRecords::error) throw later_records_error(after.front(), after.size(), as_of);
  out.later_records_ignored = after.size();
  start(static_cast<const Evaluation&>(out));
  for (std::size_t i = 0; i < plan.items.size(); ++i) visit(i, evaluate_item_at(plan.items[i], i, ctx));
  return out;
}

inline Evaluation evaluate_with(const Plan& plan, const Policy& policy, const Date& as_of, LaterRecords later) {
  std::vector<ItemEvaluation> items;
  items.reserve(plan.items.size());
  Evaluation out = evaluate_items(
      plan, policy, as_of, later, [](const Evaluation&) {},
      [&items](std::size_t, ItemEvaluation&& item) { items.push_back(std::move(item)); });
  out.items = std::move(items);
  return out;
}

}  // namespace detail

// The whole plan as of `as_of` (the plan's own date when not given). History records
// after `as_of` are an error unless the policy says to ignore them (later_records).
inline Evaluation evaluate(const Plan& plan, const Policy& policy, const Date& as_of) {
  return detail::evaluate_with(plan, policy, as_of, policy.later_records);
}

DUCHA_END_NAMESPACE

#include "ducha/projection.hpp"

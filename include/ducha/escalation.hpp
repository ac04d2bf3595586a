// Warning colours month by month, as offices publish them: by consecutive months behind
// (Yinchuan), month by month (Wenzhou Ouhai 三色预警) or by deadline (Suqian 三色督办单).
// Colours, counts and the deadline window are the policy's (docs/policy.md).
#pragma once

#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/evaluate.hpp"

DUCHA_BEGIN_NAMESPACE

// An item's standing in one month: behind, not behind, or not judged by anyone.
enum class Standing { behind, met, unjudged };

namespace detail {

inline Standing standing(const ItemEvaluation& ie, const Policy& policy) {
  if (ie.judged_by == JudgedBy::none) return Standing::unjudged;
  if (ie.judged_by == JudgedBy::office) return is_behind(*ie.office_status) ? Standing::behind : Standing::met;
  bool behind = ie.status == Status::not_completed ||
                (ie.source == Source::assessed ? is_behind(ie.status) : policy.counts_as_lagging(ie.reason));
  return behind ? Standing::behind : Standing::met;
}

inline std::string who(const ItemEvaluation& ie) { return ie.judged_by == JudgedBy::office ? "(督查办判断)" : ""; }

// An item's deadline: the earliest end of its sub-targets' periods, else the plan's.
inline Date deadline_of(const Item& item, const Period& plan_period) {
  Date d = plan_period.end;
  for (const auto& st : item.sub_targets)
    if (st.period && st.period->end < d) d = st.period->end;
  return d;
}

// Done: completed, or an indicator meeting its target once the deadline has come
// (a growth indicator that meets mid-year has not finished its year).
inline bool is_done(Status s, const Date& as_of, const Date& deadline) {
  return s == Status::completed || (s == Status::meets && as_of >= deadline);
}

inline Warning deadline_warning(const Item& item, const ItemEvaluation& ie, Standing st, const Date& as_of,
                                const Plan& plan, const EscalationRule& rule) {
  const Date deadline = deadline_of(item, plan.period);
  const std::string when = "期限" + format_date(deadline);
  if (is_done(ie.status, as_of, deadline) && ie.judged_by == JudgedBy::rules) return {"", "已完成" + who(ie), 0};
  long days_left = (deadline - as_of).days();
  if (st == Standing::unjudged)
    return days_left <= rule.window_days ? Warning{rule.near, when + ",距期限" + std::to_string(days_left) +
                                                                  "天;是否完成无人判断", 0}
                                         : Warning{};
  if (as_of > deadline || ie.status == Status::not_completed)
    return {rule.overdue, when + ",已到期未完成" + who(ie), 0};
  if (st == Standing::behind) return {rule.behind, "滞后于序时进度" + who(ie) + "," + when, 0};
  if (days_left <= rule.window_days)
    return {rule.near, when + ",距期限" + std::to_string(days_left) + "天" + who(ie), 0};
  return {};
}

}  // namespace detail

// The warnings of every item at every date of `evaluations` (in date order, one plan):
// [date][item]. Empty when the policy does not escalate.
inline std::vector<std::vector<Warning>> escalate(const Plan& plan, const std::vector<Evaluation>& evaluations,
                                                  const Policy& policy) {
  const EscalationRule& rule = policy.escalation;
  std::vector<std::vector<Warning>> out;
  if (rule.mode == EscalationMode::none) return out;
  const std::size_t n = plan.items.size();
  std::vector<int> run(n, 0);              // consecutive months behind
  std::vector<bool> was_missed(n, false);  // monthly: the last judged month was red
  for (const auto& ev : evaluations) {
    std::vector<Warning> month(n);
    for (std::size_t i = 0; i < n; ++i) {
      const ItemEvaluation& ie = ev.items[i];
      const Standing st = detail::standing(ie, policy);
      Warning& w = month[i];
      switch (rule.mode) {
        case EscalationMode::consecutive:
          if (st == Standing::unjudged) {
            run[i] = 0;
            w.reason = "本月无人判断(无量化目标或无记录),不计入连续月数";
          } else if (st == Standing::met) {
            w.reason = run[i] > 0 ? "本月未滞后" + detail::who(ie) + ",连续滞后月数清零" : "未滞后" + detail::who(ie);
            run[i] = 0;
          } else {
            ++run[i];
            for (const auto& level : rule.levels)
              if (run[i] >= level.months) w.colour = level.colour;
            w.reason = "连续" + std::to_string(run[i]) + "个月滞后" + detail::who(ie);
          }
          w.months_behind = run[i];
          break;
        case EscalationMode::monthly:
          if (st == Standing::unjudged) {
            w.reason = "本月无人判断(无量化目标或无记录)";
          } else if (st == Standing::behind) {
            w = {rule.missed, "本月未完成序时任务" + detail::who(ie), 0};
            was_missed[i] = true;
          } else if (was_missed[i]) {
            w = {rule.recovered, "已补齐此前月份的差距" + detail::who(ie), 0};
            was_missed[i] = false;
          } else {
            w = {rule.met, "本月完成序时任务" + detail::who(ie), 0};
          }
          break;
        case EscalationMode::deadline:
          w = detail::deadline_warning(plan.items[i], ie, st, ev.as_of, plan, rule);
          break;
        case EscalationMode::none: break;
      }
    }
    out.push_back(std::move(month));
  }
  return out;
}

// Month ends from `first`'s month to `last`'s month, both inclusive; at most 1200.
inline std::vector<Date> month_ends(const Date& first, const Date& last) {
  if (last < first)
    throw Error(ErrorCode::invalid_argument,
                "the series ends (" + format_date(last) + ") before it begins (" + format_date(first) + ")");
  std::vector<Date> out;
  Date d = first.end_of_month();
  while (d <= last.end_of_month()) {
    if (out.size() >= 1200) throw Error(ErrorCode::invalid_argument, "a series of more than 1200 months");
    out.push_back(d);
    d = (d + boost::gregorian::days(1)).end_of_month();
  }
  return out;
}

// The plan at each date, with each item's warning. Each date reads the records up to
// it (later months' records are, by construction, left out of earlier months).
inline std::vector<Evaluation> evaluate_series(const Plan& plan, const Policy& policy, const std::vector<Date>& dates) {
  std::vector<Evaluation> out;
  out.reserve(dates.size());
  for (const auto& d : dates) out.push_back(detail::evaluate_with(plan, policy, d, LaterRecords::ignore));
  auto warnings = escalate(plan, out, policy);
  for (std::size_t m = 0; m < warnings.size(); ++m)
    for (std::size_t i = 0; i < warnings[m].size(); ++i) out[m].items[i].warning = warnings[m][i];
  return out;
}

// The plan as of `as_of` with its warnings: when the policy escalates, the months from
// the period's first to `as_of` are evaluated to count them; the date itself follows
// the policy's later_records rule.
inline Evaluation evaluate_escalated(const Plan& plan, const Policy& policy, const Date& as_of) {
  Evaluation last = evaluate(plan, policy, as_of);
  if (policy.escalation.mode == EscalationMode::none) return last;
  std::vector<Evaluation> months;
  if (as_of >= plan.period.begin)
    for (const auto& d : month_ends(plan.period.begin, as_of))
      if (d < as_of) months.push_back(detail::evaluate_with(plan, policy, d, LaterRecords::ignore));
  months.push_back(std::move(last));
  auto warnings = escalate(plan, months, policy);
  Evaluation out = std::move(months.back());
  for (std::size_t i = 0; i < out.items.size(); ++i) out.items[i].warning = warnings.back()[i];
  return out;
}

DUCHA_END_NAMESPACE

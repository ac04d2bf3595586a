// One-sentence Chinese explanations of evaluations. Rendering is kept apart
// from evaluate() so that judging stays cheap; figures are printed here, and
// only here, rounded half-even to two places.
#pragma once

#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/history.hpp"
#include "ducha/item.hpp"
#include "ducha/milestone.hpp"
#include "ducha/policy.hpp"

DUCHA_BEGIN_NAMESPACE

namespace detail {

inline std::string pct(const Fraction& f) { return f.to_percent_string(2, Rounding::half_even) + "%"; }
inline std::string num(const Fraction& f) { return f.to_decimal_string(2, Rounding::half_even); }

inline std::string_view dimension_name(Dimension d) {
  switch (d) {
    case Dimension::count: return "数量";
    case Dimension::people: return "人数";
    case Dimension::area: return "面积";
    case Dimension::length: return "长度";
    case Dimension::volume: return "体积";
    case Dimension::mass: return "质量";
    case Dimension::money: return "金额";
    case Dimension::duration: return "天数";
    case Dimension::percent: return "百分比";
    case Dimension::percentage_point: return "百分点";
    case Dimension::energy: return "能量";
    case Dimension::data: return "数据量";
    case Dimension::frequency: return "频率";
    case Dimension::power: return "功率";
    case Dimension::usd: return "美元金额";
    case Dimension::eur: return "欧元金额";
    case Dimension::hkd: return "港元金额";
  }
  return "数量";
}

// "2/30" when both share a unit, else "33.31万平方米/150万平方米". Large figures in a
// shared unit read in 万 (333100/1500000 → 33.31万/150万), exactly.
inline std::string done_of(const Quantity& a, const Quantity& t) {
  if (a.unit == t.unit) {
    const Decimal wan(10000);
    if (t.value >= wan && (Fraction(t.value) / Fraction(wan)).reduced().denominator() == 1) {
      auto in_wan = [&](const Decimal& v) {
        // v / 10^4 always terminates: print it exactly, without trailing zeros.
        std::string text = (Fraction(v) / Fraction(wan)).to_decimal_string(18, Rounding::half_even);
        while (text.find('.') != std::string::npos && (text.back() == '0' || text.back() == '.')) {
          bool dot = text.back() == '.';
          text.pop_back();
          if (dot) break;
        }
        return text + "万";
      };
      return in_wan(a.value) + "/" + in_wan(t.value);
    }
    return a.value.to_string() + "/" + t.value.to_string();
  }
  return a.to_string() + "/" + t.to_string();
}

inline std::string record_prefix(const ProgressRecord& rec, const SubTargetEvaluation& ev,
                                 const Date& evaluation_date) {
  std::string s;
  if (rec.as_of && ev.as_of != evaluation_date) s += "截至" + format_date(ev.as_of) + ",";
  if (rec.estimated) s += "预计";
  return s;
}

// How a ratio compares with 序时进度 under a pace rule, in the office's words.
inline std::string pace_phrase(const Fraction& r, const Fraction& e, const PaceRule& rule, Reason reason,
                               const std::string& expected_text) {
  const bool ok = reason == Reason::on_pace;
  switch (rule.mode) {
    case PaceMode::fraction:
      return std::string(ok ? "不低于" : "低于") + expected_text + "的" +
             (reason == Reason::far_behind_pace ? rule.lagging : rule.on_track).to_string();
    case PaceMode::points: {
      Fraction gap = (e - r) * Fraction(100);
      std::string g = gap.is_negative() ? "超前" + num(-gap) : "落后" + num(gap);
      const Fraction& limit = reason == Reason::far_behind_pace ? rule.lagging : rule.on_track;
      return "较" + expected_text + g + "个百分点," + (ok ? "在" : "超过") + num(limit) + "个百分点" + (ok ? "以内" : "");
    }
    case PaceMode::ratio: {
      std::string q = e.is_zero() ? "—" : num(r / e);
      const Fraction& limit = reason == Reason::far_behind_pace ? rule.lagging : rule.on_track;
      return "实际进度与" + expected_text + "之比" + q + "," + (ok ? "不低于" : "低于") + num(limit);
    }
  }
  return "";
}

// A milestone judged by stage: the stage reached against the goal, its node and the
// stage the curve expects by now (已进入施工阶段,计划2024-06-30前开工 …).
inline std::string milestone_phrase(const SubTarget& st, const SubTargetEvaluation& ev) {
  std::string s = "已进入" + std::string(stage_label(*ev.stage_reached)) + "阶段";
  Stage goal = st.goal ? st.goal->stage : Stage::finished;
  std::string node = ev.due ? "计划" + format_date(*ev.due) + "前达到" + std::string(stage_label(goal)) + "阶段" : "";
  switch (ev.reason) {
    case Reason::milestone_reached: return s + ",达到计划阶段";
    case Reason::milestone_missed: return s + "," + node + ",节点已过仍未达到";
    case Reason::on_pace:
    case Reason::behind_pace: {
      std::string e = "时间进度" + pct(ev.expected);
      if (!ev.stage_expected) return s + "," + node + "," + e + ",尚未到阶段节点";
      return s + "," + node + "," + e + "时应已进入" + std::string(stage_label(*ev.stage_expected)) + "阶段" +
             (ev.reason == Reason::on_pace ? ",符合阶段节点" : ",落后于阶段节点");
    }
    default: return s;
  }
}

}  // namespace detail

// `evaluation_date` is the evaluation's as-of date; a record dated otherwise says so.
inline std::string explain(const SubTarget& st, const SubTargetEvaluation& ev, const Policy& policy,
                           const Date& evaluation_date) {
  using detail::pct;
  const std::string label = policy.label(ev.status);
  const ProgressRecord* rec = record_used(st, evaluation_date);
  const Quantity* t = st.target ? &st.target->quantity : nullptr;
  const Quantity* a = rec && rec->value ? &*rec->value : nullptr;
  std::string pre = rec ? detail::record_prefix(*rec, ev, evaluation_date) : "";
  if (ev.stage_reached) return pre + detail::milestone_phrase(st, ev) + "," + label;
  switch (ev.reason) {
    case Reason::target_reached:
    case Reason::on_pace:
    case Reason::behind_pace:
    case Reason::far_behind_pace: {
      std::string what = st.kind == TargetKind::ceiling ? "已使用" : "已完成";
      // A stated completion rate has no figures to show: only the rate.
      std::string done = a && t ? detail::done_of(*a, *t) : std::string();
      std::string s = pre + what + done + "(" + (a && t ? "" : "据报完成率") + pct(*ev.ratio) + ")";
      if (ev.reason == Reason::target_reached)
        return s + (st.kind == TargetKind::ceiling ? ",未超过上限," : ",达到目标,") + label;
      std::string e = "序时进度" + pct(ev.expected);
      const PaceRule& rule = st.kind == TargetKind::ceiling ? policy.ceiling : policy.cumulative;
      return s + "," + detail::pace_phrase(*ev.ratio, ev.expected, rule, ev.reason, e) + "," + label;
    }
    case Reason::deteriorating: {
      std::string s = pre + "已完成" + (a && t ? detail::done_of(*a, *t) : std::string()) + "(" + pct(*ev.ratio) + ")";
      return s + ",与" + "序时进度" + pct(ev.expected) + "相比进展倒退," + label;
    }
    case Reason::within_allowance:
    case Reason::allowance_ahead:
    case Reason::allowance_far_ahead:
    case Reason::allowance_exceeded: {
      std::string s = pre + "已使用" + detail::done_of(*a, *t) + "(" + pct(*ev.ratio) + "),序时进度" +
                      pct(ev.expected);
      if (ev.reason == Reason::allowance_exceeded) return s + ",已超过上限," + label;
      return s + (ev.reason == Reason::within_allowance ? ",用量不超过" : ",用量超过") + pct(*ev.bound) +
             "," + label;
    }
    case Reason::growth_meets:
    case Reason::growth_below: {
      std::string s = pre + "增长" + a->to_string() + ",目标" + t->to_string();
      const Comparator c = st.target->comparator;
      if (c == Comparator::around)
        s += "左右(容差" + policy.around_tolerance.to_string() + "个百分点," +
             (st.lower_is_better ? "上限" : "下限") + detail::num(*ev.bound) + "%)";
      else
        s += std::string(phrase(c));
      return s + "," + label;
    }
    case Reason::level_reached:
    case Reason::level_within_band:
    case Reason::level_below_band: {
      std::string s = pre + "达到" + a->to_string() + ",目标" + t->to_string() +
                      std::string(phrase(st.target->comparator));
      const std::string bound = ev.bound ? detail::num(*ev.bound) + std::string(base_symbol(t->dimension())) : "";
      if (ev.reason == Reason::level_within_band)
        s += ",未达目标但在" + pct(policy.level_band) + "容差带内(" + bound + ")";
      if (ev.reason == Reason::level_below_band)
        s += ",低于" + pct(policy.level_band) + "容差带(" + bound + ")";
      return s + "," + label;
    }
    case Reason::milestone_reached: return "已达到" + std::string(to_string(*rec->stage)) + "阶段," + label;
    case Reason::milestone_pending: return "里程碑尚未达到,进展情况未说明所处阶段," + label;
    case Reason::no_progress_reported: return "进展情况为空或表明无进展," + label;
    case Reason::no_figure: return "进展情况中没有与目标" + t->to_string() + "可比的数字," + label;
    case Reason::unit_mismatch:
      return "进展数字" + a->to_string() + "(" + std::string(detail::dimension_name(a->dimension())) +
             ")与目标" + t->to_string() + "(" + std::string(detail::dimension_name(t->dimension())) +
             ")单位不一致,不作换算," + label;
    case Reason::invalid_target: return "目标值" + t->to_string() + "不是正数," + label;
    case Reason::qualitative: return "目标没有可量化的数字," + label;
    case Reason::target_exceeded:
      return pre + "已完成" + detail::done_of(*a, *t) + "(" + pct(*ev.ratio) + "),期末超额完成目标," + label;
    case Reason::not_reached_by_end: {
      std::string s = pre;
      if (a && ev.ratio && st.kind != TargetKind::level)
        s += (st.kind == TargetKind::ceiling ? "已使用" : "已完成") + detail::done_of(*a, *t) + "(" + pct(*ev.ratio) + ")";
      else if (a)
        s += "达到" + a->to_string() + ",目标" + t->to_string() + std::string(phrase(st.target->comparator));
      return s + ",期末已到,未达到目标," + label;
    }
    case Reason::milestone_missed:
      return "期末已到,里程碑仅达到" + std::string(to_string(*rec->stage)) + "阶段," + label;
    case Reason::no_record: return "截至评估日期没有进展记录," + label;
    case Reason::assessed:
    case Reason::sub_target_unassessed: return label;
  }
  return label;
}

inline std::string explain(const Item& item, const ItemEvaluation& ev, const Policy& policy,
                           const Date& evaluation_date) {
  if (ev.source == Source::assessed) {
    const auto& j = *item.assessment;
    std::string s = "人工评估";
    if (!j.by.empty()) s += "(" + j.by + ")";
    s += ":" + policy.label(ev.status);
    if (!j.reason.empty()) s += "," + j.reason;
    return s;
  }
  if (item.sub_targets.empty()) {
    if (ev.reason == Reason::no_record) return "截至评估日期没有进展记录," + policy.label(ev.status);
    return ev.reason == Reason::no_progress_reported ? "进展情况为空或表明无进展," + policy.label(ev.status)
                                                     : "目标没有可量化的数字," + policy.label(ev.status);
  }
  // The sub-target that decided the item's status.
  std::size_t worst = 0;
  int best = -2;
  for (std::size_t i = 0; i < ev.sub_targets.size(); ++i) {
    int s = severity(ev.sub_targets[i].status);
    if (s > best) {
      best = s;
      worst = i;
    }
  }
  std::string s = explain(item.sub_targets[worst], ev.sub_targets[worst], policy, evaluation_date);
  if (ev.reason == Reason::sub_target_unassessed) s += ";按全部达标规则,该子目标无可比数字,视为" + policy.label(ev.status);
  if (item.sub_targets.size() > 1) s = "“" + item.sub_targets[worst].text + "”" + s;
  return s;
}

DUCHA_END_NAMESPACE

DUCHA_BEGIN_NAMESPACE

// Each step of the decision for one sub-target, for `ducha assess --explain`:
// the parsed target, the figure, the ratio, 序时进度, the thresholds compared, the
// rule that fired and the policy version.
inline std::vector<std::string> explain_steps(const SubTarget& st, const SubTargetEvaluation& ev,
                                              const Policy& policy, const std::string& matched) {
  std::vector<std::string> out;
  std::string target = "target: \"" + st.text + "\" → " + std::string(to_string(st.kind));
  if (st.target)
    target += " " + st.target->quantity.to_string() + " (" + std::string(to_string(st.target->comparator)) + ")";
  if (st.target && st.target->range)
    target += ", range " + Quantity{st.target->range->low, st.target->quantity.unit}.to_string() + ".." +
              Quantity{st.target->range->high, st.target->quantity.unit}.to_string();
  if (st.lower_is_better) target += ", lower is better";
  if (st.baseline) target += ", baseline " + st.baseline->to_string();
  out.push_back(target);
  const ProgressRecord* rec = st.progress ? &*st.progress : nullptr;
  if (rec && rec->value)
    out.push_back("progress: " + rec->value->to_string() + (rec->estimated ? " (estimated)" : "") +
                  (matched.empty() ? "" : " from \"" + matched + "\"") +
                  (rec->as_of ? ", as of " + format_date(*rec->as_of) : ""));
  else
    out.push_back("progress: no figure" + std::string(matched.empty() ? "" : " (" + matched + ")"));
  if (ev.ratio) out.push_back("ratio: " + ev.ratio->to_string() + " = " + detail::pct(*ev.ratio));
  if (ev.actual) out.push_back("actual: " + detail::num(*ev.actual));
  out.push_back("序时进度: " + ev.expected.to_string() + " = " + detail::pct(ev.expected) + " at " +
                format_date(ev.as_of));
  const PaceRule& rule = st.kind == TargetKind::ceiling ? policy.ceiling : policy.cumulative;
  if (st.kind == TargetKind::cumulative || st.kind == TargetKind::ceiling ||
      (st.kind == TargetKind::level && st.baseline)) {
    auto shortf = [](const Fraction& f) {
      Fraction r = f.reduced();
      return r.denominator() == 1 ? detail::to_string(r.numerator()) : r.to_string();
    };
    std::string t = "thresholds (" + std::string(to_string(rule.mode)) + "): on_track " + shortf(rule.on_track) +
                    ", lagging " + shortf(rule.lagging);
    if (rule.mode == PaceMode::ratio) t += ", limited " + shortf(rule.limited);
    out.push_back(t);
  } else if (st.kind == TargetKind::growth) {
    out.push_back("tolerance for 左右: " + policy.around_tolerance.to_string() + " percentage points");
  } else if (st.kind == TargetKind::level) {
    out.push_back("level band: " + policy.level_band.to_string());
  }
  if (ev.stage_reached) {
    Stage goal = st.goal ? st.goal->stage : Stage::finished;
    std::string g = "milestone: goal " + std::string(to_string(goal)) +
                    (ev.due ? " by " + format_date(*ev.due) : std::string()) +
                    (st.goal && !st.goal->text.empty() ? " (\"" + st.goal->text + "\")" : " (default: the period's end)");
    out.push_back(g);
    out.push_back("stage reached: " + std::string(to_string(*ev.stage_reached)) + "; stage curve expects: " +
                  (ev.stage_expected ? std::string(to_string(*ev.stage_expected)) : std::string("none yet")));
  }
  if (ev.bound) out.push_back("compared with: " + ev.bound->to_string() + " = " + detail::num(*ev.bound));
  out.push_back("rule: " + std::string(to_string(ev.reason)) + " → " + std::string(to_string(ev.status)) + " (" +
                policy.label(ev.status) + ")");
  out.push_back("policy: " + policy.version());
  return out;
}

DUCHA_END_NAMESPACE

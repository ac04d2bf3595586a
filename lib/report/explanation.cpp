#include "report/explanation.hpp"

#include "ducha/explain.hpp"
#include "ducha/history.hpp"
#include "report/figures.hpp"

namespace ducha::report {
namespace {

std::string prefix(const ProgressRecord* rec, const SubTargetEvaluation& ev, const Date& evaluation_date) {
  std::string s;
  if (rec && rec->as_of && ev.as_of != evaluation_date)
    s += "截至" + std::to_string(static_cast<int>(ev.as_of.month())) + "月" +
         std::to_string(static_cast<int>(ev.as_of.day())) + "日,";
  if (rec && rec->estimated) s += "预计";
  return s;
}

std::string pace(const SubTarget& st, const SubTargetEvaluation& ev, const Policy& policy) {
  const PaceRule& rule = st.kind == TargetKind::ceiling ? policy.ceiling : policy.cumulative;
  if (rule.mode == PaceMode::fraction) {
    const Fraction& limit = ev.reason == Reason::far_behind_pace ? rule.lagging : rule.on_track;
    return std::string(ev.reason == Reason::on_pace ? "不低于" : "低于") + "序时进度" + percent_text(ev.expected) + "的" +
           fraction_words(limit);
  }
  return detail::pace_phrase(*ev.ratio, ev.expected, rule, ev.reason, "序时进度" + percent_text(ev.expected));
}

std::string growth_target(const SubTarget& st) {
  return "目标增长" + plain_number(st.target->quantity.base_value()) + "%" + std::string(phrase(st.target->comparator));
}

}  // namespace

std::string office_reason(const SubTarget& st, const SubTargetEvaluation& ev, const Policy& policy,
                          const Date& evaluation_date) {
  const ProgressRecord* rec = record_used(st, evaluation_date);
  const Quantity* t = st.target ? &st.target->quantity : nullptr;
  const Quantity* a = rec && rec->value ? &*rec->value : nullptr;
  const std::string pre = prefix(rec, ev, evaluation_date);
  if (ev.stage_reached) return pre + ducha::detail::milestone_phrase(st, ev);  // a milestone judged by stage
  switch (ev.reason) {
    case Reason::target_reached:
    case Reason::on_pace:
    case Reason::behind_pace:
    case Reason::far_behind_pace:
    case Reason::deteriorating: {
      const bool ceiling = st.kind == TargetKind::ceiling;
      // A stated completion rate (ProgressRecord::stated_ratio) has no figures, only the rate.
      std::string s = a && t ? pre + (ceiling ? "已使用" : "已完成") + quantity_text(*a) + ",为目标" +
                                   quantity_text(*t) + "的" + percent_text(*ev.ratio)
                             : pre + "据报完成率" + percent_text(*ev.ratio);
      if (ev.reason == Reason::target_reached) return s + (ceiling ? ",未超过上限" : ",已达到目标");
      if (ev.reason == Reason::deteriorating) return s + ",与序时进度" + percent_text(ev.expected) + "相比进展倒退";
      return s + "," + pace(st, ev, policy);
    }
    case Reason::within_allowance:
    case Reason::allowance_ahead:
    case Reason::allowance_far_ahead:
    case Reason::allowance_exceeded: {
      std::string s = pre + "已使用" + quantity_text(*a) + ",为上限" + quantity_text(*t) + "的" +
                      percent_text(*ev.ratio) + ",序时进度" + percent_text(ev.expected);
      if (ev.reason == Reason::allowance_exceeded) return s + ",已超过上限";
      return s + (ev.reason == Reason::within_allowance ? ",用量未超过" : ",用量超过") + percent_text(*ev.bound);
    }
    case Reason::growth_meets:
    case Reason::growth_below:
      return pre + "增长" + plain_number(a->base_value()) + "%," + growth_target(st) +
             (ev.reason == Reason::growth_meets ? ",符合预期" : ",未达到目标");
    case Reason::level_reached:
    case Reason::level_within_band:
    case Reason::level_below_band: {
      std::string s = pre + "达到" + quantity_text(*a) + ",目标" + quantity_text(*t) +
                      std::string(phrase(st.target->comparator));
      if (ev.reason == Reason::level_within_band) return s + ",未达目标但在" + percent_text(policy.level_band) + "容差以内";
      if (ev.reason == Reason::level_below_band) return s + ",低于目标且超出" + percent_text(policy.level_band) + "容差";
      return s;
    }
    case Reason::no_figure: return "进展情况中没有可与目标" + quantity_text(*t) + "比较的数字";
    case Reason::unit_mismatch:
      return "进展数字" + quantity_text(*a) + "与目标" + quantity_text(*t) + "计量单位不同,未作换算";
    case Reason::invalid_target: return "目标值" + quantity_text(*t) + "不是正数";
    case Reason::milestone_reached: return "已达到计划阶段";
    case Reason::milestone_pending: return "尚未达到计划阶段";
    case Reason::no_progress_reported: return "进展情况为空或表明无进展";
    case Reason::qualitative: return "无量化目标";
    case Reason::target_exceeded:
      return pre + "已完成" + quantity_text(*a) + ",为目标" + quantity_text(*t) + "的" + percent_text(*ev.ratio) +
             ",期末超额完成目标";
    case Reason::not_reached_by_end: {
      std::string s = pre;
      if (a && ev.ratio && st.kind != TargetKind::level)
        s += std::string(st.kind == TargetKind::ceiling ? "已使用" : "已完成") + quantity_text(*a) + ",为目标" +
             quantity_text(*t) + "的" + percent_text(*ev.ratio) + ",";
      else if (a)
        s += "达到" + quantity_text(*a) + ",目标" + quantity_text(*t) + std::string(phrase(st.target->comparator)) + ",";
      return s + "期末已到,未达到目标";
    }
    case Reason::milestone_missed: return "期末已到,未达到计划阶段";
    case Reason::no_record: return "截至评估日期没有进展记录";
    case Reason::assessed:
    case Reason::sub_target_unassessed: return policy.label(ev.status);
  }
  return policy.label(ev.status);
}

std::size_t deciding_sub_target(const ItemEvaluation& ev) {
  std::size_t worst = std::string::npos;
  int best = -2;
  for (std::size_t i = 0; i < ev.sub_targets.size(); ++i) {
    int s = severity(ev.sub_targets[i].status);
    if (s > best) {
      best = s;
      worst = i;
    }
  }
  return worst;
}

std::string office_reason(const Item& item, const ItemEvaluation& ev, const Policy& policy,
                          const Date& evaluation_date) {
  if (ev.source == Source::assessed) {
    const auto& j = *item.assessment;
    std::string s = (j.by.empty() ? std::string("督查办") : j.by) + "评估为" + policy.label(ev.status);
    return j.reason.empty() ? s : s + ":" + j.reason;
  }
  std::size_t k = deciding_sub_target(ev);
  if (k == std::string::npos) {
    if (ev.reason == Reason::no_record) return "截至评估日期没有进展记录";
    return ev.reason == Reason::no_progress_reported ? "进展情况为空或表明无进展" : "无量化目标";
  }
  std::string s = office_reason(item.sub_targets[k], ev.sub_targets[k], policy, evaluation_date);
  if (item.sub_targets.size() > 1) s = "“" + item.sub_targets[k].text + "”" + s;
  return s;
}

}  // namespace ducha::report

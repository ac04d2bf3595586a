#include "report/summary.hpp"

#include <algorithm>

#include "ducha/history.hpp"
#include "report/document.hpp"
#include "report/explanation.hpp"
#include "report/figures.hpp"
#include "report/settings.hpp"

namespace ducha::report {
namespace {

std::string n(int v) { return std::to_string(v); }

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : sep) + p;
  return s;
}

// "固定资产投资增长12%", "进出口总额预计增长9.7%", or the name alone.
std::string indicator_with_figure(const ReportModel& m, std::size_t i) {
  const Item& item = m.plan.items[i];
  std::string name = indicator_name(item);
  if (item.sub_targets.empty()) return name;
  const SubTarget& st = item.sub_targets[0];
  const SubTargetEvaluation& se = m.evaluation.items[i].sub_targets[0];
  if (st.kind != TargetKind::growth || !se.actual) return name;
  const ProgressRecord* rec = record_used(st, m.evaluation.as_of);
  return name + (rec && rec->estimated ? "预计" : "") + "增长" + plain_number(*se.actual) + "%";
}

std::string item_sentence(const Item& item) {
  std::string t = item.text;
  while (!t.empty() && (t.ends_with("。") || t.ends_with(";") || t.ends_with(","))) t.resize(t.size() - 3);
  return t;
}

// "红色预警:连续3个月滞后。" for a coloured item, else "".
std::string warning_clause(const ItemEvaluation& ie) {
  if (!ie.warning || ie.warning->colour.empty()) return "";
  return colour_words(ie.warning->colour) + "预警:" + ie.warning->reason + "。";
}

}  // namespace

std::string indicator_name(const Item& item) {
  for (const char* cut : {"增长", "完成", "达"}) {
    std::size_t p = item.text.find(cut);
    if (p != std::string::npos && p > 0) return item.text.substr(0, p);
  }
  return item.text;
}

TaskCounts count_tasks(const ReportModel& m) {
  TaskCounts c;
  for (std::size_t i = 0; i < m.plan.items.size(); ++i) {
    const Item& item = m.plan.items[i];
    if (item.kind != ItemKind::task) continue;
    const ItemEvaluation& ie = m.evaluation.items[i];
    ++c.total;
    if (ie.judged_by == JudgedBy::rules) {
      ++c.rules;
      ++(m.is_behind(i) ? c.rules_behind : c.rules_normal);
      if (ie.status == Status::completed) ++c.rules_completed;
      continue;
    }
    ++c.unjudged;
    if (auto st = ie.office_status) {
      ++c.office;
      ++(is_behind(*st) ? c.office_behind : c.office_normal);
    }
  }
  return c;
}

std::string overview_paragraph(const ReportModel& m) {
  std::map<Status, int> ind;
  int indicators = 0;
  for (std::size_t i : m.indicators) ++ind[m.evaluation.items[i].status], ++indicators;
  std::string s = "截至" + chinese_date(m.evaluation.as_of) + ",序时进度为" + percent_text(m.evaluation.expected) + "。";
  if (indicators > 0) {
    std::vector<std::string> parts;
    for (Status st : {Status::meets, Status::below, Status::on_schedule})
      if (ind[st] > 0) parts.push_back(n(ind[st]) + "项" + m.policy.label(st));
    if (ind[Status::not_assessable] > 0) parts.push_back(n(ind[Status::not_assessable]) + "项暂无可比数据,待人工评估");
    s += n(indicators) + "项经济社会发展预期目标中," + join(parts, ",") + "。";
  }
  const TaskCounts c = count_tasks(m);
  if (c.total == 0) return s;
  std::vector<std::string> parts;
  if (c.rules > 0) {
    std::vector<std::string> r;
    if (c.rules_normal > 0)
      r.push_back(n(c.rules_normal) + "项" + m.policy.label(Status::on_track) +
                  (c.rules_completed > 0 ? "(其中已完成" + n(c.rules_completed) + "项)" : ""));
    if (c.rules_behind > 0) r.push_back(n(c.rules_behind) + "项推进较为滞后");
    parts.push_back("按量化目标评估" + n(c.rules) + "项:" + join(r, ","));
  }
  if (c.unjudged > 0) {
    std::vector<std::string> r;
    if (c.office_normal > 0) r.push_back("督查办判断" + m.policy.label(Status::on_track) + n(c.office_normal) + "项");
    if (c.office_behind > 0) r.push_back("督查办判断推进较为滞后" + n(c.office_behind) + "项");
    parts.push_back(n(c.unjudged) + "项无量化目标,待人工评估" + (r.empty() ? "" : "(其中" + join(r, "、") + ")"));
  }
  return s + n(c.total) + "项重点工作任务中," + join(parts, ";") + "。";
}

std::string warning_paragraph(const ReportModel& m) {
  std::vector<std::pair<std::string, int>> counts;  // in order of first appearance
  for (const auto& ie : m.evaluation.items) {
    if (!ie.warning || ie.warning->colour.empty()) continue;
    std::string words = colour_words(ie.warning->colour);
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == words; });
    if (it == counts.end()) counts.push_back({words, 1});
    else ++it->second;
  }
  if (counts.empty()) return "";
  std::vector<std::string> parts;
  for (const auto& [words, k] : counts) parts.push_back(words + n(k) + "项");
  return "预警情况:" + join(parts, "、") + "(原因见各附件“预警原因”栏)。";
}

std::vector<std::string> indicator_paragraphs(const ReportModel& m) {
  std::map<Status, std::vector<std::string>> by;
  for (std::size_t i : m.indicators) by[m.evaluation.items[i].status].push_back(indicator_with_figure(m, i));
  std::vector<std::string> out;
  for (Status st : {Status::meets, Status::below, Status::on_schedule, Status::not_assessable}) {
    const auto& v = by[st];
    if (v.empty()) continue;
    std::string label = st == Status::not_assessable ? "暂无可比数据,待人工评估" : m.policy.label(st);
    out.push_back(n(static_cast<int>(v.size())) + "项指标" + label + ",分别是:" + join(v, "、") + "。");
  }
  if (!out.empty()) out.back().insert(out.back().size() - std::string("。").size(), "(详见附件1)");
  return out;
}

std::vector<std::string> lagging_paragraphs(const ReportModel& m) {
  std::vector<std::string> out;
  if (m.behind.empty()) {
    out.push_back("按量化目标评估,暂无推进较为滞后的任务。");
  } else {
    out.push_back(n(static_cast<int>(m.behind.size())) + "项任务推进较为滞后(详见附件2),分别是:");
    for (std::size_t k = 0; k < m.behind.size(); ++k) {
      std::size_t i = m.behind[k];
      const Item& item = m.plan.items[i];
      std::string units = m.units_of(item, true);
      out.push_back(n(static_cast<int>(k) + 1) + "." + item_sentence(item) + "。" +
                    office_reason(item, m.evaluation.items[i], m.policy, m.evaluation.as_of) +
                    (m.evaluation.items[i].reason == Reason::no_progress_reported
                         ? std::string()
                         : "," + m.policy.label(m.evaluation.items[i].status)) +
                    "。" + warning_clause(m.evaluation.items[i]) +
                    (units.empty() ? "" : "(责任单位:" + units + ")"));
    }
  }
  // Tasks nobody could judge by the rules but the office published as lagging.
  std::vector<std::string> office_lagging;
  for (std::size_t i : m.normal) {
    const Item& item = m.plan.items[i];
    const ItemEvaluation& ie = m.evaluation.items[i];
    auto st = ie.office_status;
    if (ie.judged_by != JudgedBy::rules && st && is_behind(*st))
      office_lagging.push_back(item_sentence(item));
  }
  if (!office_lagging.empty())
    out.push_back("另有" + n(static_cast<int>(office_lagging.size())) + "项任务无量化目标,督查办判断推进较为滞后:" +
                  join(office_lagging, ";") + "。");
  return out;
}

}  // namespace ducha::report

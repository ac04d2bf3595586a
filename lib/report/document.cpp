#include "report/document.hpp"

#include <cctype>
#include <unordered_map>

#include "report/explanation.hpp"
#include "report/figures.hpp"
#include "report/summary.hpp"

namespace ducha::report {
namespace {

Tone tone_of(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  if (ie.judged_by != JudgedBy::rules && ie.source != Source::assessed) return Tone::unjudged;
  if (m.plan.items[i].kind == ItemKind::indicator) return ie.status == Status::below ? Tone::behind : Tone::good;
  return m.is_behind(i) ? Tone::behind : Tone::good;
}

Cell status_cell(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  Cell c{"", tone_of(m, i), std::nullopt, std::string(to_string(ie.status))};
  if (ie.source == Source::assessed)
    c.text = m.policy.label(ie.status) + "(督查办评估)";
  else if (ie.judged_by == JudgedBy::rules)
    c.text = m.policy.label(ie.status);
  else
    c.text = "待人工评估";
  return c;
}

// The office's own status: the one the evaluation took from a person (the month's office
// status, an assessment or override) when there is one, else the status it published.
Cell official_cell(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  std::optional<Status> s = ie.office_status ? ie.office_status : m.plan.items[i].official_status;
  if (!s) return {};
  return {m.policy.label(*s), Tone::none, std::nullopt, std::string(to_string(*s))};
}

// 完成率 and 序时进度 of the deciding sub-target, as percentages with exact numbers underneath.
std::pair<Cell, Cell> pace_cells(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  std::size_t k = deciding_sub_target(ie);
  if (k == std::string::npos || !ie.sub_targets[k].ratio || m.plan.items[i].sub_targets[k].kind == TargetKind::growth)
    return {Cell{"—"}, Cell{"—"}};
  const SubTargetEvaluation& se = ie.sub_targets[k];
  auto cell = [](const Fraction& f) {
    std::string exact = f.to_decimal_string(4, Rounding::half_up);  // the ratio, 四舍五入 to 0.01%
    while (exact.find('.') != std::string::npos && (exact.back() == '0' || exact.back() == '.')) exact.pop_back();
    return Cell{percent_text(f), Tone::none, exact, ""};
  };
  return {cell(*se.ratio), cell(se.expected)};
}

bool escalates(const ReportModel& m) {
  for (const auto& ie : m.evaluation.items)
    if (ie.warning) return true;
  return false;
}

// The 预警 and 预警原因 cells of an item, when the policy escalates.
void add_warning(const ReportModel& m, std::size_t i, std::vector<Cell>& row) {
  const auto& w = m.evaluation.items[i].warning;
  if (!w || w->colour.empty()) {
    row.push_back(Cell{"—"});
    row.push_back(Cell{w ? w->reason : ""});
    return;
  }
  row.push_back(Cell{colour_words(w->colour), colour_tone(w->colour), std::nullopt, w->colour});
  row.push_back(Cell{w->reason});
}

void add_warning_columns(const ReportModel& m, Table& t) {
  if (!escalates(m)) return;
  t.columns.push_back({"预警", ColumnKind::status});
  t.columns.push_back({"预警原因", ColumnKind::text});
}

Table indicator_table(const ReportModel& m) {
  Table t{"附件1", "经济社会发展预期目标推进情况表",
          {{"序号", ColumnKind::index}, {"预期目标", ColumnKind::text}, {"责任单位", ColumnKind::unit},
           {"进展情况", ColumnKind::wide}, {"评估结果", ColumnKind::status}, {"评估说明", ColumnKind::text},
           {"通报结果", ColumnKind::status}},
          {},
          {}};
  for (std::size_t k = 0; k < m.indicators.size(); ++k) {
    std::size_t i = m.indicators[k];
    const Item& item = m.plan.items[i];
    t.ids.push_back(item.id);
    t.rows.push_back({Cell{std::to_string(k + 1)}, Cell{item.text}, Cell{m.units_of(item, true)},
                      Cell{item.progress_text}, status_cell(m, i),
                      Cell{office_reason(item, m.evaluation.items[i], m.policy, m.evaluation.as_of)},
                      official_cell(m, i)});
    if (escalates(m)) add_warning(m, i, t.rows.back());
  }
  add_warning_columns(m, t);
  return t;
}

Table task_table(const ReportModel& m, std::string label, std::string title, const std::vector<std::size_t>& rows) {
  Table t{std::move(label), std::move(title),
          {{"序号", ColumnKind::index}, {"工作任务", ColumnKind::text}, {"责任单位", ColumnKind::unit},
           {"配合单位", ColumnKind::unit}, {"进展情况", ColumnKind::wide}, {"完成率", ColumnKind::percent},
           {"序时进度", ColumnKind::percent}, {"评估结果", ColumnKind::status}, {"评估说明", ColumnKind::text},
           {"通报结果", ColumnKind::status}},
          {},
          {}};
  for (std::size_t k = 0; k < rows.size(); ++k) {
    std::size_t i = rows[k];
    const Item& item = m.plan.items[i];
    auto [done, pace] = pace_cells(m, i);
    t.ids.push_back(item.id);
    t.rows.push_back({Cell{std::to_string(k + 1)}, Cell{item.text}, Cell{m.units_of(item, true)},
                      Cell{m.units_of(item, false)}, Cell{item.progress_text}, done, pace, status_cell(m, i),
                      Cell{office_reason(item, m.evaluation.items[i], m.policy, m.evaluation.as_of)},
                      official_cell(m, i)});
    if (escalates(m)) add_warning(m, i, t.rows.back());
  }
  add_warning_columns(m, t);
  return t;
}

Table scorecard_table(const ReportModel& m) {
  Table t{"附件4", "责任单位推进情况统计表",
          {{"序号", ColumnKind::index}, {"责任单位", ColumnKind::unit}, {"牵头任务", ColumnKind::number},
           {"已评估", ColumnKind::number}, {"其中推进较为滞后", ColumnKind::number},
           {"待人工评估", ColumnKind::number}, {"配合任务", ColumnKind::number}},
          {},
          {}};
  auto num = [](int v) { return Cell{std::to_string(v), Tone::none, std::to_string(v), ""}; };
  for (std::size_t k = 0; k < m.scorecard.size(); ++k) {
    const UnitScore& s = m.scorecard[k];
    t.rows.push_back({Cell{std::to_string(k + 1)}, Cell{s.name}, num(s.led), num(s.judged), num(s.lagging),
                      num(s.led - s.judged), num(s.cooperating)});
  }
  return t;
}

// Every item's place in the annexes ("附件3第8项"), built once: findings look it up.
std::unordered_map<std::string, std::string> locations(const ReportModel& m) {
  std::unordered_map<std::string, std::string> out;
  for (auto [rows, annex] : {std::pair{&m.indicators, "附件1"}, {&m.behind, "附件2"}, {&m.normal, "附件3"}})
    for (std::size_t k = 0; k < rows->size(); ++k)
      out.emplace(m.plan.items[(*rows)[k]].id, std::string(annex) + "第" + std::to_string(k + 1) + "项");
  return out;
}

Table findings_table(const ReportModel& m) {
  const auto where_is = locations(m);
  Table t{"附件5", "数据核对事项表",
          {{"序号", ColumnKind::index}, {"位置", ColumnKind::unit}, {"核对事项", ColumnKind::wide}},
          {},
          {}};
  for (std::size_t k = 0; k < m.findings.size(); ++k) {
    const Finding& f = m.findings[k];
    auto at = where_is.find(f.item);
    std::string where = f.item.empty() ? "报告正文" : at != where_is.end() ? at->second : "";
    t.ids.push_back(f.item);
    t.rows.push_back({Cell{std::to_string(k + 1)}, Cell{where},
                      Cell{f.message + ",请核实。", Tone::none, std::nullopt, std::string(to_string(f.kind))}});
  }
  return t;
}

}  // namespace

std::string colour_words(const std::string& colour) {
  static const std::pair<const char*, const char*> kWords[] = {
      {"red", "红色"}, {"yellow", "黄色"}, {"green", "绿色"}, {"blue", "蓝色"}, {"orange", "橙色"}};
  for (auto [code, words] : kWords)
    if (colour == code) return words;
  for (unsigned char c : colour)
    if (c < 0x80 && std::isalpha(c)) return "预警";  // a code with no Chinese name
  return colour;
}

Tone colour_tone(const std::string& colour) {
  if (colour == "red" || colour.starts_with("红")) return Tone::red;
  if (colour == "yellow" || colour.starts_with("黄")) return Tone::yellow;
  if (colour == "green" || colour.starts_with("绿")) return Tone::green;
  if (colour == "blue" || colour.starts_with("蓝")) return Tone::blue;
  return Tone::other_colour;
}

std::string item_location(const ReportModel& m, std::string_view id) {
  auto all = locations(m);
  auto it = all.find(std::string(id));
  return it == all.end() ? "" : it->second;
}

Document build_document(const ReportModel& m, const ReportSettings& settings) {
  Document d;
  d.head = resolve(settings, m.plan, m.evaluation.as_of);
  d.rounding_note = kRoundingNote;
  Section overview{"一、总体情况", {overview_paragraph(m)}};
  if (std::string w = warning_paragraph(m); !w.empty()) overview.paragraphs.push_back(w);
  overview.paragraphs.push_back(std::string("说明:") + kRoundingNote);
  d.sections.push_back(overview);
  auto ind = indicator_paragraphs(m);
  if (ind.empty()) ind.push_back("本期未列经济社会发展预期目标。");
  d.sections.push_back({"二、指标完成情况", ind});
  d.sections.push_back({"三、滞后任务及原因", lagging_paragraphs(m)});
  d.sections.push_back({"四、下步工作建议", d.head.recommendations});
  d.annexes.push_back(indicator_table(m));
  // Titles state their counts, as offices write them (推进较为滞后的7项重点工作任务…).
  const std::string behind = std::to_string(m.behind.size()), rest = std::to_string(m.normal.size());
  d.annexes.push_back(task_table(m, "附件2", "推进较为滞后的" + behind + "项重点工作任务推进情况表", m.behind));
  d.annexes.push_back(task_table(m, "附件3", "正常推进及待人工评估的" + rest + "项重点工作任务推进情况表", m.normal));
  d.annexes.push_back(scorecard_table(m));
  d.annexes.push_back(findings_table(m));
  return d;
}

}  // namespace ducha::report

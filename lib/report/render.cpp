#include "report/render.hpp"

#include <boost/json.hpp>
#include <set>

#include "ducha/explain.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"
#include "report/publish.hpp"
#include "report/summary.hpp"

namespace ducha::report {
namespace {

std::string md_cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else out += c;
  }
  return out;
}

std::string official(const ReportModel& m, const Item& item) {
  return item.official_status ? m.policy.label(*item.official_status) : "";
}

std::string status_cell(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  return m.policy.label(ie.status) + (ie.source == Source::assessed ? "(人工评估)" : "");
}

}  // namespace

std::string render_agreement_markdown(const ReportModel& m) {
  const Agreement& a = m.agreement;
  std::set<std::string> computed;
  for (const auto& [o, row] : a.table)
    for (const auto& [c, n] : row) computed.insert(c);
  std::string out = "## 与通报的一致性\n\n";
  out += "Computed against official status for every item with one (rows: the office's status; columns: "
         "ducha's), under policy `" + m.evaluation.policy_version + "` as of " + format_date(m.evaluation.as_of) +
         ". " + std::to_string(a.agree) + " of " + std::to_string(a.compared) + " agree.\n\n| 通报 \\ 计算 |";
  for (const auto& c : computed) out += " " + c + " |";
  out += "\n|---|";
  for (std::size_t k = 0; k < computed.size(); ++k) out += "---|";
  out += "\n";
  for (const auto& [o, row] : a.table) {
    out += "| " + o + " |";
    for (const auto& c : computed) {
      auto it = row.find(c);
      out += " " + std::to_string(it == row.end() ? 0 : it->second) + " |";
    }
    out += "\n";
  }
  out += "\nOfficially lagging and found behind: " + std::to_string(a.lagging_found.size()) + " of " +
         std::to_string(a.lagging_found.size() + a.lagging_missed.size()) + ".\n";
  for (std::size_t i : a.lagging_found) out += "- " + m.plan.items[i].id + " " + md_cell(m.plan.items[i].text) + "\n";
  if (!a.lagging_missed.empty()) {
    out += "\nOfficially lagging, not found behind:\n";
    for (std::size_t i : a.lagging_missed) out += "- " + m.plan.items[i].id + " " + md_cell(m.plan.items[i].text) + "\n";
  }
  out += "\n### 不一致的事项\n\n| 事项 | 通报 | 计算 | 说明 |\n|---|---|---|---|\n";
  for (std::size_t i : a.disagreements) {
    const Item& item = m.plan.items[i];
    out += "| " + item.id + " " + md_cell(item.text) + " | " + official(m, item) + " | " + status_cell(m, i) + " | " +
           md_cell(explain(item, m.evaluation.items[i], m.policy, m.evaluation.as_of)) + " |\n";
  }
  return out;
}

std::string render_markdown(const ReportModel& m) { return markdown_of(build_document(m, {})); }
std::string render_html(const ReportModel& m) { return html_of(build_document(m, {})); }
std::string render_csv(const ReportModel& m) { return csv_of(build_document(m, {})); }

std::string render(const ReportModel& m, const ReportSettings& settings, std::string_view format) {
  if (format == "json") return render_json(m);
  if (format == "summary") return m.summary + "\n";
  Document d = build_document(m, settings);
  if (format == "md") return markdown_of(d);
  if (format == "html") return html_of(d);
  if (format == "csv") return csv_of(d);
  if (format == "docx") return docx_of(d);
  if (format == "xlsx") return xlsx_of(d);
  if (format == "pdf") return pdf_of(d);
  throw Error(ErrorCode::invalid_argument, "unknown report format \"" + std::string(format) + "\"");
}

std::string render_json(const ReportModel& m) {
  boost::json::value doc = boost::json::parse(io::write_evaluation(m.plan, m.evaluation, m.policy));
  boost::json::object& o = doc.as_object();
  o["summary_paragraph"] = m.summary;
  boost::json::array findings, scorecard;
  for (const auto& f : m.findings)
    findings.push_back({{"kind", to_string(f.kind)}, {"item", f.item}, {"message", f.message}});
  for (const auto& s : m.scorecard)
    scorecard.push_back({{"unit", s.name}, {"led", s.led}, {"judged", s.judged}, {"cooperating", s.cooperating},
                         {"lagging", s.lagging}});
  o["findings"] = findings;
  // The honest count of the tasks as the summary words it (judged_by per item is the evaluation's).
  const TaskCounts c = count_tasks(m);
  o["task_counts"] = {{"total", c.total},
                      {"rules", {{"judged", c.rules}, {"normal", c.rules_normal}, {"completed", c.rules_completed},
                                 {"behind", c.rules_behind}}},
                      {"not_by_rules", {{"count", c.unjudged}, {"office_says_normal", c.office_normal},
                                        {"office_says_behind", c.office_behind}}}};
  o["scorecard"] = scorecard;
  return io::pretty(doc);
}

}  // namespace ducha::report

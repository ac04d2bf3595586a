#include "report/render.hpp"

#include <boost/json.hpp>
#include <set>

#include "ducha/explain.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"

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

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<br>"; break;
      default: out += c;
    }
  }
  return out;
}

std::string csv_cell(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string official(const ReportModel& m, const Item& item) {
  return item.official_status ? m.policy.label(*item.official_status) : "";
}

std::string status_cell(const ReportModel& m, std::size_t i) {
  const ItemEvaluation& ie = m.evaluation.items[i];
  return m.policy.label(ie.status) + (ie.source == Source::assessed ? "(人工评估)" : "");
}

// One annex as a Markdown table.
std::string md_annex(const ReportModel& m, const std::string& title, const std::vector<std::size_t>& rows) {
  std::string out = "\n## " + title + "\n\n| 序号 | 目标 | 责任单位 | 配合单位 | 进展情况 | 计算结果 | 说明 | 通报 |\n|---|---|---|---|---|---|---|---|\n";
  for (std::size_t i : rows) {
    const Item& item = m.plan.items[i];
    out += "| " + item.id + " | " + md_cell(item.text) + " | " + md_cell(m.units_of(item, true)) + " | " +
           md_cell(m.units_of(item, false)) + " | " + md_cell(item.progress_text) + " | " + status_cell(m, i) + " | " +
           md_cell(explain(item, m.evaluation.items[i], m.policy, m.evaluation.as_of)) + " | " + official(m, item) + " |\n";
  }
  return out;
}

std::string md_findings(const ReportModel& m) {
  std::string out = "\n## 一致性检查\n\n";
  if (m.findings.empty()) return out + "未发现问题。\n";
  for (const auto& f : m.findings)
    out += "- " + (f.item.empty() ? std::string() : "[" + f.item + "] ") + md_cell(f.message) + " (`" +
           std::string(to_string(f.kind)) + "`)\n";
  return out;
}

std::string md_scorecard(const ReportModel& m) {
  std::string out = "\n## 责任单位\n\n| 责任单位 | 牵头任务 | 配合任务 | 牵头任务中滞后 |\n|---|---|---|---|\n";
  for (const auto& s : m.scorecard)
    out += "| " + md_cell(s.name) + " | " + std::to_string(s.led) + " | " + std::to_string(s.cooperating) + " | " +
           std::to_string(s.lagging) + " |\n";
  return out;
}

// A bar per quantitative sub-target: done/target against the 序时进度 line.
std::string svg_bar(const Fraction& ratio, const Fraction& expected, const std::string& label) {
  auto pct = [](const Fraction& f) {
    Fraction c = f.is_negative() ? Fraction(0) : (f > Fraction(1) ? Fraction(1) : f);
    return c.to_decimal_string(2, Rounding::half_even);  // a drawing coordinate, not a figure
  };
  std::string w = pct(ratio), e = pct(expected);
  return "<svg class=\"bar\" viewBox=\"0 0 1 0.12\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" +
         html_escape(label) + "\"><rect width=\"1\" height=\"0.12\" class=\"track\"/><rect width=\"" + w +
         "\" height=\"0.12\" class=\"done\"/><line x1=\"" + e + "\" x2=\"" + e +
         "\" y1=\"0\" y2=\"0.12\" class=\"expected\"/></svg><div class=\"bar-label\">" + html_escape(label) + "</div>";
}

std::string html_annex(const ReportModel& m, const std::string& title, const std::vector<std::size_t>& rows) {
  std::string out = "<h2>" + html_escape(title) + "</h2>\n<table>\n<thead><tr><th>序号</th><th>目标</th><th>责任单位</th>"
                    "<th>配合单位</th><th>进展情况</th><th>计算结果</th><th>说明</th><th>通报</th></tr></thead>\n<tbody>\n";
  for (std::size_t i : rows) {
    const Item& item = m.plan.items[i];
    const ItemEvaluation& ie = m.evaluation.items[i];
    std::string bars;
    for (std::size_t k = 0; k < item.sub_targets.size(); ++k) {
      const auto& se = ie.sub_targets[k];
      if (!se.ratio || item.sub_targets[k].kind == TargetKind::growth) continue;
      bars += svg_bar(*se.ratio, se.expected,
                      item.sub_targets[k].text + ": " + se.ratio->to_percent_string() + "%,序时" +
                          se.expected.to_percent_string() + "%");
    }
    std::string css = ie.status == Status::completed || ie.status == Status::on_track || ie.status == Status::meets ||
                              ie.status == Status::on_schedule
                          ? "ok"
                          : (m.is_behind(i) ? "behind" : "na");
    out += "<tr><td>" + html_escape(item.id) + "</td><td>" + html_escape(item.text) + bars + "</td><td>" +
           html_escape(m.units_of(item, true)) + "</td><td>" + html_escape(m.units_of(item, false)) + "</td><td>" +
           html_escape(item.progress_text) + "</td><td class=\"" + css + "\">" + html_escape(status_cell(m, i)) +
           "</td><td>" + html_escape(explain(item, ie, m.policy, m.evaluation.as_of)) + "</td><td>" +
           html_escape(official(m, item)) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string title_of(const ReportModel& m) {
  return m.plan.name.empty() ? std::string("督查报告") : m.plan.name;
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

std::string render_markdown(const ReportModel& m) {
  std::string out = "# " + title_of(m) + "\n\n";
  out += "截至" + format_date(m.evaluation.as_of) + ",序时进度" + m.evaluation.expected.to_string() + "(" +
         m.evaluation.expected.to_percent_string() + "%);政策 `" + m.evaluation.policy_version +
         "`;百分比四舍六入五成双保留两位小数。\n\n";
  out += m.summary + "\n";
  out += md_findings(m);
  out += md_annex(m, "附件1 经济社会发展预期目标", m.indicators);
  out += md_annex(m, "附件2 推进较为滞后的重点工作任务", m.behind);
  out += md_annex(m, "附件3 正常推进的重点工作任务", m.normal);
  out += md_scorecard(m);
  out += "\n" + render_agreement_markdown(m);
  return out;
}

std::string render_html(const ReportModel& m) {
  std::string t = html_escape(title_of(m));
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t +
      "</title>\n<style>\n"
      "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;margin:2em;color:#222;line-height:1.5}\n"
      "table{border-collapse:collapse;width:100%;margin:1em 0;font-size:0.9em}\n"
      "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}\nth{background:#eee}\n"
      "td.ok{color:#176b2c}td.behind{color:#b00020;font-weight:bold}td.na{color:#666}\n"
      "svg.bar{display:block;width:14em;height:0.9em;margin-top:4px}\n"
      "svg.bar .track{fill:#e6e6e6}svg.bar .done{fill:#3b7dd8}svg.bar .expected{stroke:#b00020;stroke-width:0.01}\n"
      ".bar-label{font-size:0.75em;color:#555}\n.summary{white-space:pre-wrap}\n"
      "@media print{body{margin:0}table{page-break-inside:auto}tr{page-break-inside:avoid}"
      "svg.bar .done{fill:#000}svg.bar .track{fill:#ccc}}\n</style>\n</head>\n<body>\n<h1>" + t + "</h1>\n";
  out += "<p>截至" + format_date(m.evaluation.as_of) + ",序时进度" + m.evaluation.expected.to_string() + "(" +
         m.evaluation.expected.to_percent_string() + "%);政策 <code>" + html_escape(m.evaluation.policy_version) +
         "</code>。</p>\n<p class=\"summary\">" + html_escape(m.summary) + "</p>\n<h2>一致性检查</h2>\n<ul>\n";
  for (const auto& f : m.findings)
    out += "<li>" + (f.item.empty() ? std::string() : "[" + html_escape(f.item) + "] ") + html_escape(f.message) + "</li>\n";
  out += "</ul>\n";
  out += html_annex(m, "附件1 经济社会发展预期目标", m.indicators);
  out += html_annex(m, "附件2 推进较为滞后的重点工作任务", m.behind);
  out += html_annex(m, "附件3 正常推进的重点工作任务", m.normal);
  out += "<h2>责任单位</h2>\n<table>\n<thead><tr><th>责任单位</th><th>牵头任务</th><th>配合任务</th><th>牵头任务中滞后</th>"
         "</tr></thead>\n<tbody>\n";
  for (const auto& s : m.scorecard)
    out += "<tr><td>" + html_escape(s.name) + "</td><td>" + std::to_string(s.led) + "</td><td>" +
           std::to_string(s.cooperating) + "</td><td>" + std::to_string(s.lagging) + "</td></tr>\n";
  out += "</tbody>\n</table>\n</body>\n</html>\n";
  return out;
}

std::string render_csv(const ReportModel& m) {
  std::string out = "\xEF\xBB\xBF";  // UTF-8 byte order mark: Excel then reads the Chinese correctly
  out += "记录,附件,编号,类别,目标,责任单位,配合单位,进展情况,状态,状态代码,原因,说明,通报\r\n";
  auto row = [&](const std::string& annex, std::size_t i) {
    const Item& item = m.plan.items[i];
    const ItemEvaluation& ie = m.evaluation.items[i];
    out += "item," + csv_cell(annex) + "," + csv_cell(item.id) + "," + csv_cell(item.category) + "," +
           csv_cell(item.text) + "," + csv_cell(m.units_of(item, true)) + "," + csv_cell(m.units_of(item, false)) +
           "," + csv_cell(item.progress_text) + "," + csv_cell(status_cell(m, i)) + "," +
           csv_cell(std::string(to_string(ie.status))) + "," + csv_cell(std::string(to_string(ie.reason))) + "," +
           csv_cell(explain(item, ie, m.policy, m.evaluation.as_of)) + "," + csv_cell(official(m, item)) + "\r\n";
  };
  for (std::size_t i : m.indicators) row("附件1", i);
  for (std::size_t i : m.behind) row("附件2", i);
  for (std::size_t i : m.normal) row("附件3", i);
  for (const auto& f : m.findings)
    out += "finding,," + csv_cell(f.item) + ",,,,,,," + csv_cell(std::string(to_string(f.kind))) + ",," +
           csv_cell(f.message) + ",\r\n";
  return out;
}

std::string render_json(const ReportModel& m) {
  boost::json::value doc = boost::json::parse(io::write_evaluation(m.plan, m.evaluation, m.policy));
  boost::json::object& o = doc.as_object();
  o["summary_paragraph"] = m.summary;
  boost::json::array findings, scorecard;
  for (const auto& f : m.findings)
    findings.push_back({{"kind", to_string(f.kind)}, {"item", f.item}, {"message", f.message}});
  for (const auto& s : m.scorecard)
    scorecard.push_back({{"unit", s.name}, {"led", s.led}, {"cooperating", s.cooperating}, {"lagging", s.lagging}});
  o["findings"] = findings;
  o["scorecard"] = scorecard;
  return io::pretty(doc);
}

}  // namespace ducha::report

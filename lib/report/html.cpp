#include "report/publish.hpp"

namespace ducha::report {
namespace {

std::string esc(const std::string& s) {
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

const char* kStyle = R"(
@page{size:A4;margin:20mm 15mm}
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","WenQuanYi Micro Hei",serif;color:#111;line-height:1.7;
  max-width:60em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;text-align:center;margin:0.5em 2em 0.2em}
.docno{text-align:center;margin:0 0 1.5em}
h2{font-size:1.15em;margin:1.2em 0 0.4em}
p{text-indent:2em;margin:0.3em 0}
p.addressee,p.annex-list,p.signature,p.date{text-indent:0}
p.signature,p.date{text-align:right;margin-right:2em}
p.placeholder{color:#777}
section.annex{break-before:page;page-break-before:always;page:annex}
@page annex{size:A4 landscape;margin:15mm 12mm}
.annex-label{font-weight:bold;margin-top:2em}
.annex-title{text-align:center;font-size:1.2em;font-weight:bold;margin:0.4em 0 0.8em}
table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:0.8em;line-height:1.45}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #555;padding:3px 4px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#e8e8e8;text-align:center;overflow-wrap:normal;word-break:keep-all}
td.index,td.number{white-space:nowrap;text-align:center}
td.status{text-align:center;overflow-wrap:normal;word-break:keep-all}
.badge{display:inline-block;white-space:normal;word-break:keep-all;padding:0 0.5em;border-radius:0.8em;font-size:0.95em;border:1px solid}
.badge.good{background:#e3f3e6;color:#14632a;border-color:#7fbf8f}
.badge.behind{background:#fbe4e4;color:#9b1c1c;border-color:#e08a8a}
.badge.unjudged{background:#eeeeee;color:#444;border-color:#aaa}
.badge.red{background:#d32f2f;color:#fff;border-color:#d32f2f}
.badge.yellow{background:#f9d648;color:#3a2f00;border-color:#e0b800}
.badge.green{background:#2e7d32;color:#fff;border-color:#2e7d32}
.badge.blue{background:#1e63c4;color:#fff;border-color:#1e63c4}
.badge.other{background:#fff;color:#222;border-color:#222}
@media print{body{margin:0;max-width:none;padding:0}.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)";

std::string tone_class(Tone t) {
  switch (t) {
    case Tone::good: return "good";
    case Tone::behind: return "behind";
    case Tone::unjudged: return "unjudged";
    case Tone::red: return "red";
    case Tone::yellow: return "yellow";
    case Tone::green: return "green";
    case Tone::blue: return "blue";
    case Tone::other_colour: return "other";
    case Tone::none: return "";
  }
  return "";
}

std::string kind_class(ColumnKind k) {
  switch (k) {
    case ColumnKind::index: return "index";
    case ColumnKind::text: return "text";
    case ColumnKind::wide: return "wide";
    case ColumnKind::unit: return "unit";
    case ColumnKind::status: return "status";
    case ColumnKind::number:
    case ColumnKind::percent: return "number";
  }
  return "text";
}

std::string colgroup(const Table& t) {
  int total = 0;
  for (const auto& c : t.columns) total += column_weight(c.kind);
  std::string out = "<colgroup>";
  for (const auto& c : t.columns)
    out += "<col style=\"width:" + std::to_string(column_weight(c.kind) * 1000 / total / 10) + "." +
           std::to_string(column_weight(c.kind) * 1000 / total % 10) + "%\">";
  return out + "</colgroup>";
}

std::string table_html(const Table& t) {
  std::string out = "<section class=\"annex\">\n<div class=\"annex-label\">" + esc(t.label) +
                    "</div>\n<div class=\"annex-title\">" + esc(t.title) + "</div>\n<table>" + colgroup(t) + "\n<thead><tr>";
  for (const auto& c : t.columns) out += "<th>" + esc(c.name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t k = 0; k < row.size(); ++k) {
      const Cell& c = row[k];
      out += "<td class=\"" + kind_class(t.columns[k].kind) + "\">";
      if (c.tone != Tone::none)
        out += "<span class=\"badge " + tone_class(c.tone) + "\">" + esc(c.text) + "</span>";
      else
        out += esc(c.text);
      out += "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string html_of(const Document& d) {
  const ResolvedSettings& h = d.head;
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(h.title) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + esc(h.title) + "</h1>\n";
  if (!h.document_number.empty()) out += "<div class=\"docno\">" + esc(h.document_number) + "</div>\n";
  if (!h.addressee.empty()) out += "<p class=\"addressee\">" + esc(h.addressee) + ":</p>\n";
  out += "<p>" + esc(h.opening) + "</p>\n";
  for (const auto& s : d.sections) {
    out += "<h2>" + esc(s.heading) + "</h2>\n";
    const bool placeholder = s.heading.ends_with("下步工作建议") && h.recommendations_are_placeholder;
    for (const auto& p : s.paragraphs) out += (placeholder ? "<p class=\"placeholder\">" : "<p>") + esc(p) + "</p>\n";
  }
  out += "<p class=\"annex-list\">附件:";
  for (std::size_t k = 0; k < d.annexes.size(); ++k)
    out += (k ? "<br>\u3000\u3000\u3000" : "") + std::to_string(k + 1) + "." + esc(d.annexes[k].title);
  out += "</p>\n<p class=\"signature\">" + esc(h.signature) + "</p>\n<p class=\"date\">" + esc(chinese_date(h.date)) +
         "</p>\n";
  for (const auto& t : d.annexes) out += table_html(t);
  return out + "</body>\n</html>\n";
}

}  // namespace ducha::report

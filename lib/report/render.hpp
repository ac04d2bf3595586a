// A report in the formats an office publishes (publish.hpp renders the document):
// Markdown, HTML, CSV, DOCX, XLSX, PDF, and JSON with the codes.
#pragma once

#include <string>

#include "report/report_model.hpp"
#include "report/settings.hpp"

namespace ducha::report {

std::string render_markdown(const ReportModel& m);
std::string render_html(const ReportModel& m);
std::string render_csv(const ReportModel& m);
std::string render_json(const ReportModel& m);
// Any format by name: md, html, csv, json, summary, docx, xlsx, pdf (bytes for the last three).
std::string render(const ReportModel& m, const ReportSettings& settings, std::string_view format);
// The agreement with the office's statuses alone (docs/agreement.md).
std::string render_agreement_markdown(const ReportModel& m);

}  // namespace ducha::report

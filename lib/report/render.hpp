// A report in the formats an office publishes: Markdown, one self-contained HTML
// page (inline SVG bars, printable), CSV for Excel (UTF-8 with BOM) and JSON.
#pragma once

#include <string>

#include "report/report_model.hpp"

namespace ducha::report {

std::string render_markdown(const ReportModel& m);
std::string render_html(const ReportModel& m);
std::string render_csv(const ReportModel& m);
std::string render_json(const ReportModel& m);
// The agreement with the office's statuses alone (docs/agreement.md).
std::string render_agreement_markdown(const ReportModel& m);

}  // namespace ducha::report

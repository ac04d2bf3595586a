// The office's report and the plain-text evaluation (docs/reports.md), from C++.
// Part of the library's C++ API: link ducha::ducha (and ducha::core for the types).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "ducha/schedule.hpp"

DUCHA_BEGIN_NAMESPACE

// md, html, pdf, docx, xlsx, csv, json, summary.
DUCHA_API std::vector<std::string> report_formats();

// `ducha report`: the plan evaluated as of `as_of` under `policy` and rendered in
// `format` (report_formats(); pdf, docx and xlsx are bytes). `settings_json` is a
// report-settings document (docs/schema/report-settings.schema.json: title, 文号,
// 落款, 下步工作建议 …), none for the defaults; errors in it name `settings_source`.
DUCHA_API std::string render_report(const Plan& plan, const Policy& policy, const Date& as_of,
                                    std::string_view format = "md",
                                    std::optional<std::string_view> settings_json = std::nullopt,
                                    const std::string& settings_source = "settings");
// `ducha report --agreement`: the computed statuses against the office's (Markdown).
DUCHA_API std::string render_agreement(const Plan& plan, const Policy& policy, const Date& as_of);

// `ducha evaluate --format text`: a line per item with its status and explanation.
DUCHA_API std::string evaluation_to_text(const Plan& plan, const Evaluation& evaluation, const Policy& policy);
// `ducha evaluate --series … --format text`: a line per item, month by month.
DUCHA_API std::string series_to_text(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy);

DUCHA_END_NAMESPACE

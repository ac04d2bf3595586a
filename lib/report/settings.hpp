// What an office puts on its document that the plan does not hold: title, 文号,
// issuing office, addressee, date, 落款, the opening sentence and the 下步工作建议
// it writes itself. Read from a small JSON file (docs/schema/report-settings.schema.json);
// every key is optional and defaults from the plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/plan.hpp"
#include "ducha/schedule.hpp"

namespace ducha::report {

struct ReportSettings {
  std::optional<std::string> title;            // default: the plan's name
  std::optional<std::string> document_number;  // 文号, e.g. 沙督查办〔2022〕12号; omitted when absent
  std::optional<std::string> issuer;           // default: the title's words before 关于, else 督查办
  std::optional<std::string> addressee;        // 主送, e.g. 区政府; omitted when absent
  std::optional<Date> date;                    // 成文日期; default: the evaluation date
  std::optional<std::string> signature;        // 落款; default: the issuer
  std::optional<std::string> opening;          // the sentence before 一、
  std::vector<std::string> recommendations;    // 下步工作建议; a placeholder when empty
};

// Parses settings JSON; errors name `source` and the field.
ReportSettings parse_settings(std::string_view json, const std::string& source);
ReportSettings load_settings(const std::string& path);

// The settings with every default filled in from the plan and the evaluation date.
struct ResolvedSettings {
  std::string title, document_number, issuer, addressee, signature, opening;
  Date date;
  std::vector<std::string> recommendations;
  bool recommendations_are_placeholder = false;
};
ResolvedSettings resolve(const ReportSettings& s, const Plan& plan, const Date& as_of);

// "2022年7月26日", as dates are written on an office's document.
std::string chinese_date(const Date& d);

}  // namespace ducha::report

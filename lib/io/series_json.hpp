// A plan's series of evaluations, month by month, as JSON and as text (docs/evaluation.md).
#pragma once

#include <string>
#include <vector>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

namespace ducha::io {

inline constexpr std::string_view kSeriesFormat = "ducha.series/1";

// "2022-01..2022-12" (months, inclusive) → the month ends; an error naming the option.
std::vector<Date> parse_month_range(std::string_view text, const std::string& option);

std::string write_series(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy);
// One line per item: its status, colour and projection each month.
std::string render_series_text(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy);

}  // namespace ducha::io

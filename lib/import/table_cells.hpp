// Internal to table import: reading one cell as a value, and writing a value as a cell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/decimal.hpp"
#include "ducha/item.hpp"
#include "ducha/schedule.hpp"

namespace ducha::import::detail {

// "1,500" and "33.31" exactly; nullopt (with `why`) for anything else.
std::optional<Decimal> cell_decimal(const std::string& cell, std::string& why);
// A 序号: a whole number of at most 9 digits, full-width digits folded ("１２" → 12).
std::optional<int> cell_whole_number(const std::string& cell);
// 2022-06-30, 2022/6/30, 2022.6.30, 2022年6月30日, and in XLSX a date serial (44742).
std::optional<Date> cell_date(const std::string& cell, bool serial_allowed);
// 正常推进, 推进较为滞后, 符合预期 … and 是/否 of 是否达序; nullopt when not a status word.
std::optional<Status> cell_status(const std::string& cell, ItemKind kind);
// 指标/预期目标 → indicator, 任务/重点任务 → task.
std::optional<ItemKind> cell_kind(const std::string& cell);
// Names separated by 、，,;；/ or line breaks.
std::vector<std::string> cell_names(const std::string& cell);
std::string join_names(const std::vector<std::string>& names);
// The text of a cell without the spaces around it.
std::string trimmed(const std::string& cell);

}  // namespace ducha::import::detail

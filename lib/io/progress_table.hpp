// One month's progress read from an office's table (CSV, XLSX) with the table reader
// of `ducha import table` (lib/import/table.hpp): each record becomes a ProgressUpdate.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ducha/schedule.hpp"
#include "io/progress_update.hpp"

namespace ducha::io {

// Columns used: 编号 or 序号 (the item), 完成值/累计完成 with 计量单位 or the header's unit
// (the figure), 进展情况 (the words), 状态/是否达序 (the office's status), 截至日期 (must
// fall in the month of `as_of`). Problems name `source`, the row and the column; a row
// with a problem is left out, the others are read.
std::vector<ProgressUpdate> read_progress_table(std::string_view bytes, const std::string& source,
                                                const std::string& format, const Date& as_of,
                                                std::vector<std::string>& problems);

}  // namespace ducha::io

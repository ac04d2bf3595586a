// Internal to table export: the plan's table as rows of cells, ready for CSV or XLSX.
#pragma once

#include <string>
#include <vector>

#include "ducha/plan.hpp"

namespace ducha::import::detail {

// Head rows, then every row of the source table with the cells of changed values
// rewritten, then rows for items the table did not have.
std::vector<std::vector<std::string>> table_rows(const Plan& plan);

// A cell a spreadsheet would take for a formula (= + - @, tab, CR first), prefixed
// with ' ; a plain number (-15.6) is left as it is.
std::string formula_safe(const std::string& cell);

}  // namespace ducha::import::detail

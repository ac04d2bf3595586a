// An office's own tables (docs/tables.md, docs/office-workflow.md), from C++: a task
// table (CSV, XLSX) read into a plan and written back, and a month's progress merged
// into a plan's history. Part of the library's C++ API: link ducha::ducha.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/limits.hpp"
#include "ducha/plan.hpp"
#include "ducha/schedule.hpp"

DUCHA_BEGIN_NAMESPACE

struct TableReadOptions {
  std::optional<std::string> encoding;  // "UTF-8", "GB18030", "GBK" …; detected when absent
  std::optional<std::string> format;    // "csv" or "xlsx"; from the bytes when absent
  std::optional<std::string> mapping;   // the text of a mapping file naming the columns
  std::string mapping_source = "mapping";
  std::optional<int> year;              // default: 20xx年 in the title, else the latest 截至日期
  std::optional<Date> as_of;            // default: the latest 截至日期 of the rows
};

struct TableImportResult {
  Plan plan;
  std::vector<std::string> problems;  // "tasks.csv:row 7, column 3: …", each row's problems
  std::string summary;                // "N rows, M items, K problems"
};

// `ducha import table`: the table's records as the plan's items (texts verbatim,
// sub-targets read from them and from the value columns); the table is kept in the
// plan for plan_to_table. Throws ducha::Error naming `source` when it cannot be read.
DUCHA_API TableImportResult plan_from_table(std::string_view bytes, const std::string& source,
                                            const TableReadOptions& options = {});
// The same within `limits`: a task or progress cell over text_bytes or clause_bytes is
// a problem naming its row and column, and no figure is read from that row's texts.
DUCHA_API TableImportResult plan_from_table(std::string_view bytes, const std::string& source,
                                            const TableReadOptions& options, const Limits& limits);
// `ducha export table`: the plan's table written back as "csv" (UTF-8 with BOM) or
// "xlsx" (the workbook's bytes); unchanged cells as they were read.
DUCHA_API std::string plan_to_table(const Plan& plan, std::string_view format = "csv");

struct ProgressMerge {
  bool merged = false;                // false: `strict` and problems, nothing merged
  std::vector<std::string> problems;  // each names its line or row; those were not merged
  std::string summary;                // "N lines, M items, K records (R replaced), P problems"
};
// `ducha progress add`: one month's progress merged into the plan's history as records
// dated `as_of`, replacing records of the same month. `format` is "jsonl" (JSON lines),
// "csv", "xlsx", or "table" (CSV or XLSX, told by the bytes). With `strict`, any problem
// merges nothing.
DUCHA_API ProgressMerge add_progress(Plan& plan, std::string_view bytes, const std::string& source,
                                     std::string_view format, const Date& as_of, bool strict = false);

DUCHA_END_NAMESPACE

// An office's own task table (CSV or XLSX) read into a plan, and written back.
// Formats, recognised headers, the mapping file, encodings and limits: docs/tables.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/plan.hpp"
#include "io/limits.hpp"

namespace ducha::import {

// What a column holds. `ratio` (完成率) is a stated ratio, never read as a figure done.
enum class TableField { id, number, task, target, unit, lead, cooperating, progress, actual, as_of,
                        category, status, kind, ratio };

std::string_view to_string(TableField f);
std::optional<TableField> parse_table_field(std::string_view name);

struct TableOptions {
  std::optional<std::string> encoding;  // "UTF-8", "GB18030", "GBK" …; detected when absent
  std::optional<std::string> format;    // "csv" or "xlsx"; from the bytes when absent
  std::optional<std::string> mapping;   // the text of a mapping file (docs/tables.md)
  std::string mapping_source = "mapping";
  std::optional<int> year;              // default: 20xx年 in the title, else the latest 截至日期
  std::optional<Date> as_of;            // default: the latest 截至日期 of the rows
  std::size_t max_bytes = 64u << 20;    // the input file
  std::size_t max_cells = 4u << 20;     // cells of the sheet, blank ones included
  io::Limits limits;                    // text-bytes, clause-bytes: a task or progress cell over them is a problem
};

struct TableProblem {
  std::size_t row = 0;     // 1-based row of the file (the row Excel shows)
  std::size_t column = 0;  // 1-based column; 0 for the whole row
  std::string message;
};

struct TableColumn {
  std::string header;                // as written; two header lines joined with '/'
  std::optional<TableField> field;   // absent: an unknown column, kept for export
  std::string unit;                  // from the header: 城镇新增就业(人) → 人
};

struct TableRecord {
  std::size_t row = 0;                          // the first row of the record (1-based)
  std::vector<std::string> cells;               // one per column; continuation rows folded in
  std::vector<std::vector<std::string>> lines;  // the rows verbatim
};

// A table's cells, located: its title, columns and records. No text is read yet.
struct Table {
  std::string format;                           // "csv" or "xlsx"
  std::string encoding;                         // used for CSV (given or detected)
  std::string sheet;
  std::vector<std::string> title;               // rows above the header (their text)
  std::vector<std::vector<std::string>> head;   // title and header rows verbatim
  std::vector<TableColumn> columns;
  std::vector<TableRecord> records;
  std::vector<TableRecord> skipped;             // rows kept but not records (section headings)
  std::vector<TableProblem> problems;

  std::optional<std::size_t> column(TableField f) const;
  // The record's cell for `f`; nullptr when the table has no such column.
  const std::string* cell(const TableRecord& r, TableField f) const;
};

// Locates the header, columns and records. Throws ducha::Error naming `source` when the
// input is too large, not CSV/XLSX, undecodable, or has no recognisable header.
Table read_table(std::string_view bytes, const std::string& source, const TableOptions& options = {});

struct TableImport {
  Plan plan;
  std::vector<TableProblem> problems;
  std::size_t rows = 0;   // records read (after the header)
  std::size_t items = 0;  // items imported
  // "N rows, M items, K problems"
  std::string report() const;
};

// The table as a plan: each record an item (texts verbatim, sub-targets read from them
// and from the value columns), with the table kept in plan.table for export.
TableImport import_table(std::string_view bytes, const std::string& source, const TableOptions& options = {});

// The plan's table written back: cells of values nobody changed as they were read.
// Throws ducha::Error when the plan has no table and no items.
std::string export_table_csv(const Plan& plan);
std::string export_table_xlsx(const Plan& plan);  // the workbook's bytes (through a temporary file)
void write_table_xlsx(const Plan& plan, const std::string& path);

}  // namespace ducha::import

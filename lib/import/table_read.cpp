#include <algorithm>
#include <map>

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "import/table_layout.hpp"

namespace ducha::import {
namespace {

bool filled(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

bool is_integer(const std::string& s) {
  return !s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos;
}

// A spreadsheet's escape of a cell that would be a formula ('=…) read back as its text.
std::string unescape(std::string s) {
  if (s.size() >= 2 && s[0] == '\'' && std::string_view("=+-@").find(s[1]) != std::string_view::npos) s.erase(0, 1);
  return s;
}

detail::Grid read_grid(std::string_view bytes, const std::string& source, const TableOptions& options,
                       Table& table) {
  if (bytes.size() > options.max_bytes)
    throw Error(ErrorCode::out_of_range, source + ": " + std::to_string(bytes.size()) + " bytes is more than the " +
                                             std::to_string(options.max_bytes) + " a table may have");
  std::string format = options.format ? *options.format : detail::looks_like_zip(bytes) ? "xlsx" : "csv";
  table.format = format;
  if (format == "xlsx") {
    detail::Grid g = detail::read_xlsx(bytes, source, options.max_cells);
    table.sheet = g.sheet;
    return g;
  }
  if (format != "csv") throw Error(ErrorCode::invalid_argument, source + ": unknown table format \"" + format + "\"");
  std::string used;
  std::string text = detail::decode_text(bytes, options.encoding, source, used);
  table.encoding = used;
  // No text of a plan may hold U+0000 (it could not cross the C interface, and a plan
  // holding one is refused when read back): refused here, naming its line.
  if (auto nul = text.find('\0'); nul != std::string::npos)
    throw Error(ErrorCode::parse_error,
                source + ":" + std::to_string(1 + std::count(text.begin(), text.begin() + nul, '\n')) +
                    ": a NUL character (U+0000), which no cell may hold (a UTF-16 file without its byte "
                    "order mark? give --encoding UTF-16LE)");
  return detail::read_csv(text, source, options.max_cells);
}

// Cells under a merged XLSX range that spans several records (one 责任单位 over three
// tasks): each record reads the range's value. Ranges do not overlap (Excel's rule).
class MergedCells {
 public:
  explicit MergedCells(const detail::Grid& grid) : grid_(grid) {
    for (const auto& m : grid.merges)
      if (m.last_row > m.first_row) by_column_[m.first_col - 1].push_back(m);
    for (auto& [col, list] : by_column_)
      std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first_row < b.first_row; });
  }
  // The value of the range covering (row, col) from a row above, or nullptr.
  const std::string* above(std::size_t row, std::size_t col) const {
    auto it = by_column_.find(col);
    if (it == by_column_.end()) return nullptr;
    const auto& list = it->second;
    auto m = std::upper_bound(list.begin(), list.end(), row,
                              [](std::size_t r, const detail::Merge& x) { return r < x.first_row; });
    if (m == list.begin()) return nullptr;
    --m;
    if (m->first_row >= row || m->last_row < row) return nullptr;
    auto g = std::lower_bound(grid_.rows.begin(), grid_.rows.end(), m->first_row,
                              [](const detail::GridRow& x, std::size_t r) { return x.number < r; });
    if (g == grid_.rows.end() || g->number != m->first_row || col >= g->cells.size()) return nullptr;
    return &g->cells[col];
  }

 private:
  const detail::Grid& grid_;
  std::map<std::size_t, std::vector<detail::Merge>> by_column_;
};

}  // namespace

std::optional<std::size_t> Table::column(TableField f) const {
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].field == f) return c;
  return std::nullopt;
}

const std::string* Table::cell(const TableRecord& r, TableField f) const {
  auto c = column(f);
  if (!c || *c >= r.cells.size()) return nullptr;
  return &r.cells[*c];
}

namespace {

// The rows above the records: the header lines, and the title lines before them.
void read_head(Table& table, const detail::Grid& grid, const detail::Layout& layout) {
  for (std::size_t i = 0; i < layout.header_index + layout.header_lines; ++i) {
    table.head.push_back(grid.rows[i].cells);
    if (i < layout.header_index) {
      std::string t;
      for (const auto& c : grid.rows[i].cells)
        if (filled(c)) t += (t.empty() ? "" : " ") + c;
      table.title.push_back(t);
    }
  }
}

// Cells past the last header column are kept as unnamed columns, with a problem.
void widen_for(Table& table, const detail::GridRow& row) {
  std::size_t width = table.columns.size();
  for (std::size_t c = width; c < row.cells.size(); ++c)
    if (filled(row.cells[c])) {
      table.problems.push_back({row.number, width + 1, "cells past the last header column: kept as unnamed columns"});
      table.columns.resize(row.cells.size());
      return;
    }
}

// One row below the header: a heading (skipped), a new record, or the continuation of the last.
void read_body_row(Table& table, detail::GridRow& row, const MergedCells& merged) {
  auto number = table.column(TableField::number), id = table.column(TableField::id),
       task = table.column(TableField::task);
  auto at = [&](std::optional<std::size_t> c) { return c && *c < row.cells.size() ? row.cells[*c] : std::string(); };
  for (auto& c : row.cells) c = unescape(std::move(c));
  widen_for(table, row);
  std::size_t nonblank = 0, only = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c)
    if (filled(row.cells[c])) ++nonblank, only = c;
  // A heading inside the table (一、主要预期目标): one cell, in the number column, not a number.
  if (nonblank == 1 && number && only == *number && !is_integer(detail::header_key(row.cells[only]))) {
    table.skipped.push_back({row.number, row.cells, {row.cells}});
    return;
  }
  if (!filled(at(number)) && !filled(at(id)) && !filled(at(task))) {
    if (table.records.empty()) {
      table.problems.push_back({row.number, 0, "a row with no 序号 and no task before the first task: kept, not read"});
      table.skipped.push_back({row.number, row.cells, {row.cells}});
      return;
    }
    // A continuation row left by merged cells: its cells join the record above.
    TableRecord& r = table.records.back();
    r.lines.push_back(row.cells);
    if (r.cells.size() < row.cells.size()) r.cells.resize(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      if (filled(row.cells[c])) r.cells[c] += (filled(r.cells[c]) ? "\n" : "") + row.cells[c];
    return;
  }
  TableRecord r{row.number, row.cells, {row.cells}};
  r.cells.resize(std::max(r.cells.size(), table.columns.size()));
  for (std::size_t c = 0; c < r.cells.size(); ++c)
    if (!filled(r.cells[c]) && c != number && c != id)
      if (const std::string* v = merged.above(row.number, c)) r.cells[c] = *v;
  // Merged cells over several tasks (a category, a kind) leave the rows below blank.
  for (auto f : {TableField::category, TableField::kind})
    if (auto c = table.column(f); c && !filled(r.cells[*c]) && !table.records.empty())
      r.cells[*c] = table.records.back().cells[*c];
  table.records.push_back(std::move(r));
}

}  // namespace

Table read_table(std::string_view bytes, const std::string& source, const TableOptions& options) {
  Table table;
  detail::Grid grid = read_grid(bytes, source, options, table);
  detail::Mapping mapping;
  if (options.mapping) mapping = detail::read_mapping(*options.mapping, options.mapping_source);
  detail::Layout layout = detail::locate_header(grid, mapping, source);
  table.columns = layout.columns;
  table.problems = layout.problems;
  read_head(table, grid, layout);
  MergedCells merged(grid);
  for (std::size_t i = layout.header_index + layout.header_lines; i < grid.rows.size(); ++i)
    read_body_row(table, grid.rows[i], merged);
  return table;
}

}  // namespace ducha::import

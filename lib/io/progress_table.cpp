#include "io/progress_table.hpp"

#include "import/table.hpp"
#include "import/table_cells.hpp"

namespace ducha::io {
namespace {

using import::TableField;

struct Row {
  const import::Table& table;
  const import::TableRecord& record;
  const std::string& source;
  std::vector<std::string>& problems;
  bool bad = false;

  std::string text(TableField f) const {
    const std::string* c = table.cell(record, f);
    return c ? import::detail::trimmed(*c) : std::string();
  }
  void problem(TableField f, const std::string& message) {
    auto c = table.column(f);
    problems.push_back(source + ":row " + std::to_string(record.row) +
                       (c ? " column " + std::to_string(*c + 1) : std::string()) + ": " + message);
    bad = true;
  }
};

std::optional<Quantity> figure(Row& row) {
  std::string cell = row.text(TableField::actual);
  if (cell.empty()) return std::nullopt;
  std::string why;
  auto value = import::detail::cell_decimal(cell, why);
  if (!value) {
    row.problem(TableField::actual, "\"" + cell + "\" is not a figure: " + why);
    return std::nullopt;
  }
  std::string written = row.text(TableField::unit);
  if (written.empty())
    if (auto c = row.table.column(TableField::actual)) written = row.table.columns[*c].unit;
  auto unit = find_unit(written);
  if (!unit) {
    row.problem(row.table.column(TableField::unit) ? TableField::unit : TableField::actual,
                written.empty() ? "the figure \"" + cell + "\" has no unit" : "unknown unit \"" + written + "\"");
    return std::nullopt;
  }
  return Quantity{*value, *unit};
}

}  // namespace

std::vector<ProgressUpdate> read_progress_table(std::string_view bytes, const std::string& source,
                                                const std::string& format, const Date& as_of,
                                                std::vector<std::string>& problems) {
  import::TableOptions options;
  if (!format.empty()) options.format = format;
  import::Table table = import::read_table(bytes, source, options);
  for (const auto& p : table.problems)
    problems.push_back(source + ":row " + std::to_string(p.row) +
                       (p.column ? " column " + std::to_string(p.column) : std::string()) + ": " + p.message);
  if (!table.column(TableField::id) && !table.column(TableField::number))
    throw Error(ErrorCode::invalid_argument, source + ": the table has no 编号 or 序号 column to find the tasks by");
  std::vector<ProgressUpdate> out;
  for (const auto& record : table.records) {
    Row row{table, record, source, problems};
    ProgressUpdate u;
    u.where = source + ":row " + std::to_string(record.row);
    u.item = row.text(TableField::id);
    if (u.item.empty()) u.item = row.text(TableField::number);
    if (u.item.empty()) {
      row.problem(TableField::number, "no 编号 or 序号: the row is not read");
      continue;
    }
    std::string date = row.text(TableField::as_of);
    if (!date.empty()) {
      auto d = import::detail::cell_date(date, table.format == "xlsx");
      if (!d) row.problem(TableField::as_of, "\"" + date + "\" is not a date");
      else if (d->year() != as_of.year() || d->month() != as_of.month())
        row.problem(TableField::as_of, format_date(*d) + " is not in the month of --as-of " + format_date(as_of));
    }
    u.value = figure(row);
    u.text = row.text(TableField::progress);
    std::string status = row.text(TableField::status);
    if (!status.empty()) {
      u.office_status = import::detail::cell_status(status, ItemKind::task);
      if (!u.office_status) u.office_status = import::detail::cell_status(status, ItemKind::indicator);
      if (!u.office_status) row.problem(TableField::status, "\"" + status + "\" is not a status word");
    }
    if (row.bad) continue;
    if (!u.value && u.text.empty() && !u.office_status) continue;  // nothing reported this month
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace ducha::io

// Records of an office's table into a plan's items.
#include <set>

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "import/table_cells.hpp"
#include "import/table_layout.hpp"
#include "import/table_text.hpp"

namespace ducha::import {
namespace {

using detail::trimmed;

struct RowContext {
  const Table& table;
  const TableRecord& record;
  std::vector<TableProblem>& problems;
  const std::string* cell(TableField f) const { return table.cell(record, f); }
  std::string text(TableField f) const {
    const std::string* c = cell(f);
    return c ? trimmed(*c) : std::string();
  }
  void problem(TableField f, const std::string& message) const {
    auto c = table.column(f);
    problems.push_back({record.row, c ? *c + 1 : 0, message});
  }
};

// The unit of a value column: the 计量单位 cell, else the unit in the column's header.
std::optional<Unit> value_unit(const RowContext& ctx, TableField value_field) {
  std::string written = ctx.text(TableField::unit);
  if (written.empty())
    if (auto c = ctx.table.column(value_field)) written = ctx.table.columns[*c].unit;
  if (written.empty()) return std::nullopt;
  auto u = find_unit(written);
  if (!u) ctx.problem(ctx.table.column(TableField::unit) ? TableField::unit : value_field,
                      "unknown unit \"" + written + "\" (docs/units.md): the figure is not read");
  return u;
}

std::optional<Quantity> value_cell(const RowContext& ctx, TableField f) {
  std::string s = ctx.text(f);
  if (s.empty()) return std::nullopt;
  std::string why;
  auto d = detail::cell_decimal(s, why);
  if (!d) {
    ctx.problem(f, why + ": not read");
    return std::nullopt;
  }
  auto u = value_unit(ctx, f);
  if (!u) {
    if (!ctx.table.column(TableField::unit) && ctx.table.columns[*ctx.table.column(f)].unit.empty())
      ctx.problem(f, "\"" + s + "\" has no unit (no 计量单位 column, none in the header): not read");
    else if (ctx.text(TableField::unit).empty())
      ctx.problem(f, "\"" + s + "\" has no unit in its row: not read");
    return std::nullopt;
  }
  return Quantity{*d, *u};
}

// The sub-targets: read from the texts, with the 目标/完成值 columns where given.
void read_sub_targets(const RowContext& ctx, Item& item, int year, const io::Limits& limits) {
  for (auto [field, text] : {std::pair{TableField::task, &item.text}, std::pair{TableField::progress, &item.progress_text}}) {
    try {
      io::check_text(*text, std::string(to_string(field)), limits);
    } catch (const Error& e) {
      ctx.problem(field, std::string(e.what()) + ": no figure read");
      return;
    }
  }
  Item parsed = detail::item_from_cells(item.text, item.progress_text, year, item.kind);
  item.sub_targets = parsed.sub_targets;
  auto target = value_cell(ctx, TableField::target);
  auto actual = value_cell(ctx, TableField::actual);
  if (!target && !actual) return;
  std::vector<SubTarget*> measurable;
  for (auto& s : item.sub_targets)
    if (s.target) measurable.push_back(&s);
  if (target) {
    SubTarget s;
    s.text = item.text;
    s.kind = target->unit.dimension == Dimension::percent ? TargetKind::level : TargetKind::cumulative;
    if (measurable.size() == 1) {  // the text says how the figure is judged (增长, 以上, 下降 …)
      s = *measurable.front();
      if (!same_dimension(s.target->quantity, *target) || !(s.target->quantity.base_value() == target->base_value()))
        ctx.problem(TableField::target, "the 目标 column (" + target->to_string() + ") differs from the task text (" +
                                            s.target->quantity.to_string() + "): the column is used");
    }
    s.target = Target{*target, s.target ? s.target->comparator : Comparator::reach};
    item.sub_targets = {s};
    measurable = {&item.sub_targets.front()};
  }
  if (!actual) return;
  if (measurable.size() != 1) {
    ctx.problem(TableField::actual, "完成值 given but the task has " + std::to_string(measurable.size()) +
                                        " measurable sub-targets: not applied");
    return;
  }
  SubTarget& s = *measurable.front();
  if (!same_dimension(s.target->quantity, *actual)) {
    ctx.problem(TableField::actual, "完成值 " + actual->to_string() + " is not in the dimension of the target " +
                                        s.target->quantity.to_string() + ": not applied");
    return;
  }
  ProgressRecord r = s.progress.value_or(ProgressRecord{});
  r.value = *actual;
  if (r.text.empty()) r.text = item.progress_text;
  s.progress = r;
}

void read_judgements(const RowContext& ctx, Item& item, bool xlsx) {
  std::string st = ctx.text(TableField::status);
  if (!st.empty()) {
    auto s = detail::cell_status(st, item.kind);
    if (!s || !is_status_for(*s, item.kind))
      ctx.problem(TableField::status, "\"" + st + "\" is not a status of " + std::string(to_string(item.kind)) +
                                          " (docs/tables.md): not read");
    else
      item.official_status = s;
  }
  std::string d = ctx.text(TableField::as_of);
  if (!d.empty()) {
    auto date = detail::cell_date(d, xlsx);
    if (!date) {
      ctx.problem(TableField::as_of, "\"" + d + "\" is not a date: not read");
      return;
    }
    for (auto& s : item.sub_targets)
      if (s.progress) s.progress->as_of = date;
  }
}

}  // namespace
}  // namespace ducha::import

namespace ducha::import {
namespace {

std::vector<std::string> unit_ids(Plan& plan, const std::string& cell) {
  std::vector<std::string> ids;
  for (const auto& name : detail::cell_names(cell)) {
    const OrgUnit* u = plan.units.find(name);
    if (!u) {
      plan.units.add(OrgUnit{name, name, {}});
      u = plan.units.find(name);
    }
    ids.push_back(u->id);
  }
  return ids;
}

// One record as an item; nullopt (with a problem) when it names no task.
std::optional<Item> read_item(const RowContext& ctx, Plan& plan, std::optional<ItemKind> default_kind,
                              const io::Limits& limits) {
  Item item;
  item.text = ctx.text(TableField::task);
  if (item.text.empty()) {
    ctx.problem(TableField::task, "no task text: the row is kept but not imported");
    return std::nullopt;
  }
  item.kind = default_kind.value_or(ItemKind::task);
  if (std::string k = ctx.text(TableField::kind); !k.empty()) {
    if (auto kind = detail::cell_kind(k))
      item.kind = *kind;
    else
      ctx.problem(TableField::kind, "\"" + k + "\" is neither 指标 nor 任务: read as " +
                                        std::string(to_string(item.kind)));
  }
  std::string number = ctx.text(TableField::number);
  if (!number.empty()) {
    if (auto n = detail::cell_whole_number(number))
      item.number = *n;
    else if (ctx.table.column(TableField::id))
      ctx.problem(TableField::number, "序号 \"" + number + "\" is not a whole number: not read");
  }
  item.id = ctx.text(TableField::id);
  if (item.id.empty()) item.id = number;
  item.category = ctx.text(TableField::category);
  item.lead = unit_ids(plan, ctx.text(TableField::lead));
  item.cooperating = unit_ids(plan, ctx.text(TableField::cooperating));
  item.progress_text = ctx.text(TableField::progress);
  read_sub_targets(ctx, item, plan.year, limits);
  read_judgements(ctx, item, ctx.table.format == "xlsx");
  return item;
}

// The year: given, else 20xx年 in the title, else that of the latest 截至日期.
int plan_year(const Table& table, const TableOptions& options, const std::string& source) {
  if (options.year) return *options.year;
  for (const auto& t : table.title)
    for (std::size_t k = 0; k + 7 <= t.size(); ++k)
      if (t.compare(k, 2, "20") == 0 && std::isdigit(static_cast<unsigned char>(t[k + 2])) &&
          std::isdigit(static_cast<unsigned char>(t[k + 3])) && t.compare(k + 4, 3, "年") == 0)
        return std::stoi(t.substr(k, 4));
  if (options.as_of) return options.as_of->year();
  throw Error(ErrorCode::parse_error, source + ": no year (no 20xx年 in a title row above the header); give one with --year");
}

std::optional<Date> latest_date(const Table& table) {
  std::optional<Date> latest;
  for (const auto& r : table.records)
    if (const std::string* c = table.cell(r, TableField::as_of))
      if (auto d = detail::cell_date(*c, table.format == "xlsx"); d && (!latest || *d > *latest)) latest = d;
  return latest;
}

SourceTable keep_table(const Table& table) {
  SourceTable kept;
  kept.format = table.format;
  kept.sheet = table.sheet;
  kept.head = table.head;
  for (const auto& c : table.columns)
    kept.columns.push_back({c.header, c.field ? std::string(to_string(*c.field)) : "", c.unit});
  return kept;
}

}  // namespace

std::string TableImport::report() const {
  return std::to_string(rows) + " rows, " + std::to_string(items) + " items, " + std::to_string(problems.size()) +
         " problems";
}

TableImport import_table(std::string_view bytes, const std::string& source, const TableOptions& options) {
  Table table = read_table(bytes, source, options);
  std::optional<ItemKind> default_kind;
  if (options.mapping) {
    // The mapping's kind applies to every row without a 类型 cell.
    auto m = detail::read_mapping(*options.mapping, options.mapping_source);
    default_kind = m.kind;
  }
  TableImport out;
  out.problems = table.problems;
  Plan& plan = out.plan;
  plan.name = table.title.empty() ? source : table.title.front();
  plan.year = plan_year(table, options, source);
  plan.period = Period::year(plan.year);
  plan.as_of = options.as_of ? options.as_of : latest_date(table);
  SourceTable kept = keep_table(table);
  // Every row in the file's order: records and the rows kept without reading.
  std::size_t s = 0;
  std::set<std::string> ids;
  for (const auto& record : table.records) {
    while (s < table.skipped.size() && table.skipped[s].row < record.row)
      kept.rows.push_back({"", table.skipped[s].row, table.skipped[s].lines}), ++s;
    ++out.rows;
    RowContext ctx{table, record, out.problems};
    std::optional<Item> item;
    try {
      item = read_item(ctx, plan, default_kind, options.limits);
    } catch (const Error& e) {  // a figure past the exact range, text the reader refuses: this row only
      out.problems.push_back({record.row, 0, std::string(e.what()) + ": the row is kept but not imported"});
    }
    SourceRow row{"", record.row, record.lines};
    if (item) {
      if (item->id.empty()) item->id = "row-" + std::to_string(record.row);
      if (!ids.insert(item->id).second) {
        ctx.problem(table.column(TableField::id) ? TableField::id : TableField::number,
                    "\"" + item->id + "\" repeats an earlier row's: imported as \"" + item->id + "-row" +
                        std::to_string(record.row) + "\"");
        item->id += "-row" + std::to_string(record.row);
        ids.insert(item->id);
      }
      row.item = item->id;
      plan.items.push_back(std::move(*item));
      ++out.items;
    }
    kept.rows.push_back(std::move(row));
  }
  for (; s < table.skipped.size(); ++s) kept.rows.push_back({"", table.skipped[s].row, table.skipped[s].lines});
  plan.table = std::move(kept);
  return out;
}

}  // namespace ducha::import

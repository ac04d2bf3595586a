// The plan's table written back: a cell keeps its text unless the plan's value of
// what it holds differs from what the cell reads as.
#include "import/table_export.hpp"

#include <unordered_map>

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "import/table_cells.hpp"
#include "text/extraction.hpp"

namespace ducha::import::detail {
namespace {

struct Context {
  const Plan& plan;
  const Item* previous = nullptr;  // the item of the row above: merged cells over several rows
};

// What the plan says now: after `ducha progress add`, the latest month's words, judgement
// and figure (the histories are in date order); before, what the table said.
const std::string& progress_now(const Item& item) {
  return item.history.empty() ? item.progress_text : item.history.back().progress_text;
}

std::optional<Status> status_now(const Item& item) {
  if (!item.history.empty() && item.history.back().office) return item.history.back().office->status;
  return item.official_status;
}

const ProgressRecord* record_now(const SubTarget& s) {
  if (!s.history.empty()) return &s.history.back();
  return s.progress ? &*s.progress : nullptr;
}

// A blank cell under a merged one (or a category left blank under a filled one) was read
// as the value above: it is unchanged while the value still is the one above.
bool as_above(const Context& ctx, const Item& item, const std::string& field) {
  if (!ctx.previous) return false;
  const Item& p = *ctx.previous;
  if (field == "category") return item.category == p.category;
  if (field == "lead") return item.lead == p.lead;
  if (field == "cooperating") return item.cooperating == p.cooperating;
  if (field == "status") return status_now(item) == status_now(p);
  return false;
}

const SubTarget* single_measurable(const Item& item) {
  const SubTarget* found = nullptr;
  for (const auto& s : item.sub_targets)
    if (s.target) {
      if (found) return nullptr;
      found = &s;
    }
  return found;
}

std::vector<std::string> resolved(const Plan& plan, const std::string& cell) {
  std::vector<std::string> ids;
  for (const auto& n : cell_names(cell)) {
    const OrgUnit* u = plan.units.find(n);
    ids.push_back(u ? u->id : n);
  }
  return ids;
}

std::string names(const Plan& plan, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    const OrgUnit* u = plan.units.find(id);
    out.push_back(u ? u->name : id);
  }
  return join_names(out);
}

// A quantity written in the column's unit where it converts exactly, else with its own.
std::string figure(const Quantity& q, const std::string& column_unit) {
  if (column_unit.empty() || q.unit.symbol == column_unit) return q.value.to_string();
  if (auto u = find_unit(column_unit))
    if (auto v = convert(q, *u)) return text::value_text(*v);
  return q.to_string();
}

// A figure column (目标, 完成值): rewritten where it held a figure that differs.
std::optional<std::string> figure_changed(const Item& item, const SourceColumn& col, const std::string& cell_text,
                                          const std::string& unit_cell) {
  const std::string& field = col.field;
  const SubTarget* s = single_measurable(item);
  std::optional<Quantity> now;
  if (s && field == "target") now = s->target->quantity;
  const ProgressRecord* record = s ? record_now(*s) : nullptr;
  if (field == "actual" && record && record->value) now = record->value;
  std::string unit = trimmed(unit_cell).empty() ? col.unit : trimmed(unit_cell);
  std::string why;
  auto was = cell_text.empty() ? std::nullopt : cell_decimal(cell_text, why);
  // A figure column is rewritten only where it held a figure: a blank one leaves the
  // figure to the text it was read from; a figure of another dimension is not written.
  // A month's figure added with `progress add` fills a blank 完成值 too.
  bool added = field == "actual" && s && !s->history.empty();
  if (!now || (cell_text.empty() && !added)) return std::nullopt;
  auto u = find_unit(unit);
  if (u && u->dimension != now->unit.dimension) return std::nullopt;
  if (was && u && same_dimension(Quantity{*was, *u}, *now) && Quantity{*was, *u}.base_value() == now->base_value())
    return std::nullopt;
  return figure(*now, unit);
}

// The plan's text for a field of this item, when it differs from what `cell` reads as.
std::optional<std::string> changed(Context& ctx, const Item& item, const SourceColumn& col, const std::string& cell,
                                   const std::string& unit_cell) {
  const std::string field = col.field;
  std::string cell_text = trimmed(cell);
  auto differs = [&](const std::string& now) -> std::optional<std::string> {
    return cell_text == now ? std::nullopt : std::optional(now);
  };
  if (field == "task") return differs(item.text);
  if (field == "progress") return differs(progress_now(item));
  if (cell_text.empty() && as_above(ctx, item, field)) return std::nullopt;
  if (field == "category") return differs(item.category);
  if (field == "lead" || field == "cooperating") {
    const auto& ids = field == "lead" ? item.lead : item.cooperating;
    return resolved(ctx.plan, cell) == ids ? std::nullopt : std::optional(names(ctx.plan, ids));
  }
  if (field == "status") {
    std::optional<Status> now = status_now(item);
    if (cell_status(cell, item.kind) == now) return std::nullopt;
    if (!cell_status(cell, item.kind) && !cell_text.empty() && !now) return std::nullopt;
    return now ? std::string(label(*now)) : "";
  }
  if (field == "number") {
    auto was = cell_whole_number(cell_text);
    if (!was) return std::nullopt;  // not read on import: kept
    return *was == item.number ? std::nullopt : std::optional(std::to_string(item.number));
  }
  if (field == "id") return differs(item.id);
  if (field == "target" || field == "actual") return figure_changed(item, col, cell_text, unit_cell);
  if (field == "as_of" && !item.history.empty()) {
    // The month of the latest progress added.
    Date now = item.history.back().as_of;
    auto was = cell_date(cell_text, true);
    return was == now ? std::nullopt : std::optional(boost::gregorian::to_iso_extended_string(now));
  }
  return std::nullopt;  // unit, ratio, kind and unknown columns (and as_of before progress add): as written
}

std::string folded(const SourceRow& row, std::size_t c) {
  std::string out;
  for (const auto& line : row.lines)
    if (c < line.size() && !trimmed(line[c]).empty()) out += (out.empty() ? "" : "\n") + line[c];
  return out;
}

std::vector<std::vector<std::string>> updated(Context& ctx, const Item& item, const SourceRow& row) {
  const auto& columns = ctx.plan.table->columns;
  std::vector<std::vector<std::string>> lines = row.lines;
  std::string unit_cell;
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].field == "unit") unit_cell = folded(row, c);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].field.empty()) continue;
    auto now = changed(ctx, item, columns[c], folded(row, c), unit_cell);
    if (!now) continue;
    for (auto& line : lines)
      if (c < line.size()) line[c].clear();
    if (lines.front().size() <= c) lines.front().resize(c + 1);
    lines.front()[c] = *now;
  }
  ctx.previous = &item;
  return lines;
}

std::vector<std::string> new_row(const Plan& plan, const Item& item) {
  const auto& columns = plan.table->columns;
  std::vector<std::string> cells(columns.size());
  Context ctx{plan, nullptr};  // a blank cell is never "as above" in a new row
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].field == "kind") {
      cells[c] = item.kind == ItemKind::indicator ? "指标" : "任务";
      continue;
    }
    if (columns[c].field.empty()) continue;
    if (auto now = changed(ctx, item, columns[c], "", "")) cells[c] = *now;
  }
  return cells;
}

}  // namespace

std::vector<std::vector<std::string>> table_rows(const Plan& plan) {
  if (!plan.table)
    throw Error(ErrorCode::invalid_argument, "the plan was not imported from a table (ducha import table): "
                                             "there is no table to write back");
  std::vector<std::vector<std::string>> out = plan.table->head;
  Context ctx{plan, nullptr};
  std::vector<bool> written(plan.items.size(), false);
  std::unordered_map<std::string_view, std::size_t> index;  // id → item, so that the export stays linear
  for (std::size_t i = 0; i < plan.items.size(); ++i) index.emplace(plan.items[i].id, i);
  for (const auto& row : plan.table->rows) {
    if (row.item.empty()) {
      out.insert(out.end(), row.lines.begin(), row.lines.end());
      continue;
    }
    auto found = index.find(row.item);
    if (found == index.end()) continue;  // removed from the plan since
    written[found->second] = true;
    const Item* item = &plan.items[found->second];
    auto lines = updated(ctx, *item, row);
    out.insert(out.end(), lines.begin(), lines.end());
  }
  for (std::size_t i = 0; i < plan.items.size(); ++i)
    if (!written[i]) out.push_back(new_row(plan, plan.items[i]));
  return out;
}

std::string formula_safe(const std::string& cell) {
  if (cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) return cell;
  Decimal d;
  if (Decimal::try_parse(cell, d)) return cell;  // -15.6 is a number, not a formula
  return "'" + cell;
}

}  // namespace ducha::import::detail

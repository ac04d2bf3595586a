#include <algorithm>

#include "ducha/error.hpp"
#include "ducha/unit.hpp"
#include "import/table_layout.hpp"
#include "io/json_reader.hpp"
#include "text/normalized_text.hpp"

namespace ducha::import {

namespace {
constexpr std::pair<TableField, std::string_view> kFieldNames[] = {
    {TableField::id, "id"},           {TableField::number, "number"},   {TableField::task, "task"},
    {TableField::target, "target"},   {TableField::unit, "unit"},       {TableField::lead, "lead"},
    {TableField::cooperating, "cooperating"}, {TableField::progress, "progress"}, {TableField::actual, "actual"},
    {TableField::as_of, "as_of"},     {TableField::category, "category"}, {TableField::status, "status"},
    {TableField::kind, "kind"},       {TableField::ratio, "ratio"}};
}  // namespace

std::string_view to_string(TableField f) {
  for (const auto& [field, name] : kFieldNames)
    if (field == f) return name;
  return "task";
}

std::optional<TableField> parse_table_field(std::string_view name) {
  for (const auto& [field, n] : kFieldNames)
    if (n == name) return field;
  return std::nullopt;
}

}  // namespace ducha::import

namespace ducha::import::detail {
namespace {

// The headers offices write, by field (docs/tables.md lists them; glossary.md explains them).
constexpr std::pair<std::string_view, TableField> kHeaderWords[] = {
    {"序号", TableField::number},       {"编号", TableField::id},
    {"工作任务", TableField::task},     {"目标任务", TableField::task},       {"重点任务", TableField::task},
    {"任务内容", TableField::task},     {"重点工作任务", TableField::task},   {"工作内容", TableField::task},
    {"指标", TableField::task},         {"指标名称", TableField::task},
    {"目标", TableField::target},       {"目标值", TableField::target},       {"年度目标", TableField::target},
    {"全年目标", TableField::target},
    {"计量单位", TableField::unit},     {"单位", TableField::unit},
    {"责任单位", TableField::lead},     {"牵头单位", TableField::lead},       {"责任部门", TableField::lead},
    {"牵头部门", TableField::lead},
    {"配合单位", TableField::cooperating}, {"协办单位", TableField::cooperating}, {"配合部门", TableField::cooperating},
    {"进展情况", TableField::progress}, {"推进情况", TableField::progress},   {"完成情况", TableField::progress},
    {"工作进展", TableField::progress},
    {"完成值", TableField::actual},     {"累计完成", TableField::actual},     {"实际完成", TableField::actual},
    {"截至日期", TableField::as_of},    {"截止日期", TableField::as_of},      {"时间", TableField::as_of},
    {"类别", TableField::category},     {"板块", TableField::category},       {"分类", TableField::category},
    {"状态", TableField::status},       {"是否达序", TableField::status},     {"推进状态", TableField::status},
    {"类型", TableField::kind},
    {"完成率", TableField::ratio},      {"完成比例", TableField::ratio},
};

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000'; }

std::size_t known_cells(const GridRow& row, const Mapping& mapping) {
  std::size_t n = 0;
  for (const auto& cell : row.cells) {
    std::string key = header_key(cell);
    if (key.empty()) continue;
    if (mapping.columns.count(key) || field_of_header(key)) ++n;
  }
  return n;
}

std::optional<TableField> field_for(const std::string& key, const Mapping& mapping, bool& known) {
  known = true;
  if (auto it = mapping.columns.find(key); it != mapping.columns.end()) return it->second;
  auto [name, unit] = split_header_unit(key);
  if (auto it = mapping.columns.find(name); it != mapping.columns.end()) return it->second;
  if (auto f = field_of_header(key)) return f;
  known = false;
  return std::nullopt;
}

bool looks_numeric(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789.-,% ") == std::string::npos;
}

}  // namespace

std::string header_key(std::string_view header) {
  text::NormalizedText n = text::normalize(header);
  std::u32string out;
  for (char32_t c : n.chars)
    if (!is_space(c)) out += c;
  return text::to_utf8(out);
}

std::pair<std::string, std::string> split_header_unit(const std::string& key) {
  if (key.empty() || key.back() != ')') return {key, ""};
  std::size_t open = key.rfind('(');
  if (open == std::string::npos || open == 0) return {key, ""};
  std::string unit = key.substr(open + 1, key.size() - open - 2);
  if (!find_unit(unit)) return {key, ""};
  return {key.substr(0, open), unit};
}

std::optional<TableField> field_of_header(const std::string& key) {
  auto [name, unit] = split_header_unit(key);
  for (const auto& [word, field] : kHeaderWords)
    if (word == name) {
      // 目标任务(万元): a task header with a unit is the target's figure.
      if (!unit.empty() && field == TableField::task) return TableField::target;
      return field;
    }
  return std::nullopt;
}

Mapping read_mapping(std::string_view json, const std::string& source) {
  boost::json::value doc = io::parse_json(json, source);
  io::Field root(doc, "", source);
  root.expect_keys({"format", "note", "columns", "header_row", "header_rows", "kind"});
  if (auto f = root.find("format"))
    if (f->string() != "ducha.table-mapping/1") f->fail("expected \"ducha.table-mapping/1\"");
  Mapping m;
  if (auto cols = root.find("columns")) {
    const auto* obj = cols->json().if_object();
    if (!obj) cols->fail("expected an object of header → field");
    for (const auto& kv : *obj) {
      io::Field f = cols->at(kv.key());
      std::string name = f.string();
      std::optional<TableField> field;
      if (!name.empty()) {
        field = parse_table_field(name);
        if (!field) f.fail("unknown field \"" + name + "\" (docs/tables.md lists them)");
      }
      m.columns[header_key(kv.key())] = field;
    }
  }
  if (auto r = root.find("header_row")) {
    long long v = r->integer();
    if (v < 1) r->fail("expected a row number from 1");
    m.header_row = static_cast<std::size_t>(v);
  }
  if (auto r = root.find("header_rows")) {
    long long v = r->integer();
    if (v != 1 && v != 2) r->fail("expected 1 or 2");
    m.header_rows = static_cast<std::size_t>(v);
  }
  if (auto k = root.find("kind")) {
    std::string v = k->string();
    if (v != "task" && v != "indicator") k->fail("expected \"task\" or \"indicator\"");
    m.kind = v == "task" ? ItemKind::task : ItemKind::indicator;
  }
  return m;
}

namespace {

// The header row: the mapping's, else the first of the first 30 rows naming two known columns.
std::size_t find_header_row(const Grid& grid, const Mapping& mapping, const std::string& source) {
  if (mapping.header_row) {
    for (std::size_t i = 0; i < grid.rows.size(); ++i)
      if (grid.rows[i].number == *mapping.header_row) return i;
    throw Error(ErrorCode::parse_error, source + ": the mapping's header_row " + std::to_string(*mapping.header_row) +
                                            " is blank or past the end");
  }
  for (std::size_t i = 0; i < grid.rows.size() && i < 30; ++i)
    if (known_cells(grid.rows[i], mapping) >= 2) return i;
  throw Error(ErrorCode::parse_error,
              source + ": no header row (a row naming two of 序号, 工作任务, 责任单位, 进展情况 … in its first 30 "
                       "rows); name the columns with a mapping file (docs/tables.md)");
}

// The row under the header when it is a second header line (as the mapping says, else
// when at least half its cells are known headers and none is a number).
const GridRow* second_header_row(const Grid& grid, std::size_t found, const Mapping& mapping) {
  if (found + 1 >= grid.rows.size()) return nullptr;
  const GridRow& next = grid.rows[found + 1];
  std::size_t known = known_cells(next, mapping), filled = 0;
  bool numeric = false;
  for (const auto& c : next.cells) {
    filled += !header_key(c).empty();
    numeric = numeric || looks_numeric(header_key(c));
  }
  bool two = mapping.header_rows ? *mapping.header_rows == 2 : (known >= 1 && 2 * known >= filled && !numeric);
  return two ? &next : nullptr;
}

// A column from its header line(s): the second line's field when known, else the mapping's
// for the joined header, else the first line's.
TableColumn column_for(const std::string& h1, const std::string& h2, const Mapping& mapping) {
  TableColumn col;
  col.header = h1.empty() ? h2 : h2.empty() ? h1 : h1 + "/" + h2;
  bool known1 = false, known2 = false;
  std::optional<TableField> f2 = h2.empty() ? std::nullopt : field_for(header_key(h2), mapping, known2);
  std::optional<TableField> f1 = field_for(header_key(h1), mapping, known1);
  if (!h2.empty() && known2)
    col.field = f2;
  else if (mapping.columns.count(header_key(col.header)))
    col.field = mapping.columns.at(header_key(col.header));
  else
    col.field = f1;
  col.unit = split_header_unit(header_key(known2 ? h2 : h1)).second;
  return col;
}

}  // namespace

Layout locate_header(const Grid& grid, const Mapping& mapping, const std::string& source) {
  Layout layout;
  const std::size_t found = find_header_row(grid, mapping, source);
  layout.header_index = found;
  const GridRow& first = grid.rows[found];
  const GridRow* second = second_header_row(grid, found, mapping);
  layout.header_lines = second ? 2 : 1;
  std::size_t width = std::max(first.cells.size(), second ? second->cells.size() : 0);
  std::vector<bool> taken(static_cast<std::size_t>(TableField::ratio) + 1, false);
  for (std::size_t c = 0; c < width; ++c) {
    TableColumn col = column_for(c < first.cells.size() ? first.cells[c] : "",
                                 second && c < second->cells.size() ? second->cells[c] : "", mapping);
    if (col.field) {
      auto index = static_cast<std::size_t>(*col.field);
      if (taken[index]) {
        layout.problems.push_back({first.number, c + 1, "a second column for " + std::string(to_string(*col.field)) +
                                                            " (\"" + col.header + "\"): kept, not read"});
        col.field.reset();
      } else {
        taken[index] = true;
      }
    }
    layout.columns.push_back(col);
  }
  return layout;
}

}  // namespace ducha::import::detail

#include "io/plan_table_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace ducha::io {
namespace json = boost::json;

namespace {

json::array rows_json(const std::vector<std::vector<std::string>>& rows) {
  json::array out;
  for (const auto& r : rows) {
    json::array cells;
    for (const auto& c : r) cells.emplace_back(c);
    out.push_back(cells);
  }
  return out;
}

std::vector<std::vector<std::string>> read_rows(const Field& f) {
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < f.size(); ++i) {
    Field r = f.at(i);
    std::vector<std::string> cells;
    for (std::size_t k = 0; k < r.size(); ++k) cells.push_back(r.at(k).string());
    out.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

json::value source_table_json(const SourceTable& t) {
  json::object o{{"format", t.format}};
  if (!t.sheet.empty()) o["sheet"] = t.sheet;
  o["head"] = rows_json(t.head);
  json::array columns;
  for (const auto& c : t.columns) {
    json::object col{{"header", c.header}};
    if (!c.field.empty()) col["field"] = c.field;
    if (!c.unit.empty()) col["unit"] = c.unit;
    columns.push_back(col);
  }
  o["columns"] = columns;
  json::array rows;
  for (const auto& r : t.rows) {
    json::object row;
    if (!r.item.empty()) row["item"] = r.item;
    row["row"] = r.row;
    row["lines"] = rows_json(r.lines);
    rows.push_back(row);
  }
  o["rows"] = rows;
  return o;
}

SourceTable read_source_table(const Field& f) {
  f.expect_keys({"format", "sheet", "head", "columns", "rows"});
  SourceTable t;
  t.format = f.at("format").string();
  if (t.format != "csv" && t.format != "xlsx") f.at("format").fail("expected \"csv\" or \"xlsx\"");
  if (auto s = f.find("sheet")) t.sheet = s->string();
  if (auto h = f.find("head")) t.head = read_rows(*h);
  Field columns = f.at("columns");
  for (std::size_t i = 0; i < columns.size(); ++i) {
    Field c = columns.at(i);
    c.expect_keys({"header", "field", "unit"});
    SourceColumn col{c.at("header").string(), "", ""};
    if (auto x = c.find("field")) col.field = x->string();
    if (auto x = c.find("unit")) col.unit = x->string();
    t.columns.push_back(col);
  }
  Field rows = f.at("rows");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Field r = rows.at(i);
    r.expect_keys({"item", "row", "lines"});
    SourceRow row;
    if (auto x = r.find("item")) row.item = x->string();
    long long n = r.at("row").integer();
    if (n < 1) r.at("row").fail("expected a row number from 1");
    row.row = static_cast<std::size_t>(n);
    row.lines = read_rows(r.at("lines"));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace ducha::io

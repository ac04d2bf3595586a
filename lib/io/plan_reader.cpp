// read_plan, read_plan_taking and load_plan: a plan's items are converted one at a time as
// the parser completes them (json_stream.hpp), so that neither the whole text nor the whole
// document as JSON values is held; the plan's other keys are read at the end.
#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <numeric>

#include "io/json_reader.hpp"
#include "io/json_stream.hpp"
#include "io/plan_json.hpp"
#include "io/plan_reader.hpp"
#include "io/plan_table_json.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

void check_format(const Field& root) {
  root.expect_keys({"format", "name", "year", "period", "as_of", "summary", "units", "items", "table"});
  if (auto f = root.find("format"))
    if (f->string() != kPlanFormat && f->string() != kPlanFormat1)
      f->fail("expected \"" + std::string(kPlanFormat) + "\" (or the earlier \"" + std::string(kPlanFormat1) + "\")");
}

void read_units(const Field& units, OrgRegistry& registry) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    Field u = units.at(i);
    u.expect_keys({"id", "name", "aliases"});
    OrgUnit unit{u.at("id").string(), u.at("name").string(), {}};
    if (auto a = u.find("aliases"))
      for (std::size_t k = 0; k < a->size(); ++k) unit.aliases.push_back(a->at(k).string());
    try {
      registry.add(std::move(unit));
    } catch (const Error& e) {
      u.fail(e.what());
    }
  }
}

// The plan's own keys (all but "items", which must be there when `whole`).
void read_header(const Field& root, Plan& plan, bool whole = true) {
  check_format(root);
  if (auto n = root.find("name")) plan.name = n->string();
  plan.year = static_cast<int>(root.at("year").integer(1900, 9999));
  plan.period = Period::year(plan.year);
  if (auto p = root.find("period")) plan.period = read_period_field(*p);
  if (auto a = root.find("as_of")) plan.as_of = read_date_field(*a);
  if (auto sm = root.find("summary")) plan.summary = sm->string();
  if (auto units = root.find("units")) read_units(*units, plan.units);
  if (whole) root.at("items").size();  // present, and an array
  if (auto t = root.find("table")) plan.table = read_source_table(*t);
}

// Responsible units as written become registry ids (a plan without "units" keeps the names).
void resolve_all_unit_refs(Plan& plan, const std::string& source) {
  for (std::size_t i = 0; i < plan.items.size(); ++i) resolve_unit_refs(plan.items[i], i, plan.units, source);
}

// The first item (in file order) whose id an earlier item already has is an error.
void check_unique_ids(const std::vector<Item>& items, const std::string& source) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    int c = items[a].id.compare(items[b].id);
    return c < 0 || (c == 0 && a < b);
  });
  std::size_t first = items.size();
  for (std::size_t k = 1; k < order.size(); ++k)
    if (items[order[k]].id == items[order[k - 1]].id) first = std::min(first, order[k]);
  if (first < items.size()) throw duplicate_id_error(source, first, items[first].id);
}

class PlanReader {
 public:
  PlanReader(const std::string& source, const Limits& limits, ItemTaker take = {})
      : source_(source), limits_(limits), take_(std::move(take)) {}

  ElementSink sink(const json::object& root) {
    return [this, &root](const json::value& v, std::size_t index) { add_item(v, index, root); };
  }

  Plan finish(const json::object& root) {
    json::value doc(root);  // the plan without its items: small
    read_header(Field(doc, "", source_), plan_);
    resolve_all_unit_refs(plan_, source_);
    check_unique_ids(plan_.items, source_);
    return std::move(plan_);
  }

 private:
  void add_item(const json::value& v, std::size_t index, const json::object& root) {
    if (index == 0) {  // a document that is not a plan is named as such before its items are read
      json::value so_far(root);
      check_format(Field(so_far, "", source_));
    }
    if (index >= limits_.items)
      throw Error(ErrorCode::out_of_range, source_ + ": items: more than " + std::to_string(limits_.items) +
                                               " items, " + over_limit("items", limits_.items));
    Item item = read_item_field(Field(v, "items[" + std::to_string(index) + "]", source_), limits_);
    if (!take_ || !take_(item, index, root)) plan_.items.push_back(std::move(item));
  }

  const std::string& source_;
  const Limits& limits_;
  ItemTaker take_;
  Plan plan_;
};

std::vector<std::string> keys_after(const json::object& root, std::string_view key) {
  std::vector<std::string> out;
  bool after = false;
  for (const auto& kv : root) {
    if (after) out.emplace_back(kv.key());
    after = after || kv.key() == key;
  }
  return out;
}

}  // namespace

Plan read_plan(std::string_view text, const std::string& source, const Limits& limits) {
  if (text.size() > limits.input_bytes)
    throw Error(ErrorCode::out_of_range, source + ": " + std::to_string(text.size()) + " bytes, " +
                                             over_limit("input-bytes", limits.input_bytes));
  PlanReader reader(source, limits);
  json::object root;
  stream_json_object(text, source, "items", reader.sink(root), root);
  return reader.finish(root);
}

Plan read_plan(std::istream& in, const std::string& source, const Limits& limits) {
  PlanReader reader(source, limits);
  json::object root;
  stream_json_object(in, source, limits.input_bytes, "items", reader.sink(root), root);
  return reader.finish(root);
}

TakenPlan read_plan_taking(std::istream& in, const std::string& source, const Limits& limits, const ItemTaker& take) {
  PlanReader reader(source, limits, take);
  json::object root;
  stream_json_object(in, source, limits.input_bytes, "items", reader.sink(root), root);
  TakenPlan out{reader.finish(root), keys_after(root, "items")};
  return out;
}

Plan plan_header(const json::object& before, const std::string& source) {
  json::value doc(before);
  Plan plan;
  read_header(Field(doc, "", source), plan, false);
  return plan;
}

void resolve_unit_refs(Item& item, std::size_t index, const OrgRegistry& units, const std::string& source) {
  if (units.empty()) return;
  auto resolve = [&](std::vector<std::string>& names, const char* key) {
    for (std::size_t j = 0; j < names.size(); ++j) {
      const OrgUnit* u = units.find(names[j]);
      if (!u)
        throw Error(ErrorCode::invalid_argument, source + ": items[" + std::to_string(index) + "]." + key + "[" +
                                                     std::to_string(j) + "]: responsible unit \"" + names[j] +
                                                     "\" is not in \"units\"");
      if (u->id != names[j]) names[j] = u->id;
    }
  };
  resolve(item.lead, "lead");
  resolve(item.cooperating, "cooperating");
}

Error duplicate_id_error(const std::string& source, std::size_t index, const std::string& id) {
  return Error(ErrorCode::invalid_argument,
               source + ": items[" + std::to_string(index) + "].id: duplicate item id \"" + id + "\"");
}

Plan load_plan(const std::string& path, const Limits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io_error, path + ": cannot open file");
  return read_plan(in, path, limits);
}

}  // namespace ducha::io

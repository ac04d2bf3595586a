// Reading a plan item by item (lib/io/plan_reader.cpp), for readers that do something with
// each item as it arrives instead of keeping it (io/plan_lines.hpp evaluates and writes it).
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "ducha/error.hpp"
#include "ducha/plan.hpp"
#include "io/limits.hpp"

namespace ducha::io {

// Each item as soon as it is read and checked: `take(item, index, before)` returns true
// when it took the item, which the plan then does not keep; `before` holds the plan's
// keys read before its items.
using ItemTaker = std::function<bool(Item& item, std::size_t index, const boost::json::object& before)>;

struct TakenPlan {
  Plan plan;                                  // the header and the items not taken, checked
  std::vector<std::string> keys_after_items;  // the plan's keys that follow "items", in order
};

// read_plan(in, …) (plan_json.hpp) with `take` offered every item. The checks that need
// every item (responsible units, duplicate ids) cover only the items kept.
TakenPlan read_plan_taking(std::istream& in, const std::string& source, const Limits& limits, const ItemTaker& take);

// The plan's own keys read so far (`before` its items) as a plan without items; an Error
// when they are not (yet) a plan's header, e.g. without "year".
Plan plan_header(const boost::json::object& before, const std::string& source);

// The responsible units of `item` (items[index]) as written become ids of `units`;
// an Error names one that is not there. Nothing to do when `units` is empty.
void resolve_unit_refs(Item& item, std::size_t index, const OrgRegistry& units, const std::string& source);

// The error for items[index], whose id an earlier item already has.
Error duplicate_id_error(const std::string& source, std::size_t index, const std::string& id);

}  // namespace ducha::io

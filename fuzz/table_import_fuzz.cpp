// Table import (CSV, XLSX, any encoding): any bytes fail with ducha::Error or give
// a plan that evaluates, one evaluation per item, and that ducha reads back once
// written (the plan JSON of `ducha import table`).
#include <cstdint>
#include <string_view>

#include "ducha/error.hpp"
#include "ducha/evaluate.hpp"
#include "ducha/json.hpp"
#include "ducha/tables.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    ducha::TableReadOptions options;
    options.year = 2022;
    auto t = ducha::plan_from_table(bytes, "fuzz.csv", options);
    auto ev = ducha::evaluate(t.plan, ducha::Policy{}, ducha::Date(2022, 6, 30));
    if (ev.items.size() != t.plan.items.size()) __builtin_trap();
    try {
      ducha::Plan again = ducha::plan_from_json(ducha::plan_to_json(t.plan), "written");
      if (again.items.size() != t.plan.items.size()) __builtin_trap();
    } catch (const ducha::Error&) {
      __builtin_trap();  // a plan ducha wrote but cannot read
    }
  } catch (const ducha::Error&) {
  }
  return 0;
}

// Table import (CSV, XLSX, any encoding): any bytes fail with ducha::Error or give
// a plan that evaluates, one evaluation per item.
#include <cstdint>
#include <string_view>

#include "ducha/error.hpp"
#include "ducha/evaluate.hpp"
#include "import/table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    ducha::import::TableOptions options;
    options.year = 2022;
    auto t = ducha::import::import_table(bytes, "fuzz.csv", options);
    auto ev = ducha::evaluate(t.plan, ducha::Policy{}, ducha::Date(2022, 6, 30));
    if (ev.items.size() != t.plan.items.size()) __builtin_trap();
  } catch (const ducha::Error&) {
  }
  return 0;
}

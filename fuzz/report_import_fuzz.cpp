// Report import: any bytes fail with ducha::Error or give a plan whose items all
// have distinct ids and that evaluates, one evaluation per item.
#include <cstdint>
#include <set>
#include <string_view>

#include "ducha/error.hpp"
#include "ducha/evaluate.hpp"
#include "ducha/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto r = ducha::plan_from_report(text, "fuzz.txt", 2022, ducha::Date(2022, 6, 30));
    std::set<std::string> ids;
    for (const auto& item : r.plan.items)
      if (!ids.insert(item.id).second) __builtin_trap();
    auto ev = ducha::evaluate(r.plan, ducha::Policy{}, ducha::Date(2022, 6, 30));
    if (ev.items.size() != r.plan.items.size()) __builtin_trap();
  } catch (const ducha::Error&) {
  }
  return 0;
}

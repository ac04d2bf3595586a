// Rule case files (lines or JSON): reading fails with ducha::Error or gives cases
// that check_rules judges, one result per case.
#include <cstdint>
#include <string_view>

#include "ducha/error.hpp"
#include "rules/rule_cases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto cases = ducha::rules::read_cases(text, "fuzz.cases");
    if (cases.size() > 64) return 0;  // each case reads two texts; keep one input's work small
    auto results = ducha::rules::check_rules(ducha::Policy{}, cases);
    if (results.size() != cases.size()) __builtin_trap();
  } catch (const ducha::Error&) {
  }
  return 0;
}

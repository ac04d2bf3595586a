// Policy JSON: any input either fails with ducha::Error or yields a valid
// policy that writes back to the same version.
#include <cstdint>
#include <string_view>

#include "ducha/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ducha::Policy p = ducha::policy_from_json(text, "fuzz", 2022);
    ducha::Policy again = ducha::policy_from_json(ducha::policy_to_json(p), "again", 2022);
    if (again.version() != p.version()) __builtin_trap();
    (void)p.schedule.expected(ducha::Period::year(2022), ducha::parse_date("2022-06-30"));
  } catch (const ducha::Error&) {
  }
  return 0;
}

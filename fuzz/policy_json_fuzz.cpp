// Policy JSON: any input either fails with ducha::Error or yields a valid
// policy that writes back to the same version.
#include <cstdint>
#include <string_view>

#include "io/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ducha::Policy p = ducha::io::read_policy(text, "fuzz", 2022);
    ducha::Policy again = ducha::io::read_policy(ducha::io::write_policy(p), "again", 2022);
    if (again.version() != p.version()) __builtin_trap();
    (void)p.schedule.expected(ducha::Period::year(2022), ducha::parse_date("2022-06-30"));
  } catch (const ducha::Error&) {
  }
  return 0;
}

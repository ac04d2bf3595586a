// Decimal and Fraction parsing: any input either fails with ducha::Error or
// parses to a value whose text parses back to the same value.
#include <cstdint>
#include <string_view>

#include "ducha/fraction.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ducha::Decimal d = ducha::Decimal::parse(text);
    ducha::Decimal again = ducha::Decimal::parse(d.to_string());
    if (!again.identical(d)) __builtin_trap();
    (void)d.to_string(2, ducha::Rounding::half_even);
  } catch (const ducha::Error&) {
  }
  try {
    ducha::Fraction f = ducha::Fraction::parse(text);
    if (ducha::Fraction::parse(f.to_string()) != f) __builtin_trap();
    (void)f.to_percent_string();
  } catch (const ducha::Error&) {
  }
  return 0;
}

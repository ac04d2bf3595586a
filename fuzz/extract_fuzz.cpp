// Text extraction: any bytes either fail with ducha::Error (invalid UTF-8) or
// extract, with every span inside the input and in order.
#include <cstdint>
#include <string_view>

#include "ducha/error.hpp"
#include "text/extraction.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ducha::text::Extraction e = ducha::text::extract(text, 2022);
    auto check = [&](const ducha::text::Span& s) {
      if (s.begin > s.end || s.end > size) __builtin_trap();
    };
    for (const auto& n : e.numbers) check(n.span);
    for (const auto& p : e.percents) check(p.span);
    for (const auto& q : e.quantities) check(q.span);
    for (const auto& d : e.dates) check(d.span);
    for (std::size_t i = 1; i < e.numbers.size(); ++i)
      if (e.numbers[i].span.begin < e.numbers[i - 1].span.end) __builtin_trap();
  } catch (const ducha::Error&) {
  }
  return 0;
}

#pragma once
// Small scanning helpers over decoded text, shared by the numeral, figure, range and date stages.
#include <cstddef>
#include <string>
#include <string_view>

namespace ducha::text {

// The first index at or after `i` that is not an ASCII space.
inline std::size_t skip_spaces(const std::u32string& s, std::size_t i) {
  while (i < s.size() && s[i] == U' ') ++i;
  return i;
}

// Whether `w` stands in `s` at `i`.
inline bool at(const std::u32string& s, std::size_t i, std::u32string_view w) {
  return s.compare(i, w.size(), w) == 0;
}

// A CJK unified ideograph (the basic block and extension A): a character of a Chinese word.
inline bool ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

}  // namespace ducha::text

// Text prepared for extraction (the first stage): traditional characters folded to
// simplified (OpenCC t2s, traditional.hpp), NFKC (full-width digits and signs become
// ASCII), the dash family unified to '-', with a map back to code-point offsets in
// the original input so that every match can be reported where the user wrote it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ducha::text {

struct NormalizedText {
  std::u32string chars;               // normalised code points
  std::vector<std::uint32_t> source;  // source[i]: code-point offset in the input of chars[i]; one past the end too
  std::u32string original;            // the input's code points

  std::size_t size() const { return chars.size(); }
  char32_t at(std::size_t i) const { return i < chars.size() ? chars[i] : U'\0'; }
  // Code-point span [begin, end) of the input that normalised chars [b, e) came from.
  std::uint32_t source_begin(std::size_t b) const { return source[b]; }
  std::uint32_t source_end(std::size_t e) const;
  // The first normalised char whose input offset is not before `source_offset` (size() if none).
  std::size_t index_of(std::size_t source_offset) const;
  // The normalised text of chars [b, e) as UTF-8.
  std::string utf8(std::size_t b, std::size_t e) const;
};

// Throws ducha::Error (parse_error) naming the byte offset when `utf8` is not valid UTF-8.
NormalizedText normalize(std::string_view utf8);

std::string to_utf8(std::u32string_view s);
void append_utf8(std::string& out, char32_t c);

}  // namespace ducha::text

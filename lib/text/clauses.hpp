// Clauses: where a sentence splits into parts, and the bounded context (clause,
// sentence, line) around a figure. Every window is bounded (kWindow) so that
// reading stays linear on text without punctuation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/sentence_words.hpp"

namespace ducha::text {

// Code points either side of a figure that can be its context.
inline constexpr std::size_t kWindow = 160;

bool is_major_delimiter(char32_t c);  // , ; 。 ! ? and newline (full or half width)
bool is_sentence_end(char32_t c);     // 。 ; and newline

// A part of a target sentence: split at major delimiters and at 、.
struct Part {
  std::size_t b = 0, e = 0;
  bool major_start = true;  // after a major delimiter (not after 、)
};
std::vector<Part> split_parts(U32View s);

// The context of a figure at [b, e), each bound at most kWindow away.
struct Context {
  std::size_t sentence_b = 0, sentence_e = 0;
  std::size_t clause_b = 0, clause_e = 0;  // the clause stops at ':' too
  std::size_t line_b = 0;
};
Context context_of(U32View s, std::size_t b, std::size_t e);

// The heading of a line ("新建3个社区体育公园" before '：'), "" when none; `at` lies on the line.
std::size_t heading_colon(U32View s, std::size_t line_b, std::size_t at);

// Fillers (以上, 的, 累计 …) removed from both ends.
U32 trim(U32 s);

std::string utf8(U32View s, std::size_t b, std::size_t e);

// Per code point: inside “…”, 「…」, 『…』 (1) or 《…》 (2); 0 outside. Linear.
std::vector<std::uint8_t> quoted_mask(U32View s);

}  // namespace ducha::text

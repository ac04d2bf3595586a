// Reading within the limits of include/ducha/limits.hpp (docs/reliability.md, "Limits").
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "ducha/limits.hpp"

namespace ducha::io {

// The public struct (include/ducha/limits.hpp), by its old name.
using ducha::v1::Limits;

// How errors name a limit: "over the limit input-bytes = 268435456".
std::string over_limit(std::string_view name, std::size_t value);

// Refuses a text whose figures are to be read (a target or progress sentence) when it
// is longer than `limits.text_bytes` or holds a clause longer than `limits.clause_bytes`.
// A clause runs between , ; 。 ! ? : 、 (full or half width) and line ends. `what`
// names the text in the error ("lines.jsonl:3: target"). An Error (out_of_range).
void check_text(std::string_view text, const std::string& what, const Limits& limits);
// Both texts of an item, named `where` + "target" and `where` + "progress"
// ("lines.jsonl:3: target", "--target").
void check_texts(std::string_view target, std::string_view progress, const std::string& where, const Limits& limits);

// The byte offset and length of the longest clause of `text` (the first, if several).
struct Span {
  std::size_t offset = 0, length = 0;
};
Span longest_clause(std::string_view text);

// Reads all of `in` (named `source` in errors), refusing more than `max_bytes`
// without reading further. An Error (io_error) on a read failure.
std::string read_all(std::istream& in, const std::string& source, std::size_t max_bytes);

// Reads one line (without its '\n', nor a '\r' before it) into `line`. A line
// longer than `max_bytes` is skipped to its end and reported as too_long.
enum class LineRead { line, too_long, end };
LineRead read_line(std::istream& in, std::string& line, std::size_t max_bytes);

}  // namespace ducha::io

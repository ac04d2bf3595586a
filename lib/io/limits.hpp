// Bounds on the work and memory one input can cause (docs/reliability.md, "Limits").
// The defaults are far above any real work report (about 150 items, under 1 MB);
// past a limit the input is refused with an error naming the limit, never read on.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace ducha::io {

struct Limits {
  std::size_t input_bytes = std::size_t{256} << 20;  // a whole input (file, standard input, JSON text)
  std::size_t line_bytes = std::size_t{16} << 20;    // one line of a line-oriented input (--jsonl, extract)
  std::size_t items = 100000;                        // items in one plan
  std::size_t sub_targets = 1000;                    // sub-targets of one item

  // Sets one limit from "name=value": a name of kNames, a whole number of at
  // least 1 with an optional K, M or G suffix (powers of 1024). Returns the
  // error message, or nothing when the limit was set.
  std::optional<std::string> set(std::string_view assignment);
  static constexpr const char* kNames = "input-bytes, line-bytes, items, sub-targets";
};

// How errors name a limit: "over the limit input-bytes = 268435456".
std::string over_limit(std::string_view name, std::size_t value);

// Reads all of `in` (named `source` in errors), refusing more than `max_bytes`
// without reading further. An Error (io_error) on a read failure.
std::string read_all(std::istream& in, const std::string& source, std::size_t max_bytes);

// Reads one line (without its '\n', nor a '\r' before it) into `line`. A line
// longer than `max_bytes` is skipped to its end and reported as too_long.
enum class LineRead { line, too_long, end };
LineRead read_line(std::istream& in, std::string& line, std::size_t max_bytes);

}  // namespace ducha::io

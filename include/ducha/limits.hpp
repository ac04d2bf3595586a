// Bounds on the work and memory one input can cause (docs/reliability.md, "Limits").
// The defaults are far above any real work report (about 150 items, under 1 MB);
// past a limit the input is refused with an error naming the limit, never read on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

struct DUCHA_API Limits {
  std::size_t input_bytes = std::size_t{256} << 20;  // a whole input (file, standard input, JSON text)
  std::size_t line_bytes = std::size_t{16} << 20;    // one line of a line-oriented input (--jsonl, extract)
  std::size_t items = 100000;                        // items in one plan
  std::size_t sub_targets = 1000;                    // sub-targets of one item
  std::size_t text_bytes = std::size_t{16} << 10;    // one target or progress text (sentences read for figures)
  std::size_t clause_bytes = std::size_t{2} << 10;   // one clause of such a text (docs/reliability.md)

  // Sets one limit from "name=value": a name of kNames, a whole number of at
  // least 1 with an optional K, M or G suffix (powers of 1024). Returns the
  // error message, or nothing when the limit was set. Implemented in libducha.
  std::optional<std::string> set(std::string_view assignment);

  static constexpr const char* kNames = "input-bytes, line-bytes, items, sub-targets, text-bytes, clause-bytes";
};

DUCHA_END_NAMESPACE

// The one exception type of the core: a machine code plus a message that names
// the offending input and, where known, the position in it.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

enum class ErrorCode {
  invalid_number,    // text is not a decimal number
  out_of_range,      // a value or result does not fit the exact representation
  division_by_zero,
  unknown_unit,
  unit_mismatch,     // conversion across dimensions
  invalid_date,
  invalid_argument,  // any other malformed field
  parse_error,       // malformed JSON or text
  io_error,
};

class DUCHA_API Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message,
        std::optional<std::size_t> position = std::nullopt)
      : std::runtime_error(message), code_(code), position_(position) {}

  ErrorCode code() const noexcept { return code_; }
  // Offset in the input (bytes) where the problem was found, when known.
  std::optional<std::size_t> position() const noexcept { return position_; }

 private:
  ErrorCode code_;
  std::optional<std::size_t> position_;
};

DUCHA_END_NAMESPACE

// JSON input that never routes a number through double, and a cursor that
// names the field (items[3].target.unit) in every error.
#pragma once

#include <boost/json/value.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "ducha/decimal.hpp"
#include "ducha/error.hpp"
#include "io/limits.hpp"

namespace ducha::io {

// Parses JSON text strictly. Integers that fit 64 bits become int64/uint64;
// every other number is kept as its source text (for Decimal::parse), marked so
// that Field::string() refuses it. A key repeated in one object, and a string
// holding U+0000, are errors. Errors name `source` with line and column.
boost::json::value parse_json(std::string_view text, const std::string& source);

// A value inside a document, with its path for messages.
class Field {
 public:
  Field(const boost::json::value& v, std::string path, const std::string& source)
      : v_(v), path_(std::move(path)), source_(source) {}

  const std::string& path() const { return path_; }
  const boost::json::value& json() const { return v_; }
  [[noreturn]] void fail(const std::string& message, ErrorCode code = ErrorCode::invalid_argument) const;

  // Object access; `allowed` lists every known key, and any other is an error.
  void expect_keys(std::initializer_list<std::string_view> allowed) const;
  bool has(std::string_view key) const;
  Field at(std::string_view key) const;                  // required key
  std::optional<Field> find(std::string_view key) const;  // optional key (null counts as absent)

  std::size_t size() const;     // array length
  Field at(std::size_t i) const;  // array element

  bool is_string() const;      // a JSON string (not a number)
  std::string string() const;  // a JSON string; a number is an error
  Decimal decimal() const;  // a JSON string or number, read from its text
  long long integer() const;  // a JSON integer that fits 64 bits
  long long integer(long long min, long long max) const;  // and lies in [min, max]
  bool boolean() const;

 private:
  const boost::json::object& object() const;
  const boost::json::array& array() const;

  const boost::json::value& v_;
  std::string path_;
  const std::string& source_;
};

// Reads a whole file, refusing one larger than `max_bytes` (without reading it all).
std::string read_file(const std::string& path, std::size_t max_bytes = Limits{}.input_bytes);
// Writes (replaces) a file; an Error (io_error) naming it when that fails.
void write_file(const std::string& path, const std::string& content);

}  // namespace ducha::io

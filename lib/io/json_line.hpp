// Compact JSON written straight into a string, value by value, with no JSON values
// built first: the output of boost::json::serialize for the same document, byte for
// byte (the same escapes: \" \\ \b \f \n \r \t and \u00xx for the other control
// characters, lower-case hex; other bytes, UTF-8 included, as they are).
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace ducha::io {

class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) {}

  // In an object: the key, then exactly one value or container.
  JsonLine& key(std::string_view k);
  void string(std::string_view s);
  void integer(std::int64_t n);
  void unsigned_integer(std::uint64_t n);
  void boolean(bool b);
  void null();
  // A value already held as JSON (small parts such as a summary), serialized by boost.
  void value(const boost::json::value& v);
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  // Shorthands for a key and its value.
  void field(std::string_view k, std::string_view s) { key(k).string(s); }
  void field(std::string_view k, const char* s) { key(k).string(s); }
  void field(std::string_view k, const std::string& s) { key(k).string(s); }
  void field(std::string_view k, bool b) { key(k).boolean(b); }
  void field(std::string_view k, int n) { key(k).integer(n); }
  void field(std::string_view k, std::size_t n) { key(k).unsigned_integer(n); }
  void null_field(std::string_view k) { key(k).null(); }

 private:
  void separate();
  void quoted(std::string_view s);

  std::string& out_;
  bool comma_ = false;  // a value was written in the open container: the next needs a ","
};

}  // namespace ducha::io

// JSON written straight into a string, value by value, with no JSON values built
// first. Compact: the output of boost::json::serialize for the same document, byte
// for byte (the same escapes: \" \\ \b \f \n \r \t and \u00xx for the other control
// characters, lower-case hex; other bytes, UTF-8 included, as they are). Pretty: what
// io::pretty (json_writer.hpp) writes, through value(): two-space indent, an array of
// scalars on one line, an array holding any container one element a line. (Written
// element by element, an array is laid out by its first element, so it may not hold a
// container after a scalar: std::logic_error. value() sees the whole array and has no
// such limit.)
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ducha::io {

class JsonText {
 public:
  enum class Style { compact, pretty };
  explicit JsonText(std::string& out, Style style = Style::compact) : out_(out), pretty_(style == Style::pretty) {}

  // In an object: the key, then exactly one value or container.
  JsonText& key(std::string_view k);
  void string(std::string_view s);
  void integer(std::int64_t n);
  void unsigned_integer(std::uint64_t n);
  void boolean(bool b);
  void null();
  // A value already held as JSON (small parts such as a summary), in the same style.
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
  struct Open {  // a container open in pretty style
    bool array = false;
    bool empty = true;
    bool lines = false;  // an array's elements each on a line of their own
  };

  void start(bool container);  // a value starts: the separator and, pretty, the line break
  void finish(char close);
  void scalar(std::string_view text);
  void quoted(std::string_view s);
  void indent(std::size_t depth);
  void pretty_value(const boost::json::value& v);

  std::string& out_;
  bool pretty_;
  bool comma_ = false;      // a value was written in the open container: the next needs a ","
  bool after_key_ = false;  // a key was written: its value needs no separator
  std::vector<Open> open_;  // pretty only
};

}  // namespace ducha::io

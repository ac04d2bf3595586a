#include "io/json_line.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>

namespace ducha::io {
namespace {

// The escape of each byte below 0x20 and of '"' and '\\', as boost::json writes them:
// 'u' for \u00xx, 0 for none.
constexpr char escape_of(unsigned char c) {
  switch (c) {
    case '\b': return 'b';
    case '\t': return 't';
    case '\n': return 'n';
    case '\f': return 'f';
    case '\r': return 'r';
    case '"': return '"';
    case '\\': return '\\';
    default: return c < 0x20 ? 'u' : 0;
  }
}

template <class Int>
void append_integer(std::string& out, Int n) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
  out.append(buf, end);
}

}  // namespace

void JsonLine::separate() {
  if (comma_) out_.push_back(',');
}

void JsonLine::quoted(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const char e = escape_of(c);
    if (e == 0) continue;
    out_.append(s.data() + run, i - run);
    run = i + 1;
    out_.push_back('\\');
    out_.push_back(e);
    if (e == 'u') {
      out_.append("00");
      out_.push_back(hex[c >> 4]);
      out_.push_back(hex[c & 0xf]);
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_.push_back('"');
}

JsonLine& JsonLine::key(std::string_view k) {
  separate();
  quoted(k);
  out_.push_back(':');
  comma_ = false;  // the value follows the colon
  return *this;
}

void JsonLine::string(std::string_view s) {
  separate();
  quoted(s);
  comma_ = true;
}

void JsonLine::integer(std::int64_t n) {
  separate();
  append_integer(out_, n);
  comma_ = true;
}

void JsonLine::unsigned_integer(std::uint64_t n) {
  separate();
  append_integer(out_, n);
  comma_ = true;
}

void JsonLine::boolean(bool b) {
  separate();
  out_ += b ? "true" : "false";
  comma_ = true;
}

void JsonLine::null() {
  separate();
  out_ += "null";
  comma_ = true;
}

void JsonLine::value(const boost::json::value& v) {
  separate();
  out_ += boost::json::serialize(v);
  comma_ = true;
}

void JsonLine::begin_object() {
  separate();
  out_.push_back('{');
  comma_ = false;
}

void JsonLine::end_object() {
  out_.push_back('}');
  comma_ = true;
}

void JsonLine::begin_array() {
  separate();
  out_.push_back('[');
  comma_ = false;
}

void JsonLine::end_array() {
  out_.push_back(']');
  comma_ = true;
}

}  // namespace ducha::io

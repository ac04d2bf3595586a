#include "io/json_reader.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <fstream>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace ducha::io {
namespace {

// A number that is not a 64-bit integer is kept as its source text behind this
// marker, so that it is never mistaken for a JSON string (whose text may not
// contain U+0000, see ExactHandler::text).
constexpr char kNumberMarker = '\0';

// basic_parser handler that builds a value and keeps number text verbatim.
struct ExactHandler {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  boost::json::value_stack st;
  std::string number;
  std::string key;                                      // the key being read
  std::vector<std::unordered_set<std::string>> keys;    // per open object
  std::size_t depth = 0;                                // objects open
  std::string problem;                                  // why the handler stopped

  bool stop(boost::json::error_code& ec, std::string why) {
    problem = std::move(why);
    ec = boost::json::error::syntax;
    return false;
  }
  // Strings and keys may not hold U+0000: they become C strings at the C API, and
  // the number marker relies on it.
  bool text(boost::json::string_view s, boost::json::error_code& ec) {
    if (s.find('\0') != boost::json::string_view::npos) return stop(ec, "a string holds U+0000");
    return true;
  }

  bool on_document_begin(boost::json::error_code&) { return true; }
  bool on_document_end(boost::json::error_code&) { return true; }
  bool on_object_begin(boost::json::error_code&) {
    if (keys.size() <= depth) keys.emplace_back();
    keys[depth++].clear();
    return true;
  }
  bool on_object_end(std::size_t n, boost::json::error_code&) {
    --depth;
    st.push_object(n);
    return true;
  }
  bool on_array_begin(boost::json::error_code&) { return true; }
  bool on_array_end(std::size_t n, boost::json::error_code&) {
    st.push_array(n);
    return true;
  }
  bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    if (!text(s, ec)) return false;
    key.append(s.data(), s.size());
    st.push_chars(s);
    return true;
  }
  bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    if (!text(s, ec)) return false;
    key.append(s.data(), s.size());
    if (!keys[depth - 1].insert(key).second) return stop(ec, "duplicate key \"" + key + "\"");
    key.clear();
    st.push_key(s);
    return true;
  }
  bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    if (!text(s, ec)) return false;
    st.push_chars(s);
    return true;
  }
  bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
    if (!text(s, ec)) return false;
    st.push_string(s);
    return true;
  }
  bool on_number_part(boost::json::string_view s, boost::json::error_code&) {
    number.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t i, boost::json::string_view, boost::json::error_code&) {
    number.clear();
    st.push_int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, boost::json::string_view, boost::json::error_code&) {
    number.clear();
    st.push_uint64(u);
    return true;
  }
  bool on_double(double, boost::json::string_view s, boost::json::error_code&) {
    number.insert(number.begin(), kNumberMarker);
    number.append(s.data(), s.size());
    st.push_string(number);  // the source text, never the double
    number.clear();
    return true;
  }
  bool on_bool(bool b, boost::json::error_code&) {
    st.push_bool(b);
    return true;
  }
  bool on_null(boost::json::error_code&) {
    st.push_null();
    return true;
  }
  bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
  bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }
};

std::string line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count code points, not bytes
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

boost::json::value parse_json(std::string_view text, const std::string& source) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw Error(ErrorCode::parse_error, source + ": empty input, expected a JSON document", 0);
  boost::json::parse_options opt;
  opt.max_depth = 64;
  boost::json::basic_parser<ExactHandler> p(opt);
  p.handler().st.reset();
  boost::json::error_code ec;
  std::size_t n = p.write_some(false, text.data(), text.size(), ec);
  if (!ec && n < text.size()) ec = boost::json::error::extra_data;
  if (ec) {
    std::size_t at = n < text.size() ? n : text.size();
    const std::string& why = p.handler().problem;
    throw Error(ErrorCode::parse_error,
                source + ":" + line_column(text, at) + ": " + (why.empty() ? "malformed JSON: " + ec.message() : why),
                at);
  }
  return p.handler().st.release();
}

void Field::fail(const std::string& message, ErrorCode code) const {
  throw Error(code, source_ + ": " + (path_.empty() ? "(document)" : path_) + ": " + message);
}

const boost::json::object& Field::object() const {
  if (!v_.is_object()) fail("expected an object");
  return v_.get_object();
}

const boost::json::array& Field::array() const {
  if (!v_.is_array()) fail("expected an array");
  return v_.get_array();
}

void Field::expect_keys(std::initializer_list<std::string_view> allowed) const {
  for (const auto& kv : object()) {
    bool known = false;
    for (auto a : allowed) known = known || a == std::string_view(kv.key());
    if (!known) Field(kv.value(), path_ + (path_.empty() ? "" : ".") + std::string(kv.key()), source_).fail("unknown key");
  }
}

bool Field::has(std::string_view key) const { return find(key).has_value(); }

std::optional<Field> Field::find(std::string_view key) const {
  const auto& o = object();
  auto it = o.find(key);
  if (it == o.end() || it->value().is_null()) return std::nullopt;
  return Field(it->value(), path_ + (path_.empty() ? "" : ".") + std::string(key), source_);
}

Field Field::at(std::string_view key) const {
  if (auto f = find(key)) return *f;
  fail("missing required key \"" + std::string(key) + "\"");
}

std::size_t Field::size() const { return array().size(); }

Field Field::at(std::size_t i) const {
  const auto& a = array();
  if (i >= a.size()) fail("index " + std::to_string(i) + " out of range");
  return Field(a[i], path_ + "[" + std::to_string(i) + "]", source_);
}

namespace {

bool is_number_text(const boost::json::value& v) {
  return v.is_string() && !v.get_string().empty() && v.get_string()[0] == kNumberMarker;
}

// What a value is, for "expected …, found …" messages; a number by its text.
std::string describe(const boost::json::value& v) {
  if (is_number_text(v)) return "the number " + std::string(v.get_string().subview(1));
  if (v.is_int64()) return "the number " + std::to_string(v.get_int64());
  if (v.is_uint64()) return "the number " + std::to_string(v.get_uint64());
  if (v.is_string()) return "a string";
  if (v.is_bool()) return v.get_bool() ? "true" : "false";
  if (v.is_null()) return "null";
  if (v.is_array()) return "an array";
  return "an object";
}

}  // namespace

bool Field::is_string() const { return v_.is_string() && !is_number_text(v_); }

std::string Field::string() const {
  if (!is_string()) fail("expected a string, found " + describe(v_));
  return std::string(v_.get_string());
}

Decimal Field::decimal() const {
  if (v_.is_int64()) {
    std::int64_t i = v_.get_int64();
    if (i >= Decimal::kCoefficientLimit || i <= -Decimal::kCoefficientLimit)
      fail("value " + std::to_string(i) + " has more than 18 digits", ErrorCode::out_of_range);
    return Decimal(i);
  }
  if (v_.is_uint64()) fail("value " + std::to_string(v_.get_uint64()) + " has more than 18 digits", ErrorCode::out_of_range);
  if (!v_.is_string()) fail("expected a decimal number or a string holding one, found " + describe(v_));
  std::string_view text = v_.get_string();
  if (is_number_text(v_)) text.remove_prefix(1);
  Decimal d;
  std::string message;
  ErrorCode code = ErrorCode::invalid_number;
  if (!Decimal::try_parse(text, d, &message, nullptr, &code)) fail(message, code);
  return d;
}

long long Field::integer() const {
  if (v_.is_int64()) return v_.get_int64();
  if (v_.is_uint64()) fail("integer " + std::to_string(v_.get_uint64()) + " is out of range", ErrorCode::out_of_range);
  fail("expected an integer, found " + describe(v_));
}

long long Field::integer(long long min, long long max) const {
  long long i = integer();
  if (i < min || i > max)
    fail("integer " + std::to_string(i) + " is out of range " + std::to_string(min) + ".." + std::to_string(max),
         ErrorCode::out_of_range);
  return i;
}

bool Field::boolean() const {
  if (!v_.is_bool()) fail("expected true or false, found " + describe(v_));
  return v_.get_bool();
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io_error, path + ": cannot open file");
  return read_all(in, path, max_bytes);
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw Error(ErrorCode::io_error, path + ": cannot open for writing");
  f << content;
  f.close();
  if (!f) throw Error(ErrorCode::io_error, path + ": write failed");
}

}  // namespace ducha::io

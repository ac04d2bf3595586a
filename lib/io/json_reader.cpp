#include "io/json_reader.hpp"

#include <fstream>

#include "io/json_stream.hpp"

namespace ducha::io {

using detail::kNumberMarker;

boost::json::value parse_json(std::string_view text, const std::string& source) {
  JsonFeeder feeder(source);
  boost::json::value doc;
  feeder.handler().on_value = [&doc](std::string_view, boost::json::value&& v) { doc = std::move(v); };
  feeder.feed(text);
  feeder.finish();
  return doc;
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

#include "io/json_text.hpp"

#include <boost/json/serialize.hpp>
#include <algorithm>
#include <charconv>
#include <stdexcept>

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
std::string_view integer_text(char (&buf)[24], Int n) {
  auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
  return {buf, static_cast<std::size_t>(end - buf)};
}

}  // namespace

void JsonText::indent(std::size_t depth) { out_.append(depth * 2, ' '); }

void JsonText::start(bool container) {
  if (after_key_) {
    after_key_ = false;
  } else if (!pretty_) {
    if (comma_) out_.push_back(',');
  } else if (!open_.empty() && open_.back().array) {
    Open& a = open_.back();
    if (a.empty) a.lines = a.lines || container;
    else if (container && !a.lines) throw std::logic_error("JsonText: a container after a scalar in a pretty array");
    if (!a.empty) out_.push_back(',');
    if (a.lines) {
      out_.push_back('\n');
      indent(open_.size());
    }
    a.empty = false;
  }
}

void JsonText::quoted(std::string_view s) {
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

JsonText& JsonText::key(std::string_view k) {
  if (pretty_) {
    Open& o = open_.back();
    out_ += o.empty ? "\n" : ",\n";
    o.empty = false;
    indent(open_.size());
  } else if (comma_) {
    out_.push_back(',');
  }
  quoted(k);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonText::scalar(std::string_view text) {
  start(false);
  out_ += text;
  comma_ = true;
}

void JsonText::string(std::string_view s) {
  start(false);
  quoted(s);
  comma_ = true;
}

void JsonText::integer(std::int64_t n) {
  char buf[24];
  scalar(integer_text(buf, n));
}

void JsonText::unsigned_integer(std::uint64_t n) {
  char buf[24];
  scalar(integer_text(buf, n));
}

void JsonText::boolean(bool b) { scalar(b ? "true" : "false"); }

void JsonText::null() { scalar("null"); }

void JsonText::value(const boost::json::value& v) {
  if (pretty_) return pretty_value(v);
  start(v.is_object() || v.is_array());
  out_ += boost::json::serialize(v);
  comma_ = true;
}

void JsonText::pretty_value(const boost::json::value& v) {
  if (v.is_object()) {
    begin_object();
    for (const auto& kv : v.get_object()) {
      key(kv.key());
      pretty_value(kv.value());
    }
    end_object();
  } else if (v.is_array()) {
    // A whole array is at hand: any container among its elements puts each on a line.
    const auto& a = v.get_array();
    begin_array();
    open_.back().lines = std::any_of(a.begin(), a.end(), [](const auto& e) { return e.is_object() || e.is_array(); });
    for (const auto& e : a) pretty_value(e);
    end_array();
  } else {
    scalar(boost::json::serialize(v));
  }
}

void JsonText::begin_object() {
  start(true);
  out_.push_back('{');
  comma_ = false;
  if (pretty_) open_.push_back({false, true, false});
}

void JsonText::begin_array() {
  start(true);
  out_.push_back('[');
  comma_ = false;
  if (pretty_) open_.push_back({true, true, false});
}

void JsonText::finish(char close) {
  if (pretty_) {
    const Open o = open_.back();
    open_.pop_back();
    if (!o.empty && (!o.array || o.lines)) {
      out_.push_back('\n');
      indent(open_.size());
    }
  }
  out_.push_back(close);
  comma_ = true;
}

void JsonText::end_object() { finish('}'); }

void JsonText::end_array() { finish(']'); }

}  // namespace ducha::io

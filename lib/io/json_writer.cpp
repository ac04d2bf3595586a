#include "io/json_writer.hpp"

#include <boost/json/serialize.hpp>

namespace ducha::io {
namespace {

void write(const boost::json::value& v, std::string& out, int depth) {
  auto indent = [&](int d) { out.append(static_cast<std::size_t>(d) * 2, ' '); };
  if (v.is_object()) {
    const auto& o = v.get_object();
    if (o.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    bool first = true;
    for (const auto& kv : o) {
      if (!first) out += ",\n";
      first = false;
      indent(depth + 1);
      out += boost::json::serialize(boost::json::string(kv.key()));
      out += ": ";
      write(kv.value(), out, depth + 1);
    }
    out += "\n";
    indent(depth);
    out += "}";
  } else if (v.is_array()) {
    const auto& a = v.get_array();
    if (a.empty()) {
      out += "[]";
      return;
    }
    bool scalars = true;
    for (const auto& e : a) scalars = scalars && !e.is_object() && !e.is_array();
    if (scalars) {
      out += boost::json::serialize(v);
      return;
    }
    out += "[\n";
    bool first = true;
    for (const auto& e : a) {
      if (!first) out += ",\n";
      first = false;
      indent(depth + 1);
      write(e, out, depth + 1);
    }
    out += "\n";
    indent(depth);
    out += "]";
  } else {
    out += boost::json::serialize(v);
  }
}

}  // namespace

std::string pretty(const boost::json::value& v) {
  std::string out;
  write(v, out, 0);
  out += "\n";
  return out;
}

std::string compact(const boost::json::value& v) { return boost::json::serialize(v); }

}  // namespace ducha::io

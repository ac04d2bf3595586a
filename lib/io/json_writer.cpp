#include "io/json_writer.hpp"

#include <boost/json/serialize.hpp>

#include "io/json_text.hpp"

namespace ducha::io {

std::string pretty(const boost::json::value& v) {
  std::string out;
  JsonText(out, JsonText::Style::pretty).value(v);
  out += "\n";
  return out;
}

std::string compact(const boost::json::value& v) { return boost::json::serialize(v); }

}  // namespace ducha::io

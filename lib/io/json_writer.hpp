// Pretty JSON output: two-space indent, keys in insertion order, UTF-8 kept.
#pragma once

#include <boost/json/value.hpp>
#include <string>

namespace ducha::io {

std::string pretty(const boost::json::value& v);
// One line, for JSON Lines output.
std::string compact(const boost::json::value& v);

}  // namespace ducha::io

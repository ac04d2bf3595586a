// The JSON form of an extraction (docs/text.md): one object per input line.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "text/extraction.hpp"

namespace ducha::io {

boost::json::object extraction_json(std::string_view input, const text::Extraction& e);

}  // namespace ducha::io

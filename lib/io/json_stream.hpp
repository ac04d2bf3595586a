// JSON read piece by piece, with the strictness of parse_json (json_reader.hpp), so that
// a large document (a plan of a million items) is never held whole in memory, neither as
// text nor as values.
#pragma once

#include <boost/json/basic_parser.hpp>
#include <boost/json/object.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "io/exact_json_handler.hpp"

namespace ducha::io {

// Feeds text to the strict parser chunk by chunk; errors name `source` with the
// line and column (counted in code points) where they occur.
class JsonFeeder {
 public:
  explicit JsonFeeder(const std::string& source);
  detail::ExactHandler& handler() { return parser_.handler(); }
  void feed(std::string_view chunk);  // an Error (parse_error) on malformed JSON
  void finish();                      // the end of the input

 private:
  [[noreturn]] void fail(std::string_view chunk, std::size_t at, boost::json::error_code ec);

  const std::string& source_;
  boost::json::basic_parser<detail::ExactHandler> parser_;
  std::size_t offset_ = 0;  // bytes fed before the current chunk
  std::size_t line_ = 1, column_ = 1;  // where the current chunk starts
  bool content_ = false;    // a byte other than whitespace was seen
};

// An element of the streamed array and its index in it.
using ElementSink = std::function<void(const boost::json::value& element, std::size_t index)>;

// Parses a JSON object; each element of the top-level array under `stream_key` goes to
// `element` as soon as it is complete and is then dropped. The object's other values
// are added to `root` as each completes (so `element` can see those before the array),
// `stream_key` (when an array) mapped to an empty array. A document that is not an
// object is "(document): expected an object".
void stream_json_object(std::istream& in, const std::string& source, std::size_t max_bytes,
                        std::string_view stream_key, const ElementSink& element, boost::json::object& root);
void stream_json_object(std::string_view text, const std::string& source, std::string_view stream_key,
                        const ElementSink& element, boost::json::object& root);

}  // namespace ducha::io

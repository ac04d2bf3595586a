// The boost::json::basic_parser handler behind every JSON input (internal to lib/io).
// Numbers that are not 64-bit integers are kept as their source text, never a double;
// a key repeated in one object and U+0000 in a string are errors. Values are built one
// "capture" at a time: the whole document, or each top-level value of an object
// document and each element of one top-level array, so that a reader never needs the
// whole document in memory (json_stream.hpp).
#pragma once

#include <boost/json/basic_parser.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value_stack.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ducha::io::detail {

// A number that is not a 64-bit integer is kept as its source text behind this marker,
// so that it is never mistaken for a JSON string (whose text may not contain U+0000).
constexpr char kNumberMarker = '\0';

// The keys of one open object: a short list searched in order, a hash set past that.
class KeySet {
 public:
  void clear();
  bool insert(const std::string& key);  // false when already there

 private:
  std::vector<std::string> few_;
  std::size_t used_ = 0;
  std::unordered_set<std::string> many_;
};

class ExactHandler {
 public:
  using error_code = boost::json::error_code;
  using string_view = boost::json::string_view;
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  // Whole-document mode (stream_key empty): `on_value("", document)` once.
  // Object mode: the document must be an object (else `on_not_object`); each top-level
  // value is passed to `on_value(key, value)`, except an array under `stream_key`, whose
  // elements go to `on_element` as each completes, followed by `on_value(key, [])`.
  // An element's memory is reused for the next one: `on_element` must not keep it.
  std::string stream_key;
  std::function<void(std::string_view key, boost::json::value&& v)> on_value;
  std::function<void(boost::json::value&& v)> on_element;
  std::function<void()> on_not_object;
  std::string problem;  // why the handler stopped the parser

  bool on_document_begin(error_code&);
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code& ec);
  bool on_object_end(std::size_t n, error_code& ec);
  bool on_array_begin(error_code& ec);
  bool on_array_end(std::size_t n, error_code& ec);
  bool on_key_part(string_view s, std::size_t, error_code& ec);
  bool on_key(string_view s, std::size_t, error_code& ec);
  bool on_string_part(string_view s, std::size_t, error_code& ec);
  bool on_string(string_view s, std::size_t, error_code& ec);
  bool on_number_part(string_view s, error_code& ec);
  bool on_int64(std::int64_t i, string_view, error_code& ec);
  bool on_uint64(std::uint64_t u, string_view, error_code& ec);
  bool on_double(double, string_view s, error_code& ec);
  bool on_bool(bool b, error_code& ec);
  bool on_null(error_code& ec);
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

 private:
  bool stop(error_code& ec, std::string why);
  bool text(string_view s, error_code& ec);
  void begin_value();  // a value starts at the current depth
  void end_value();    // a value ended at the current depth

  boost::json::value_stack st_;
  std::string number_;
  std::string key_;               // the key being read
  std::string top_key_;           // the top-level key whose value is being read (object mode)
  std::vector<KeySet> keys_;      // per open container depth
  std::size_t depth_ = 0;         // containers open
  std::size_t capture_depth_ = 0;  // values starting at this depth are built and handed over
  bool building_ = false;         // a captured value is being built
  bool streaming_ = false;        // inside the array under stream_key
  // The streamed elements' values: an arena per element (a block or two), made anew for each
  // (monotonic_resource::release keeps doubling its next block size).
  std::optional<boost::json::monotonic_resource> element_memory_;
};

}  // namespace ducha::io::detail

#include "io/json_stream.hpp"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <istream>
#include <vector>

#include "ducha/error.hpp"
#include "io/limits.hpp"

namespace ducha::io {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Moves (line, column) over `s`; columns count code points, not bytes.
void advance(std::string_view s, std::size_t& line, std::size_t& column) {
  auto last = s.rfind('\n');
  if (last == std::string_view::npos) {
    column += code_points(s);
    return;
  }
  line += static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  column = 1 + code_points(s.substr(last + 1));
}

boost::json::parse_options strict_options() {
  boost::json::parse_options opt;
  opt.max_depth = 64;
  return opt;
}

}  // namespace

JsonFeeder::JsonFeeder(const std::string& source) : source_(source), parser_(strict_options()) {}

void JsonFeeder::feed(std::string_view chunk) {
  if (!content_) content_ = chunk.find_first_not_of(" \t\r\n") != std::string_view::npos;
  boost::json::error_code ec;
  std::size_t n = parser_.write_some(true, chunk.data(), chunk.size(), ec);
  if (!ec && n < chunk.size()) ec = boost::json::error::extra_data;
  if (ec) fail(chunk, std::min(n, chunk.size()), ec);
  advance(chunk, line_, column_);
  offset_ += chunk.size();
}

void JsonFeeder::finish() {
  if (!content_) throw Error(ErrorCode::parse_error, source_ + ": empty input, expected a JSON document", 0);
  boost::json::error_code ec;
  parser_.write_some(false, nullptr, 0, ec);
  if (ec) fail({}, 0, ec);
}

void JsonFeeder::fail(std::string_view chunk, std::size_t at, boost::json::error_code ec) {
  std::size_t line = line_, column = column_;
  advance(chunk.substr(0, at), line, column);
  const std::string& why = parser_.handler().problem;
  throw Error(ErrorCode::parse_error,
              source_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                  (why.empty() ? "malformed JSON: " + ec.message() : why),
              offset_ + at);
}

namespace {

// Sets up `feeder` to collect the object's values into `root` and stream the elements.
void collect(JsonFeeder& feeder, const std::string& source, std::string_view stream_key,
             const ElementSink& element, boost::json::object& root, std::size_t& index) {
  detail::ExactHandler& h = feeder.handler();
  h.stream_key = std::string(stream_key);
  h.on_value = [&root](std::string_view key, boost::json::value&& v) { root.emplace(key, std::move(v)); };
  h.on_element = [&element, &index](boost::json::value&& v) { element(v, index++); };
  h.on_not_object = [&source] { throw Error(ErrorCode::invalid_argument, source + ": (document): expected an object"); };
}

}  // namespace

void stream_json_object(std::istream& in, const std::string& source, std::size_t max_bytes,
                        std::string_view stream_key, const ElementSink& element, boost::json::object& root) {
  JsonFeeder feeder(source);
  std::size_t index = 0, total = 0;
  collect(feeder, source, stream_key, element, root, index);
  std::vector<char> buffer(kChunkBytes);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    std::size_t got = static_cast<std::size_t>(in.gcount());
    if (got > max_bytes - total)
      throw Error(ErrorCode::out_of_range, source + ": more than " + std::to_string(max_bytes) + " bytes, " +
                                               over_limit("input-bytes", max_bytes));
    total += got;
    if (got) feeder.feed(std::string_view(buffer.data(), got));
  }
  if (in.bad()) throw Error(ErrorCode::io_error, source + ": read error");
  feeder.finish();
}

void stream_json_object(std::string_view text, const std::string& source, std::string_view stream_key,
                        const ElementSink& element, boost::json::object& root) {
  JsonFeeder feeder(source);
  std::size_t index = 0;
  collect(feeder, source, stream_key, element, root, index);
  feeder.feed(text);
  feeder.finish();
}

}  // namespace ducha::io

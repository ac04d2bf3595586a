#include "io/exact_json_handler.hpp"

namespace ducha::io::detail {

void KeySet::clear() {
  used_ = 0;
  many_.clear();
}

bool KeySet::insert(const std::string& key) {
  constexpr std::size_t kFew = 16;  // a plan's objects have fewer keys; more go to the hash set
  if (!many_.empty()) return many_.insert(key).second;
  for (std::size_t i = 0; i < used_; ++i)
    if (few_[i] == key) return false;
  if (used_ < kFew) {
    if (used_ == few_.size()) few_.emplace_back();
    few_[used_++].assign(key);
    return true;
  }
  many_.insert(few_.begin(), few_.begin() + static_cast<std::ptrdiff_t>(used_));
  return many_.insert(key).second;
}

bool ExactHandler::stop(error_code& ec, std::string why) {
  problem = std::move(why);
  ec = boost::json::error::syntax;
  return false;
}

// Strings and keys may not hold U+0000: they become C strings at the C API, and the
// number marker relies on it.
bool ExactHandler::text(string_view s, error_code& ec) {
  if (s.find('\0') != string_view::npos) return stop(ec, "a string holds U+0000");
  return true;
}

bool ExactHandler::on_document_begin(error_code&) {
  depth_ = 0;
  building_ = streaming_ = false;
  capture_depth_ = stream_key.empty() ? 0 : 1;
  return true;
}

void ExactHandler::begin_value() {
  if (depth_ == 0 && !stream_key.empty()) on_not_object();  // throws
  if (depth_ != capture_depth_ || building_) return;
  if (streaming_) {
    element_memory_.emplace(std::size_t{64} << 10);  // the previous element is gone
    st_.reset(boost::json::storage_ptr(&*element_memory_));
  } else {
    st_.reset();
  }
  building_ = true;
}

void ExactHandler::end_value() {
  if (depth_ != capture_depth_ || !building_) return;
  building_ = false;
  if (streaming_) on_element(st_.release());
  else on_value(top_key_, st_.release());
}

bool ExactHandler::on_object_begin(error_code&) {
  if (depth_ == 0 && !stream_key.empty()) {  // the document's object: its values are captured one by one
    keys_.resize(std::max<std::size_t>(keys_.size(), 1));
    keys_[0].clear();
    depth_ = 1;
    return true;
  }
  begin_value();
  if (keys_.size() <= depth_) keys_.resize(depth_ + 1);
  keys_[depth_++].clear();
  return true;
}

bool ExactHandler::on_object_end(std::size_t n, error_code&) {
  --depth_;
  if (!building_) return true;  // the document's object
  st_.push_object(n);
  end_value();
  return true;
}

bool ExactHandler::on_array_begin(error_code&) {
  if (depth_ == 1 && !building_ && !stream_key.empty() && top_key_ == stream_key) {
    streaming_ = true;
    capture_depth_ = depth_ = 2;
    return true;
  }
  begin_value();
  ++depth_;
  return true;
}

bool ExactHandler::on_array_end(std::size_t n, error_code&) {
  if (streaming_ && depth_ == 2 && !building_) {  // the streamed array ends
    streaming_ = false;
    capture_depth_ = depth_ = 1;
    on_value(top_key_, boost::json::array());
    return true;
  }
  --depth_;
  st_.push_array(n);
  end_value();
  return true;
}

bool ExactHandler::on_key_part(string_view s, std::size_t, error_code& ec) {
  if (!text(s, ec)) return false;
  key_.append(s.data(), s.size());
  if (building_) st_.push_chars(s);
  return true;
}

bool ExactHandler::on_key(string_view s, std::size_t, error_code& ec) {
  if (!text(s, ec)) return false;
  key_.append(s.data(), s.size());
  if (!keys_[depth_ - 1].insert(key_)) return stop(ec, "duplicate key \"" + key_ + "\"");
  if (building_) st_.push_key(s);
  else top_key_ = key_;
  key_.clear();
  return true;
}

bool ExactHandler::on_string_part(string_view s, std::size_t, error_code& ec) {
  if (!text(s, ec)) return false;
  begin_value();
  st_.push_chars(s);
  return true;
}

bool ExactHandler::on_string(string_view s, std::size_t, error_code& ec) {
  if (!text(s, ec)) return false;
  begin_value();
  st_.push_string(s);
  end_value();
  return true;
}

bool ExactHandler::on_number_part(string_view s, error_code&) {
  number_.append(s.data(), s.size());
  return true;
}

bool ExactHandler::on_int64(std::int64_t i, string_view, error_code&) {
  number_.clear();
  begin_value();
  st_.push_int64(i);
  end_value();
  return true;
}

bool ExactHandler::on_uint64(std::uint64_t u, string_view, error_code&) {
  number_.clear();
  begin_value();
  st_.push_uint64(u);
  end_value();
  return true;
}

bool ExactHandler::on_double(double, string_view s, error_code&) {
  number_.insert(number_.begin(), kNumberMarker);
  number_.append(s.data(), s.size());
  begin_value();
  st_.push_string(number_);  // the source text, never the double
  number_.clear();
  end_value();
  return true;
}

bool ExactHandler::on_bool(bool b, error_code&) {
  begin_value();
  st_.push_bool(b);
  end_value();
  return true;
}

bool ExactHandler::on_null(error_code&) {
  begin_value();
  st_.push_null();
  end_value();
  return true;
}

}  // namespace ducha::io::detail

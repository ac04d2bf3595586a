#include <unicode/ucnv.h>

#include <memory>

#include "ducha/error.hpp"
#include "import/table_grid.hpp"

namespace ducha::import::detail {
namespace {

bool valid_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    if (len >= 2 && c < 0xC2) return false;  // overlong
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    if (len == 3) {
      unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    }
    if (len == 4) {
      unsigned cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12);
      if (cp < 0x10000 || cp > 0x10FFFF) return false;
    }
    i += len;
  }
  return true;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU, stopping at the first byte sequence the encoding does not define.
std::string convert(std::string_view bytes, const std::string& encoding, const std::string& source) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status))
    throw Error(ErrorCode::invalid_argument, source + ": unknown encoding \"" + encoding + "\"");
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  std::string out(bytes.size() * 2 + 16, '\0');  // GB18030 → UTF-8 grows by at most 3/2 (4 → 4, 2 → 3)
  char* target = out.data();
  const char* src = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &src, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    auto at = static_cast<std::size_t>(src - bytes.data());
    // The converter has consumed the offending sequence; name where it starts.
    char bad[8];
    int8_t len = sizeof bad;
    UErrorCode e2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(from.get(), bad, &len, &e2);
    if (U_SUCCESS(e2) && static_cast<std::size_t>(len) <= at) at -= static_cast<std::size_t>(len);
    throw Error(ErrorCode::parse_error,
                source + ": byte " + std::to_string(at) + " is not valid " + encoding +
                    " (give the file's encoding with --encoding)",
                at);
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

}  // namespace

std::string decode_text(std::string_view bytes, const std::optional<std::string>& encoding,
                        const std::string& source, std::string& used) {
  auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  if (encoding) {
    used = *encoding;
    if (starts("\xEF\xBB\xBF") && (used == "UTF-8" || used == "utf-8" || used == "utf8")) bytes.remove_prefix(3);
    std::string out = convert(bytes, used, source);
    if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);  // a BOM the converter passed on
    return out;
  }
  if (starts("\xEF\xBB\xBF")) {
    used = "UTF-8 (BOM)";
    bytes.remove_prefix(3);
    if (!valid_utf8(bytes)) return convert(bytes, "UTF-8", source);  // throws naming the byte
    return std::string(bytes);
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    used = starts("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    return convert(bytes.substr(2), used, source);
  }
  if (valid_utf8(bytes)) {
    used = "UTF-8";
    return std::string(bytes);
  }
  used = "GB18030";
  return convert(bytes, used, source);
}

}  // namespace ducha::import::detail

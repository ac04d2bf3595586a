#include "text/normalized_text.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "ducha/error.hpp"
#include "text/traditional.hpp"
#include "text/utf8.hpp"

namespace ducha::text {
namespace {

// Code points NFKC leaves alone: ASCII, CJK ideographs and common CJK punctuation
// (、 。 〈 〉 《 》 「 」 『 』 【 】 〔 〕 ‘ ’ “ ”; a test checks each against ICU). Everything
// else goes through ICU.
bool stable(char32_t c) {
  return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011) ||
         c == 0x3014 || c == 0x3015 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

// Stable code points that need no other mapping either (not a space or a dash to fold).
bool plain(char32_t c) { return stable(c) && c != U'\t' && c != U'~'; }

bool is_dash(char32_t c) {
  switch (c) {
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2015':
    case U'\u2212': case U'\uFE58': case U'\uFE63': case U'\uFF0D': case U'~': case U'\uFF5E': case U'\u301C':
      return true;
    default:
      return false;
  }
}

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || !n) throw Error(ErrorCode::invalid_argument, "ICU NFKC normalizer unavailable");
  return *n;
}

std::u32string decode(std::string_view s) {
  std::u32string out(s.size(), U'\0');  // at most one code point per byte
  char32_t* o = out.data();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      *o++ = c;
      ++i;
    } else if (c < 0xE0) {
      *o++ = static_cast<char32_t>(((c & 0x1F) << 6) | (p[i + 1] & 0x3F));
      i += 2;
    } else if (c < 0xF0) {
      *o++ = static_cast<char32_t>(((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
      i += 3;
    } else {
      *o++ = static_cast<char32_t>(((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                                   (p[i + 3] & 0x3F));
      i += 4;
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

std::uint32_t NormalizedText::source_end(std::size_t e) const {
  if (e == 0) return 0;
  // The end of the source text that produced chars[e-1]: where the next character's
  // source begins (a phrase folded to fewer characters), or one past chars[e-1]'s
  // source when the next character comes from the same one (⅐ → 1⁄7).
  std::uint32_t last = source[e - 1];
  return source[e] > last ? source[e] : last + 1;
}

std::size_t NormalizedText::index_of(std::size_t source_offset) const {
  // source is non-decreasing: normalisation walks the input in order.
  auto end = source.begin() + static_cast<std::ptrdiff_t>(size());
  return static_cast<std::size_t>(std::lower_bound(source.begin(), end, source_offset) - source.begin());
}

std::string NormalizedText::utf8(std::size_t b, std::size_t e) const {
  return to_utf8(std::u32string_view(chars).substr(b, e - b));
}

namespace {

// Appends the normalised form of `c` (input offset `i`): the dash family as '-',
// spaces as ' ', NFKC for everything that is not stable.
void push_normalized(NormalizedText& t, char32_t c, std::uint32_t i, const icu::Normalizer2*& n) {
  if (c == U'\u3000' || c == U'\t' || c == U'\u00A0') c = U' ';
  if (is_dash(c) || stable(c)) {
    t.chars.push_back(is_dash(c) ? U'-' : c);
    t.source.push_back(i);
    return;
  }
  if (!n) n = &nfkc();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  if (U_FAILURE(status) || s.isEmpty()) {
    t.chars.push_back(c);
    t.source.push_back(i);
    return;
  }
  for (int32_t k = 0; k < s.length();) {
    UChar32 cp = s.char32At(k);
    k += U16_LENGTH(cp);
    t.chars.push_back(is_dash(static_cast<char32_t>(cp)) ? U'-' : static_cast<char32_t>(cp));
    t.source.push_back(i);
  }
}

}  // namespace

NormalizedText normalize(std::string_view utf8) {
  std::size_t bad = 0;
  if (!is_valid_utf8(utf8, &bad))
    throw Error(ErrorCode::parse_error, "invalid UTF-8 at byte " + std::to_string(bad), bad);
  NormalizedText t;
  t.original = decode(utf8);
  t.chars.reserve(t.original.size());
  t.source.reserve(t.original.size() + 1);
  // Traditional characters first (OpenCC t2s), then code point by code point.
  // ASCII lines and lines without a character the conversion changes skip it (identity).
  bool identity = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  identity = identity || !needs_folding(t.original);
  Folded folded;
  if (!identity) folded = fold_traditional(utf8, t.original.size());
  const std::u32string& chars = identity ? t.original : folded.chars;  // identity: no copy
  // The plain start of the line (often all of it) is copied as it is; from the first other
  // code point on, code point by code point.
  std::uint32_t f = 0;
  while (f < chars.size() && plain(chars[f])) ++f;
  t.chars.assign(chars.begin(), chars.begin() + f);
  if (identity) {
    t.source.resize(f);
    for (std::uint32_t k = 0; k < f; ++k) t.source[k] = k;
  } else {
    t.source.assign(folded.source.begin(), folded.source.begin() + f);
  }
  const icu::Normalizer2* n = nullptr;
  for (; f < chars.size(); ++f) push_normalized(t, chars[f], identity ? f : folded.source[f], n);
  t.source.push_back(static_cast<std::uint32_t>(t.original.size()));
  return t;
}

}  // namespace ducha::text

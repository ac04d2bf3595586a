#include "text/traditional.hpp"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Segmentation.hpp>
#include <opencc/Segments.hpp>

#include <unordered_map>

#include "ducha/error.hpp"

#ifndef DUCHA_OPENCC_T2S
#define DUCHA_OPENCC_T2S "/usr/share/opencc/t2s.json"
#endif

namespace ducha::text {
namespace {

// The converter, loaded once (thread-safe static initialisation); OpenCC's
// conversion is const and shared by all threads.
const opencc::Converter& t2s() {
  static const opencc::ConverterPtr converter = []() -> opencc::ConverterPtr {
    try {
      opencc::Config config;
      return config.NewFromFile(DUCHA_OPENCC_T2S);
    } catch (const std::exception&) {
      return nullptr;
    }
  }();
  if (!converter)
    throw Error(ErrorCode::invalid_argument,
                std::string("OpenCC configuration unavailable: ") + DUCHA_OPENCC_T2S + " (install libopencc-data)");
  return *converter;
}

// The code points of one UTF-8 segment (already validated).
void decode_into(const char* p, std::u32string& out);

// The keys of the conversion chain's dictionaries whose value differs from the key. Every
// segment OpenCC converts is a key found in the text (or a character no key starts), so a
// text in which none of these keys occurs converts to itself.
class ChangingKeys {
 public:
  explicit ChangingKeys(const opencc::Converter& c);
  bool occurs_in(std::u32string_view text) const;

 private:
  std::vector<bool> single_;  // a one-code-point key that changes
  std::vector<bool> first_;   // the first code point of a longer key that changes
  std::unordered_map<char32_t, std::vector<std::u32string>> longer_;  // those keys by first code point
};

ChangingKeys::ChangingKeys(const opencc::Converter& c) : single_(0x110000, false), first_(0x110000, false) {
  std::u32string key;
  for (const opencc::ConversionPtr& conversion : c.GetConversionChain()->GetConversions()) {
    opencc::LexiconPtr lexicon = conversion->GetDict()->GetLexicon();
    for (const auto& entry : *lexicon) {
      if (entry->Key() == entry->GetDefault()) continue;
      key.clear();
      decode_into(entry->Key().c_str(), key);
      if (key.empty() || key.front() >= single_.size()) continue;
      if (key.size() == 1) {
        single_[key.front()] = true;
      } else {
        first_[key.front()] = true;
        longer_[key.front()].push_back(key);
      }
    }
  }
}

bool ChangingKeys::occurs_in(std::u32string_view text) const {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= single_.size()) continue;
    if (single_[c]) return true;
    if (!first_[c]) continue;
    for (const std::u32string& k : longer_.at(c))
      if (text.substr(i, k.size()) == k) return true;
  }
  return false;
}

void decode_into(const char* p, std::u32string& out) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  while (*u) {
    unsigned char c = *u;
    int len = c < 0x80 ? 1 : (c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4));
    char32_t cp = len == 1 ? c : (c & (0xFF >> (len + 1)));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (u[k] & 0x3F);
    out.push_back(cp);
    u += len;
  }
}

// One NUL-free chunk (OpenCC reads C strings), its first code point at `offset`;
// returns the offset after it.
std::uint32_t fold_chunk(const opencc::Converter& c, std::string_view chunk, std::uint32_t offset, Folded& out) {
  if (chunk.empty()) return offset;
  opencc::SegmentsPtr input = c.GetSegmentation()->Segment(std::string(chunk));
  opencc::SegmentsPtr output = c.GetConversionChain()->Convert(input);
  std::u32string from, to;
  for (std::size_t i = 0; i < input->Length(); ++i) {
    from.clear();
    to.clear();
    decode_into(input->At(i), from);
    decode_into(output->At(i), to);
    for (std::size_t k = 0; k < to.size(); ++k) {
      out.chars.push_back(to[k]);
      // One to one when the lengths agree; otherwise inside the phrase, never past it.
      std::size_t at = to.size() == from.size() ? k : std::min(k, from.empty() ? 0 : from.size() - 1);
      out.source.push_back(offset + static_cast<std::uint32_t>(at));
    }
    offset += static_cast<std::uint32_t>(from.size());
  }
  return offset;
}

}  // namespace

bool needs_folding(std::u32string_view text) {
  static const ChangingKeys changing(t2s());
  return changing.occurs_in(text);
}

Folded fold_traditional(std::string_view utf8, std::size_t code_points) {
  Folded out;
  out.chars.reserve(code_points);
  out.source.reserve(code_points);
  const opencc::Converter& c = t2s();
  std::uint32_t offset = 0;
  while (true) {
    std::size_t nul = utf8.find('\0');
    std::string_view chunk = utf8.substr(0, nul);
    offset = fold_chunk(c, chunk, offset, out);
    if (nul == std::string_view::npos) break;
    out.chars.push_back(U'\0');
    out.source.push_back(offset++);
    utf8.remove_prefix(nul + 1);
  }
  return out;
}

}  // namespace ducha::text

// Traditional characters folded to simplified before anything else reads the text
// (萬 → 万, 億 → 亿, 點 → 点, 負 → 负, 兩 → 两, 貳 → 贰, 項 → 项, 個 → 个 …), with OpenCC's
// phrase-aware t2s conversion (docs/text.md says why OpenCC and not ICU).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ducha::text {

struct Folded {
  std::u32string chars;               // the simplified text
  std::vector<std::uint32_t> source;  // source[i]: code-point offset in the input of chars[i]
};

// `utf8` (valid UTF-8, `code_points` long) folded to simplified characters. Where
// OpenCC maps a phrase to text of another length, each output character points into
// its phrase (never past it), so spans map back inside the phrase they came from.
// Throws ducha::Error when OpenCC's t2s configuration cannot be loaded.
Folded fold_traditional(std::string_view utf8, std::size_t code_points);

// Whether OpenCC's t2s conversion can change `text`: some key of its dictionaries whose
// value differs (萬 → 万, 乾淨 → 干净) occurs in it. When none does, the conversion is the
// identity and need not run (全覆盖 keeps 覆: only 反覆 → 反复 changes it). The keys are
// read once (thread-safe) from OpenCC's own dictionaries.
bool needs_folding(std::u32string_view text);

}  // namespace ducha::text

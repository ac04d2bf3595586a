// Numbers as written in Chinese text: Arabic (1,050,000.5, .5, 2e5, 2^5, 40k),
// Chinese (两千三百五, 一万零十二, 壹佰伍拾, 四万万), mixed (33.31万, 5万4千6百,
// 2千零30万), decimals with 点, approximate forms (十余万, 二十几万), 打 (dozen).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ducha/fraction.hpp"

namespace ducha::text {

struct ParsedNumber {
  std::size_t begin = 0;  // normalised offsets, end exclusive
  std::size_t end = 0;
  Fraction value;
  bool approximate = false;  // 余, 多, 几 inside the figure
  bool chinese = false;      // written (at least partly) with Chinese numerals
  bool integer = true;       // no decimal point, exponent or fraction
  bool valid = true;         // false: a span that must not be read at all (二三十, a range)
};

// The longest number that starts exactly at `pos` in normalised text `s`, sign
// included; nullopt when none does. A result with valid == false covers text that
// looks numeric but is no number (二三十: "twenty or thirty") and is to be skipped
// whole. Never throws for any input.
std::optional<ParsedNumber> parse_number_at(const std::u32string& s, std::size_t pos);

// Character classes shared by the extractors.
int chinese_digit(char32_t c);    // 零〇一壹二贰两三叁参…九玖 → 0..9, else -1 (陆 参 need context)
int small_unit_exponent(char32_t c);  // 十拾 1, 百佰 2, 千仟 3, else 0
int big_unit_exponent(char32_t c);    // 万 4, 亿 8, 兆 12, else 0
inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool starts_number(const std::u32string& s, std::size_t pos);

}  // namespace ducha::text

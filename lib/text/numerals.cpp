#include "text/numerals.hpp"

#include <bitset>
#include <optional>
#include <string_view>
#include <utility>

#include "text/numeral_parser.hpp"
#include "text/unit_words.hpp"
#include "text/vocabulary.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;

bool is_cjk(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// A word of kWordsContainingNumerals placed anywhere over [b, e).
bool inside_word(const U32& s, std::size_t b, std::size_t e) {
  for (auto w : vocabulary::kWordsContainingNumerals) {
    for (std::size_t off = 0; off < w.size() && off <= b; ++off) {
      std::size_t start = b - off;
      if (start + w.size() < e || !at(s, start, w)) continue;
      if (w == U"十分" && at(s, start, U"十分之")) continue;
      if (w == U"之一" && start > 0 && s[start - 1] == U'分') continue;  // 千分之一 is a number
      return true;
    }
  }
  return false;
}

Numeral from(const ParsedNumber& p) {
  return Numeral{p.begin, p.end, p.value, p.approximate, p.chinese, p.integer, false};
}

// "A分之B": the fraction B/A when a is followed by 分之.
std::optional<Numeral> chinese_fraction(const U32& s, const Numeral& a) {
  std::size_t k = skip_spaces(s, a.end);
  if (k >= s.size() || s[k] != U'分') return std::nullopt;
  k = skip_spaces(s, k + 1);
  if (k >= s.size() || s[k] != U'之') return std::nullopt;
  auto b = parse_number_at(s, skip_spaces(s, k + 1));
  if (!b || a.value.is_zero()) return std::nullopt;
  Numeral f = a;
  f.end = b->end;
  f.value = b->value / a.value;
  f.integer = false;
  f.chinese = true;
  return f;
}

// "a/b" with Arabic integers.
std::optional<Numeral> arabic_fraction(const U32& s, const Numeral& a) {
  std::size_t k = a.end;
  if (a.chinese || !a.integer || k >= s.size() || s[k] != U'/') return std::nullopt;
  auto b = parse_number_at(s, k + 1);
  if (!b || b->chinese || !b->integer || b->value.is_zero() || b->value.is_negative()) return std::nullopt;
  Numeral f = a;
  f.end = b->end;
  f.value = a.value / b->value;
  f.integer = false;
  return f;
}

// "A分之B", "C又A分之B", "a/b", "c a/b": extends a number into a fraction.
Numeral extend_fraction(const U32& s, const Numeral& n) {
  if (auto f = chinese_fraction(s, n)) return *f;
  if (auto f = arabic_fraction(s, n)) return *f;
  // Mixed numbers: 三百五又三分之一, 1 3/5.
  std::size_t k = skip_spaces(s, n.end);
  bool joiner = k < s.size() && s[k] == U'又';
  bool arabic_space = !n.chinese && n.integer && k > n.end && k < s.size() && is_ascii_digit(s[k]);
  if (!joiner && !arabic_space) return n;
  auto a = parse_number_at(s, joiner ? skip_spaces(s, k + 1) : k);
  if (!a) return n;
  Numeral inner = from(*a);
  std::optional<Numeral> frac = joiner ? chinese_fraction(s, inner) : arabic_fraction(s, inner);
  if (!frac && joiner) frac = arabic_fraction(s, inner);
  if (!frac) return n;
  Numeral f = n;
  f.end = frac->end;
  Fraction magnitude = (n.value.is_negative() ? -n.value : n.value) + frac->value;
  f.value = n.value.is_negative() ? -magnitude : magnitude;
  f.integer = false;
  return f;
}

// The end of the URL starting at i (http://, https://, www.), or i when none does.
std::size_t url_end(const U32& s, std::size_t i) {
  if (!at(s, i, U"http://") && !at(s, i, U"https://") && !at(s, i, U"www.")) return i;
  std::size_t e = i;
  while (e < s.size() && s[e] != U' ' && !is_cjk(s[e])) ++e;
  return e;
}

// Where scanning resumes when position i cannot start a number (or 0 to try parsing
// there). `after_range_dash`: s[i-1] is a '-' that joined a range, so a '-' at i is
// the sign of the range's upper end (-5%~-3%).
std::size_t skip_at(const U32& s, std::size_t i, bool after_range_dash) {
  if (std::size_t e = url_end(s, i); e > i) return e;
  if (!starts_number(s, i)) return i + 1;
  if (after_range_dash && s[i] == U'-') return 0;
  bool prev_digit = i > 0 && (is_ascii_digit(s[i - 1]) || chinese_digit(s[i - 1]) >= 0 || is_letter(s[i - 1]));
  // '-' between two figures is a range (1-6月), not a sign.
  if (s[i] == U'-' && prev_digit) return i + 1;
  // Digits glued to letters belong to a code or a word (B12; 5G is kept: a count of 5).
  if (is_ascii_digit(s[i]) && i > 0 && is_letter(s[i - 1])) {
    while (i < s.size() && (is_ascii_digit(s[i]) || s[i] == U'.')) ++i;
    return i;
  }
  // A '.' or '-' right after another one is punctuation (...9, --9).
  bool after_mark = i > 0 && (s[i - 1] == U'.' || s[i - 1] == U'-' || is_ascii_digit(s[i - 1]));
  if ((s[i] == U'.' || s[i] == U'-') && after_mark) return i + 1;
  return 0;
}

// The number parsed at i, re-read as an integer inside a dotted list (2222.2222.222).
std::optional<ParsedNumber> parse_at(const U32& s, std::size_t i) {
  auto p = parse_number_at(s, i);
  // Only ASCII digits continue a dotted list: 1.一点五 is item 1 and 一点五.
  if (p && i >= 2 && s[i - 1] == U'.' && is_ascii_digit(s[i - 2]) && is_ascii_digit(s[i]) && !p->integer) {
    std::size_t e = i;
    while (e < s.size() && is_ascii_digit(s[e])) ++e;
    p = parse_number_at(s.substr(0, e), i);
    if (!p) {
      ParsedNumber skip;
      skip.begin = i;
      skip.end = e;
      skip.valid = false;
      return skip;
    }
  }
  return p;
}

// 一半: one half, a number of its own (完成年度任务的一半).
std::optional<Numeral> half_at(const U32& s, std::size_t i) {
  if (!at(s, i, U"一半")) return std::nullopt;
  return Numeral{i, i + 2, Fraction(1, 2), false, true, false, false};
}

// A '-' at i right after a figure ending at `figure_end` joins a range (3万-6万元,
// 20 - 100); with a space before it only ("6.3 -2.1", two cells) it is a sign.
bool joins_range(const U32& s, std::size_t i, std::size_t figure_end) {
  if (s[i] != U'-' || figure_end == U32::npos || skip_spaces(s, figure_end) != i) return false;
  return i == figure_end || (i + 1 < s.size() && s[i + 1] == U' ');
}

// Whether anything can happen at a code point: a number, a sign or range dash, 一半 or a
// URL can start there (the first tests of the scan below). The set is built once from
// starts_number itself (幺 is in it: it starts a number before a digit), so the scan
// steps over every other code point exactly as it would after trying them all.
bool may_start_figure(char32_t c) {
  static const std::bitset<0x10000> set = [] {
    std::bitset<0x10000> out;
    U32 probe = U"x一";
    for (char32_t x = 0; x < 0x10000; ++x) {
      probe[0] = x;
      if (starts_number(probe, 0)) out.set(x);
    }
    for (char32_t x : {U'-', U'一', U'h', U'w'}) out.set(x);  // range dash, 一半, http:// and www.
    return out;
  }();
  return c >= set.size() || set[c];
}

}  // namespace

std::vector<Numeral> find_numerals(const U32& s) {
  std::vector<Numeral> out;
  std::size_t i = 0, last_figure_end = U32::npos, range_dash = U32::npos;
  while (i < s.size()) {
    if (!may_start_figure(s[i])) {
      ++i;
      continue;
    }
    if (joins_range(s, i, last_figure_end)) {
      range_dash = i++;
      continue;
    }
    if (auto h = half_at(s, i)) {
      out.push_back(*h);
      i = last_figure_end = h->end;
      continue;
    }
    if (std::size_t next = skip_at(s, i, range_dash != U32::npos && range_dash + 1 == i)) {
      i = next;
      continue;
    }
    auto p = parse_at(s, i);
    if (!p || !p->valid) {
      i = p && p->end > i ? p->end : i + 1;  // always forward
      continue;
    }
    Numeral f = extend_fraction(s, from(*p));
    i = f.end;
    if (f.chinese && f.end - f.begin <= 3 && inside_word(s, f.begin, f.end)) continue;
    f.ordinal = f.begin > 0 && s[f.begin - 1] == U'第';
    out.push_back(f);
    last_figure_end = figure_end(s, f.end);
  }
  return out;
}

}  // namespace ducha::text

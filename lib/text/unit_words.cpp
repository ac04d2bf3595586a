#include "text/unit_words.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "text/normalized_text.hpp"
#include "text/vocabulary.hpp"

namespace ducha::text {
namespace {

bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Single-character units that begin common words: 方面, 方案, 卡片 are not units.
bool unit_starts_word(const std::u32string& s, std::size_t k, const std::u32string& unit) {
  if (unit.size() != 1 || k + 1 >= s.size()) return false;
  for (std::u32string_view w : vocabulary::kWordsStartingWithAUnit)
    if (s.compare(k, w.size(), w) == 0) return true;
  return false;
}

// The code points a unit can start with: the first of every symbol of the unit catalog
// and of every scale word (万平方米). No other place can start a unit, so unit_at looks
// nothing up there (most numbers are followed by other words or punctuation).
bool may_start_unit(char32_t c) {
  static const std::vector<bool> first = [] {
    std::vector<bool> out(0x10000, false);
    auto add = [&out](std::string_view word) {
      std::u32string w = normalize(word).original;
      if (!w.empty() && w.front() < out.size()) out[w.front()] = true;
    };
    for (const auto& e : ducha::detail::kUnits) add(e.symbol);
    for (const auto& w : ducha::detail::kScaleWords) add(w.word);
    add(ducha::detail::kYi.word);
    return out;
  }();
  if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
  return c >= first.size() || first[c];  // beyond the BMP: look it up
}

}  // namespace

std::optional<std::pair<Unit, std::size_t>> unit_at(const std::u32string& s, std::size_t k) {
  if (k >= s.size() || !may_start_unit(s[k])) return std::nullopt;
  for (std::size_t len = std::min<std::size_t>(6, s.size() - k); len >= 1; --len) {
    std::u32string cand = s.substr(k, len);
    if (cand.front() == U' ' || cand.back() == U' ') continue;
    for (auto& c : cand)
      if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';  // CM, KM, TEU: units are case-blind
    auto u = find_unit(to_utf8(cand));
    if (!u) continue;
    if (u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point) continue;
    bool ascii = is_letter(cand.front());
    if (ascii && k + len < s.size() && (is_letter(s[k + len]) || is_digit(s[k + len]))) continue;
    if (unit_starts_word(s, k, cand)) continue;
    return std::make_pair(*u, len);
  }
  return std::nullopt;
}

std::size_t figure_end(const std::u32string& s, std::size_t number_end) {
  std::size_t k = number_end;
  while (k < s.size() && s[k] == U' ') ++k;
  if (k >= s.size()) return number_end;
  if (s[k] == U'%' || s[k] == U'‰') return k + 1;
  if (s.compare(k, 4, U"个百分点") == 0) return k + 4;
  if (s.compare(k, 3, U"百分点") == 0) return k + 3;
  if (auto u = unit_at(s, k)) return k + u->second;
  return number_end;
}

}  // namespace ducha::text

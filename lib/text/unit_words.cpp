#include "text/unit_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/normalized_text.hpp"
#include "text/vocabulary.hpp"

namespace ducha::text {
namespace {

bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Single-character units that begin common words: 方面, 方案, 卡片 are not units.
bool unit_starts_word(const std::u32string& s, std::size_t k, std::size_t unit_length) {
  if (unit_length != 1 || k + 1 >= s.size()) return false;
  for (std::u32string_view w : vocabulary::kWordsStartingWithAUnit)
    if (s.compare(k, w.size(), w) == 0) return true;
  return false;
}

// Every unit word unit_at can read, in a trie of code points built once: unit_at walks
// it from a position instead of converting and looking up each length in the catalog.
class UnitTrie {
 public:
  static constexpr std::size_t kMaxLength = 6;  // no unit word is read longer than this
  static const UnitTrie& instance();
  // Whether a unit word can start with c: the first code point of a word in the trie.
  // Most numbers are followed by other words or punctuation, so unit_at looks nothing up there.
  bool may_start(char32_t c) const {
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    return c >= starts_.size() || starts_[c];  // beyond the BMP: walk the trie
  }
  // units[n]: the unit written by the n characters from k (-1: none); returns how far
  // the walk went.
  std::size_t walk(const std::u32string& s, std::size_t k, std::array<std::int32_t, kMaxLength + 1>& units) const;
  const Unit& unit(std::int32_t i) const { return units_[static_cast<std::size_t>(i)]; }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;  // by code point
    std::int32_t unit = -1;
  };
  UnitTrie();
  void add(const std::string& word);
  std::uint32_t next(std::uint32_t node, char32_t c) const;
  std::uint32_t insert(std::uint32_t node, char32_t c);
  std::vector<Node> nodes_;
  std::vector<Unit> units_;
  std::vector<bool> starts_ = std::vector<bool>(0x10000, false);
};

UnitTrie::UnitTrie() : nodes_(1) {
  std::vector<std::string_view> scales;
  for (const auto& w : ducha::detail::kScaleWords) scales.push_back(w.word);
  scales.push_back(ducha::detail::kYi.word);
  // find_unit reads a catalog symbol alone or after one or two scale words; every such
  // word is offered to find_unit itself, so the trie holds exactly what it reads.
  for (const auto& e : ducha::detail::kUnits) {
    std::string symbol(e.symbol);
    add(symbol);
    for (std::string_view a : scales) {
      add(std::string(a) + symbol);
      for (std::string_view b : scales) add(std::string(a) + std::string(b) + symbol);
    }
  }
}

void UnitTrie::add(const std::string& word) {
  std::optional<Unit> u = find_unit(word);
  if (!u || u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point) return;
  std::u32string w = normalize(word).original;
  if (w.size() > kMaxLength || w.empty()) return;
  std::uint32_t node = 0;
  for (char32_t c : w) {
    if (c >= U'A' && c <= U'Z') return;  // unit_at looks words up in lower case
    node = insert(node, c);
  }
  if (w.front() < starts_.size()) starts_[w.front()] = true;
  if (nodes_[node].unit < 0) {
    nodes_[node].unit = static_cast<std::int32_t>(units_.size());
    units_.push_back(std::move(*u));
  }
}

std::uint32_t UnitTrie::next(std::uint32_t node, char32_t c) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), c, [](const auto& e, char32_t x) { return e.first < x; });
  return it != next.end() && it->first == c ? it->second : kNone;
}

std::uint32_t UnitTrie::insert(std::uint32_t node, char32_t c) {
  if (std::uint32_t found = next(node, c); found != kNone) return found;
  auto& children = nodes_[node].next;
  auto it = std::lower_bound(children.begin(), children.end(), c, [](const auto& e, char32_t x) { return e.first < x; });
  auto id = static_cast<std::uint32_t>(nodes_.size());
  children.insert(it, {c, id});  // before emplace_back: that may move the nodes
  nodes_.emplace_back();
  return id;
}

std::size_t UnitTrie::walk(const std::u32string& s, std::size_t k, std::array<std::int32_t, kMaxLength + 1>& units) const {
  units.fill(-1);
  std::uint32_t node = 0;
  std::size_t len = 0;
  while (len < kMaxLength && k + len < s.size()) {
    char32_t c = s[k + len];
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';  // CM, KM, TEU: units are case-blind
    node = next(node, c);
    if (node == kNone) break;
    ++len;
    units[len] = nodes_[node].unit;
  }
  return len;
}

const UnitTrie& UnitTrie::instance() {
  static const UnitTrie trie;
  return trie;
}

}  // namespace

std::optional<std::pair<Unit, std::size_t>> unit_at(const std::u32string& s, std::size_t k) {
  const UnitTrie& trie = UnitTrie::instance();
  if (k >= s.size() || !trie.may_start(s[k])) return std::nullopt;
  std::array<std::int32_t, UnitTrie::kMaxLength + 1> units;
  // The longest unit first; a shorter one when a longer one is a word's start.
  for (std::size_t len = trie.walk(s, k, units); len >= 1; --len) {
    if (units[len] < 0) continue;
    bool ascii = is_letter(s[k]);
    if (ascii && k + len < s.size() && (is_letter(s[k + len]) || is_digit(s[k + len]))) continue;
    if (unit_starts_word(s, k, len)) continue;
    return std::make_pair(trie.unit(units[len]), len);
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

// Unit words in text: the fast unit lookups agree with the catalog: find_entry (a binary
// search over the catalog sorted at compile time) with a walk over kUnits, and unit_at (a
// trie of every unit word) with the lookup it replaced, which tried each length through
// find_unit.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "ducha/unit.hpp"
#include "text/normalized_text.hpp"
#include "text/unit_words.hpp"
#include "text/vocabulary.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

const detail::UnitEntry* linear_entry(std::string_view symbol) {
  for (const auto& e : detail::kUnits)
    if (e.symbol == symbol) return &e;
  return nullptr;
}

bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// The lookup unit_at used before the trie, as it was: every length from the longest,
// the candidate lower-cased and converted to UTF-8 for find_unit.
std::optional<std::pair<Unit, std::size_t>> reference_unit_at(const std::u32string& s, std::size_t k) {
  if (k >= s.size()) return std::nullopt;
  for (std::size_t len = std::min<std::size_t>(6, s.size() - k); len >= 1; --len) {
    std::u32string cand = s.substr(k, len);
    if (cand.front() == U' ' || cand.back() == U' ') continue;
    for (auto& c : cand)
      if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    auto u = find_unit(to_utf8(cand));
    if (!u || u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point) continue;
    std::size_t e = k + len;
    if (is_letter(cand.front()) && e < s.size() && (is_letter(s[e]) || (s[e] >= U'0' && s[e] <= U'9'))) continue;
    bool word = false;
    if (len == 1 && k + 1 < s.size())
      for (std::u32string_view w : vocabulary::kWordsStartingWithAUnit) word = word || s.compare(k, w.size(), w) == 0;
    if (word) continue;
    return std::make_pair(*u, len);
  }
  return std::nullopt;
}

// Every word find_unit reads: a symbol alone or after one or two scale words.
std::vector<std::string> unit_words() {
  std::vector<std::string> scales;
  for (const auto& w : detail::kScaleWords) scales.emplace_back(w.word);
  scales.emplace_back(detail::kYi.word);
  std::vector<std::string> out;
  for (const auto& e : detail::kUnits) {
    std::string symbol(e.symbol);
    out.push_back(symbol);
    for (const auto& a : scales) {
      out.push_back(a + symbol);
      for (const auto& b : scales) out.push_back(a + b + symbol);
    }
  }
  return out;
}

void expect_agrees_everywhere(const std::u32string& s) {
  for (std::size_t k = 0; k <= s.size(); ++k) {
    auto fast = unit_at(s, k);
    auto slow = reference_unit_at(s, k);
    ASSERT_EQ(fast.has_value(), slow.has_value()) << to_utf8(s) << " at " << k;
    if (fast) {
      EXPECT_EQ(fast->second, slow->second) << to_utf8(s) << " at " << k;
      EXPECT_EQ(fast->first, slow->first) << to_utf8(s) << " at " << k;
    }
  }
}

}  // namespace

TEST(UnitLookup, CatalogSymbolsAreUniqueAndFoundByBinarySearch) {
  std::set<std::string_view> seen;
  for (const auto& e : detail::kUnits) {
    EXPECT_TRUE(seen.insert(e.symbol).second) << "listed twice: " << e.symbol;
    EXPECT_EQ(detail::find_entry(e.symbol), linear_entry(e.symbol)) << e.symbol;
  }
  for (std::string_view absent : {"", "米米", "平方", "元元", "千", "亿", "\xE7", "zz", "teuu"})
    EXPECT_EQ(detail::find_entry(absent), nullptr) << absent;
  EXPECT_TRUE(std::is_sorted(detail::kUnitsBySymbol.begin(), detail::kUnitsBySymbol.end(),
                             [](auto a, auto b) { return detail::kUnits[a].symbol < detail::kUnits[b].symbol; }));
}

TEST(UnitLookup, EveryUnitWordIsFoundWholeAtItsStart) {
  std::size_t checked = 0;
  for (const std::string& word : unit_words()) {
    auto u = find_unit(word);
    std::u32string w = normalize(word).original;
    if (!u || w.size() > 6 || u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point)
      continue;
    std::u32string text = w + U"。";
    auto found = unit_at(text, 0);
    ASSERT_TRUE(found) << word;
    EXPECT_EQ(found->second, w.size()) << word;  // the longest match: the whole word
    EXPECT_EQ(found->first, *u) << word;
    ++checked;
  }
  EXPECT_GT(checked, 1000u);
}

TEST(UnitLookup, LongestMatchAndCaseAsBefore) {
  auto at0 = [](const std::u32string& s) { return unit_at(s, 0); };
  EXPECT_EQ(at0(U"万平方米以上")->second, 4u);
  EXPECT_EQ(at0(U"万平方米以上")->first.symbol, "万平方米");
  EXPECT_EQ(at0(U"千米道路")->first.symbol, "千米");  // a unit, not 千 × 米
  EXPECT_EQ(at0(U"KM路")->first.symbol, "公里");
  EXPECT_EQ(at0(U"TEU,")->first.symbol, "标箱");
  EXPECT_FALSE(at0(U"kmh"));    // letters after a Latin unit: a word
  EXPECT_FALSE(at0(U"方面"));   // a word that begins with a unit
  EXPECT_FALSE(at0(U"万%"));    // percentages are not units here
  EXPECT_FALSE(at0(U"平方"));
}

TEST(UnitLookup, AgreesWithTheCatalogLookupAtEveryPosition) {
  std::u32string all;
  for (const std::string& word : unit_words())
    for (std::u32string_view tail : {U"", U"。", U"a", U"1", U"面", U" 米"})
      all += normalize(word).original + std::u32string(tail) + U"|";
  expect_agrees_everywhere(all);
  expect_agrees_everywhere(U"Km2 KM Teu cm3 M2 m³ mm ㎡ 方案 方 3项目 项 片区 片 百万千万元 十亿元 万亿元 亿万元");
}

TEST(UnitLookup, AgreesOnTheRealReportCorpus) {
  std::size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(DUCHA_TEST_DATA "/real-reports/docs")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      expect_agrees_everywhere(normalize(line).chars);
      ++lines;
    }
  }
  EXPECT_GT(lines, 100u);
}

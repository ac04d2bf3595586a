// The first two stages on their own: normalisation (traditional characters folded
// with OpenCC, NFKC, dashes) and the numeral stage (find_numerals).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <future>
#include <iostream>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/extraction.hpp"
#include "text/normalized_text.hpp"
#include "text/numerals.hpp"
#include "text/traditional.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// The numerals of `s` as (normalised text, value).
Pairs numerals(const std::string& s) {
  NormalizedText t = normalize(s);
  Pairs out;
  for (const Numeral& n : find_numerals(t.chars)) out.emplace_back(t.utf8(n.begin, n.end), value_text(n.value));
  return out;
}

}  // namespace

TEST(Normalize, TraditionalCharactersAreFoldedFirst) {
  EXPECT_EQ(to_utf8(normalize("萬億點負兩貳參陸內長項個").chars), "万亿点负两贰参陆内长项个");
  EXPECT_EQ(to_utf8(normalize("城鎮新增就業1100萬人以上").chars), "城镇新增就业1100万人以上");
  // Simplified text and ASCII are left as they are.
  EXPECT_EQ(to_utf8(normalize("累计完成投资2.1亿元").chars), "累计完成投资2.1亿元");
  EXPECT_EQ(to_utf8(normalize("abc 12").chars), "abc 12");
}

// The fast path: a text with no code point OpenCC's t2s dictionaries change skips the
// conversion; the set comes from OpenCC's own data, so it agrees with the conversion.
TEST(Normalize, OnlyTextsWithACharacterTheConversionChangesAreConverted) {
  EXPECT_FALSE(needs_folding(U"累计完成投资2.1亿元,新建3个社区体育公园"));
  EXPECT_FALSE(needs_folding(U"abc 12 ％３０"));
  EXPECT_FALSE(needs_folding(U""));
  for (std::u32string_view t : {U"萬", U"億元", U"城鎮新增就業", U"個", U"乾淨", U"甲乙丙丁萬"}) EXPECT_TRUE(needs_folding(t));
  // The fast path never changes a result: when needs_folding says no, OpenCC's own
  // conversion gives the text back unchanged (it may say yes for a text that converts to
  // itself: 乾隆 keeps its 乾).
  for (const std::string t : {"累计完成投资2.1亿元", "实际利用外资3.73亿美元", "城镇新增就业1100万人", "新(改、扩)建公办园5所"}) {
    std::u32string u = normalize(t).original;
    EXPECT_FALSE(needs_folding(u)) << t;
    EXPECT_EQ(fold_traditional(t, u.size()).chars, u) << t;
  }
  std::u32string kept = normalize("乾隆年间").original;
  EXPECT_EQ(fold_traditional("乾隆年间", kept.size()).chars, kept);
}

// The code points normalize copies without asking ICU are ones NFKC leaves alone: every
// CJK ideograph, ASCII, and the CJK punctuation of the fast path.
TEST(Normalize, CodePointsCopiedWithoutIcuAreThoseNfkcKeeps) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status) && nfkc);
  std::u32string kept = U"、。〈〉《》「」『』【】〔〕‘’“”";
  for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) kept.push_back(c);
  for (char32_t c = 0x20; c < 0x7F; ++c)
    if (c != U'~') kept.push_back(c);
  for (char32_t c : kept) {
    icu::UnicodeString one(static_cast<UChar32>(c));
    EXPECT_TRUE(nfkc->isNormalized(one, status) && U_SUCCESS(status)) << static_cast<std::uint32_t>(c);
    std::u32string alone(1, c);
    if (!needs_folding(alone))  // traditional characters are folded first (萬 → 万)
      EXPECT_EQ(normalize(to_utf8(alone)).chars, alone) << static_cast<std::uint32_t>(c);
  }
  // After the first code point that is not copied, the rest of the line still is.
  EXPECT_EQ(to_utf8(normalize("“全覆盖”，３０％～５０％《规划》").chars), "“全覆盖”,30%-50%《规划》");
}

TEST(Normalize, OffsetsMapExactlyBackThroughFolding) {
  NormalizedText t = normalize("減稅8000多億元，增長６．５％");
  ASSERT_EQ(t.size(), t.original.size());
  for (std::size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t.source_begin(i), i);
  auto e = extract("減稅8000多億元");
  ASSERT_EQ(e.quantities.size(), 1u);
  EXPECT_EQ(e.quantities[0].span.begin, 2u);
  EXPECT_EQ(e.quantities[0].span.end, 9u);
  EXPECT_EQ(e.quantities[0].span.text, "8000多亿元");
  EXPECT_EQ(value_text(e.quantities[0].value), "800000000000");
  // A NUL inside the text keeps the offsets after it.
  std::string with_nul = std::string("億", 3) + '\0' + "萬";
  NormalizedText n = normalize(with_nul);
  EXPECT_EQ(to_utf8(n.chars), std::string("亿") + '\0' + "万");
  EXPECT_EQ(n.source_begin(2), 2u);
}

TEST(Numerals, TraditionalAndCapitalForms) {
  EXPECT_EQ(numerals("兩千三百萬"), (Pairs{{"两千三百万", "23000000"}}));
  EXPECT_EQ(numerals("參拾貳點伍億"), (Pairs{{"参拾贰点伍亿", "3250000000"}}));
  EXPECT_EQ(numerals("負一點五"), (Pairs{{"负一点五", "-1.5"}}));
  EXPECT_EQ(numerals("陆万元整"), (Pairs{{"陆万", "60000"}}));
  EXPECT_EQ(numerals("一千陆"), (Pairs{{"一千陆", "1600"}}));
  // 陆 and 参 without a numeral beside them are words.
  EXPECT_EQ(numerals("內陸長項目個"), (Pairs{}));
  EXPECT_EQ(numerals("参加3次"), (Pairs{{"3", "3"}}));
  EXPECT_EQ(numerals("内陆 三个"), (Pairs{{"三", "3"}}));
}

TEST(Numerals, InformalForms) {
  EXPECT_EQ(numerals("30w"), (Pairs{{"30w", "300000"}}));
  EXPECT_EQ(numerals("1.5w人"), (Pairs{{"1.5w", "15000"}}));
  EXPECT_EQ(numerals("30kw"), (Pairs{{"30", "30"}}));  // kw is a unit word, not k
  EXPECT_EQ(numerals("完成一半"), (Pairs{{"一半", "0.5"}}));
}

TEST(Numerals, RangeDashBelongsToNeitherEnd) {
  EXPECT_EQ(numerals("3万-6万元"), (Pairs{{"3万", "30000"}, {"6万", "60000"}}));
  EXPECT_EQ(numerals("6.5%—7%"), (Pairs{{"6.5", "6.5"}, {"7", "7"}}));
  EXPECT_EQ(numerals("5个-3个"), (Pairs{{"5", "5"}, {"3", "3"}}));
  EXPECT_EQ(numerals("-5%~-3%"), (Pairs{{"-5", "-5"}, {"-3", "-3"}}));
  EXPECT_EQ(numerals("气温 -3"), (Pairs{{"-3", "-3"}}));
}

// Bounded work: a megabyte of numerals and dashes under a generous watchdog (no timing assertion).
TEST(Numerals, AMegabyteIsReadWithoutHanging) {
  std::string line;
  while (line.size() < (1u << 20)) line += "3万-6万元,增长6.5%—7%,两到三万 1.5万 2.3千万 壹佰贰拾叁元肆角 萬億";
  auto run = std::async(std::launch::async, [&] { return extract(line).ranges.size(); });
  ASSERT_EQ(run.wait_for(std::chrono::minutes(5)), std::future_status::ready) << "extract did not finish";
  EXPECT_GT(run.get(), 1000u);
}

// A list number before a Chinese decimal (1.一点五) once sent find_numerals into an
// endless loop: the dotted-list re-read gave an empty skip and the scan did not move
// (found by extract_fuzz; fuzz/corpus/extract/regression-list-number-chinese-decimal).
TEST(Numerals, AListNumberBeforeAChineseDecimalIsReadAndTheScanMovesOn) {
  auto run = std::async(std::launch::async, [] {
    return std::vector<Pairs>{numerals("1.一点五"), numerals("5.十点五万元"), numerals("2222.2222.222")};
  });
  if (run.wait_for(std::chrono::minutes(2)) != std::future_status::ready) {
    std::cerr << "find_numerals did not finish\n";
    std::_Exit(1);  // the worker cannot be stopped
  }
  auto got = run.get();
  EXPECT_EQ(got[0].back(), (std::pair<std::string, std::string>{"一点五", "1.5"}));
  EXPECT_EQ(got[1].back(), (std::pair<std::string, std::string>{"十点五万", "105000"}));
  EXPECT_EQ(got[2].back().second, "222");  // ASCII dotted lists still read as before
}

// Per-text limits (io::check_text): text-bytes, clause-bytes, and their names in --limit.
#include <gtest/gtest.h>

#include "ducha/error.hpp"
#include "io/limits.hpp"

using namespace ducha;

namespace {

std::string error_of(std::string_view text, const io::Limits& limits) {
  try {
    io::check_text(text, "target", limits);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
    return e.what();
  }
  return "";
}

}  // namespace

TEST(TextLimits, TheLongestClauseIsFoundBetweenEveryDelimiter) {
  EXPECT_EQ(io::longest_clause("").length, 0u);
  auto s = io::longest_clause("ab,abcd;abc");
  EXPECT_EQ(s.offset, 3u);
  EXPECT_EQ(s.length, 4u);
  for (std::string d : {",", ";", "!", "?", ":", "\n", "\r", "，", "；", "。", "！", "？", "：", "、"}) {
    auto c = io::longest_clause("abc" + d + "abcdef" + d + "ab");
    EXPECT_EQ(c.offset, 3 + d.size()) << d;
    EXPECT_EQ(c.length, 6u) << d;
  }
  // Not delimiters: a space, a bar, a full-width space, brackets.
  EXPECT_EQ(io::longest_clause("ab cd|ef　gh（ij）").length, std::string("ab cd|ef　gh（ij）").size());
  // The first of equal clauses; the last clause counts too.
  EXPECT_EQ(io::longest_clause("abc,abc").offset, 0u);
  EXPECT_EQ(io::longest_clause("a,abcd").offset, 2u);
}

TEST(TextLimits, ATextAtTheLimitIsReadOneByteMoreIsNot) {
  io::Limits limits;
  limits.text_bytes = 26;
  limits.clause_bytes = 26;
  const std::string t = "新建30个社区健身点";  // 26 bytes, one clause
  EXPECT_EQ(error_of(t, limits), "");
  EXPECT_EQ(error_of(t + "，", limits), "target: text of 29 bytes, over the limit text-bytes = 26");
  limits.text_bytes = 100;
  limits.clause_bytes = 25;
  EXPECT_EQ(error_of("，" + t, limits),
            "target: a clause of 26 bytes at byte 3 (no , ; 。 ! ? : 、 or line end), over the limit clause-bytes = 25");
}

TEST(TextLimits, TheDefaultsAreFarAboveARealReport) {
  io::Limits limits;
  EXPECT_EQ(limits.text_bytes, 16384u);
  EXPECT_EQ(limits.clause_bytes, 2048u);
  std::string report_sentence = "1-6月,新增300个婴幼儿托位,完成全年目标的54.5%。";
  EXPECT_EQ(error_of(report_sentence, limits), "");
}

TEST(TextLimits, TheCommandLineNamesSetThem) {
  io::Limits limits;
  EXPECT_FALSE(limits.set("text-bytes=1M"));
  EXPECT_FALSE(limits.set("clause-bytes=300"));
  EXPECT_EQ(limits.text_bytes, std::size_t{1} << 20);
  EXPECT_EQ(limits.clause_bytes, 300u);
  EXPECT_EQ(*limits.set("clause-bytes=0"), "limit clause-bytes must be a whole number from 1 (with K, M or G), not \"0\"");
  EXPECT_NE(limits.set("depth=3")->find("text-bytes, clause-bytes"), std::string::npos);
}

// Figures: which numbers of a text can measure something (lib/text/measures.cpp).
#include <gtest/gtest.h>

#include "text/clauses.hpp"
#include "text/measures.hpp"
#include "text/normalized_text.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

struct Read {
  std::vector<Figure> figures;
  std::vector<Unread> unread;
};

Read read(const std::string& text) {
  Read r;
  U32 s = normalize(text).original;
  r.figures = figures(s, extract(text), true, &r.unread);
  return r;
}

}  // namespace

TEST(Figures, ACountWithAVerbIsAFigure) {
  Read r = read("新建3个社区体育公园、两个社区健身点");
  ASSERT_EQ(r.figures.size(), 2u);
  EXPECT_EQ(r.figures[0].value, Fraction(3));
  EXPECT_EQ(r.figures[0].unit.symbol, "个");
  EXPECT_EQ(r.figures[1].value, Fraction(2));  // inherits nothing: 两个 stands after 、, Arabic or not
}

TEST(Figures, ChineseNumeralsRightAfterAVerbCount) {
  Read r = read("已建成三所学校");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value, Fraction(3));
}

TEST(Figures, NumeralsInsideNamesAndFixedPhrasesAreNotFigures) {
  for (const char* text : {"认真落实中央八项规定精神", "开展十项全面清理", "坚决打好三大攻坚战", "深刻领会两个确立的决定性意义",
                           "由张三同志负责,联系人李四"}) {
    Read r = read(text);
    EXPECT_TRUE(r.figures.empty()) << text << ": read " << (r.figures.empty() ? "" : r.figures[0].unit.symbol);
  }
  Read r = read("认真落实中央八项规定精神");
  ASSERT_EQ(r.unread.size(), 1u);
  EXPECT_EQ(r.unread[0].span.text, "八项");
  EXPECT_NE(r.unread[0].reason.find("name"), std::string::npos);
}

TEST(Figures, QuotedAndTitledNumeralsName) {
  Read r = read("增强“四个意识”,落实《十条措施》,新建5个公园");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value, Fraction(5));
  ASSERT_EQ(r.unread.size(), 2u);
  EXPECT_NE(r.unread[0].reason.find("quotation"), std::string::npos);
  EXPECT_NE(r.unread[1].reason.find("title"), std::string::npos);
}

TEST(Figures, ABareNumberCountsOnlyBeforePunctuation) {
  Read r = read("孵化科技型企业200,编号B12,第3名");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_TRUE(r.figures[0].bare);
  EXPECT_EQ(r.figures[0].value, Fraction(200));
}

TEST(Figures, OneBatchIsNoCount) {
  Read r = read("引进一批项目");
  EXPECT_TRUE(r.figures.empty());
}

TEST(Clauses, PartsSplitAtDelimitersAndEnumerationCommas) {
  U32 s = normalize("新建3个公园、30个健身点,改造5公里").original;
  auto parts = split_parts(s);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_TRUE(parts[0].major_start);
  EXPECT_FALSE(parts[1].major_start);
  EXPECT_TRUE(parts[2].major_start);
}

TEST(Clauses, AnEnumerationCommaInsideBracketsDoesNotSplit) {
  U32 s = normalize("新(改、扩)建公办园5所,新增学位1000个").original;
  auto parts = split_parts(s);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].e, 12u);
}

TEST(Clauses, ContextIsBounded) {
  U32 s(10000, U'字');
  Context c = context_of(s, 5000, 5001);
  EXPECT_EQ(c.sentence_b, 5000 - kWindow);
  EXPECT_EQ(c.sentence_e, 5001 + kWindow);
}

TEST(Clauses, QuotedMaskMarksQuotesAndTitles) {
  U32 s = normalize("甲“乙”丙《丁》").original;
  auto m = quoted_mask(s);
  EXPECT_EQ(m[0], 0);
  EXPECT_EQ(m[2], 1);
  EXPECT_EQ(m[4], 0);
  EXPECT_EQ(m[6], 2);
}

TEST(Figures, AmountsOfMoneyInChineseNumeralsAreFigures) {
  for (const char* t : {"补助壹佰贰拾叁元肆角", "每人补助十块三毛", "补贴五十元"}) {
    Read r = read(t);
    ASSERT_EQ(r.figures.size(), 1u) << t;
    EXPECT_EQ(r.figures[0].unit.symbol, "元") << t;
  }
  EXPECT_TRUE(read("大家拧成一块").figures.empty());  // a bare 块 is also "together"
  EXPECT_TRUE(read("整治三块地").figures.empty() || read("整治三块地").figures[0].unit.symbol != "元");
}

TEST(Figures, TheEndOfARangeCountsAndKnowsItsLowerEnd) {
  Read r = read("新增就业两到三万人");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].value, Fraction(30000));
  ASSERT_TRUE(r.figures[0].range_low);
  EXPECT_EQ(*r.figures[0].range_low, Fraction(20000));
  EXPECT_TRUE(read("深刻领悟两个确立的决定性意义").figures.empty());  // no range: still a name
}

TEST(Figures, HalfIsAShareOfFifty) {
  Read r = read("已完成一半");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_TRUE(r.figures[0].percent);
  EXPECT_EQ(r.figures[0].value, Fraction(50));
}

TEST(Figures, ASpaceBeforeAnotherNumberSeparatesTwoBareFigures) {
  Read r = read("培训1.5万 2.3千万");
  ASSERT_EQ(r.figures.size(), 2u);
  EXPECT_EQ(r.figures[0].value, Fraction(15000));
  EXPECT_EQ(r.figures[1].value, Fraction(23000000));
}

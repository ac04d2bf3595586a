// The figure stage: percentages, quantities and ranges read around the numerals,
// with the wrong figures of issue 9 as regression cases (exact expected figures).
#include <gtest/gtest.h>

#include "text/extraction.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs numbers(const std::string& s) {
  Pairs out;
  for (const auto& n : extract(s).numbers) out.emplace_back(n.span.text, value_text(n.value));
  return out;
}

Pairs percents(const std::string& s) {
  Pairs out;
  for (const auto& p : extract(s).percents) out.emplace_back(p.span.text, value_text(p.value));
  return out;
}

// "text=value unit" for every quantity.
std::vector<std::string> quantities(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& q : extract(s).quantities)
    out.push_back(q.span.text + "=" + value_text(q.value) + " " + q.unit.symbol);
  return out;
}

// "text: kind low..high unit" for every range.
std::vector<std::string> ranges(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& r : extract(s).ranges) {
    std::string unit = r.unit ? r.unit->symbol : (r.kind == FigureKind::percent ? "%" : "");
    out.push_back(r.span.text + ": " + std::string(to_string(r.kind)) + " " + value_text(r.low) + ".." +
                  value_text(r.high) + (unit.empty() ? "" : " " + unit));
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

// ---- class 1 of issue 9: wrong figures -----------------------------------------

TEST(WrongFigures, RangeDashIsNeverAMinusSign) {
  EXPECT_EQ(numbers("营收3万-6万元"), (Pairs{{"3万", "30000"}, {"6万", "60000"}}));
  EXPECT_EQ(quantities("营收3万-6万元"), (Strings{"6万元=60000 元"}));
  EXPECT_EQ(ranges("营收3万-6万元"), (Strings{"3万-6万元: quantity 30000..60000 元"}));
  EXPECT_EQ(percents("增长6.5%—7%"), (Pairs{{"6.5%", "6.5"}, {"7%", "7"}}));
  EXPECT_EQ(ranges("增长6.5%—7%"), (Strings{"6.5%-7%: percent 6.5..7 %"}));
  // Every dash of the family, with and without spaces on both sides.
  for (const char* s : {"增长6.5%-7%", "增长6.5%–7%", "增长6.5%~7%", "增长6.5%～7%", "增长6.5%－7%", "增长6.5% - 7%"})
    for (const auto& p : extract(s).percents) EXPECT_FALSE(p.value.is_negative()) << s;
}

TEST(WrongFigures, RangesKeepTheSignsTheyWrite) {
  EXPECT_EQ(ranges("-5%~-3%"), (Strings{"-5%--3%: percent -5..-3 %"}));
  // A space before the dash only: two cells of a table, the second negative.
  EXPECT_EQ(numbers("6.3 -2.1"), (Pairs{{"6.3", "6.3"}, {"-2.1", "-2.1"}}));
  EXPECT_TRUE(extract("6.3 -2.1").ranges.empty());
  // A sign after a verb stays a sign.
  EXPECT_EQ(percents("增长-19%"), (Pairs{{"-19%", "-19"}}));
}

TEST(WrongFigures, DozenOnlyAsAMeasureWord) {
  EXPECT_EQ(numbers("请拨打12345热线"), (Pairs{{"12345", "12345"}}));
  EXPECT_EQ(numbers("热线12345打不通"), (Pairs{{"12345", "12345"}}));
  EXPECT_EQ(numbers("开展三打两建"), (Pairs{{"三", "3"}, {"两", "2"}}));
  EXPECT_EQ(numbers("全力打造3个园区"), (Pairs{{"3", "3"}}));
  EXPECT_EQ(numbers("5打击行动"), (Pairs{{"5", "5"}}));
  EXPECT_EQ(numbers("十打苹果"), (Pairs{{"十打", "120"}}));
  EXPECT_EQ(numbers("五十打"), (Pairs{{"五十打", "600"}}));
}

TEST(WrongFigures, NegativePercentagesKeepTheirSign) {
  EXPECT_EQ(percents("负百分之十二"), (Pairs{{"负百分之十二", "-12"}}));
  EXPECT_EQ(percents("增速为负百分之三点五"), (Pairs{{"负百分之三点五", "-3.5"}}));
  EXPECT_EQ(percents("负千分之五"), (Pairs{{"负千分之五", "-0.5"}}));
  auto e = extract("同比负增长5%");
  ASSERT_EQ(e.percents.size(), 1u);
  EXPECT_EQ(value_text(*e.percents[0].growth), "-5");
}

TEST(WrongFigures, FiguresSeparatedBySpacesAreNotMerged) {
  EXPECT_EQ(numbers("1.5万 2.3千万"), (Pairs{{"1.5万", "15000"}, {"2.3千万", "23000000"}}));
  EXPECT_EQ(numbers("1万 2千万"), (Pairs{{"1万", "10000"}, {"2千万", "20000000"}}));
  EXPECT_EQ(numbers("3亿 5亿"), (Pairs{{"3亿", "300000000"}, {"5亿", "500000000"}}));
  // Smaller parts after a space still continue a number.
  EXPECT_EQ(numbers("7万 5千 4百"), (Pairs{{"7万 5千 4百", "75400"}}));
  EXPECT_EQ(numbers("三千 八百 九十六 万 四千 九百 六十五"),
            (Pairs{{"三千 八百 九十六 万 四千 九百 六十五", "38964965"}}));
}

// ---- ranges ------------------------------------------------------------------------

TEST(Ranges, ConnectorsAndSharedUnits) {
  EXPECT_EQ(ranges("3万至6万元"), (Strings{"3万至6万元: quantity 30000..60000 元"}));
  EXPECT_EQ(ranges("3万元至6万元"), (Strings{"3万元至6万元: quantity 30000..60000 元"}));
  EXPECT_EQ(ranges("建设3-5个"), (Strings{"3-5个: quantity 3..5 个"}));
  EXPECT_EQ(ranges("6.5-7%"), (Strings{"6.5-7%: percent 6.5..7 %"}));
  EXPECT_EQ(ranges("百分之五到百分之十"), (Strings{"百分之五到百分之十: percent 5..10 %"}));
  EXPECT_EQ(ranges("20 - 100个"), (Strings{"20 - 100个: quantity 20..100 个"}));
  // Units of one dimension convert to the upper end's; different dimensions are no range.
  EXPECT_EQ(ranges("500米-2公里"), (Strings{"500米-2公里: quantity 0.5..2 公里"}));
  EXPECT_TRUE(extract("5吨-3公里").ranges.empty());
}

TEST(Ranges, ScaleWordSharedByBothEnds) {
  EXPECT_EQ(ranges("两到三万"), (Strings{"两到三万: number 20000..30000"}));
  EXPECT_EQ(numbers("两到三万"), (Pairs{{"两", "20000"}, {"三万", "30000"}}));
  EXPECT_EQ(ranges("3-5万平方米"), (Strings{"3-5万平方米: quantity 30000..50000 平方米"}));
  EXPECT_EQ(ranges("5到15亿元"), (Strings{"5到15亿元: quantity 500000000..1500000000 元"}));
  EXPECT_EQ(ranges("两到三十万"), (Strings{"两到三十万: number 200000..300000"}));
  // A lower end already larger than the upper end's digits keeps its own value.
  EXPECT_EQ(ranges("8000-1.2万元"), (Strings{"8000-1.2万元: quantity 8000..12000 元"}));
  EXPECT_EQ(ranges("3千-5万"), (Strings{"3千-5万: number 3000..50000"}));
}

TEST(Ranges, GrowthVerbGivesBothEndsTheirDirection) {
  auto up = extract("增长6.5%—7%");
  ASSERT_EQ(up.ranges.size(), 1u);
  EXPECT_EQ(value_text(*up.ranges[0].growth_low), "6.5");
  EXPECT_EQ(value_text(*up.ranges[0].growth_high), "7");
  ASSERT_EQ(up.percents.size(), 2u);
  EXPECT_EQ(value_text(*up.percents[1].growth), "7");
  EXPECT_EQ(up.percents[0].range, std::optional<std::size_t>(0));
  EXPECT_EQ(up.percents[1].range, std::optional<std::size_t>(0));
  auto down = extract("下降3%~5%");
  ASSERT_EQ(down.ranges.size(), 1u);
  EXPECT_EQ(value_text(*down.ranges[0].growth_low), "-3");
  EXPECT_EQ(value_text(*down.ranges[0].growth_high), "-5");
}

TEST(Ranges, DatesCodesAndUnrelatedFiguresAreNoRanges) {
  EXPECT_TRUE(extract("1-6月").ranges.empty());
  EXPECT_TRUE(extract("2021-2025年").ranges.empty());
  EXPECT_TRUE(extract("3个,5个").ranges.empty());
  EXPECT_TRUE(extract("由5%提高到7%").ranges.empty());
  EXPECT_TRUE(extract("6%-5%").ranges.empty());  // descending: not read as a range
  EXPECT_TRUE(extract("第3-5名").ranges.empty());
}

// ---- class 8 of issue 9: other forms -------------------------------------------------

TEST(OtherForms, TraditionalFiguresReadAsSimplified) {
  EXPECT_EQ(quantities("城鎮新增就業1100萬人以上"), (Strings{"1100万人=11000000 人"}));
  EXPECT_EQ(quantities("減稅8000多億元"), (Strings{"8000多亿元=800000000000 元"}));
  EXPECT_EQ(percents("負百分之十二"), (Pairs{{"负百分之十二", "-12"}}));
  EXPECT_EQ(quantities("新建兩個項目"), (Strings{"两个=2 个"}));
  EXPECT_EQ(ranges("增長6.5%—7%"), (Strings{"6.5%-7%: percent 6.5..7 %"}));
}

TEST(OtherForms, MoneyWithJiaoAndFen) {
  EXPECT_EQ(quantities("壹佰贰拾叁元肆角"), (Strings{"壹佰贰拾叁元肆角=123.4 元"}));
  EXPECT_EQ(quantities("壹佰貳拾參圓肆角伍分"), (Strings{"壹佰贰拾参圆肆角伍分=123.45 元"}));
  EXPECT_EQ(quantities("叁元零伍分"), (Strings{"叁元零伍分=3.05 元"}));
  EXPECT_EQ(quantities("拾元整"), (Strings{"拾元整=10 元"}));
  EXPECT_EQ(quantities("十块三毛"), (Strings{"十块三毛=10.3 元"}));
  EXPECT_EQ(quantities("五块钱"), (Strings{"五块钱=5 元"}));
  EXPECT_EQ(quantities("3块绿地"), (Strings{"3块=3 块"}));  // 块 counts pieces unless money follows
}

TEST(OtherForms, PercentWords) {
  EXPECT_EQ(percents("百分百完成"), (Pairs{{"百分百", "100"}}));
  EXPECT_EQ(percents("百分之百"), (Pairs{{"百分之百", "100"}}));
  EXPECT_EQ(percents("百分三十"), (Pairs{{"百分三十", "30"}}));
  EXPECT_TRUE(percents("百分3").empty());  // 百分 without 之 only before Chinese numerals
  auto e = extract("融资成本再降一个百分点");
  ASSERT_EQ(e.percents.size(), 1u);
  EXPECT_TRUE(e.percents[0].points);
  ASSERT_TRUE(e.percents[0].growth);
  EXPECT_EQ(value_text(*e.percents[0].growth), "-1");
}

TEST(OtherForms, HalfAndInformalWan) {
  EXPECT_EQ(numbers("完成年度任务的一半"), (Pairs{{"一半", "0.5"}}));
  EXPECT_EQ(quantities("30w人"), (Strings{"30w人=300000 人"}));
}

TEST(OtherForms, UnitsOfCountedThings) {
  EXPECT_EQ(quantities("完成7.4万口山坪塘整治"), (Strings{"7.4万口=74000 口"}));
  EXPECT_EQ(quantities("建成3套、2所、5处、4宗、120户、6栋"),
            (Strings{"3套=3 套", "2所=2 所", "5处=5 处", "4宗=4 宗", "120户=120 户", "6栋=6 栋"}));
  EXPECT_EQ(quantities("服务12万人次、起降3000架次"), (Strings{"12万人次=120000 人次", "3000架次=3000 架次"}));
  EXPECT_EQ(quantities("吞吐量1500万标箱,即1500万TEU"), (Strings{"1500万标箱=15000000 标箱", "1500万TEU=15000000 标箱"}));
  EXPECT_EQ(quantities("生猪出栏10万头、752只喇叭"), (Strings{"10万头=100000 头", "752只=752 只"}));
  for (const char* u : {"口", "套", "所", "处", "宗", "户", "栋", "人次", "架次", "标箱"})
    EXPECT_EQ(ducha::unit(u).dimension, Dimension::count) << u;
  // Words that begin with a unit character are no units after a figure.
  EXPECT_TRUE(quantities("3口岸").empty());
  EXPECT_TRUE(quantities("5部门").empty());
}

TEST(OtherForms, ErAloneBeforeAClassifierIsNoCount) {
  EXPECT_TRUE(quantities("居民住宅二次供水设施改造").empty());
  EXPECT_TRUE(quantities("二期工程").empty());
  EXPECT_EQ(quantities("开展两次培训"), (Strings{"两次=2 次"}));
  EXPECT_EQ(quantities("开展十二次培训"), (Strings{"十二次=12 次"}));
}

TEST(ExactDecimal, FromFractionWithoutText) {
  EXPECT_EQ(exact_decimal(Fraction(333100))->to_string(), "333100");
  EXPECT_EQ(exact_decimal(Fraction(6, 25))->to_string(), "0.24");
  EXPECT_EQ(exact_decimal(Fraction(-1235, 100))->to_string(), "-12.35");
  EXPECT_EQ(exact_decimal(Fraction(1, 1024))->to_string(), "0.0009765625");
  EXPECT_FALSE(exact_decimal(Fraction(1, 3)));                           // does not terminate
  EXPECT_FALSE(exact_decimal(Fraction(1, int128(1) << 70)));             // needs more than 18 places
  EXPECT_FALSE(exact_decimal(Fraction(int128(1000000000000000000LL))));  // 19 digits
  for (const char* s : {"3万-6万元", "壹佰贰拾叁元肆角", "百分之八十七点五", "三分之一"})
    for (const auto& n : extract(s).numbers) {
      auto d = exact_decimal(n.value);
      if (d) {
        EXPECT_EQ(d->to_string(), value_text(n.value)) << s;
      }
    }
}

TEST(Ranges, AndWithBetweenAfterIsARange) {
  EXPECT_EQ(ranges("增长控制在3%与5%之间"), (Strings{"3%与5%: percent 3..5 %"}));
  EXPECT_EQ(ranges("投资3万和5万元之间"), (Strings{"3万和5万元: quantity 30000..50000 元"}));
  EXPECT_EQ(ranges("3万至5万元之间"), (Strings{"3万至5万元: quantity 30000..50000 元"}));
  // Without 之间, 与 and 和 join a list: two figures, no range.
  EXPECT_TRUE(ranges("新建3个公园与5个广场").empty());
  EXPECT_TRUE(ranges("增长3%和5%").empty());
}

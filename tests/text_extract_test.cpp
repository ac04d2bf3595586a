// Text extraction: normalisation, numbers, percentages, quantities and dates,
// with the reference report's own wording as cases.
#include "text/extraction.hpp"

#include <gtest/gtest.h>

#include "text/normalized_text.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

std::vector<std::pair<std::string, std::string>> numbers(const std::string& s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& n : extract(s).numbers) out.emplace_back(n.span.text, value_text(n.value));
  return out;
}

std::string value_of(const std::string& s) {
  auto e = extract(s);
  if (e.numbers.size() != 1) return "found " + std::to_string(e.numbers.size());
  return value_text(e.numbers[0].value);
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST(Normalize, FoldsFullWidthAndDashesAndMapsOffsetsBack) {
  NormalizedText t = normalize("３０％，１—６月");
  EXPECT_EQ(to_utf8(t.chars), "30%,1-6月");
  EXPECT_EQ(t.source_begin(2), 2u);  // the % came from the third code point
  NormalizedText m = normalize("4260㎡");
  EXPECT_EQ(to_utf8(m.chars), "4260m2");
  EXPECT_EQ(m.source_end(m.size()), 5u);  // ㎡ is one code point of the input
  for (const char* range : {"1-6月", "1—6月", "1~6月", "1～6月", "1–6月"})
    EXPECT_EQ(to_utf8(normalize(range).chars), "1-6月") << range;
}

TEST(Normalize, InvalidUtf8IsAnErrorNamingTheByte) {
  for (std::string bad : {std::string("\xff"), std::string("ab\xe6\x96"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80")}) {
    try {
      extract(bad);
      ADD_FAILURE() << "accepted invalid UTF-8";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::parse_error);
      EXPECT_NE(std::string(e.what()).find("invalid UTF-8 at byte"), std::string::npos);
    }
  }
}

TEST(Numbers, ArabicWithDecimalsAndThousandsSeparators) {
  EXPECT_EQ(value_of("33.31"), "33.31");
  EXPECT_EQ(value_of("1,050,000,000"), "1050000000");
  EXPECT_EQ(value_of("10,000.233"), "10000.233");
  EXPECT_EQ(value_of(".5"), "0.5");
  EXPECT_EQ(value_of("２.７８９０"), "2.789");
  EXPECT_EQ(value_of("2e5"), "200000");
  EXPECT_EQ(numbers("1, 234, 567"), (Pairs{{"1", "1"}, {"234", "234"}, {"567", "567"}}));
}

TEST(Numbers, ChineseNumerals) {
  EXPECT_EQ(value_of("三十"), "30");
  EXPECT_EQ(value_of("两千三百"), "2300");
  EXPECT_EQ(value_of("一万二"), "12000");
  EXPECT_EQ(value_of("十二"), "12");
  EXPECT_EQ(value_of("〇"), "0");
  EXPECT_EQ(value_of("一千零一"), "1001");
  EXPECT_EQ(value_of("一百零一万一千"), "1011000");
  EXPECT_EQ(value_of("四万万"), "400000000");
  EXPECT_EQ(value_of("五兆六十二亿四万五千二"), "5006200045200");
  EXPECT_EQ(value_of("壹贰叁"), "123");
  EXPECT_EQ(value_of("壹佰伍拾"), "150");
  EXPECT_EQ(value_of("十万柒仟捌佰伍拾肆"), "107854");
  EXPECT_EQ(value_of("两千三点一"), "2300.1");
  EXPECT_EQ(value_of("零点五"), "0.5");
  EXPECT_EQ(value_of("廿二"), "22");
  EXPECT_EQ(value_of("一打"), "12");
  EXPECT_EQ(value_of("半百"), "50");
}

TEST(Numbers, MixedArabicAndScaleWordsAreExact) {
  EXPECT_EQ(value_of("1.9万"), "19000");
  EXPECT_EQ(value_of("33.31万"), "333100");
  EXPECT_EQ(value_of("1175亿"), "117500000000");
  EXPECT_EQ(value_of("2.24亿"), "224000000");
  EXPECT_EQ(value_of("4.78万亿"), "4780000000000");
  EXPECT_EQ(value_of("5万4千6百"), "54600");
  EXPECT_EQ(value_of("2千零30万"), "20300000");
  EXPECT_EQ(value_of("0.75万"), "7500");
}

TEST(Numbers, NegativesAndFractions) {
  EXPECT_EQ(value_of("负三十二"), "-32");
  EXPECT_EQ(value_of("-19"), "-19");
  EXPECT_EQ(value_of("负1.1"), "-1.1");
  EXPECT_EQ(value_of("三分之一"), "1/3");
  EXPECT_EQ(value_of("负一又二分之一"), "-1.5");
  EXPECT_EQ(value_of("3/5"), "0.6");
  EXPECT_EQ(value_of("1 3/5"), "1.6");
  EXPECT_EQ(value_of("一百分之二"), "0.02");
}

TEST(Numbers, ApproximationsAreFlaggedAndKeepTheirValue) {
  auto e = extract("约2347列");
  ASSERT_EQ(e.numbers.size(), 1u);
  EXPECT_TRUE(e.numbers[0].approximate);
  EXPECT_EQ(value_text(e.numbers[0].value), "2347");
  EXPECT_TRUE(extract("整治80余处").numbers[0].approximate);
  EXPECT_TRUE(extract("近一吨").numbers[0].approximate);
  EXPECT_TRUE(extract("达40%以上").numbers[0].approximate);
  EXPECT_EQ(value_of("十余万"), "100000");
  EXPECT_TRUE(extract("十余万").numbers[0].approximate);
  EXPECT_EQ(value_of("二十几万"), "200000");
  EXPECT_FALSE(extract("拆除33.31万平方米").numbers[0].approximate);
}

TEST(Numbers, WordsThatContainNumeralsAreNotNumbers) {
  EXPECT_TRUE(numbers("一切").empty());
  EXPECT_TRUE(numbers("我家在四川").empty());
  EXPECT_TRUE(numbers("陆地上有许多动物").empty());
  EXPECT_TRUE(numbers("两两").empty());
  EXPECT_TRUE(numbers("万").empty());
  EXPECT_TRUE(numbers("百分之二三十").empty());
  EXPECT_EQ(numbers("一千零十二章"), (Pairs{{"一千零十二", "1012"}}));
}

TEST(Numbers, OffsetsAreCodePointsOfTheInput) {
  auto e = extract("截至6月30日,累计完成违法建筑拆除33.31万平方米。");
  ASSERT_EQ(e.quantities.size(), 1u);
  EXPECT_EQ(e.quantities[0].span.begin, 18u);
  EXPECT_EQ(e.quantities[0].span.end, 27u);
  EXPECT_EQ(e.quantities[0].span.text, "33.31万平方米");
  auto f = extract("１，０５０元");
  EXPECT_EQ(f.numbers[0].span.begin, 0u);
  EXPECT_EQ(f.numbers[0].span.end, 5u);
  EXPECT_EQ(f.numbers[0].span.text, "1,050");
}

TEST(Percents, EveryWrittenForm) {
  auto pct = [](const std::string& s) {
    auto e = extract(s);
    return e.percents.size() == 1 ? value_text(e.percents[0].value) : "found " + std::to_string(e.percents.size());
  };
  EXPECT_EQ(pct("回收利用率达40%"), "40");
  EXPECT_EQ(pct("一窗综办率88.76%"), "88.76");
  EXPECT_EQ(pct("百分之八十七点五"), "87.5");
  EXPECT_EQ(pct("千分之２．４"), "0.24");
  EXPECT_EQ(pct("5‰"), "0.5");
  EXPECT_EQ(pct("提高2个百分点"), "2");
  EXPECT_TRUE(extract("提高2个百分点").percents[0].points);
  EXPECT_EQ(pct("九成"), "90");
  EXPECT_EQ(pct("七五折"), "75");
  EXPECT_EQ(pct("-22.2%"), "-22.2");
  EXPECT_EQ(pct("负3.9%"), "-3.9");
  EXPECT_EQ(pct("百分之百"), "100");
}

TEST(Percents, GrowthTakesItsSignFromTheVerb) {
  auto e = extract("同比下降29.95%,同比增长仅为1.2%,增长-19%(扣除留抵退税因素后增长-15.6%)");
  ASSERT_EQ(e.percents.size(), 4u);
  EXPECT_EQ(value_text(*e.percents[0].growth), "-29.95");
  EXPECT_EQ(value_text(*e.percents[1].growth), "1.2");
  EXPECT_EQ(value_text(*e.percents[2].growth), "-19");
  EXPECT_EQ(value_text(*e.percents[3].growth), "-15.6");
  EXPECT_FALSE(extract("回收利用率达40%").percents[0].growth.has_value());
}

TEST(Quantities, UnitsFromTheCatalogWithScaleWordsApplied) {
  auto q = [](const std::string& s) {
    auto e = extract(s);
    if (e.quantities.size() != 1) return std::string("found ") + std::to_string(e.quantities.size());
    return value_text(e.quantities[0].value) + " " + e.quantities[0].unit.symbol + " " +
           std::string(to_string(e.quantities[0].unit.dimension));
  };
  EXPECT_EQ(q("拆除33.31万平方米"), "333100 平方米 area");
  EXPECT_EQ(q("新建35公里地下管网"), "35 公里 length");
  EXPECT_EQ(q("建设600亩"), "600 亩 area");
  EXPECT_EQ(q("新建30个社区健身点"), "30 个 count");
  EXPECT_EQ(q("培育3家企业"), "3 家 count");
  EXPECT_EQ(q("新增市场主体18506户"), "18506 户 count");
  EXPECT_EQ(q("整车进口1589辆"), "1589 辆 count");
  EXPECT_EQ(q("新增城镇就业1.9万人"), "19000 人 people");
  EXPECT_EQ(q("引育10名领军人才"), "10 名 people");
  EXPECT_EQ(q("开行国际班列约2347列"), "2347 列 count");
  EXPECT_EQ(q("班列开行4500班以上"), "4500 班 count");
  EXPECT_EQ(q("完成产值1175亿元"), "117500000000 元 money");
  EXPECT_EQ(q("优良天数158天"), "158 天 duration");
  EXPECT_EQ(q("日均20万公斤"), "200000 千克 mass");
  EXPECT_EQ(q("治理修复4万立方米污染土壤"), "40000 立方米 volume");
  EXPECT_EQ(q("治理修复4260㎡污染土"), "4260 平方米 area");
  EXPECT_EQ(q("一吨半"), "1.5 吨 mass");
  EXPECT_EQ(q("壹拾壹元壹角壹分"), "11.11 元 money");
  EXPECT_TRUE(extract("开行国际班列约2347列").quantities[0].approximate);
}

TEST(Quantities, OrdinalsAndWordsAreNotQuantities) {
  EXPECT_TRUE(extract("主城区第3名").quantities.empty());
  EXPECT_TRUE(extract("从三方面推进").quantities.empty());
  EXPECT_TRUE(extract("推进20个项目").quantities.size() == 1);
}

TEST(Dates, PeriodsOfTheReport) {
  auto d = [](const std::string& s, int year = 2022) {
    auto e = extract(s, year);
    if (e.dates.size() != 1) return std::string("found ") + std::to_string(e.dates.size());
    const auto& m = e.dates[0];
    return std::string(to_string(m.kind)) + " " + (m.begin ? format_date(*m.begin) : "?") + " " +
           (m.end ? format_date(*m.end) : "?") + (m.as_of ? " as_of" : "");
  };
  EXPECT_EQ(d("1-6月,地区生产总值增长4.4%"), "month_range 2022-01-01 2022-06-30");
  EXPECT_EQ(d("1—6月"), "month_range 2022-01-01 2022-06-30");
  EXPECT_EQ(d("上半年,慈善会共接受社会捐赠61.56万元"), "half_year 2022-01-01 2022-06-30");
  EXPECT_EQ(d("一季度"), "quarter 2022-01-01 2022-03-31");
  EXPECT_EQ(d("前三季度"), "quarters 2022-01-01 2022-09-30");
  EXPECT_EQ(d("截至6月30日,优良天数158天"), "day 2022-06-30 2022-06-30 as_of");
  EXPECT_EQ(d("截至7月8日"), "day 2022-07-08 2022-07-08 as_of");
  EXPECT_EQ(d("今年以来"), "year_to_date 2022-01-01 ?");
  EXPECT_EQ(d("全年"), "full_year 2022-01-01 2022-12-31");
  EXPECT_EQ(d("2022年7月26日"), "day 2022-07-26 2022-07-26");
  EXPECT_EQ(d("计划7月底批量生产"), "month 2022-07-31 2022-07-31");
  EXPECT_EQ(d("6月30日", 0), "day ? ?");
}

TEST(Dates, DamagedDatesAreAmbiguousNotGuessed) {
  auto e = extract("截至630日,累计完成违法建筑拆除33.31万平方米。", 2022);
  ASSERT_EQ(e.dates.size(), 1u);
  EXPECT_TRUE(e.dates[0].ambiguous);
  EXPECT_TRUE(e.dates[0].as_of);
  EXPECT_FALSE(e.dates[0].begin.has_value());
  EXPECT_NE(e.dates[0].note.find("6月30日"), std::string::npos) << e.dates[0].note;
  auto f = extract("截至78日,新山路累计完成违建整治0.75万平方米", 2022);
  ASSERT_EQ(f.dates.size(), 1u);
  EXPECT_TRUE(f.dates[0].ambiguous);
  EXPECT_NE(f.dates[0].note.find("7月8日"), std::string::npos);
  auto g = extract("2022726日", 2022);
  ASSERT_EQ(g.dates.size(), 1u);
  EXPECT_TRUE(g.dates[0].ambiguous);
  EXPECT_TRUE(extract("2月30日", 2022).dates[0].ambiguous);
  auto m = extract("截至202207月,已完成", 2022);  // a month number that lost its 年
  ASSERT_EQ(m.dates.size(), 1u);
  EXPECT_TRUE(m.dates[0].ambiguous);
  EXPECT_EQ(m.dates[0].kind, DateKind::month);
  EXPECT_EQ(m.dates[0].note, "\"202207月\" is not a month; a 年 seems lost");
}

TEST(ValueText, DecimalsWhenTheyTerminateElseFractions) {
  EXPECT_EQ(value_text(Fraction(333100)), "333100");
  EXPECT_EQ(value_text(Fraction(6, 25)), "0.24");
  EXPECT_EQ(value_text(Fraction(1, 3)), "1/3");
  EXPECT_EQ(value_text(Fraction(-3, 2)), "-1.5");
}

TEST(Extract, NeverThrowsOnArbitraryValidText) {
  const char* inputs[] = {"", " ", "点", "负", "-", "--", "万万", "分之", "又", "1/0", "零分之一", "十十十十", "9^99999",
                          "1e99999", "百分之", "个百分点", "成", "折", "截至日", "13月45日", "99999999999999999999999999万亿",
                          "0.00000000000000000000000000000000001", "一二三四五六七八九十百千万亿兆"};
  for (const char* s : inputs) EXPECT_NO_THROW(extract(s, 2022)) << s;
}

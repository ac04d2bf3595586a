#include "ducha/quantity.hpp"

#include <gtest/gtest.h>

#include "ducha/evaluate.hpp"
#include "text/extraction.hpp"
#include "text/matching.hpp"
#include "text/sentences.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

Quantity q(const char* value, const char* unit) { return Quantity{Decimal::parse(value), ducha::unit(unit)}; }
std::string in(const Quantity& from, const char* to) { return convert(from, unit(to))->to_string(); }

}  // namespace

TEST(Unit, ScaleWordsMultiplyExactly) {
  EXPECT_EQ(in(q("33.31", "万平方米"), "平方米"), "333100/1");
  EXPECT_EQ(in(q("1175", "亿元"), "元"), "117500000000/1");
  EXPECT_EQ(in(q("1.9", "万人"), "人"), "19000/1");
  EXPECT_EQ(in(q("2.5", "千万元"), "万元"), "2500/1");
  EXPECT_EQ(in(q("1", "万亿元"), "亿元"), "10000/1");
  EXPECT_EQ(in(q("4", "万立方米"), "立方米"), "40000/1");
  EXPECT_EQ(in(q("1", "百万元"), "元"), "1000000/1");
}

TEST(Unit, AreaConvertsAmongSquareMetresMuAndHectares) {
  EXPECT_EQ(in(q("1", "亩"), "平方米"), "2000/3");
  EXPECT_EQ(in(q("1", "公顷"), "亩"), "15/1");
  EXPECT_EQ(in(q("600", "亩"), "公顷"), "40/1");
  EXPECT_EQ(in(q("1", "平方公里"), "公顷"), "100/1");
  EXPECT_EQ(in(q("1", "万平方米"), "公顷"), "1/1");
  EXPECT_EQ(in(q("4260", "㎡"), "万平方米"), "213/500");
}

TEST(Unit, LengthMoneyPeopleAndCounts) {
  EXPECT_EQ(in(q("20.84", "公里"), "米"), "20840/1");
  EXPECT_EQ(in(q("1", "千米"), "公里"), "1/1");
  EXPECT_EQ(in(q("1", "亿元"), "万元"), "10000/1");
  EXPECT_EQ(in(q("15", "名"), "人"), "15/1");
  EXPECT_EQ(in(q("2347", "列"), "班"), "2347/1");
  for (const char* c : {"个", "家", "户", "辆", "所", "条", "项"}) EXPECT_EQ(in(q("3", c), "个"), "3/1") << c;
  EXPECT_EQ(in(q("2", "万户"), "户"), "20000/1");
  EXPECT_EQ(in(q("5", "‰"), "%"), "1/2");
}

TEST(Unit, TypographicVariantsAreNormalised) {
  EXPECT_EQ(unit("㎡").symbol, "平方米");
  EXPECT_EQ(unit("万㎡").symbol, "万平方米");
  EXPECT_EQ(unit("㎞").symbol, "公里");
  EXPECT_EQ(unit("百分点").symbol, "个百分点");
  EXPECT_EQ(unit("名").symbol, "名");  // 名 is kept as written, it only counts as 人
}

TEST(Unit, DimensionsDoNotMix) {
  EXPECT_FALSE(convert(q("4260", "㎡"), unit("立方米")).has_value());
  EXPECT_FALSE(ratio(q("4260", "㎡"), q("4", "万立方米")).has_value());
  EXPECT_FALSE(convert(q("5", "%"), unit("个百分点")).has_value());
  EXPECT_FALSE(convert(q("3", "人"), unit("个")).has_value());
  EXPECT_EQ(unit("万人").dimension, Dimension::people);
  EXPECT_EQ(unit("天").dimension, Dimension::duration);
}

// 美元 欧元 港元 are each a dimension of their own: never converted to 元 or to each other.
TEST(Unit, ForeignCurrenciesAreDimensionsOfTheirOwn) {
  EXPECT_EQ(unit("亿美元").dimension, Dimension::usd);
  EXPECT_EQ(unit("万美元").symbol, "万美元");
  EXPECT_EQ(in(q("3.73", "亿美元"), "美元"), "373000000/1");
  EXPECT_EQ(in(q("2", "万美金"), "美元"), "20000/1");
  EXPECT_EQ(unit("美金").symbol, "美元");
  EXPECT_EQ(unit("欧元").dimension, Dimension::eur);
  EXPECT_EQ(unit("港币").symbol, "港元");
  EXPECT_EQ(unit("亿港元").dimension, Dimension::hkd);
  EXPECT_FALSE(convert(q("1", "美元"), unit("元")).has_value());
  EXPECT_FALSE(ratio(q("3.73", "亿美元"), q("5", "亿元")).has_value());
  EXPECT_FALSE(ratio(q("1", "欧元"), q("1", "美元")).has_value());
  EXPECT_FALSE(convert(q("1", "港元"), unit("元")).has_value());
  EXPECT_EQ(to_string(Dimension::usd), "usd");
  EXPECT_EQ(base_symbol(Dimension::hkd), "港元");
  EXPECT_EQ(kLastDimension, Dimension::hkd);
}

TEST(Unit, UnknownSymbolsAreNamedInTheError) {
  EXPECT_FALSE(find_unit("公斤x").has_value());
  EXPECT_FALSE(find_unit("").has_value());
  EXPECT_FALSE(find_unit("万%").has_value());
  EXPECT_FALSE(find_unit("万").has_value());
  try {
    unit("公斤x");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::unknown_unit);
    EXPECT_NE(std::string(e.what()).find("公斤x"), std::string::npos);
  }
}

TEST(Quantity, RatiosAreExactAcrossScaleWords) {
  EXPECT_EQ(ratio(q("33.31", "万平方米"), q("150", "万平方米"))->to_string(), "3331/15000");
  EXPECT_EQ(ratio(q("18506", "户"), q("2", "万户"))->to_string(), "9253/10000");
  EXPECT_EQ(ratio(q("2", "个"), q("8", "家"))->to_string(), "1/4");
  EXPECT_EQ(ratio(q("600", "亩"), q("1", "公顷"))->to_string(), "40/1");
  EXPECT_THROW(ratio(q("1", "个"), q("0", "个")), Error);
}

TEST(Quantity, WideRatiosFallBackToTheGeneralPath) {
  // 10^17 × 10^17 × 10^12 overflows 128 bits before the scales cancel.
  Quantity a = q("1.00000000000000000", "万亿元"), b = q("2.00000000000000000", "万亿元");
  auto r = ratio(a, b);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->to_string(), "1/2");
  Quantity huge = q("999999999999999999", "万亿元"), tiny = q("0.000000000000000001", "元");
  EXPECT_THROW(ratio(huge, tiny), Error);  // 10^48: no exact 128-bit fraction, and no rounding
}

TEST(Quantity, PrintsValueAndUnit) {
  EXPECT_EQ(q("33.31", "万平方米").to_string(), "33.31万平方米");
  EXPECT_EQ(q("4260", "㎡").to_string(), "4260平方米");
}

// Foreign currencies read from text: amounts of their own, never matched with 元.
TEST(Currency, AmountsInUsDollarsAreReadAsUsd) {
  Extraction e = extract("实际到资3.73亿美元,合同外资2000万美元,另有5万欧元和1.2亿港元", 2019);
  ASSERT_EQ(e.quantities.size(), 4u);
  EXPECT_EQ(e.quantities[0].span.text, "3.73亿美元");
  EXPECT_EQ(value_text(e.quantities[0].value), "373000000");
  EXPECT_EQ(e.quantities[0].unit.symbol, "美元");
  EXPECT_EQ(e.quantities[0].unit.dimension, Dimension::usd);
  EXPECT_EQ(e.quantities[1].unit.dimension, Dimension::usd);
  EXPECT_EQ(value_text(e.quantities[1].value), "20000000");
  EXPECT_EQ(e.quantities[2].unit.dimension, Dimension::eur);
  EXPECT_EQ(e.quantities[3].unit.dimension, Dimension::hkd);
  // 元 alone stays 元: money in yuan.
  Extraction yuan = extract("完成投资3.73亿元", 2019);
  ASSERT_EQ(yuan.quantities.size(), 1u);
  EXPECT_EQ(yuan.quantities[0].unit.dimension, Dimension::money);
}

TEST(Currency, ATargetInYuanIsNeverMatchedWithProgressInDollars) {
  auto clauses = parse_target("实际利用外资20亿元");
  auto facts = parse_progress("实际利用外资3.73亿美元", 2019);
  Match m = match(clauses[0], facts);
  EXPECT_FALSE(m.fact);
  EXPECT_TRUE(m.unit_mismatch);
  // End to end: no ratio is taken between 美元 and 元.
  Item item = item_from_text("实际利用外资20亿元", "实际利用外资3.73亿美元", 2019, ItemKind::indicator);
  ASSERT_EQ(item.sub_targets.size(), 1u);
  const auto& p = item.sub_targets[0].progress;
  EXPECT_FALSE(p && p->value && p->value->unit.dimension == Dimension::money);
  Policy policy;
  EvaluationContext ctx(policy, Period::year(2019), parse_date("2019-09-30"));
  ItemEvaluation ev = evaluate_item(item, ctx);
  EXPECT_FALSE(ev.sub_targets[0].ratio);
}

TEST(Currency, ATargetInDollarsIsMatchedWithProgressInDollars) {
  auto clauses = parse_target("实际利用外资5亿美元");
  auto facts = parse_progress("实际利用外资3.73亿美元", 2019);
  Match m = match(clauses[0], facts);
  ASSERT_TRUE(m.fact);
  EXPECT_EQ(facts[*m.fact].span.text, "3.73亿美元");
  Item item = item_from_text("实际利用外资5亿美元", "实际利用外资3.73亿美元", 2019, ItemKind::indicator);
  Policy policy;
  EvaluationContext ctx(policy, Period::year(2019), parse_date("2019-09-30"));
  ItemEvaluation ev = evaluate_item(item, ctx);
  ASSERT_TRUE(ev.sub_targets[0].ratio);
  EXPECT_EQ(*ev.sub_targets[0].ratio, Fraction(373, 500));
}

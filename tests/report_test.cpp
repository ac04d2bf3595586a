// The report's figure rule, collective unit names and settings.
#include <gtest/gtest.h>

#include "ducha/unit.hpp"
#include "report/figures.hpp"
#include "report/settings.hpp"
#include "report/unit_names.hpp"

using namespace ducha;
using namespace ducha::report;

namespace {
Quantity q(const char* value, const char* unit) {
  return Quantity{Decimal::parse(value), ducha::unit(unit)};
}
}  // namespace

TEST(Figures, QuantitiesInWanAndYiWithTheirUnit) {
  EXPECT_EQ(quantity_text(q("333100", "平方米")), "33.31万平方米");
  EXPECT_EQ(quantity_text(q("1500000", "平方米")), "150万平方米");
  EXPECT_EQ(quantity_text(q("50174000000", "元")), "501.74亿元");
  EXPECT_EQ(quantity_text(q("100000000000", "元")), "1000亿元");
  EXPECT_EQ(quantity_text(q("100000000", "元")), "1亿元");  // the 亿 boundary
  EXPECT_EQ(quantity_text(q("99990000", "元")), "9999万元");
  EXPECT_EQ(quantity_text(q("10000", "人")), "1万人");     // the 万 boundary
  EXPECT_EQ(quantity_text(q("9999", "人")), "9999人");
  EXPECT_EQ(quantity_text(q("1589", "辆")), "1589辆");
  EXPECT_EQ(quantity_text(q("2.5", "公里")), "2.5公里");
}

TEST(Figures, WholeWhenWanWouldRoundBelowOneMillion) {
  EXPECT_EQ(quantity_text(q("18506", "户")), "18506户");         // 1.8506万 would need rounding
  EXPECT_EQ(quantity_text(q("7500", "平方米")), "7500平方米");
  EXPECT_EQ(quantity_text(q("1234567", "元")), "123.46万元");     // from 100万, rounded half up
  EXPECT_EQ(quantity_text(q("123456789", "元")), "1.23亿元");
  EXPECT_EQ(quantity_text(q("-250000", "元")), "-25万元");
}

TEST(Figures, PercentagesHalfUpTrailingZerosDropped) {
  EXPECT_EQ(percent_text(Fraction(1, 2)), "50%");
  EXPECT_EQ(percent_text(Fraction(333100, 1500000)), "22.21%");
  EXPECT_EQ(percent_text(Fraction(1, 8000)), "0.01%");     // 0.0125 → 0.01
  EXPECT_EQ(percent_text(Fraction(1, 1600)), "0.06%");     // 0.0625 → 0.06
  EXPECT_EQ(percent_text(Fraction(1, 800)), "0.13%");      // 0.125 → 0.13: half up, not half even
  EXPECT_EQ(percent_text(Fraction(0)), "0%");
  EXPECT_EQ(plain_number(Fraction(-19)), "-19");
  EXPECT_EQ(plain_number(Fraction(-1, 1000)), "0");        // never "-0"
  EXPECT_EQ(percent_number(Fraction(333100, 1500000)), "22.21");
}

TEST(UnitNames, CollectiveNamesAreNotUnits) {
  for (const char* name : {"各镇街", "各有关镇街", "各涉农镇街", "各行业主管部门", "区级各部门", "区级有关部门",
                           "区级有关单位", "违法建筑专项整治工作领导小组成员单位", "区属国有企业", "区属国有重点企业"})
    EXPECT_TRUE(is_collective_unit(name)) << name;
  for (const char* name : {"区体育局", "覃家岗街道", "区商务委(区招商中心)", "旭辰集团公司", "区城市管理局(区整违办)",
                           "国际物流枢纽公司", "区委组织部(区人才办)"})
    EXPECT_FALSE(is_collective_unit(name)) << name;
}

TEST(Settings, DefaultsComeFromThePlan) {
  Plan plan;
  plan.name = "重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告";
  plan.year = 2022;
  ResolvedSettings r = resolve({}, plan, parse_date("2022-06-30"));
  EXPECT_EQ(r.title, plan.name);
  EXPECT_EQ(r.issuer, "重庆市沙坪坝区人民政府督查办");
  EXPECT_EQ(r.signature, r.issuer);
  EXPECT_EQ(chinese_date(r.date), "2022年6月30日");
  EXPECT_TRUE(r.recommendations_are_placeholder);
  plan.name = "";
  EXPECT_EQ(resolve({}, plan, parse_date("2022-06-30")).issuer, "督查办");
}

TEST(Settings, ErrorsNameTheFileAndTheKey) {
  ReportSettings s = parse_settings(R"({"document_number": "沙督查办〔2022〕12号", "date": "2022-07-26",
                                        "recommendations": ["一是压实责任。"]})", "r.json");
  EXPECT_EQ(*s.document_number, "沙督查办〔2022〕12号");
  EXPECT_EQ(chinese_date(*s.date), "2022年7月26日");
  ASSERT_EQ(s.recommendations.size(), 1u);
  auto message = [](const char* json) {
    try {
      parse_settings(json, "r.json");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message(R"({"titel": "x"})").find("titel"), std::string::npos);
  EXPECT_NE(message(R"({"date": "2022-02-30"})").find("date"), std::string::npos);
  EXPECT_NE(message(R"({"recommendations": "x"})").find("r.json"), std::string::npos);
  EXPECT_NE(message("{").find("r.json"), std::string::npos);
}

TEST(Figures, ThresholdsInWords) {
  EXPECT_EQ(fraction_words(Fraction(2, 3)), "三分之二");
  EXPECT_EQ(fraction_words(Fraction(4, 6)), "三分之二");  // reduced first
  EXPECT_EQ(fraction_words(Fraction(1, 10)), "十分之一");
  EXPECT_EQ(fraction_words(Fraction(9, 10)), "十分之九");
  EXPECT_EQ(fraction_words(Fraction(7, 11)), "63.64%");   // no common word: a percentage
  EXPECT_EQ(fraction_words(Fraction(1)), "100%");
}

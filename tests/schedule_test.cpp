#include "ducha/schedule.hpp"

#include <gtest/gtest.h>

using namespace ducha;

namespace {

Fraction months(const char* date, int year = 2022) {
  return Schedule{}.expected(Period::year(year), parse_date(date));
}
Fraction days(const char* date, int year = 2022) {
  return Schedule{ScheduleBasis::days, {}}.expected(Period::year(year), parse_date(date));
}

}  // namespace

TEST(ParseDate, AcceptsOnlyRealIsoDates) {
  EXPECT_EQ(format_date(parse_date("2022-06-30")), "2022-06-30");
  EXPECT_EQ(format_date(parse_date("2024-02-29")), "2024-02-29");
  for (const char* bad : {"2022-02-30", "2023-02-29", "2022-13-01", "2022-00-10", "2022-6-30", "",
                          "2022/06/30", "20220630", "2022-06-3x", "0000-01-01", "2022-04-31"}) {
    try {
      parse_date(bad);
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_date) << bad;
      EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
    }
  }
}

TEST(Schedule, ByMonthsMidYearIsExactlyOneHalf) {
  EXPECT_EQ(months("2022-06-30"), Fraction(1, 2));
  EXPECT_EQ(months("2022-06-30").to_string(), "1/2");
}

TEST(Schedule, ByMonthsCountsDaysIntoTheCurrentMonth) {
  EXPECT_EQ(months("2022-07-08"), (Fraction(6) + Fraction(8, 31)) / Fraction(12));
  EXPECT_EQ(months("2022-07-08").to_string(), "97/186");
  EXPECT_EQ(months("2022-01-31"), Fraction(1, 12));
  EXPECT_EQ(months("2022-01-01"), Fraction(1, 372));
  EXPECT_EQ(months("2022-12-31"), Fraction(1));
}

TEST(Schedule, ByMonthsHandlesFebruaryInLeapAndCommonYears) {
  EXPECT_EQ(months("2024-02-29", 2024), Fraction(1, 6));
  EXPECT_EQ(months("2023-02-28", 2023), Fraction(1, 6));
  EXPECT_EQ(months("2024-02-28", 2024), (Fraction(1) + Fraction(28, 29)) / Fraction(12));
}

TEST(Schedule, ByDays) {
  EXPECT_EQ(days("2022-06-30"), Fraction(181, 365));
  EXPECT_EQ(days("2024-06-30", 2024), Fraction(182, 366));
  EXPECT_EQ(days("2022-01-01"), Fraction(1, 365));
}

TEST(Schedule, BeforeThePeriodIsZeroAndAfterItIsOne) {
  EXPECT_EQ(months("2021-12-31"), Fraction(0));
  EXPECT_EQ(months("2023-01-15"), Fraction(1));
  EXPECT_EQ(days("2021-06-30"), Fraction(0));
  EXPECT_EQ(days("2030-06-30"), Fraction(1));
}

TEST(Schedule, CustomCurveIsLinearBetweenPlannedPoints) {
  Schedule s{ScheduleBasis::curve, {{parse_date("2022-06-30"), Fraction(3, 5)}}};
  Period y = Period::year(2022);
  EXPECT_EQ(s.expected(y, parse_date("2022-06-30")), Fraction(3, 5));
  EXPECT_EQ(s.expected(y, parse_date("2022-03-31")), Fraction(3, 5) * Fraction(90, 181));
  EXPECT_EQ(s.expected(y, parse_date("2022-09-30")), Fraction(4, 5));
  EXPECT_EQ(s.expected(y, parse_date("2022-12-31")), Fraction(1));
  EXPECT_EQ(s.expected(y, parse_date("2021-12-31")), Fraction(0));
}

TEST(Schedule, ByMonthsNeedsWholeMonths) {
  Period odd{parse_date("2022-03-15"), parse_date("2022-12-31")};
  EXPECT_THROW(Schedule{}.expected(odd, parse_date("2022-06-30")), Error);
  Period backwards{parse_date("2022-12-31"), parse_date("2022-01-01")};
  EXPECT_THROW(Schedule{}.expected(backwards, parse_date("2022-06-30")), Error);
}

TEST(Schedule, HalfYearPeriodByMonths) {
  Period h2{parse_date("2022-07-01"), parse_date("2022-12-31")};
  EXPECT_EQ(Schedule{}.expected(h2, parse_date("2022-09-30")), Fraction(1, 2));
}

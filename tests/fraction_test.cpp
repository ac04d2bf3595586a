#include "ducha/fraction.hpp"

#include <gtest/gtest.h>

using ducha::Decimal;
using ducha::Error;
using ducha::ErrorCode;
using ducha::Fraction;
using ducha::int128;
using ducha::Rounding;

TEST(Fraction, ReducesAndNormalisesTheSign) {
  EXPECT_EQ(Fraction(2, 30).to_string(), "1/15");
  EXPECT_EQ(Fraction(1, -2).to_string(), "-1/2");
  EXPECT_EQ(Fraction(0, 7).to_string(), "0/1");
  EXPECT_EQ(Fraction(6).to_string(), "6/1");
  EXPECT_THROW(Fraction(1, 0), Error);
}

TEST(Fraction, IsExactlyTheDecimal) {
  EXPECT_EQ(Fraction(Decimal::parse("33.31")).to_string(), "3331/100");
  EXPECT_EQ(Fraction(Decimal::parse("-0.75")).to_string(), "-3/4");
}

TEST(Fraction, ArithmeticIsExact) {
  EXPECT_EQ((Fraction(1, 3) + Fraction(1, 6)).to_string(), "1/2");
  EXPECT_EQ((Fraction(2, 3) * Fraction(1, 2)).to_string(), "1/3");
  EXPECT_EQ((Fraction(1, 2) - Fraction(2, 3)).to_string(), "-1/6");
  EXPECT_EQ((Fraction(1, 2) / Fraction(1, 4)).to_string(), "2/1");
  EXPECT_THROW(Fraction(1) / Fraction(0), Error);
}

TEST(Fraction, ComparesExactlyWhereBinaryFloatingPointCannot) {
  EXPECT_GT(Fraction(1, 3), Fraction(Decimal::parse("0.333333333333333333")));
  EXPECT_EQ(Fraction(1, 3), Fraction(2, 6));
  EXPECT_EQ(Fraction::ratio_unreduced(2, 30), Fraction(1, 15));
  EXPECT_LT(Fraction(-1, 2), Fraction(0));
}

TEST(Fraction, CrossProductsBeyond128BitsStillCompareExactly) {
  int128 big = static_cast<int128>(1) << 120;
  Fraction a(big, 3), b(big + 1, 3);
  EXPECT_LT(a, b);
  EXPECT_LT(Fraction(big, big - 1), Fraction(big - 1, big - 2));  // 1 + 1/(n−1) < 1 + 1/(n−2)
}

TEST(Fraction, OverflowIsAnErrorNotAWrongAnswer) {
  int128 max = ducha::detail::kInt128Max;
  try {
    (void)(Fraction(max, 1) + Fraction(max, 1));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
  }
}

TEST(Fraction, PrintsPercentagesRoundedAtPrintingOnly) {
  EXPECT_EQ(Fraction(1, 15).to_percent_string(), "6.67");
  EXPECT_EQ(Fraction(2, 3).to_percent_string(), "66.67");
  EXPECT_EQ(Fraction(1, 2).to_percent_string(), "50.00");
  EXPECT_EQ(Fraction(181, 365).to_percent_string(), "49.59");
  EXPECT_EQ(Fraction(1, 8).to_decimal_string(2, Rounding::half_even), "0.12");
  EXPECT_EQ(Fraction(1, 8).to_decimal_string(2, Rounding::half_up), "0.13");
  EXPECT_EQ(Fraction(-1, 8).to_decimal_string(2, Rounding::half_up), "-0.13");
  EXPECT_EQ(Fraction(-1, 3).to_decimal_string(0, Rounding::half_even), "0");
  EXPECT_EQ(Fraction(-130, 3).to_decimal_string(2, Rounding::half_even), "-43.33");
}

TEST(Fraction, ParsesRatiosAndDecimals) {
  EXPECT_EQ(Fraction::parse("2/3"), Fraction(2, 3));
  EXPECT_EQ(Fraction::parse("0.6"), Fraction(3, 5));
  EXPECT_EQ(Fraction::parse("1/10"), Fraction(Decimal::parse("0.1")));
  EXPECT_THROW(Fraction::parse("1/0"), Error);
  EXPECT_THROW(Fraction::parse("a/3"), Error);
  EXPECT_THROW(Fraction::parse(""), Error);
}

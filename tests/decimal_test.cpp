#include "ducha/decimal.hpp"

#include <gtest/gtest.h>

using ducha::Decimal;
using ducha::Error;
using ducha::ErrorCode;
using ducha::Rounding;

namespace {

ErrorCode parse_error_code(const std::string& text) {
  try {
    Decimal::parse(text);
  } catch (const Error& e) {
    return e.code();
  }
  ADD_FAILURE() << "\"" << text << "\" parsed but should not";
  return ErrorCode::io_error;
}

}  // namespace

TEST(Decimal, RoundTripsTheReportsFigures) {
  for (const char* text : {"33.31", "-36.8", "0", "0.75", "1175", "33.30", "0.001", "-0.5", "88.76",
                           "999999999999999999", "0.000000000000000001", "-32.06", "20.84"}) {
    EXPECT_EQ(Decimal::parse(text).to_string(), text) << text;
  }
}

TEST(Decimal, CanonicalisesSignsLeadingZerosAndExponents) {
  EXPECT_EQ(Decimal::parse("+5").to_string(), "5");
  EXPECT_EQ(Decimal::parse("007").to_string(), "7");
  EXPECT_EQ(Decimal::parse("-0").to_string(), "0");
  EXPECT_EQ(Decimal::parse("-0.00").to_string(), "0.00");
  EXPECT_EQ(Decimal::parse("1e3").to_string(), "1000");
  EXPECT_EQ(Decimal::parse("1.5e-2").to_string(), "0.015");
  EXPECT_EQ(Decimal::parse("33.31E4").to_string(), "333100");
  EXPECT_EQ(Decimal::parse(".5").to_string(), "0.5");
}

TEST(Decimal, KeepsWrittenPrecisionButComparesByValue) {
  Decimal a = Decimal::parse("1.5"), b = Decimal::parse("1.50");
  EXPECT_EQ(a, b);
  EXPECT_FALSE(a.identical(b));
  EXPECT_LT(Decimal::parse("1.5"), Decimal::parse("1.51"));
  EXPECT_LT(Decimal::parse("-36.8"), Decimal::parse("-19"));
  EXPECT_GT(Decimal::parse("0.000000000000000001"), Decimal(0));
}

TEST(Decimal, RejectsGarbageWithAMessageNamingTheInput) {
  for (const char* text : {"", "3.3.3", "abc", "1e", "--1", "1.2.", " 1", "1,000", "1.5%", "e5", ".", "+"}) {
    EXPECT_EQ(parse_error_code(text), ErrorCode::invalid_number) << text;
  }
  try {
    Decimal::parse("3.3.3");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("\"3.3.3\""), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("offset 3"), std::string::npos) << e.what();
    EXPECT_EQ(e.position(), 3u);
  }
}

TEST(Decimal, RejectsWhatDoesNotFitInsteadOfRounding) {
  EXPECT_EQ(parse_error_code("1e400"), ErrorCode::out_of_range);
  EXPECT_EQ(parse_error_code("1000000000000000000"), ErrorCode::out_of_range);  // 19 digits
  EXPECT_EQ(parse_error_code("0.0000000000000000001"), ErrorCode::out_of_range);  // 19 places
  EXPECT_EQ(parse_error_code("1e-19"), ErrorCode::out_of_range);
  EXPECT_EQ(parse_error_code("123456789012345678901234567890123456789"), ErrorCode::out_of_range);
  EXPECT_THROW(Decimal(1000000000000000000LL), Error);
  EXPECT_THROW(Decimal::from_parts(1, 19), Error);
}

// try_parse states each reason with its offset and code, without throwing.
TEST(Decimal, TryParseNamesEachReasonWithItsOffsetAndCode) {
  struct Case {
    const char* text;
    const char* why;
    std::size_t position;
    ErrorCode code;
  };
  const Case cases[] = {
      {"", "empty text", 0, ErrorCode::invalid_number},
      {"+", "no digits", 1, ErrorCode::invalid_number},
      {"1..2", "second decimal point at offset 2", 2, ErrorCode::invalid_number},
      {"1e", "exponent without digits at offset 2", 2, ErrorCode::invalid_number},
      {"2E+x", "exponent without digits at offset 2", 2, ErrorCode::invalid_number},
      {"0x10", "unexpected character 'x' at offset 1", 1, ErrorCode::invalid_number},
      {"1e-19", "out of range: more than 18 decimal places", 0, ErrorCode::out_of_range},
      {"1e18", "out of range: magnitude must be below 10^18", 0, ErrorCode::out_of_range},
      {"1234567890123456789", "out of range: more than 18 significant digits", 0, ErrorCode::out_of_range},
      {"1234567890123456789012345678901234567", "more than 18 significant digits", 36, ErrorCode::out_of_range},
  };
  for (const Case& c : cases) {
    Decimal out = Decimal::parse("7");
    std::string message;
    std::size_t position = 99;
    ErrorCode code = ErrorCode::io_error;
    EXPECT_FALSE(Decimal::try_parse(c.text, out, &message, &position, &code)) << c.text;
    EXPECT_EQ(message, "invalid decimal \"" + std::string(c.text) + "\": " + c.why) << c.text;
    EXPECT_EQ(position, c.position) << c.text;
    EXPECT_EQ(code, c.code) << c.text;
    EXPECT_EQ(out, Decimal(7)) << c.text << ": a failed parse leaves the output alone";
  }
  Decimal out;
  EXPECT_TRUE(Decimal::try_parse("-1.50e1", out));
  EXPECT_EQ(out.to_string(), "-15.0");
}

// Trailing zeros carry no value: a figure written with more of them than 18 digits hold
// (PostgreSQL numeric text such as 1.00000000000000000000) is its value, not an error.
TEST(Decimal, DropsTrailingZerosThatDoNotFit) {
  EXPECT_EQ(Decimal::parse("1.00000000000000000000").to_string(), "1.00000000000000000");
  EXPECT_EQ(Decimal::parse("1.00000000000000000000"), Decimal(1));
  EXPECT_EQ(Decimal::parse("-12345678901234567.80").to_string(), "-12345678901234567.8");
  EXPECT_EQ(Decimal::parse("0.70000000000000000000").to_string(), "0.700000000000000000");
  EXPECT_EQ(parse_error_code("12345678901234567.81"), ErrorCode::out_of_range);  // a digit that counts
  EXPECT_EQ((Decimal::parse("100000000.000000000") * Decimal::parse("10.00000000")).to_string(),
            "1000000000.00000000");
}

TEST(Decimal, ZeroWithAHugeExponentIsStillZero) {
  EXPECT_EQ(Decimal::parse("0e400").to_string(), "0");
  EXPECT_EQ(Decimal::parse("0e-400").to_string(), "0.000000000000000000");
}

TEST(Decimal, ArithmeticIsExact) {
  EXPECT_EQ(Decimal::parse("0.1") + Decimal::parse("0.2"), Decimal::parse("0.3"));
  EXPECT_EQ((Decimal::parse("0.1") + Decimal::parse("0.2")).to_string(), "0.3");
  EXPECT_EQ((Decimal::parse("33.31") * Decimal(10000)).to_string(), "333100.00");
  EXPECT_EQ((Decimal::parse("5.5") - Decimal::parse("0.5")).to_string(), "5.0");
  EXPECT_EQ((-Decimal::parse("19")).to_string(), "-19");
  EXPECT_THROW(Decimal::parse("999999999999999999") + Decimal(1), Error);
  EXPECT_THROW(Decimal::parse("0.000000001") * Decimal::parse("0.0000000001"), Error);
}

TEST(Decimal, RoundsOnlyWhenAskedWithTheStatedMode) {
  auto r = [](const char* v, int places, Rounding m) { return Decimal::parse(v).to_string(places, m); };
  EXPECT_EQ(r("2.345", 2, Rounding::half_even), "2.34");
  EXPECT_EQ(r("2.355", 2, Rounding::half_even), "2.36");
  EXPECT_EQ(r("2.345", 2, Rounding::half_up), "2.35");
  EXPECT_EQ(r("-2.345", 2, Rounding::half_up), "-2.35");
  EXPECT_EQ(r("2.345", 2, Rounding::half_down), "2.34");
  EXPECT_EQ(r("2.3451", 2, Rounding::half_down), "2.35");
  EXPECT_EQ(r("-2.349", 2, Rounding::toward_zero), "-2.34");
  EXPECT_EQ(r("2.341", 2, Rounding::away_from_zero), "2.35");
  EXPECT_EQ(r("-2.341", 2, Rounding::floor), "-2.35");
  EXPECT_EQ(r("2.341", 2, Rounding::ceiling), "2.35");
  EXPECT_EQ(r("2.341", 2, Rounding::floor), "2.34");
  EXPECT_EQ(r("33.31", 4, Rounding::half_even), "33.3100");
  EXPECT_EQ(r("5", 2, Rounding::half_even), "5.00");
  EXPECT_EQ(r("0.5", 0, Rounding::half_even), "0");
  EXPECT_EQ(r("1.5", 0, Rounding::half_even), "2");
  EXPECT_THROW(Decimal(1).rounded(19, Rounding::half_even), Error);
}

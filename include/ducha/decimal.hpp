// Decimal: an exact decimal number as written in a report ("33.31", "-36.8").
//
// The value is coefficient × 10^-scale with |coefficient| < 10^18 and a scale of
// 0..18, so every operation the evaluator needs runs on machine integers. A
// value or result outside that range is an Error (out_of_range), never a
// rounded approximation. Ratios are not Decimals: dividing gives a Fraction.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "ducha/config.hpp"
#include "ducha/error.hpp"
#include "ducha/int128.hpp"
#include "ducha/rounding.hpp"

DUCHA_BEGIN_NAMESPACE

class Decimal {
 public:
  static constexpr int kMaxScale = 18;
  static constexpr std::int64_t kCoefficientLimit = 1000000000000000000LL;  // 10^18, exclusive

  constexpr Decimal() = default;
  constexpr Decimal(std::int64_t integer)  // NOLINT: implicit from integers is exact
      : coefficient_(integer), scale_(0) {
    if (integer >= kCoefficientLimit || integer <= -kCoefficientLimit)
      throw Error(ErrorCode::out_of_range, "integer " + std::to_string(integer) +
                                               " has more than 18 digits");
  }

  // Parses "[+-]digits[.digits][e[+-]digits]" (at least one digit). Thousands
  // separators, spaces and scale words are the text extractor's business.
  static Decimal parse(std::string_view text);
  // The same without throwing: false and a message naming the input and offset.
  // `code` tells invalid_number from out_of_range.
  static bool try_parse(std::string_view text, Decimal& out, std::string* message = nullptr,
                        std::size_t* position = nullptr, ErrorCode* code = nullptr);

  // Exact construction from parts; throws out_of_range when they do not fit.
  static Decimal from_parts(std::int64_t coefficient, int scale);

  std::int64_t coefficient() const { return coefficient_; }
  int scale() const { return scale_; }
  bool is_zero() const { return coefficient_ == 0; }
  bool is_negative() const { return coefficient_ < 0; }

  // Canonical text: the digits as written, trailing zeros kept ("33.30"),
  // no exponent, a leading '-' only for non-zero negatives.
  std::string to_string() const;
  // The value rounded to `places` decimal places with `mode`, zero-padded.
  std::string to_string(int places, Rounding mode) const;
  Decimal rounded(int places, Rounding mode) const;

  Decimal operator-() const { return from_parts(-coefficient_, scale_); }
  friend Decimal operator+(const Decimal& a, const Decimal& b) { return add(a, b, 1); }
  friend Decimal operator-(const Decimal& a, const Decimal& b) { return add(a, b, -1); }
  friend Decimal operator*(const Decimal& a, const Decimal& b);

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    int128 x = static_cast<int128>(a.coefficient_) * detail::kPow10[s - a.scale_];
    int128 y = static_cast<int128>(b.coefficient_) * detail::kPow10[s - b.scale_];
    return x < y ? std::strong_ordering::less
                 : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  // Numeric equality: 1.5 == 1.50.
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }
  // Same value written with the same number of places.
  bool identical(const Decimal& other) const {
    return coefficient_ == other.coefficient_ && scale_ == other.scale_;
  }

 private:
  static Decimal add(const Decimal& a, const Decimal& b, int sign);
  static Decimal normalize(int128 coefficient, int scale);

  std::int64_t coefficient_ = 0;
  int scale_ = 0;
};

// ---- implementation ------------------------------------------------------

inline Decimal Decimal::from_parts(std::int64_t coefficient, int scale) {
  if (scale < 0 || scale > kMaxScale)
    throw Error(ErrorCode::out_of_range,
                "decimal scale " + std::to_string(scale) + " is outside 0..18");
  if (coefficient >= kCoefficientLimit || coefficient <= -kCoefficientLimit)
    throw Error(ErrorCode::out_of_range, "decimal coefficient " + std::to_string(coefficient) +
                                             " has more than 18 digits");
  Decimal d;
  d.coefficient_ = coefficient;
  d.scale_ = scale;
  return d;
}

// Brings an exact int128 result into range: drops trailing zeros (no value) while the
// scale is past the maximum or the coefficient past 18 digits, then checks both.
inline Decimal Decimal::normalize(int128 coefficient, int scale) {
  while (coefficient % 10 == 0 && scale > 0 &&
         (scale > kMaxScale || detail::abs128(coefficient) >= kCoefficientLimit)) {
    coefficient /= 10;
    --scale;
  }
  while (scale < 0) {
    coefficient *= 10;
    ++scale;
    if (detail::abs128(coefficient) >= kCoefficientLimit) break;
  }
  if (scale > kMaxScale || detail::abs128(coefficient) >= kCoefficientLimit)
    throw Error(ErrorCode::out_of_range,
                "result " + detail::to_string(coefficient) + "e-" + std::to_string(scale) +
                    " does not fit 18 significant digits and 18 decimal places");
  return from_parts(static_cast<std::int64_t>(coefficient), scale);
}

inline Decimal Decimal::add(const Decimal& a, const Decimal& b, int sign) {
  int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  int128 x = static_cast<int128>(a.coefficient_) * detail::kPow10[s - a.scale_];
  int128 y = static_cast<int128>(b.coefficient_) * detail::kPow10[s - b.scale_];
  return normalize(x + sign * y, s);
}

inline Decimal operator*(const Decimal& a, const Decimal& b) {
  return Decimal::normalize(static_cast<int128>(a.coefficient_) * b.coefficient_,
                            a.scale_ + b.scale_);
}

inline bool Decimal::try_parse(std::string_view text, Decimal& out, std::string* message,
                               std::size_t* position, ErrorCode* code) {
  ErrorCode kind = ErrorCode::invalid_number;
  auto fail = [&](std::size_t pos, const std::string& why) {
    if (message) *message = "invalid decimal \"" + std::string(text) + "\": " + why;
    if (position) *position = pos;
    if (code) *code = kind;
    return false;
  };
  std::size_t i = 0;
  const std::size_t n = text.size();
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  int128 coefficient = 0;
  int digits = 0;      // significant digits kept (leading zeros skipped)
  int any_digits = 0;  // all digits seen
  int scale = 0;
  bool point = false;
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '.') {
      if (point) return fail(i, "second decimal point at offset " + std::to_string(i));
      point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    ++any_digits;
    if (point) ++scale;
    if (coefficient == 0 && c == '0') continue;
    if (++digits > 36) {
      kind = ErrorCode::out_of_range;
      return fail(i, "more than 18 significant digits");
    }
    coefficient = coefficient * 10 + (c - '0');
  }
  if (any_digits == 0) return fail(i, text.empty() ? "empty text" : "no digits");
  long exponent = 0;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t e = ++i;
    bool eneg = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) eneg = text[i++] == '-';
    std::size_t first = i;
    for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
      if (exponent < 100000) exponent = exponent * 10 + (text[i] - '0');
    }
    if (i == first) return fail(e, "exponent without digits at offset " + std::to_string(e));
    if (eneg) exponent = -exponent;
  }
  if (i != n)
    return fail(i, "unexpected character '" + std::string(1, text[i]) + "' at offset " +
                       std::to_string(i));
  long s = scale - exponent;
  kind = ErrorCode::out_of_range;
  // Trailing zeros written beyond the representable scale or digits carry no value
  // ("1.00000000000000000000" is 1): they are dropped until the coefficient fits.
  while (coefficient != 0 && coefficient % 10 == 0 && s > 0 && (s > kMaxScale || coefficient >= kCoefficientLimit)) {
    coefficient /= 10;
    --s;
  }
  if (coefficient == 0) s = s < 0 ? 0 : (s > kMaxScale ? kMaxScale : s);
  while (s < 0) {
    if (coefficient >= kCoefficientLimit) break;
    coefficient *= 10;
    ++s;
  }
  if (s > kMaxScale) return fail(0, "out of range: more than 18 decimal places");
  if (coefficient >= kCoefficientLimit)
    return fail(0, digits > 18 ? "out of range: more than 18 significant digits"
                               : "out of range: magnitude must be below 10^18");
  out = from_parts(static_cast<std::int64_t>(negative ? -coefficient : coefficient),
                   static_cast<int>(s));
  return true;
}

inline Decimal Decimal::parse(std::string_view text) {
  Decimal d;
  std::string message;
  std::size_t position = 0;
  ErrorCode code = ErrorCode::invalid_number;
  if (!try_parse(text, d, &message, &position, &code)) throw Error(code, message, position);
  return d;
}

inline std::string Decimal::to_string() const {
  std::string digits = std::to_string(coefficient_ < 0 ? -coefficient_ : coefficient_);
  if (scale_ > 0) {
    if (static_cast<int>(digits.size()) <= scale_)
      digits.insert(0, static_cast<std::size_t>(scale_ + 1 - static_cast<int>(digits.size())),
                    '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  return coefficient_ < 0 ? "-" + digits : digits;
}

inline Decimal Decimal::rounded(int places, Rounding mode) const {
  if (places < 0 || places > kMaxScale)
    throw Error(ErrorCode::invalid_argument, "rounding places must be 0..18");
  if (places >= scale_) return from_parts(coefficient_ * detail::kPow10[places - scale_], places);
  int128 q = detail::round_quotient<int128>(coefficient_, detail::kPow10[scale_ - places], mode);
  return from_parts(static_cast<std::int64_t>(q), places);
}

inline std::string Decimal::to_string(int places, Rounding mode) const {
  if (places >= scale_) {
    // Padding never overflows the text form even where the coefficient would.
    std::string s = to_string();
    if (places > scale_) {
      if (scale_ == 0) s += '.';
      s.append(static_cast<std::size_t>(places - scale_), '0');
    }
    return s;
  }
  return rounded(places, mode).to_string();
}

DUCHA_END_NAMESPACE

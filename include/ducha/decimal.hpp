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
#include <utility>

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

namespace detail {

// A decimal as written, before it is fitted to coefficient × 10^-scale.
struct WrittenDecimal {
  bool negative = false;
  int128 coefficient = 0;
  int digits = 0;  // significant digits (leading zeros skipped)
  long scale = 0;  // places after the point, less the exponent
};

// Why a text is not a Decimal: the offset, the reason and its code.
struct DecimalFault {
  std::size_t position = 0;
  std::string why;
  ErrorCode code = ErrorCode::invalid_number;
  bool set(std::size_t pos, std::string reason, ErrorCode c = ErrorCode::invalid_number) {
    position = pos;
    why = std::move(reason);
    code = c;
    return false;
  }
};

// "[+-]digits[.digits]" from the start of `text`; `i` ends where it stops.
inline bool read_mantissa(std::string_view text, std::size_t& i, WrittenDecimal& w, DecimalFault& f) {
  const std::size_t n = text.size();
  i = 0;
  if (i < n && (text[i] == '+' || text[i] == '-')) w.negative = text[i++] == '-';
  int any_digits = 0;
  bool point = false;
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '.') {
      if (point) return f.set(i, "second decimal point at offset " + std::to_string(i));
      point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    ++any_digits;
    if (point) ++w.scale;
    if (w.coefficient == 0 && c == '0') continue;
    if (++w.digits > 36) return f.set(i, "more than 18 significant digits", ErrorCode::out_of_range);
    w.coefficient = w.coefficient * 10 + (c - '0');
  }
  if (any_digits == 0) return f.set(i, text.empty() ? "empty text" : "no digits");
  return true;
}

// "e[+-]digits" at `i` when written there; subtracts it from the scale.
inline bool read_exponent(std::string_view text, std::size_t& i, WrittenDecimal& w, DecimalFault& f) {
  const std::size_t n = text.size();
  if (i >= n || (text[i] != 'e' && text[i] != 'E')) return true;
  std::size_t e = ++i;
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::size_t first = i;
  long exponent = 0;
  for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i)
    if (exponent < 100000) exponent = exponent * 10 + (text[i] - '0');
  if (i == first) return f.set(e, "exponent without digits at offset " + std::to_string(e));
  w.scale -= negative ? -exponent : exponent;
  return true;
}

// Fits a written decimal to coefficient × 10^-scale, or says why it does not fit.
inline bool fit(WrittenDecimal& w, DecimalFault& f) {
  constexpr ErrorCode range = ErrorCode::out_of_range;
  // Trailing zeros written beyond the representable scale or digits carry no value
  // ("1.00000000000000000000" is 1): they are dropped until the coefficient fits.
  while (w.coefficient != 0 && w.coefficient % 10 == 0 && w.scale > 0 &&
         (w.scale > Decimal::kMaxScale || w.coefficient >= Decimal::kCoefficientLimit)) {
    w.coefficient /= 10;
    --w.scale;
  }
  if (w.coefficient == 0) w.scale = w.scale < 0 ? 0 : (w.scale > Decimal::kMaxScale ? Decimal::kMaxScale : w.scale);
  for (; w.scale < 0 && w.coefficient < Decimal::kCoefficientLimit; ++w.scale) w.coefficient *= 10;
  if (w.scale > Decimal::kMaxScale) return f.set(0, "out of range: more than 18 decimal places", range);
  if (w.coefficient >= Decimal::kCoefficientLimit)
    return f.set(0, w.digits > 18 ? "out of range: more than 18 significant digits"
                                  : "out of range: magnitude must be below 10^18", range);
  return true;
}

}  // namespace detail

inline bool Decimal::try_parse(std::string_view text, Decimal& out, std::string* message,
                               std::size_t* position, ErrorCode* code) {
  detail::WrittenDecimal w;
  detail::DecimalFault f;
  std::size_t i = 0;
  bool ok = detail::read_mantissa(text, i, w, f) && detail::read_exponent(text, i, w, f);
  if (ok && i != text.size())
    ok = f.set(i, "unexpected character '" + std::string(1, text[i]) + "' at offset " + std::to_string(i));
  if (ok) ok = detail::fit(w, f);
  if (!ok) {
    if (message) *message = "invalid decimal \"" + std::string(text) + "\": " + f.why;
    if (position) *position = f.position;
    if (code) *code = f.code;
    return false;
  }
  out = from_parts(static_cast<std::int64_t>(w.negative ? -w.coefficient : w.coefficient), static_cast<int>(w.scale));
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

// Fraction: an exact rational number, used for ratios (done/target), 序时进度
// (181/365) and unit factors (1 亩 = 2000/3 平方米).
//
// Numerator and denominator are 128-bit integers; comparisons never reduce and
// multiply into 256 bits, so the evaluator's hot path costs a few integer
// multiplications. A result that does not fit 128 bits after reduction is an
// Error (out_of_range).
#pragma once

#include <compare>
#include <string>

#include "ducha/config.hpp"
#include "ducha/decimal.hpp"
#include "ducha/error.hpp"
#include "ducha/int128.hpp"
#include "ducha/rounding.hpp"

DUCHA_BEGIN_NAMESPACE

class Fraction {
 public:
  constexpr Fraction() = default;
  constexpr Fraction(std::int64_t integer) : num_(integer), den_(1) {}  // NOLINT: exact
  // num/den, reduced; den must not be zero.
  Fraction(int128 num, int128 den) : num_(num), den_(den) {
    if (den == 0) throw Error(ErrorCode::division_by_zero, "fraction with zero denominator");
    reduce();
  }
  // Exactly the decimal's value (coefficient / 10^scale, not reduced).
  explicit Fraction(const Decimal& d) : num_(d.coefficient()), den_(detail::kPow10[d.scale()]) {}

  // a/b without reducing: for hot paths that only compare the result.
  static Fraction ratio_unreduced(int128 num, int128 den) {
    if (den == 0) throw Error(ErrorCode::division_by_zero, "ratio with zero denominator");
    Fraction f;
    f.num_ = den < 0 ? -num : num;
    f.den_ = den < 0 ? -den : den;
    return f;
  }

  // Parses "p/q", "p" or a decimal "0.6".
  static Fraction parse(std::string_view text);

  int128 numerator() const { return num_; }
  int128 denominator() const { return den_; }
  bool is_zero() const { return num_ == 0; }
  bool is_negative() const { return num_ < 0; }

  Fraction reduced() const { return Fraction(num_, den_); }
  // "p/q" in lowest terms, always with a denominator ("1/1" for one).
  std::string to_string() const {
    Fraction r = reduced();
    return detail::to_string(r.num_) + "/" + detail::to_string(r.den_);
  }
  // The value × 10^places rounded with `mode`, printed with `places` decimals.
  std::string to_decimal_string(int places, Rounding mode) const;
  // The value as a percentage with `places` decimals: 1/15 → "6.67".
  std::string to_percent_string(int places = 2, Rounding mode = Rounding::half_even) const {
    return (*this * Fraction(100)).to_decimal_string(places, mode);
  }

  friend Fraction operator+(const Fraction& a, const Fraction& b) {
    if (a.den_ == b.den_) {
      int128 n;
      if (!__builtin_add_overflow(a.num_, b.num_, &n)) return ratio_unreduced(n, a.den_);
    }
    int128 x, y, n, d;
    if (!__builtin_mul_overflow(a.num_, b.den_, &x) && !__builtin_mul_overflow(b.num_, a.den_, &y) &&
        !__builtin_add_overflow(x, y, &n) && !__builtin_mul_overflow(a.den_, b.den_, &d))
      return ratio_unreduced(n, d);
    return from_256(detail::to_256(a.num_) * detail::to_256(b.den_) +
                        detail::to_256(b.num_) * detail::to_256(a.den_),
                    detail::to_256(a.den_) * detail::to_256(b.den_));
  }
  friend Fraction operator-(const Fraction& a, const Fraction& b) { return a + (-b); }
  Fraction operator-() const {
    Fraction f = *this;
    f.num_ = -f.num_;
    return f;
  }
  // Unreduced when the product fits (comparisons do not need lowest terms and
  // printing reduces); reduced through 256 bits when it does not.
  friend Fraction operator*(const Fraction& a, const Fraction& b) {
    int128 p, q;
    if (!__builtin_mul_overflow(a.num_, b.num_, &p) && !__builtin_mul_overflow(a.den_, b.den_, &q))
      return ratio_unreduced(p, q);
    return from_256(detail::to_256(a.num_) * detail::to_256(b.num_),
                    detail::to_256(a.den_) * detail::to_256(b.den_));
  }
  friend Fraction operator/(const Fraction& a, const Fraction& b) {
    if (b.num_ == 0) throw Error(ErrorCode::division_by_zero, "division by zero");
    return a * Fraction::ratio_unreduced(b.den_, b.num_);
  }

  friend std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
    int128 x, y;
    if (!__builtin_mul_overflow(a.num_, b.den_, &x) && !__builtin_mul_overflow(b.num_, a.den_, &y))
      return x <=> y;
    int256 wx = detail::to_256(a.num_) * detail::to_256(b.den_);
    int256 wy = detail::to_256(b.num_) * detail::to_256(a.den_);
    return wx < wy ? std::strong_ordering::less
                   : (wx > wy ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  friend bool operator==(const Fraction& a, const Fraction& b) { return (a <=> b) == 0; }

 private:
  static Fraction from_256(int256 num, int256 den) {
    if (den == 0) throw Error(ErrorCode::division_by_zero, "fraction with zero denominator");
    int256 g = boost::multiprecision::gcd(num, den);
    if (g != 0) {
      num /= g;
      den /= g;
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    Fraction f;
    if (!detail::from_256(num, f.num_) || !detail::from_256(den, f.den_))
      throw Error(ErrorCode::out_of_range, "exact fraction exceeds 128-bit numerator or denominator");
    return f;
  }
  void reduce() {
    if (den_ < 0) {
      num_ = -num_;
      den_ = -den_;
    }
    int128 g = detail::gcd128(num_, den_);
    if (g > 1) {
      num_ /= g;
      den_ /= g;
    }
  }

  int128 num_ = 0;
  int128 den_ = 1;
};

inline std::string Fraction::to_decimal_string(int places, Rounding mode) const {
  if (places < 0 || places > 18)
    throw Error(ErrorCode::invalid_argument, "decimal places must be 0..18");
  int256 scaled = detail::to_256(num_) * detail::to_256(detail::pow10_128(places));
  int256 q = detail::round_quotient<int256>(scaled, detail::to_256(den_), mode);
  bool negative = q < 0;
  std::string digits = (negative ? int256(-q) : q).str();
  if (places > 0) {
    if (static_cast<int>(digits.size()) <= places)
      digits.insert(0, static_cast<std::size_t>(places + 1 - static_cast<int>(digits.size())), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(places), 1, '.');
  }
  return negative ? "-" + digits : digits;
}

inline Fraction Fraction::parse(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return Fraction(Decimal::parse(text));
  Decimal p = Decimal::parse(text.substr(0, slash));
  Decimal q = Decimal::parse(text.substr(slash + 1));
  if (q.is_zero())
    throw Error(ErrorCode::division_by_zero,
                "fraction \"" + std::string(text) + "\" has a zero denominator", slash + 1);
  return Fraction(p) / Fraction(q);
}

DUCHA_END_NAMESPACE

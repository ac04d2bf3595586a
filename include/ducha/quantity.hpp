// Quantity: an exact value with its unit ("33.31万平方米" = 33.31 × 万平方米).
#pragma once

#include <optional>
#include <string>

#include "ducha/config.hpp"
#include "ducha/decimal.hpp"
#include "ducha/fraction.hpp"
#include "ducha/unit.hpp"

DUCHA_BEGIN_NAMESPACE

struct Quantity {
  Decimal value;
  Unit unit;

  Dimension dimension() const { return unit.dimension; }
  // The value in the dimension's base unit, exactly (1.5 亩 → 1000 平方米).
  Fraction base_value() const { return Fraction(value) * unit.factor; }
  // "33.31万平方米"
  std::string to_string() const { return value.to_string() + unit.symbol; }

  friend bool operator==(const Quantity&, const Quantity&) = default;
};

inline bool same_dimension(const Quantity& a, const Quantity& b) {
  return a.unit.dimension == b.unit.dimension;
}

// The quantity expressed in `to`, exactly; nullopt across dimensions.
inline std::optional<Fraction> convert(const Quantity& q, const Unit& to) {
  if (q.unit.dimension != to.dimension) return std::nullopt;
  return q.base_value() / to.factor;
}

// done / target in common units, unreduced for speed (compare it, or call
// reduced() to print it); nullopt when the dimensions differ. Throws
// division_by_zero when the target is zero.
inline std::optional<Fraction> ratio(const Quantity& done, const Quantity& target) {
  if (done.unit.dimension != target.unit.dimension) return std::nullopt;
  const Fraction& fd = done.unit.factor;
  const Fraction& ft = target.unit.factor;
  // (cd / 10^sd × nd/dd) / (ct / 10^st × nt/dt)
  int128 num = done.value.coefficient(), den = target.value.coefficient();
  int128 p10d = detail::kPow10[done.value.scale()], p10t = detail::kPow10[target.value.scale()];
  int128 n, d;
  if (!__builtin_mul_overflow(num, p10t, &n) && !__builtin_mul_overflow(n, fd.numerator(), &n) &&
      !__builtin_mul_overflow(n, ft.denominator(), &n) && !__builtin_mul_overflow(den, p10d, &d) &&
      !__builtin_mul_overflow(d, fd.denominator(), &d) &&
      !__builtin_mul_overflow(d, ft.numerator(), &d))
    return Fraction::ratio_unreduced(n, d);
  return done.base_value() / target.base_value();
}

DUCHA_END_NAMESPACE

// How a value is rounded when, and only when, it is printed.
#pragma once

#include <string_view>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

enum class Rounding {
  half_even,  // banker's rounding, the default for every printed figure
  half_up,    // ties away from zero, as taught in school (四舍五入)
  half_down,  // ties toward zero
  toward_zero,
  away_from_zero,
  floor,
  ceiling,
};

inline std::string_view to_string(Rounding r) {
  switch (r) {
    case Rounding::half_even: return "half_even";
    case Rounding::half_up: return "half_up";
    case Rounding::half_down: return "half_down";
    case Rounding::toward_zero: return "toward_zero";
    case Rounding::away_from_zero: return "away_from_zero";
    case Rounding::floor: return "floor";
    case Rounding::ceiling: return "ceiling";
  }
  return "half_even";
}

namespace detail {

// Rounds the quotient n/d (d > 0) to an integer. T is any signed integer type
// with truncating division (int128, int256).
template <class T>
T round_quotient(const T& n, const T& d, Rounding mode) {
  T q = n / d;
  T r = n % d;  // same sign as n
  if (r == 0) return q;
  const int sign = n < 0 ? -1 : 1;
  T twice = (r < 0 ? T(-r) : r) * 2;
  int half = twice < d ? -1 : (twice == d ? 0 : 1);  // compare |r| with d/2
  bool away = false;
  switch (mode) {
    case Rounding::toward_zero: away = false; break;
    case Rounding::away_from_zero: away = true; break;
    case Rounding::floor: away = sign < 0; break;
    case Rounding::ceiling: away = sign > 0; break;
    case Rounding::half_up: away = half >= 0; break;
    case Rounding::half_down: away = half > 0; break;
    case Rounding::half_even: away = half > 0 || (half == 0 && q % 2 != 0); break;
  }
  return away ? T(q + sign) : q;
}

}  // namespace detail

DUCHA_END_NAMESPACE

// 128-bit integer helpers: the fast exact path under Decimal and Fraction.
// Wider intermediate products use Boost.Multiprecision's fixed 256-bit type.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <string>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

using int128 = __int128;
using int256 = boost::multiprecision::int256_t;

namespace detail {

inline constexpr std::int64_t kPow10[19] = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};

inline constexpr int128 pow10_128(int n) {
  int128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

inline int128 abs128(int128 v) { return v < 0 ? -v : v; }

inline int128 gcd128(int128 a, int128 b) {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

inline std::string to_string(int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  // Work on the unsigned magnitude so that the minimum value is handled too.
  unsigned __int128 u = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1
                            : static_cast<unsigned __int128>(v);
  char buf[48];
  int i = sizeof buf;
  while (u != 0) {
    buf[--i] = static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
  }
  if (neg) buf[--i] = '-';
  return std::string(buf + i, sizeof buf - i);
}

inline int256 to_256(int128 v) {
  bool neg = v < 0;
  unsigned __int128 u = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1
                            : static_cast<unsigned __int128>(v);
  int256 r = static_cast<std::uint64_t>(u >> 64);
  r <<= 64;
  r += static_cast<std::uint64_t>(u);
  return neg ? int256(-r) : r;
}

inline constexpr int128 kInt128Max = static_cast<int128>(~static_cast<unsigned __int128>(0) >> 1);

// The value as int128, or false when it does not fit.
inline bool from_256(const int256& v, int128& out) {
  int256 mag = v < 0 ? int256(-v) : v;
  if (mag > to_256(kInt128Max)) return false;
  unsigned __int128 u = static_cast<std::uint64_t>(mag >> 64);
  u <<= 64;
  u |= static_cast<std::uint64_t>(mag & int256(~std::uint64_t{0}));
  out = v < 0 ? -static_cast<int128>(u) : static_cast<int128>(u);
  return true;
}

}  // namespace detail

DUCHA_END_NAMESPACE

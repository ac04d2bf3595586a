// The numeral stage: every number written in normalised text, fractions joined
// (三分之一, 1 3/5), with the words that contain numerals filtered out. Numbers only:
// what a number measures (%, units, ranges) is the figure stage's (figures.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ducha/fraction.hpp"

namespace ducha::text {

struct Numeral {
  std::size_t begin = 0, end = 0;  // normalised offsets, end exclusive
  Fraction value;
  bool approximate = false;  // 余 多 几 inside, 约 近 超 逾 before, 余 多 以上 左右 after
  bool chinese = false;      // written at least partly with Chinese numerals
  bool integer = true;       // no decimal point, exponent or fraction
  bool ordinal = false;      // after 第
};

// The numbers of `s` (normalised text) in order, none overlapping. A '-' right
// after a figure (3万-6万元, 6.5%-7%) joins a range and is no minus sign. Near-linear
// in the length of `s`; never throws.
std::vector<Numeral> find_numerals(const std::u32string& s);

}  // namespace ducha::text

// The figure stage: what the numerals of the numeral stage measure. Percentages
// (40%, 百分之八十七点五, 负百分之十二, 六个百分点, 九成), quantities with a unit of
// the catalog (33.31万平方米, 壹佰贰拾叁元肆角, 十块三毛) and ranges (3万-6万元,
// 6.5%—7%, 两到三万). Spans are normalised offsets; extract() maps them back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/fraction.hpp"
#include "ducha/unit.hpp"
#include "text/extraction.hpp"
#include "text/numerals.hpp"

namespace ducha::text {

struct PercentFigure {
  std::size_t begin, end;
  Fraction value;  // in percent (or percentage points)
  bool points = false;
  bool approximate = false;
  std::optional<Fraction> growth;
};

struct QuantityFigure {
  std::size_t begin, end;
  Fraction value;  // in `unit`
  Unit unit;
  bool approximate = false;
};

struct RangeFigure {
  std::size_t begin, end;
  std::size_t low_numeral, high_numeral;  // indexes into the numerals
  long low_percent = -1, high_percent = -1;    // indexes into the percents (-1: none)
  long low_quantity = -1, high_quantity = -1;  // indexes into the quantities (-1: none)
  Fraction low, high;
  FigureKind kind = FigureKind::number;
  std::optional<Unit> unit;  // quantity ranges
  bool approximate = false;
};

std::vector<PercentFigure> find_percents(const std::u32string& s, const std::vector<Numeral>& numerals);
// 增长 / 下降 (and their kin) just before a percentage give it a direction.
void find_growth(const std::u32string& s, std::vector<PercentFigure>& percents);
std::vector<QuantityFigure> find_quantities(const std::u32string& s, const std::vector<Numeral>& numerals);
// Two figures joined by a dash, 至 or 到; a scale word, unit or % written only on the
// upper end is shared by the lower one (两到三万 = 2万–3万, 3-5个, 6.5-7%). The lower
// end's numeral takes the shared scale word (numerals[low].value becomes 20000).
std::vector<RangeFigure> find_ranges(const std::u32string& s, std::vector<Numeral>& numerals,
                                     const std::vector<PercentFigure>& percents,
                                     const std::vector<QuantityFigure>& quantities);

}  // namespace ducha::text

// The extractor: normalise, then the numeral stage (numerals.hpp), then the figure
// stage (figures.hpp: percentages, quantities, ranges) and dates. Spans are reported
// in the input's code points.
#include <algorithm>

#include "text/extraction.hpp"
#include "text/figures.hpp"
#include "text/normalized_text.hpp"
#include "text/numerals.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;


// 余 多 以上 左右 at `k`, just after a figure, make it approximate.
bool approximate_after(const U32& s, std::size_t k) {
  return at(s, k, U"以上") || at(s, k, U"左右") || at(s, k, U"余") || at(s, k, U"多");
}

bool approximate_before(const U32& s, std::size_t b) {
  return b > 0 && (s[b - 1] == U'约' || s[b - 1] == U'近' || s[b - 1] == U'超' || s[b - 1] == U'逾');
}

struct Builder {
  const NormalizedText& t;
  Span span(std::size_t b, std::size_t e) const { return Span{t.source_begin(b), t.source_end(e), t.utf8(b, e)}; }
};

// The numerals as NumberMatches: one input character may normalise to several
// (⅐ → 1⁄7), never two figures inside one character.
void add_numbers(const NormalizedText& t, std::vector<Numeral>& numerals, Extraction& out) {
  const U32& s = t.chars;
  Builder b{t};
  std::vector<Numeral> kept;
  for (Numeral& n : numerals) {
    if (!out.numbers.empty() && t.source_begin(n.begin) < out.numbers.back().span.end) continue;
    std::size_t k = skip_spaces(s, n.end);
    if (k < s.size() && (s[k] == U'%' || s[k] == U'‰')) ++k;
    if (approximate_before(s, n.begin) || approximate_after(s, k)) n.approximate = true;
    out.numbers.push_back({b.span(n.begin, n.end), n.value, n.approximate, std::nullopt});
    kept.push_back(n);
  }
  numerals = std::move(kept);
}

// Ranges as RangeMatches, their ends linked, the direction of a growth verb before
// the lower end given to both ends (增长6.5%—7%). Each range touches only its own ends.
void add_ranges(const Builder& b, const std::vector<RangeFigure>& ranges, const std::vector<Numeral>& numerals,
                Extraction& out) {
  for (const RangeFigure& r : ranges) {
    std::size_t index = out.ranges.size();
    RangeMatch m{b.span(r.begin, r.end), r.low, r.high, r.kind, r.unit, false, r.approximate, {}, {}};
    out.numbers[r.low_numeral].value = numerals[r.low_numeral].value;
    out.numbers[r.low_numeral].range = out.numbers[r.high_numeral].range = index;
    for (long q : {r.low_quantity, r.high_quantity})
      if (q >= 0) out.quantities[q].range = index;
    PercentMatch* ends[2] = {r.low_percent >= 0 ? &out.percents[r.low_percent] : nullptr,
                             r.high_percent >= 0 ? &out.percents[r.high_percent] : nullptr};
    std::optional<Fraction> sign;
    for (PercentMatch* p : ends) {
      if (!p) continue;
      p->range = index;
      m.points = p->points;
      if (!sign && p->growth && !p->value.is_zero()) sign = *p->growth / p->value;
    }
    if (sign) {
      m.growth_low = r.low * *sign;
      m.growth_high = r.high * *sign;
      for (PercentMatch* p : ends)
        if (p && !p->growth) p->growth = p->value * *sign;
    }
    out.ranges.push_back(std::move(m));
  }
}

}  // namespace

std::string value_text(const Fraction& f) {
  Fraction r = f.reduced();
  int128 d = r.denominator();
  int twos = 0, fives = 0;
  while (d % 2 == 0) d /= 2, ++twos;
  while (d % 5 == 0) d /= 5, ++fives;
  int places = std::max(twos, fives);
  if (d != 1 || places > 18) return r.to_string();
  return r.to_decimal_string(places, Rounding::half_even);
}

std::optional<Decimal> exact_decimal(const Fraction& f) {
  Fraction r = f.reduced();
  int128 d = r.denominator(), num = r.numerator();
  int scale = 0;
  // Multiply by 10 until the denominator divides out: terminating iff d = 2^a 5^b.
  while (d != 1 && scale <= Decimal::kMaxScale) {
    int128 g10 = d % 10 == 0 ? 10 : (d % 5 == 0 ? 5 : (d % 2 == 0 ? 2 : 1));
    if (g10 == 1) return std::nullopt;
    d /= g10;
    num *= 10 / g10;
    ++scale;
    if (num >= Decimal::kCoefficientLimit || num <= -Decimal::kCoefficientLimit) return std::nullopt;
  }
  if (d != 1 || scale > Decimal::kMaxScale) return std::nullopt;
  if (num >= Decimal::kCoefficientLimit || num <= -Decimal::kCoefficientLimit) return std::nullopt;
  return Decimal::from_parts(static_cast<std::int64_t>(num), scale);
}

std::string_view to_string(DateKind k) {
  switch (k) {
    case DateKind::day: return "day";
    case DateKind::month: return "month";
    case DateKind::month_range: return "month_range";
    case DateKind::quarter: return "quarter";
    case DateKind::quarters: return "quarters";
    case DateKind::half_year: return "half_year";
    case DateKind::year_to_date: return "year_to_date";
    case DateKind::full_year: return "full_year";
  }
  return "day";
}

std::string_view to_string(FigureKind k) {
  switch (k) {
    case FigureKind::number: return "number";
    case FigureKind::percent: return "percent";
    case FigureKind::quantity: return "quantity";
  }
  return "number";
}

void find_dates(const NormalizedText& t, int year, Extraction& out);  // dates.cpp

Extraction extract(std::string_view utf8, int year) {
  NormalizedText t = normalize(utf8);
  const U32& s = t.chars;
  Builder b{t};
  Extraction out;
  std::vector<Numeral> numerals = find_numerals(s);
  add_numbers(t, numerals, out);
  auto percents = find_percents(s, numerals);
  find_growth(s, percents);
  auto quantities = find_quantities(s, numerals);
  auto ranges = find_ranges(s, numerals, percents, quantities);
  // A figure followed by 以上 左右 余 多 (or preceded by 约 近) is approximate.
  for (const auto& p : percents)
    out.percents.push_back({b.span(p.begin, p.end), p.value, p.points,
                            p.approximate || approximate_after(s, skip_spaces(s, p.end)), p.growth, std::nullopt});
  for (const auto& q : quantities)
    out.quantities.push_back({b.span(q.begin, q.end), q.value, q.unit,
                              q.approximate || approximate_after(s, skip_spaces(s, q.end)), std::nullopt});
  add_ranges(b, ranges, numerals, out);
  find_dates(t, year, out);
  return out;
}

}  // namespace ducha::text

// Ranges: two figures joined by a dash, 至 or 到 (3万-6万元, 6.5%—7%, 两到三万), or by 与/和
// with 之间 after them (3%与5%之间).
#include <algorithm>
#include <string_view>

#include "text/figures.hpp"
#include "text/numeral_parser.hpp"
#include "text/vocabulary.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;

// The figure a numeral belongs to in one of the sorted figure lists, or -1.
template <class F>
std::vector<long> owners(const std::vector<Numeral>& numerals, const std::vector<F>& figures) {
  std::vector<long> out(numerals.size(), -1);
  std::size_t f = 0;
  for (std::size_t n = 0; n < numerals.size(); ++n) {
    while (f < figures.size() && figures[f].end < numerals[n].end) ++f;
    if (f < figures.size() && figures[f].begin <= numerals[n].begin && numerals[n].end <= figures[f].end)
      out[n] = static_cast<long>(f);
  }
  return out;
}

// True when [b, e) holds one range connector and spaces only; with `between` (之间
// follows the upper end) 与 and 和 connect too (3%与5%之间).
bool connector_between(const U32& s, std::size_t b, std::size_t e, bool between) {
  if (b >= e) return false;
  std::size_t k = skip_spaces(s, b);
  for (std::u32string_view c : vocabulary::kRangeConnectors)
    if (s.compare(k, c.size(), c) == 0 && skip_spaces(s, k + c.size()) == e) return true;
  if (between)
    for (std::u32string_view c : vocabulary::kBetweenConnectors)
      if (s.compare(k, c.size(), c) == 0 && skip_spaces(s, k + c.size()) == e) return true;
  return false;
}

// 之间 right after the upper end (spaces allowed).
bool between_after(const U32& s, std::size_t e) {
  std::size_t k = skip_spaces(s, e);
  return s.compare(k, vocabulary::kBetween.size(), vocabulary::kBetween) == 0;
}

// The scale words (十 百 千 万 亿) that end numeral `n`'s text after its last digit,
// as a factor; 1 when none.
Fraction trailing_scale(const U32& s, const Numeral& n) {
  Fraction scale(1);
  std::size_t k = n.end;
  while (k > n.begin) {
    char32_t c = s[k - 1];
    int e = small_unit_exponent(c) > 0 ? small_unit_exponent(c) : big_unit_exponent(c);
    if (e == 0) break;
    for (int i = 0; i < e; ++i) scale = scale * Fraction(10);
    --k;
  }
  return k > n.begin ? scale : Fraction(1);
}

bool has_scale_word(const U32& s, const Numeral& n) {
  for (std::size_t k = n.begin; k < n.end; ++k)
    if (small_unit_exponent(s[k]) > 0 || big_unit_exponent(s[k]) > 0) return true;
  return false;
}

// 两到三万: the upper end's trailing scale word applies to a lower end written without one.
void share_scale(const U32& s, Numeral& low, const Numeral& high) {
  if (has_scale_word(s, low) || low.value <= Fraction(0)) return;
  Fraction scale = trailing_scale(s, high);
  if (scale == Fraction(1)) return;
  if (low.value < high.value / scale) low.value = low.value * scale;
}

// Dates are the date stage's: 1-6月 and 2021-2025年 are no figure ranges.
bool calendar_after(const U32& s, std::size_t e) {
  static constexpr std::u32string_view words[] = {U"年", U"月", U"日", U"号", U"季度"};
  for (auto w : words)
    if (s.compare(e, w.size(), w) == 0) return true;
  return false;
}

struct Ends {
  long low_percent, high_percent, low_quantity, high_quantity;
};

std::optional<RangeFigure> range_of(const std::vector<Numeral>& ns, std::size_t a, const Ends& e,
                                    const std::vector<PercentFigure>& ps, const std::vector<QuantityFigure>& qs) {
  const Numeral &lo = ns[a], &hi = ns[a + 1];
  RangeFigure r{lo.begin, hi.end, a, a + 1, e.low_percent, e.high_percent, e.low_quantity, e.high_quantity,
                lo.value, hi.value, FigureKind::number, std::nullopt, false};
  r.approximate = lo.approximate || hi.approximate;
  if (e.high_percent >= 0) {
    const PercentFigure& h = ps[e.high_percent];
    if (e.low_quantity >= 0 || (e.low_percent >= 0 && ps[e.low_percent].points != h.points)) return std::nullopt;
    r.kind = FigureKind::percent;
    r.low = e.low_percent >= 0 ? ps[e.low_percent].value : lo.value;
    r.high = h.value;
    r.begin = e.low_percent >= 0 ? ps[e.low_percent].begin : lo.begin;
    r.end = h.end;
    return r;
  }
  if (e.high_quantity >= 0) {
    const QuantityFigure& h = qs[e.high_quantity];
    if (e.low_percent >= 0) return std::nullopt;
    r.kind = FigureKind::quantity;
    r.unit = h.unit;
    r.high = h.value;
    r.end = h.end;
    if (e.low_quantity >= 0) {
      const QuantityFigure& l = qs[e.low_quantity];
      if (l.unit.dimension != h.unit.dimension) return std::nullopt;
      r.low = l.value * l.unit.factor / h.unit.factor;
    }
    return r;
  }
  if (e.low_percent >= 0 || e.low_quantity >= 0) return std::nullopt;
  return r;
}

}  // namespace

std::vector<RangeFigure> find_ranges(const U32& s, std::vector<Numeral>& ns, const std::vector<PercentFigure>& ps,
                                     const std::vector<QuantityFigure>& qs) {
  std::vector<RangeFigure> out;
  auto pct = owners(ns, ps), qty = owners(ns, qs);
  for (std::size_t a = 0; a + 1 < ns.size(); ++a) {
    const Numeral &lo = ns[a], &hi = ns[a + 1];
    if (lo.ordinal || hi.ordinal || calendar_after(s, hi.end)) continue;
    std::size_t lo_end = pct[a] >= 0 ? ps[pct[a]].end : (qty[a] >= 0 ? qs[qty[a]].end : lo.end);
    std::size_t hi_begin = pct[a + 1] >= 0 ? ps[pct[a + 1]].begin : hi.begin;
    std::size_t hi_end = pct[a + 1] >= 0 ? ps[pct[a + 1]].end : (qty[a + 1] >= 0 ? qs[qty[a + 1]].end : hi.end);
    if (!connector_between(s, lo_end, hi_begin, between_after(s, hi_end))) continue;
    Numeral written = lo;
    if (pct[a] < 0 && qty[a] < 0) share_scale(s, ns[a], hi);
    Ends e{pct[a], pct[a + 1], qty[a], qty[a + 1]};
    auto r = range_of(ns, a, e, ps, qs);
    if (!r || r->low > r->high) {
      ns[a] = written;
      continue;
    }
    out.push_back(*r);
    ++a;  // an end belongs to one range
  }
  return out;
}

}  // namespace ducha::text

// Percentages and quantities read around the numerals.
#include "text/figures.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"
#include "text/unit_words.hpp"
#include "text/vocabulary.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;

std::size_t skip_spaces_back(const U32& s, std::size_t k) {
  while (k > 0 && s[k - 1] == U' ') --k;
  return k;
}


// Matches `word` at i allowing spaces between its characters ("个 百 分 点"); returns the end or 0.
std::size_t spaced_word(const U32& s, std::size_t i, std::u32string_view word) {
  std::size_t k = i;
  for (std::size_t w = 0; w < word.size(); ++w) {
    if (w > 0) k = skip_spaces(s, k);
    if (k >= s.size() || s[k] != word[w]) return 0;
    ++k;
  }
  return k;
}

struct PercentPrefix {
  std::size_t start;
  Fraction divisor;
  bool negative = false;  // 负百分之十二
};

// 百分之 千分之 万分之 百万分之 … (spaces allowed; 百分三十 without 之) ending right
// before the numeral `n`, with 负 before it; nullopt when none does.
std::optional<PercentPrefix> percent_prefix(const U32& s, const Numeral& n) {
  std::size_t k = skip_spaces_back(s, n.begin);
  bool zhi = k > 0 && s[k - 1] == U'之';
  if (zhi) k = skip_spaces_back(s, k - 1);
  if (k == 0 || s[k - 1] != U'分') return std::nullopt;
  k = skip_spaces_back(s, k - 1);
  Fraction divisor(1);
  std::size_t start = k;
  int units = 0;
  while (std::size_t c = skip_spaces_back(s, start)) {
    char32_t ch = s[c - 1];
    int e = small_unit_exponent(ch) > 1 ? small_unit_exponent(ch) : (ch == U'万' ? 4 : 0);
    if (e == 0) break;
    for (int x = 0; x < e; ++x) divisor = divisor * Fraction(10);
    start = c - 1;
    ++units;
  }
  if (units == 0) return std::nullopt;
  // 百分三十: without 之 only 百分 before a Chinese numeral.
  if (!zhi && (divisor != Fraction(100) || !n.chinese || start + 2 != n.begin)) return std::nullopt;
  // A numeral before the prefix makes it a fraction (五百分之2.2), not a percentage.
  std::size_t before = skip_spaces_back(s, start);
  if (before > 0 && (chinese_digit(s[before - 1]) >= 0 || is_ascii_digit(s[before - 1]))) return std::nullopt;
  PercentPrefix p{start, divisor};
  if (before > 0 && s[before - 1] == U'负' && !n.value.is_negative()) {
    p.start = before - 1;
    p.negative = true;
  }
  return p;
}

// 成 (tenths): 七成六 = 76%, 九成半 = 95%.
std::optional<PercentFigure> tenths(const U32& s, const Numeral& n, std::size_t k) {
  if (k >= s.size() || s[k] != U'成' || n.value.is_negative() || n.value > Fraction(10)) return std::nullopt;
  Fraction v = n.value * Fraction(10);
  std::size_t e = k + 1;
  std::size_t m = skip_spaces(s, e);
  if (m < s.size() && s[m] == U'半') {
    v = v + Fraction(5);
    e = m + 1;
  } else if (n.integer && m < s.size() && chinese_digit(s[m]) > 0 &&
             !(m + 1 < s.size() && small_unit_exponent(s[m + 1]))) {
    v = v + Fraction(chinese_digit(s[m]));
    e = m + 1;
  }
  return PercentFigure{n.begin, e, v, false, n.approximate, std::nullopt};
}

// 折 (a discount to tenths): 七折 = 70%, 7.5折 = 75%, 75折 / 三八折 = 75% / 38%; 十折 is none.
std::optional<PercentFigure> discount(const U32& s, const Numeral& n, std::size_t k) {
  if (k >= s.size() || s[k] != U'折' || n.value.is_negative()) return std::nullopt;
  Fraction v;
  if (n.value < Fraction(10))
    v = n.value * Fraction(10);
  else if (n.value > Fraction(10) && n.value < Fraction(100) && n.integer)
    v = n.value;
  else
    return std::nullopt;
  return PercentFigure{n.begin, k + 1, v, false, n.approximate, std::nullopt};
}

std::optional<PercentFigure> percent_of(const U32& s, const Numeral& n) {
  if (auto prefix = percent_prefix(s, n)) {
    Fraction v = n.value / prefix->divisor * Fraction(100);
    return PercentFigure{prefix->start, n.end, prefix->negative ? -v : v, false, n.approximate, std::nullopt};
  }
  std::size_t k = skip_spaces(s, n.end);
  if (k < s.size() && (s[k] == U'%' || s[k] == U'‰')) {
    Fraction v = s[k] == U'%' ? n.value : n.value / Fraction(10);
    return PercentFigure{n.begin, k + 1, v, false, n.approximate, std::nullopt};
  }
  if (std::size_t e = spaced_word(s, k, U"个百分点")) return PercentFigure{n.begin, e, n.value, true, n.approximate, {}};
  if (n.ordinal) return std::nullopt;
  if (auto t = tenths(s, n, k)) return t;
  return discount(s, n, k);
}

// 百分之百 / 百分百 (100%), 半成 (5%), 半折 and 打对折 (50%): no numeral of their own.
void fixed_percents(const U32& s, std::vector<PercentFigure>& out) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != U'百' && s[i] != U'半' && s[i] != U'对') continue;  // where none of them starts
    std::size_t e = spaced_word(s, i, U"百分之百");
    if (!e) e = spaced_word(s, i, U"百分百");
    if (e) out.push_back({i, e, Fraction(100), false, false, std::nullopt});
    if (s[i] == U'半' && (s[i + 1] == U'成' || s[i + 1] == U'折'))
      out.push_back({i, i + 2, Fraction(s[i + 1] == U'成' ? 5 : 50), false, false, std::nullopt});
    if (s[i] == U'对' && s[i + 1] == U'折' && i > 0 && s[i - 1] == U'打')
      out.push_back({i, i + 2, Fraction(50), false, false, std::nullopt});
  }
}

// 元 (圆) followed by 角 and 分, 零 allowed between (壹佰贰拾叁元肆角, 叁元零伍分), or 整.
std::size_t cheque_tail(const U32& s, std::size_t e, Fraction& v, char32_t jiao) {
  if (e < s.size() && (s[e] == U'整' || s[e] == U'正')) return e + 1;
  std::size_t m = e;
  for (auto [sub, f] : {std::pair{jiao, Fraction(1, 10)}, std::pair{U'分', Fraction(1, 100)}}) {
    std::size_t d = m < s.size() && s[m] == U'零' ? m + 1 : m;
    if (d + 1 < s.size() && chinese_digit(s[d]) >= 0 && s[d + 1] == sub) {
      v = v + Fraction(chinese_digit(s[d])) * f;
      m = d + 2;
      e = m;
    }
  }
  return e;
}

// 块 is 元 when money follows it: 十块钱, 十块三毛 (毛 for 角).
bool colloquial_money(const U32& s, std::size_t e) {
  if (e >= s.size()) return false;
  if (s[e] == U'钱') return true;
  return e + 1 < s.size() && chinese_digit(s[e]) >= 0 &&
         (s[e + 1] == vocabulary::kColloquialJiao[0] || s[e + 1] == U'角');
}

std::optional<QuantityFigure> quantity_of(const U32& s, const Numeral& n) {
  if (n.ordinal) return std::nullopt;
  std::size_t k = skip_spaces(s, n.end);
  bool approx = n.approximate;
  if (k < s.size() && (s[k] == U'余' || s[k] == U'多')) {
    approx = true;
    ++k;
  }
  auto u = unit_at(s, k);
  if (!u) return std::nullopt;
  // 二 alone before a classifier is an ordinal or a compound (二次供水, 二期): counts take 两.
  if (n.end == n.begin + 1 && s[n.begin] == U'二' && u->first.dimension == Dimension::count) return std::nullopt;
  std::size_t e = k + u->second;
  Fraction v = n.value;
  if (e < s.size() && s[e] == U'半' && n.integer) {  // 一吨半
    v = v + Fraction(1, 2);
    ++e;
  }
  Unit unit = u->first;
  if (unit.symbol == to_utf8(vocabulary::kColloquialYuan) && colloquial_money(s, e)) {
    unit = ducha::unit("元");
    e = s[e] == U'钱' ? e + 1 : cheque_tail(s, e, v, vocabulary::kColloquialJiao[0]);
  } else if (unit.dimension == Dimension::money && unit.factor == Fraction(1)) {
    e = cheque_tail(s, e, v, U'角');
  }
  return QuantityFigure{n.begin, e, v, unit, approx};
}

}  // namespace

std::vector<PercentFigure> find_percents(const U32& s, const std::vector<Numeral>& numerals) {
  std::vector<PercentFigure> out;
  for (const Numeral& n : numerals)
    if (auto p = percent_of(s, n)) out.push_back(*p);
  fixed_percents(s, out);
  std::sort(out.begin(), out.end(), [](const PercentFigure& x, const PercentFigure& y) { return x.begin < y.begin; });
  return out;
}

void find_growth(const U32& s, std::vector<PercentFigure>& percents) {
  for (auto& p : percents) {
    std::size_t k = skip_spaces_back(s, p.begin);
    // 增长了5%, 增速仅为2%, 增速均在20%左右: words between the verb and its rate.
    if (k >= 2 && (at(s, k - 2, U"仅为") || at(s, k - 2, U"约为") || at(s, k - 2, U"均为") || at(s, k - 2, U"均在")))
      k -= 2;
    else if (k >= 1 && (s[k - 1] == U'了' || s[k - 1] == U'为' || s[k - 1] == U'达' || s[k - 1] == U'在'))
      --k;
    for (auto w : vocabulary::kGrowthUp)
      if (k >= w.size() && at(s, k - w.size(), w)) p.growth = p.value;
    for (auto w : vocabulary::kGrowthDown)
      if (k >= w.size() && at(s, k - w.size(), w)) p.growth = -p.value;
  }
}

std::vector<QuantityFigure> find_quantities(const U32& s, const std::vector<Numeral>& numerals) {
  std::vector<QuantityFigure> out;
  for (const Numeral& n : numerals) {
    auto q = quantity_of(s, n);
    if (!q) continue;
    // A qualifier before the figure: 约 近 超 逾.
    if (q->begin > 0 && (s[q->begin - 1] == U'约' || s[q->begin - 1] == U'近' || s[q->begin - 1] == U'超' ||
                         s[q->begin - 1] == U'逾'))
      q->approximate = true;
    out.push_back(*q);
  }
  return out;
}

}  // namespace ducha::text

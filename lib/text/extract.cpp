// The extractor: numbers (with fractions), then percentages, quantities and dates
// read around them. Everything works on the normalised text and reports spans in
// the input's code points.
#include <algorithm>

#include "text/extraction.hpp"
#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;

std::size_t skip_spaces(const U32& s, std::size_t i) {
  while (i < s.size() && s[i] == U' ') ++i;
  return i;
}

bool at(const U32& s, std::size_t i, std::u32string_view w) { return s.compare(i, w.size(), w) == 0; }

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

// 余 多 以上 左右 at `k`, just after a figure, make it approximate.
bool approximate_after(const U32& s, std::size_t k) {
  return at(s, k, U"以上") || at(s, k, U"左右") || at(s, k, U"余") || at(s, k, U"多");
}

bool is_cjk(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// Words in which a numeral character is no number: 一切, 四川, 陆地 …
bool inside_word(const U32& s, std::size_t b, std::size_t e) {
  static const std::u32string_view words[] = {
      U"一切", U"一看", U"一下", U"一些", U"一样", U"一起", U"一直", U"一定", U"一般", U"一旦", U"一致",
      U"一律", U"一同", U"统一", U"唯一", U"万一", U"之一", U"四川", U"大陆", U"陆地", U"登陆", U"着陆",
      U"海陆", U"陆续", U"队伍", U"落伍", U"入伍", U"收拾", U"拾取", U"拾起", U"拾到", U"夕拾", U"放肆",
      U"肆意", U"肆无忌惮", U"十足", U"十分", U"万万不", U"千万不", U"千万别", U"一美元", U"两美刀",
      U"两两", U"三三两两", U"乱七八糟", U"七上八下", U"一心一意", U"独一无二", U"九死一生"};
  for (auto w : words) {
    // Any placement of the word that covers [b, e).
    for (std::size_t off = 0; off < w.size(); ++off) {
      if (b < off) break;
      std::size_t start = b - off;
      if (start + w.size() < e) continue;
      if (at(s, start, w)) {
        if (w == U"十分" && at(s, start, U"十分之")) continue;
        if (w == U"之一" && start > 0 && s[start - 1] == U'分') continue;  // 千分之一 is a number
        return true;
      }
    }
  }
  return false;
}

struct Found {
  std::size_t begin, end;  // normalised
  Fraction value;
  bool approximate = false;
  bool chinese = false;
  bool integer = true;
  bool ordinal = false;    // after 第
};

Found from(const ParsedNumber& p) {
  return Found{p.begin, p.end, p.value, p.approximate, p.chinese, p.integer, false};
}

// "A分之B", "C又A分之B", "a/b", "c a/b": extends a number into a fraction.
Found extend_fraction(const U32& s, Found n) {
  auto chinese_fraction = [&](const Found& a) -> std::optional<Found> {
    std::size_t k = skip_spaces(s, a.end);
    if (k >= s.size() || s[k] != U'分') return std::nullopt;
    k = skip_spaces(s, k + 1);
    if (k >= s.size() || s[k] != U'之') return std::nullopt;
    k = skip_spaces(s, k + 1);
    auto b = parse_number_at(s, k);
    if (!b || a.value.is_zero()) return std::nullopt;
    Found f = a;
    f.end = b->end;
    f.value = b->value / a.value;
    f.integer = false;
    f.chinese = true;
    return f;
  };
  auto arabic_fraction = [&](const Found& a) -> std::optional<Found> {
    std::size_t k = a.end;
    if (a.chinese || !a.integer || k >= s.size() || s[k] != U'/') return std::nullopt;
    auto b = parse_number_at(s, k + 1);
    if (!b || b->chinese || !b->integer || b->value.is_zero() || b->value.is_negative()) return std::nullopt;
    Found f = a;
    f.end = b->end;
    f.value = a.value / b->value;
    f.integer = false;
    return f;
  };
  if (auto f = chinese_fraction(n)) return *f;
  if (auto f = arabic_fraction(n)) return *f;
  // Mixed numbers: 三百五又三分之一, 1 3/5.
  std::size_t k = skip_spaces(s, n.end);
  bool joiner = k < s.size() && s[k] == U'又';
  bool arabic_space = !n.chinese && n.integer && k > n.end && k < s.size() && is_ascii_digit(s[k]);
  if (joiner || arabic_space) {
    std::size_t start = joiner ? skip_spaces(s, k + 1) : k;
    if (auto a = parse_number_at(s, start)) {
      Found inner = from(*a);
      std::optional<Found> frac = joiner ? chinese_fraction(inner) : arabic_fraction(inner);
      if (!frac && joiner) frac = arabic_fraction(inner);
      if (frac) {
        Found f = n;
        f.end = frac->end;
        Fraction magnitude = (n.value.is_negative() ? -n.value : n.value) + frac->value;
        f.value = n.value.is_negative() ? -magnitude : magnitude;
        f.integer = false;
            return f;
      }
    }
  }
  return n;
}

// Spans of URLs: nothing inside them is a figure.
std::vector<std::pair<std::size_t, std::size_t>> url_spans(const U32& s) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i + 3 < s.size(); ++i) {
    if (at(s, i, U"http://") || at(s, i, U"https://") || at(s, i, U"www.")) {
      std::size_t e = i;
      while (e < s.size() && s[e] != U' ' && !is_cjk(s[e])) ++e;
      out.emplace_back(i, e);
      i = e;
    }
  }
  return out;
}

// Every number in the text, fractions included, after the word filters.
std::vector<Found> find_numbers(const U32& s) {
  std::vector<Found> out;
  auto urls = url_spans(s);
  std::size_t i = 0;
  while (i < s.size()) {
    bool in_url = false;
    for (auto [b, e] : urls)
      if (i >= b && i < e) {
        i = e;
        in_url = true;
      }
    if (in_url) continue;
    if (!starts_number(s, i)) {
      ++i;
      continue;
    }
    // '-' between two figures is a range (1-6月), not a sign.
    if (s[i] == U'-' && i > 0 && (is_ascii_digit(s[i - 1]) || chinese_digit(s[i - 1]) >= 0 || is_letter(s[i - 1]))) {
      ++i;
      continue;
    }
    // Digits glued to letters belong to a code or a word (B12, 5G is kept: a count of 5).
    if (is_ascii_digit(s[i]) && i > 0 && is_letter(s[i - 1])) {
      while (i < s.size() && (is_ascii_digit(s[i]) || s[i] == U'.')) ++i;
      continue;
    }
    // A '.' or '-' right after another one is punctuation (...9, --9).
    if ((s[i] == U'.' || s[i] == U'-') && i > 0 && (s[i - 1] == U'.' || s[i - 1] == U'-' || is_ascii_digit(s[i - 1]))) {
      ++i;
      continue;
    }
    auto p = parse_number_at(s, i);
    if (!p) {
      ++i;
      continue;
    }
    // Inside a dotted list (2222.2222.222) every part is an integer.
    if (p && i >= 2 && s[i - 1] == U'.' && is_ascii_digit(s[i - 2]) && !p->integer) {
      std::size_t e = i;
      while (e < s.size() && is_ascii_digit(s[e])) ++e;
      p = parse_number_at(s.substr(0, e), i);
      if (!p) {
        i = e;
        continue;
      }
    }
    if (!p->valid) {
      i = p->end;
      continue;
    }
    Found f = extend_fraction(s, from(*p));
    if (f.chinese && f.end - f.begin <= 3 && inside_word(s, f.begin, f.end)) {
      i = f.end;
      continue;
    }
    f.ordinal = i > 0 && s[i - 1] == U'第';
    out.push_back(f);
    i = f.end;
  }
  return out;
}

struct Builder {
  const NormalizedText& t;
  Span span(std::size_t b, std::size_t e) const {
    return Span{t.source_begin(b), t.source_end(e), t.utf8(b, e)};
  }
};

// ---- percentages ------------------------------------------------------------

// 百分之 千分之 万分之 百万分之 千万分之 万万分之 百万万分之 (spaces allowed) ending
// right before `b`; returns the start and the divisor, or nullopt.
std::optional<std::pair<std::size_t, Fraction>> percent_prefix(const U32& s, std::size_t b) {
  // Walk back: 之, 分, then the unit characters.
  auto back = [&](std::size_t k) {
    while (k > 0 && s[k - 1] == U' ') --k;
    return k;
  };
  std::size_t k = back(b);
  if (k == 0 || s[k - 1] != U'之') return std::nullopt;
  k = back(k - 1);
  if (k == 0 || s[k - 1] != U'分') return std::nullopt;
  k = back(k - 1);
  Fraction divisor(1);
  std::size_t start = k;
  int units = 0;
  while (start > 0) {
    std::size_t c = back(start);
    if (c == 0) break;
    char32_t ch = s[c - 1];
    int e = small_unit_exponent(ch) > 1 ? small_unit_exponent(ch) : (ch == U'万' ? 4 : 0);
    if (e == 0) break;
    Fraction m(1);
    for (int x = 0; x < e; ++x) m = m * Fraction(10);
    divisor = divisor * m;
    start = c - 1;
    ++units;
  }
  if (units == 0) return std::nullopt;
  // A numeral before the prefix makes it a fraction (五百分之2.2), not a percentage.
  std::size_t before = back(start);
  if (before > 0 && (chinese_digit(s[before - 1]) >= 0 || is_ascii_digit(s[before - 1]))) return std::nullopt;
  return std::make_pair(start, divisor);
}

void find_percents(const U32& s, const std::vector<Found>& numbers, const Builder& b, Extraction& out) {
  for (const Found& n : numbers) {
    if (auto prefix = percent_prefix(s, n.begin)) {
      Fraction v = n.value / prefix->second * Fraction(100);
      out.percents.push_back({b.span(prefix->first, n.end), v, false, n.approximate, std::nullopt});
      continue;
    }
    std::size_t k = skip_spaces(s, n.end);
    if (k < s.size() && (s[k] == U'%' || s[k] == U'‰')) {
      Fraction v = s[k] == U'%' ? n.value : n.value / Fraction(10);
      out.percents.push_back({b.span(n.begin, k + 1), v, false, n.approximate, std::nullopt});
      continue;
    }
    if (std::size_t e = spaced_word(s, k, U"个百分点")) {
      out.percents.push_back({b.span(n.begin, e), n.value, true, n.approximate, std::nullopt});
      continue;
    }
    if (n.ordinal) continue;
    // 成 (tenths) and 折 (a discount to tenths): 七成六 = 76%, 75折 = 75%.
    if (k < s.size() && s[k] == U'成' && !n.value.is_negative() && n.value <= Fraction(10)) {
      Fraction v = n.value * Fraction(10);
      std::size_t e = k + 1;
      std::size_t m = skip_spaces(s, e);
      if (m < s.size() && s[m] == U'半') {
        v = v + Fraction(5);
        e = m + 1;
      } else if (n.integer && m < s.size() && chinese_digit(s[m]) > 0 && !(m + 1 < s.size() && small_unit_exponent(s[m + 1]))) {
        v = v + Fraction(chinese_digit(s[m]));
        e = m + 1;
      }
      out.percents.push_back({b.span(n.begin, e), v, false, n.approximate, std::nullopt});
      continue;
    }
    if (k < s.size() && s[k] == U'折' && !n.value.is_negative()) {
      // 七折 = 70%, 7.5折 = 75%, 75折 / 三八折 = 75% / 38%; 十折 is no discount.
      Fraction v;
      if (n.value < Fraction(10))
        v = n.value * Fraction(10);
      else if (n.value > Fraction(10) && n.value < Fraction(100) && n.integer)
        v = n.value;
      else
        continue;
      out.percents.push_back({b.span(n.begin, k + 1), v, false, n.approximate, std::nullopt});
    }
  }
  // 半成 (5%), 半折 and 打对折 (50%), 百分之百 (100%).
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (std::size_t e = spaced_word(s, i, U"百分之百"))
      out.percents.push_back({b.span(i, e), Fraction(100), false, false, std::nullopt});
    if (s[i] == U'半' && (s[i + 1] == U'成' || s[i + 1] == U'折'))
      out.percents.push_back({b.span(i, i + 2), Fraction(s[i + 1] == U'成' ? 5 : 50), false, false, std::nullopt});
    if (s[i] == U'对' && s[i + 1] == U'折' && i > 0 && s[i - 1] == U'打')
      out.percents.push_back({b.span(i, i + 2), Fraction(50), false, false, std::nullopt});
  }
  std::sort(out.percents.begin(), out.percents.end(),
            [](const PercentMatch& x, const PercentMatch& y) { return x.span.begin < y.span.begin; });
}

// 增长 / 下降 (and their kin) just before a percentage give it a direction.
void find_growth(const NormalizedText& t, Extraction& out) {
  static const std::u32string_view up[] = {U"同比增长", U"增长", U"增速", U"上升", U"提高", U"增加"};
  static const std::u32string_view down[] = {U"同比下降", U"下降", U"降低", U"减少", U"下滑"};
  for (auto& p : out.percents) {
    std::size_t k = t.index_of(p.span.begin);
    while (k > 0 && t.chars[k - 1] == U' ') --k;
    if (k >= 2 && (at(t.chars, k - 2, U"仅为") || at(t.chars, k - 2, U"约为")))
      k -= 2;
    else if (k >= 1 && (t.chars[k - 1] == U'了' || t.chars[k - 1] == U'为' || t.chars[k - 1] == U'达'))
      --k;
    for (auto w : up)
      if (k >= w.size() && at(t.chars, k - w.size(), w)) p.growth = p.value;
    for (auto w : down)
      if (k >= w.size() && at(t.chars, k - w.size(), w)) p.growth = -p.value;
  }
}

// ---- quantities -------------------------------------------------------------

// Single-character units that begin common words: 方面, 方案, 卡片 are not units.
bool unit_starts_word(const U32& s, std::size_t k, const std::u32string& unit) {
  if (unit.size() != 1 || k + 1 >= s.size()) return false;
  static const std::u32string_view words[] = {U"方面", U"方案", U"方式", U"方向", U"方法", U"方位", U"方针", U"卡片",
                                              U"次级", U"次数", U"台账", U"项目", U"处理", U"件事", U"批次", U"起草",
                                              U"场所", U"场景", U"条件", U"条例", U"所有", U"间隔", U"张贴", U"片区",
                                              U"块状", U"人员", U"名单", U"位置", U"天然", U"米粮", U"元素", U"支路", U"支流", U"支部", U"支持"};
  for (auto w : words)
    if (at(s, k, w)) return true;
  return false;
}

// The longest catalog unit written at k, with the number of characters it takes.
std::optional<std::pair<Unit, std::size_t>> unit_at(const U32& s, std::size_t k) {
  for (std::size_t len = std::min<std::size_t>(6, s.size() - k); len >= 1; --len) {
    std::u32string cand = s.substr(k, len);
    if (cand.front() == U' ' || cand.back() == U' ') continue;
    for (auto& c : cand)
      if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';  // CM, KM: units are case-blind
    auto u = find_unit(to_utf8(cand));
    if (!u) continue;
    if (u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point) continue;
    bool ascii = is_letter(cand.front());
    if (ascii && k + len < s.size() && (is_letter(s[k + len]) || is_ascii_digit(s[k + len]))) continue;
    if (unit_starts_word(s, k, cand)) continue;
    return std::make_pair(*u, len);
  }
  return std::nullopt;
}

void find_quantities(const U32& s, const std::vector<Found>& numbers, const Builder& b, Extraction& out) {
  for (const Found& n : numbers) {
    if (n.ordinal) continue;
    std::size_t k = skip_spaces(s, n.end);
    bool approx = n.approximate;
    if (k < s.size() && (s[k] == U'余' || s[k] == U'多')) {
      approx = true;
      ++k;
    }
    if (k >= s.size()) continue;
    // 两 is a unit only right after a figure ("二两", "三千两百两").
    auto u = unit_at(s, k);
    if (!u) continue;
    std::size_t e = k + u->second;
    Fraction v = n.value;
    if (e < s.size() && s[e] == U'半' && n.integer) {  // 一吨半
      v = v + Fraction(1, 2);
      ++e;
    }
    if (u->first.dimension == Dimension::money && u->first.factor == Fraction(1)) {
      // 壹拾壹元整, 壹佰捌拾壹圆柒角, 玖仟…圆壹角捌分: cheque amounts.
      if (e < s.size() && (s[e] == U'整' || s[e] == U'正')) {
        ++e;
      } else {
        std::size_t m = e;
        for (auto [sub, f] : {std::pair{U'角', Fraction(1, 10)}, std::pair{U'分', Fraction(1, 100)}}) {
          if (m + 1 < s.size() && chinese_digit(s[m]) >= 0 && s[m + 1] == sub) {
            v = v + Fraction(chinese_digit(s[m])) * f;
            m += 2;
            e = m;
          }
        }
      }
    }
    std::size_t begin = n.begin;
    // A qualifier before the figure: 约 近 超 逾.
    if (begin > 0 && (s[begin - 1] == U'约' || s[begin - 1] == U'近' || s[begin - 1] == U'超' || s[begin - 1] == U'逾'))
      approx = true;
    out.quantities.push_back({b.span(begin, e), v, u->first, approx});
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
  std::string s = r.to_decimal_string(places, Rounding::half_even);
  return s;
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

void find_dates(const NormalizedText& t, int year, Extraction& out);  // dates.cpp

Extraction extract(std::string_view utf8, int year) {
  NormalizedText t = normalize(utf8);
  Builder b{t};
  Extraction out;
  std::vector<Found> numbers = find_numbers(t.chars);
  for (Found& n : numbers) {
    // One input character may normalise to several (⅐ → 1⁄7): never report two
    // figures inside the same character.
    if (!out.numbers.empty() && t.source_begin(n.begin) < out.numbers.back().span.end) continue;
    // 约 近 超 逾 before, 余 多 以上 左右 after a figure: approximate, the value unchanged.
    const U32& s = t.chars;
    std::size_t k = skip_spaces(s, n.end);
    if (k < s.size() && (s[k] == U'%' || s[k] == U'‰')) ++k;
    if ((n.begin > 0 && (s[n.begin - 1] == U'约' || s[n.begin - 1] == U'近' || s[n.begin - 1] == U'超' ||
                         s[n.begin - 1] == U'逾')) ||
        approximate_after(s, k))
      n.approximate = true;
    out.numbers.push_back({b.span(n.begin, n.end), n.value, n.approximate});
  }
  find_percents(t.chars, numbers, b, out);
  find_growth(t, out);
  find_quantities(t.chars, numbers, b, out);
  // A figure followed by 以上 左右 余 多 (or preceded by 约 近) is approximate.
  auto followed = [&](std::size_t source_end) {
    return approximate_after(t.chars, skip_spaces(t.chars, t.index_of(source_end)));
  };
  for (auto& p : out.percents) p.approximate = p.approximate || followed(p.span.end);
  for (auto& q : out.quantities) q.approximate = q.approximate || followed(q.span.end);
  find_dates(t, year, out);
  return out;
}

}  // namespace ducha::text

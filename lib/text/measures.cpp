#include "text/measures.hpp"

#include <algorithm>

#include "text/cells.hpp"
#include "text/clauses.hpp"
#include "text/numeral_parser.hpp"

namespace ducha::text {
namespace {

bool any_marked(const std::vector<std::uint8_t>& used, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < used.size(); ++i)
    if (used[i]) return true;
  return false;
}

void mark(std::vector<std::uint8_t>& used, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < used.size(); ++i) used[i] = 1;
}

bool has_ascii_digit(const U32& s, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i)
    if ((s[i] < 0x80 && is_ascii_digit(s[i])) || (s[i] >= U'０' && s[i] <= U'９')) return true;
  return false;
}

bool is_latin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// A bare number that can count something: not an ordinal, a date part, a range's
// start or a code, and followed by punctuation only.
bool bare_counts(const U32& s, std::size_t b, std::size_t e) {
  if (b > 0 && (s[b - 1] == U'第' || is_latin(s[b - 1]))) return false;
  if (e < s.size() && (s[e] == U'年' || s[e] == U'月' || s[e] == U'日' || s[e] == U'号')) return false;
  if (e < s.size() && (s[e] == U'-' || s[e] == U'—')) return false;
  // 医疗急救(120)分站: a bare number alone in brackets inside a word names something.
  if (b > 0 && e < s.size() && (s[b - 1] == U'(' || s[b - 1] == U'（') && (s[e] == U')' || s[e] == U'）')) return false;
  // 减少农村贫困人口1000万以上: a comparator after the number (以上, 左右 …) before the punctuation.
  for (const Word* w : words(WordRole::comparator)) {
    bool after_word = w->comparator == WordComparator::around_after || w->comparator == WordComparator::at_least_after ||
                      w->comparator == WordComparator::at_most_after;
    if (after_word && U32View(s).substr(e, w->text.size()) == w->text) {
      e += w->text.size();
      break;
    }
  }
  // 1.5万 2.3千万: a space before another number separates two figures, as a comma would.
  if (e + 1 < s.size() && s[e] == U' ' && is_ascii_digit(s[e + 1])) return true;
  return e >= s.size() || is_major_delimiter(s[e]) || s[e] == U'、' || s[e] == U')' || s[e] == U'(';
}

// A count written in Chinese numerals counts something only when an action verb
// (or the 、 of a list led by one) stands right before it (新建两个, 已完成三所) and no
// verb phrase follows it; otherwise it is part of a name or a fixed phrase
// (中央八项规定精神, 开展十项全面清理, 两个确立). Counts are written in Arabic
// numerals, fixed phrases in Chinese ones (GB/T 15835).
bool counted_in_context(const U32& s, std::size_t b, std::size_t e) {
  U32View after = U32View(s).substr(e, std::min<std::size_t>(4, s.size() - e));
  for (const Word* w : words(WordRole::adverb))
    if (after.substr(0, w->text.size()) == w->text) return false;
  for (std::size_t end = after.size(); end > 0; --end) {
    const Word* w = action_ending_at(after, 0, end);
    if (w && w->text.size() == end) return false;
  }
  std::size_t k = b;
  for (bool skipped = true; skipped && k > 0;) {
    skipped = false;
    for (U32View f : {U32View(U"了"), U32View(U"共"), U32View(U"累计"), U32View(U"共计"), U32View(U"约")})
      if (k >= f.size() && U32View(s).substr(k - f.size(), f.size()) == f) {
        k -= f.size();
        skipped = true;
      }
  }
  return k > 0 && (s[k - 1] == U'、' || action_ending_at(s, k > 8 ? k - 8 : 0, k) != nullptr);
}

// An amount of money written in Chinese numerals (壹佰贰拾叁元肆角, 十块三毛, 五十元) is
// an amount: money is written in words on purpose (cheques, 大写) and names nothing.
// A bare 块 is left out: 一块 is also "together" and 三块地 counts plots.
bool chinese_amount(const U32& s, const Figure& f) {
  return !f.percent && f.unit.dimension == Dimension::money && f.end > f.begin && s[f.end - 1] != U'块';
}

// `ranged`: the figure ends a range (两到三万人): a name never spans a range, so it counts.
std::optional<std::string> why_not_a_figure(const U32& s, const Figure& f, const std::vector<std::uint8_t>& quoted,
                                            bool ranged) {
  if (f.begin < quoted.size() && quoted[f.begin] == 2) return "a numeral inside a title (《…》) names it";
  if (f.begin < quoted.size() && quoted[f.begin] == 1) return "a numeral inside quotation marks names a slogan";
  if (f.unit.symbol == "批" && f.value == Fraction(1)) return "一批 is no count";
  if (!f.percent && !has_ascii_digit(s, f.begin, f.end) && !chinese_amount(s, f) && !ranged) {
    if (f.bare) return "a Chinese numeral without a unit is part of a word or a name";
    if (!counted_in_context(s, f.begin, f.end)) return "a Chinese numeral with no action verb before it is part of a name";
  }
  return std::nullopt;
}

// 从574元提高到609元, 现行16%的税率降至13%: a figure after 从/由/现行 with 到/至 and a
// figure after it in its clause is the baseline a change starts from.
bool is_baseline(const U32& s, const Figure& f, const Figure* next) {
  if (!next) return false;
  std::size_t b = f.begin;
  while (b > 0 && f.begin - b < kWindow && !is_major_delimiter(s[b - 1])) --b;
  U32View before = U32View(s).substr(b, f.begin - b);
  if (!find_word(before, WordRole::baseline)) return false;
  U32View between = U32View(s).substr(f.end, next->begin - std::min(next->begin, f.end));
  for (char32_t c : between)
    if (is_major_delimiter(c)) return false;
  return between.find(U'到') != U32View::npos || between.find(U'至') != U32View::npos;
}

// 投资10亿元以上项目10个: a quantity followed by 以上/以下 and the thing a count after it
// counts qualifies that thing.
bool is_qualifier(const U32& s, const Figure& f, const Figure* next) {
  if (!next || f.percent || f.unit.dimension == Dimension::count || next->unit.dimension != Dimension::count ||
      next->percent)
    return false;
  U32View after = U32View(s).substr(f.end, next->begin - std::min(next->begin, f.end));
  bool bound = after.substr(0, 2) == U"以上" || after.substr(0, 2) == U"以下" || after.substr(0, 3) == U"及以上";
  if (!bound || after.size() > 12) return false;
  for (char32_t c : after)
    if (is_major_delimiter(c) || c == U'、') return false;
  return true;
}

// 25件重点民生实事计划总投资277亿元: a count followed in its clause by 总 and a figure of
// another measure is the set that total is of.
bool is_total_set(const U32& s, const Figure& f, const Figure* next) {
  if (!next || f.percent || f.unit.dimension != Dimension::count || next->percent ||
      next->unit.dimension == Dimension::count)
    return false;
  U32View between = U32View(s).substr(f.end, next->begin - std::min(next->begin, f.end));
  if (between.size() > 24 || !find_word(between, WordRole::total)) return false;
  for (char32_t c : between)
    if (is_major_delimiter(c) || c == U'、') return false;
  return true;
}

// Only 、 between two figures: they are items of one list (从574元、271元分别提高到).
bool listed_together(const U32& s, const Figure& a, const Figure& b) {
  U32View between = U32View(s).substr(a.end, b.begin - std::min(b.begin, a.end));
  return between == U"、";
}

// Which figures are baselines: a figure listed right before a baseline (从574元、271元…)
// is one too. Computed from the last figure back, so linear.
std::vector<bool> baselines(const U32& s, const std::vector<Figure>& kept) {
  std::vector<bool> out(kept.size(), false);
  for (std::size_t i = kept.size(); i-- > 0;) {
    const Figure* next = i + 1 < kept.size() ? &kept[i + 1] : nullptr;
    out[i] = is_baseline(s, kept[i], next) ||
             (next && out[i + 1] && listed_together(s, kept[i], *next) && kept[i].unit.symbol == next->unit.symbol);
  }
  return out;
}

// Baselines, qualifiers and 在46个小区 (a place, not a count of work) set aside.
void set_aside(const U32& s, std::vector<Figure>& kept, std::vector<Unread>* unread) {
  std::vector<Figure> out;
  std::vector<bool> baseline = baselines(s, kept);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const Figure& f = kept[i];
    const Figure* next = i + 1 < kept.size() ? &kept[i + 1] : nullptr;
    std::string why;
    if (baseline[i]) why = "the baseline a change starts from (从…到…), not its target";
    if (is_qualifier(s, f, next)) why = "qualifies what the count after it counts (10亿元以上项目)";
    if (is_total_set(s, f, next)) why = "the set the total after it is of (25件…总投资277亿元), not a target";
    bool clause_start = f.begin < 2 || is_major_delimiter(s[f.begin - 2]);  // not 控制在200亩
    if (f.begin > 0 && s[f.begin - 1] == U'在' && clause_start && !f.percent)
      why = "a place (在46个小区), not a count of work";
    if (why.empty())
      out.push_back(f);
    else if (unread)
      unread->push_back({{f.begin, f.end, utf8(s, f.begin, f.end)}, why});
  }
  kept = std::move(out);
}

// 一半 is a share: 50% (已完成一半, 完成年度任务的一半), read as a percentage so that the
// completion and rate words that read 50% read it too.
void half_as_share(const Extraction& e, std::vector<std::uint8_t>& used, std::vector<Figure>& out) {
  for (const auto& n : e.numbers) {
    if (n.span.text != "一半" || n.range || any_marked(used, n.span.begin, n.span.end)) continue;
    out.push_back({n.span.begin, n.span.end, Fraction(50), unit("%"), true, false, false, {}, n.approximate, {}, 0, {}});
    mark(used, n.span.begin, n.span.end);
  }
}

// A range of percentages (增长6.5%—7%, 6.5%至7%, 6.5～7%) is one figure, as a range of
// quantities is: it spans both ends and carries the upper one, with the lower one beside it.
void percent_range(const RangeMatch& r, Figure& f) {
  f.begin = r.span.begin;
  f.range_low = r.low;
  if (r.growth_high) f.growth = r.growth_high;
  f.approximate = f.approximate || r.approximate;
}

}  // namespace

std::vector<Figure> figures(const U32& s, const Extraction& e, bool keep_bare, std::vector<Unread>* unread) {
  std::vector<Figure> out;
  std::vector<std::uint8_t> used(s.size(), 0);
  for (const Cell& c : find_cells(s, e)) {
    Unit u = c.percent ? unit("%") : c.unit ? *c.unit : unit("个");
    out.push_back({c.begin, c.end, c.value, u, c.percent, false, !c.percent && !c.unit, {}, false, c.column, c.header_b, {}});
    mark(used, c.begin, c.end);
  }
  for (const auto& p : e.percents) {
    if (any_marked(used, p.span.begin, p.span.end)) continue;
    const RangeMatch* r = p.range && e.ranges[*p.range].kind == FigureKind::percent ? &e.ranges[*p.range] : nullptr;
    if (r && p.span.end != r->span.end) continue;  // a range's lower end: read with its upper end, below
    out.push_back({p.span.begin, p.span.end, p.value, unit(p.points ? "个百分点" : "%"), true, p.points, false, p.growth,
                   p.approximate, {}, 0, {}});
    if (r) percent_range(*r, out.back());
    mark(used, out.back().begin, out.back().end);
  }
  std::vector<bool> ranged;
  for (const auto& q : e.quantities) {
    if (any_marked(used, q.span.begin, q.span.end)) continue;
    out.push_back({q.span.begin, q.span.end, q.value, q.unit, false, false, false, {}, q.approximate, {}, 0, {}});
    ranged.resize(out.size() - 1, false);
    ranged.push_back(q.range.has_value());
    if (q.range && e.ranges[*q.range].kind == FigureKind::quantity && e.ranges[*q.range].high == q.value)
      out.back().range_low = e.ranges[*q.range].low;
    mark(used, q.span.begin, q.span.end);
  }
  half_as_share(e, used, out);
  if (keep_bare) {
    for (const auto& d : e.dates) mark(used, d.span.begin, d.span.end);
    for (const auto& n : e.numbers) {
      if (any_marked(used, n.span.begin, n.span.end) || !bare_counts(s, n.span.begin, n.span.end)) continue;
      out.push_back({n.span.begin, n.span.end, n.value, unit("个"), false, false, true, {}, n.approximate, {}, 0, {}});
    }
  }
  std::vector<std::uint8_t> quoted = quoted_mask(s);
  std::vector<Figure> kept;
  ranged.resize(out.size(), false);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const Figure& f = out[i];
    auto why = why_not_a_figure(s, f, quoted, ranged[i]);
    if (!why) {
      kept.push_back(f);
    } else if (unread) {
      unread->push_back({{f.begin, f.end, utf8(s, f.begin, f.end)}, *why});
    }
  }
  std::sort(kept.begin(), kept.end(), [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
  set_aside(s, kept, unread);
  if (unread)
    std::sort(unread->begin(), unread->end(), [](const Unread& a, const Unread& b) { return a.span.begin < b.span.begin; });
  return kept;
}

}  // namespace ducha::text

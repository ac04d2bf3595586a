#include "text/facts.hpp"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "text/clauses.hpp"
#include "text/fact_rates.hpp"
#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

bool contains(U32View s, U32View w) { return s.find(w) != U32View::npos; }

// Verb and object of a figure within its clause.
void read_verb_and_object(const U32& s, const Figure& f, const Context& cx, Fact& fact) {
  auto v = action_before(s, cx.clause_b, f.begin);
  fact.verb = v ? to_utf8(v->word->text) : "";
  std::size_t after_verb = v ? v->begin + v->word->text.size() : cx.clause_b;
  U32 after = trim(s.substr(f.end, cx.clause_e - f.end));
  // The object follows the unit up to the next verb or particle.
  for (std::size_t k = 0; k < after.size(); ++k) {
    if (after[k] == U'、' || after[k] == U'(' || after[k] == U',' || action_before(after, k, k + 2)) {
      after = after.substr(0, k);
      break;
    }
  }
  std::size_t before_from = after_verb;
  for (std::size_t k = after_verb; k < f.begin; ++k)
    if (s[k] == U'、' || is_ascii_digit(s[k]) || s[k] == U')') before_from = k + 1;
  U32 before = trim(s.substr(before_from, f.begin - before_from));
  if (before.empty() && !v) before = trim(s.substr(cx.clause_b, f.begin - cx.clause_b));
  if (f.percent)
    fact.object = to_utf8(trim(s.substr(cx.clause_b, (v ? v->begin : f.begin) - cx.clause_b)));
  else
    fact.object = to_utf8(!after.empty() ? trim(after) : before);
  if (f.bare) fact.object = to_utf8(before);
}

// Whether a word of `role` starts at s[k].
bool word_at(const U32& s, std::size_t k, WordRole role) {
  for (const Word* w : words(role))
    if (U32View(s).substr(k, w->text.size()) == w->text) return true;
  return false;
}

// The noun written right after a count's unit, a list of nouns (、) included: up to anything
// that is not an ideograph, a verb, or a particle or adverb (的, 已, 等, 均, 分别).
U32 counted_after(const U32& s, const Figure& f, const Context& cx) {
  if (f.percent || f.bare || f.unit.dimension != Dimension::count) return {};
  if (f.end >= cx.clause_e || !ideograph(s[f.end])) return {};  // 中转站7个、分类池17个: 7个's noun is before it
  std::size_t e = f.end;
  for (; e < cx.clause_e; ++e) {
    if (s[e] == U'、') continue;
    if (!ideograph(s[e]) || action_before(s, e, std::min(cx.clause_e, e + 2)) || word_at(s, e, WordRole::filler) ||
        word_at(s, e, WordRole::shared_figure) || word_at(s, e, WordRole::respectively))
      break;
  }
  while (e > f.end && s[e - 1] == U'、') --e;
  return s.substr(f.end, e - f.end);
}

// Whether s[at] stands as a word of its own in `text` (s[b, e)), by ICU's dictionary word
// break: 全年|共|为 but 公共, 共同, 共享.
bool own_word(const U32& s, std::size_t b, std::size_t e, std::size_t at) {
  thread_local std::unique_ptr<icu::BreakIterator> words;
  UErrorCode status = U_ZERO_ERROR;
  if (!words) words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (!words || U_FAILURE(status)) return false;
  icu::UnicodeString text = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data() + b),
                                                          static_cast<int32_t>(e - b));
  words->setText(text);
  int32_t begin = text.moveIndex32(0, static_cast<int32_t>(at - b));
  return words->isBoundary(begin) && words->isBoundary(text.moveIndex32(begin, 1));
}

// A word before the figure in its clause says it is a sum (全年共为企业和个人减税降费1.3万亿元,
// 合计1721套).
bool total_before(const U32& s, std::size_t clause_b, std::size_t fig_b) {
  U32View before = U32View(s).substr(clause_b, fig_b - clause_b);
  for (U32View w : {U32View(U"共计"), U32View(U"合计"), U32View(U"总计"), U32View(U"总共")})
    if (before.find(w) != U32View::npos) return true;
  std::size_t k = before.rfind(U'共');  // the nearest one: one word break per figure at most
  return k != U32View::npos && own_word(s, clause_b, fig_b, clause_b + k);
}

// Plans, work under way, completions written after the figure, the stage reached.
void read_manner(const U32& s, const Figure& f, const Context& cx, Fact& fact) {
  U32View before = U32View(s).substr(cx.clause_b, f.begin - cx.clause_b);
  U32View after = U32View(s).substr(f.end, cx.clause_e - f.end);
  fact.estimated = f.approximate || contains(before, U"预计") || (f.begin > 0 && s[f.begin - 1] == U'约');
  fact.scope = find_word(before, WordRole::scope) != nullptr || contains(after, U"范围");
  fact.ongoing = find_word(before, WordRole::ongoing) != nullptr || find_word(after, WordRole::ongoing) != nullptr;
  for (const Word* w : words(WordRole::done_after))
    if (contains(after, w->text)) {
      U32View t = w->text;
      fact.verb_after = to_utf8(t.size() > 2 ? t.substr(1) : t);
      break;
    }
  fact.stage = stage_in(U32View(s).substr(cx.clause_b, cx.clause_e - cx.clause_b));
  fact.cumulative = find_word(before, WordRole::cumulative) != nullptr;
  fact.total = total_before(s, cx.clause_b, f.begin);
  // 扣除…后增长-15.6%: the adjusted form of the figure before it.
  U32View paren_before = U32View(s).substr(cx.sentence_b, f.begin - cx.sentence_b);
  std::size_t open = paren_before.rfind(U'(');
  if (open != U32View::npos && paren_before.find(U')', open) == U32View::npos &&
      paren_before.find(U"扣除", open) != U32View::npos)
    fact.adjusted = true;
}

// Rankings in the sentence: 主城区第3名.
std::string ranking_in(U32View sent) {
  std::size_t r = sent.find(U'第');
  if (r == U32View::npos) return "";
  std::size_t rb = r, re = r + 1;
  while (rb > 0 && sent[rb - 1] != U',' && sent[rb - 1] != U'(' && sent[rb - 1] != U'，' && r - rb < 6) --rb;
  while (re < sent.size() && (sent[re] < 0x80 ? is_ascii_digit(sent[re]) : true) && sent[re] != U')' &&
         sent[re] != U',' && sent[re] != U'，' && re - r < 6)
    ++re;
  if (sent.find(U'名', r) != U32View::npos || sent.find(U'位', r) != U32View::npos) return utf8(sent, rb, re);
  return "";
}

// The record's own date: the last 截至 date earlier on the line. `dates` are sorted by start.
void read_as_of(const std::vector<DateMatch>& dates, std::size_t line_b, std::size_t at, Fact& fact) {
  auto it = std::lower_bound(dates.begin(), dates.end(), line_b,
                             [](const DateMatch& d, std::size_t b) { return d.span.begin < b; });
  for (; it != dates.end() && it->span.begin <= at; ++it) {
    if (!it->as_of) continue;
    fact.as_of = it->ambiguous ? std::nullopt : it->end;
    fact.as_of_ambiguous = it->ambiguous;
    fact.as_of_note = it->note;
  }
}

// A table cell: what its column says it is. The object is the row's label before
// its header; a target cell in a progress text restates the target.
void read_cell(const U32& s, const Figure& f, const Context& cx, Fact& fact) {
  std::size_t label_e = std::max(cx.clause_b, f.header_b);
  fact.object = to_utf8(trim(s.substr(cx.clause_b, label_e - cx.clause_b)));
  auto v = action_before(s, cx.clause_b, label_e);
  fact.verb = v ? to_utf8(v->word->text) : "";
  fact.verb_after.clear();
  fact.scope = *f.column == Column::target;
  fact.rate = *f.column == Column::rate;
  fact.whole_text = *f.column == Column::actual && f.percent;  // 完成情况 95%: a rate unless a level wants it
}

// 新建30个社区健身点:已建成2个: a figure in the heading of its line names the task the
// line reports on (the target restated), not progress; a heading that reports (已完成30个:)
// does not.
bool in_heading(const U32& s, std::size_t line_b, const Figure& f) {
  std::size_t colon = heading_colon(s, line_b, std::min(s.size(), line_b + 40));
  if (colon == U32View::npos || colon < f.end) return false;
  U32View heading = U32View(s).substr(line_b, colon - line_b);
  for (char32_t c : heading)
    if (is_major_delimiter(c)) return false;
  return heading.find(U'已') == U32View::npos && !find_word(heading, WordRole::cumulative);
}

Fact read_fact(const U32& s, const Figure& f, const std::vector<DateMatch>& dates) {
  Fact fact;
  fact.span = {f.begin, f.end, utf8(s, f.begin, f.end)};
  fact.value = f.value;
  fact.unit = f.bare ? unit("个") : f.unit;
  fact.percent = f.percent;
  fact.growth = f.growth;
  Context cx = context_of(s, f.begin, f.end);
  fact.sentence = utf8(s, cx.sentence_b, cx.sentence_e);
  fact.clause = utf8(s, cx.clause_b, cx.clause_e);
  std::size_t colon = heading_colon(s, cx.line_b, f.begin);
  if (colon != U32View::npos) fact.heading = utf8(s, cx.line_b, colon);
  read_verb_and_object(s, f, cx, fact);
  fact.counted = to_utf8(counted_after(s, f, cx));
  read_manner(s, f, cx, fact);
  if (in_heading(s, cx.line_b, f)) fact.scope = true;
  fact.bare = f.bare;
  fact.column = f.column;
  if (f.column) read_cell(s, f, cx, fact);
  fact.ranking = ranking_in(U32View(s).substr(cx.sentence_b, cx.sentence_e - cx.sentence_b));
  read_as_of(dates, cx.line_b, f.begin, fact);
  return fact;
}

// The items of a list written in s[b, e): split at 、 和 及 与.
std::vector<U32> list_items(const U32& s, std::size_t b, std::size_t e) {
  std::vector<U32> items(1);
  for (std::size_t k = b; k < e; ++k) {
    char32_t c = s[k];
    if (c == U'、' || c == U'和' || c == U'及' || c == U'与')
      items.emplace_back();
    else
      items.back() += c;
  }
  for (U32& item : items) item = trim(item);
  return items;
}

// The facts of the clause that starts with facts[i]: [i, end).
std::size_t clause_end(const U32& s, const std::vector<Fact>& facts, std::size_t i, Context& cx) {
  cx = context_of(s, facts[i].span.begin, facts[i].span.end);
  std::size_t j = i;
  while (j < facts.size() && facts[j].span.begin < cx.clause_e) ++j;
  return j;
}

// 二氧化硫、氮氧化物排放量分别下降4.1%、3.6%: the items before 分别 pair in order with the
// figures after it. 工业增加值、进出口总额等3项指标增速均在20%左右: one figure after 均 is each
// listed item's.
void read_lists(const U32& s, std::vector<Fact>& facts) {
  for (std::size_t i = 0; i < facts.size();) {
    Context cx;
    std::size_t j = clause_end(s, facts, i, cx);
    U32View clause = U32View(s).substr(cx.clause_b, cx.clause_e - cx.clause_b);
    std::size_t resp = U32View::npos, each = U32View::npos;
    if (const Word* w = find_word(clause, WordRole::respectively)) resp = cx.clause_b + clause.find(w->text);
    if (const Word* w = find_word(clause, WordRole::shared_figure)) each = cx.clause_b + clause.find(w->text);
    std::size_t at = resp != U32View::npos ? resp : each;
    std::vector<std::size_t> after;
    for (std::size_t k = i; k < j && at != U32View::npos; ++k)
      if (facts[k].span.begin > at) after.push_back(k);
    std::size_t list_e = at;
    if (at != U32View::npos && resp == U32View::npos) {  // 均: the list ends at 等 when there is one
      std::size_t etc = U32View(s).substr(cx.clause_b, at - cx.clause_b).find(U'等');
      if (etc != U32View::npos) list_e = cx.clause_b + etc;
    }
    std::vector<U32> items = at == U32View::npos ? std::vector<U32>{} : list_items(s, cx.clause_b, list_e);
    if (resp != U32View::npos && items.size() >= 2 && items.size() == after.size()) {
      for (std::size_t n = 0; n < items.size(); ++n) {
        Fact& f = facts[after[n]];
        f.object = to_utf8(items[n]);
        const Fact& first = facts[after.front()];  // 分别下降4.1%、3.6%: the verb's direction for each
        if (n > 0 && f.percent && !f.growth && first.percent && first.growth)
          f.growth = first.growth->is_negative() ? -f.value : f.value;
      }
    } else if (resp == U32View::npos && items.size() >= 2 && after.size() == 1) {
      Fact shared = facts[after.front()];
      facts.erase(facts.begin() + static_cast<long>(after.front()));
      for (std::size_t n = 0; n < items.size(); ++n) {
        shared.object = to_utf8(items[n]);
        facts.insert(facts.begin() + static_cast<long>(after.front() + n), shared);
      }
      j += items.size() - 1;
    }
    i = std::max(j, i + 1);
  }
}

// 65件民生实事已完成26件: a count followed in its clause by a completion and a figure in
// its unit is the total the completion is of, not progress.
void read_totals(const U32& s, std::vector<Fact>& facts) {
  for (std::size_t i = 0; i + 1 < facts.size(); ++i) {
    Fact& a = facts[i];
    const Fact& b = facts[i + 1];
    if (a.percent || b.percent || a.clause != b.clause || a.unit.symbol != b.unit.symbol) continue;
    U32View between = U32View(s).substr(a.span.end, b.span.begin - std::min(b.span.begin, a.span.end));
    for (const Word* w : words(WordRole::done_after))  // the completion right before the second figure
      if (between.size() >= w->text.size() && between.substr(between.size() - w->text.size()) == w->text) a.scope = true;
  }
}

}  // namespace

ProgressReading read_progress(std::string_view text, int year) {
  NormalizedText nt = normalize(text);
  const U32& s = nt.original;
  Extraction ex = extract(text, year);
  std::sort(ex.dates.begin(), ex.dates.end(),
            [](const DateMatch& a, const DateMatch& b) { return a.span.begin < b.span.begin; });
  ProgressReading out;
  for (const Figure& f : figures(s, ex, true, &out.unread)) out.facts.push_back(read_fact(s, f, ex.dates));
  read_lists(s, out.facts);
  read_totals(s, out.facts);
  read_rates(s, out.facts);
  read_stated_targets(s, out.facts);
  read_gaps(s, out.facts);
  return out;
}

std::vector<Fact> parse_progress(std::string_view text, int year) { return read_progress(text, year).facts; }

}  // namespace ducha::text

#include "text/facts.hpp"

#include <algorithm>

#include "text/clauses.hpp"
#include "text/fact_rates.hpp"
#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"

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
  read_manner(s, f, cx, fact);
  fact.bare = f.bare;
  fact.column = f.column;
  if (f.column) read_cell(s, f, cx, fact);
  fact.ranking = ranking_in(U32View(s).substr(cx.sentence_b, cx.sentence_e - cx.sentence_b));
  read_as_of(dates, cx.line_b, f.begin, fact);
  return fact;
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
  read_rates(s, out.facts);
  read_stated_targets(s, out.facts);
  read_gaps(s, out.facts);
  return out;
}

std::vector<Fact> parse_progress(std::string_view text, int year) { return read_progress(text, year).facts; }

}  // namespace ducha::text

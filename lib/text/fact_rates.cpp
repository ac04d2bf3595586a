#include "text/fact_rates.hpp"

#include "text/clauses.hpp"

namespace ducha::text {
namespace {

bool ends_with(U32View s, U32View w) { return s.size() >= w.size() && s.substr(s.size() - w.size()) == w; }

bool is_rate_percent(const Fact& f) { return f.percent && f.unit.symbol == "%" && !f.growth; }

// The start of the clause around `b` (at most 16 code points back).
std::size_t clause_start(const U32& s, std::size_t b) {
  std::size_t k = b;
  while (k > 0 && b - k < 16 && !is_major_delimiter(s[k - 1])) --k;
  return k;
}

// 完成率85%, 完成年度任务的85%: a rate word at most 3 code points before the figure.
bool after_rate_word(const U32& s, const Fact& f) {
  std::size_t b = f.span.begin, from = b > 12 ? b - 12 : 0;
  U32View before = U32View(s).substr(from, b - from);
  for (const Word* w : words(WordRole::rate)) {
    std::size_t at = before.rfind(w->text);
    if (at != U32View::npos && before.size() - (at + w->text.size()) <= 3) return true;
  }
  return false;
}

// Where the plan phrase before a percentage starts (为计划的101%, 占全年计划投资的56.6%,
// 占计划156.25%, 完成年计划710亿元的89.4%): a rate lead, then a plan word, in the clause,
// and right before the percentage 的, 之比 or the plan word. npos when there is none.
std::size_t plan_phrase(const U32& s, const Fact& f) {
  std::size_t k = f.span.begin;
  while (k > 0 && s[k - 1] == U' ') --k;
  U32View head = U32View(s).substr(0, k);
  bool plan_end = false;
  for (const Word* w : words(WordRole::plan)) plan_end = plan_end || ends_with(head, w->text);
  if (ends_with(head, U"的"))
    k -= 1;
  else if (ends_with(head, U"之比"))
    k -= 2;
  else if (!plan_end)
    return U32View::npos;
  std::size_t from = clause_start(s, f.span.begin);
  U32View clause = U32View(s).substr(from, k - from);
  std::size_t lead = U32View::npos;
  for (const Word* w : words(WordRole::rate_lead)) {
    std::size_t at = clause.rfind(w->text);
    if (at != U32View::npos && (lead == U32View::npos || at > lead)) lead = at;
  }
  if (lead == U32View::npos) return U32View::npos;
  for (const Word* w : words(WordRole::plan))
    if (clause.find(w->text, lead) != U32View::npos) return from + lead;
  return U32View::npos;
}

// The first figure of `t`'s sentence before `t` in its unit, not a target or rate itself.
Fact* actual_for(std::vector<Fact>& facts, std::size_t t) {
  for (std::size_t j = 0; j < t; ++j) {
    Fact& a = facts[j];
    if (a.sentence == facts[t].sentence && !a.percent && !a.scope && !a.rate && a.unit.symbol == facts[t].unit.symbol &&
        !a.implied_target)
      return &a;
  }
  return nullptr;
}

// 已完成1个(50%): a percentage in brackets right after a count is the rate that count states.
void bracket_rate(const U32& s, std::vector<Fact>& facts, std::size_t i) {
  std::size_t b = facts[i].span.begin;
  bool bracket = b > 0 && (s[b - 1] == U'(' || s[b - 1] == U'（');
  if (!bracket) return;
  if (i > 0 && !facts[i - 1].percent && facts[i - 1].span.end + 1 == b) {
    facts[i].rate = facts[i].carried = true;
    facts[i - 1].stated_rate = facts[i].value;
    return;
  }
  // 正在施工中(93%): after a stage or work under way, the rate of the work.
  std::size_t from = clause_start(s, b - 1);
  U32View before = U32View(s).substr(from, b - 1 - from);
  if (find_word(before, WordRole::ongoing) || find_word(before, WordRole::done_after) || stage_in(before))
    facts[i].rate = true;
}

// A row's rate cell belongs to its one actual cell (进度 52242 完成比例(%) 187.9).
void row_rate(std::vector<Fact>& facts) {
  std::vector<std::size_t> actual, rate;
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (facts[i].column == Column::actual && !facts[i].percent)
      actual.push_back(i);
    else if (facts[i].column == Column::rate)
      rate.push_back(i);
  if (actual.size() == 1 && rate.size() == 1) {
    facts[actual.front()].stated_rate = facts[rate.front()].value;
    facts[rate.front()].carried = true;
  }
}

// A progress text that is only a percentage (a cell of 95%), a remark in brackets allowed
// after it (80%(新区实验幼儿园进度滞后)).
void whole_text_rate(const U32& s, std::vector<Fact>& facts) {
  if (facts.size() != 1 || !facts[0].percent || facts[0].unit.symbol != "%") return;
  U32View all(s);
  std::size_t b = all.find_first_not_of(U" \t\r\n"), e = all.find_last_not_of(U" \t\r\n。");
  std::size_t end = facts[0].span.end;
  bool remark = end < s.size() && (s[end] == U'(' || s[end] == U'（');
  facts[0].whole_text = b == facts[0].span.begin && e != U32View::npos && (e + 1 == end || remark);
}

// 已进场施工,完成60%, 整体施工完成约99%: a percentage right after a completion word (了 or
// 约 between) is the share done.
bool after_completion(const U32& s, const Fact& f) {
  std::size_t k = f.span.begin;
  while (k > 0 && s[k - 1] == U' ') --k;
  if (k > 0 && (s[k - 1] == U'了' || s[k - 1] == U'约')) --k;
  U32View head = U32View(s).substr(0, k);
  for (const Word* w : words(WordRole::done_after))
    if (ends_with(head, w->text)) return true;
  return false;
}

}  // namespace

void read_rates(const U32& s, std::vector<Fact>& facts) {
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!is_rate_percent(facts[i])) continue;
    if (after_rate_word(s, facts[i]) || plan_phrase(s, facts[i]) != U32View::npos || after_completion(s, facts[i]))
      facts[i].rate = true;
    bracket_rate(s, facts, i);
  }
  row_rate(facts);
  whole_text_rate(s, facts);
}

void read_stated_targets(const U32& s, std::vector<Fact>& facts) {
  for (std::size_t t = 0; t < facts.size(); ++t) {
    Fact& f = facts[t];
    if (f.percent || f.column) continue;
    // 超额完成40所的年度目标任务: the figure, 的, then a plan word.
    std::size_t e = f.span.end;
    U32View after = U32View(s).substr(e, std::min<std::size_t>(7, s.size() - e));
    bool plan_after = !after.empty() && after.front() == U'的' && find_word(after.substr(1), WordRole::plan);
    // 完成年计划710亿元的89.4%: inside the plan phrase of the rate after it.
    bool in_phrase = t + 1 < facts.size() && facts[t + 1].rate && !facts[t + 1].carried &&
                     plan_phrase(s, facts[t + 1]) != U32View::npos && plan_phrase(s, facts[t + 1]) < f.span.begin;
    if (!plan_after && !in_phrase) continue;
    f.scope = true;
    Fact* a = actual_for(facts, t);
    if (!a) continue;
    a->implied_target = f.value;
    a->implied_how = "the target";
    if (in_phrase) {
      a->stated_rate = facts[t + 1].value;
      facts[t + 1].carried = true;
    }
  }
}

// A figure right after a gap word (低于目标0.7个百分点, 超任务17元) is the distance to
// the target, not progress; with the figure before it in its sentence (增长6.3%) it
// gives the target: 6.3 + 0.7 = 7 (below), 185 − 17 = 168 (above).
void read_gaps(const U32& s, std::vector<Fact>& facts) {
  for (std::size_t i = 0; i < facts.size(); ++i) {
    Fact& g = facts[i];
    std::size_t b = g.span.begin, from = b > 8 ? b - 8 : 0;
    U32View before = U32View(s).substr(from, b - from);
    const Word* gap = nullptr;
    for (const Word* w : words(WordRole::gap)) {
      std::size_t at = before.rfind(w->text);
      if (at != U32View::npos && before.size() - (at + w->text.size()) <= 1) gap = w;
      if (gap) break;
    }
    if (!gap) continue;
    g.gap = true;
    if (i == 0 || facts[i - 1].sentence != g.sentence) continue;
    Fact& a = facts[i - 1];
    if (a.rate) continue;  // 完成年度目标的53.3%,低于目标21.7个百分点: a gap to the schedule, not to a target
    bool points = g.unit.symbol == "个百分点" && a.percent && a.unit.symbol == "%";
    bool same = !g.percent && !a.percent && g.unit.symbol == a.unit.symbol;
    if (!points && !same) continue;
    Fraction actual = a.growth ? *a.growth : a.value;
    a.implied_target = actual - Fraction(gap->sign) * g.value;
    a.implied_how = "the gap to the target";
  }
}


}  // namespace ducha::text

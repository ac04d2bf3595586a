#include "text/stages.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "text/clauses.hpp"
#include "text/extraction.hpp"
#include "text/normalized_text.hpp"
#include "text/stage_words.hpp"
#include "text/numeral_parser.hpp"

namespace ducha::text {
namespace {

namespace sw = stage_words;

bool contains(U32View s, U32View w) { return s.find(w) != U32View::npos; }

template <std::size_t N>
bool contains_any(U32View s, const U32View (&words)[N]) {
  return std::any_of(std::begin(words), std::end(words), [&](U32View w) { return contains(s, w); });
}

bool has_figure(U32View s) {
  return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_ascii_digit(c); });
}

// Every word of the sentence table that states a stage (stage words and the actions
// 建成 完工 竣工 投用 投运 开工 进场), by its text.
struct StageIndex {
  std::unordered_map<U32View, Stage> by_text;
  std::size_t longest = 0;
  StageIndex() {
    for (const Word& w : vocabulary())
      if (w.stage) {
        by_text.emplace(w.text, *w.stage);
        longest = std::max(longest, w.text.size());
      }
  }
};

const StageIndex& stage_index() {
  static const StageIndex ix;
  return ix;
}

// The clauses of a text: split at , ; 。 ! ? and newlines.
std::vector<U32View> clauses_of(U32View s) {
  std::vector<U32View> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || is_major_delimiter(s[i])) {
      if (i > b) out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

// Whether `w` stands in `s` at `i`.
bool starts_at(U32View s, std::size_t i, U32View w) { return s.substr(i, w.size()) == w; }

// The subject of a progress clause: its words before the first of 已/正在/目前 or of
// a stage word (甲小学|已完工投用; 征迁|正在推进 has none).
U32View subject_of(U32View c) {
  const StageIndex& ix = stage_index();
  for (std::size_t k = 0; k < c.size(); ++k) {
    for (U32View w : sw::kSubjectEnds)
      if (starts_at(c, k, w)) return c.substr(0, k);
    for (U32View w : sw::kPreparing)
      if (starts_at(c, k, w)) return c.substr(0, k);
    if (starts_at(c, k, sw::kMainStructure)) return c.substr(0, k);
    for (std::size_t len = std::min(ix.longest, c.size() - k); len > 0; --len)
      if (ix.by_text.count(c.substr(k, len))) return c.substr(0, k);
  }
  return c;
}

// The words of two characters of a text, to test against in time linear in both.
struct Bigrams {
  std::unordered_set<std::uint64_t> set;
  static std::uint64_t key(char32_t a, char32_t b) { return (std::uint64_t(a) << 32) | b; }
  explicit Bigrams(U32View s) {
    for (std::size_t k = 0; k + 2 <= s.size(); ++k) set.insert(key(s[k], s[k + 1]));
  }
  // `a` shares a word of two characters with the text.
  bool shared_by(U32View a) const {
    for (std::size_t k = 0; k + 2 <= a.size(); ++k)
      if (set.count(key(a[k], a[k + 1]))) return true;
    return false;
  }
};

// The stage one clause of a progress text reports as reached, if any, and its subject.
// A clause with a figure counts work (新开工安置房16768套), not one project's stage; one
// that expects, plans or denies reports none.
std::optional<StatedStage> clause_stage(U32View c) {
  while (!c.empty() && c.back() == U' ') c.remove_suffix(1);
  if (has_figure(c) || contains_any(c, sw::kNotReached)) return std::nullopt;
  U32View subject = subject_of(c);
  while (!subject.empty() && (subject.front() == U' ' || subject.front() == U':')) subject.remove_prefix(1);
  std::optional<Stage> st = stage_named(c);
  if (contains_any(c, sw::kPreparing)) {
    st = Stage::preparation;
  } else if (st && *st >= Stage::finished && contains(c, sw::kMainStructure)) {
    st = Stage::construction;  // 主体已完工, 主体工程完工: the main structure is done, the project is not
  } else if (!st) {
    // 已完成, 建设已完成, 已全部完成: the done word ends the clause (not 已完成入库评审).
    for (U32View w : sw::kDone) {
      std::size_t at = c.rfind(w);
      if (at != U32View::npos && at + w.size() == c.size()) st = Stage::finished;
    }
    for (U32View w : sw::kTargetDone) {  // 完成年度目标任务: the item's own target is done
      std::size_t at = c.rfind(w);
      if (at == U32View::npos || at + w.size() != c.size()) continue;
      st = Stage::finished;
      subject = subject.substr(0, std::min(subject.size(), at));
    }
  }
  if (!st) return std::nullopt;
  return StatedStage{*st, U32(c), U32(subject)};
}

// The clause is about what `about` names: a subject of four characters or more names
// something (中渡口战备码头 is no part of 滨江贯通工程); shorter ones are words of the
// work itself (建设已完成, 正着手准备).
bool about(const StatedStage& c, const Bigrams& topic) { return c.subject.size() < 4 || topic.shared_by(c.subject); }

// A four-digit year starting at i (2025), else 0.
int year_at(U32View s, std::size_t i) {
  if (i + 4 > s.size()) return 0;
  int y = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (!is_ascii_digit(s[k])) return 0;
    y = y * 10 + static_cast<int>(s[k] - U'0');
  }
  if (i + 4 < s.size() && is_ascii_digit(s[i + 4])) return 0;
  if (i > 0 && is_ascii_digit(s[i - 1])) return 0;
  return y;
}

Date jan1(int y) { return Date(static_cast<unsigned short>(y), 1, 1); }
Date dec31(int y) { return Date(static_cast<unsigned short>(y), 12, 31); }

// 到2025年, 2025年底前, 2015—2017年: the last year named, when after `year`.
std::optional<Period> multi_year(U32View s, int year) {
  for (std::size_t i = 0; i + 5 <= s.size(); ++i) {
    int y = year_at(s, i);
    if (!y || s[i + 4] != U'年') continue;
    // 2015-2017年 (dashes are folded to '-'; 至 and 到 join too)
    if (i >= 6 && (s[i - 1] == U'-' || s[i - 1] == U'至' || s[i - 1] == U'到')) {
      int first = year_at(s, i - 5);
      if (first && first < y && y - first < 50) return Period{jan1(first), dec31(y)};
    }
    bool until = i > 0 && std::any_of(std::begin(sw::kUntilYear), std::end(sw::kUntilYear),
                                      [&](U32View w) { return i >= w.size() && starts_at(s, i - w.size(), w); });
    U32View rest = s.substr(i + 5);
    bool before = std::any_of(std::begin(sw::kNodeAfterDate), std::end(sw::kNodeAfterDate),
                              [&](U32View w) { return rest.substr(0, w.size()) == w; });
    if ((until || before) && y > year && y - year < 50) return Period{jan1(year), dec31(y)};
  }
  return std::nullopt;
}

// 三年内, 3年内: that many years from the start of `year`.
long years_count(char32_t c) {
  if (is_ascii_digit(c)) return static_cast<long>(c - U'0');
  static const std::u32string_view digits = U"零一二三四五六七八九";
  if (c == U'两') return 2;
  std::size_t k = digits.find(c);
  return k == std::u32string_view::npos ? 0 : static_cast<long>(k);
}

std::optional<Period> within_years(U32View s, int year) {
  for (std::size_t i = s.find(sw::kWithinYears); i != U32View::npos; i = s.find(sw::kWithinYears, i + 1)) {
    if (i == 0 || (i >= 2 && is_ascii_digit(s[i - 2]))) continue;  // 2025年内 is a year, not a count
    long n = years_count(s[i - 1]);
    if (n >= 2) return Period{jan1(year), dec31(year + static_cast<int>(n) - 1)};
  }
  return std::nullopt;
}

// A date of the target sentence that is a planned node: followed by 前/底前/之前/以前,
// or a quarter or half-year (三季度完成招标). Returns the date its period ends.
std::optional<std::pair<Date, Span>> node_date(std::string_view target, int year) {
  Extraction ex = extract(target, year);
  NormalizedText nt = normalize(target);
  for (const DateMatch& d : ex.dates) {
    if (!d.end || d.as_of || d.ambiguous) continue;
    std::size_t e = nt.index_of(d.span.end);
    U32View rest = U32View(nt.chars).substr(std::min(e, nt.chars.size()));
    bool before = std::any_of(std::begin(sw::kNodeAfterDate), std::end(sw::kNodeAfterDate),
                              [&](U32View w) { return rest.substr(0, w.size()) == w; });
    bool part_of_year = d.kind == DateKind::quarter || d.kind == DateKind::half_year;
    if (before || part_of_year) return std::make_pair(*d.end, d.span);
  }
  return std::nullopt;
}

// The end of the words of a node after its date (6月底|前开工): through the first
// stage word within a few characters, else through 前/底前.
std::size_t node_words_end(U32View s, std::size_t from) {
  const StageIndex& ix = stage_index();
  std::size_t limit = std::min(s.size(), from + 8);
  for (std::size_t k = from; k < limit && !is_major_delimiter(s[k]); ++k)
    for (std::size_t len = std::min(ix.longest, s.size() - k); len > 0; --len)
      if (ix.by_text.count(s.substr(k, len))) return k + len;
  for (U32View w : sw::kNodeAfterDate)
    if (starts_at(s, from, w)) return from + w.size();
  return from;
}

// A fact's object is about the clause's object: it has the object's head (its last
// character: 学 of 中小学 in 学校选址; 社区健身点 has no 场 of 社区停车场), or it has no
// words but stage words (2所|主体施工中).
bool about_the_object(const std::string& fact_object, const std::string& object) {
  U32 f = normalize(fact_object).chars, o = normalize(object).chars;
  if (!o.empty() && f.find(o.back()) != U32::npos) return true;
  const StageIndex& ix = stage_index();
  std::size_t rest = 0;
  for (std::size_t i = 0; i < f.size();) {
    std::size_t step = 0;
    for (std::size_t len = std::min(ix.longest, f.size() - i); len > 0 && !step; --len)
      if (ix.by_text.count(U32View(f).substr(i, len))) step = len;
    if (!step) ++rest;
    i += step ? step : 1;
  }
  return rest < 2;
}

}  // namespace

namespace {

// The latest stage the words of `s` name, word by word with the longest word at each
// place, of the words `counts` keeps.
template <class Counts>
std::optional<Stage> stage_named_if(U32View s, Counts counts) {
  const StageIndex& ix = stage_index();
  std::optional<Stage> best;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t step = 1;
    for (std::size_t len = std::min(ix.longest, s.size() - i); len > 0; --len) {
      auto it = ix.by_text.find(s.substr(i, len));
      if (it == ix.by_text.end()) continue;
      if ((!best || it->second > *best) && counts(it->first)) best = it->second;
      step = len;
      break;
    }
    i += step;
  }
  return best;
}

// Whether a clause reporting `c.stage` reports the stage the target's verb asks for, under the
// policy's verb groups. Stage words that are no action verb (投入使用, 通车, 竣工验收) count by
// their stage; an action verb (完工, 投用) only when it is alike the target's verb, or of a group
// naming a later stage than the target verb's groups do (建成 for 开工: what is built has started).
// A clause that says the work is done without a stage word (已完成) reports it.
bool reports_stage(const StatedStage& c, Stage asked, const std::string& verb, const VerbMatcher& verbs) {
  if (c.stage < asked) return false;
  U32View clause = c.clause;
  if (!stage_named(clause)) return true;
  const std::optional<Stage> own = verbs.latest_stage(verb);
  auto counts = [&](U32View word) {
    std::string w = to_utf8(U32(word));
    if (!action(w) || verbs.alike(verb, w)) return true;
    std::optional<Stage> theirs = verbs.latest_stage(w);
    return theirs && (!own || *theirs > *own);
  };
  std::optional<Stage> st = stage_named_if(clause, counts);
  return st && *st >= asked;
}

}  // namespace

std::optional<Stage> stage_named(U32View s) {
  return stage_named_if(s, [](U32View) { return true; });
}

bool names_one_project(std::string_view target) {
  NormalizedText nt = normalize(target);
  U32View s = nt.chars;
  while (!s.empty() && (s.back() == U'。' || s.back() == U' ')) s.remove_suffix(1);
  return std::none_of(s.begin(), s.end(), [](char32_t c) { return is_major_delimiter(c) || c == U'、'; });
}

// 已全部完工并全线通车: the stage all of the work reached, when a word of kAll stands
// before the clause's stage (or done) word and nothing expects, plans or denies it.
std::optional<Stage> all_stage(U32View c) {
  if (contains_any(c, sw::kNotReached) || contains(c, sw::kMainStructure)) return std::nullopt;
  std::size_t all = U32View::npos;
  for (U32View w : sw::kAll) all = std::min(all, c.find(w));
  if (all == U32View::npos) return std::nullopt;
  U32View rest = c.substr(all);
  if (auto st = stage_named(rest)) return st;
  for (U32View w : sw::kDone)
    if (contains(rest, w)) return Stage::finished;
  return std::nullopt;
}

// 实现了农村义务教育学生全覆盖: full coverage reached, not expected or denied.
bool full_coverage_reached(U32View c) {
  std::size_t at = c.find(sw::kFullCoverage);
  if (at == U32View::npos || contains_any(c, sw::kNotReached)) return false;
  U32View before = c.substr(0, at);
  return std::any_of(std::begin(sw::kReachedCoverage), std::end(sw::kReachedCoverage),
                     [&](U32View w) { return contains(before, w); });
}

ProgressStages read_stages(std::string_view progress, const std::vector<Fact>& facts) {
  ProgressStages out;
  const U32 text = normalize(progress).chars;
  for (U32View c : clauses_of(text)) {
    if (auto st = clause_stage(c)) out.clauses.push_back(*st);
    if (auto all = all_stage(c); all && (!out.all_reached || *all > out.all_reached->stage))
      out.all_reached = StatedStage{*all, U32(c), U32()};
    if (!out.full_coverage && full_coverage_reached(c)) out.full_coverage = to_utf8(U32(c));
  }
  for (std::size_t i = 0; i < facts.size(); ++i)
    if (!facts[i].percent && (facts[i].ongoing || facts[i].stage)) out.facts.push_back(i);
  return out;
}

std::optional<ReportedStage> reported_stage(const ProgressStages& ps, std::string_view target) {
  const Bigrams topic(normalize(target).chars);
  std::optional<ReportedStage> out;
  for (const StatedStage& c : ps.clauses)
    if (about(c, topic) && (!out || c.stage > out->stage)) out = ReportedStage{c.stage, to_utf8(c.clause)};
  return out;
}

std::optional<ReportedStage> reported_stage(std::string_view progress, std::string_view target) {
  return reported_stage(read_stages(progress, {}), target);
}

MilestoneGoal milestone_goal(std::string_view target, int year) {
  NormalizedText nt = normalize(target);
  U32View s = nt.chars;
  MilestoneGoal g;
  g.stage = stage_named(s).value_or(Stage::finished);
  if (auto node = node_date(target, year)) {
    g.due = node->first;
    std::size_t b = nt.index_of(node->second.begin);
    g.text = to_utf8(s.substr(b, node_words_end(s, nt.index_of(node->second.end)) - b));
    return g;
  }
  for (U32View w : sw::kYearEnd) {
    std::size_t k = s.find(w);
    if (k == U32View::npos || (k > 0 && is_ascii_digit(s[k - 1]))) continue;
    g.due = dec31(year);
    g.text = to_utf8(s.substr(k, std::min<std::size_t>(w.size() + 4, s.size() - k)));
    break;
  }
  return g;
}

std::optional<Period> own_period(std::string_view target, int year) {
  NormalizedText nt = normalize(target);
  if (auto p = multi_year(nt.chars, year)) return p;
  if (auto p = within_years(nt.chars, year)) return p;
  if (auto node = node_date(target, year))
    if (node->first < dec31(year)) return Period{jan1(year), node->first};
  return std::nullopt;
}

std::vector<StageCount> other_stage_counts(const TargetClause& clause, const std::vector<Fact>& facts,
                                           const std::vector<bool>& used, const ProgressStages& ps) {
  std::vector<StageCount> out;
  if (!clause.target || clause.kind != TargetKind::cumulative) return out;
  const Word* verb = action(clause.action);
  std::optional<Stage> want = verb && verb->stage ? verb->stage : std::nullopt;
  const Unit& unit = clause.target->quantity.unit;
  std::vector<std::size_t> candidates;
  for (std::size_t i : ps.facts) {
    const Fact& f = facts[i];
    bool earlier = want && f.stage && *f.stage < *want;
    if (!used[i] && f.unit.symbol == unit.symbol && (f.ongoing || earlier)) candidates.push_back(i);
  }
  if (candidates.size() > kMaxStageCandidates) return out;  // too many to tell which are this target's
  for (std::size_t i : candidates) {
    const Fact& f = facts[i];
    if (!about_the_object(f.object, clause.object)) continue;  // 30个社区健身点 beside 社区停车场
    auto d = exact_decimal(f.value);
    if (!d) continue;
    out.push_back(StageCount{f.stage ? *f.stage : Stage::construction, Quantity{*d, f.unit}, f.clause});
  }
  return out;
}

std::optional<std::string> all_reported_done(const TargetClause& clause, const ProgressStages& ps,
                                             const VerbMatcher& verbs) {
  if (!clause.target || clause.kind != TargetKind::cumulative || !ps.all_reached) return std::nullopt;
  if (clause.target->quantity.dimension() != Dimension::count) return std::nullopt;
  const Word* verb = action(clause.action);
  Stage asked = verb && verb->stage ? *verb->stage : Stage::finished;
  if (!reports_stage(*ps.all_reached, asked, clause.action, verbs)) return std::nullopt;
  return to_utf8(ps.all_reached->clause);
}

NamedCompletions named_completions(const TargetClause& clause, const ProgressStages& ps, const VerbMatcher& verbs) {
  NamedCompletions out;
  const Word* verb = action(clause.action);
  if (!clause.target || clause.kind != TargetKind::cumulative || !verb || !verb->stage) return out;
  if (clause.target->quantity.dimension() != Dimension::count) return out;  // one project is one of a count
  U32 object_text = normalize(clause.object).chars;
  if (object_text.size() < 2) return out;
  const Bigrams object(object_text);
  std::vector<const StatedStage*> done;
  for (const StatedStage& c : ps.clauses)
    if (reports_stage(c, *verb->stage, clause.action, verbs)) done.push_back(&c);
  if (done.size() > kMaxStageCandidates) return out;  // too many to tell which are this target's
  for (const StatedStage* c : done) {
    // A named project of the count (甲小学), not the work as a whole.
    if (c->subject.size() < 2 || !object.shared_by(c->subject)) continue;
    ++out.count;
    out.clauses.push_back(to_utf8(c->clause));
  }
  return out;
}

}  // namespace ducha::text

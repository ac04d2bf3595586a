#include "text/targets.hpp"

#include <algorithm>

#include "text/clauses.hpp"
#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"
#include "text/stage_words.hpp"
#include "text/stages.hpp"

namespace ducha::text {
namespace {

bool ceiling_before(U32View before) {
  for (const Word* w : words(WordRole::comparator))
    if (w->comparator == WordComparator::at_most_before && before.find(w->text) != U32View::npos) return true;
  return false;
}

Comparator comparator_around(const U32& s, std::size_t floor, const Figure& f, std::size_t part_end) {
  std::size_t k = f.end;
  while (k < part_end && s[k] == U' ') ++k;
  U32View after = U32View(s).substr(k, std::min<std::size_t>(2, part_end - std::min(k, part_end)));
  std::size_t from = f.begin >= floor + 4 ? f.begin - 4 : floor;
  U32View before = U32View(s).substr(from, f.begin - from);
  for (const Word* w : words(WordRole::comparator)) {
    bool after_word = w->comparator == WordComparator::around_after || w->comparator == WordComparator::at_least_after ||
                      w->comparator == WordComparator::at_most_after;
    if (after_word && after.substr(0, w->text.size()) == w->text) {
      // 控制在3%左右: a ceiling with some room, not a level to reach from either side.
      if (w->comparator == WordComparator::around_after && ceiling_before(before)) return Comparator::at_most;
      if (w->comparator == WordComparator::around_after) return Comparator::around;
      return w->comparator == WordComparator::at_least_after ? Comparator::at_least : Comparator::at_most;
    }
  }
  for (WordComparator c : {WordComparator::at_least_before, WordComparator::exceed_before, WordComparator::at_most_before})
    for (const Word* w : words(WordRole::comparator))
      if (w->comparator == c && before.find(w->text) != U32View::npos)
        return c == WordComparator::at_least_before ? Comparator::at_least
               : c == WordComparator::exceed_before ? Comparator::exceed
                                                    : Comparator::at_most;
  return Comparator::reach;
}

struct Reader {
  const U32& s;
  std::vector<Part> parts;
  TargetReading out;
  std::string inherited_action;
  std::vector<std::size_t> waiting;  // parts without a figure, before one that has it
  std::vector<Unread> figureless;     // parts no figure was shared with
  std::size_t prev_end = 0;           // the end of the last figure placed

  void drop_waiting() {
    for (std::size_t w : waiting)
      figureless.push_back({{parts[w].b, parts[w].e, utf8(s, parts[w].b, parts[w].e)}, "no figure, and none shared with it"});
    waiting.clear();
  }
  void full_coverage(const Part& p, std::size_t full);
  void figure_clause(const Part& p, const Figure& f);
};

// 全覆盖 is a level of 100%.
void Reader::full_coverage(const Part& p, std::size_t full) {
  TargetClause c;
  c.span = {p.b, p.e, utf8(s, p.b, p.e)};
  auto v = action_before(s, p.b, full);
  c.action = v ? to_utf8(v->word->text) : inherited_action;
  std::size_t from = v ? v->begin + v->word->text.size() : p.b;
  c.object = to_utf8(trim(s.substr(from, full - from)));
  c.kind = TargetKind::level;
  c.target = Target{Quantity{Decimal(100), unit("%")}, Comparator::full};
  out.clauses.push_back(c);
}

// Kind and object of a clause from its figure and verb.
void classify(const U32& s, const Part& p, const Figure& f, const std::optional<FoundWord>& v, TargetClause& c) {
  std::size_t after_verb = v ? v->begin + v->word->text.size() : p.b;
  std::size_t object_end = std::min(p.e, f.end + kWindow);
  U32 after = trim(s.substr(f.end, object_end - f.end));
  U32 before = trim(s.substr(after_verb, f.begin - after_verb));
  bool growth_verb = v && (v->word->groups & (kUp | kDown)) != 0;
  std::size_t object_b = std::max(p.b, (v ? v->begin : f.begin) > kWindow ? (v ? v->begin : f.begin) - kWindow : 0);
  if (f.percent && (growth_verb || f.growth)) {
    c.kind = TargetKind::growth;
    c.lower_is_better = v ? (v->word->groups & kDown) != 0 : f.growth && f.growth->is_negative();
    c.object = to_utf8(trim(s.substr(object_b, (v ? v->begin : f.begin) - object_b)));
  } else if (f.percent) {
    c.kind = TargetKind::level;
    c.object = to_utf8(trim(s.substr(object_b, (v ? v->begin : f.begin) - object_b)));
  } else {
    // 培训1.5万 2.3千万: another figure right after is no object; the words before are.
    bool figure_after = !after.empty() && after.front() < 0x80 && is_ascii_digit(after.front());
    U32 obj = !after.empty() && !figure_after ? after : before;
    // 实现智能产业产值突破2000亿元, 确保全年优良天数达306: the object stands before the verb.
    if (obj.empty() && v) {
      auto outer = action_before(s, std::max(p.b, v->begin > kWindow ? v->begin - kWindow : 0), v->begin);
      std::size_t from = outer ? outer->begin + outer->word->text.size() : std::max(p.b, v->begin > kWindow ? v->begin - kWindow : 0);
      obj = trim(s.substr(from, v->begin - from));
    }
    c.object = to_utf8(obj);
    c.kind = comparator_around(s, p.b, f, p.e) == Comparator::at_most ? TargetKind::ceiling : TargetKind::cumulative;
  }
}

// A range (两到三万个, 3万-6万元, 增长6.5%—7%) keeps both ends and is met at its less
// demanding one: the lower end (at least), the upper one being hoped for, not required; an
// at-most target (控制在5.5%-6%) at its upper end. A fall (下降3%-5%) is signed like its
// target: the ends are −3 and −5, met at a fall of 3% (growth −3% or lower).
void range_target(const Figure& f, TargetClause& c) {
  bool fall = c.kind == TargetKind::growth && c.lower_is_better;
  auto low = exact_decimal(fall ? -*f.range_low : *f.range_low);
  auto high = exact_decimal(fall ? -f.value : f.value);
  if (!low || !high) return;
  Target& t = *c.target;
  t.range = TargetRange{*low, *high};
  if (t.comparator == Comparator::at_most) return;
  t.quantity = Quantity{*low, f.unit};
  if (!fall) t.comparator = Comparator::at_least;  // a fall's target reads as growth: −3% 以上 would say ≥ −3%
}

void Reader::figure_clause(const Part& whole, const Figure& f) {
  TargetClause c;
  // 6%和5.5%左右: the words of a figure start after the figure before it in its part.
  Part p = whole;
  if (prev_end > p.b && prev_end <= f.begin) p.b = prev_end;
  prev_end = f.end;
  std::size_t floor = std::max(p.b, f.begin > kWindow ? f.begin - kWindow : 0);
  // 改造石井坡中心湾、双碑堆金村等区域100万平方米: 等 joins the listed parts into one target.
  // A count or quantity after a list (世界500强、中国500强、上市公司…项目不少于3个) is one total for
  // the list; a percentage is each part's own (一窗综办、一网通办达90%以上).
  bool etc = U32View(s).substr(floor, f.begin - floor).find(U'等') != U32View::npos || !f.percent;
  std::size_t clause_b = etc && !waiting.empty() ? parts[waiting.front()].b : whole.b;
  if (etc && !waiting.empty() && !f.percent) {
    for (std::size_t w : waiting) c.kinds.push_back(utf8(s, parts[w].b, parts[w].e));
    c.kinds.push_back(utf8(s, p.b, f.begin));
  }
  c.span = {clause_b, p.e, utf8(s, clause_b, p.e)};
  auto v = action_before(s, floor, f.begin);
  c.action = v ? to_utf8(v->word->text) : inherited_action;
  if (!c.action.empty()) inherited_action = c.action;
  classify(s, p, f, v, c);
  Fraction value = f.percent && c.lower_is_better && f.value.is_negative() ? -f.value : f.value;
  if (c.kind == TargetKind::growth && c.lower_is_better) value = -value;  // 下降3% is growth −3
  auto d = exact_decimal(value);
  if (!d) {
    out.unread.push_back({{f.begin, f.end, utf8(s, f.begin, f.end)}, "the figure has no exact decimal value"});
    return;
  }
  c.target = Target{Quantity{*d, f.unit}, comparator_around(s, p.b, f, p.e)};
  if (f.range_low) range_target(f, c);
  c.unit_inferred = f.bare;
  out.clauses.push_back(c);
  // Figure-less parts listed before share this figure (一窗综办、一网通办达90%以上).
  if (!etc) {
    for (std::size_t w : waiting) {
      TargetClause shared = c;
      shared.span = {parts[w].b, parts[w].e, utf8(s, parts[w].b, parts[w].e)};
      shared.object = to_utf8(trim(s.substr(parts[w].b, parts[w].e - parts[w].b)));
      out.clauses.insert(out.clauses.end() - 1, shared);
    }
  }
  waiting.clear();
}

// The comparator a row's label ends with (城镇登记失业率低于(%) → at most).
Comparator label_comparator(const U32& s, std::size_t b, std::size_t e) {
  if (e > b && (s[e - 1] == U')' || s[e - 1] == U'）')) {
    std::size_t open = U32View(s).substr(b, e - b).find_last_of(U"(（");
    if (open != U32View::npos) e = b + open;
  }
  U32View label = U32View(s).substr(b, e - b);
  for (const Word* w : words(WordRole::comparator)) {
    if (label.size() < w->text.size() || label.substr(label.size() - w->text.size()) != w->text) continue;
    if (w->comparator == WordComparator::at_least_before) return Comparator::at_least;
    if (w->comparator == WordComparator::at_most_before) return Comparator::at_most;
    if (w->comparator == WordComparator::exceed_before) return Comparator::exceed;
  }
  return Comparator::reach;
}

// The sub-target of a table row's target cell: its object is the row's label
// (城镇新增就业(人) 目标任务 27800), its unit the one the header or label states.
std::optional<TargetClause> cell_clause(const U32& s, std::size_t row_b, const Figure& f) {
  std::size_t label_e = std::max(row_b, f.header_b);
  while (label_e > row_b && (s[label_e - 1] == U' ' || s[label_e - 1] == U'\u3000')) --label_e;
  TargetClause c;
  c.span = {row_b, f.end, utf8(s, row_b, f.end)};
  auto v = action_before(s, row_b, label_e);
  c.action = v ? to_utf8(v->word->text) : "";
  c.object = to_utf8(trim(s.substr(row_b, label_e - row_b)));
  bool growth = v && (v->word->groups & (kUp | kDown)) != 0;
  c.lower_is_better = growth && (v->word->groups & kDown) != 0;
  Comparator cmp = label_comparator(s, row_b, label_e);
  c.kind = f.percent ? (growth ? TargetKind::growth : TargetKind::level)
                     : cmp == Comparator::at_most ? TargetKind::ceiling : TargetKind::cumulative;
  auto d = exact_decimal(c.kind == TargetKind::growth && c.lower_is_better ? -f.value : f.value);
  if (!d) return std::nullopt;
  c.target = Target{Quantity{*d, f.unit}, cmp};
  c.unit_inferred = f.bare;
  c.cell = true;
  return c;
}

// A table row written as text: one sub-target per target cell; the label's own
// figures (a province's target in the item's name, 新建7000个…通光纤 工作目标 350) are unread.
bool read_row(const U32& s, const std::vector<Figure>& figs, TargetReading& out) {
  if (std::none_of(figs.begin(), figs.end(), [](const Figure& f) { return f.column == Column::target; })) return false;
  std::size_t row_b = 0;
  for (const Figure& f : figs) {
    std::optional<TargetClause> c;
    if (f.column == Column::target) c = cell_clause(s, row_b, f);
    if (!c) {
      out.unread.push_back({{f.begin, f.end, utf8(s, f.begin, f.end)},
                            "a figure outside the row's target column: the target is the target column's cell"});
      continue;
    }
    out.clauses.push_back(*c);
    row_b = f.end;
  }
  return true;
}

// The sentence ends in 项目, 工程 or 建设, a bracketed note (第二十八项) and 。 aside.
bool names_a_project(U32View s) {
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == U'。' || s[e - 1] == U' ')) --e;
  if (e > 0 && s[e - 1] == U')') {
    std::size_t open = s.rfind(U'(', e - 1);
    if (open != U32View::npos) e = open;
  }
  for (U32View w : stage_words::kProjectEndings)
    if (e >= w.size() + 2 && s.substr(e - w.size(), w.size()) == w) return true;
  return false;
}

TargetClause whole_sentence(const U32& s) {
  TargetClause c;
  c.span = {0, s.size(), utf8(s, 0, s.size())};
  static const std::u32string_view milestones[] = {U"建成", U"启动", U"开工", U"投用", U"完工", U"落地", U"上市", U"完成"};
  c.kind = TargetKind::qualitative;
  for (auto m : milestones)
    if (s.find(m) != U32::npos) {
      c.kind = TargetKind::milestone;
      c.action = to_utf8(U32(m));
      break;
    }
  // A sentence naming one project (第一实验幼儿园建设工程, 城乡福道建设(第二十八项)) or a
  // stage (完成招标) is a milestone too.
  if (c.kind == TargetKind::qualitative && (names_a_project(s) || stage_named(s))) c.kind = TargetKind::milestone;
  return c;
}

}  // namespace

TargetReading read_target(std::string_view sentence) {
  NormalizedText nt = normalize(sentence);
  const U32& s = nt.original;
  Extraction ex = extract(sentence);
  Reader r{s, split_parts(s), {}, {}, {}, {}, 0};
  std::vector<Figure> figs = figures(s, ex, true, &r.out.unread);
  if (read_row(s, figs, r.out)) return r.out;
  std::size_t full = s.find(U"全覆盖");
  std::size_t next = 0;  // the first figure not yet placed
  for (std::size_t pi = 0; pi < r.parts.size(); ++pi) {
    const Part& p = r.parts[pi];
    if (p.major_start) {
      r.drop_waiting();
      r.inherited_action.clear();
    }
    while (next < figs.size() && figs[next].begin < p.b) ++next;
    if (next >= figs.size() || figs[next].begin >= p.e) {
      if (full != U32::npos && full >= p.b && full < p.e)
        r.full_coverage(p, full);
      else
        r.waiting.push_back(pi);
      continue;
    }
    for (; next < figs.size() && figs[next].begin < p.e; ++next) r.figure_clause(p, figs[next]);
  }
  if (r.out.clauses.empty()) {
    r.out.clauses.push_back(whole_sentence(s));  // a milestone or a qualitative target: nothing is left unread
  } else {
    r.drop_waiting();
    r.out.unread.insert(r.out.unread.end(), r.figureless.begin(), r.figureless.end());
  }
  return r.out;
}

std::vector<TargetClause> parse_target(std::string_view sentence) { return read_target(sentence).clauses; }

}  // namespace ducha::text

#include "text/sentences.hpp"

#include <algorithm>

#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;

// Verbs that introduce a figure, longest first so that 新改建 wins over 改建.
const std::vector<U32>& verbs() {
  static const std::vector<U32> v = [] {
    std::vector<U32> w = {U"新改建", U"治理修复", U"新培育", U"新建", U"新增", U"改建", U"建成", U"建设", U"完成",
                          U"拆除", U"改造", U"引进", U"引育", U"培育", U"孵化", U"实施", U"打造", U"创建", U"栽种",
                          U"整治", U"开行", U"进口", U"实现", U"签约", U"推动", U"加装", U"安装", U"接种", U"开工",
                          U"投用", U"启动", U"达到", U"达", U"增长", U"下降", U"降低", U"减少", U"提升", U"形成",
                          U"集约", U"打通", U"新开通", U"开通", U"化解", U"办理", U"招聘", U"举办", U"开展",
                          U"改厕", U"盘活", U"落实", U"确保", U"突破", U"提高", U"增速", U"控制在", U"不超过"};
    std::sort(w.begin(), w.end(), [](const U32& a, const U32& b) { return a.size() > b.size(); });
    return w;
  }();
  return v;
}

bool is_growth_verb(const U32& v) {
  return v == U"增长" || v == U"下降" || v == U"降低" || v == U"减少" || v == U"增速" || v == U"提高";
}

bool at(const U32& s, std::size_t i, std::u32string_view w) { return s.compare(i, w.size(), w) == 0; }

bool is_major_delimiter(char32_t c) {
  return c == U',' || c == U'，' || c == U';' || c == U'；' || c == U'。' || c == U'!' || c == U'！' || c == U'?' ||
         c == U'？' || c == U'\n';
}

std::string utf8(const U32& s, std::size_t b, std::size_t e) {
  return b < e ? to_utf8(std::u32string_view(s).substr(b, e - b)) : std::string();
}

// The last verb that ends at or before `limit` and starts at or after `floor`.
std::optional<std::pair<std::size_t, U32>> verb_before(const U32& s, std::size_t floor, std::size_t limit) {
  for (std::size_t end = limit; end > floor; --end)
    for (const auto& v : verbs())
      if (end >= floor + v.size() && at(s, end - v.size(), v)) return std::make_pair(end - v.size(), v);
  return std::nullopt;
}

U32 trim(U32 s) {
  static const std::u32string_view drop[] = {U"以上", U"左右", U"以内", U"以下", U"以来", U"的", U"了", U"等", U"共计",
                                             U"累计", U"共", U"已", U"“", U"”", U" ", U"(", U")"};
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (auto d : drop) {
      if (s.size() >= d.size() && s.compare(0, d.size(), d) == 0) {
        s.erase(0, d.size());
        changed = true;
      }
      if (s.size() >= d.size() && s.compare(s.size() - d.size(), d.size(), d) == 0) {
        s.erase(s.size() - d.size());
        changed = true;
      }
    }
  }
  return s;
}

// A figure in a sentence, from the extraction.
struct Figure {
  std::size_t begin, end;  // code points
  Fraction value;
  Unit unit;
  bool percent = false;
  bool points = false;
  bool bare = false;  // a number without a unit
  std::optional<Fraction> growth;
  bool approximate = false;
};

bool overlaps(std::size_t b1, std::size_t e1, std::size_t b2, std::size_t e2) { return b1 < e2 && b2 < e1; }

std::vector<Figure> figures(const U32& s, const Extraction& e, bool keep_bare) {
  std::vector<Figure> out;
  for (const auto& p : e.percents)
    out.push_back({p.span.begin, p.span.end, p.value, unit(p.points ? "个百分点" : "%"), true, p.points, false, p.growth,
                   p.approximate});
  for (const auto& q : e.quantities) {
    bool clash = false;
    for (const auto& f : out) clash = clash || overlaps(f.begin, f.end, q.span.begin, q.span.end);
    if (!clash) out.push_back({q.span.begin, q.span.end, q.value, q.unit, false, false, false, {}, q.approximate});
  }
  if (keep_bare) {
    for (const auto& n : e.numbers) {
      bool clash = false;
      for (const auto& f : out) clash = clash || overlaps(f.begin, f.end, n.span.begin, n.span.end);
      for (const auto& d : e.dates) clash = clash || overlaps(d.span.begin, d.span.end, n.span.begin, n.span.end);
      if (clash) continue;
      std::size_t b = n.span.begin, en = n.span.end;
      if (b > 0 && s[b - 1] == U'第') continue;                        // an ordinal
      if (en < s.size() && (s[en] == U'年' || s[en] == U'月' || s[en] == U'日' || s[en] == U'号')) continue;
      if (en < s.size() && (s[en] == U'-' || s[en] == U'—')) continue;  // a range's start
      if (b > 0 && ((s[b - 1] >= U'a' && s[b - 1] <= U'z') || (s[b - 1] >= U'A' && s[b - 1] <= U'Z'))) continue;
      // A bare figure counts something only when nothing but punctuation follows it.
      bool tail = en >= s.size() || is_major_delimiter(s[en]) || s[en] == U'、' || s[en] == U')' || s[en] == U'(';
      if (!tail) continue;
      out.push_back({b, en, n.value, unit("个"), false, false, true, {}, n.approximate});
    }
  }
  // Figures inside “…” name a slogan (“四个意识”, “十项全面清理”), and 一批 is no count.
  auto quoted = [&](std::size_t b) {
    std::size_t open = s.rfind(U'“', b), close = s.rfind(U'”', b);
    return open != U32::npos && (close == U32::npos || close < open);
  };
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Figure& f) {
                             return quoted(f.begin) || (f.unit.symbol == "批" && f.value == Fraction(1));
                           }),
            out.end());
  std::sort(out.begin(), out.end(), [](const Figure& a, const Figure& b) { return a.begin < b.begin; });
  return out;
}

std::optional<Decimal> decimal_of(const Fraction& f) {
  Decimal d;
  if (Decimal::try_parse(value_text(f), d)) return d;
  return std::nullopt;
}

Comparator comparator_around(const U32& s, std::size_t floor, const Figure& f, std::size_t part_end) {
  std::size_t k = f.end;
  while (k < part_end && s[k] == U' ') ++k;
  if (at(s, k, U"左右")) return Comparator::around;
  if (at(s, k, U"以上")) return Comparator::at_least;
  if (at(s, k, U"以下") || at(s, k, U"以内")) return Comparator::at_most;
  std::size_t from = f.begin >= floor + 4 ? f.begin - 4 : floor;
  U32 before = s.substr(from, f.begin - from);
  if (before.find(U"不低于") != U32::npos || before.find(U"不少于") != U32::npos) return Comparator::at_least;
  if (before.find(U"突破") != U32::npos) return Comparator::exceed;
  if (before.find(U"不超过") != U32::npos || before.find(U"控制在") != U32::npos) return Comparator::at_most;
  return Comparator::reach;
}

// Length of the longest common substring (code points).
std::size_t common(const U32& a, const U32& b) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j) {
      std::size_t k = 0;
      while (i + k < a.size() && j + k < b.size() && a[i + k] == b[j + k]) ++k;
      best = std::max(best, k);
    }
  return best;
}

bool similar_verbs(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  static const std::vector<std::vector<std::string>> groups = {
      {"新建", "建成", "新增", "完成", "新改建", "改建", "开通", "新开通", "安装", "加装"},
      {"引进", "签约", "引育"},
      {"拆除", "整治", "完成"},
      {"培育", "孵化", "新培育"},
      {"增长", "增速", "提高"},
      {"下降", "降低", "减少"},
      {"达", "达到"}};
  for (const auto& g : groups)
    if (std::find(g.begin(), g.end(), a) != g.end() && std::find(g.begin(), g.end(), b) != g.end()) return true;
  return false;
}

}  // namespace

std::vector<TargetClause> parse_target(std::string_view sentence) {
  NormalizedText nt = normalize(sentence);
  const U32& s = nt.original;
  Extraction ex = extract(sentence);
  std::vector<Figure> figs = figures(s, ex, true);
  std::vector<TargetClause> out;

  // Full coverage: 全覆盖 is a level of 100%.
  std::size_t full = s.find(U"全覆盖");

  // Parts: split at major delimiters, then at 、.
  struct Part {
    std::size_t b, e;
    bool major_start;
  };
  std::vector<Part> parts;
  std::size_t b = 0;
  bool major = true;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    bool end = i == s.size() || is_major_delimiter(s[i]) || s[i] == U'、';
    if (!end) continue;
    if (i > b) parts.push_back({b, i, major});
    major = i == s.size() || s[i] != U'、';
    b = i + 1;
  }
  std::string inherited_action;
  std::vector<std::size_t> waiting;  // parts without a figure, before one that has it
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    const Part& p = parts[pi];
    if (p.major_start) {
      waiting.clear();
      inherited_action.clear();
    }
    std::vector<const Figure*> in;
    for (const auto& f : figs)
      if (f.begin >= p.b && f.begin < p.e) in.push_back(&f);
    if (in.empty()) {
      if (full != U32::npos && full >= p.b && full < p.e) {
        TargetClause c;
        c.span = {p.b, p.e, utf8(s, p.b, p.e)};
        auto v = verb_before(s, p.b, full);
        c.action = v ? to_utf8(v->second) : inherited_action;
        c.object = to_utf8(trim(s.substr(v ? v->first + v->second.size() : p.b,
                                         full - (v ? v->first + v->second.size() : p.b))));
        c.kind = TargetKind::level;
        c.target = Target{Quantity{Decimal(100), unit("%")}, Comparator::full};
        out.push_back(c);
        continue;
      }
      waiting.push_back(pi);
      continue;
    }
    for (const Figure* f : in) {
      TargetClause c;
      std::size_t clause_b = p.b;
      // 改造石井坡中心湾、双碑堆金村等区域100万平方米: 等 joins the listed parts into one target.
      bool etc = s.substr(p.b, f->begin - p.b).find(U'等') != U32::npos;
      if (etc && !waiting.empty()) clause_b = parts[waiting.front()].b;
      c.span = {clause_b, p.e, utf8(s, clause_b, p.e)};
      auto v = verb_before(s, p.b, f->begin);
      c.action = v ? to_utf8(v->second) : inherited_action;
      if (!c.action.empty()) inherited_action = c.action;
      std::size_t after_verb = v ? v->first + v->second.size() : p.b;
      U32 after = trim(s.substr(f->end, p.e - f->end));
      U32 before = trim(s.substr(after_verb, f->begin - after_verb));
      bool growth_verb = v && is_growth_verb(v->second);
      if (f->percent && (growth_verb || f->growth)) {
        c.kind = TargetKind::growth;
        c.lower_is_better = v && (v->second == U"下降" || v->second == U"降低" || v->second == U"减少");
        c.object = to_utf8(trim(s.substr(p.b, (v ? v->first : f->begin) - p.b)));
      } else if (f->percent) {
        c.kind = TargetKind::level;
        c.object = to_utf8(trim(s.substr(p.b, (v ? v->first : f->begin) - p.b)));
      } else {
        U32 obj = !after.empty() ? after : before;
        // 实现智能产业产值突破2000亿元, 确保全年优良天数达306: the object stands before the verb.
        if (obj.empty() && v) {
          auto outer = verb_before(s, p.b, v->first);
          std::size_t from = outer ? outer->first + outer->second.size() : p.b;
          obj = trim(s.substr(from, v->first - from));
        }
        c.object = to_utf8(obj);
        Comparator cmp = comparator_around(s, p.b, *f, p.e);
        c.kind = cmp == Comparator::at_most ? TargetKind::ceiling : TargetKind::cumulative;
      }
      Fraction value = f->percent && c.lower_is_better && f->value.is_negative() ? -f->value : f->value;
      if (c.kind == TargetKind::growth && c.lower_is_better) value = -value;  // 下降3% is growth −3
      auto d = decimal_of(value);
      if (!d) continue;
      c.target = Target{Quantity{*d, f->unit}, comparator_around(s, p.b, *f, p.e)};
      c.unit_inferred = f->bare;
      out.push_back(c);
      // Figure-less parts listed before share this figure (一窗综办、一网通办达90%以上).
      if (!etc) {
        for (std::size_t w : waiting) {
          TargetClause shared = c;
          shared.span = {parts[w].b, parts[w].e, utf8(s, parts[w].b, parts[w].e)};
          shared.object = to_utf8(trim(s.substr(parts[w].b, parts[w].e - parts[w].b)));
          out.insert(out.end() - 1, shared);
        }
      }
      waiting.clear();
    }
  }
  if (out.empty()) {
    TargetClause c;
    c.span = {0, s.size(), utf8(s, 0, s.size())};
    static const std::u32string_view milestones[] = {U"建成", U"启动", U"开工", U"投用", U"完工", U"落地", U"上市"};
    c.kind = TargetKind::qualitative;
    for (auto m : milestones)
      if (s.find(m) != U32::npos) {
        c.kind = TargetKind::milestone;
        c.action = to_utf8(U32(m));
        break;
      }
    out.push_back(c);
  }
  return out;
}

std::vector<Fact> parse_progress(std::string_view text, int year) {
  NormalizedText nt = normalize(text);
  const U32& s = nt.original;
  Extraction ex = extract(text, year);
  std::vector<Fact> out;
  for (const Figure& f : figures(s, ex, true)) {
    // Inside a title (《…十条举措》) a figure names, it does not measure.
    std::size_t open_title = s.rfind(U'《', f.begin), close_title = s.rfind(U'》', f.begin);
    if (open_title != U32::npos && (close_title == U32::npos || close_title < open_title)) continue;
    Fact fact;
    fact.span = {f.begin, f.end, utf8(s, f.begin, f.end)};
    fact.value = f.value;
    fact.unit = f.unit;
    fact.percent = f.percent;
    fact.growth = f.growth;
    // Sentence and clause around the figure.
    std::size_t sb = f.begin, se = f.end;
    while (sb > 0 && s[sb - 1] != U'。' && s[sb - 1] != U'\n' && s[sb - 1] != U'；' && s[sb - 1] != U';') --sb;
    while (se < s.size() && s[se] != U'。' && s[se] != U'\n' && s[se] != U'；' && s[se] != U';') ++se;
    fact.sentence = utf8(s, sb, se);
    std::size_t cb = f.begin, ce = f.end;
    while (cb > sb && !is_major_delimiter(s[cb - 1]) && s[cb - 1] != U':' && s[cb - 1] != U'：') --cb;
    while (ce < se && !is_major_delimiter(s[ce])) ++ce;
    fact.clause = utf8(s, cb, ce);
    // The heading of the line: "新建3个社区体育公园:已建成1个".
    std::size_t lb = f.begin;
    while (lb > 0 && s[lb - 1] != U'\n') --lb;
    for (std::size_t k = lb; k < f.begin && k < lb + 40; ++k)
      if (s[k] == U':' || s[k] == U'：') {
        fact.heading = utf8(s, lb, k);
        break;
      }
    auto v = verb_before(s, cb, f.begin);
    fact.verb = v ? to_utf8(v->second) : "";
    std::size_t after_verb = v ? v->first + v->second.size() : cb;
    U32 after = trim(s.substr(f.end, ce - f.end));
    // The object follows the unit up to the next verb or particle.
    for (std::size_t k = 0; k < after.size(); ++k) {
      if (after[k] == U'、' || after[k] == U'(' || after[k] == U',' || verb_before(after, k, k + 2)) {
        after = after.substr(0, k);
        break;
      }
    }
    std::size_t before_from = after_verb;
    for (std::size_t k = after_verb; k < f.begin; ++k)
      if (s[k] == U'、' || is_ascii_digit(s[k]) || s[k] == U')') before_from = k + 1;
    U32 before = trim(s.substr(before_from, f.begin - before_from));
    if (before.empty() && !v) before = trim(s.substr(cb, f.begin - cb));
    fact.object = to_utf8(f.percent ? trim(s.substr(cb, (v ? v->first : f.begin) - cb)) : (!after.empty() ? trim(after) : before));
    U32 clause_before = s.substr(cb, f.begin - cb);
    fact.estimated = f.approximate || clause_before.find(U"预计") != U32::npos ||
                     (f.begin > 0 && s[f.begin - 1] == U'约');
    // Not progress: plans, scopes, restated targets, nominations and applications.
    static const std::u32string_view scope_words[] = {U"拟定", U"计划", U"拟", U"目标", U"任务", U"范围", U"准备",
                                                      U"推荐", U"申报", U"争取", U"方案", U"剩余"};
    for (auto w : scope_words) fact.scope = fact.scope || clause_before.find(w) != U32::npos;
    U32 clause_after = s.substr(f.end, ce - f.end);
    static const std::u32string_view ongoing_words[] = {U"正在", U"正按", U"推进中"};
    for (auto w : ongoing_words)
      fact.ongoing = fact.ongoing || clause_before.find(w) != U32::npos || clause_after.find(w) != U32::npos;
    for (auto w : {U"已完成", U"已建成", U"完成", U"建成"})
      if (clause_after.find(w) != U32::npos) {
        fact.verb_after = to_utf8(U32(w).substr(U32(w).size() > 2 ? 1 : 0));
        break;
      }
    if (s.substr(f.end, ce - f.end).find(U"范围") != U32::npos) fact.scope = true;
    // 扣除…后增长-15.6%: the adjusted form of the figure before it.
    U32 paren_before = s.substr(sb, f.begin - sb);
    std::size_t open = paren_before.rfind(U'(');
    if (open != U32::npos && paren_before.find(U')', open) == U32::npos &&
        paren_before.find(U"扣除", open) != U32::npos)
      fact.adjusted = true;
    // Rankings in the sentence: 主城区第3名.
    std::size_t rank = fact.sentence.find("第");
    if (rank != std::string::npos) {
      U32 sent = s.substr(sb, se - sb);
      std::size_t r = sent.find(U'第');
      std::size_t rb = r, re = r + 1;
      while (rb > 0 && sent[rb - 1] != U',' && sent[rb - 1] != U'(' && sent[rb - 1] != U'，' && r - rb < 6) --rb;
      while (re < sent.size() && (sent[re] < 0x80 ? is_ascii_digit(sent[re]) : true) && sent[re] != U')' &&
             sent[re] != U',' && sent[re] != U'，' && re - r < 6)
        ++re;
      if (sent.find(U'名', r) != U32::npos || sent.find(U'位', r) != U32::npos) fact.ranking = utf8(sent, rb, re);
    }
    // The record's own date: a 截至 date in the same sentence, or earlier on the line.
    for (const auto& d : ex.dates) {
      if (!d.as_of || d.span.begin < lb || d.span.begin > f.begin) continue;
      fact.as_of = d.ambiguous ? std::nullopt : d.end;
      fact.as_of_ambiguous = d.ambiguous;
      fact.as_of_note = d.note;
    }
    if (f.bare) fact.unit = unit("个");
    out.push_back(fact);
    if (f.bare) out.back().object = to_utf8(before);
  }
  return out;
}

namespace {

constexpr long kIneligible = -1000000;
constexpr long kThreshold = 10;

// How well `f` fits `clause`: kIneligible when it cannot be its figure at all.
// `other_dimension` receives the score of a fact about this object in another
// dimension (for unit mismatches).
// A fact's texts as code points, decoded once for every clause it is scored against.
struct FactText {
  U32 object, sentence, heading;
};

long score(const TargetClause& clause, const U32& object, const U32& clause_text, const Fact& f,
           const FactText& ft, long* other_dimension) {
  *other_dimension = kIneligible;
  if (!clause.target || f.scope || f.adjusted) return kIneligible;
  const Quantity& t = clause.target->quantity;
  const U32& fobj = ft.object;
  const U32& fsent = ft.sentence;
  const U32& heading = ft.heading;
  long sc = 0;
  std::size_t obj = common(object, fobj);
  std::size_t sent = common(object, fsent);
  if (obj >= 2)
    sc += 10 * static_cast<long>(obj);
  else if (sent >= 2)
    sc += 3 * static_cast<long>(sent);
  if (!heading.empty()) {
    std::size_t h = std::max(common(heading, clause_text), common(heading, object));
    if (h >= std::min<std::size_t>(heading.size(), 4))
      sc += 100;
    else if (h >= 2)
      sc += 20;
    else
      sc -= 50;
  }
  bool verb = similar_verbs(clause.action, f.verb) || similar_verbs(clause.action, f.verb_after);
  if (verb) sc += clause.action == f.verb ? 10 : 5;
  // Work under way is not work done.
  if (f.ongoing && (clause.kind == TargetKind::cumulative || clause.kind == TargetKind::ceiling)) return kIneligible;
  if (f.ongoing) sc -= 30;
  if (!(obj >= 2 || sent >= 2 || verb || !heading.empty())) return kIneligible;
  // Dimensions: growth wants a growth rate, a level a level, a count a count.
  bool want_percent = clause.kind == TargetKind::growth || clause.kind == TargetKind::level;
  bool dims = want_percent ? f.percent && (clause.kind != TargetKind::growth || f.growth.has_value())
                           : (!f.percent && (clause.unit_inferred || t.unit.dimension == f.unit.dimension ||
                                             f.unit.symbol == "个"));
  if (clause.kind == TargetKind::level && f.growth) dims = false;
  if (!dims) {
    if (!want_percent && !f.percent && obj >= 2) *other_dimension = sc;
    return kIneligible;
  }
  if (t.unit.symbol == f.unit.symbol) sc += 10;
  return sc;
}

}  // namespace

std::vector<Match> match_all(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts) {
  std::vector<Match> out(clauses.size());
  std::vector<std::vector<long>> s(clauses.size(), std::vector<long>(facts.size(), kIneligible));
  std::vector<std::vector<long>> other(clauses.size(), std::vector<long>(facts.size(), kIneligible));
  std::vector<FactText> texts;
  texts.reserve(facts.size());
  for (const Fact& f : facts)
    texts.push_back({normalize(f.object).original, normalize(f.sentence).original, normalize(f.heading).original});
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    U32 object = normalize(clauses[c].object).original;
    U32 clause_text = normalize(clauses[c].span.text).original;
    for (std::size_t f = 0; f < facts.size(); ++f)
      s[c][f] = score(clauses[c], object, clause_text, facts[f], texts[f], &other[c][f]);
  }
  // Best pairs first; each figure serves one sub-target.
  std::vector<bool> taken(facts.size(), false), done(clauses.size(), false);
  while (true) {
    long best = kThreshold - 1;
    std::size_t bc = 0, bf = 0;
    for (std::size_t c = 0; c < clauses.size(); ++c)
      for (std::size_t f = 0; f < facts.size(); ++f)
        if (!done[c] && !taken[f] && s[c][f] > best) {
          best = s[c][f];
          bc = c;
          bf = f;
        }
    if (best < kThreshold) break;
    done[bc] = taken[bf] = true;
    out[bc].fact = bf;
    out[bc].reason = "matched \"" + facts[bf].span.text + "\" (score " + std::to_string(best) + ")";
  }
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (done[c]) continue;
    Match& m = out[c];
    if (!clauses[c].target) {
      m.reason = "the target has no figure";
      continue;
    }
    // A level target and exactly one level figure left (安装率25.04%).
    if (clauses[c].kind == TargetKind::level) {
      std::optional<std::size_t> only;
      int count = 0;
      for (std::size_t f = 0; f < facts.size(); ++f)
        if (!taken[f] && facts[f].percent && !facts[f].growth && !facts[f].scope && !facts[f].adjusted) {
          only = f;
          ++count;
        }
      bool any_level_taken = false;
      for (std::size_t f = 0; f < facts.size(); ++f) any_level_taken = any_level_taken || (taken[f] && facts[f].percent);
      if (count == 1 && !any_level_taken) {
        taken[*only] = true;
        m.fact = only;
        m.reason = "matched \"" + facts[*only].span.text + "\", the only level figure in the progress text";
        continue;
      }
    }
    long best_other = kIneligible;
    for (std::size_t f = 0; f < facts.size(); ++f)
      if (other[c][f] > best_other) {
        best_other = other[c][f];
        m.mismatched_fact = f;
      }
    if (m.mismatched_fact) {
      m.unit_mismatch = true;
      m.reason = "the figure about this object, \"" + facts[*m.mismatched_fact].span.text + "\", is in another unit";
      continue;
    }
    m.reason = facts.empty() ? "the progress text has no figure" : "no figure in the progress text is about this target";
  }
  return out;
}

Match match(const TargetClause& clause, const std::vector<Fact>& facts) { return match_all({clause}, facts).front(); }

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes) {
  Item item;
  item.kind = kind;
  item.text = target;
  item.progress_text = progress;
  std::vector<Fact> facts = parse_progress(progress, year);
  std::vector<TargetClause> clauses = parse_target(target);
  std::vector<Match> matches = match_all(clauses, facts);
  for (std::size_t ci = 0; ci < clauses.size(); ++ci) {
    const TargetClause& c = clauses[ci];
    SubTarget st;
    st.text = c.span.text;
    st.kind = c.kind;
    st.target = c.target;
    st.lower_is_better = c.lower_is_better;
    ProgressRecord rec;
    rec.text = progress;
    const Match& m = matches[ci];
    std::optional<std::size_t> used = m.fact ? m.fact : m.mismatched_fact;
    TextNote note{"", m.reason, c.unit_inferred, ""};
    if (used) {
      const Fact& f = facts[*used];
      Fraction value = f.growth && c.kind == TargetKind::growth ? *f.growth : f.value;
      Decimal d;
      if (Decimal::try_parse(value_text(value), d)) {
        Unit u = f.unit;
        // A bare figure on either side takes the other's unit (农村改厕1220 ↔ 743户).
        if (c.unit_inferred && st.target && !f.percent) st.target->quantity.unit = f.unit;
        if (f.unit.symbol == "个" && st.target && !c.unit_inferred && !f.percent &&
            f.span.text.find("个") == std::string::npos)
          u = st.target->quantity.unit;
        rec.value = Quantity{d, u};
        rec.text = f.clause;
        rec.estimated = f.estimated;
        rec.as_of = f.as_of;
        rec.ranking = f.ranking;
        if (*used + 1 < facts.size() && facts[*used + 1].adjusted && facts[*used + 1].percent) {
          const Fact& a = facts[*used + 1];
          Fraction av = a.growth ? *a.growth : a.value;
          Decimal ad;
          if (Decimal::try_parse(value_text(av), ad)) rec.adjusted = Adjusted{Quantity{ad, a.unit}, "扣除因素后"};
        }
        note.fact = f.span.text;
        if (f.as_of_ambiguous) note.date_note = f.as_of_note + "; judged at the evaluation's date instead";
      }
    }
    st.progress = rec;
    item.sub_targets.push_back(st);
    if (notes) notes->push_back(note);
  }
  return item;
}

}  // namespace ducha::text

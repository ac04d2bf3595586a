#include "text/matching.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "text/clauses.hpp"
#include "text/normalized_text.hpp"
#include "text/ties.hpp"
#include "text/u32_scan.hpp"
#include "text/unique_best.hpp"

namespace ducha::text {

CommonSubstring::CommonSubstring(U32View a) {
  states_.reserve(2 * a.size() + 1);
  states_.push_back({});
  int last = 0;
  for (char32_t c : a) {
    int cur = static_cast<int>(states_.size());
    states_.push_back({-1, states_[last].len + 1, {}});
    int p = last;
    while (p != -1 && next(p, c) < 0) {
      states_[p].next.emplace_back(c, cur);
      p = states_[p].link;
    }
    if (p == -1) {
      states_[cur].link = 0;
    } else {
      int q = next(p, c);
      if (states_[p].len + 1 == states_[q].len) {
        states_[cur].link = q;
      } else {
        int clone = static_cast<int>(states_.size());
        states_.push_back({states_[q].link, states_[p].len + 1, states_[q].next});
        for (; p != -1 && next(p, c) == q; p = states_[p].link)
          for (auto& [ch, to] : states_[p].next)
            if (ch == c) to = clone;
        states_[q].link = states_[cur].link = clone;
      }
    }
    last = cur;
  }
}

int CommonSubstring::next(int state, char32_t c) const {
  const auto& n = states_[static_cast<std::size_t>(state)].next;
  const std::pair<char32_t, int>* p = n.data();
  for (std::size_t i = 0, size = n.size(); i < size; ++i)
    if (p[i].first == c) return p[i].second;
  return -1;
}

std::size_t CommonSubstring::longest_with(U32View b, std::size_t* end_in_b) const {
  int v = 0;
  std::size_t len = 0, best = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    char32_t c = b[i];
    while (v != 0 && next(v, c) < 0) {
      v = states_[v].link;
      len = states_[v].len;
    }
    int to = next(v, c);
    if (to >= 0) {
      v = to;
      ++len;
    }
    if (len > best && end_in_b) *end_in_b = i + 1;
    best = std::max(best, len);
  }
  return best;
}

namespace {

constexpr long kIneligible = -1000000;
constexpr long kThreshold = 10;

U32 decode(const std::string& s) { return normalize(s).original; }

// A fact's texts as code points, decoded once.
struct FactText {
  U32 object, sentence, heading;
};

// A clause's texts with their automata, built once.
struct ClauseText {
  U32 object, text;
  CommonSubstring object_sam, text_sam;
  explicit ClauseText(const TargetClause& c)
      : object(decode(c.object)),
        text(decode(c.span.text).substr(0, 2 * kWindow)),
        object_sam(object),
        text_sam(text) {}
};

bool counts_things(const TargetClause& clause, const Fact& f) {
  return !f.percent && f.unit.dimension == Dimension::count && clause.target &&
         clause.target->quantity.unit.dimension == Dimension::count;
}

// A count written with its own noun (Fact::counted) counts that noun. It counts what the
// sub-target counts when the noun shares a word of three characters with the target's
// object (老旧小区基础设施 / 老旧小区道路), or when the last character of one of its listed
// nouns, the head of a Chinese noun, stands in that object (学位 / 公办学校学位, 场馆 /
// 公共图书馆, 中小学、幼儿园 / 幼儿园). 厢房 and 分类亭 are no 达标小区.
bool counts_other_kind(const TargetClause& clause, const ClauseText& ct, const Fact& f) {
  if (f.counted.empty() || !counts_things(clause, f) || ct.object.empty()) return false;
  U32 counted = decode(f.counted);
  // 项目 (an item of work) is the generic noun, as 个 is the generic classifier: it names no kind
  // (签约美团金融、天安保险、携程小贷3个项目 against 引进新型金融机构2).
  if (counted == U"项目") return false;
  if (ct.object_sam.longest_with(counted) >= 3) return false;
  for (std::size_t e = 0; e <= counted.size(); ++e)
    if ((e == counted.size() || counted[e] == U'、') && e > 0 && ct.object.find(counted[e - 1]) != U32::npos)
      return false;
  return true;
}

// The ideographs right before s[at] (at most three): the words that say which kind of the
// thing after them is meant (寄宿制 学校, 薄弱 学校).
U32View modifier_before(const U32& s, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && at - b < 3 && ideograph(s[b - 1])) --b;
  return U32View(s).substr(b, at - b);
}

// A two-character word shared by a count's text and the target's object is no sign that
// they count the same things when each text qualifies it with words the other lacks
// (寄宿制学校实际开工199所 against 5100所义务教育薄弱学校…: 寄宿制 学校 is no 薄弱 学校).
bool other_qualifier(const ClauseText& ct, const U32& text, std::size_t end_in_text) {
  std::size_t at = end_in_text - 2;
  std::size_t in_object = ct.object.find(U32View(text).substr(at, 2));
  if (in_object == U32::npos) return false;
  U32View a = modifier_before(text, at), b = modifier_before(ct.object, in_object);
  if (a.empty() || b.empty()) return false;
  return std::none_of(a.begin(), a.end(), [&b](char32_t c) { return b.find(c) != U32View::npos; });
}

// The fact states a stage before the one the target's verb asks for (建成 against 选址).
bool stage_short(const TargetClause& clause, const Fact& f) {
  const Word* want = action(clause.action);
  return want && want->stage && f.stage && *f.stage < *want->stage;
}

bool wants_percent(const TargetClause& c) { return c.kind == TargetKind::growth || c.kind == TargetKind::level; }

// Whether the fact's figure is in the clause's dimension.
bool same_dimension(const TargetClause& clause, const Fact& f) {
  const Quantity& t = clause.target->quantity;
  // A table's actual cell without a unit takes the target's (进度 3.57 under 失业率(%) 目标任务 4.3).
  if (f.bare && f.column == Column::actual) return clause.kind != TargetKind::growth;
  bool dims = wants_percent(clause) ? f.percent && (clause.kind != TargetKind::growth || f.growth.has_value())
                                    : (!f.percent && (clause.unit_inferred || t.unit.dimension == f.unit.dimension ||
                                                      f.unit.symbol == "个"));
  return dims && !(clause.kind == TargetKind::level && f.growth);
}

// How well `f` fits `clause`: kIneligible when it cannot be its figure at all.
// `other_dimension` receives the score of a fact about this object in another
// dimension (for unit mismatches).
long score(const TargetClause& clause, const ClauseText& ct, const Fact& f, const FactText& ft, const VerbMatcher& verbs,
           long* other_dimension, bool* other_kind) {
  *other_dimension = kIneligible;
  *other_kind = false;
  if (!clause.target || f.scope || f.adjusted || f.gap || f.rate) return kIneligible;
  if (counts_other_kind(clause, ct, f)) {
    *other_kind = true;
    return kIneligible;
  }
  long sc = 0;
  std::size_t obj_end = 0, sent_end = 0;
  std::size_t obj = ct.object_sam.longest_with(ft.object, &obj_end);
  if (obj == 2 && counts_things(clause, f) && other_qualifier(ct, ft.object, obj_end)) obj = 0;
  std::size_t sent = obj >= 2 ? obj : ct.object_sam.longest_with(ft.sentence, &sent_end);  // only needed without an object
  if (obj < 2 && sent == 2 && counts_things(clause, f) && other_qualifier(ct, ft.sentence, sent_end)) sent = 0;
  if (obj >= 2)
    sc += 10 * static_cast<long>(obj);
  else if (sent >= 2)
    sc += 3 * static_cast<long>(sent);
  if (!ft.heading.empty()) {
    std::size_t h = std::max(ct.text_sam.longest_with(ft.heading), ct.object_sam.longest_with(ft.heading));
    if (h >= std::min<std::size_t>(ft.heading.size(), 4))
      sc += 100;
    else if (h >= 2)
      sc += 20;
    else
      sc -= 50;
  }
  bool verb = verbs.alike(clause.action, f.verb) || verbs.alike(clause.action, f.verb_after);
  if (verb) sc += clause.action == f.verb ? 10 : 5;
  if (stage_short(clause, f)) return kIneligible;
  // Work under way is not work done.
  if (f.ongoing && (clause.kind == TargetKind::cumulative || clause.kind == TargetKind::ceiling)) return kIneligible;
  if (f.ongoing) sc -= 30;
  if (!(obj >= 2 || sent >= 2 || verb || !ft.heading.empty())) return kIneligible;
  if (!same_dimension(clause, f)) {
    if (!wants_percent(clause) && !f.percent && obj >= 2) *other_dimension = sc;
    return kIneligible;
  }
  if (clause.target->quantity.unit.symbol == f.unit.symbol) sc += 10;
  // 累计解决了2585个 over 新解决1075个: the figure since the start, for a cumulative target.
  if (f.cumulative && clause.kind == TargetKind::cumulative && sc >= kThreshold) sc += 15;
  return sc;
}

std::uint64_t bigram(char32_t a, char32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

// Facts proposed for a clause: those sharing a bigram with its object or text,
// those with an alike verb, and those under a heading.
class CandidateIndex {
 public:
  CandidateIndex(const std::vector<Fact>& facts, const std::vector<FactText>& texts, const VerbMatcher& verbs);
  std::vector<std::size_t> candidates(const TargetClause& clause, const ClauseText& ct) const;

 private:
  void add_text(const U32& t, std::size_t f);
  void propose(const std::vector<std::size_t>& list, std::vector<std::size_t>& out) const;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_bigram_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_verb_;
  std::unordered_map<unsigned, std::vector<std::size_t>> by_group_;
  std::vector<std::size_t> headed_;
  const VerbMatcher& verbs_;
};

void CandidateIndex::add_text(const U32& t, std::size_t f) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    auto& list = by_bigram_[bigram(t[i], t[i + 1])];
    if (list.empty() || list.back() != f) list.push_back(f);
  }
}

CandidateIndex::CandidateIndex(const std::vector<Fact>& facts, const std::vector<FactText>& texts,
                               const VerbMatcher& verbs)
    : verbs_(verbs) {
  for (std::size_t f = 0; f < facts.size(); ++f) {
    add_text(texts[f].object, f);
    add_text(texts[f].sentence, f);
    add_text(texts[f].heading, f);
    for (const std::string* verb : {&facts[f].verb, &facts[f].verb_after}) {
      if (verb->empty()) continue;
      by_verb_[*verb].push_back(f);
      unsigned groups = verbs_.groups_of(*verb);
      for (unsigned bit = 1; bit != 0 && bit <= groups; bit <<= 1)
        if (groups & bit) by_group_[bit].push_back(f);
    }
    if (!facts[f].heading.empty()) headed_.push_back(f);
  }
}

void CandidateIndex::propose(const std::vector<std::size_t>& list, std::vector<std::size_t>& out) const {
  if (list.size() <= kCandidates) out.insert(out.end(), list.begin(), list.end());
}

std::vector<std::size_t> CandidateIndex::candidates(const TargetClause& clause, const ClauseText& ct) const {
  std::vector<std::size_t> out;
  for (const U32* t : {&ct.object, &ct.text})
    for (std::size_t i = 0; i + 1 < t->size(); ++i) {
      auto it = by_bigram_.find(bigram((*t)[i], (*t)[i + 1]));
      if (it != by_bigram_.end()) propose(it->second, out);
    }
  auto first = [&out](const std::vector<std::size_t>& list) {
    out.insert(out.end(), list.begin(), list.begin() + static_cast<long>(std::min(list.size(), kCandidates)));
  };
  auto v = by_verb_.find(clause.action);
  if (v != by_verb_.end()) first(v->second);
  if (unsigned groups = verbs_.groups_of(clause.action))
    for (const auto& [bit, list] : by_group_)
      if (groups & bit) first(list);
  first(headed_);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (out.size() > kCandidates) out.resize(kCandidates);
  return out;
}

using Scored = ScoredPair;

}  // namespace

namespace {

// A level target and exactly one level figure left (安装率25.04%).
class LevelFallback {
 public:
  explicit LevelFallback(const std::vector<Fact>& facts) : facts_(facts) {
    for (std::size_t f = 0; f < facts.size(); ++f)
      if (is_level(facts[f])) untaken_.insert(f);
  }
  void taken(std::size_t f) {
    if (facts_[f].percent) any_level_taken_ = true;
    untaken_.erase(f);
  }
  std::optional<std::size_t> only() const {
    if (untaken_.size() != 1 || any_level_taken_) return std::nullopt;
    return *untaken_.begin();
  }

 private:
  static bool is_level(const Fact& f) {
    return f.percent && !f.growth && !f.scope && !f.adjusted && !f.gap && !f.rate;
  }
  const std::vector<Fact>& facts_;
  std::set<std::size_t> untaken_;
  bool any_level_taken_ = false;
};

// Clause c takes fact f, for `reason`.
void assign(std::size_t c, std::size_t f, const std::string& reason, std::vector<bool>& done, std::vector<bool>& taken,
            std::vector<Match>& out) {
  done[c] = taken[f] = true;
  out[c].fact = f;
  out[c].reason = reason;
}

// A completion figure (已完成187个, 实际完成15.6公里) that can stand for any sub-target of its unit.
bool bare_completion(const Fact& f) {
  if (f.percent || f.scope || f.adjusted || f.gap || f.rate || f.ongoing) return false;
  if (f.stated_rate) return true;  // 已送230场(87%): the rate it states says it is done work
  const Word* v = action(f.verb);
  if (!v && f.verb_after.empty()) return false;
  return !v || (v->groups & (kUp | kDown | kReach)) == 0;
}

// Sub-targets still without a figure and completion figures still unused, one of
// each in a dimension: they belong together (已完成187个 for 新建200个社区食堂).
void match_by_dimension(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                        std::vector<bool>& done, std::vector<bool>& taken, std::vector<Match>& out) {
  std::map<Dimension, std::vector<std::size_t>> open_clauses, open_facts;
  for (std::size_t c = 0; c < clauses.size(); ++c)
    if (!done[c] && clauses[c].target && clauses[c].kind == TargetKind::cumulative && !clauses[c].unit_inferred)
      open_clauses[clauses[c].target->quantity.unit.dimension].push_back(c);
  for (std::size_t f = 0; f < facts.size(); ++f)
    if (!taken[f] && bare_completion(facts[f])) open_facts[facts[f].unit.dimension].push_back(f);
  for (const auto& [dim, cs] : open_clauses) {
    auto it = open_facts.find(dim);
    if (cs.size() != 1 || it == open_facts.end() || it->second.size() != 1) continue;
    std::size_t c = cs.front(), f = it->second.front();
    // Counts count things: 3座 is no figure of 5条; only the generic 个 stands for any; a count
    // written with a noun of another kind (38个厢房 against 达标小区210个) is none either.
    const Unit& tu = clauses[c].target->quantity.unit;
    const Unit& fu = facts[f].unit;
    bool comparable = dim != Dimension::count || tu.symbol == fu.symbol || fu.symbol == "个";
    if (!comparable || stage_short(clauses[c], facts[f])) continue;
    if (counts_other_kind(clauses[c], ClauseText(clauses[c]), facts[f])) {
      out[c].other_kind_fact = f;
      continue;
    }
    assign(c, f, "matched \"" + facts[f].span.text + "\", the only completion figure in this dimension", done, taken,
           out);
  }
}

// A table row: the one sub-target still open and the one actual cell still unused
// are the row's target and actual columns (目标任务 8000 / 完成情况 22921).
// `rows_only`: only a target cell (目标任务 8000), before any other figure is considered.
void match_cells(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts, std::vector<bool>& done,
                 std::vector<bool>& taken, std::vector<Match>& out, bool rows_only) {
  std::vector<std::size_t> open, cells;
  for (std::size_t c = 0; c < clauses.size(); ++c)
    if (!done[c] && clauses[c].target && (clauses[c].cell || !rows_only)) open.push_back(c);
  for (std::size_t f = 0; f < facts.size(); ++f)
    if (!taken[f] && facts[f].column == Column::actual && !facts[f].percent) cells.push_back(f);
  if (open.size() != 1 || cells.size() != 1) return;
  std::size_t c = open.front(), f = cells.front();
  bool fits = facts[f].bare ? clauses[c].kind != TargetKind::growth : same_dimension(clauses[c], facts[f]);
  if (!fits || stage_short(clauses[c], facts[f])) return;
  assign(c, f, "matched \"" + facts[f].span.text + "\", the row's actual cell beside its target", done, taken, out);
}

std::string matched_reason(const Fact& f, long score) {
  return "matched \"" + f.span.text + "\" (score " + std::to_string(score) + ")";
}

// Best pairs first, each figure to one sub-target. Sub-targets tied for the same
// figures (ties.hpp) get the figures their words decide, or none.
void assign_best_pairs(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                       const std::vector<Scored>& pairs, std::vector<bool>& done, std::vector<bool>& taken,
                       std::vector<Match>& out) {
  Ties ties(pairs, facts.size());
  for (const Scored& p : pairs) {
    if (done[p.clause] || taken[p.fact]) continue;
    std::vector<std::size_t> group = ties.tied(p, facts, done, taken);
    if (group.empty()) {
      assign(p.clause, p.fact, matched_reason(facts[p.fact], p.score), done, taken, out);
      continue;
    }
    if (auto chosen = ties.resolve(group, p.score, clauses, facts, taken)) {
      for (std::size_t i = 0; i < group.size(); ++i)
        assign(group[i], (*chosen)[i],
               matched_reason(facts[(*chosen)[i]], p.score) + ", tied with other sub-targets and decided by the words "
                   "its clause shares with the figure's sentence",
               done, taken, out);
      continue;
    }
    for (std::size_t c : group) {
      done[c] = true;
      out[c].reason = "tied: \"" + facts[p.fact].span.text +
                      "\" and other figures fit this and other sub-targets alike, so which is whose is not guessed";
    }
  }
}

// The figure of each listed kind of a list total (引进世界500强、中国500强、上市公司或行业龙头
// 企业投资项目不少于3个 reported as 引进世界500强企业投资项目3个;引进中国500强…1个;引进上市公司…2个):
// among the clause's candidates, the free figure in the target's unit whose clause shares the
// most text with the kind (at least 3 code points), strictly; no figure serves two kinds.
std::optional<std::vector<std::size_t>> kind_figures(const TargetClause& c, const std::vector<Fact>& facts,
                                                     const std::vector<std::size_t>& candidates,
                                                     const std::vector<bool>& taken) {
  std::vector<std::size_t> out;
  for (const std::string& kind : c.kinds) {
    CommonSubstring k(decode(kind));
    auto shared = [&](std::size_t f) -> long {
      const Fact& x = facts[f];
      bool eligible = !taken[f] && !x.percent && !x.scope && !x.adjusted && !x.gap && !x.rate && !x.ongoing &&
                      x.unit.symbol == c.target->quantity.unit.symbol && !stage_short(c, x);
      return eligible ? static_cast<long>(k.longest_with(decode(x.clause))) : 0;
    };
    auto pick = unique_best(candidates, 2, shared, [](std::size_t, std::size_t) { return false; });
    if (!pick || std::find(out.begin(), out.end(), *pick) != out.end()) return std::nullopt;
    out.push_back(*pick);
  }
  return out;
}

// A count that totals a list of kinds, reported kind by kind, is their sum.
void match_list_totals(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                       const CandidateIndex& index, std::vector<bool>& done, std::vector<bool>& taken,
                       std::vector<Match>& out) {
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (done[c] || !clauses[c].target || clauses[c].kinds.size() < 2 || clauses[c].kind != TargetKind::cumulative)
      continue;
    ClauseText ct(clauses[c]);
    auto parts = kind_figures(clauses[c], facts, index.candidates(clauses[c], ct), taken);
    if (!parts) continue;
    done[c] = true;
    std::string listed;
    for (std::size_t f : *parts) {
      taken[f] = true;
      listed += (listed.empty() ? "\"" : " + \"") + facts[f].span.text + "\"";
    }
    out[c].fact = parts->front();
    out[c].parts = *parts;
    out[c].reason = "the sum of the figures of its listed kinds, " + listed;
  }
}

// Totals that are the only figure of their dimension while two or more sub-targets are in it:
// their combined figure. They are taken out (`taken`) and named in those sub-targets' matches.
void set_aside_combined(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                        std::vector<bool>& taken, std::vector<Match>& out) {
  auto amount = [](const Fact& f) { return !f.percent && !f.scope && !f.adjusted && !f.gap && !f.rate; };
  std::map<Dimension, std::vector<std::size_t>> subs, figures;
  for (std::size_t c = 0; c < clauses.size(); ++c)
    if (clauses[c].target && !wants_percent(clauses[c]) && !clauses[c].target->quantity.unit.symbol.empty())
      subs[clauses[c].target->quantity.unit.dimension].push_back(c);
  for (std::size_t f = 0; f < facts.size(); ++f)
    if (amount(facts[f])) figures[facts[f].unit.dimension].push_back(f);
  for (const auto& [dim, fs] : figures) {
    auto it = subs.find(dim);
    if (fs.size() != 1 || !facts[fs.front()].total || it == subs.end() || it->second.size() < 2) continue;
    taken[fs.front()] = true;
    for (std::size_t c : it->second) out[c].combined_fact = fs.front();
  }
}

// The reason and mismatch of a clause no fact was assigned to.
void explain_unmatched(const TargetClause& clause, const std::vector<Fact>& facts, const std::vector<Scored>& other,
                       Match& m) {
  if (!clause.target) {
    m.reason = "the target has no figure";
    return;
  }
  long best_other = kIneligible;
  for (const Scored& o : other)
    if (o.score > best_other) {
      best_other = o.score;
      m.mismatched_fact = o.fact;
    }
  if (m.mismatched_fact) {
    m.unit_mismatch = true;
    m.reason = "the figure about this object, \"" + facts[*m.mismatched_fact].span.text + "\", is in another unit";
    return;
  }
  if (m.combined_fact) {
    m.reason = "\"" + facts[*m.combined_fact].span.text + "\" is a total, the only figure in this unit, while " +
               "the target sets several sub-targets in it: their combined figure, no one's own, so not read";
    return;
  }
  if (m.other_kind_fact) {
    const Fact& f = facts[*m.other_kind_fact];
    m.reason = "\"" + f.span.text + "\" counts " + f.counted + ", not what this target counts (" + clause.object +
               "): not read";
    return;
  }
  m.reason = facts.empty() ? "the progress text has no figure" : "no figure in the progress text is about this target";
}

}  // namespace

std::vector<Match> match_all(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                             const VerbMatcher& verbs) {
  std::vector<Match> out(clauses.size());
  std::vector<FactText> texts;
  texts.reserve(facts.size());
  for (const Fact& f : facts) texts.push_back({decode(f.object), decode(f.sentence), decode(f.heading)});
  CandidateIndex index(facts, texts, verbs);
  std::vector<Scored> pairs;
  std::vector<std::vector<Scored>> other(clauses.size());
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (!clauses[c].target) continue;
    ClauseText ct(clauses[c]);
    for (std::size_t f : index.candidates(clauses[c], ct)) {
      long o = kIneligible;
      bool other_kind = false;
      long sc = score(clauses[c], ct, facts[f], texts[f], verbs, &o, &other_kind);
      if (sc >= kThreshold) pairs.push_back({sc, c, f});
      if (o != kIneligible) other[c].push_back({o, c, f});
      if (other_kind && !out[c].other_kind_fact) out[c].other_kind_fact = f;
    }
  }
  // Best pairs first; each figure serves one sub-target.
  std::sort(pairs.begin(), pairs.end(), [](const Scored& a, const Scored& b) {
    return std::tie(b.score, a.clause, a.fact) < std::tie(a.score, b.clause, b.fact);
  });
  std::vector<bool> taken(facts.size(), false), done(clauses.size(), false);
  set_aside_combined(clauses, facts, taken, out);
  match_cells(clauses, facts, done, taken, out, true);
  LevelFallback level(facts);
  match_list_totals(clauses, facts, index, done, taken, out);
  assign_best_pairs(clauses, facts, pairs, done, taken, out);
  match_by_dimension(clauses, facts, done, taken, out);
  match_cells(clauses, facts, done, taken, out, false);
  for (std::size_t f = 0; f < facts.size(); ++f)
    if (taken[f]) level.taken(f);
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    if (done[c]) continue;
    if (clauses[c].target && clauses[c].kind == TargetKind::level) {
      if (auto only = level.only()) {
        level.taken(*only);
        assign(c, *only, "matched \"" + facts[*only].span.text + "\", the only level figure in the progress text",
               done, taken, out);
        continue;
      }
    }
    explain_unmatched(clauses[c], facts, other[c], out[c]);
  }
  return out;
}

Match match(const TargetClause& clause, const std::vector<Fact>& facts) { return match_all({clause}, facts).front(); }

}  // namespace ducha::text

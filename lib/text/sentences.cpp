#include "text/sentences.hpp"

#include "ducha/quantity.hpp"
#include "text/matching.hpp"
#include "text/normalized_text.hpp"
#include "text/stages.hpp"
#include "text/unique_best.hpp"

namespace ducha::text {
namespace {

// The adjusted figure written right after the matched one (扣除…后增长-15.6%).
std::optional<Adjusted> adjusted_after(const std::vector<Fact>& facts, std::size_t used) {
  if (used + 1 >= facts.size() || !facts[used + 1].adjusted || !facts[used + 1].percent) return std::nullopt;
  const Fact& a = facts[used + 1];
  auto d = exact_decimal(a.growth ? *a.growth : a.value);
  if (!d) return std::nullopt;
  return Adjusted{Quantity{*d, a.unit}, "扣除因素后"};
}

// The progress record of a sub-target from the fact matched to it.
void record_from_fact(const TargetClause& c, const std::vector<Fact>& facts, std::size_t used, SubTarget& st,
                      ProgressRecord& rec, TextNote& note) {
  const Fact& f = facts[used];
  auto d = exact_decimal(f.growth && c.kind == TargetKind::growth ? *f.growth : f.value);
  if (!d) return;
  Unit u = f.unit;
  // A bare figure on either side takes the other's unit (农村改厕1220 ↔ 743户).
  if (c.unit_inferred && st.target && !f.percent) st.target->quantity.unit = f.unit;
  if (f.unit.symbol == "个" && st.target && !c.unit_inferred && !f.percent && f.span.text.find("个") == std::string::npos)
    u = st.target->quantity.unit;
  rec.value = Quantity{*d, u};
  rec.text = f.clause;
  rec.estimated = f.estimated;
  rec.as_of = f.as_of;
  rec.ranking = f.ranking;
  rec.adjusted = adjusted_after(facts, used);
  note.fact = f.span.text;
  note.actual_from = "facts: \"" + f.span.text + "\" in \"" + f.clause + "\"; matching: " + note.reason;
  if (f.as_of_ambiguous) note.date_note = f.as_of_note + "; judged at the evaluation's date instead";
}

// A list total matched kind by kind (matching.hpp, Match::parts): the actual is their sum.
void sum_parts(const std::vector<Fact>& facts, const std::vector<std::size_t>& parts, ProgressRecord& rec,
               TextNote& note) {
  Fraction sum(0);
  std::string clauses, figures;
  for (std::size_t f : parts) {
    sum = sum + facts[f].value;
    clauses += (clauses.empty() ? "" : ";") + facts[f].clause;
    figures += (figures.empty() ? "" : " + ") + facts[f].span.text;
  }
  auto d = exact_decimal(sum);
  if (!d || !rec.value) return;
  rec.value = Quantity{*d, rec.value->unit};
  rec.text = clauses;
  note.fact = figures;
  note.actual_from = "facts: the sum " + figures + " of the listed kinds, in \"" + clauses + "\"; matching: " + note.reason;
}

// A stated rate (in percent) as written against done/target, rounded half-up to the
// rate's own decimals: a finding when they differ.
std::string check_rate(const Fraction& stated, const SubTarget& st) {
  if (!st.target || !st.progress || !st.progress->value) return "";
  auto r = ratio(*st.progress->value, st.target->quantity);
  if (!r) return "";
  auto written = exact_decimal(stated);
  if (!written) return "";
  Fraction shift(detail::kPow10[written->scale()], 1);
  Fraction scaled = r->reduced() * Fraction(100) * shift;
  int128 rounded = detail::round_quotient(scaled.numerator(), scaled.denominator(), Rounding::half_up);
  if (Fraction::ratio_unreduced(rounded, 1) / shift == stated) return "";
  return "the stated completion rate " + written->to_string() + "% differs from done/target = " +
         r->to_percent_string(written->scale(), Rounding::half_up) + "% (rounded half-up)";
}

void set_stated_ratio(const Fact& f, ProgressRecord& rec, TextNote& note) {
  Fraction rate = f.stated_rate ? *f.stated_rate : f.value;
  rec.stated_ratio = rate / Fraction(100);
  rec.text = f.clause;
  rec.estimated = f.estimated;
  note.actual_from = "facts: the completion rate " + value_text(rate) + "% stated in \"" + f.clause + "\"";
}

// Of several stated rates, the one whose sentence shares the longest text (at least
// two code points) with the sub-target, when exactly one does.
std::optional<std::size_t> rate_about(const TargetClause& c, const std::vector<Fact>& facts,
                                      const std::vector<std::size_t>& rates) {
  CommonSubstring target(normalize(c.span.text).original);
  auto shared = [&](std::size_t f) {
    return static_cast<long>(target.longest_with(normalize(facts[f].sentence).original));
  };
  return unique_best(rates, 1, shared, [](std::size_t, std::size_t) { return false; });
}

// A completion rate stated without a comparable figure becomes the ratio of the
// one sub-target still without a figure (社区食堂建设 / 建成3个,完成率150%); of
// several rates, the one about it. A text that is only a rate (a cell of 80%) states
// the item's rate: every sub-target still without a figure takes it.
void use_stated_rate(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                     const std::vector<Match>& matches, Item& item, std::vector<TextNote>& notes) {
  std::vector<std::size_t> open, rates;
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    bool percent_kind = clauses[c].kind == TargetKind::growth || clauses[c].kind == TargetKind::level ||
                        clauses[c].kind == TargetKind::ceiling;
    if (!matches[c].fact && !percent_kind) open.push_back(c);
  }
  std::vector<bool> used(facts.size(), false);
  for (const Match& m : matches)
    if (m.fact) used[*m.fact] = true;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    bool rate = (facts[f].rate && !facts[f].carried) || (facts[f].whole_text && !used[f]);
    if (!used[f] && (rate || facts[f].stated_rate)) rates.push_back(f);
  }
  if (open.empty() || rates.empty()) return;
  if (rates.size() == 1 && facts[rates.front()].whole_text) {
    for (std::size_t c : open)
      set_stated_ratio(facts[rates.front()], *item.sub_targets[c].progress, notes[c]);
    return;
  }
  if (open.size() != 1) return;
  auto f = rates.size() == 1 ? std::optional<std::size_t>(rates.front()) : rate_about(clauses[open.front()], facts, rates);
  if (f) set_stated_ratio(facts[*f], *item.sub_targets[open.front()].progress, notes[open.front()]);
}

// A target that names a rate without a figure (新生儿遗传代谢病筛查率) is met when the progress
// reports that rate at 100% (筛查率均达到100%): no rate can be set above 100%. The clause takes
// a completion rate of 100%, from a level of 100% whose words share at least three characters
// with it (a stated completion rate, a growth or a plan is no such level).
void use_full_rate(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts, Item& item,
                   std::vector<TextNote>& notes) {
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    ProgressRecord& rec = *item.sub_targets[c].progress;
    U32 text = normalize(clauses[c].span.text).original;
    if (clauses[c].target || rec.value || rec.stated_ratio || rec.stage || text.find(U'率') == U32::npos) continue;
    CommonSubstring words(text);
    for (const Fact& f : facts) {
      bool level = f.percent && !f.growth && !f.rate && !f.scope && !f.adjusted && !f.gap && !f.estimated;
      if (!level || f.value != Fraction(100) || words.longest_with(normalize(f.object).original) < 3) continue;
      rec.stated_ratio = Fraction(1);
      rec.text = f.clause;
      notes[c].actual_from = "facts: the rate reported at 100% (no rate can be set higher) in \"" + f.clause + "\"";
      break;
    }
  }
}

// Targets the progress states (增长6.3%,低于目标0.7个百分点; 超额完成40所的年度目标任务;
// 完成年计划710亿元的89.4%): when the target sentence has no figure, one sub-target
// per stated target, each with the figure it is stated with (returned per clause).
std::vector<std::optional<std::size_t>> use_stated_targets(std::vector<TargetClause>& clauses,
                                                           const std::vector<Fact>& facts) {
  std::vector<std::optional<std::size_t>> forced(clauses.size());
  for (const TargetClause& c : clauses)
    if (c.target || clauses.size() != 1) return forced;
  std::vector<TargetClause> stated;
  std::vector<std::optional<std::size_t>> with;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    auto d = facts[f].implied_target ? exact_decimal(*facts[f].implied_target) : std::nullopt;
    if (!d) continue;
    TargetClause c = clauses.front();
    c.kind = facts[f].growth ? TargetKind::growth : facts[f].percent ? TargetKind::level : TargetKind::cumulative;
    c.target = Target{Quantity{*d, facts[f].unit}, Comparator::reach};
    c.object = facts[f].object;
    c.action = facts[f].verb;
    c.from_gap = true;
    stated.push_back(c);
    with.push_back(f);
  }
  if (stated.empty()) return forced;
  clauses = stated;
  return with;
}

// Stages (text/stages.hpp): a milestone's goal and the stage reported; the period the
// target names; figures for other stages beside a count; single projects reported
// done without a figure (甲小学已完工投用) counted as 1 each.
void attach_stages(const std::string& target, int year, const std::optional<Period>& period,
                   const ProgressStages& ps, const TargetClause& c, const std::vector<Fact>& facts,
                   const std::vector<bool>& used, bool matched, bool only_count, const VerbMatcher& verbs, SubTarget& st,
                   ProgressRecord& rec, TextNote& note) {
  if (period) st.period = period;
  if (c.kind == TargetKind::milestone) {
    MilestoneGoal goal = milestone_goal(target, year);
    if (goal.stage != Stage::finished || goal.due) st.goal = goal;  // else the default: finished by the period's end
    auto r = names_one_project(target) ? reported_stage(ps, target) : std::nullopt;
    if (r) {
      rec.stage = r->stage;
      rec.text = r->clause;
      note.actual_from = "stages: " + std::string(to_string(r->stage)) + " from \"" + r->clause + "\"";
    }
    note.target_from = "targets: milestone \"" + c.span.text + "\" → " + std::string(to_string(goal.stage)) +
                       (goal.text.empty() ? std::string(" by the period's end") : " by \"" + goal.text + "\"");
    return;
  }
  rec.other_stages = other_stage_counts(c, facts, used, ps);
  if (matched || !st.target) return;
  if (c.target->comparator == Comparator::full && ps.full_coverage) {  // 实现了…全覆盖
    rec.value = st.target->quantity;
    rec.text = *ps.full_coverage;
    note.actual_from = "stages: full coverage reached, \"" + *ps.full_coverage + "\"";
    return;
  }
  // 已全部完工: all of the count is done, a completion rate of 100% (no figure: the text
  // gives none, and the count done may exceed the target's).
  if (auto all = all_reported_done(c, ps, verbs); all && only_count) {
    rec.stated_ratio = Fraction(1);
    rec.text = *all;
    note.actual_from = "stages: all of it reported done (a completion rate of 100%), \"" + *all + "\"";
    return;
  }
  NamedCompletions done = named_completions(c, ps, verbs);
  if (done.count == 0) return;
  rec.value = Quantity{Decimal(done.count), st.target->quantity.unit};
  rec.text = done.clauses.front();
  note.fact = done.clauses.front();
  note.actual_from = "stages: " + std::to_string(done.count) + " named project(s) at the stage asked for, \"" +
                     done.clauses.front() + "\"";
}

}  // namespace

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes, std::vector<Unread>* unread) {
  return item_from_text(target, progress, year, kind, VerbMatcher::reference(), notes, unread);
}

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    const Policy& policy, std::vector<TextNote>* notes, std::vector<Unread>* unread) {
  if (policy.verb_groups == default_verb_groups())
    return item_from_text(target, progress, year, kind, VerbMatcher::reference(), notes, unread);
  return item_from_text(target, progress, year, kind, VerbMatcher(policy.verb_groups), notes, unread);
}

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    const VerbMatcher& verbs, std::vector<TextNote>* notes, std::vector<Unread>* unread) {
  Item item;
  item.kind = kind;
  item.text = target;
  item.progress_text = progress;
  ProgressReading pr = read_progress(progress, year);
  TargetReading tr = read_target(target);
  std::vector<std::optional<std::size_t>> stated = use_stated_targets(tr.clauses, pr.facts);
  std::vector<Match> matches = match_all(tr.clauses, pr.facts, verbs);
  for (std::size_t c = 0; c < stated.size(); ++c)
    if (stated[c]) matches[c] = {stated[c], false, std::nullopt, "matched \"" + pr.facts[*stated[c]].span.text +
                                                                     "\", the figure the stated target is of", {}, {}, {}};
  std::vector<bool> used_facts(pr.facts.size(), false);
  for (const Match& m : matches) {
    if (m.fact) used_facts[*m.fact] = true;
    for (std::size_t f : m.parts) used_facts[f] = true;
  }
  // Stages (text/stages.hpp), read once per text: a target's own period, the stages the
  // progress states.
  const std::optional<Period> period = own_period(target, year);
  const ProgressStages stages = read_stages(progress, pr.facts);
  std::vector<TextNote> all_notes;
  for (std::size_t ci = 0; ci < tr.clauses.size(); ++ci) {
    const TargetClause& c = tr.clauses[ci];
    SubTarget st;
    st.text = c.span.text;
    st.kind = c.kind;
    st.target = c.target;
    st.lower_is_better = c.lower_is_better;
    // No copy of the whole progress text per sub-target (n clauses x the text is quadratic
    // memory): a record without a figure has no text, and the evaluation falls back on the
    // item's progress_text.
    ProgressRecord rec;
    const Match& m = matches[ci];
    TextNote note{"", m.reason, c.unit_inferred, "", "", "", ""};
    if (c.target) note.target_from = "targets: \"" + c.span.text + "\"";
    if (c.from_gap && stated[ci])
      note.target_from = "facts: " + pr.facts[*stated[ci]].implied_how + " stated in the progress text";
    std::optional<std::size_t> used = m.fact ? m.fact : m.mismatched_fact;
    if (used) record_from_fact(c, pr.facts, *used, st, rec, note);
    if (m.parts.size() > 1) sum_parts(pr.facts, m.parts, rec, note);
    attach_stages(target, year, period, stages, c, pr.facts, used_facts, m.fact.has_value(), tr.clauses.size() == 1,
                  verbs, st, rec, note);
    st.progress = rec;
    if (m.fact && pr.facts[*m.fact].stated_rate) note.finding = check_rate(*pr.facts[*m.fact].stated_rate, st);
    item.sub_targets.push_back(st);
    all_notes.push_back(note);
  }
  use_stated_rate(tr.clauses, pr.facts, matches, item, all_notes);
  use_full_rate(tr.clauses, pr.facts, item, all_notes);
  if (notes) *notes = all_notes;
  if (unread) {
    *unread = tr.unread;
    unread->insert(unread->end(), pr.unread.begin(), pr.unread.end());
    // A count of another kind than its sub-target's (38个厢房 / 达标小区210个), a combined total.
    for (const Match& m : matches) {
      std::optional<std::size_t> refused = m.combined_fact ? m.combined_fact : m.other_kind_fact;
      if (!m.fact && refused && !used_facts[*refused]) unread->push_back({pr.facts[*refused].span, m.reason});
    }
  }
  return item;
}

}  // namespace ducha::text

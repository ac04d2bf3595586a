#include "text/sentences.hpp"

#include "ducha/quantity.hpp"

namespace ducha::text {
namespace {

std::optional<Decimal> decimal_of(const Fraction& f) {
  Decimal d;
  if (Decimal::try_parse(value_text(f), d)) return d;
  return std::nullopt;
}

// The adjusted figure written right after the matched one (扣除…后增长-15.6%).
std::optional<Adjusted> adjusted_after(const std::vector<Fact>& facts, std::size_t used) {
  if (used + 1 >= facts.size() || !facts[used + 1].adjusted || !facts[used + 1].percent) return std::nullopt;
  const Fact& a = facts[used + 1];
  auto d = decimal_of(a.growth ? *a.growth : a.value);
  if (!d) return std::nullopt;
  return Adjusted{Quantity{*d, a.unit}, "扣除因素后"};
}

// The progress record of a sub-target from the fact matched to it.
void record_from_fact(const TargetClause& c, const std::vector<Fact>& facts, std::size_t used, SubTarget& st,
                      ProgressRecord& rec, TextNote& note) {
  const Fact& f = facts[used];
  auto d = decimal_of(f.growth && c.kind == TargetKind::growth ? *f.growth : f.value);
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

// A stated rate (in percent) as written against done/target, rounded half-up to the
// rate's own decimals: a finding when they differ.
std::string check_rate(const Fraction& stated, const SubTarget& st) {
  if (!st.target || !st.progress || !st.progress->value) return "";
  auto r = ratio(*st.progress->value, st.target->quantity);
  if (!r) return "";
  std::string text = value_text(stated);
  std::size_t dot = text.find('.');
  int places = dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
  std::string computed = r->to_percent_string(places, Rounding::half_up);
  if (Fraction::parse(computed) == stated) return "";
  return "the stated completion rate " + text + "% differs from done/target = " + computed + "% (rounded half-up)";
}

// A completion rate stated without a comparable figure becomes the ratio of the
// one sub-target still without a figure (社区食堂建设 / 建成3个,完成率150%).
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
  if (open.size() != 1 || rates.size() != 1) return;
  const Fact& f = facts[rates.front()];
  Fraction rate = f.stated_rate ? *f.stated_rate : f.value;
  ProgressRecord& rec = *item.sub_targets[open.front()].progress;
  rec.stated_ratio = rate / Fraction(100);
  rec.text = f.clause;
  rec.estimated = f.estimated;
  notes[open.front()].actual_from = "facts: the completion rate " + value_text(rate) + "% stated in \"" + f.clause + "\"";
}

// A target the progress states as a gap (增长6.3%,低于目标0.7个百分点): the one clause
// without a figure takes the target it gives, and the figure as its actual.
void use_gap_target(std::vector<TargetClause>& clauses, const std::vector<Fact>& facts) {
  std::optional<std::size_t> only;
  for (std::size_t f = 0; f < facts.size(); ++f)
    if (facts[f].implied_target) {
      if (only) return;
      only = f;
    }
  std::vector<std::size_t> open;
  for (std::size_t c = 0; c < clauses.size(); ++c)
    if (!clauses[c].target) open.push_back(c);
  if (!only || open.size() != 1 || open.size() != clauses.size()) return;
  const Fact& f = facts[*only];
  auto d = decimal_of(*f.implied_target);
  if (!d) return;
  TargetClause& c = clauses[open.front()];
  c.kind = f.growth ? TargetKind::growth : f.percent ? TargetKind::level : TargetKind::cumulative;
  c.target = Target{Quantity{*d, f.unit}, Comparator::reach};
  c.object = f.object;
  c.action = f.verb;
  c.from_gap = true;
}

}  // namespace

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes, std::vector<Unread>* unread) {
  Item item;
  item.kind = kind;
  item.text = target;
  item.progress_text = progress;
  ProgressReading pr = read_progress(progress, year);
  TargetReading tr = read_target(target);
  use_gap_target(tr.clauses, pr.facts);
  std::vector<Match> matches = match_all(tr.clauses, pr.facts);
  std::vector<TextNote> all_notes;
  for (std::size_t ci = 0; ci < tr.clauses.size(); ++ci) {
    const TargetClause& c = tr.clauses[ci];
    SubTarget st;
    st.text = c.span.text;
    st.kind = c.kind;
    st.target = c.target;
    st.lower_is_better = c.lower_is_better;
    ProgressRecord rec;
    rec.text = progress;
    const Match& m = matches[ci];
    TextNote note{"", m.reason, c.unit_inferred, "", "", "", ""};
    if (c.target) note.target_from = "targets: \"" + c.span.text + "\"";
    if (c.from_gap) note.target_from = "facts: the gap to the target stated in the progress text";
    std::optional<std::size_t> used = m.fact ? m.fact : m.mismatched_fact;
    if (used) record_from_fact(c, pr.facts, *used, st, rec, note);
    st.progress = rec;
    if (m.fact && pr.facts[*m.fact].stated_rate) note.finding = check_rate(*pr.facts[*m.fact].stated_rate, st);
    item.sub_targets.push_back(st);
    all_notes.push_back(note);
  }
  use_stated_rate(tr.clauses, pr.facts, matches, item, all_notes);
  if (notes) *notes = all_notes;
  if (unread) {
    *unread = tr.unread;
    unread->insert(unread->end(), pr.unread.begin(), pr.unread.end());
  }
  return item;
}

}  // namespace ducha::text

#include "text/sentences.hpp"

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

}  // namespace

Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes, std::vector<Unread>* unread) {
  Item item;
  item.kind = kind;
  item.text = target;
  item.progress_text = progress;
  ProgressReading pr = read_progress(progress, year);
  TargetReading tr = read_target(target);
  std::vector<Match> matches = match_all(tr.clauses, pr.facts);
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
    TextNote note{"", m.reason, c.unit_inferred, "", "", ""};
    if (c.target) note.target_from = "targets: \"" + c.span.text + "\"";
    std::optional<std::size_t> used = m.fact ? m.fact : m.mismatched_fact;
    if (used) record_from_fact(c, pr.facts, *used, st, rec, note);
    st.progress = rec;
    item.sub_targets.push_back(st);
    if (notes) notes->push_back(note);
  }
  if (unread) {
    *unread = tr.unread;
    unread->insert(unread->end(), pr.unread.begin(), pr.unread.end());
  }
  return item;
}

}  // namespace ducha::text

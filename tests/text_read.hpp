// Reading a target sentence and a progress text end to end, for the text tests
// (text_classes_test, text_stages_test): the item item_from_text builds, its
// evaluation and the notes.
#pragma once

#include <string>
#include <vector>

#include "ducha/evaluate.hpp"
#include "text/sentences.hpp"

namespace ducha::text::testing {

struct Read {
  Item item;
  ItemEvaluation ev;
  std::vector<TextNote> notes;
  const SubTargetEvaluation& sub(std::size_t i = 0) const { return ev.sub_targets.at(i); }
  const ProgressRecord& rec(std::size_t i = 0) const { return *item.sub_targets.at(i).progress; }
};

// The plan's year is the year of `as_of`.
inline Read read(const std::string& target, const std::string& progress, const char* as_of = "2025-09-30",
                 const Policy& policy = Policy{}) {
  Read r;
  Date d = parse_date(as_of);
  r.item = item_from_text(target, progress, d.year(), ItemKind::task, policy, &r.notes);
  EvaluationContext ctx(policy, Period::year(d.year()), d);
  r.ev = evaluate_item(r.item, ctx);
  return r;
}

// The actual figure of sub-target `i` as text ("2个"), or "none".
inline std::string actual(const Read& r, std::size_t i = 0) {
  const auto& p = r.item.sub_targets.at(i).progress;
  return p && p->value ? p->value->to_string() : "none";
}

}  // namespace ducha::text::testing

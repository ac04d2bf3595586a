// The evaluation as JSON Lines (`ducha evaluate --format jsonl`, docs/format.md): one
// object per line, written as each is made, so that the output is never held whole.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "io/evaluation_tally.hpp"

namespace ducha::io {

inline constexpr std::string_view kEvaluationLinesFormat = "ducha.evaluation-lines/1";

// A first line {"record": "evaluation", "format": …, the evaluation document's header},
// a line {"record": "item", …} per item (the objects of the document's "items"), and a
// last line {"record": "summary", "summary": …, "honest_count": …}.
// Evaluates as it writes: each item is evaluated, written, and only its status kept
// (for the summary). A policy that escalates needs every month's evaluation of every
// item first (evaluate_escalated), so then the whole evaluation is held.
// Returns the evaluation with each item's status but, unless escalated, no sub-targets.
Evaluation write_evaluation_lines(std::ostream& out, const Plan& plan, const Policy& policy, const Date& as_of);

// The lines of an evaluation `ev` already made (escalated), with its items' `tally`.
void write_evaluated_lines(std::ostream& out, const Plan& plan, const Evaluation& ev, const Policy& policy,
                           const EvaluationTally& tally);

// The three kinds of line, for writers that make them one at a time (io/plan_lines.hpp):
// the first line of an evaluation of `items` items of `plan` (its name; its items unused),
void write_header_line(std::ostream& out, const Plan& plan, std::size_t items, const Evaluation& head,
                       const Policy& policy);
// an item's line, in `text` (replaced), its end of line included,
void item_line(std::string& text, const Item& item, const ItemEvaluation& evaluation, const Policy& policy,
               const Evaluation& head);
// and the last line, from the items' counts.
void write_summary_line(std::ostream& out, const EvaluationTally& tally);

}  // namespace ducha::io

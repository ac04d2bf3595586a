// Evaluations as JSON (docs/format.md): the document `ducha evaluate` writes, its item
// objects (also the lines of `--format jsonl`, io/evaluation_lines.hpp), its summary.
// An item's object is written straight as text (io::JsonText), never built as JSON
// values first: at a million items that building was half the run.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "io/json_text.hpp"

namespace ducha::io {

inline constexpr std::string_view kEvaluationFormat = "ducha.evaluation/1";

std::string write_evaluation(const Plan& plan, const Evaluation& evaluation, const Policy& policy);

// The fields of one item's evaluation object, written into an object `w` has open
// (the caller writes the braces, and may write fields of its own before them).
void write_item_evaluation(JsonText& w, const Item& item, const ItemEvaluation& evaluation, const Policy& policy,
                           const Date& as_of, const Fraction& expected);
// The same object as JSON values, for callers that add to it (assess).
boost::json::object item_evaluation_json(const Item& item, const ItemEvaluation& evaluation,
                                         const Policy& policy, const Date& as_of,
                                         const Fraction& expected);

// The evaluation's own fields, shared by the document and the JSON Lines' first line,
// each appended to `out` in order: what it was evaluated as of and by ("plan", "as_of",
// "expected", "expected_pct", "rounding", "policy"), and how later records and
// escalation were treated ("later_records", "escalation", "later_records_ignored").
void add_evaluation_basis(boost::json::object& out, const Plan& plan, const Evaluation& evaluation);
void add_evaluation_rules(boost::json::object& out, const Evaluation& evaluation, const Policy& policy);
// Official and computed status in the same bucket: for an indicator the same
// status; for a task both behind (滞后) or both not. not_assessable never agrees.
bool agrees_with_official(const Item& item, const ItemEvaluation& evaluation, const Policy& policy);
// Whether an item reads as 推进较为滞后 under the policy's lagging reasons.
bool counts_as_behind(const ItemEvaluation& evaluation, const Policy& policy);

}  // namespace ducha::io

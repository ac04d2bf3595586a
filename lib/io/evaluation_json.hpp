// Evaluations as JSON: an item's evaluation object, written straight as text (the items
// of `ducha evaluate`'s document and the lines of `--format jsonl`, docs/format.md).
#pragma once

#include <boost/json/object.hpp>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "io/json_line.hpp"

namespace ducha::io {

// The fields of one item's evaluation object, written into an object `w` has open
// (the caller writes the braces, and may write fields of its own before them).
void write_item_evaluation(JsonLine& w, const Item& item, const ItemEvaluation& evaluation, const Policy& policy,
                           const Date& as_of, const Fraction& expected);

}  // namespace ducha::io

// A plan read, evaluated and written as JSON Lines item by item (`ducha evaluate
// --format jsonl`): when the plan's header (format, name, year, period, as_of, units)
// comes before its items, as ducha writes plans, each item is evaluated and its line
// made as soon as it is read, and only its id and the summary's counts are kept; the
// lines wait in a LineSpool (memory, then a temporary file) until the first line, which
// counts them, can be written. Otherwise the plan is held whole and evaluated after
// (docs/performance.md, "Scaling"; docs/cli.md for what is written when input is bad).
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "ducha/json.hpp"
#include "io/limits.hpp"

namespace ducha::io {

LinesWritten evaluate_plan_lines(std::istream& in, const std::string& source, const Limits& limits,
                                 const std::function<EvaluationBasis(const Plan& header)>& basis,
                                 const std::function<std::ostream&()>& output);

}  // namespace ducha::io

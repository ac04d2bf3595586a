// Plans, policies and evaluations as JSON (docs/format.md), from C++. Part of the
// library's C++ API: link ducha::ducha (and ducha::core for the types).
// Every function throws ducha::Error with a message naming `source` and the field
// or position, as the command line tool prints it.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/limits.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

DUCHA_BEGIN_NAMESPACE

// A plan document (ducha.plan/2, or /1). `source` names the input in errors
// ("plan.json", "<stdin>"); a plan over `limits` is refused.
DUCHA_API Plan plan_from_json(std::string_view json, const std::string& source = "<json>", const Limits& limits = {});
// A plan read from `in` item by item as the text arrives: neither the text nor the
// document is ever held whole (a plan of a million items, docs/performance.md).
DUCHA_API Plan plan_from_stream(std::istream& in, const std::string& source = "<stream>", const Limits& limits = {});
// A plan file, streamed as plan_from_stream does; errors name `path`.
DUCHA_API Plan plan_from_file(const std::string& path, const Limits& limits = {});
// The plan as ducha.plan/2, lossless: plan_from_json(plan_to_json(p)) equals p.
DUCHA_API std::string plan_to_json(const Plan& plan);

// A policy document (ducha.policy/1); curve dates written "MM-DD" fall in `year`.
DUCHA_API Policy policy_from_json(std::string_view json, const std::string& source, int year);
// A policy file, or else a shipped preset of that name (policy_presets()).
DUCHA_API Policy load_policy(const std::string& file_or_preset, int year);
// The names of the shipped presets: reference, points, sdg-ratio, ….
DUCHA_API std::vector<std::string> policy_presets();
DUCHA_API std::string policy_to_json(const Policy& policy);

// The evaluation document (ducha.evaluation/1) of `evaluation`, made of `plan` under
// `policy` (evaluate_escalated in ducha/escalation.hpp).
DUCHA_API std::string evaluation_to_json(const Plan& plan, const Evaluation& evaluation, const Policy& policy);
// The evaluation as JSON Lines (ducha.evaluation-lines/1, docs/format.md) written to
// `out`: each item is evaluated and written in turn (all first when the policy escalates).
// Returns the evaluation with every item's status (sub-targets only when escalated).
DUCHA_API Evaluation write_evaluation_lines(std::ostream& out, const Plan& plan, const Policy& policy,
                                           const Date& as_of);
// What a plan's evaluation takes from the plan's header (the plan without its items):
// the policy (which may depend on the plan's year) and the date.
struct EvaluationBasis {
  Policy policy;
  Date as_of;
};
struct LinesWritten {
  std::size_t items = 0;
  std::size_t official_disagreements = 0;  // items whose official status the computed one does not agree with
  bool streamed = false;  // each item was evaluated as it was read (else the plan was held whole first)
};
// Reads the plan from `in`, evaluates it under `basis(header)` and writes its JSON Lines (as
// write_evaluation_lines) to `output()`, which is called only once every item is read and
// evaluated: a plan with an error anywhere writes nothing. When the header precedes the items
// (as plan_to_json writes it) and the policy does not escalate, each item is evaluated and its
// line kept (memory, then an unlinked temporary file in TMPDIR) as soon as it is read, so that
// memory does not grow with the items' contents; else the plan is held whole first. A stream
// that cannot seek (a pipe) is always held whole, since a header found after the items means
// reading it again (docs/performance.md).
DUCHA_API LinesWritten evaluate_plan_lines(std::istream& in, const std::string& source, const Limits& limits,
                                           const std::function<EvaluationBasis(const Plan& header)>& basis,
                                           const std::function<std::ostream&()>& output);
// Month by month (ducha.series/1): `series` from evaluate_series(plan, policy, months).
DUCHA_API std::string series_to_json(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy);
// "2022-01..2022-12" (inclusive) → the month ends; errors name `option`.
DUCHA_API std::vector<Date> month_ends(std::string_view range, const std::string& option = "range");

// Whether the computed evaluation agrees with the office's official status of `item`
// (the same bucket; not_assessable never agrees) — `ducha evaluate --check-official`.
DUCHA_API bool agrees_with_office(const Item& item, const ItemEvaluation& evaluation, const Policy& policy);

DUCHA_END_NAMESPACE

#include <iostream>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "ducha/escalation.hpp"
#include "ducha/json.hpp"
#include "ducha/report.hpp"
#include "plan_input.hpp"
#include "policy_option.hpp"

namespace ducha::cli {
namespace {

struct EvaluateOptions {
  std::string plan, as_of, series, policy, format = "json", output;
  bool check_official = false;
};

int check_official(const Plan& plan, const Evaluation& ev, const Policy& policy, const Globals& globals);
int disagreements_found(std::size_t disagreements, const Globals& globals);

// --format jsonl: each item evaluated and written as it is read when the plan allows
// (evaluate_plan_lines); nothing is written unless the whole plan is read and evaluated.
int run_lines(const EvaluateOptions& o, const Globals& globals) {
  InputStream in(o.plan);
  std::optional<OutputStream> out;
  LinesWritten written = evaluate_plan_lines(
      in.get(), in.name(), limits(),
      [&o](const Plan& header) {
        Policy policy = o.policy.empty() ? Policy{} : load_policy_option(o.policy, header.year);
        return EvaluationBasis{std::move(policy), as_of_or_plans(o.as_of, header, o.plan)};
      },
      [&o, &out]() -> std::ostream& { return out.emplace(o.output).get(); });
  out->finish();
  return o.check_official ? disagreements_found(written.official_disagreements, globals) : 0;
}

int run(const EvaluateOptions& o, const Globals& globals) {
  require_input(o.plan, "evaluate takes exactly one PLAN.json (- for standard input)");
  check_choice("--format", o.format, {"json", "jsonl", "text"});
  if (o.format == "jsonl" && o.series.empty()) return run_lines(o, globals);
  auto [plan, policy] = read_plan_and_policy(o.plan, o.policy);
  if (!o.series.empty()) {
    if (!o.as_of.empty()) throw UsageError("give --series or --as-of, not both");
    if (o.format == "jsonl") throw UsageError("--format jsonl writes one date's evaluation, not a --series");
    std::vector<Evaluation> series = evaluate_series(plan, policy, month_ends(o.series, "--series"));
    write_output(o.output, o.format == "json" ? series_to_json(plan, series, policy)
                                              : series_to_text(plan, series, policy));
    return 0;
  }
  const Date as_of = as_of_or_plans(o.as_of, plan, o.plan);
  Evaluation ev = evaluate_escalated(plan, policy, as_of);
  write_output(o.output, o.format == "json" ? evaluation_to_json(plan, ev, policy)
                                            : evaluation_to_text(plan, ev, policy));
  return o.check_official ? check_official(plan, ev, policy, globals) : 0;
}

// --check-official: 1 when a computed status differs from the office's.
int check_official(const Plan& plan, const Evaluation& ev, const Policy& policy, const Globals& globals) {
  int disagreements = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i)
    if (plan.items[i].official_status && !agrees_with_office(plan.items[i], ev.items[i], policy))
      ++disagreements;
  return disagreements_found(static_cast<std::size_t>(disagreements), globals);
}

int disagreements_found(std::size_t disagreements, const Globals& globals) {
  if (disagreements == 0) return 0;
  warn(globals, std::to_string(disagreements) + " item(s) differ from the official status");
  return 1;
}

}  // namespace

Command add_evaluate(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<EvaluateOptions>();
  CLI::App* c = add_command(root, globals, "evaluate",
                            "Evaluate every item of a plan (docs/format.md) and print the evaluation.",
                            "  ducha evaluate plan.json --as-of 2022-06-30\n"
                            "  cat plan.json | ducha evaluate - --as-of 2022-06-30 -o -\n"
                            "  ducha evaluate plan.json --policy points --format text\n"
                            "  ducha evaluate big-plan.json --format jsonl --limit items=2M --limit input-bytes=4G\n"
                            "  ducha evaluate plan.json --check-official   # exit 1 when a status differs\n"
                            "  ducha evaluate plan.json --series 2022-01..2022-12 --policy yinchuan-consecutive\n");
  add_input(c, "PLAN.json", o->plan, "The plan, a ducha.plan/2 (or /1) JSON file");
  c->add_option("--as-of", o->as_of, "Evaluate as of this date (default: the plan's own as_of)")
      ->type_name("YYYY-MM-DD");
  c->add_option("--series", o->series,
                "Each month's evaluation from the first month to the last, inclusive, with projections and "
                "warning colours (each month reads the records up to its own end)")
      ->type_name("YYYY-MM..YYYY-MM");
  add_policy_option(c, o->policy);
  c->add_option("--format", o->format, "json (the evaluation document, default), jsonl (a JSON object per line: header, "
                "one per item, summary) or text (a line per item)")
      ->type_name("json|jsonl|text");
  c->add_flag("--check-official", o->check_official,
              "Exit 1 when a computed status differs from the office's official one");
  add_output_option(c, o->output);
  return {c, [o, &globals] { return run(*o, globals); }};
}

}  // namespace ducha::cli

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "ducha/evaluate.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"
#include "text/target_hints.hpp"

namespace ducha::cli {
namespace {

Decimal decimal_option(const Args& args, const std::string& name) {
  const std::string& text = args.require(name);
  try {
    return Decimal::parse(text);
  } catch (const Error& e) {
    throw Error(e.code(), "--" + name + ": " + e.what());
  }
}

Unit unit_option(const Args& args, const std::string& name) {
  const std::string& text = args.require(name);
  auto u = find_unit(text);
  if (!u) throw Error(ErrorCode::unknown_unit, "--" + name + ": unknown unit \"" + text + "\"");
  return *u;
}

}  // namespace

int run_assess(const std::vector<std::string>& argv) {
  Args args(argv,
            {"year", "as-of", "target", "target-value", "target-unit", "done", "done-unit", "kind",
             "comparator", "policy", "progress-text", "record-as-of"},
            {"indicator", "estimated", "lower-is-better"});
  if (!args.positional().empty()) throw UsageError("assess takes no positional arguments");
  int year = 0;
  try {
    year = std::stoi(args.require("year"));
  } catch (const std::logic_error&) {
    throw UsageError("--year must be a year such as 2022");
  }
  if (year < 1900 || year > 9999) throw UsageError("--year must be between 1900 and 9999");
  Date as_of = parse_date(args.require("as-of"));

  SubTarget st;
  st.text = args.require("target");
  Quantity target{decimal_option(args, "target-value"), unit_option(args, "target-unit")};
  st.kind = text::infer_kind(st.text, target.unit);
  if (const auto* k = args.get("kind")) {
    auto kind = parse_target_kind(*k);
    if (!kind) throw UsageError("--kind: unknown kind \"" + *k + "\"");
    st.kind = *kind;
  }
  Comparator cmp = text::infer_comparator(st.text);
  if (const auto* c = args.get("comparator")) {
    auto parsed = parse_comparator(*c);
    if (!parsed) throw UsageError("--comparator: unknown comparator \"" + *c + "\"");
    cmp = *parsed;
  }
  st.target = Target{target, cmp};
  st.lower_is_better = args.flag("lower-is-better") || text::infer_lower_is_better(st.text);
  ProgressRecord rec;
  if (args.get("done")) rec.value = Quantity{decimal_option(args, "done"), unit_option(args, "done-unit")};
  rec.estimated = args.flag("estimated");
  if (const auto* t = args.get("progress-text")) rec.text = *t;
  if (const auto* d = args.get("record-as-of")) rec.as_of = parse_date(*d);
  st.progress = rec;

  Item item;
  item.id = "assess";
  item.kind = args.flag("indicator") ? ItemKind::indicator : ItemKind::task;
  item.text = st.text;
  item.sub_targets.push_back(st);
  Policy policy = args.get("policy") ? io::load_policy(*args.get("policy"), year) : Policy{};
  policy.validate();
  EvaluationContext ctx(policy, Period::year(year), as_of);
  ItemEvaluation ev = evaluate_item(item, ctx);

  boost::json::object full = io::item_evaluation_json(item, ev, policy, as_of, ctx.expected);
  const auto& sub = full["sub_targets"].as_array()[0].as_object();
  boost::json::object out{{"status", full["status"]},
                          {"label", full["label"]},
                          {"reason", full["reason"]},
                          {"explanation", full["explanation"]},
                          {"ratio", sub.at("ratio")},
                          {"ratio_pct", sub.at("ratio_pct")},
                          {"expected", full["expected"]},
                          {"expected_pct", sub.at("expected_pct")},
                          {"gap_pp", sub.at("gap_pp")},
                          {"policy", policy.version()},
                          {"sub_targets", full["sub_targets"]}};
  std::cout << io::pretty(out);
  return 0;
}

}  // namespace ducha::cli

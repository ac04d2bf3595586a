#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "policy_option.hpp"
#include "ducha/evaluate.hpp"
#include "ducha/explain.hpp"
#include "io/assess_json.hpp"
#include "io/json_reader.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"
#include "text/sentences.hpp"
#include "text/target_hints.hpp"

namespace ducha::cli {
namespace {

namespace json = boost::json;

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

int year_of(const std::string& text) {
  int year = 0;
  try {
    year = std::stoi(text);
  } catch (const std::logic_error&) {
    throw UsageError("--year must be a year such as 2022");
  }
  if (year < 1900 || year > 9999) throw UsageError("--year must be between 1900 and 9999");
  return year;
}

// One sub-target from explicit figures (--target-value and friends).
Item item_from_values(const Args& args) {
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
  item.text = st.text;
  item.sub_targets.push_back(st);
  return item;
}

// --jsonl: {"target", "progress", "year", "as_of", "item"} per line → one evaluation per line.
int run_jsonl(const Policy& base_policy, const std::string* policy_path) {
  std::string line;
  long number = 0;
  int status = 0;
  while (std::getline(std::cin, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string source = "<stdin>:" + std::to_string(number);
    try {
      json::value doc = io::parse_json(line, source);
      io::Field f(doc, "", source);
      f.expect_keys({"target", "progress", "year", "as_of", "item"});
      int year = static_cast<int>(f.at("year").integer());
      if (year < 1900 || year > 9999) f.at("year").fail("year out of range 1900..9999");
      Date as_of = parse_date(f.at("as_of").string());
      std::string item_kind = f.find("item") ? f.at("item").string() : "task";
      if (item_kind != "task" && item_kind != "indicator") f.at("item").fail("item must be \"task\" or \"indicator\"");
      ItemKind kind = item_kind == "task" ? ItemKind::task : ItemKind::indicator;
      Policy policy = policy_path ? load_policy_option(*policy_path, year) : base_policy;
      std::vector<text::TextNote> notes;
      std::string progress = f.find("progress") ? f.at("progress").string() : "";
      Item item = text::item_from_text(f.at("target").string(), progress, year, kind, &notes);
      std::cout << io::compact(io::assess_json(item, kind, year, as_of, policy, &notes)) << '\n';
    } catch (const Error& e) {
      std::cout << io::compact(json::object{{"line", number}, {"error", e.what()}}) << '\n';
      std::cerr << "ducha: error: " << e.what() << "\n";
      status = 2;
    }
  }
  return status;
}

}  // namespace

int run_assess(const std::vector<std::string>& argv) {
  Args args(argv,
            {"year", "as-of", "target", "progress", "target-value", "target-unit", "done", "done-unit", "kind",
             "comparator", "policy", "progress-text", "record-as-of"},
            {"indicator", "estimated", "lower-is-better", "jsonl", "explain"});
  if (!args.positional().empty()) throw UsageError("assess takes no positional arguments");
  if (args.flag("jsonl")) return run_jsonl(Policy{}, args.get("policy"));
  int year = year_of(args.require("year"));
  Date as_of = parse_date(args.require("as-of"));
  Policy policy = args.get("policy") ? load_policy_option(*args.get("policy"), year) : Policy{};
  policy.validate();
  ItemKind kind = args.flag("indicator") ? ItemKind::indicator : ItemKind::task;
  std::vector<text::TextNote> notes;
  Item item;
  if (args.get("target-value")) {
    item = item_from_values(args);
  } else {
    // The texts alone: the figures come from the sentences.
    std::string progress = args.get("progress") ? *args.get("progress") : "";
    item = text::item_from_text(args.require("target"), progress, year, kind, &notes);
  }
  if (args.flag("explain")) {
    item.kind = kind;
    EvaluationContext ctx(policy, Period::year(year), as_of);
    ItemEvaluation ev = evaluate_item(item, ctx);
    for (std::size_t i = 0; i < item.sub_targets.size(); ++i) {
      std::string matched = i < notes.size() ? (notes[i].fact.empty() ? notes[i].reason : notes[i].fact) : "";
      std::cout << "sub-target " << i + 1 << ":\n";
      for (const auto& step : explain_steps(item.sub_targets[i], ev.sub_targets[i], policy, matched))
        std::cout << "  " << step << "\n";
    }
    std::cout << "item: " << to_string(ev.status) << " (" << policy.label(ev.status) << "), "
              << to_string(ev.reason) << ": " << explain(item, ev, policy, as_of) << "\n";
    return 0;
  }
  std::cout << io::pretty(io::assess_json(item, kind, year, as_of, policy, notes.empty() ? nullptr : &notes));
  return 0;
}

}  // namespace ducha::cli

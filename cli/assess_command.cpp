#include <iostream>
#include <map>
#include <memory>

#include "commands.hpp"
#include "ducha/evaluate.hpp"
#include "io/assess_json.hpp"
#include "io/json_reader.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"
#include "policy_option.hpp"
#include "text/sentences.hpp"
#include "text/target_hints.hpp"

namespace ducha::cli {
namespace {

namespace json = boost::json;

// Value options by long name ("year", "target-value", …), with whether each was given.
struct AssessOptions {
  std::map<std::string, std::string> values;
  std::map<std::string, CLI::Option*> given;
  std::string jsonl_input, output;
  bool indicator = false, estimated = false, lower_is_better = false, jsonl = false, explain = false;

  const std::string* get(const std::string& name) const {
    return given.at(name)->count() ? &values.at(name) : nullptr;
  }
  const std::string& require(const std::string& name) const {
    if (const auto* v = get(name)) return *v;
    throw UsageError("missing required option --" + name);
  }
};

Decimal decimal_option(const AssessOptions& o, const std::string& name) {
  const std::string& text = o.require(name);
  try {
    return Decimal::parse(text);
  } catch (const Error& e) {
    throw Error(e.code(), "--" + name + ": " + e.what());
  }
}

Unit unit_option(const AssessOptions& o, const std::string& name) {
  const std::string& text = o.require(name);
  auto u = find_unit(text);
  if (!u) throw Error(ErrorCode::unknown_unit, "--" + name + ": unknown unit \"" + text + "\"");
  return *u;
}

// One sub-target from explicit figures (--target-value and friends).
Item item_from_values(const AssessOptions& o) {
  SubTarget st;
  st.text = o.require("target");
  Quantity target{decimal_option(o, "target-value"), unit_option(o, "target-unit")};
  st.kind = text::infer_kind(st.text, target.unit);
  if (const auto* k = o.get("kind")) {
    auto kind = parse_target_kind(*k);
    if (!kind) throw UsageError("--kind: unknown kind \"" + *k + "\"");
    st.kind = *kind;
  }
  Comparator cmp = text::infer_comparator(st.text);
  if (const auto* c = o.get("comparator")) {
    auto parsed = parse_comparator(*c);
    if (!parsed) throw UsageError("--comparator: unknown comparator \"" + *c + "\"");
    cmp = *parsed;
  }
  st.target = Target{target, cmp};
  st.lower_is_better = o.lower_is_better || text::infer_lower_is_better(st.text);
  ProgressRecord rec;
  if (o.get("done")) rec.value = Quantity{decimal_option(o, "done"), unit_option(o, "done-unit")};
  rec.estimated = o.estimated;
  if (const auto* t = o.get("progress-text")) rec.text = *t;
  if (const auto* d = o.get("record-as-of")) rec.as_of = date_option("--record-as-of", *d);
  st.progress = rec;
  Item item;
  item.text = st.text;
  item.sub_targets.push_back(st);
  return item;
}

// --jsonl: {"target", "progress", "year", "as_of", "item"} per line → one evaluation per line.
int run_jsonl(const AssessOptions& o, const Globals& globals) {
  const std::string* policy_spec = o.get("policy");
  InputStream in(o.jsonl_input.empty() ? "-" : o.jsonl_input);
  OutputStream out(o.output);
  std::string line;
  long number = 0;
  int status = 0;
  for (bool more = true; more;) {
    try {
      if (!(more = in.next_line(line, number))) break;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string source = in.name() + ":" + std::to_string(number);
      json::value doc = io::parse_json(line, source);
      io::Field f(doc, "", source);
      f.expect_keys({"target", "progress", "year", "as_of", "item"});
      int year = static_cast<int>(f.at("year").integer(1900, 9999));
      io::Field as_of_field = f.at("as_of");
      Date as_of;
      try {
        as_of = parse_date(as_of_field.string());
      } catch (const Error& e) {
        as_of_field.fail(e.what(), ErrorCode::invalid_date);
      }
      std::string item_kind = f.find("item") ? f.at("item").string() : "task";
      if (item_kind != "task" && item_kind != "indicator") f.at("item").fail("item must be \"task\" or \"indicator\"");
      ItemKind kind = item_kind == "task" ? ItemKind::task : ItemKind::indicator;
      Policy policy = policy_spec ? load_policy_option(*policy_spec, year) : Policy{};
      std::vector<text::TextNote> notes;
      std::string target = f.at("target").string();
      std::string progress = f.find("progress") ? f.at("progress").string() : "";
      io::check_texts(target, progress, source + ": ", limits());
      Item item = text::item_from_text(target, progress, year, kind, policy, &notes);
      out.get() << io::compact(io::assess_json(item, kind, year, as_of, policy, &notes)) << '\n';
    } catch (const Error& e) {
      out.get() << io::compact(json::object{{"line", number}, {"error", e.what()}}) << '\n';
      warn(globals, std::string("error: ") + e.what());
      status = 2;
    }
  }
  out.finish();
  return status;
}

int run(const AssessOptions& o, const Globals& globals) {
  if (o.jsonl) return run_jsonl(o, globals);
  if (!o.jsonl_input.empty()) throw UsageError("assess takes an input FILE only with --jsonl");
  int year = year_option("--year", o.require("year"));
  Date as_of = date_option("--as-of", o.require("as-of"));
  Policy policy = o.get("policy") ? load_policy_option(*o.get("policy"), year) : Policy{};
  policy.validate();
  ItemKind kind = o.indicator ? ItemKind::indicator : ItemKind::task;
  std::vector<text::TextNote> notes;
  Item item;
  if (o.get("target-value")) {
    item = item_from_values(o);
  } else {
    // The texts alone: the figures come from the sentences.
    std::string progress = o.get("progress") ? *o.get("progress") : "";
    io::check_texts(o.require("target"), progress, "--", limits());
    item = text::item_from_text(o.require("target"), progress, year, kind, policy, &notes);
  }
  if (o.explain) {
    write_output(o.output, io::explain_text(item, kind, policy, year, as_of, notes));
    return 0;
  }
  write_output(o.output, io::pretty(io::assess_json(item, kind, year, as_of, policy, notes.empty() ? nullptr : &notes)));
  return 0;
}

}  // namespace

Command add_assess(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<AssessOptions>();
  CLI::App* c = add_command(
      root, globals, "assess",
      "Evaluate one target: from its sentences (--target, --progress), from explicit figures "
      "(--target-value and friends), or a batch of JSON lines (--jsonl).",
      "  ducha assess --year 2022 --as-of 2022-06-30 --target 新增550个婴幼儿托位 \\\n"
      "      --progress '1-6月,新增300个婴幼儿托位。'\n"
      "  ducha assess --year 2022 --as-of 2022-06-30 --target 新建30个社区健身点 \\\n"
      "      --target-value 30 --target-unit 个 --done 2 --done-unit 个\n"
      "  ducha assess --year 2022 --as-of 2022-06-30 --target … --progress … --explain\n"
      "  ducha assess --jsonl lines.jsonl -o results.jsonl   # {\"target\",\"progress\",\"year\",\"as_of\",\"item\"}\n");
  auto value = [&](const std::string& name, const std::string& type, const std::string& help) {
    o->given[name] = c->add_option("--" + name, o->values[name], help)->type_name(type);
  };
  value("year", "YEAR", "The plan year (required unless --jsonl)");
  value("as-of", "YYYY-MM-DD", "Evaluate as of this date (required unless --jsonl)");
  value("target", "TEXT", "The target sentence");
  value("progress", "TEXT", "The progress sentence; its figures are read from the text");
  value("target-value", "V", "The target figure, an exact decimal (instead of reading it from --target)");
  value("target-unit", "UNIT", "The target's unit (with --target-value)");
  value("done", "V", "The progress figure, an exact decimal");
  value("done-unit", "UNIT", "The progress figure's unit (with --done)");
  value("kind", "KIND", "cumulative, growth, level, ceiling, … (default: from the target's wording)");
  value("comparator", "C", "at_least, at_most, around, exceed, full, … (default: from the wording)");
  value("progress-text", "TEXT", "Progress text without a figure (decides no_progress or not_assessable)");
  value("record-as-of", "YYYY-MM-DD", "The date the progress figure was reported");
  o->given["policy"] = add_policy_option(c, o->values["policy"]);
  c->add_flag("--indicator", o->indicator, "Judge it as an indicator (meets/below/on_schedule)");
  c->add_flag("--estimated", o->estimated, "The progress figure is an estimate");
  c->add_flag("--lower-is-better", o->lower_is_better, "A smaller figure is better");
  c->add_flag("--explain", o->explain, "Print each step of the decision instead of the JSON");
  c->add_flag("--jsonl", o->jsonl, "Read JSON lines (FILE or standard input); write one evaluation per line");
  add_input(c, "FILE", o->jsonl_input, "With --jsonl: the JSON lines", Presence::optional);
  add_output_option(c, o->output);
  return {c, [o, &globals] { return run(*o, globals); }};
}

}  // namespace ducha::cli

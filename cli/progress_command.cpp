// ducha progress add PLAN FILE --as-of DATE: merges one month's progress into a plan's
// history (docs/office-workflow.md).
#include <memory>

#include "commands.hpp"
#include "ducha/json.hpp"
#include "ducha/tables.hpp"
#include "plan_input.hpp"

namespace ducha::cli {
namespace {

struct ProgressOptions {
  std::string action, plan, file, as_of, format, output;
  bool strict = false;
};

// A file is a table (CSV, XLSX) by its name or its first bytes; else JSON lines.
bool is_table(const std::string& path, const std::string& bytes) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".csv") || ends(".xlsx") || ends(".CSV") || ends(".XLSX")) return true;
  return bytes.rfind("PK\x03\x04", 0) == 0;
}

int run(const ProgressOptions& o, const Globals& globals) {
  if (o.action != "add") throw UsageError("progress takes an action: add (ducha progress add PLAN FILE --as-of DATE)");
  require_input(o.plan, "progress add takes a PLAN.json and a FILE of the month's progress");
  require_input(o.file, "progress add takes a FILE of the month's progress after the PLAN.json");
  if (o.as_of.empty()) throw UsageError("progress add needs --as-of YYYY-MM-DD, the date of the month's progress");
  if (!o.format.empty()) check_choice("--format", o.format, {"jsonl", "csv", "xlsx"});
  if (o.plan == "-" && o.file == "-") throw UsageError("PLAN and FILE cannot both be standard input");
  const Date as_of = date_option("--as-of", o.as_of);
  Plan plan = read_plan_input(o.plan);
  const std::string bytes = read_input(o.file);
  const std::string format = !o.format.empty() ? o.format : is_table(o.file, bytes) ? "table" : "jsonl";
  ProgressMerge merge = add_progress(plan, bytes, input_name(o.file), format, as_of, o.strict);
  for (const auto& p : merge.problems) warn(globals, p);
  if (!merge.merged)
    throw Error(ErrorCode::invalid_argument, std::to_string(merge.problems.size()) + " problem(s) in " +
                                                 input_name(o.file) + "; nothing merged (--strict)");
  warn(globals, input_name(o.file) + ": " + merge.summary);
  // In place unless -o says otherwise.
  write_output(o.output.empty() ? o.plan : o.output, plan_to_json(plan));
  return merge.problems.empty() ? 0 : 1;
}

}  // namespace

Command add_progress(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<ProgressOptions>();
  CLI::App* c = add_command(root, globals, "progress",
                            "Add one month's progress (JSON lines, or a CSV/XLSX table) to a plan's history; "
                            "the same month added again replaces it.",
                            "  ducha progress add plan.json 2022-02.jsonl --as-of 2022-02-28\n"
                            "  ducha progress add plan.json 2022-03.csv --as-of 2022-03-31\n"
                            "  ducha progress add plan.json 2022-03.xlsx --as-of 2022-03-31 -o plan-march.json\n");
  c->add_option("ACTION", o->action, "add")->type_name("add");
  add_input(c, "PLAN.json", o->plan, "The plan (changed in place unless -o is given)");
  add_input(c, "FILE", o->file, "The month's progress: JSON lines (docs/office-workflow.md) or a table");
  c->add_option("--as-of", o->as_of, "The date of the month's progress (its records are dated so)")
      ->type_name("YYYY-MM-DD");
  c->add_option("--format", o->format, "jsonl, csv or xlsx (default: from the file's name or bytes)")
      ->type_name("jsonl|csv|xlsx");
  c->add_flag("--strict", o->strict, "Merge nothing when any line has a problem");
  add_output_option(c, o->output);
  o->output.clear();  // default: the plan itself
  return {c, [o, &globals] { return run(*o, globals); }};
}

}  // namespace ducha::cli

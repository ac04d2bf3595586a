#include <iostream>
#include <memory>

#include "commands.hpp"
#include "ducha/text.hpp"
#include "plan_input.hpp"

namespace ducha::cli {
namespace {

struct ImportReportOptions {
  std::string report, year, as_of, corrections, output;
};

int run(const ImportReportOptions& o, const Globals& globals) {
  require_input(o.report, "import-report takes exactly one REPORT.txt (- for standard input)");
  std::optional<int> year = o.year.empty() ? std::nullopt : std::optional(year_option("--year", o.year));
  std::optional<Date> as_of = o.as_of.empty() ? std::nullopt : std::optional(date_option("--as-of", o.as_of));
  const std::string name = input_name(o.report);
  std::string text = read_input(o.report);
  ImportedPlan r = naming_input(name, [&] { return plan_from_report(text, name, year, as_of, limits()); });
  for (auto& w : r.warnings) w = "warning: " + w;
  write_imported_plan(r.plan, o.corrections, r.warnings, globals, o.output);
  return 0;
}

}  // namespace

Command add_import_report(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<ImportReportOptions>();
  CLI::App* c = add_command(root, globals, "import-report",
                            "Turn a report laid out like the reference one (flattened table text) into a plan: "
                            "texts verbatim, sub-targets and figures read from them.",
                            "  ducha import-report report.txt --year 2022 --as-of 2022-06-30 -o plan.json\n"
                            "  ducha import-report report.txt --corrections corrections.json -o plan.json\n");
  add_input(c, "REPORT.txt", o->report, "The report's text");
  c->add_option("--year", o->year, "The plan year")->type_name("YEAR");
  c->add_option("--as-of", o->as_of, "The report's date")->type_name("YYYY-MM-DD");
  c->add_option("--corrections", o->corrections, "Corrections to apply (docs/text.md; - for standard input)")
      ->type_name("FILE");
  add_output_option(c, o->output);
  return {c, [o, &globals] { return run(*o, globals); }};
}

}  // namespace ducha::cli

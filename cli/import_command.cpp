#include <iostream>
#include <memory>

#include "commands.hpp"
#include "import/report_import.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

namespace ducha::cli {
namespace {

struct ImportReportOptions {
  std::string report, year, as_of, corrections, output;
};

int run(const ImportReportOptions& o, const Globals& globals) {
  require_input(o.report, "import-report takes exactly one REPORT.txt (- for standard input)");
  import::ImportOptions options;
  if (!o.year.empty()) options.year = year_option("--year", o.year);
  if (!o.as_of.empty()) options.as_of = date_option("--as-of", o.as_of);
  const std::string name = input_name(o.report);
  std::string text = read_input(o.report);
  import::ImportResult r = naming_input(name, [&] { return import::import_report(text, name, options); });
  if (!o.corrections.empty()) {
    const std::string corrections = input_name(o.corrections);
    std::string json = read_input(o.corrections);
    naming_input(corrections, [&] { import::apply_corrections(r.plan, json, corrections); });
  }
  for (const auto& w : r.warnings) warn(globals, "warning: " + w);
  write_output(o.output, io::write_plan(r.plan));
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

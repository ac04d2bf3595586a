// ducha import table FILE and ducha export table PLAN: an office's own task table
// (CSV or XLSX) into a plan, and the plan's table written back (docs/tables.md).
#include <memory>

#include "commands.hpp"
#include "ducha/tables.hpp"
#include "plan_input.hpp"

namespace ducha::cli {
namespace {

// The two-word commands' first word (import, export): made once, reused.
CLI::App* group(CLI::App& root, const std::string& name, const std::string& description) {
  for (CLI::App* sub : root.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  CLI::App* g = root.add_subcommand(name, description);
  g->require_subcommand(1);
  g->allow_extras();
  return g;
}

struct ImportTableOptions {
  std::string table, map, encoding, format, year, as_of, corrections, output;
};

int run_import(const ImportTableOptions& o, const Globals& globals) {
  require_input(o.table, "import table takes exactly one TABLE.csv or TABLE.xlsx (- for standard input)");
  TableReadOptions options;
  if (!o.format.empty()) {
    check_choice("--format", o.format, {"csv", "xlsx"});
    options.format = o.format;
  }
  if (!o.encoding.empty()) options.encoding = o.encoding;
  if (!o.map.empty()) {
    options.mapping = read_input(o.map);
    options.mapping_source = input_name(o.map);
  }
  if (!o.year.empty()) options.year = year_option("--year", o.year);
  if (!o.as_of.empty()) options.as_of = date_option("--as-of", o.as_of);
  std::string name = input_name(o.table);
  TableImportResult r = plan_from_table(read_input(o.table), name, options, limits());
  r.problems.push_back(name + ": " + r.summary);
  write_imported_plan(r.plan, o.corrections, r.problems, globals, o.output);
  return 0;
}

struct ExportTableOptions {
  std::string plan, format = "csv", output;
};

int run_export(const ExportTableOptions& o) {
  require_input(o.plan, "export table takes exactly one PLAN.json (- for standard input)");
  check_choice("--format", o.format, {"csv", "xlsx"});
  write_output(o.output, plan_to_table(read_plan_input(o.plan), o.format));
  return 0;
}

}  // namespace

Command add_import_table(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<ImportTableOptions>();
  CLI::App* g = group(root, "import", "Import an office's own table into a plan (import table).");
  CLI::App* c = add_command(*g, globals, "table",
                            "Read an office's task table (CSV in UTF-8, UTF-8 with BOM or GB18030, or XLSX) into a "
                            "plan: headers as offices write them, or named by a mapping file; each row's problems "
                            "reported with row and column; prints \"N rows, M items, K problems\".",
                            "  ducha import table 重点任务.xlsx -o plan.json\n"
                            "  ducha import table tasks.csv --map mapping.json --as-of 2022-06-30 -o plan.json\n"
                            "  ducha import table old.csv --encoding GBK --year 2022 -o plan.json\n");
  add_input(c, "TABLE", o->table, "The table (.csv or .xlsx)");
  c->add_option("--map", o->map, "A mapping file naming the columns (docs/tables.md)")->type_name("MAPPING.json");
  c->add_option("--encoding", o->encoding, "The CSV's encoding (UTF-8, GB18030, GBK …); detected when absent")
      ->type_name("NAME");
  c->add_option("--format", o->format, "csv or xlsx; from the file's bytes when absent")->type_name("csv|xlsx");
  c->add_option("--year", o->year, "The plan year (default: 20xx年 in the title row)")->type_name("YEAR");
  c->add_option("--as-of", o->as_of, "The progress date (default: the latest 截至日期)")->type_name("YYYY-MM-DD");
  c->add_option("--corrections", o->corrections, "Corrections to apply (docs/text.md)")->type_name("FILE");
  add_output_option(c, o->output);
  return {c, [o, &globals] { return run_import(*o, globals); }};
}

Command add_export_table(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<ExportTableOptions>();
  CLI::App* g = group(root, "export", "Write a plan out in another form (export table).");
  CLI::App* c = add_command(*g, globals, "table",
                            "Write the office's table a plan was imported from back out: every cell whose value "
                            "did not change as it was, changed values rewritten, new items appended.",
                            "  ducha export table plan.json --format xlsx -o 重点任务.xlsx\n"
                            "  ducha export table plan.json -o tasks.csv\n");
  add_input(c, "PLAN.json", o->plan, "A plan imported with ducha import table");
  c->add_option("--format", o->format, "csv (UTF-8 with BOM, the default) or xlsx")->type_name("csv|xlsx");
  add_output_option(c, o->output);
  return {c, [o] { return run_export(*o); }};
}

}  // namespace ducha::cli

#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "import/report_import.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

namespace ducha::cli {

int run_import_report(const std::vector<std::string>& argv) {
  Args args(argv, {"year", "as-of", "output", "corrections"}, {});
  if (args.positional().size() != 1) throw UsageError("import-report takes exactly one REPORT.txt");
  const std::string& path = args.positional()[0];
  import::ImportOptions options;
  if (const auto* y = args.get("year")) {
    try {
      options.year = std::stoi(*y);
    } catch (const std::logic_error&) {
      throw UsageError("--year must be a year such as 2022");
    }
  }
  if (const auto* d = args.get("as-of")) options.as_of = parse_date(*d);
  import::ImportResult r = import::import_report(io::read_file(path), path, options);
  if (const auto* c = args.get("corrections")) import::apply_corrections(r.plan, io::read_file(*c), *c);
  for (const auto& w : r.warnings) std::cerr << "ducha: warning: " << w << "\n";
  std::string json = io::write_plan(r.plan);
  if (const auto* o = args.get("output")) {
    io::write_file(*o, json);
  } else {
    std::cout << json;
  }
  return 0;
}

}  // namespace ducha::cli

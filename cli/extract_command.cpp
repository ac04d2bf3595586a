#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "ducha/text.hpp"
#include "io/json_writer.hpp"

namespace ducha::cli {
namespace {

struct ExtractOptions {
  std::string input = "-", year, output;
};

// One JSON object per input line. A line that is not UTF-8 gets an error object
// naming its line number and byte; the others are still read; the exit code is 2.
int run(const ExtractOptions& o, const Globals& globals) {
  int year = o.year.empty() ? 0 : year_option("--year", o.year);
  std::ios::sync_with_stdio(false);
  InputStream in(o.input);
  OutputStream out(o.output);
  std::string line;
  long number = 0;
  int status = 0;
  for (bool more = true; more;) {
    try {
      if (!(more = in.next_line(line, number))) break;
      out.get() << extract_json(line, year) << '\n';
    } catch (const Error& e) {
      out.get() << io::compact(boost::json::object{{"line", number}, {"error", e.what()}}) << '\n';
      const std::string where = in.name() + ":" + std::to_string(number) + ":";
      const std::string message = e.what();
      warn(globals, "error: " + (message.rfind(where, 0) == 0 ? message : where + " " + message));
      status = 2;
    }
  }
  out.finish();
  return status;
}

}  // namespace

Command add_extract(CLI::App& root, Globals& globals) {
  auto o = std::make_shared<ExtractOptions>();
  CLI::App* c = add_command(root, globals, "extract",
                            "List the quantities, numbers, percentages and dates of each UTF-8 line, "
                            "one JSON object per line (docs/text.md).",
                            "  echo '截至6月30日,累计完成违法建筑拆除33.31万平方米。' | ducha extract --year 2022\n"
                            "  ducha extract report.txt -o figures.jsonl\n");
  add_input(c, "FILE", o->input, "The text, one sentence or paragraph per line (default: standard input)", Presence::optional);
  c->add_option("--year", o->year, "The year that dates without one (6月30日) fall in")->type_name("YEAR");
  add_output_option(c, o->output);
  return {c, [o, &globals] { return run(*o, globals); }};
}

}  // namespace ducha::cli

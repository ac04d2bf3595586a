// ducha: evaluate work-report targets from the command line. Thin: it parses
// arguments and calls the library; every error becomes one line on stderr.
#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "ducha/config.hpp"
#include "ducha/error.hpp"

namespace {

constexpr const char* kUsage = R"(usage: ducha <command> [options]

commands:
  evaluate PLAN.json [--as-of YYYY-MM-DD] [--policy POLICY.json] [--format json|text]
                     [--check-official]
      Evaluate every item of a plan; prints the evaluation (docs/format.md).
      --check-official exits 1 when a computed status differs from the official one.
  assess --year YEAR --as-of YYYY-MM-DD --target TEXT [--progress TEXT] [--indicator] [--policy FILE]
      Evaluate a target sentence against a progress text; the figures come from the text.
  assess --year YEAR --as-of YYYY-MM-DD --target TEXT --target-value V --target-unit U
         [--done V --done-unit U] [--indicator] [--kind KIND] [--comparator C]
         [--estimated] [--lower-is-better] [--progress-text TEXT] [--record-as-of DATE]
         [--policy POLICY.json]
      Evaluate one sub-target from explicit values; prints its evaluation as JSON.
  assess --jsonl [--policy FILE]
      Read {"target", "progress", "year", "as_of", "item"} lines on standard input;
      write one evaluation per line.

  extract [--year YEAR]
      Read UTF-8 lines on standard input; write one JSON object per line with the
      quantities, numbers, percentages and dates found in it (docs/text.md).

  import-report REPORT.txt [--year YEAR] [--as-of YYYY-MM-DD] [--corrections FILE] [-o PLAN.json]
      Turn a report laid out like the reference one (flattened table text) into a
      plan: texts verbatim, sub-targets and figures read from them.

  report PLAN.json [--as-of YYYY-MM-DD] [--policy FILE] [--format md|html|csv|json|summary] [-o FILE]
         [--agreement]
      The office's report: summary paragraph, 附件1-3, unit scorecard, consistency
      findings and the agreement with the official statuses.
  test POLICY CASES
      Check a policy against rule cases (JSON or "target | progress | date => status"
      lines); one block per failure, then "N passed, M failed"; exit 1 on failures.

POLICY is a policy file or a preset: reference, points, sdg-ratio.

options:
  --help       show this help
  --version    show the version

exit status: 0 success, 1 findings (--check-official, failing rule cases), 2 usage or input error.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "ducha " << DUCHA_VERSION_STRING << "\n";
    return 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  for (const auto& a : rest)
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
  try {
    if (command == "evaluate") return ducha::cli::run_evaluate(rest);
    if (command == "assess") return ducha::cli::run_assess(rest);
    if (command == "extract") return ducha::cli::run_extract(rest);
    if (command == "import-report") return ducha::cli::run_import_report(rest);
    if (command == "test") return ducha::cli::run_test(rest);
    if (command == "report") return ducha::cli::run_report(rest);
    throw ducha::cli::UsageError("unknown command \"" + command + "\" (try ducha --help)");
  } catch (const ducha::cli::UsageError& e) {
    std::cerr << "ducha: usage error: " << e.what() << "\n";
  } catch (const ducha::Error& e) {
    std::cerr << "ducha: error: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "ducha: internal error: " << e.what() << "\n";
  }
  return 2;
}

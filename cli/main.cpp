// ducha: evaluate work-report targets from the command line. Thin: it parses
// arguments (CLI11) and calls the library; every error becomes one line on stderr.
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ducha/config.hpp"
#include "ducha/error.hpp"

namespace {

using ducha::cli::Command;
using ducha::cli::UsageError;

constexpr const char* kShortUsage =
    "usage: ducha <command> [options]; commands: evaluate, assess, extract, import-report, import table, export table, report, test, progress add\n"
    "       ducha --help for an overview, ducha <command> --help for a command's options and examples\n";

// The overview under `ducha --help`: one synopsis line per command, from its options.
std::string overview(const CLI::App& root) {
  std::string out = "Synopsis (ducha COMMAND --help shows a command's options and examples):\n";
  for (const CLI::App* sub : root.get_subcommands({})) {
    // A two-word command (import table): one line per second word.
    std::vector<const CLI::App*> leaves;
    for (const CLI::App* leaf : sub->get_subcommands({})) leaves.push_back(leaf);
    if (leaves.empty()) leaves.push_back(sub);
    for (const CLI::App* leaf : leaves) {
      out += "  ducha " + sub->get_name() + (leaf == sub ? "" : " " + leaf->get_name());
      for (const CLI::Option* opt : leaf->get_options())
        if (opt->get_positional())
          out += ducha::cli::is_optional_input(opt) ? " [" + opt->get_name() + "]" : " " + opt->get_name();
      out += " [options]\n";
    }
  }
  return out +
         "\nPOLICY is a policy file or a preset: reference, points, sdg-ratio, yinchuan-consecutive, ouhai-monthly,\n"
         "suqian-deadline. A FILE of - is standard input;\n"
         "-o - (the default) is standard output.\n"
         "Exit status: 0 success, 1 findings (--check-official, failing rule cases), 2 usage or input error.";
}

void reject_leftovers(const CLI::App& app, const std::string& where) {
  for (const std::string& arg : app.remaining()) {
    if (arg.size() > 1 && arg[0] == '-')
      throw UsageError("unknown option " + arg.substr(0, arg.find('=')) + where + " (see ducha" +
                       (where.empty() ? "" : " " + app.get_name()) + " --help)");
    throw UsageError("unexpected argument \"" + arg + "\"" + where);
  }
}

const CLI::App* find_command(const CLI::App& root, const std::string& name) {
  for (const CLI::App* sub : root.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

// The first word that is not an option names the command.
void check_command_name(const CLI::App& root, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (!a.empty() && a[0] == '-') continue;
    if (find_command(root, a) == nullptr)
      throw UsageError("unknown command \"" + a + "\" (try ducha --help)");
    return;
  }
}

int run(CLI::App& app, const std::vector<Command>& commands, int argc, char** argv) {
  check_command_name(app, argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    throw UsageError(e.what());
  }
  reject_leftovers(app, "");
  for (const Command& c : commands)
    if (c.app->parsed()) {
      reject_leftovers(*c.app, " for " + c.app->get_name());
      return c.run();
    }
  throw UsageError("no command given (try ducha --help)");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kShortUsage;
    return 2;
  }
  CLI::App app{"ducha (督查): evaluate the targets of a government work report exactly.", "ducha"};
  ducha::cli::Globals globals;
  app.set_version_flag("--version", std::string("ducha ") + DUCHA_VERSION_STRING, "Show the version and exit");
  app.add_flag("-q,--quiet", globals.quiet, "No warnings or notes on stderr (errors are still printed)");
  app.allow_extras();
  app.require_subcommand(0, 1);
  std::vector<Command> commands = {
      ducha::cli::add_evaluate(app, globals),      ducha::cli::add_assess(app, globals),
      ducha::cli::add_extract(app, globals),       ducha::cli::add_import_report(app, globals),
      ducha::cli::add_report(app, globals),        ducha::cli::add_test(app, globals),
      ducha::cli::add_import_table(app, globals),  ducha::cli::add_export_table(app, globals),
      ducha::cli::add_progress(app, globals),
  };
  app.footer([&app] { return overview(app); });
  if (std::string(argv[1]) == "help") {  // `ducha help [COMMAND]`
    const CLI::App* sub = argc > 2 ? find_command(app, argv[2]) : nullptr;
    std::cout << (sub ? sub->help("ducha") : app.help());
    return 0;
  }
  try {
    return run(app, commands, argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "ducha: usage error: " << e.what() << "\n";
  } catch (const ducha::Error& e) {
    std::cerr << "ducha: error: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "ducha: internal error: " << e.what() << "\n";
  }
  return 2;
}

// The ducha tool's subcommands, one file each (cli/<name>_command.cpp). Each
// add_* function registers its CLI11 subcommand on `root` and returns what runs
// when it is chosen; main() keeps them in one table.
#pragma once

#include "app.hpp"

namespace ducha::cli {

Command add_evaluate(CLI::App& root, Globals& globals);
Command add_assess(CLI::App& root, Globals& globals);
Command add_extract(CLI::App& root, Globals& globals);
Command add_import_report(CLI::App& root, Globals& globals);
Command add_test(CLI::App& root, Globals& globals);
Command add_report(CLI::App& root, Globals& globals);
Command add_import_table(CLI::App& root, Globals& globals);
Command add_export_table(CLI::App& root, Globals& globals);
Command add_progress(CLI::App& root, Globals& globals);

}  // namespace ducha::cli

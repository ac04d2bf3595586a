// The ducha tool's subcommands. Each returns the process exit code:
// 0 success, 1 findings (where the command checks something), 2 usage or input error.
#pragma once

#include <string>
#include <vector>

namespace ducha::cli {

int run_evaluate(const std::vector<std::string>& args);
int run_assess(const std::vector<std::string>& args);
int run_extract(const std::vector<std::string>& args);
int run_import_report(const std::vector<std::string>& args);
int run_test(const std::vector<std::string>& args);
int run_report(const std::vector<std::string>& args);

}  // namespace ducha::cli

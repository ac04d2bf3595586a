// --policy takes a file, "-" (standard input), or the name of a shipped preset
// (reference, points, sdg-ratio).
#pragma once

#include <string>

#include "app.hpp"
#include "ducha/policy.hpp"

namespace ducha::cli {

CLI::Option* add_policy_option(CLI::App* command, std::string& spec);
Policy load_policy_option(const std::string& spec, int year);

}  // namespace ducha::cli

// --policy takes a file, or the name of a shipped preset (reference, points, sdg-ratio).
#pragma once

#include <string>

#include "ducha/policy.hpp"

namespace ducha::cli {

Policy load_policy_option(const std::string& spec, int year);

}  // namespace ducha::cli

// The shipped policy presets (policies/*.json: reference, points, sdg-ratio), found
// by name for the CLI's --policy, ducha_policy_load and Python's Policy.load.
#pragma once

#include <optional>
#include <string>

#include "ducha/policy.hpp"

namespace ducha::io {

// Whether `name` could name a preset (lower-case letters, digits, - and _).
bool is_policy_preset_name(const std::string& name);
// "reference, points, sdg-ratio": the names, for messages.
std::string policy_preset_names();
// The file of preset `name`, looked for in $DUCHA_POLICY_DIR, next to the program or
// library (<prefix>/share/ducha/policies), the configured install directory, and the
// source tree; nullopt when `name` is not a preset name or no file is found.
std::optional<std::string> find_policy_preset(const std::string& name);
// A policy file, or else a preset of that name; an Error naming `spec` when neither.
Policy load_policy_or_preset(const std::string& spec, int year);

}  // namespace ducha::io

#include "policy_option.hpp"

#include "io/plan_json.hpp"
#include "io/policy_presets.hpp"

namespace ducha::cli {

CLI::Option* add_policy_option(CLI::App* command, std::string& spec) {
  return command
      ->add_option("--policy", spec,
                   "Policy file, - for standard input, or a preset: reference, points, sdg-ratio, "
                   "yinchuan-consecutive, ouhai-monthly, suqian-deadline "
                   "(default: the reference policy)")
      ->type_name("POLICY");
}

Policy load_policy_option(const std::string& spec, int year) {
  if (spec == "-") return io::read_policy(read_input(spec), "<stdin>", year);
  try {
    return io::load_policy_or_preset(spec, year);
  } catch (const Error& e) {
    if (std::string(e.what()).rfind(spec + ": no such file and no preset", 0) == 0)
      throw Error(e.code(), std::string("--policy ") + e.what());
    throw;
  }
}

}  // namespace ducha::cli

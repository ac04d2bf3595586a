#include "policy_option.hpp"

#include <cstdlib>
#include <filesystem>

#include "io/plan_json.hpp"

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
  namespace fs = std::filesystem;
  if (spec == "-") return io::read_policy(read_input(spec), "<stdin>", year);
  std::error_code ec;
  if (fs::exists(spec, ec)) return io::load_policy(spec, year);
  bool name = !spec.empty() && spec.find('/') == std::string::npos && spec.find('.') == std::string::npos;
  if (name) {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("DUCHA_POLICY_DIR")) dirs.push_back(env);
    dirs.push_back(DUCHA_INSTALLED_POLICY_DIR);
    dirs.push_back(DUCHA_SOURCE_POLICY_DIR);
    for (const auto& d : dirs) {
      std::string path = d + "/" + spec + ".json";
      if (fs::exists(path, ec)) return io::load_policy(path, year);
    }
    throw Error(ErrorCode::io_error, "--policy " + spec + ": no such file and no preset of that name " +
                                         "(presets: reference, points, sdg-ratio, yinchuan-consecutive, ouhai-monthly, suqian-deadline)");
  }
  return io::load_policy(spec, year);  // reports the missing file
}

}  // namespace ducha::cli

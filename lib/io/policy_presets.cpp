#include "io/policy_presets.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "ducha/error.hpp"
#include "io/plan_json.hpp"

namespace ducha::io {
namespace {

namespace fs = std::filesystem;

// <prefix>/share/ducha/policies for the binary (program or libducha) holding this code.
std::optional<fs::path> beside_binary() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&find_policy_preset), &info) == 0 || !info.dli_fname) return std::nullopt;
  std::error_code ec;
  fs::path binary = fs::canonical(info.dli_fname, ec);
  if (ec) return std::nullopt;
  return binary.parent_path().parent_path() / "share" / "ducha" / "policies";
}

}  // namespace

bool is_policy_preset_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

std::string policy_preset_names() {
  return "reference, points, sdg-ratio, yinchuan-consecutive, ouhai-monthly, suqian-deadline";
}

std::optional<std::string> find_policy_preset(const std::string& name) {
  if (!is_policy_preset_name(name)) return std::nullopt;
  std::vector<fs::path> dirs;
  if (const char* env = std::getenv("DUCHA_POLICY_DIR")) dirs.emplace_back(env);
  if (auto d = beside_binary()) dirs.push_back(*d);
  dirs.emplace_back(DUCHA_INSTALLED_POLICY_DIR);
  dirs.emplace_back(DUCHA_SOURCE_POLICY_DIR);
  std::error_code ec;
  for (const auto& d : dirs) {
    fs::path path = d / (name + ".json");
    if (fs::is_regular_file(path, ec)) return path.string();
  }
  return std::nullopt;
}

Policy load_policy_or_preset(const std::string& spec, int year) {
  std::error_code ec;
  if (fs::exists(spec, ec)) return load_policy(spec, year);
  if (is_policy_preset_name(spec)) {
    if (auto path = find_policy_preset(spec)) return load_policy(*path, year);
    throw Error(ErrorCode::io_error,
                spec + ": no such file and no preset of that name (presets: " + policy_preset_names() + ")");
  }
  return load_policy(spec, year);  // reports the missing file
}

}  // namespace ducha::io

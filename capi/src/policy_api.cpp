// Policies through the C interface.
#include "api_support.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"
#include "io/policy_presets.hpp"

#include <filesystem>

using namespace ducha;
using namespace ducha::capi;

namespace {

ducha_policy* new_policy(Policy p) { return new_policy_handle(std::move(p)); }

}  // namespace

extern "C" {

DUCHA_API int ducha_policy_create(ducha_policy** out) {
  return checked_create(out, [] { return new_policy(Policy{}); });
}

DUCHA_API int ducha_policy_load(const char* path, int year, ducha_policy** out) {
  return ducha_policy_load_limited(path, year, nullptr, out);
}

DUCHA_API int ducha_policy_load_limited(const char* path, int year, const ducha_limits* limits, ducha_policy** out) {
  return checked_create(out, [&] {
    year_arg(year);
    const io::Limits lim = limits_arg(limits);
    std::string p = string_arg(path, "path");
    std::error_code ec;
    if (!std::filesystem::exists(p, ec) && io::is_policy_preset_name(p)) {
      auto preset = io::find_policy_preset(p);
      if (!preset)
        fail(DUCHA_EIO, p + ": no such file and no preset of that name (presets: " + io::policy_preset_names() + ")");
      p = *preset;
    }
    std::string json = io::read_file(p, lim.input_bytes);
    text_arg(json.data(), json.size(), p.c_str());
    return new_policy(io::read_policy(json, p, year));
  });
}

DUCHA_API int ducha_policy_parse(const char* json, size_t len, int year, ducha_policy** out) {
  return ducha_policy_parse_limited(json, len, year, nullptr, out);
}

DUCHA_API int ducha_policy_parse_limited(const char* json, size_t len, int year, const ducha_limits* limits,
                                         ducha_policy** out) {
  return checked_create(out, [&] {
    year_arg(year);
    std::string_view text = text_arg(json, len, "json");
    check_input_bytes(text.size(), "<json>", limits_arg(limits).input_bytes);
    return new_policy(io::read_policy(text, "<json>", year));
  });
}

DUCHA_API void ducha_policy_free(ducha_policy* policy) {
  release_handle(HandleKind::policy, policy);
}

DUCHA_API int ducha_policy_to_json(const ducha_policy* policy, ducha_buf* out) {
  return checked_call(out, [&] { return to_buf(out, io::write_policy(policy_arg(policy))); });
}

DUCHA_API int ducha_policy_version(const ducha_policy* policy, ducha_buf* out) {
  return checked_call(out, [&] { return to_buf(out, policy_arg(policy).version()); });
}

}  // extern "C"

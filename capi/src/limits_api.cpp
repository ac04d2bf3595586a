// The limits of the C interface (ducha_limits_*): process-wide ones, read by every entry
// that takes input, and a call's own (the *_limited entries) (docs/reliability.md, "Limits").
#include <mutex>

#include "api_support.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace ducha::capi {
namespace {

std::mutex g_limits_mutex;
io::Limits g_limits;

void to_c(const io::Limits& from, ducha_limits* to) {
  to->input_bytes = from.input_bytes;
  to->line_bytes = from.line_bytes;
  to->items = from.items;
  to->sub_targets = from.sub_targets;
  to->text_bytes = from.text_bytes;
  to->clause_bytes = from.clause_bytes;
}

}  // namespace

io::Limits limits() {
  std::lock_guard<std::mutex> lock(g_limits_mutex);
  return g_limits;
}

io::Limits limits_arg(const ducha_limits* given, const char* name) {
  if (!given) return limits();
  check_version(given->version, DUCHA_LIMITS_VERSION, "ducha_limits");
  const std::pair<const char*, std::size_t> fields[] = {
      {"input_bytes", given->input_bytes}, {"line_bytes", given->line_bytes},
      {"items", given->items},             {"sub_targets", given->sub_targets},
      {"text_bytes", given->text_bytes},   {"clause_bytes", given->clause_bytes}};
  for (const auto& [field, value] : fields)
    if (value == 0) fail(DUCHA_EINVALID, std::string(name) + "." + field + " is 0 (every limit is at least 1)");
  io::Limits out;
  out.input_bytes = given->input_bytes;
  out.line_bytes = given->line_bytes;
  out.items = given->items;
  out.sub_targets = given->sub_targets;
  out.text_bytes = given->text_bytes;
  out.clause_bytes = given->clause_bytes;
  return out;
}

void check_input_bytes(std::size_t size, const std::string& source, std::size_t max_bytes) {
  if (size > max_bytes)
    fail(DUCHA_ERANGE, source + ": " + std::to_string(size) + " bytes, " + io::over_limit("input-bytes", max_bytes));
}

}  // namespace ducha::capi

extern "C" {

DUCHA_API int ducha_limits_init(ducha_limits* limits, int version) {
  const int status = init_versioned(limits, version, DUCHA_LIMITS_VERSION, "limits", "ducha_limits");
  if (status == DUCHA_OK) to_c(io::Limits{}, limits);  // the defaults
  return status;
}

DUCHA_API int ducha_limits_get(ducha_limits* out) {
  return guard([&] {
    require_out(out, "out");
    check_version(out->version, DUCHA_LIMITS_VERSION, "ducha_limits");
    to_c(ducha::capi::limits(), out);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_limits_set(const ducha_limits* limits) {
  return guard([&] {
    require_out(limits, "limits");
    const io::Limits next = limits_arg(limits, "limits");
    std::lock_guard<std::mutex> lock(g_limits_mutex);
    g_limits = next;
    return DUCHA_OK;
  });
}

}  // extern "C"

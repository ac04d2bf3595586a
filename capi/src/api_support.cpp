#include "api_support.hpp"

#include <cstdlib>

#include "text/utf8.hpp"

namespace ducha::capi {
namespace {

thread_local std::string t_message;
thread_local int t_status = DUCHA_OK;

}  // namespace

void set_error(int status, const char* message) noexcept {
  t_status = status;
  try {
    t_message = message;
  } catch (...) {
    t_message.clear();  // keeps the code; the message could not be stored
  }
}

void clear_error() noexcept {
  t_status = DUCHA_OK;
  t_message.clear();
}

int status_of(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_number: return DUCHA_EPARSE;
    case ErrorCode::out_of_range: return DUCHA_ERANGE;
    case ErrorCode::division_by_zero: return DUCHA_EDIVZERO;
    case ErrorCode::unknown_unit: return DUCHA_EUNIT;
    case ErrorCode::unit_mismatch: return DUCHA_EMISMATCH;
    case ErrorCode::invalid_date: return DUCHA_EDATE;
    case ErrorCode::invalid_argument: return DUCHA_EINVALID;
    case ErrorCode::parse_error: return DUCHA_EPARSE;
    case ErrorCode::io_error: return DUCHA_EIO;
  }
  return DUCHA_EINTERNAL;
}

std::string_view text_arg(const char* p, std::size_t len, const char* name) {
  if (!p && len > 0) fail(DUCHA_EINVALID, std::string(name) + " is NULL");
  if (len > kMaxLength) fail(DUCHA_EINVALID, std::string(name) + ": length " + std::to_string(len) + " is too large");
  if (!p) return {};
  std::string_view s(p, len);
  if (auto nul = s.find('\0'); nul != std::string_view::npos)
    fail(DUCHA_EINVALID, std::string(name) + ": NUL byte at offset " + std::to_string(nul) +
                             " (is the length right?)");
  std::size_t bad = 0;
  if (!text::is_valid_utf8(s, &bad))
    fail(DUCHA_EUTF8, std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad));
  return s;
}

std::string string_arg(const char* p, const char* name, bool nullable) {
  if (!p) {
    if (nullable) return {};
    fail(DUCHA_EINVALID, std::string(name) + " is NULL");
  }
  std::size_t len = strnlen(p, kMaxLength + 1);
  return std::string(text_arg(p, len, name));
}

Date date_arg(const char* p, const char* name) {
  std::string s = string_arg(p, name);
  try {
    return parse_date(s);
  } catch (const Error& e) {
    fail(DUCHA_EDATE, std::string(name) + ": " + e.what());
  }
}

Quantity quantity_arg(const char* value, const char* unit, const char* what) {
  std::string v = string_arg(value, what);
  std::string u = string_arg(unit, (std::string(what) + " unit").c_str());
  Decimal d;
  std::string message;
  ErrorCode code = ErrorCode::invalid_number;
  if (!Decimal::try_parse(v, d, &message, nullptr, &code)) fail(status_of(code), std::string(what) + ": " + message);
  auto found = find_unit(u);
  if (!found) fail(DUCHA_EUNIT, std::string(what) + ": unknown unit \"" + u + "\"");
  return Quantity{d, *found};
}

void check_version(int got, int want, const char* type) {
  if (got != want) fail(DUCHA_EVERSION, std::string(type) + " version " + std::to_string(got) + " is not supported");
}

Status status_arg(int value, const char* name) {
  if (value < 0 || value > static_cast<int>(Status::not_completed))
    fail(DUCHA_EINVALID, std::string(name) + ": " + std::to_string(value) + " is not a ducha_status");
  return static_cast<Status>(value);
}

bool int64_ratio(const Fraction& ratio, std::int64_t& numerator, std::int64_t& denominator) {
  const Fraction r = ratio.reduced();
  if (r.numerator() < INT64_MIN || r.numerator() > INT64_MAX || r.denominator() > INT64_MAX) return false;
  numerator = static_cast<std::int64_t>(r.numerator());
  denominator = static_cast<std::int64_t>(r.denominator());
  return true;
}

int year_arg(int year, const char* name) {
  if (year < 1900 || year > 9999)
    fail(DUCHA_EINVALID, std::string(name) + ": " + std::to_string(year) + " is outside 1900..9999");
  return year;
}

Policy policy_or_reference(const ducha_policy* policy) {
  Policy p = policy ? policy_arg(policy) : Policy{};
  p.validate();
  return p;
}

ducha_plan* new_plan_handle(Plan plan) {
  return make_handle<ducha_plan>(HandleKind::plan, std::make_shared<Plan>(std::move(plan)));
}

ducha_policy* new_policy_handle(Policy policy) {
  return make_handle<ducha_policy>(HandleKind::policy, std::make_shared<Policy>(std::move(policy)));
}

ducha::Plan& plan_arg(ducha_plan* p) {
  if (!p) fail(DUCHA_EINVALID, "plan is NULL");
  auto plan = find_handle<Plan>(HandleKind::plan, p);
  if (!plan) fail(DUCHA_EHANDLE, "plan is not a live ducha_plan handle (freed, or not a plan)");
  return *plan;  // owned by the registry until ducha_plan_free
}

const ducha::Plan& plan_arg(const ducha_plan* p) { return plan_arg(const_cast<ducha_plan*>(p)); }

const ducha::Policy& policy_arg(const ducha_policy* p) {
  if (!p) fail(DUCHA_EINVALID, "policy is NULL");
  auto policy = find_handle<Policy>(HandleKind::policy, p);
  if (!policy) fail(DUCHA_EHANDLE, "policy is not a live ducha_policy handle (freed, or not a policy)");
  return *policy;  // owned by the registry until ducha_policy_free
}

Item& item_arg(ducha_plan* p, std::size_t index) {
  ducha::Plan& plan = plan_arg(p);
  if (index >= plan.items.size())
    fail(DUCHA_ENOTFOUND, "item " + std::to_string(index) + " does not exist (the plan has " +
                              std::to_string(plan.items.size()) + ")");
  return plan.items[index];
}

int to_buf(ducha_buf* out, const std::string& s) {
  require_out(out, "out");
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) fail(DUCHA_ENOMEM, "out of memory");
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  out->ptr = p;
  out->size = s.size();
  return DUCHA_OK;
}

}  // namespace ducha::capi

using namespace ducha::capi;

extern "C" {

DUCHA_API const char* ducha_error_last(void) { return t_message.c_str(); }
DUCHA_API int ducha_error_last_code(void) { return t_status; }
DUCHA_API int ducha_version_number(void) { return DUCHA_VERSION_NUMBER; }
DUCHA_API const char* ducha_version_string(void) { return DUCHA_VERSION_STRING; }

DUCHA_API void ducha_buf_free(ducha_buf* buf) {
  if (!buf) return;
  std::free(buf->ptr);
  buf->ptr = nullptr;
  buf->size = 0;
}

DUCHA_API const char* ducha_status_name(int status) {
  if (status < 0 || status > static_cast<int>(ducha::Status::not_completed)) return nullptr;
  return ducha::to_string(static_cast<ducha::Status>(status)).data();
}

DUCHA_API const char* ducha_status_label(int status) {
  if (status < 0 || status > static_cast<int>(ducha::Status::not_completed)) return nullptr;
  return ducha::label(static_cast<ducha::Status>(status)).data();
}

DUCHA_API const char* ducha_reason_name(int reason) {
  if (reason < 0 || reason > static_cast<int>(ducha::Reason::no_record)) return nullptr;
  return ducha::to_string(static_cast<ducha::Reason>(reason)).data();
}

DUCHA_API const char* ducha_dimension_name(int dimension) {
  if (dimension < 0 || dimension > static_cast<int>(ducha::kLastDimension)) return nullptr;
  return ducha::to_string(static_cast<ducha::Dimension>(dimension)).data();
}

}  // extern "C"

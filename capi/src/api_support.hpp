// Shared machinery of the C interface: handle types, the exception firewall,
// the thread-local error and argument checks. Internal; not installed.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "ducha.h"
#include "ducha/ducha.hpp"
#include "handle_registry.hpp"
#include "io/limits.hpp"

namespace ducha::capi {

inline constexpr std::size_t kMaxLength = std::size_t{1} << 30;  // 1 GiB: larger lengths are lies

// Carries a ducha_error_code through C++ code to the firewall.
struct ApiError {
  int status;
  std::string message;
};

[[noreturn]] inline void fail(int status, std::string message) { throw ApiError{status, std::move(message)}; }

void set_error(int status, const char* message) noexcept;
// An options or result struct's version field: DUCHA_EVERSION unless it is `want`.
void check_version(int got, int want, const char* type);
void clear_error() noexcept;
int status_of(ErrorCode code) noexcept;

// Runs `body` (returning DUCHA_OK or a status); nothing escapes.
template <class F>
int guard(F&& body) noexcept {
  clear_error();
  try {
    return body();
  } catch (const ApiError& e) {
    set_error(e.status, e.message.c_str());
    return e.status;
  } catch (const Error& e) {
    int status = status_of(e.code());
    set_error(status, e.what());
    return status;
  } catch (const std::bad_alloc&) {
    set_error(DUCHA_ENOMEM, "out of memory");
    return DUCHA_ENOMEM;
  } catch (const std::exception& e) {
    set_error(DUCHA_EINTERNAL, e.what());
    return DUCHA_EINTERNAL;
  } catch (...) {
    set_error(DUCHA_EINTERNAL, "unknown internal error");
    return DUCHA_EINTERNAL;
  }
}

template <class T>
T* require_out(T* out, const char* name) {
  if (!out) fail(DUCHA_EINVALID, std::string(name) + " is NULL");
  return out;
}

// The prologue of an entry with an output: inside the firewall, `out` is checked
// before anything else (DUCHA_EINVALID "out is NULL"), then `body()` runs and returns
// DUCHA_OK or a status.
template <class T, class F>
int checked_call(T* out, F&& body) noexcept {
  return guard([&] {
    require_out(out, "out");
    return body();
  });
}

// The prologue of an entry that makes a handle: `out` checked, *out NULL on every
// failure, and the handle `body()` returns stored on success.
template <class Handle, class F>
int checked_create(Handle** out, F&& body) noexcept {
  return guard([&] {
    require_out(out, "out");
    *out = nullptr;
    *out = body();
    return DUCHA_OK;
  });
}

// A versioned input struct: not NULL (DUCHA_EINVALID naming `name`), of a version this
// library knows (DUCHA_EVERSION naming `type`).
template <class S>
const S& versioned_arg(const S* s, int want, const char* name, const char* type) {
  check_version(require_out(s, name)->version, want, type);
  return *s;
}

// The whole of a versioned struct's *_init: `s` checked, `version` known, every field
// zeroed and `version` set.
template <class S>
int init_versioned(S* s, int version, int want, const char* name, const char* type) noexcept {
  return guard([&] {
    require_out(s, name);
    check_version(version, want, type);
    *s = S{};
    s->version = version;
    return DUCHA_OK;
  });
}

// A text given with its length: not NULL (unless empty), not absurdly long, no NUL
// inside (a sign that the length is wrong), valid UTF-8.
std::string_view text_arg(const char* p, std::size_t len, const char* name);
// A NUL-terminated string; NULL allowed only when `nullable`, then "".
std::string string_arg(const char* p, const char* name, bool nullable = false);
Date date_arg(const char* p, const char* name);
// A decimal and a unit symbol (NUL-terminated) as one quantity; `what` names it in errors.
Quantity quantity_arg(const char* value, const char* unit, const char* what);
Status status_arg(int value, const char* name);
// A plan year, 1900..9999 (as plan JSON takes it); DUCHA_EINVALID naming `name` otherwise.
int year_arg(int year, const char* name = "year");

// A ratio as the reduced p/q the C structs carry; false when p or q is past int64.
bool int64_ratio(const Fraction& ratio, std::int64_t& numerator, std::int64_t& denominator);
// The policy to evaluate under: a validated copy of `policy`, or the reference policy for NULL.
Policy policy_or_reference(const ducha_policy* policy);

// The limits in force (ducha_limits_set; the defaults until then).
io::Limits limits();
// A call's limits: *given, checked (version, every limit at least 1, else DUCHA_EINVALID naming
// `name`), or the process-wide ones when given is NULL.
io::Limits limits_arg(const ducha_limits* given, const char* name = "limits");
// DUCHA_ERANGE naming `source` and the limit input-bytes when size > max_bytes.
void check_input_bytes(std::size_t size, const std::string& source, std::size_t max_bytes);

// Handles: resolved through the registry; DUCHA_EHANDLE for a freed, stale or
// foreign one, DUCHA_EINVALID for NULL.
ducha_plan* new_plan_handle(Plan plan);
ducha_policy* new_policy_handle(Policy policy);
ducha::Plan& plan_arg(ducha_plan* p);
const ducha::Plan& plan_arg(const ducha_plan* p);
const ducha::Policy& policy_arg(const ducha_policy* p);
Item& item_arg(ducha_plan* p, std::size_t index);

// Copies `s` into a caller-owned ducha_buf.
int to_buf(ducha_buf* out, const std::string& s);

}  // namespace ducha::capi

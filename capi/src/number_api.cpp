// Exact decimals and units through the C interface.
#include "api_support.hpp"
#include "text/target_hints.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

Decimal decimal_arg(const char* p, std::size_t len, const char* name) {
  std::string_view s = text_arg(p, len, name);
  try {
    return Decimal::parse(s);
  } catch (const Error& e) {
    fail(status_of(e.code()), std::string(name) + ": " + e.what());
  }
}

Unit unit_arg(const char* p, std::size_t len, const char* name) {
  std::string_view s = text_arg(p, len, name);
  auto u = find_unit(s);
  if (!u) fail(DUCHA_EUNIT, std::string(name) + ": unknown unit \"" + std::string(s) + "\"");
  return *u;
}

Rounding rounding_arg(int mode) {
  if (mode < 0 || mode > DUCHA_ROUND_CEILING) fail(DUCHA_EINVALID, "mode: " + std::to_string(mode) + " is not a ducha_rounding");
  return static_cast<Rounding>(mode);
}

}  // namespace

extern "C" {

DUCHA_API int ducha_decimal_normalize(const char* text, size_t len, ducha_buf* out) {
  return checked_call(out, [&] {
    return to_buf(out, decimal_arg(text, len, "text").to_string());
  });
}

DUCHA_API int ducha_decimal_compare(const char* a, size_t a_len, const char* b, size_t b_len, int* out) {
  return checked_call(out, [&] {
    auto c = decimal_arg(a, a_len, "a") <=> decimal_arg(b, b_len, "b");
    *out = c < 0 ? -1 : (c > 0 ? 1 : 0);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_decimal_ratio(const char* a, size_t a_len, const char* b, size_t b_len, ducha_buf* out) {
  return checked_call(out, [&] {
    Decimal x = decimal_arg(a, a_len, "a"), y = decimal_arg(b, b_len, "b");
    if (y.is_zero()) fail(DUCHA_EDIVZERO, "b is zero");
    return to_buf(out, (Fraction(x) / Fraction(y)).to_string());
  });
}

DUCHA_API int ducha_number_format(const char* text, size_t len, int places, int mode, int style,
                                  ducha_buf* out) {
  return checked_call(out, [&] {
    if (style != DUCHA_NUMBER_PLAIN && style != DUCHA_NUMBER_PERCENT)
      fail(DUCHA_EINVALID, "style " + std::to_string(style) + " is not a ducha_number_style");
    if (places < 0 || places > 18) fail(DUCHA_EINVALID, "places must be 0..18");
    Rounding r = rounding_arg(mode);
    std::string_view s = text_arg(text, len, "text");
    Fraction f;
    try {
      f = Fraction::parse(s);
    } catch (const Error& e) {
      fail(status_of(e.code()), std::string("text: ") + e.what());
    }
    if (style == DUCHA_NUMBER_PERCENT) f = f * Fraction(100);
    return to_buf(out, f.to_decimal_string(places, r));
  });
}

DUCHA_API int ducha_unit_dimension(const char* unit, size_t len, int* out) {
  return checked_call(out, [&] {
    *out = static_cast<int>(unit_arg(unit, len, "unit").dimension);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_quantity_convert(const char* value, size_t value_len, const char* from, size_t from_len,
                                     const char* to, size_t to_len, ducha_buf* out) {
  return checked_call(out, [&] {
    Quantity q{decimal_arg(value, value_len, "value"), unit_arg(from, from_len, "from")};
    Unit target = unit_arg(to, to_len, "to");
    auto converted = convert(q, target);
    if (!converted)
      fail(DUCHA_EMISMATCH, "cannot convert " + q.to_string() + " (" + std::string(to_string(q.dimension())) +
                                ") to " + target.symbol + " (" + std::string(to_string(target.dimension)) + ")");
    return to_buf(out, converted->to_string());
  });
}

DUCHA_API int ducha_target_hints(const char* text, size_t text_len, const char* unit,
                                 size_t unit_len, int* out_kind, int* out_comparator, int* out_lower_is_better) {
  return guard([&] {
    std::string_view t = text_arg(text, text_len, "text");
    Unit u = unit_arg(unit, unit_len, "unit");
    if (out_kind) *out_kind = static_cast<int>(text::infer_kind(t, u));
    if (out_comparator) *out_comparator = static_cast<int>(text::infer_comparator(t));
    if (out_lower_is_better) *out_lower_is_better = text::infer_lower_is_better(t) ? 1 : 0;
    return DUCHA_OK;
  });
}

}  // extern "C"

#include "report/figures.hpp"

namespace ducha::report {
namespace {

const Fraction kWan(10000);
const Fraction kYi(100000000);
const Fraction kHundredWan(1000000);

std::string strip_zeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") return "0";
  return text;
}

Fraction magnitude(const Fraction& f) { return f.is_negative() ? -f : f; }

// Whether `f` has at most two decimals exactly.
bool exact_to_cents(const Fraction& f) { return (f * Fraction(100)).reduced().denominator() == 1; }

}  // namespace

std::string plain_number(const Fraction& value) {
  return strip_zeros(value.to_decimal_string(2, Rounding::half_up));
}

std::string quantity_text(const Quantity& q) {
  const Fraction v(q.value);
  const Fraction m = magnitude(v);
  std::string scaled;
  if (m >= kYi) {
    scaled = plain_number(v / kYi) + "亿";
  } else if (m >= kWan && (exact_to_cents(v / kWan) || m >= kHundredWan)) {
    scaled = plain_number(v / kWan) + "万";
  } else {
    scaled = exact_to_cents(v) ? plain_number(v) : strip_zeros(q.value.to_string());
  }
  return scaled + q.unit.symbol;
}

std::string percent_text(const Fraction& ratio) { return plain_number(ratio * Fraction(100)) + "%"; }

std::string fraction_words(const Fraction& f) {
  static constexpr const char* kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  const Fraction r = f.reduced();
  if (r.is_negative() || r.denominator() <= 1 || r.denominator() > 10 || r.numerator() >= r.denominator())
    return percent_text(f);
  return std::string(kDigits[static_cast<int>(r.denominator())]) + "分之" + kDigits[static_cast<int>(r.numerator())];
}

std::string percent_number(const Fraction& ratio, int places) {
  return (ratio * Fraction(100)).to_decimal_string(places, Rounding::half_up);
}

}  // namespace ducha::report

// Figures as supervision offices write them, from exact values: one rule for
// every published format (docs/reports.md, "Figures").
//   * a quantity of 1万 or more is written in 万 (亿 from 1亿) with its unit:
//     333100 平方米 → 33.31万平方米, 50174000000 元 → 501.74亿元; below 1万, or
//     when the scaled figure would need rounding and the value is below 100万,
//     the figure is written whole (18506户);
//   * ratios and 序时进度 as percentages (完成22.21%, 序时进度50%);
//   * at most two decimals, rounded half up (四舍五入), trailing zeros dropped;
//     kRoundingNote states this once in each document.
// Values are Decimal/Fraction throughout; text is made only here.
#pragma once

#include <string>

#include "ducha/fraction.hpp"
#include "ducha/quantity.hpp"

namespace ducha::report {

inline constexpr const char* kRoundingNote =
    "文中数字以万、亿为单位时及百分比均保留两位小数,四舍五入;计算以原始数据精确进行。";

// A plain number: at most two decimals, half up, trailing zeros dropped ("22.21", "50", "-19").
std::string plain_number(const Fraction& value);
// "33.31万平方米", "501.74亿元", "1589辆", "2.5公里".
std::string quantity_text(const Quantity& q);
// A fraction as a percentage: 1/2 → "50%", 0.22207 → "22.21%".
std::string percent_text(const Fraction& ratio);
// A threshold as offices write it: 2/3 → "三分之二", 1/2 → "二分之一"; a fraction whose
// denominator is above ten, or a whole number, as a percentage.
std::string fraction_words(const Fraction& f);
// A percentage in exact decimal text for a spreadsheet cell ("22.2066666…" is never
// written): the ratio × 100 rounded half up to `places` decimals, e.g. "22.21".
std::string percent_number(const Fraction& ratio, int places = 2);

}  // namespace ducha::report

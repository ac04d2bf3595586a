// Numbers, percentages, quantities and dates found in one line of Chinese text.
// Offsets are code points of the input as given; `text` is the matched span after
// normalisation (full-width forms folded). Values are exact.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/decimal.hpp"
#include "ducha/fraction.hpp"
#include "ducha/schedule.hpp"
#include "ducha/unit.hpp"

namespace ducha::text {

struct Span {
  std::size_t begin = 0;  // code points in the input, end exclusive
  std::size_t end = 0;
  std::string text;       // the normalised text of the span
};

// Which list a range's ends belong to.
enum class FigureKind { number, percent, quantity };

struct NumberMatch {
  Span span;
  Fraction value;            // a scale word shared with a range's upper end applied: 两 in 两到三万 is 20000
  bool approximate = false;  // 约 近 余 多 几 左右 …
  std::optional<std::size_t> range;  // index into Extraction::ranges when this is one end of a range
};

struct PercentMatch {
  Span span;
  Fraction value;               // in percent: 5.5 for 5.5%; 0.24 for 千分之2.4
  bool points = false;          // 个百分点: a difference of percentages
  bool approximate = false;
  // The signed change when a verb says which way: 增长1.2% → 1.2, 下降29.95% → −29.95.
  std::optional<Fraction> growth;
  std::optional<std::size_t> range;  // index into Extraction::ranges when this is one end of a range
};

struct QuantityMatch {
  Span span;
  Fraction value;  // in `unit`, scale words applied: 33.31万平方米 → 333100 平方米
  Unit unit;       // without the scale word; typographic forms normalised (㎡ → 平方米)
  bool approximate = false;
  std::optional<std::size_t> range;  // index into Extraction::ranges when this is one end of a range
};

// Two figures joined by a dash (— – ~ ～ -), 至 or 到: one range, never a minus sign.
// A scale word, % or unit written only on the upper end is shared: 两到三万 is
// 20000–30000, 3-5个 is 3–5 个, 6.5-7% is 6.5%–7%. The ends stay in the lists above
// as written (each with `range` set); `low` and `high` are the range's meaning.
struct RangeMatch {
  Span span;                 // from the lower end through the upper end
  Fraction low, high;        // in percent for percentages, in `unit` for quantities
  FigureKind kind = FigureKind::number;
  std::optional<Unit> unit;  // quantity ranges: the upper end's unit
  bool points = false;       // percentage-point ranges
  bool approximate = false;
  // The signed change when a verb says which way: 增长6.5%—7% → 6.5, 7; 下降3%-5% → −3, −5.
  std::optional<Fraction> growth_low, growth_high;
};

enum class DateKind {
  day,          // 6月30日, 2022年7月26日
  month,        // 2022年7月, 7月份
  month_range,  // 1-6月
  quarter,      // 一季度
  quarters,     // 前三季度
  half_year,    // 上半年, 下半年
  year_to_date, // 今年以来
  full_year,    // 全年
};

struct DateMatch {
  Span span;
  DateKind kind = DateKind::day;
  std::optional<Date> begin;  // the period it names, when the year is known
  std::optional<Date> end;
  bool as_of = false;         // introduced by 截至: the record's own date
  bool ambiguous = false;     // damaged (截至630日): reported, never guessed
  std::string note;           // why it is ambiguous
};

struct Extraction {
  std::vector<NumberMatch> numbers;
  std::vector<PercentMatch> percents;
  std::vector<QuantityMatch> quantities;
  std::vector<DateMatch> dates;
  std::vector<RangeMatch> ranges;
};

// Everything in `utf8`. `year` places dates without a year (0: leave them open).
// Throws ducha::Error (parse_error) for invalid UTF-8; never for any other input.
Extraction extract(std::string_view utf8, int year = 0);

// An exact value as text: a decimal when it terminates ("333100", "0.24"), else "p/q".
std::string value_text(const Fraction& f);

// The same value as a Decimal, computed on the integers (no text in between): nullopt
// when it does not terminate within Decimal's 18 places or does not fit 18 digits.
std::optional<Decimal> exact_decimal(const Fraction& f);

std::string_view to_string(DateKind k);
std::string_view to_string(FigureKind k);

}  // namespace ducha::text

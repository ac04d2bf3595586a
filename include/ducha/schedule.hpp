// Periods, as-of dates and 序时进度 (the share of the period's work that the
// calendar says should be done by a date), as exact fractions.
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/error.hpp"
#include "ducha/fraction.hpp"

DUCHA_BEGIN_NAMESPACE

using Date = boost::gregorian::date;
// The day progress is judged at, inclusive: 序时进度 counts the whole as-of day.
using AsOf = Date;

// Strict ISO date "YYYY-MM-DD"; 2022-02-30 is an error, not 2 March.
inline Date parse_date(std::string_view text) {
  auto bad = [&](const std::string& why) {
    return Error(ErrorCode::invalid_date,
                 "invalid date \"" + std::string(text) + "\": " + why + " (expected YYYY-MM-DD)");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw bad("wrong shape");
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') throw bad("non-digit at offset " + std::to_string(i));
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  if (parts[0] < 1400 || parts[0] > 9999) throw bad("year out of range 1400..9999");
  if (parts[1] < 1 || parts[1] > 12) throw bad("month out of range");
  int last = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]));
  if (parts[2] < 1 || parts[2] > last)
    throw bad("day " + std::to_string(parts[2]) + " does not exist in that month");
  return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
              static_cast<unsigned short>(parts[2]));
}

inline std::string format_date(const Date& d) { return boost::gregorian::to_iso_extended_string(d); }

// A closed range of days, normally one calendar year.
struct Period {
  Date begin;
  Date end;

  static Period year(int y) {
    return {Date(static_cast<unsigned short>(y), 1, 1), Date(static_cast<unsigned short>(y), 12, 31)};
  }
  long days() const { return (end - begin).days() + 1; }
  bool contains(const Date& d) const { return d >= begin && d <= end; }
};

enum class ScheduleBasis {
  months,  // (whole months + days into the current month / its length) / months in period
  days,    // days elapsed / days in period
  curve,   // a planned curve: expected share at given dates, linear in days between
};

inline std::string_view to_string(ScheduleBasis b) {
  switch (b) {
    case ScheduleBasis::months: return "months";
    case ScheduleBasis::days: return "days";
    case ScheduleBasis::curve: return "curve";
  }
  return "months";
}

struct CurvePoint {
  Date at;
  Fraction expected;  // share of the year's work planned to be done by `at`
};

struct Schedule {
  ScheduleBasis basis = ScheduleBasis::months;
  std::vector<CurvePoint> curve;  // basis == curve: strictly increasing dates

  // 序时进度 at the end of `as_of`: 0 before the period, 1 after it.
  Fraction expected(const Period& period, const Date& as_of) const;
};

namespace detail {

// Months from the period's first day; the period must start on a 1st.
inline Fraction expected_by_months(const Period& p, const Date& as_of) {
  if (p.begin.day() != 1 || p.end != p.end.end_of_month())
    throw Error(ErrorCode::invalid_argument,
                "序时进度 by months needs a period of whole months, got " + format_date(p.begin) +
                    " .. " + format_date(p.end));
  long total = (p.end.year() - p.begin.year()) * 12L + p.end.month() - p.begin.month() + 1;
  long whole = (as_of.year() - p.begin.year()) * 12L + as_of.month() - p.begin.month();
  long month_days = as_of.end_of_month().day();
  // (whole + day / month_days) / total
  return Fraction(static_cast<int128>(whole) * month_days + as_of.day(),
                  static_cast<int128>(month_days) * total);
}

inline Fraction linear(long x, long x0, const Fraction& y0, long x1, const Fraction& y1) {
  if (x1 == x0) return y1;
  return y0 + (y1 - y0) * Fraction(x - x0, x1 - x0);
}

}  // namespace detail

inline Fraction Schedule::expected(const Period& period, const Date& as_of) const {
  if (period.end < period.begin)
    throw Error(ErrorCode::invalid_argument, "period ends before it begins: " +
                                                 format_date(period.begin) + " .. " +
                                                 format_date(period.end));
  if (as_of < period.begin) return Fraction(0);
  if (as_of >= period.end) return Fraction(1);
  switch (basis) {
    case ScheduleBasis::months: return detail::expected_by_months(period, as_of);
    case ScheduleBasis::days: return Fraction((as_of - period.begin).days() + 1, period.days());
    case ScheduleBasis::curve: {
      // Day numbers counted from the day before the period, where the curve is 0.
      const Date origin = period.begin - boost::gregorian::days(1);
      long x = (as_of - origin).days();
      long px = 0;
      Fraction py(0);
      for (const auto& point : curve) {
        long cx = (point.at - origin).days();
        if (x <= cx) return detail::linear(x, px, py, cx, point.expected);
        px = cx;
        py = point.expected;
      }
      return detail::linear(x, px, py, (period.end - origin).days(), Fraction(1));
    }
  }
  return Fraction(0);
}

DUCHA_END_NAMESPACE

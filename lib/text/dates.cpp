// Periods and dates in progress text: 1-6月, 上半年, 一季度, 前三季度, 截至6月30日,
// 今年以来, 全年. A damaged date (截至630日, 2022726日: characters lost in
// publishing) is reported as ambiguous with its readings, never guessed.
#include <bitset>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "text/extraction.hpp"
#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using U32 = std::u32string;


// An Arabic digit run at i: its value and length (0 when none).
std::pair<long, std::size_t> digits_at(const U32& s, std::size_t i) {
  long v = 0;
  std::size_t n = 0;
  while (i + n < s.size() && is_ascii_digit(s[i + n]) && n < 9) v = v * 10 + (s[i + n++] - U'0');
  if (i + n < s.size() && is_ascii_digit(s[i + n])) return {0, 0};  // too long to be a date part
  return {v, n};
}

bool valid_day(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  int last = y > 0 ? boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                          static_cast<unsigned short>(m))
                   : (m == 2 ? 29 : 31);
  return d <= last;
}

std::optional<Date> make(int y, int m, int d) {
  if (y < 1400 || y > 9999 || !valid_day(y, m, d)) return std::nullopt;
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

std::optional<Date> month_end(int y, int m) {
  if (y < 1400 || m < 1 || m > 12) return std::nullopt;
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1).end_of_month();
}

// The month/day readings of a day number that lost its 月 (630 → 6月30日).
std::string readings(long n, int year) {
  std::string digits = std::to_string(n), out;
  for (std::size_t cut = 1; cut < digits.size(); ++cut) {
    int m = std::stoi(digits.substr(0, cut)), d = std::stoi(digits.substr(cut));
    if (digits[cut] == '0' && digits.size() - cut > 1 && d < 10) continue;
    if (valid_day(year, m, d)) out += (out.empty() ? "" : " / ") + std::to_string(m) + "月" + std::to_string(d) + "日";
  }
  return out;
}

// The words naming periods.
struct PeriodWord {
  std::u32string_view w;
  DateKind kind;
  int m0, m1;  // first and last month (m1 0: up to the date of the text)
};
constexpr PeriodWord kPeriodWords[] = {
    {U"上半年", DateKind::half_year, 1, 6},   {U"下半年", DateKind::half_year, 7, 12},
    {U"前三季度", DateKind::quarters, 1, 9},  {U"前两季度", DateKind::quarters, 1, 6},
    {U"第一季度", DateKind::quarter, 1, 3},   {U"第二季度", DateKind::quarter, 4, 6},
    {U"第三季度", DateKind::quarter, 7, 9},   {U"第四季度", DateKind::quarter, 10, 12},
    {U"一季度", DateKind::quarter, 1, 3},     {U"二季度", DateKind::quarter, 4, 6},
    {U"三季度", DateKind::quarter, 7, 9},     {U"四季度", DateKind::quarter, 10, 12},
    {U"今年以来", DateKind::year_to_date, 1, 0}, {U"全年", DateKind::full_year, 1, 12},
};

// One pass over the normalised text; each reader returns where the scan goes on.
class DateScanner {
 public:
  DateScanner(const NormalizedText& t, int year, Extraction& out) : t_(t), s_(t.chars), year_(year), out_(out) {}
  void run();

 private:
  std::size_t period_word(std::size_t i);  // 0 when none starts at i
  std::size_t numeric(std::size_t i);
  std::size_t month_range(std::size_t start, std::size_t k, long n1);
  std::size_t damaged(std::size_t start, std::size_t k, long n, std::size_t digits, bool day);
  std::size_t day_or_month(std::size_t start, std::size_t k, int y, int month);
  DateMatch* push(std::size_t b, std::size_t e, DateKind kind, std::optional<Date> from, std::optional<Date> to);
  char32_t ch(std::size_t j) const { return j < s_.size() ? s_[j] : U'\0'; }
  const NormalizedText& t_;
  const U32& s_;
  int year_;
  Extraction& out_;
};

void DateScanner::run() {
  std::size_t i = 0;
  while (i < s_.size()) {
    if (std::size_t e = period_word(i)) {
      i = e;
    } else if (!is_ascii_digit(s_[i]) || (i > 0 && (is_ascii_digit(s_[i - 1]) || s_[i - 1] == U'.'))) {
      ++i;
    } else {
      i = numeric(i);
    }
  }
}

DateMatch* DateScanner::push(std::size_t b, std::size_t e, DateKind kind, std::optional<Date> from,
                             std::optional<Date> to) {
  DateMatch m;
  m.span = Span{t_.source_begin(b), t_.source_end(e), t_.utf8(b, e)};
  m.kind = kind;
  m.begin = from;
  m.end = to;
  m.as_of = (b >= 2 && (at(s_, b - 2, U"截至") || at(s_, b - 2, U"截止"))) || (b >= 3 && at(s_, b - 3, U"截至到"));
  out_.dates.push_back(m);
  return &out_.dates.back();
}

// Whether a period word starts with `c`: the scan tries the words only there.
bool starts_period_word(char32_t c) {
  static const std::bitset<0x10000> first = [] {
    std::bitset<0x10000> out;
    for (const auto& w : kPeriodWords) out.set(w.w.front());  // all in the BMP
    return out;
  }();
  return c < first.size() && first[c];
}

std::size_t DateScanner::period_word(std::size_t i) {
  if (!starts_period_word(s_[i])) return 0;
  for (const auto& w : kPeriodWords) {
    if (!at(s_, i, w.w)) continue;
    std::optional<Date> from = year_ ? make(year_, w.m0, 1) : std::nullopt;
    std::optional<Date> to = (year_ && w.m1) ? month_end(year_, w.m1) : std::nullopt;
    push(i, i + w.w.size(), w.kind, from, to);
    return i + w.w.size();
  }
  return 0;
}

// A date written with Arabic digits at i: YYYY年M月(D日), M-N月, M月(D日), and damaged ones.
std::size_t DateScanner::numeric(std::size_t i) {
  auto [n1, l1] = digits_at(s_, i);
  if (l1 == 0) return i + 1;
  std::size_t k = i + l1;
  int y = year_;
  long month = 0;
  if (l1 == 4 && ch(k) == U'年') {  // YYYY年
    y = static_cast<int>(n1);
    auto [m, lm] = digits_at(s_, k + 1);
    if (lm == 0 || ch(k + 1 + lm) != U'月') return k + 1;
    month = m;
    k = k + 1 + lm;
  } else if (ch(k) == U'-' && is_ascii_digit(ch(k + 1))) {
    return month_range(i, k, n1);
  } else if (l1 >= 5 && ch(k) == U'月') {
    return damaged(i, k, n1, l1, false);
  } else if (ch(k) == U'月') {
    month = n1;
  } else if (ch(k) == U'日' && n1 > 31) {
    return damaged(i, k, n1, l1, true);
  } else {
    return k;
  }
  if (month < 1 || month > 12) return k + 1;
  return day_or_month(i, k, y, static_cast<int>(month));
}

// M-N月 (1-6月); anything else after a dash is no date here.
std::size_t DateScanner::month_range(std::size_t start, std::size_t k, long n1) {
  auto [n2, l2] = digits_at(s_, k + 1);
  if (l2 == 0 || ch(k + 1 + l2) != U'月' || n1 < 1 || n1 > 12 || n2 < n1 || n2 > 12) return k;
  std::size_t e = k + 2 + l2;
  int y = year_;
  push(start, e, DateKind::month_range, y ? make(y, static_cast<int>(n1), 1) : std::nullopt,
       y ? month_end(y, static_cast<int>(n2)) : std::nullopt);
  return e;
}

// A day number that lost its 月 (630日, or its 年 and 月: 2022726日) or a month number
// that lost its 年 (202207月): ambiguous, with the readings it may have.
std::size_t DateScanner::damaged(std::size_t start, std::size_t k, long n, std::size_t digits, bool day) {
  DateMatch* m = push(start, k + 1, day ? DateKind::day : DateKind::month, std::nullopt, std::nullopt);
  m->ambiguous = true;
  if (day) {
    std::string r = digits <= 4 ? readings(n, year_) : "";
    m->note = "\"" + m->span.text + "\" is not a day of the month; characters seem lost" +
              (r.empty() ? std::string() : ": it may mean " + r);
  } else {
    m->note = "\"" + m->span.text + "\" is not a month; a 年 seems lost";
  }
  return k + 1;
}

// k is at 月: a day (6月30日), or the month (7月, 7月份, 7月底, 7月上旬).
std::size_t DateScanner::day_or_month(std::size_t start, std::size_t k, int y, int month) {
  std::size_t after = k + 1;
  auto [d, ld] = digits_at(s_, after);
  if (ld > 0 && (ch(after + ld) == U'日' || ch(after + ld) == U'号')) {
    std::size_t e = after + ld + 1;
    if (valid_day(y, month, static_cast<int>(d))) {
      auto day = y ? make(y, month, static_cast<int>(d)) : std::nullopt;
      push(start, e, DateKind::day, day, day);
    } else {
      DateMatch* m = push(start, e, DateKind::day, std::nullopt, std::nullopt);
      m->ambiguous = true;
      m->note = "\"" + m->span.text + "\" is not a date in the calendar";
    }
    return e;
  }
  std::size_t e = after;
  std::optional<Date> from = y ? make(y, month, 1) : std::nullopt;
  std::optional<Date> to = y ? month_end(y, month) : std::nullopt;
  if (at(s_, after, U"份")) e = after + 1;
  if (at(s_, after, U"底") || at(s_, after, U"末")) {
    e = after + 1;
    from = to;
  }
  if (at(s_, after, U"上旬") || at(s_, after, U"中旬") || at(s_, after, U"下旬")) e = after + 2;
  push(start, e, DateKind::month, from, to);
  return e;
}

}  // namespace

void find_dates(const NormalizedText& t, int year, Extraction& out) { DateScanner(t, year, out).run(); }

}  // namespace ducha::text

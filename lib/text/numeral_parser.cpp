#include "text/numeral_parser.hpp"

#include <vector>

#include "text/vocabulary.hpp"

namespace ducha::text {
namespace {

enum class Tok { digit, arabic, small, big, point, approx, dozen };

struct Token {
  Tok kind;
  std::size_t begin, end;
  Fraction value;        // digit/arabic: the value; small/big: the unit; point: the fraction part
  bool two = false;      // the digit is 两
  bool zero = false;     // the digit is 零/〇
};

Fraction pow10(int n) {
  Fraction r(1);
  for (int i = 0; i < n; ++i) r = r * Fraction(10);
  return r;
}

std::size_t skip_spaces(const std::u32string& s, std::size_t i) {
  while (i < s.size() && s[i] == U' ') ++i;
  return i;
}

bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// Unit words that begin with a numeral unit character: 千米 is a kilometre, not 1000 米.
bool unit_word_at(const std::u32string& s, std::size_t i) {
  static const std::u32string words[] = {U"千米", U"千克", U"千瓦", U"千卡", U"千字节", U"千比特", U"千焦",
                                         U"兆字节", U"兆赫", U"兆瓦", U"兆比特", U"百分点"};
  for (const auto& w : words)
    if (s.compare(i, w.size(), w) == 0) return true;
  return false;
}

// An Arabic numeral run at i: digits with thousands groups, a decimal part, and —
// when `plain` — an exponent, a power or a k/M suffix. Sets `end`.
std::optional<Fraction> arabic_at(const std::u32string& s, std::size_t i, std::size_t& end, bool plain,
                                  bool& integer) {
  std::size_t j = i;
  int128 mantissa = 0;
  int scale = 0, digits = 0;
  auto push = [&](char32_t c) {
    if (digits >= 36) return false;
    mantissa = mantissa * 10 + (c - U'0');
    if (mantissa != 0 || digits > 0) ++digits;
    return true;
  };
  while (j < s.size() && is_ascii_digit(s[j])) {
    if (!push(s[j])) return std::nullopt;
    ++j;
  }
  std::size_t int_digits = j - i;
  // Thousands groups: ",ddd" not followed by another digit.
  while (int_digits > 0 && j + 4 <= s.size() && s[j] == U',' && is_ascii_digit(s[j + 1]) &&
         is_ascii_digit(s[j + 2]) && is_ascii_digit(s[j + 3]) && !(j + 4 < s.size() && is_ascii_digit(s[j + 4]))) {
    for (int k = 1; k <= 3; ++k)
      if (!push(s[j + k])) return std::nullopt;
    j += 4;
  }
  integer = true;
  if (j < s.size() && s[j] == U'.' && j + 1 < s.size() && is_ascii_digit(s[j + 1])) {
    // 2222.2222.222 is a dotted list of integers, not a decimal.
    std::size_t f = j + 1;
    while (f < s.size() && is_ascii_digit(s[f])) ++f;
    if (f + 1 < s.size() && s[f] == U'.' && is_ascii_digit(s[f + 1])) {
      end = j;
      return Fraction::ratio_unreduced(mantissa, 1);
    }
    ++j;
    integer = false;
    while (j < s.size() && is_ascii_digit(s[j])) {
      if (!push(s[j])) return std::nullopt;
      ++scale;
      ++j;
    }
  }
  if (j == i) return std::nullopt;
  Fraction value = Fraction::ratio_unreduced(mantissa, 1) / pow10(scale);
  if (plain && j < s.size()) {
    if ((s[j] == U'e' || s[j] == U'E')) {
      std::size_t k = j + 1;
      bool neg = false;
      if (k < s.size() && (s[k] == U'+' || s[k] == U'-')) neg = s[k++] == U'-';
      std::size_t first = k;
      int exp = 0;
      while (k < s.size() && is_ascii_digit(s[k]) && exp < 1000) exp = exp * 10 + (s[k++] - U'0');
      if (k > first && exp <= 30 && !(k < s.size() && is_letter(s[k]))) {
        value = neg ? value / pow10(exp) : value * pow10(exp);
        integer = false;
        j = k;
      }
    } else if (s[j] == U'^') {
      std::size_t k = j + 1;
      int minus = 0;
      while (k < s.size() && (s[k] == U'+' || s[k] == U'-')) minus += s[k++] == U'-';
      std::size_t first = k;
      int exp = 0;
      while (k < s.size() && is_ascii_digit(s[k]) && exp < 1000) exp = exp * 10 + (s[k++] - U'0');
      if (k > first && exp <= 60) {
        Fraction p(1);
        bool fits = true;
        try {
          for (int e = 0; e < exp; ++e) p = p * value;
          if (minus % 2 == 1) p = Fraction(1) / p;
        } catch (const Error&) {
          fits = false;
        }
        if (fits) {
          value = p;
          integer = false;
          j = k;
        }
      }
    } else {
      std::size_t k = skip_spaces(s, j);
      // k/K thousands, M millions, w (wan, informal 万: 30w = 300000).
      if (k < s.size() && (s[k] == U'k' || s[k] == U'K' || s[k] == U'M' || (s[k] == U'w' && k == j)) &&
          !(k + 1 < s.size() && is_letter(s[k + 1]))) {
        value = value * Fraction(s[k] == U'M' ? 1000000 : (s[k] == U'w' ? 10000 : 1000));
        j = k + 1;
      }
    }
  }
  end = j;
  return value;
}

// 打 at k, after a number, counts dozens (一打, 十打苹果) unless it begins a verb
// (12345打不通, 三打两建: a numeral after it is never what a dozen counts).
bool dozen_at(const std::u32string& s, std::size_t k) {
  if (k + 1 >= s.size()) return true;
  char32_t next = s[k + 1];
  if (is_ascii_digit(next) || chinese_digit(next) >= 0 || small_unit_exponent(next) > 0) return false;
  return vocabulary::kDozenVerbSecondCharacters.find(next) == std::u32string_view::npos;
}

// 陆 and 参 (參) are digits only beside other numerals or money words (一千陆,
// 陆 点 五 折, 陆万元, 参拾): alone they are 内陆, 参加.
bool capital_in_context(const std::u32string& s, std::size_t k) {
  auto numeral = [](char32_t c) {
    return (chinese_digit(c) >= 0 && c != U'两') || small_unit_exponent(c) > 0 || big_unit_exponent(c) > 0 ||
           c == U'点' || std::u32string_view(U"元圆角分整").find(c) != std::u32string_view::npos;
  };
  std::size_t next = skip_spaces(s, k + 1);  // across spaces only a unit or 点 (陆 点 五), never a digit
  bool unit_next = next < s.size() && numeral(s[next]) && chinese_digit(s[next]) < 0;
  return (k > 0 && numeral(s[k - 1])) || (k + 1 < s.size() && numeral(s[k + 1])) || unit_next;
}

bool can_follow_point(const std::u32string& s, std::size_t i) {
  i = skip_spaces(s, i);
  if (i >= s.size()) return false;
  return is_ascii_digit(s[i]) || (chinese_digit(s[i]) >= 0 && s[i] != U'两');
}

}  // namespace

int chinese_digit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': case U'幺': return 1;
    case U'二': case U'贰': case U'两': return 2;
    case U'三': case U'叁': case U'参': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

int small_unit_exponent(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 1;
    case U'百': case U'佰': return 2;
    case U'千': case U'仟': return 3;
    default: return 0;
  }
}

int big_unit_exponent(char32_t c) {
  switch (c) {
    case U'万': return 4;
    case U'亿': return 8;
    case U'兆': return 12;
    default: return 0;
  }
}

bool starts_number(const std::u32string& s, std::size_t pos) {
  if (pos >= s.size()) return false;
  char32_t c = s[pos];
  if (c == U'幺') return pos + 1 < s.size() && chinese_digit(s[pos + 1]) >= 0;  // 幺 only in digit strings
  return is_ascii_digit(c) || chinese_digit(c) >= 0 || small_unit_exponent(c) > 0 || c == U'负' || c == U'-' ||
         c == U'.' || c == U'半' || c == U'廿' || c == U'卅' || c == U'卌';
}

std::optional<ParsedNumber> parse_number_at(const std::u32string& s, std::size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  auto result = [pos](std::size_t end, const Fraction& value, bool negative, bool chinese, bool integer) {
    ParsedNumber p;
    p.begin = pos;
    p.end = end;
    p.value = negative ? -value : value;
    p.chinese = chinese;
    p.integer = integer;
    return p;
  };
  std::size_t i = pos;
  bool negative = false;
  if (s[i] == U'负' || s[i] == U'-') {
    std::size_t k = i + 1;
    if (k >= s.size()) return std::nullopt;
    bool digit_next = is_ascii_digit(s[k]) || (s[k] == U'.' && k + 1 < s.size() && is_ascii_digit(s[k + 1]));
    bool chinese_next = s[i] == U'负' && (chinese_digit(s[k]) >= 0 || small_unit_exponent(s[k]) > 0);
    if (!digit_next && !chinese_next) return std::nullopt;
    negative = true;
    i = k;
  }
  // 半百: half a hundred.
  if (s[i] == U'半') {
    if (i + 1 < s.size() && s[i + 1] == U'百') return result(i + 2, Fraction(50), negative, true, true);
    return std::nullopt;
  }

  // Pure Arabic numbers may carry exponents, powers and k/M suffixes.
  std::vector<Token> toks;
  bool chinese = false;
  std::size_t j = i;
  bool first = true;
  // Across a space a number continues only with smaller parts (7万 5千 4百): the
  // tokens before the last space and the largest big unit among them.
  std::size_t space_cut = 0;
  Fraction big_before_space(0), big_so_far(0);
  while (true) {
    std::size_t k = first ? j : skip_spaces(s, j);
    if (k >= s.size()) break;
    char32_t c = s[k];
    if (k > j && !toks.empty()) {
      space_cut = toks.size();
      big_before_space = big_so_far;
    }
    bool after_number = !toks.empty();
    // After a decimal part only a big unit may follow, and only directly (三点五万).
    if (after_number && toks.back().kind == Tok::point && (k != j || big_unit_exponent(c) == 0)) break;
    if (is_ascii_digit(c) || (c == U'.' && toks.empty() && k + 1 < s.size() && is_ascii_digit(s[k + 1]))) {
      // Two Arabic runs never join ("1, 234" is two numbers).
      if (!toks.empty() && (toks.back().kind == Tok::arabic || (toks.back().kind == Tok::digit && !toks.back().zero)))
        break;
      if (!toks.empty() && k > j) {
        // "7 万5 千" joins across spaces; "1 3/5" does not (handled by the fraction layer).
        if (toks.back().kind != Tok::small && toks.back().kind != Tok::big && toks.back().kind != Tok::point) break;
      }
      std::size_t end = k;
      bool integer = true;
      // An exponent or suffix only when nothing Chinese came before.
      auto v = arabic_at(s, k, end, toks.empty(), integer);
      if (!v) break;
      if (k > j && !integer) break;  // 1.5万 2.3千万: a decimal after a space starts a new number
      toks.push_back({Tok::arabic, k, end, *v});
      j = end;
    } else if (c == U'廿' || c == U'卅' || c == U'卌') {
      // 廿 = 二十, 卅 = 三十, 卌 = 四十
      if (!toks.empty() && toks.back().kind != Tok::big) break;
      int d = c == U'廿' ? 2 : (c == U'卅' ? 3 : 4);
      toks.push_back({Tok::digit, k, k, Fraction(d)});
      toks.push_back({Tok::small, k, k + 1, Fraction(10)});
      chinese = true;
      j = k + 1;
    } else if (int d = chinese_digit(c); d >= 0 && ((c != U'陆' && c != U'参') || capital_in_context(s, k))) {
      // Trailing 两 right after a unit is the weight 两 (三千两百两), not a digit.
      if (c == U'两' && after_number && (toks.back().kind == Tok::small || toks.back().kind == Tok::big)) {
        std::size_t n = k + 1;
        bool more = n < s.size() && (small_unit_exponent(s[n]) > 0 || big_unit_exponent(s[n]) > 0);
        if (!more) break;
      }
      if (!toks.empty() && toks.back().kind == Tok::arabic) break;
      toks.push_back({Tok::digit, k, k + 1, Fraction(d), c == U'两', d == 0});
      chinese = true;
      j = k + 1;
    } else if (int e = small_unit_exponent(c); e > 0) {
      if (unit_word_at(s, k)) break;
      toks.push_back({Tok::small, k, k + 1, pow10(e)});
      chinese = true;
      j = k + 1;
    } else if (int e = big_unit_exponent(c); e > 0 && after_number) {
      if (unit_word_at(s, k)) break;
      if (space_cut > 0 && big_before_space != Fraction(0) && pow10(e) >= big_before_space) {
        toks.resize(space_cut);  // 1万 2千万: two numbers
        break;
      }
      if (pow10(e) > big_so_far) big_so_far = pow10(e);
      toks.push_back({Tok::big, k, k + 1, pow10(e)});
      j = k + 1;
    } else if (c == U'点' && after_number && can_follow_point(s, k + 1)) {
      std::size_t m = skip_spaces(s, k + 1);
      Fraction frac(0);
      int places = 0;
      int128 digits = 0;
      while (m < s.size()) {
        int d = is_ascii_digit(s[m]) ? static_cast<int>(s[m] - U'0') : (s[m] == U'两' ? -1 : chinese_digit(s[m]));
        if (d < 0 || s[m] == U'幺' || places >= 30) break;
        digits = digits * 10 + d;
        ++places;
        ++m;
        std::size_t n = skip_spaces(s, m);
        if (n > m && n < s.size() && (is_ascii_digit(s[n]) || (chinese_digit(s[n]) >= 0 && s[n] != U'两'))) m = n;
      }
      frac = Fraction::ratio_unreduced(digits, 1) / pow10(places);
      toks.push_back({Tok::point, k, m, frac});
      chinese = true;
      j = m;
    } else if ((c == U'余' || c == U'多') && after_number) {
      std::size_t n = skip_spaces(s, k + 1);
      if (n < s.size() && big_unit_exponent(s[n]) > 0 && !unit_word_at(s, n)) {
        toks.push_back({Tok::approx, k, k + 1, Fraction(0)});
        j = k + 1;
      } else {
        break;
      }
    } else if (c == U'几' && after_number &&
               (toks.back().kind == Tok::small || (toks.back().kind == Tok::digit && toks.back().zero))) {
      toks.push_back({Tok::digit, k, k + 1, Fraction(0)});
      toks.back().zero = false;
      toks.push_back({Tok::approx, k, k + 1, Fraction(0)});
      j = k + 1;
    } else if (c == U'打' && after_number && dozen_at(s, k)) {
      toks.push_back({Tok::dozen, k, k + 1, Fraction(12)});
      j = k + 1;
      break;
    } else {
      break;
    }
    first = false;
  }
  if (toks.empty()) return std::nullopt;
  for (const auto& t : toks)
    if (t.kind == Tok::digit && s[t.begin] == U'幺' && toks.size() < 2) return std::nullopt;

  // Digit sequences (一七二零, 三八): only single digits, at least two, no 两.
  bool has_unit = false;
  std::size_t leading_digits = 0;
  for (const auto& t : toks) {
    if (t.kind == Tok::small || t.kind == Tok::big) {
      has_unit = true;
      break;
    }
    if (t.kind != Tok::digit) break;
    ++leading_digits;
  }

  // Evaluate.
  Fraction total(0), section(0);
  std::optional<Fraction> pending;
  Fraction last_unit(0), last_big(0), last_small(0);
  bool zero_since_unit = false, approx = false, prev_was_unit = false, pending_single = false;
  std::size_t end = toks.front().begin;
  std::size_t used = 0;
  auto resolve_pending = [&]() {
    if (!pending) return;
    Fraction p = *pending;
    if (pending_single && prev_was_unit && !zero_since_unit && last_unit >= Fraction(10)) p = p * (last_unit / Fraction(10));
    section = section + p;
    pending.reset();
  };
  if (leading_digits >= 2) {
    // A run of single digits: a sequence, unless units follow (二三十 is a range: no number).
    if (has_unit) {
      ParsedNumber skip;
      skip.begin = pos;
      skip.end = toks.back().end;
      skip.valid = false;
      return skip;
    }
    int128 seq = 0;
    bool two = false;
    for (std::size_t t = 0; t < leading_digits; ++t) {
      seq = seq * 10 + static_cast<int>(toks[t].value.numerator());
      two = two || toks[t].two;
    }
    if (two) {
      // 两两 is not a number; keep only the first digit.
      toks.resize(1);
      leading_digits = 1;
    } else {
      Fraction v = Fraction::ratio_unreduced(seq, 1);
      end = toks[leading_digits - 1].end;
      used = leading_digits;
      bool integer = true;
      if (used < toks.size() && toks[used].kind == Tok::point) {
        v = v + toks[used].value;
        end = toks[used].end;
        integer = false;
        ++used;
      }
      if (used < toks.size() && toks[used].kind == Tok::dozen) {
        v = v * Fraction(12);
        end = toks[used].end;
      }
      return result(end, v, negative, true, integer);
    }
  }
  bool integer = true;
  for (used = 0; used < toks.size(); ++used) {
    const Token& t = toks[used];
    if (t.kind == Tok::digit || t.kind == Tok::arabic) {
      if (pending) break;
      if (t.kind == Tok::digit && t.zero) {
        zero_since_unit = true;
        prev_was_unit = false;
        end = t.end;
        // 零 alone (or 零点五) is a number; as a filler it adds nothing.
        if (used + 1 == toks.size() || toks[used + 1].kind == Tok::point) pending = Fraction(0), pending_single = true;
        continue;
      }
      if (t.kind == Tok::arabic && t.value.denominator() != 1) integer = false;
      pending = t.value;
      pending_single = t.kind == Tok::digit;
      end = t.end;
      // prev_was_unit keeps its value for the abbreviation rule (一万三).
      continue;
    }
    if (t.kind == Tok::small) {
      // 十一十二 is two numbers: a unit no smaller than the last one in this section ends it.
      if (last_small != Fraction(0) && t.value >= last_small) break;
      Fraction v = pending ? *pending : Fraction(1);
      if (!pending && used > 0 && toks[used - 1].kind != Tok::digit && t.value > Fraction(10) && section == Fraction(0) &&
          total == Fraction(0))
        break;
      // 百/千 alone need a following digit (百三, 千三); 十 alone is ten.
      if (!pending && used == 0 && t.value > Fraction(10)) {
        bool digit_next = used + 1 < toks.size() && toks[used + 1].kind == Tok::digit && !toks[used + 1].zero;
        if (!digit_next) return std::nullopt;
      }
      section = section + v * t.value;
      pending.reset();
      last_small = t.value;
      last_unit = t.value;
      prev_was_unit = true;
      zero_since_unit = false;
      end = t.end;
      continue;
    }
    if (t.kind == Tok::big) {
      if (pending && !pending_single) {
        section = section + *pending;
        pending.reset();
      }
      Fraction sv = section + (pending ? *pending : Fraction(0));
      pending.reset();
      if (sv == Fraction(0) && total == Fraction(0)) {
        if (last_big == Fraction(0)) return std::nullopt;  // 万 alone is no number
      }
      if (last_big != Fraction(0) && t.value >= last_big)
        total = (total + sv) * t.value;
      else
        total = total + sv * t.value;
      section = Fraction(0);
      last_big = t.value;
      last_unit = t.value;
      last_small = Fraction(0);
      prev_was_unit = true;
      zero_since_unit = false;
      end = t.end;
      continue;
    }
    if (t.kind == Tok::point) {
      resolve_pending();
      section = section + t.value;
      integer = false;
      prev_was_unit = false;
      end = t.end;
      // Only a big unit may follow a decimal part (三点五万).
      if (used + 1 < toks.size() && toks[used + 1].kind == Tok::big) {
        pending = section;
        pending_single = false;
        section = Fraction(0);
      }
      continue;
    }
    if (t.kind == Tok::approx) {
      approx = true;
      continue;
    }
    if (t.kind == Tok::dozen) {
      resolve_pending();
      total = (total + section) * Fraction(12);
      section = Fraction(0);
      end = t.end;
      ++used;
      break;
    }
  }
  if (pending) {
    // A digit after a unit without 零 is an abbreviation: 两千四百五 = 2450, 一万三 = 13000.
    resolve_pending();
  }
  if (end <= i) return std::nullopt;
  ParsedNumber p = result(end, total + section, negative, chinese, integer);
  p.approximate = approx;
  return p;
}

}  // namespace ducha::text

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

// The digits of an Arabic numeral, at most 36 significant ones.
struct Digits {
  int128 mantissa = 0;
  int scale = 0, significant = 0;
  bool push(char32_t c) {
    if (significant >= 36) return false;
    mantissa = mantissa * 10 + (c - U'0');
    if (mantissa != 0 || significant > 0) ++significant;
    return true;
  }
};

// Digits with thousands groups and a decimal part at i. Sets `end` and `integer`.
std::optional<Fraction> decimal_at(const std::u32string& s, std::size_t i, std::size_t& end, bool& integer) {
  Digits d;
  std::size_t j = i;
  for (; j < s.size() && is_ascii_digit(s[j]); ++j)
    if (!d.push(s[j])) return std::nullopt;
  // Thousands groups: ",ddd" not followed by another digit.
  while (j > i && j + 4 <= s.size() && s[j] == U',' && is_ascii_digit(s[j + 1]) && is_ascii_digit(s[j + 2]) &&
         is_ascii_digit(s[j + 3]) && !(j + 4 < s.size() && is_ascii_digit(s[j + 4]))) {
    for (int k = 1; k <= 3; ++k)
      if (!d.push(s[j + k])) return std::nullopt;
    j += 4;
  }
  integer = true;
  if (j < s.size() && s[j] == U'.' && j + 1 < s.size() && is_ascii_digit(s[j + 1])) {
    // 2222.2222.222 is a dotted list of integers, not a decimal.
    std::size_t f = j + 1;
    while (f < s.size() && is_ascii_digit(s[f])) ++f;
    if (f + 1 < s.size() && s[f] == U'.' && is_ascii_digit(s[f + 1])) {
      end = j;
      return Fraction::ratio_unreduced(d.mantissa, 1);
    }
    integer = false;
    for (++j; j < s.size() && is_ascii_digit(s[j]); ++j, ++d.scale)
      if (!d.push(s[j])) return std::nullopt;
  }
  if (j == i) return std::nullopt;
  end = j;
  return Fraction::ratio_unreduced(d.mantissa, 1) / pow10(d.scale);
}

// The digits of an exponent at k, capped so that reading stops past 1000. Sets `end` (k when none).
int exponent_at(const std::u32string& s, std::size_t k, std::size_t& end) {
  int exp = 0;
  while (k < s.size() && is_ascii_digit(s[k]) && exp < 1000) exp = exp * 10 + (s[k++] - U'0');
  end = k;
  return exp;
}

// e/E with an optional sign and at most 30 as exponent, at j; true when it applied.
bool scientific(const std::u32string& s, std::size_t& j, Fraction& value) {
  std::size_t k = j + 1;
  bool neg = false;
  if (k < s.size() && (s[k] == U'+' || s[k] == U'-')) neg = s[k++] == U'-';
  std::size_t first = k;
  int exp = exponent_at(s, first, k);
  if (k == first || exp > 30 || (k < s.size() && is_letter(s[k]))) return false;
  value = neg ? value / pow10(exp) : value * pow10(exp);
  j = k;
  return true;
}

// ^ with signs (an odd number of minus signs inverts) and at most 60 as power, at j; true when it applied
// and the power fits.
bool power(const std::u32string& s, std::size_t& j, Fraction& value) {
  std::size_t k = j + 1;
  int minus = 0;
  while (k < s.size() && (s[k] == U'+' || s[k] == U'-')) minus += s[k++] == U'-';
  std::size_t first = k;
  int exp = exponent_at(s, first, k);
  if (k == first || exp > 60) return false;
  Fraction p(1);
  try {
    for (int e = 0; e < exp; ++e) p = p * value;
    if (minus % 2 == 1) p = Fraction(1) / p;
  } catch (const Error&) {
    return false;
  }
  value = p;
  j = k;
  return true;
}

// k/K thousands, M millions, w (wan, informal 万: 30w = 300000, written without a space) at j.
void scale_letter(const std::u32string& s, std::size_t& j, Fraction& value) {
  std::size_t k = skip_spaces(s, j);
  if (k < s.size() && (s[k] == U'k' || s[k] == U'K' || s[k] == U'M' || (s[k] == U'w' && k == j)) &&
      !(k + 1 < s.size() && is_letter(s[k + 1]))) {
    value = value * Fraction(s[k] == U'M' ? 1000000 : (s[k] == U'w' ? 10000 : 1000));
    j = k + 1;
  }
}

// An Arabic numeral run at i: digits with thousands groups, a decimal part, and —
// when `plain` — an exponent, a power or a k/M suffix. Sets `end`.
std::optional<Fraction> arabic_at(const std::u32string& s, std::size_t i, std::size_t& end, bool plain,
                                  bool& integer) {
  std::size_t j = i;
  std::optional<Fraction> value = decimal_at(s, i, j, integer);
  if (!value) return std::nullopt;
  if (plain && j < s.size()) {
    if (s[j] == U'e' || s[j] == U'E') {
      if (scientific(s, j, *value)) integer = false;
    } else if (s[j] == U'^') {
      if (power(s, j, *value)) integer = false;
    } else {
      scale_letter(s, j, *value);
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

namespace {

ParsedNumber make_number(std::size_t begin, std::size_t end, const Fraction& value, bool negative, bool chinese,
                         bool integer) {
  ParsedNumber p;
  p.begin = begin;
  p.end = end;
  p.value = negative ? -value : value;
  p.chinese = chinese;
  p.integer = integer;
  return p;
}

// 负 or - at i: where the digits after it start (setting `negative`), or npos when
// no number follows. Without a sign, i itself.
std::size_t after_sign(const std::u32string& s, std::size_t i, bool& negative) {
  if (s[i] != U'负' && s[i] != U'-') return i;
  std::size_t k = i + 1;
  if (k >= s.size()) return std::u32string::npos;
  bool digit_next = is_ascii_digit(s[k]) || (s[k] == U'.' && k + 1 < s.size() && is_ascii_digit(s[k + 1]));
  bool chinese_next = s[i] == U'负' && (chinese_digit(s[k]) >= 0 || small_unit_exponent(s[k]) > 0);
  if (!digit_next && !chinese_next) return std::u32string::npos;
  negative = true;
  return k;
}

// The tokens of one number from i: digits, Arabic runs, units, a decimal part,
// 余/多/几 and 打. Across a space a number continues only with smaller parts (7万 5千 4百).
class Tokenizer {
 public:
  Tokenizer(const std::u32string& s, std::size_t i) : s_(s), j_(i) {}
  void run();
  std::vector<Token> toks;
  bool chinese = false;

 private:
  bool step(std::size_t k);  // false: the number ends before k
  bool arabic(std::size_t k);
  bool ancient_tens(std::size_t k);
  bool digit(std::size_t k, int d);
  bool small(std::size_t k, int e);
  bool big(std::size_t k, int e);
  bool point(std::size_t k);
  bool approx(std::size_t k);
  bool few(std::size_t k);
  const std::u32string& s_;
  std::size_t j_;
  std::size_t space_cut_ = 0;  // the tokens before the last space
  Fraction big_before_space_{0}, big_so_far_{0};
  bool stop_ = false;
};

void Tokenizer::run() {
  for (bool first = true; !stop_; first = false) {
    std::size_t k = first ? j_ : skip_spaces(s_, j_);
    if (k >= s_.size()) return;
    if (k > j_ && !toks.empty()) {
      space_cut_ = toks.size();
      big_before_space_ = big_so_far_;
    }
    if (!step(k)) return;
  }
}

bool Tokenizer::step(std::size_t k) {
  char32_t c = s_[k];
  bool after_number = !toks.empty();
  // After a decimal part only a big unit may follow, and only directly (三点五万).
  if (after_number && toks.back().kind == Tok::point && (k != j_ || big_unit_exponent(c) == 0)) return false;
  if (is_ascii_digit(c) || (c == U'.' && toks.empty() && k + 1 < s_.size() && is_ascii_digit(s_[k + 1])))
    return arabic(k);
  if (c == U'廿' || c == U'卅' || c == U'卌') return ancient_tens(k);
  if (int d = chinese_digit(c); d >= 0 && ((c != U'陆' && c != U'参') || capital_in_context(s_, k))) return digit(k, d);
  if (int e = small_unit_exponent(c); e > 0) return small(k, e);
  if (int e = big_unit_exponent(c); e > 0 && after_number) return big(k, e);
  if (c == U'点' && after_number && can_follow_point(s_, k + 1)) return point(k);
  if ((c == U'余' || c == U'多') && after_number) return approx(k);
  if (c == U'几' && after_number &&
      (toks.back().kind == Tok::small || (toks.back().kind == Tok::digit && toks.back().zero)))
    return few(k);
  if (c == U'打' && after_number && dozen_at(s_, k)) {
    toks.push_back({Tok::dozen, k, k + 1, Fraction(12)});
    j_ = k + 1;
    stop_ = true;
    return true;
  }
  return false;
}

bool Tokenizer::arabic(std::size_t k) {
  // Two Arabic runs never join ("1, 234" is two numbers).
  if (!toks.empty() && (toks.back().kind == Tok::arabic || (toks.back().kind == Tok::digit && !toks.back().zero)))
    return false;
  // "7 万5 千" joins across spaces; "1 3/5" does not (handled by the fraction layer).
  if (!toks.empty() && k > j_ && toks.back().kind != Tok::small && toks.back().kind != Tok::big &&
      toks.back().kind != Tok::point)
    return false;
  std::size_t end = k;
  bool integer = true;
  // An exponent or suffix only when nothing Chinese came before.
  auto v = arabic_at(s_, k, end, toks.empty(), integer);
  if (!v) return false;
  if (k > j_ && !integer) return false;  // 1.5万 2.3千万: a decimal after a space starts a new number
  toks.push_back({Tok::arabic, k, end, *v});
  j_ = end;
  return true;
}

// 廿 = 二十, 卅 = 三十, 卌 = 四十.
bool Tokenizer::ancient_tens(std::size_t k) {
  if (!toks.empty() && toks.back().kind != Tok::big) return false;
  int d = s_[k] == U'廿' ? 2 : (s_[k] == U'卅' ? 3 : 4);
  toks.push_back({Tok::digit, k, k, Fraction(d)});
  toks.push_back({Tok::small, k, k + 1, Fraction(10)});
  chinese = true;
  j_ = k + 1;
  return true;
}

bool Tokenizer::digit(std::size_t k, int d) {
  char32_t c = s_[k];
  // Trailing 两 right after a unit is the weight 两 (三千两百两), not a digit.
  if (c == U'两' && !toks.empty() && (toks.back().kind == Tok::small || toks.back().kind == Tok::big)) {
    std::size_t n = k + 1;
    bool more = n < s_.size() && (small_unit_exponent(s_[n]) > 0 || big_unit_exponent(s_[n]) > 0);
    if (!more) return false;
  }
  if (!toks.empty() && toks.back().kind == Tok::arabic) return false;
  toks.push_back({Tok::digit, k, k + 1, Fraction(d), c == U'两', d == 0});
  chinese = true;
  j_ = k + 1;
  return true;
}

bool Tokenizer::small(std::size_t k, int e) {
  if (unit_word_at(s_, k)) return false;
  toks.push_back({Tok::small, k, k + 1, pow10(e)});
  chinese = true;
  j_ = k + 1;
  return true;
}

bool Tokenizer::big(std::size_t k, int e) {
  if (unit_word_at(s_, k)) return false;
  if (space_cut_ > 0 && big_before_space_ != Fraction(0) && pow10(e) >= big_before_space_) {
    toks.resize(space_cut_);  // 1万 2千万: two numbers
    return false;
  }
  if (pow10(e) > big_so_far_) big_so_far_ = pow10(e);
  toks.push_back({Tok::big, k, k + 1, pow10(e)});
  j_ = k + 1;
  return true;
}

// 点 and the digits after it (spaces allowed between them).
bool Tokenizer::point(std::size_t k) {
  std::size_t m = skip_spaces(s_, k + 1);
  int places = 0;
  int128 digits = 0;
  while (m < s_.size()) {
    int d = is_ascii_digit(s_[m]) ? static_cast<int>(s_[m] - U'0') : (s_[m] == U'两' ? -1 : chinese_digit(s_[m]));
    if (d < 0 || s_[m] == U'幺' || places >= 30) break;
    digits = digits * 10 + d;
    ++places;
    ++m;
    std::size_t n = skip_spaces(s_, m);
    if (n > m && n < s_.size() && (is_ascii_digit(s_[n]) || (chinese_digit(s_[n]) >= 0 && s_[n] != U'两'))) m = n;
  }
  toks.push_back({Tok::point, k, m, Fraction::ratio_unreduced(digits, 1) / pow10(places)});
  chinese = true;
  j_ = m;
  return true;
}

// 余/多 before a big unit: 十余万, 一千多万.
bool Tokenizer::approx(std::size_t k) {
  std::size_t n = skip_spaces(s_, k + 1);
  if (n >= s_.size() || big_unit_exponent(s_[n]) == 0 || unit_word_at(s_, n)) return false;
  toks.push_back({Tok::approx, k, k + 1, Fraction(0)});
  j_ = k + 1;
  return true;
}

// 几 after a unit or 零: 二十几万.
bool Tokenizer::few(std::size_t k) {
  toks.push_back({Tok::digit, k, k + 1, Fraction(0)});
  toks.back().zero = false;
  toks.push_back({Tok::approx, k, k + 1, Fraction(0)});
  j_ = k + 1;
  return true;
}

// A run of single digits at the start (一七二零 = 1720, 三八折): at least two, no 两. With
// units after it (二三十) it is a range written in numerals: no number (valid = false).
// True when `out` is the reading; false when the tokens are read as a numeral
// (after 两两 was cut to its first digit).
bool digit_sequence(std::size_t pos, std::vector<Token>& toks, bool negative, ParsedNumber& out) {
  bool has_unit = false;
  std::size_t leading = 0;
  for (const auto& t : toks) {
    if (t.kind == Tok::small || t.kind == Tok::big) {
      has_unit = true;
      break;
    }
    if (t.kind != Tok::digit) break;
    ++leading;
  }
  if (leading < 2) return false;
  if (has_unit) {
    out.begin = pos;
    out.end = toks.back().end;
    out.valid = false;
    return true;
  }
  int128 seq = 0;
  bool two = false;
  for (std::size_t t = 0; t < leading; ++t) {
    seq = seq * 10 + static_cast<int>(toks[t].value.numerator());
    two = two || toks[t].two;
  }
  if (two) {  // 两两 is not a number; keep only the first digit.
    toks.resize(1);
    return false;
  }
  Fraction v = Fraction::ratio_unreduced(seq, 1);
  std::size_t end = toks[leading - 1].end, used = leading;
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
  out = make_number(pos, end, v, negative, true, integer);
  return true;
}

enum class Next { go, stop, invalid };

// The value of a numeral's tokens: sections of digits and small units (千百十)
// multiplied by big units (万亿兆), a decimal part, 打 (dozens).
struct Evaluation {
  Fraction total{0}, section{0};
  std::optional<Fraction> pending;  // a digit or Arabic run not yet given a unit
  Fraction last_unit{0}, last_big{0}, last_small{0};
  bool zero_since_unit = false, approx = false, prev_was_unit = false, pending_single = false, integer = true;
  std::size_t end = 0;

  Next apply(const std::vector<Token>& toks, std::size_t at);
  Next number(const std::vector<Token>& toks, std::size_t at);
  Next small(const std::vector<Token>& toks, std::size_t at);
  Next big(const Token& t);
  void point(const std::vector<Token>& toks, std::size_t at);
  void resolve_pending();
};

// A digit after a unit without 零 is an abbreviation: 两千四百五 = 2450, 一万三 = 13000.
void Evaluation::resolve_pending() {
  if (!pending) return;
  Fraction p = *pending;
  if (pending_single && prev_was_unit && !zero_since_unit && last_unit >= Fraction(10)) p = p * (last_unit / Fraction(10));
  section = section + p;
  pending.reset();
}

Next Evaluation::apply(const std::vector<Token>& toks, std::size_t at) {
  const Token& t = toks[at];
  switch (t.kind) {
    case Tok::digit:
    case Tok::arabic: return number(toks, at);
    case Tok::small: return small(toks, at);
    case Tok::big: return big(t);
    case Tok::point: point(toks, at); return Next::go;
    case Tok::approx: approx = true; return Next::go;
    case Tok::dozen:
      resolve_pending();
      total = (total + section) * Fraction(12);
      section = Fraction(0);
      end = t.end;
      return Next::stop;
  }
  return Next::stop;
}

Next Evaluation::number(const std::vector<Token>& toks, std::size_t at) {
  const Token& t = toks[at];
  if (pending) return Next::stop;
  if (t.kind == Tok::digit && t.zero) {
    zero_since_unit = true;
    prev_was_unit = false;
    end = t.end;
    // 零 alone (or 零点五) is a number; as a filler it adds nothing.
    if (at + 1 == toks.size() || toks[at + 1].kind == Tok::point) {
      pending = Fraction(0);
      pending_single = true;
    }
    return Next::go;
  }
  if (t.kind == Tok::arabic && t.value.denominator() != 1) integer = false;
  pending = t.value;
  pending_single = t.kind == Tok::digit;
  end = t.end;
  return Next::go;  // prev_was_unit keeps its value for the abbreviation rule (一万三)
}

Next Evaluation::small(const std::vector<Token>& toks, std::size_t at) {
  const Token& t = toks[at];
  // 十一十二 is two numbers: a unit no smaller than the last one in this section ends it.
  if (last_small != Fraction(0) && t.value >= last_small) return Next::stop;
  if (!pending && at > 0 && toks[at - 1].kind != Tok::digit && t.value > Fraction(10) && section == Fraction(0) &&
      total == Fraction(0))
    return Next::stop;
  // 百/千 alone need a following digit (百三, 千三); 十 alone is ten.
  if (!pending && at == 0 && t.value > Fraction(10)) {
    bool digit_next = at + 1 < toks.size() && toks[at + 1].kind == Tok::digit && !toks[at + 1].zero;
    if (!digit_next) return Next::invalid;
  }
  section = section + (pending ? *pending : Fraction(1)) * t.value;
  pending.reset();
  last_small = last_unit = t.value;
  prev_was_unit = true;
  zero_since_unit = false;
  end = t.end;
  return Next::go;
}

Next Evaluation::big(const Token& t) {
  if (pending && !pending_single) {
    section = section + *pending;
    pending.reset();
  }
  Fraction sv = section + (pending ? *pending : Fraction(0));
  pending.reset();
  if (sv == Fraction(0) && total == Fraction(0) && last_big == Fraction(0)) return Next::invalid;  // 万 alone
  if (last_big != Fraction(0) && t.value >= last_big)
    total = (total + sv) * t.value;
  else
    total = total + sv * t.value;
  section = Fraction(0);
  last_big = last_unit = t.value;
  last_small = Fraction(0);
  prev_was_unit = true;
  zero_since_unit = false;
  end = t.end;
  return Next::go;
}

void Evaluation::point(const std::vector<Token>& toks, std::size_t at) {
  resolve_pending();
  section = section + toks[at].value;
  integer = false;
  prev_was_unit = false;
  end = toks[at].end;
  // Only a big unit may follow a decimal part (三点五万).
  if (at + 1 < toks.size() && toks[at + 1].kind == Tok::big) {
    pending = section;
    pending_single = false;
    section = Fraction(0);
  }
}

}  // namespace

std::optional<ParsedNumber> parse_number_at(const std::u32string& s, std::size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  bool negative = false;
  std::size_t i = after_sign(s, pos, negative);
  if (i == std::u32string::npos) return std::nullopt;
  if (s[i] == U'半') {  // 半百: half a hundred
    if (i + 1 < s.size() && s[i + 1] == U'百') return make_number(pos, i + 2, Fraction(50), negative, true, true);
    return std::nullopt;
  }
  Tokenizer tk(s, i);
  tk.run();
  std::vector<Token>& toks = tk.toks;
  if (toks.empty()) return std::nullopt;
  for (const auto& t : toks)
    if (t.kind == Tok::digit && s[t.begin] == U'幺' && toks.size() < 2) return std::nullopt;
  ParsedNumber sequence;
  if (digit_sequence(pos, toks, negative, sequence)) return sequence;
  Evaluation ev;
  ev.end = toks.front().begin;
  for (std::size_t at = 0; at < toks.size(); ++at) {
    Next n = ev.apply(toks, at);
    if (n == Next::invalid) return std::nullopt;
    if (n == Next::stop) break;
  }
  ev.resolve_pending();
  if (ev.end <= i) return std::nullopt;
  ParsedNumber p = make_number(pos, ev.end, ev.total + ev.section, negative, tk.chinese, ev.integer);
  p.approximate = ev.approx;
  return p;
}

}  // namespace ducha::text

#include "text/clauses.hpp"

#include "text/normalized_text.hpp"

namespace ducha::text {

bool is_major_delimiter(char32_t c) {
  return c == U',' || c == U'，' || c == U';' || c == U'；' || c == U'。' || c == U'!' || c == U'！' || c == U'?' ||
         c == U'？' || c == U'\n';
}

bool is_sentence_end(char32_t c) { return c == U'。' || c == U'\n' || c == U'；' || c == U';'; }

std::vector<Part> split_parts(U32View s) {
  std::vector<Part> parts;
  std::size_t b = 0;
  bool major = true;
  int depth = 0;  // 、 inside brackets lists alternatives of one word: 新(改、扩)建
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (s[i] == U'(' || s[i] == U'（')) ++depth;
    if (i < s.size() && (s[i] == U')' || s[i] == U'）') && depth > 0) --depth;
    if (i < s.size() && is_major_delimiter(s[i])) depth = 0;
    bool end = i == s.size() || is_major_delimiter(s[i]) || (s[i] == U'、' && depth == 0);
    if (!end) continue;
    if (i > b) parts.push_back({b, i, major});
    major = i == s.size() || s[i] != U'、';
    b = i + 1;
  }
  return parts;
}

Context context_of(U32View s, std::size_t b, std::size_t e) {
  Context c;
  std::size_t floor = b > kWindow ? b - kWindow : 0, ceiling = std::min(s.size(), e + kWindow);
  c.sentence_b = b;
  while (c.sentence_b > floor && !is_sentence_end(s[c.sentence_b - 1])) --c.sentence_b;
  c.sentence_e = e;
  while (c.sentence_e < ceiling && !is_sentence_end(s[c.sentence_e])) ++c.sentence_e;
  c.clause_b = b;
  while (c.clause_b > c.sentence_b && !is_major_delimiter(s[c.clause_b - 1]) && s[c.clause_b - 1] != U':' &&
         s[c.clause_b - 1] != U'：')
    --c.clause_b;
  c.clause_e = e;
  while (c.clause_e < c.sentence_e && !is_major_delimiter(s[c.clause_e])) ++c.clause_e;
  c.line_b = b;
  while (c.line_b > floor && s[c.line_b - 1] != U'\n') --c.line_b;
  return c;
}

std::size_t heading_colon(U32View s, std::size_t line_b, std::size_t at) {
  for (std::size_t k = line_b; k < at && k < line_b + 40; ++k)
    if (s[k] == U':' || s[k] == U'：') return k;
  return U32View::npos;
}

U32 trim(U32 s) {
  const auto& drop = words(WordRole::filler);
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (const Word* w : drop) {
      U32View d = w->text;
      if (s.size() >= d.size() && U32View(s).substr(0, d.size()) == d) {
        s.erase(0, d.size());
        changed = true;
      }
      if (s.size() >= d.size() && U32View(s).substr(s.size() - d.size()) == d) {
        s.erase(s.size() - d.size());
        changed = true;
      }
    }
  }
  return s;
}

std::string utf8(U32View s, std::size_t b, std::size_t e) {
  return b < e ? to_utf8(s.substr(b, e - b)) : std::string();
}

std::vector<std::uint8_t> quoted_mask(U32View s) {
  std::vector<std::uint8_t> mask(s.size(), 0);
  int quote = 0, title = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c == U'“' || c == U'「' || c == U'『') ++quote;
    if (c == U'《') ++title;
    mask[i] = title > 0 ? 2 : quote > 0 ? 1 : 0;
    if ((c == U'”' || c == U'」' || c == U'』') && quote > 0) --quote;
    if (c == U'》' && title > 0) --title;
  }
  return mask;
}

}  // namespace ducha::text

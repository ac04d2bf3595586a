#include "text/cells.hpp"

#include <algorithm>

#include "text/clauses.hpp"
#include "text/normalized_text.hpp"

namespace ducha::text {
namespace {

bool is_cell_space(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }
bool is_open(char32_t c) { return c == U'(' || c == U'（'; }
bool is_close(char32_t c) { return c == U')' || c == U'）'; }

// The start of the space-separated token that ends at `e` (at most 40 code points back).
std::size_t token_begin(U32View s, std::size_t e) {
  std::size_t b = e;
  while (b > 0 && e - b < 40 && !is_cell_space(s[b - 1]) && !is_major_delimiter(s[b - 1])) --b;
  return b;
}

std::size_t spaces_before(U32View s, std::size_t k) {
  while (k > 0 && is_cell_space(s[k - 1])) --k;
  return k;
}

// Where the brackets that close at e - 1 open, or npos.
std::size_t bracket_open(U32View s, std::size_t b, std::size_t e) {
  if (e <= b || !is_close(s[e - 1])) return U32View::npos;
  for (std::size_t k = e - 1; k > b; --k)
    if (is_open(s[k - 1])) return k - 1;
  return U32View::npos;
}

bool is_percent_sign(U32View t) { return t == U"%" || t == U"％"; }

// The column a header names: a column word, or a (%) header about completion (完成目标(%)).
std::optional<Column> column_of(U32View name, bool percent_header) {
  if (const Word* w = column_word(name)) {
    if (percent_header && w->column == Column::actual) return Column::rate;  // 进度(%): a rate
    return w->column;
  }
  bool about_completion = name.find(U"完成") != U32View::npos || name.find(U'占') != U32View::npos;
  if (percent_header && about_completion) return Column::rate;
  return std::nullopt;
}

// The cell whose number is `n`, when it is one.
std::optional<Cell> cell_at(const U32& s, const NumberMatch& n) {
  std::size_t b = n.span.begin, e = n.span.end;
  if (b == 0 || !is_cell_space(s[b - 1]) || n.range) return std::nullopt;
  bool written_percent = e < s.size() && (s[e] == U'%' || s[e] == U'％');
  std::size_t end = written_percent ? e + 1 : e;
  if (end < s.size() && !is_cell_space(s[end]) && !is_major_delimiter(s[end])) return std::nullopt;
  std::size_t he = spaces_before(s, b), hb = token_begin(s, he);
  if (hb == he) return std::nullopt;
  std::size_t open = bracket_open(s, hb, he);
  std::size_t name_e = open == U32View::npos ? he : open;
  bool percent_header = open != U32View::npos && is_percent_sign(U32View(s).substr(open + 1, he - open - 2));
  auto column = column_of(U32View(s).substr(hb, name_e - hb), percent_header);
  if (!column) return std::nullopt;
  Cell c{b, end, hb, *column, n.value, std::nullopt, written_percent || percent_header};
  if (!c.percent) {
    c.unit = bracket_unit(s, hb, he);
    std::size_t le = spaces_before(s, hb);
    if (!c.unit && le < hb) c.unit = bracket_unit(s, token_begin(s, le), le);  // 城镇新增就业(人) 目标任务 27800
  }
  // 失业率(%) 目标任务 4.3; a rate column is in percent whether or not it says so.
  if ((c.unit && c.unit->dimension == Dimension::percent) || *column == Column::rate) {
    c.unit.reset();
    c.percent = true;
  }
  return c;
}

}  // namespace

std::optional<Unit> bracket_unit(U32View s, std::size_t b, std::size_t e) {
  std::size_t open = bracket_open(s, b, e);
  if (open == U32View::npos || open + 2 >= e) return std::nullopt;
  U32View inner = s.substr(open + 1, e - open - 2);
  if (is_percent_sign(inner)) return unit("%");
  auto u = find_unit(to_utf8(inner));
  if (!u || u->dimension == Dimension::percent || u->dimension == Dimension::percentage_point) return std::nullopt;
  return u;
}

std::vector<Cell> find_cells(const U32& s, const Extraction& e) {
  std::vector<Cell> out;
  for (const NumberMatch& n : e.numbers)
    if (auto c = cell_at(s, n)) out.push_back(*c);
  std::sort(out.begin(), out.end(), [](const Cell& a, const Cell& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace ducha::text

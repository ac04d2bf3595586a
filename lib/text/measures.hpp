// Figures: the numbers of one text that can measure something, from the
// extraction, with the numerals that only name something set aside (unread).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/fraction.hpp"
#include "ducha/unit.hpp"
#include "text/extraction.hpp"
#include "text/sentence_words.hpp"

namespace ducha::text {

struct Figure {
  std::size_t begin = 0, end = 0;  // code points
  Fraction value;
  Unit unit;
  bool percent = false;
  bool points = false;
  bool bare = false;  // a number without a unit
  std::optional<Fraction> growth;
  bool approximate = false;
  std::optional<Column> column;  // a table cell (cells.hpp): which column it stands in
  std::size_t header_b = 0;      // a cell: where its column's header starts (the row's label ends before it)
  std::optional<Fraction> range_low;  // the upper end of a range (两到三万个, 6.5%—7%): the lower end, in `unit`
};

// Something in a text that was not read, and why.
struct Unread {
  Span span;
  std::string reason;
};

// The figures of `s` in order. `keep_bare` keeps numbers without a unit when only
// punctuation follows them (孵化科技型企业200). Numerals that name something go to
// `unread`: inside quotation marks or a title (“四个意识”, 《十条措施》), written in
// Chinese numerals without an action verb before them (中央八项规定, 两个确立), a bare
// Chinese numeral (张三), and 一批. Cells of a table row written as text come first
// (cells.hpp): their unit is the one their column's header or the row's label states.
std::vector<Figure> figures(const U32& s, const Extraction& e, bool keep_bare, std::vector<Unread>* unread = nullptr);

}  // namespace ducha::text

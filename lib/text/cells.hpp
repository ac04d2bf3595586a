// Cells: a table row written as text, each cell after its column's header
// (`城镇新增就业(人) 目标任务 27800` / `进度 52242 完成比例(%) 187.9`). A number that is
// a whole space-separated token right after a column header is the cell of that
// column: the target, the actual or a stated completion rate. A unit in brackets
// at the end of the header (`完成比例(%)`, `目标任务(万元)`) or of the row's label
// (`城镇新增就业(人)`) applies to the cell. Column words are in sentence_words.cpp.
#pragma once

#include <optional>
#include <vector>

#include "ducha/fraction.hpp"
#include "ducha/unit.hpp"
#include "text/extraction.hpp"
#include "text/sentence_words.hpp"

namespace ducha::text {

struct Cell {
  std::size_t begin = 0, end = 0;  // the number, with a % written after it (code points of the input)
  std::size_t header_b = 0;        // where the column's header starts: the row's label ends before it
  Column column = Column::actual;
  Fraction value;                  // in `unit`, or in percent when `percent`
  std::optional<Unit> unit;        // from the header's or the label's brackets; none when neither has one
  bool percent = false;            // written with % or under a (%) header
};

// The cells of `s` (the input's code points; `e` its extraction), in order.
std::vector<Cell> find_cells(const U32& s, const Extraction& e);

// The unit written in brackets at the end of s[b, e) (`城镇新增就业(人)` → 人,
// `(万方)` → 万立方米, `(%)` → %); nullopt when the brackets hold no unit.
std::optional<Unit> bracket_unit(U32View s, std::size_t b, std::size_t e);

}  // namespace ducha::text

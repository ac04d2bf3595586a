// Unit words as they are written after a figure: the longest unit of the catalog
// (include/ducha/unit.hpp) at a position, minus single-character units that begin
// a common word (方面, 项目, 部门 …).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "ducha/unit.hpp"

namespace ducha::text {

// The longest catalog unit written at k (scale words included: 万元, 亿千瓦时), with
// the number of characters it takes; percentages are not units here.
std::optional<std::pair<Unit, std::size_t>> unit_at(const std::u32string& s, std::size_t k);

// The end of the figure whose number ends at `number_end`: after a %, ‰, 个百分点 or
// a unit written right after it (spaces allowed); `number_end` when none follows.
std::size_t figure_end(const std::u32string& s, std::size_t number_end);

}  // namespace ducha::text

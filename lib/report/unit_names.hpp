// Which names in a plan's unit registry are units an office can hold to account,
// and which are placeholders or collective names (各镇街, 区级有关部门, …成员单位).
#pragma once

#include <string_view>

namespace ducha::report {

// True for a collective name: one beginning with 各, or ending in a collective
// word (成员单位, 有关部门, 有关单位, 相关部门, 相关单位, 各部门, 各单位, 国有企业,
// 国有重点企业). docs/reports.md lists the words; docs/glossary.md explains them.
bool is_collective_unit(std::string_view name);

}  // namespace ducha::report

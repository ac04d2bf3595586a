// Part of the facts stage: what a progress text says about the target itself —
// completion rates it states (完成率85%, 为计划的101%, 已完成1个(50%), a rate column,
// a text that is only 95%), targets it states (超额完成40所的年度目标任务, 完成年计划710亿元的
// 89.4%) and gaps to the target (低于目标0.7个百分点).
#pragma once

#include <vector>

#include "text/facts.hpp"

namespace ducha::text {

// Marks stated completion rates (Fact::rate, whole_text) and attaches each to the
// count it belongs to (Fact::stated_rate, carried).
void read_rates(const U32& s, std::vector<Fact>& facts);

// A figure the text states as the target is no progress (Fact::scope); the first
// figure of its sentence in its unit is the actual, with that target (implied_target).
void read_stated_targets(const U32& s, std::vector<Fact>& facts);

// A figure right after a gap word is the distance to the target (Fact::gap); with
// the figure before it in its sentence it gives the target (implied_target).
void read_gaps(const U32& s, std::vector<Fact>& facts);

}  // namespace ducha::text

// Kind and comparator suggested by the wording of a target sentence, for
// callers that give the figures explicitly (ducha assess --target-value).
#pragma once

#include <string_view>

#include "ducha/target.hpp"
#include "ducha/unit.hpp"

namespace ducha::text {

// 左右 → around; 以上/不低于 → at_least; 突破 → exceed; 以下/不超过/控制在/以内 → at_most;
// 全覆盖 → full; otherwise reach.
Comparator infer_comparator(std::string_view target_text);

// Percentages after 增长/下降 are growth; other percentages and 全覆盖 are
// levels; 控制在/不超过 totals are ceilings; every other figure is cumulative.
TargetKind infer_kind(std::string_view target_text, const Unit& unit);

// 下降, 降低, 减少 with a percentage: a smaller figure is better.
bool infer_lower_is_better(std::string_view target_text);

}  // namespace ducha::text

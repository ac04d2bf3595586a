#include "text/target_hints.hpp"

#include <initializer_list>

namespace ducha::text {
namespace {

bool has_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

Comparator infer_comparator(std::string_view t) {
  if (has_any(t, {"左右"})) return Comparator::around;
  if (has_any(t, {"全覆盖"})) return Comparator::full;
  if (has_any(t, {"突破"})) return Comparator::exceed;
  if (has_any(t, {"以下", "不超过", "控制在", "以内", "不高于"})) return Comparator::at_most;
  if (has_any(t, {"以上", "不低于", "不少于"})) return Comparator::at_least;
  return Comparator::reach;
}

TargetKind infer_kind(std::string_view t, const Unit& unit) {
  bool percent = unit.dimension == Dimension::percent;
  if (percent && has_any(t, {"增长", "增速", "下降", "降低"})) return TargetKind::growth;
  if (percent || has_any(t, {"全覆盖"})) return TargetKind::level;
  if (has_any(t, {"控制在", "不超过", "以内"})) return TargetKind::ceiling;
  return TargetKind::cumulative;
}

bool infer_lower_is_better(std::string_view t) { return has_any(t, {"下降", "降低", "减少"}); }

}  // namespace ducha::text

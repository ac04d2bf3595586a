// Who judged an item: the rules (a computed status), the office (a person's
// recorded assessment) or nobody (not_assessable). Every count a report states
// goes through judged_by(), so an unjudged item is never counted as 正常推进.
#pragma once

#include <string_view>

#include "ducha/evaluation.hpp"
#include "ducha/item.hpp"

namespace ducha::report {

enum class JudgedBy { rules, office, none };

inline std::string_view to_string(JudgedBy j) {
  switch (j) {
    case JudgedBy::rules: return "rules";
    case JudgedBy::office: return "office";
    case JudgedBy::none: return "none";
  }
  return "none";
}

// Derived from the evaluation until the plan records judged_by itself (issue 10):
// a person's assessment → office; not_assessable → none; otherwise rules.
inline JudgedBy judged_by(const Item&, const ItemEvaluation& ev) {
  if (ev.source == Source::assessed) return JudgedBy::office;
  if (ev.status == Status::not_assessable) return JudgedBy::none;
  return JudgedBy::rules;
}

}  // namespace ducha::report

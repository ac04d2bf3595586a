// Who judged an item: the rules (a computed status), the office (a person's status:
// an assessment, an override or the office's published status) or nobody. Every
// count a report states goes through judged_by(), so an item the rules did not
// judge is never counted as 正常推进 on their account.
#pragma once

#include <optional>
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

// The office's own status for an item the rules did not judge: its recorded
// assessment, else its override, else the status it published.
inline std::optional<Status> office_status(const Item& item, const ItemEvaluation& ev) {
  if (ev.source == Source::assessed) return ev.status;
  if (item.override_) return item.override_->status;
  return item.official_status;
}

// Derived from the evaluation until ItemEvaluation carries judged_by (t10history,
// issue 10), with the same meaning: a computed status → rules; otherwise a person's
// status → office; otherwise none.
inline JudgedBy judged_by(const Item& item, const ItemEvaluation& ev) {
  if (ev.source == Source::computed && ev.status != Status::not_assessable) return JudgedBy::rules;
  return office_status(item, ev) ? JudgedBy::office : JudgedBy::none;
}

}  // namespace ducha::report

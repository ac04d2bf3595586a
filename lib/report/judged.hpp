// Who judged an item, as the evaluation records it (ItemEvaluation::judged_by, issue 10):
// the rules (a computed status), the office (a person's status: an assessment, the
// month's office status, an override or the published status) or nobody. Every count
// a report states goes through these two functions, so an item the rules did not judge
// is never counted as 正常推进 on their account.
#pragma once

#include <optional>

#include "ducha/evaluation.hpp"
#include "ducha/item.hpp"

namespace ducha::report {

inline JudgedBy judged_by(const Item&, const ItemEvaluation& ev) { return ev.judged_by; }

// The office's own status for an item the rules did not judge.
inline std::optional<Status> office_status(const Item&, const ItemEvaluation& ev) { return ev.office_status; }

}  // namespace ducha::report

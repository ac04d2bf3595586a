// Why an item has its status, in an office's words, every figure through the
// figure rule (figures.hpp): "已完成33.31万平方米,为目标150万平方米的22.21%,
// 低于序时进度50%的2/3".
#pragma once

#include <string>

#include "ducha/evaluation.hpp"
#include "ducha/item.hpp"
#include "ducha/policy.hpp"

namespace ducha::report {

std::string office_reason(const SubTarget& st, const SubTargetEvaluation& ev, const Policy& policy,
                          const Date& evaluation_date);
// The deciding sub-target's reason, quoted when the item has several.
std::string office_reason(const Item& item, const ItemEvaluation& ev, const Policy& policy,
                          const Date& evaluation_date);
// The sub-target whose status decided the item's (the worst), or npos.
std::size_t deciding_sub_target(const ItemEvaluation& ev);

}  // namespace ducha::report

// A plain-text evaluation for terminals: one line per item with its status,
// explanation and the office's own status.
#pragma once

#include <string>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

namespace ducha::report {

std::string render_text(const Plan& plan, const Evaluation& evaluation, const Policy& policy);

}  // namespace ducha::report

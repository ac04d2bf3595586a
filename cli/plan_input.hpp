// What the commands that take a PLAN.json share: the plan read within --limit, the
// --policy (the reference policy when not given), the --as-of date or the plan's own,
// and an imported plan finished and written (import-report, import table).
#pragma once

#include <string>
#include <vector>

#include "app.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

namespace ducha::cli {

// A plan (PLAN.json, "-" standard input) read as a stream within limits(): never held whole.
Plan read_plan_input(const std::string& path);

struct PlanAndPolicy {
  Plan plan;
  Policy policy;
};
// PLAN.json and --policy `spec` (curve dates fall in the plan's year).
PlanAndPolicy read_plan_and_policy(const std::string& plan_path, const std::string& policy_spec);

// --as-of when given, else the plan's own as_of; else a usage error naming the plan.
Date as_of_or_plans(const std::string& as_of, const Plan& plan, const std::string& plan_path);

// An imported plan: --corrections applied (when given), each message warned (unless
// --quiet), then written to -o.
void write_imported_plan(Plan& plan, const std::string& corrections, const std::vector<std::string>& messages,
                         const Globals& globals, const std::string& output);

}  // namespace ducha::cli

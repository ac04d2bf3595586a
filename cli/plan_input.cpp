#include "plan_input.hpp"

#include "ducha/json.hpp"
#include "ducha/text.hpp"
#include "policy_option.hpp"

namespace ducha::cli {

Plan read_plan_input(const std::string& path) {
  InputStream in(path);  // read item by item: the plan is never held whole
  return plan_from_stream(in.get(), in.name(), limits());
}

PlanAndPolicy read_plan_and_policy(const std::string& plan_path, const std::string& policy_spec) {
  Plan plan = read_plan_input(plan_path);
  Policy policy = policy_spec.empty() ? Policy{} : load_policy_option(policy_spec, plan.year);
  return {std::move(plan), std::move(policy)};
}

Date as_of_or_plans(const std::string& as_of, const Plan& plan, const std::string& plan_path) {
  if (!as_of.empty()) return date_option("--as-of", as_of);
  if (plan.as_of) return *plan.as_of;
  throw UsageError(input_name(plan_path) + " states no as_of date; give --as-of YYYY-MM-DD");
}

void write_imported_plan(Plan& plan, const std::string& corrections, const std::vector<std::string>& messages,
                         const Globals& globals, const std::string& output) {
  if (!corrections.empty()) {
    const std::string name = input_name(corrections);
    std::string json = read_input(corrections);
    naming_input(name, [&] { apply_corrections(plan, json, name, limits()); });
  }
  for (const auto& m : messages) warn(globals, m);
  write_output(output, plan_to_json(plan));
}

}  // namespace ducha::cli

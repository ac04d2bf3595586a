// include/ducha/json.hpp: the public names of lib/io's plan, policy and evaluation JSON.
#include "ducha/json.hpp"

#include "io/evaluation_lines.hpp"
#include "io/plan_json.hpp"
#include "io/plan_lines.hpp"
#include "io/policy_presets.hpp"
#include "io/series_json.hpp"

DUCHA_BEGIN_NAMESPACE

Plan plan_from_json(std::string_view json, const std::string& source, const Limits& limits) {
  return io::read_plan(json, source, limits);
}

Plan plan_from_stream(std::istream& in, const std::string& source, const Limits& limits) {
  return io::read_plan(in, source, limits);
}

Plan plan_from_file(const std::string& path, const Limits& limits) { return io::load_plan(path, limits); }

std::string plan_to_json(const Plan& plan) { return io::write_plan(plan); }

Policy policy_from_json(std::string_view json, const std::string& source, int year) {
  return io::read_policy(json, source, year);
}

Policy load_policy(const std::string& file_or_preset, int year) { return io::load_policy_or_preset(file_or_preset, year); }

std::vector<std::string> policy_presets() {
  std::vector<std::string> names;
  const std::string list = io::policy_preset_names();
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t end = list.find(", ", start);
    if (end == std::string::npos) end = list.size();
    names.push_back(list.substr(start, end - start));
    start = end + 2;
  }
  return names;
}

std::string policy_to_json(const Policy& policy) { return io::write_policy(policy); }

std::string evaluation_to_json(const Plan& plan, const Evaluation& evaluation, const Policy& policy) {
  return io::write_evaluation(plan, evaluation, policy);
}

LinesWritten evaluate_plan_lines(std::istream& in, const std::string& source, const Limits& limits,
                                 const std::function<EvaluationBasis(const Plan&)>& basis,
                                 const std::function<std::ostream&()>& output) {
  return io::evaluate_plan_lines(in, source, limits, basis, output);
}

Evaluation write_evaluation_lines(std::ostream& out, const Plan& plan, const Policy& policy, const Date& as_of) {
  return io::write_evaluation_lines(out, plan, policy, as_of);
}

std::string series_to_json(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy) {
  return io::write_series(plan, series, policy);
}

std::vector<Date> month_ends(std::string_view range, const std::string& option) {
  return io::parse_month_range(range, option);
}

bool agrees_with_office(const Item& item, const ItemEvaluation& evaluation, const Policy& policy) {
  return io::agrees_with_official(item, evaluation, policy);
}

DUCHA_END_NAMESPACE

#include "io/evaluation_tally.hpp"

#include <map>
#include <string>

#include "io/evaluation_json.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

json::object judged_count_json(const JudgedCount& c) {
  auto by = [](const std::map<Status, std::size_t>& m) {
    json::object o;
    for (const auto& [s, n] : m) o[to_string(s)] = n;
    return o;
  };
  return {{"total", c.total}, {"rules", c.rules}, {"rules_by_status", by(c.rules_by_status)},
          {"office", c.office}, {"office_by_status", by(c.office_by_status)}, {"none", c.none}};
}

}  // namespace

void EvaluationTally::add(const Item& item, const ItemEvaluation& ie) {
  ++items_;
  json::object& counts = item.kind == ItemKind::indicator ? indicators_ : tasks_;
  std::string code(to_string(ie.status));
  counts[code] = (counts.contains(code) ? counts[code].as_int64() : 0) + 1;
  if (item.official_status) {
    ++compared_;
    agree_ += agrees_with_official(item, ie, policy_) ? 1 : 0;
  }
  if (item.kind == ItemKind::task) (counts_as_behind(ie, policy_) ? behind_ : normal_) += 1;
  count_item(honest_, item.kind, ie);
}

EvaluationTally EvaluationTally::of(const Plan& plan, const Evaluation& ev, const Policy& policy) {
  EvaluationTally t(policy);
  for (std::size_t i = 0; i < plan.items.size() && i < ev.items.size(); ++i) t.add(plan.items[i], ev.items[i]);
  return t;
}

json::object EvaluationTally::summary_json() const {
  return {{"indicators", indicators_}, {"tasks", tasks_},          {"tasks_lagging", behind_},
          {"tasks_normal", normal_},   {"official_compared", compared_}, {"official_agree", agree_}};
}

json::object EvaluationTally::honest_count_json() const {
  return {{"tasks", judged_count_json(honest_.tasks)}, {"indicators", judged_count_json(honest_.indicators)}};
}

}  // namespace ducha::io

#include <boost/json.hpp>

#include "io/evaluation_json.hpp"
#include "io/evaluation_tally.hpp"

namespace ducha::io {

namespace json = boost::json;

bool agrees_with_official(const Item& item, const ItemEvaluation& ie, const Policy& policy) {
  if (!item.official_status || ie.status == Status::not_assessable) return false;
  if (item.kind == ItemKind::indicator) return *item.official_status == ie.status;
  return is_behind(*item.official_status) == counts_as_behind(ie, policy);
}

bool counts_as_behind(const ItemEvaluation& ie, const Policy& policy) {
  if (ie.status == Status::not_completed) return true;
  return ie.source == Source::assessed ? is_behind(ie.status) : policy.counts_as_lagging(ie.reason);
}

void add_evaluation_basis(json::object& out, const Plan& plan, const Evaluation& ev) {
  out["plan"] = plan.name;
  out["as_of"] = format_date(ev.as_of);
  out["expected"] = ev.expected.to_string();
  out["expected_pct"] = ev.expected.to_percent_string();
  out["rounding"] = "half_even";
  out["policy"] = json::object{{"name", ev.policy_name}, {"version", ev.policy_version}};
}

void add_evaluation_rules(json::object& out, const Evaluation& ev, const Policy& policy) {
  out["later_records"] = to_string(policy.later_records);
  out["escalation"] = to_string(policy.escalation.mode);
  out["later_records_ignored"] = ev.later_records_ignored;
}

json::object item_evaluation_json(const Item& item, const ItemEvaluation& ie, const Policy& policy,
                                  const Date& as_of, const Fraction& expected) {
  std::string text;
  JsonText w(text);
  w.begin_object();
  write_item_evaluation(w, item, ie, policy, as_of, expected);
  w.end_object();
  return json::parse(text).as_object();
}

// Written straight as pretty text: only the summary and the honest count, small, are
// built as JSON values first (at 100 k items the document as values was 12× the plan).
std::string write_evaluation(const Plan& plan, const Evaluation& ev, const Policy& policy) {
  json::object basis, rules;
  const EvaluationTally tally = EvaluationTally::of(plan, ev, policy);  // the summary and the honest count
  add_evaluation_basis(basis, plan, ev);
  add_evaluation_rules(rules, ev, policy);
  std::string out;
  JsonText w(out, JsonText::Style::pretty);
  auto fields = [&w](const json::object& o) {
    for (const auto& kv : o) w.key(kv.key()).value(kv.value());
  };
  w.begin_object();
  w.field("format", kEvaluationFormat);
  fields(basis);
  w.key("summary").value(tally.summary_json());
  w.key("items").begin_array();
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    w.begin_object();
    write_item_evaluation(w, plan.items[i], ev.items[i], policy, ev.as_of, ev.expected);
    w.end_object();
  }
  w.end_array();
  w.key("honest_count").value(tally.honest_count_json());
  fields(rules);
  w.end_object();
  out.push_back('\n');
  return out;
}

}  // namespace ducha::io

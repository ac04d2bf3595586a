#include "io/evaluation_lines.hpp"

#include <boost/json.hpp>
#include <ostream>

#include "ducha/escalation.hpp"
#include "ducha/evaluate.hpp"
#include "io/evaluation_json.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

void write_line(std::ostream& out, const json::object& line) {
  std::string text = json::serialize(line);
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

void write_header_line(std::ostream& out, const Plan& plan, std::size_t items, const Evaluation& head,
                       const Policy& policy) {
  json::object line{{"record", "evaluation"}, {"format", kEvaluationLinesFormat}};
  add_evaluation_basis(line, plan, head);
  line["items"] = items;
  add_evaluation_rules(line, head, policy);
  write_line(out, line);
}

// `{"record":"item",` then the item's fields, written straight into one line's text.
void item_line(std::string& text, const Item& item, const ItemEvaluation& ie, const Policy& policy,
               const Evaluation& head) {
  text.clear();  // the caller's buffer is reused from item to item
  JsonText w(text);
  w.begin_object();
  w.field("record", "item");
  write_item_evaluation(w, item, ie, policy, head.as_of, head.expected);
  w.end_object();
  text.push_back('\n');
}

void write_summary_line(std::ostream& out, const EvaluationTally& tally) {
  write_line(out, {{"record", "summary"}, {"summary", tally.summary_json()}, {"honest_count", tally.honest_count_json()}});
}

void write_evaluated_lines(std::ostream& out, const Plan& plan, const Evaluation& ev, const Policy& policy,
                           const EvaluationTally& tally) {
  write_header_line(out, plan, plan.items.size(), ev, policy);
  std::string text;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    item_line(text, plan.items[i], ev.items[i], policy, ev);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  write_summary_line(out, tally);
}

Evaluation write_evaluation_lines(std::ostream& out, const Plan& plan, const Policy& policy, const Date& as_of) {
  if (policy.escalation.mode != EscalationMode::none) {
    Evaluation ev = evaluate_escalated(plan, policy, as_of);
    write_evaluated_lines(out, plan, ev, policy, EvaluationTally::of(plan, ev, policy));
    return ev;
  }
  std::vector<ItemEvaluation> kept;  // statuses only, for the summary
  kept.reserve(plan.items.size());
  Evaluation ev;  // the header, then the kept statuses
  std::string text;
  detail::evaluate_items(
      plan, policy, as_of, policy.later_records,
      [&](const Evaluation& head) {
        ev = head;
        write_header_line(out, plan, plan.items.size(), ev, policy);
      },
      [&](std::size_t i, ItemEvaluation&& ie) {
        item_line(text, plan.items[i], ie, policy, ev);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        // Released, not only emptied (`= {}` keeps the capacity): about 470 bytes an item,
        // a third of the plan's own size, at a million items.
        std::vector<SubTargetEvaluation>().swap(ie.sub_targets);
        kept.push_back(std::move(ie));
      });
  ev.items = std::move(kept);
  write_summary_line(out, EvaluationTally::of(plan, ev, policy));
  return ev;
}

}  // namespace ducha::io

#include "io/evaluation_lines.hpp"

#include <boost/json.hpp>
#include <ostream>

#include "ducha/escalation.hpp"
#include "ducha/evaluate.hpp"
#include "io/evaluation_json.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

json::object header(const Plan& plan, const Evaluation& ev, const Policy& policy) {
  json::object out{{"record", "evaluation"}, {"format", kEvaluationLinesFormat}};
  add_evaluation_basis(out, plan, ev);
  out["items"] = plan.items.size();
  add_evaluation_rules(out, ev, policy);
  return out;
}

void write_line(std::ostream& out, const json::object& line) {
  std::string text = json::serialize(line);
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// `{"record":"item",` then the item's fields, written straight into one line's text.
void write_item(std::ostream& out, std::string& text, const Item& item, const ItemEvaluation& ie,
                const Policy& policy, const Evaluation& ev) {
  text.clear();  // the buffer is reused from item to item
  JsonText w(text);
  w.begin_object();
  w.field("record", "item");
  write_item_evaluation(w, item, ie, policy, ev.as_of, ev.expected);
  w.end_object();
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void write_summary(std::ostream& out, const Plan& plan, const Evaluation& ev, const Policy& policy) {
  write_line(out, {{"record", "summary"},
                   {"summary", evaluation_summary_json(plan, ev, policy)},
                   {"honest_count", honest_count_json(plan, ev)}});
}

}  // namespace

Evaluation write_evaluation_lines(std::ostream& out, const Plan& plan, const Policy& policy, const Date& as_of) {
  if (policy.escalation.mode != EscalationMode::none) {
    Evaluation ev = evaluate_escalated(plan, policy, as_of);
    write_line(out, header(plan, ev, policy));
    std::string text;
    for (std::size_t i = 0; i < plan.items.size(); ++i) write_item(out, text, plan.items[i], ev.items[i], policy, ev);
    write_summary(out, plan, ev, policy);
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
        write_line(out, header(plan, ev, policy));
      },
      [&](std::size_t i, ItemEvaluation&& ie) {
        write_item(out, text, plan.items[i], ie, policy, ev);
        // Released, not only emptied (`= {}` keeps the capacity): about 470 bytes an item,
        // a third of the plan's own size, at a million items.
        std::vector<SubTargetEvaluation>().swap(ie.sub_targets);
        kept.push_back(std::move(ie));
      });
  ev.items = std::move(kept);
  write_summary(out, plan, ev, policy);
  return ev;
}

}  // namespace ducha::io

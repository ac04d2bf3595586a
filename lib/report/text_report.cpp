#include "report/text_report.hpp"

#include "ducha/honest_count.hpp"

#include <map>

#include "ducha/explain.hpp"
#include "io/plan_json.hpp"
#include "report/document.hpp"

namespace ducha::report {
namespace {

std::string counts_line(const Plan& plan, const Evaluation& ev, const Policy& policy, ItemKind kind) {
  std::map<int, std::pair<Status, int>> by_status;  // ordered by severity
  int total = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    if (plan.items[i].kind != kind) continue;
    Status s = ev.items[i].status;
    auto& slot = by_status[severity(s) * 16 + static_cast<int>(s)];
    slot.first = s;
    ++slot.second;
    ++total;
  }
  std::string line = std::to_string(total) + (kind == ItemKind::indicator ? "项指标:" : "项任务:");
  bool first = true;
  for (const auto& [key, v] : by_status) {
    line += (first ? "" : ",") + std::to_string(v.second) + "项" + policy.label(v.first);
    first = false;
  }
  return line;
}

}  // namespace

std::string render_text(const Plan& plan, const Evaluation& ev, const Policy& policy) {
  std::string out = plan.name + " — 截至" + format_date(ev.as_of) + ",序时进度" +
                    ev.expected.to_string() + "(" + ev.expected.to_percent_string() + "%),政策 " +
                    ev.policy_version + "\n";
  out += counts_line(plan, ev, policy, ItemKind::indicator) + "\n";
  out += counts_line(plan, ev, policy, ItemKind::task) + "\n";
  // What was judged by rules, by the office, by nobody (issue 10): never 正常推进 for what nobody judged.
  out += honest_task_sentence(honest_count(plan, ev).tasks, [&](Status s) { return policy.label(s); }) + "\n";
  std::size_t compared = 0, agree = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    const ItemEvaluation& ie = ev.items[i];
    out += "\n[" + item.id + "] " + item.text + "\n  " + policy.label(ie.status) + " (" +
           std::string(to_string(ie.status)) + "/" + std::string(to_string(ie.reason)) + "): " +
           explain(item, ie, policy, ev.as_of) + "\n";
    if (ie.warning && !ie.warning->colour.empty())
      out += "  预警: " + colour_words(ie.warning->colour) + "," + ie.warning->reason + "\n";
    if (item.official_status) {
      bool same = io::agrees_with_official(item, ie, policy);
      ++compared;
      agree += same ? 1 : 0;
      out += "  通报: " + policy.label(*item.official_status) + (same ? " (一致)" : " (不一致)") + "\n";
    }
    if (item.override_)
      out += "  人工调整: " + policy.label(item.override_->status) + ", " + item.override_->reason + "\n";
  }
  out += "\n与通报一致: " + std::to_string(agree) + "/" + std::to_string(compared) + "\n";
  return out;
}

}  // namespace ducha::report

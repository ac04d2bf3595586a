#include "io/assess_json.hpp"

#include "ducha/evaluate.hpp"
#include "io/plan_json.hpp"

namespace ducha::io {

namespace json = boost::json;

json::object assess_json(Item item, ItemKind kind, int year, const Date& as_of, const Policy& policy,
                         const std::vector<text::TextNote>* notes) {
  item.id = "assess";
  item.kind = kind;
  EvaluationContext ctx(policy, Period::year(year), as_of);
  ItemEvaluation ev = evaluate_item(item, ctx);
  json::object full = item_evaluation_json(item, ev, policy, as_of, ctx.expected);
  json::array& subs = full["sub_targets"].as_array();
  if (notes)
    for (std::size_t i = 0; i < subs.size() && i < notes->size(); ++i) {
      json::object& o = subs[i].as_object();
      o["matched"] = (*notes)[i].fact.empty() ? json::value(nullptr) : json::value((*notes)[i].fact);
      o["match_reason"] = (*notes)[i].reason;
      o["target_unit_inferred"] = (*notes)[i].unit_inferred;
      if (!(*notes)[i].date_note.empty()) o["date_note"] = (*notes)[i].date_note;
      if (!(*notes)[i].finding.empty()) o["finding"] = (*notes)[i].finding;
    }
  json::object out{{"status", full["status"]}, {"label", full["label"]}, {"reason", full["reason"]},
                   {"explanation", full["explanation"]}};
  if (subs.size() == 1) {
    const auto& sub = subs[0].as_object();
    out["ratio"] = sub.at("ratio");
    out["ratio_pct"] = sub.at("ratio_pct");
    out["gap_pp"] = sub.at("gap_pp");
  }
  out["expected"] = full["expected"];
  out["expected_pct"] = ctx.expected.to_percent_string();
  out["policy"] = policy.version();
  out["sub_targets"] = full["sub_targets"];
  return out;
}

}  // namespace ducha::io

#include "io/assess_json.hpp"

#include "ducha/evaluate.hpp"
#include "ducha/explain.hpp"
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

namespace {

// Which stage of the reader produced each figure (docs/text.md).
std::string reading_lines(const text::TextNote& n) {
  std::string out;
  out += "  target from: " + (n.target_from.empty() ? std::string("no figure in the target sentence") : n.target_from) + "\n";
  out += "  actual from: " + (n.actual_from.empty() ? "no figure (" + n.reason + ")" : n.actual_from) + "\n";
  if (!n.finding.empty()) out += "  finding: " + n.finding + "\n";
  return out;
}

// Figures for stages short of the target's: shown, never counted as done.
std::string other_stage_lines(const SubTarget& st) {
  std::string out;
  if (!st.progress) return out;
  for (const auto& sc : st.progress->other_stages)
    out += "  other stage: " + std::string(to_string(sc.stage)) + (sc.count ? " " + sc.count->to_string() : "") +
           " from \"" + sc.text + "\" (not counted as done)\n";
  return out;
}

}  // namespace

std::string explain_text(const Item& item, ItemKind kind, const Policy& policy, int year, const Date& as_of,
                         const std::vector<text::TextNote>& notes) {
  Item judged = item;
  judged.kind = kind;
  EvaluationContext ctx(policy, Period::year(year), as_of);
  ItemEvaluation ev = evaluate_item(judged, ctx);
  std::string out;
  for (std::size_t i = 0; i < judged.sub_targets.size(); ++i) {
    std::string matched = i < notes.size() ? (notes[i].fact.empty() ? notes[i].reason : notes[i].fact) : "";
    out += "sub-target " + std::to_string(i + 1) + ":\n";
    for (const auto& step : explain_steps(judged.sub_targets[i], ev.sub_targets[i], policy, matched))
      out += "  " + step + "\n";
    if (i < notes.size()) out += reading_lines(notes[i]);
    out += other_stage_lines(judged.sub_targets[i]);
  }
  out += "item: " + std::string(to_string(ev.status)) + " (" + policy.label(ev.status) + "), " +
         std::string(to_string(ev.reason)) + ": " + explain(judged, ev, policy, as_of) + "\n";
  return out;
}

}  // namespace ducha::io

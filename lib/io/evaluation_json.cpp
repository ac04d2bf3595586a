#include "io/evaluation_json.hpp"

#include "ducha/explain.hpp"

namespace ducha::io {
namespace {

// "value" and "unit", in an object already open.
void quantity_fields(JsonText& w, const Quantity& q) {
  w.field("value", q.value.to_string());
  w.field("unit", q.unit.symbol);
}

void string_or_null(JsonText& w, std::string_view k, const std::optional<Fraction>& f, bool as_percent = false) {
  if (!f) return w.null_field(k);
  w.field(k, as_percent ? f->to_percent_string() : f->to_string());
}

void strings(JsonText& w, std::string_view k, const std::vector<std::string>& v) {
  w.key(k).begin_array();
  for (const auto& s : v) w.string(s);
  w.end_array();
}

void judgement(JsonText& w, std::string_view k, const std::optional<Judgement>& j) {
  if (!j) return w.null_field(k);
  w.key(k).begin_object();
  w.field("status", to_string(j->status));
  w.field("label", label(j->status));
  if (!j->reason.empty()) w.field("reason", j->reason);
  if (!j->by.empty()) w.field("by", j->by);
  w.end_object();
}

// Stages reported beside a count (in_progress: 2所施工中): never counted as done.
void other_stages(JsonText& w, const std::vector<StageCount>& stages) {
  w.key("other_stages").begin_array();
  for (const auto& sc : stages) {
    w.begin_object();
    w.field("stage", to_string(sc.stage));
    if (sc.count) quantity_fields(w, *sc.count);
    w.field("text", sc.text);
    w.end_object();
  }
  w.end_array();
}

// The record a sub-target was judged by, or null.
void actual(JsonText& w, const ProgressRecord* rec) {
  if (!rec || !rec->value) return w.null_field("actual");
  w.key("actual").begin_object();
  quantity_fields(w, *rec->value);
  w.field("text", rec->text);
  w.field("estimated", rec->estimated);
  if (rec->as_of) w.field("as_of", format_date(*rec->as_of));
  if (rec->adjusted) {
    w.key("adjusted").begin_object();
    quantity_fields(w, rec->adjusted->value);
    w.field("note", rec->adjusted->note);
    w.end_object();
  }
  if (!rec->ranking.empty()) w.field("ranking", rec->ranking);
  w.end_object();
}

void projection(JsonText& w, const Projection& p, const SubTarget& st) {
  // printed in the target's own unit (万元, 个, %)
  Fraction v = st.target ? p.value / st.target->quantity.unit.factor : p.value;
  w.key("projection").begin_object();
  w.field("value", v.to_string());
  w.field("value_2dp", v.to_decimal_string(2, Rounding::half_even));
  w.field("unit", st.target ? st.target->quantity.unit.symbol : std::string());
  w.field("records", p.records);
  w.field("from", format_date(p.from));
  w.field("to", format_date(p.to));
  w.field("projected_status", p.able ? "able" : "unable");
  w.field("projected_label", projected_label(p.able));
  string_or_null(w, "projected_ratio", p.ratio);
  string_or_null(w, "projected_ratio_pct", p.ratio, true);
  w.end_object();
}

// What a sub-target was judged by: target, actual, ratio, expected, gap.
void sub_target_figures(JsonText& w, const SubTarget& st, const SubTargetEvaluation& se, const ProgressRecord* rec) {
  w.field("text", st.text);
  w.field("kind", to_string(st.kind));
  if (st.target) {
    w.key("target").begin_object();
    quantity_fields(w, st.target->quantity);
    w.field("comparator", to_string(st.target->comparator));
    if (st.target->range) {
      w.field("low", st.target->range->low.to_string());
      w.field("high", st.target->range->high.to_string());
    }
    w.end_object();
  } else {
    w.null_field("target");
  }
  actual(w, rec);
  string_or_null(w, "ratio", se.ratio);
  string_or_null(w, "ratio_pct", se.ratio, true);
  w.field("expected", se.expected.to_string());
  w.field("expected_pct", se.expected.to_percent_string());
  w.field("as_of", format_date(se.as_of));
  string_or_null(w, "bound", se.bound);
  auto gap = gap_points(st, se);
  if (gap) w.field("gap_pp", gap->to_decimal_string(2, Rounding::half_even));
  else w.null_field("gap_pp");
}

void sub_target(JsonText& w, const SubTarget& st, const SubTargetEvaluation& se, const Policy& policy,
                const Date& as_of) {
  const ProgressRecord* rec = record_used(st, as_of);
  w.begin_object();
  sub_target_figures(w, st, se, rec);
  w.field("status", to_string(se.status));
  w.field("label", policy.label(se.status));
  w.field("reason", to_string(se.reason));
  w.field("explanation", explain(st, se, policy, as_of));
  if (se.period_ended) w.field("period_end_label", period_end_label(se.status, se.reason));
  if (se.months_ahead) {
    w.field("months_ahead", se.months_ahead->to_string());
    w.field("months_ahead_1dp", se.months_ahead->to_decimal_string(1, Rounding::half_even));
  }
  if (se.projection) projection(w, *se.projection, st);
  if (se.stage_reached) w.field("stage", to_string(*se.stage_reached));
  if (se.stage_expected) w.field("stage_expected", to_string(*se.stage_expected));
  if (se.due) w.field("due", format_date(*se.due));
  if (rec && !rec->other_stages.empty()) other_stages(w, rec->other_stages);
  w.end_object();
}

// The official status and the office's, each with its label, and the override and warning.
void judgements(JsonText& w, const Item& item, const ItemEvaluation& ie, const Policy& policy) {
  if (item.official_status) {
    w.field("official_status", to_string(*item.official_status));
    w.field("official_label", policy.label(*item.official_status));
    w.field("agrees_with_official", agrees_with_official(item, ie, policy));
  } else {
    w.null_field("official_status");
    w.null_field("agrees_with_official");
  }
  judgement(w, "override", item.override_);
  w.field("judged_by", to_string(ie.judged_by));
  if (ie.warning) {
    w.key("escalation").begin_object();
    if (ie.warning->colour.empty()) w.null_field("colour");
    else w.field("colour", ie.warning->colour);
    w.field("reason", ie.warning->reason);
    w.field("months_behind", ie.warning->months_behind);
    w.end_object();
  }
  if (ie.office_status) {
    w.field("office_status", to_string(*ie.office_status));
    w.field("office_label", policy.label(*ie.office_status));
  } else {
    w.null_field("office_status");
  }
}

}  // namespace

void write_item_evaluation(JsonText& w, const Item& item, const ItemEvaluation& ie, const Policy& policy,
                           const Date& as_of, const Fraction& expected) {
  w.field("id", item.id);
  w.field("kind", to_string(item.kind));
  w.field("number", item.number);
  w.field("category", item.category);
  w.field("text", item.text);
  strings(w, "lead", item.lead);
  strings(w, "cooperating", item.cooperating);
  w.field("status", to_string(ie.status));
  w.field("label", policy.label(ie.status));
  w.field("reason", to_string(ie.reason));
  w.field("source", to_string(ie.source));
  w.field("explanation", explain(item, ie, policy, as_of));
  w.field("expected", expected.to_string());
  judgements(w, item, ie, policy);
  w.key("sub_targets").begin_array();
  for (std::size_t s = 0; s < item.sub_targets.size(); ++s)
    sub_target(w, item.sub_targets[s], ie.sub_targets[s], policy, as_of);
  w.end_array();
}

}  // namespace ducha::io

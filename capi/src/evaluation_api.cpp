// Evaluating a plan and walking the results through the C interface. An
// evaluation owns a copy of its plan and every string it hands out, so that a
// finished evaluation can be read from many threads without locks.
#include <cstddef>
#include <cstring>
#include <memory>

#include "api_support.hpp"
#include "io/plan_json.hpp"
#include "report/render.hpp"
#include "report/report_model.hpp"
#include "report/text_report.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

struct SubStrings {
  std::string label, reason, ratio, ratio_pct, expected, gap_pp, explanation;
  std::string target_value, target_unit, actual_value, actual_unit;
  bool has_ratio = false, has_gap = false, has_target = false, has_actual = false;
};

// The layout a caller asked for: version 1 ends where version 2's fields begin.
template <class Result>
std::size_t result_size(int version, std::size_t v1_size, const char* type) {
  if (version < 1 || version > 2) fail(DUCHA_EVERSION, std::string(type) + " version " + std::to_string(version) + " is not supported");
  return version == 1 ? v1_size : sizeof(Result);
}

struct ItemStrings {
  std::string label, reason, explanation, expected;
  std::vector<SubStrings> subs;
};

}  // namespace

struct EvaluationObject {
  ducha::Plan plan;
  ducha::Policy policy;
  ducha::Evaluation evaluation;
  std::vector<ItemStrings> strings;
};

namespace {

const EvaluationObject& evaluation_arg(const ducha_evaluation* e) {
  if (!e) fail(DUCHA_EINVALID, "evaluation is NULL");
  auto object = find_handle<EvaluationObject>(HandleKind::evaluation, e);
  if (!object) fail(DUCHA_EHANDLE, "evaluation is not a live ducha_evaluation handle (freed, or not an evaluation)");
  return *object;  // owned by the registry until ducha_evaluation_free
}

void render(EvaluationObject& e) {
  const Evaluation& ev = e.evaluation;
  e.strings.reserve(e.plan.items.size());
  for (std::size_t i = 0; i < e.plan.items.size(); ++i) {
    const Item& item = e.plan.items[i];
    const ItemEvaluation& ie = ev.items[i];
    ItemStrings s{e.policy.label(ie.status), std::string(to_string(ie.reason)),
                  explain(item, ie, e.policy, ev.as_of), ev.expected.to_string(), {}};
    for (std::size_t k = 0; k < item.sub_targets.size(); ++k) {
      const SubTargetEvaluation& se = ie.sub_targets[k];
      SubStrings sub;
      sub.label = e.policy.label(se.status);
      sub.reason = to_string(se.reason);
      sub.expected = se.expected.to_string();
      if (se.ratio) {
        sub.has_ratio = true;
        sub.ratio = se.ratio->to_string();
        sub.ratio_pct = se.ratio->to_percent_string();
      }
      if (auto gap = gap_points(item.sub_targets[k], se)) {
        sub.has_gap = true;
        sub.gap_pp = gap->to_decimal_string(2, Rounding::half_even);
      }
      sub.explanation = explain(item.sub_targets[k], se, e.policy, ev.as_of);
      if (const auto& t = item.sub_targets[k].target) {
        sub.has_target = true;
        sub.target_value = t->quantity.value.to_string();
        sub.target_unit = t->quantity.unit.symbol;
      }
      if (const auto& p = item.sub_targets[k].progress; p && p->value) {
        sub.has_actual = true;
        sub.actual_value = p->value->value.to_string();
        sub.actual_unit = p->value->unit.symbol;
      }
      s.subs.push_back(std::move(sub));
    }
    e.strings.push_back(std::move(s));
  }
}

}  // namespace

extern "C" {

DUCHA_API int ducha_evaluate(const ducha_plan* plan, const ducha_policy* policy, const char* as_of,
                             ducha_evaluation** out) {
  return checked_create(out, [&] {
    const Plan& p = plan_arg(plan);
    Policy pol = policy_or_reference(policy);
    Date date;
    if (as_of) {
      date = date_arg(as_of, "as_of");
    } else if (p.as_of) {
      date = *p.as_of;
    } else {
      fail(DUCHA_EINVALID, "as_of is NULL and the plan states no as_of date");
    }
    auto e = std::make_shared<EvaluationObject>();
    e->plan = p;
    e->policy = std::move(pol);
    e->evaluation = evaluate(e->plan, e->policy, date);
    render(*e);
    return make_handle<ducha_evaluation>(HandleKind::evaluation, std::move(e));
  });
}

DUCHA_API void ducha_evaluation_free(ducha_evaluation* evaluation) {
  release_handle(HandleKind::evaluation, evaluation);
}

DUCHA_API int ducha_evaluation_to_json(const ducha_evaluation* evaluation, ducha_buf* out) {
  return checked_call(out, [&] {
    const EvaluationObject& e = evaluation_arg(evaluation);
    return to_buf(out, io::write_evaluation(e.plan, e.evaluation, e.policy));
  });
}

DUCHA_API int ducha_evaluation_render(const ducha_evaluation* evaluation, const char* format, ducha_buf* out) {
  return checked_call(out, [&] {
    const EvaluationObject& e = evaluation_arg(evaluation);
    std::string f = string_arg(format, "format");
    if (f == "json") return to_buf(out, io::write_evaluation(e.plan, e.evaluation, e.policy));
    if (f == "text") return to_buf(out, report::render_text(e.plan, e.evaluation, e.policy));
    if (f == "md" || f == "html" || f == "csv" || f == "summary") {
      report::ReportModel m = report::build_report(e.plan, e.evaluation, e.policy);
      return to_buf(out, f == "md" ? report::render_markdown(m)
                         : f == "html" ? report::render_html(m)
                         : f == "csv"  ? report::render_csv(m)
                                       : m.summary);
    }
    fail(DUCHA_EINVALID, "format \"" + f + "\" is not one of json, text, md, html, csv, summary");
  });
}

DUCHA_API int ducha_evaluation_item_count(const ducha_evaluation* evaluation, size_t* out) {
  return checked_call(out, [&] {
    *out = evaluation_arg(evaluation).plan.items.size();
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_evaluation_item(const ducha_evaluation* evaluation, size_t item, ducha_item_result* out) {
  return checked_call(out, [&] {
    int version = out->version;
    result_size<ducha_item_result>(version, offsetof(ducha_item_result, text), "ducha_item_result");
    const EvaluationObject& e = evaluation_arg(evaluation);
    if (item >= e.plan.items.size()) fail(DUCHA_ENOTFOUND, "item " + std::to_string(item) + " does not exist");
    const Item& it = e.plan.items[item];
    const ItemEvaluation& ie = e.evaluation.items[item];
    const ItemStrings& s = e.strings[item];
    out->status = static_cast<int>(ie.status);
    out->reason = static_cast<int>(ie.reason);
    out->assessed = ie.source == Source::assessed;
    out->official_status = it.official_status ? static_cast<int>(*it.official_status) : -1;
    out->agrees_with_official = it.official_status ? (io::agrees_with_official(it, ie, e.policy) ? 1 : 0) : -1;
    out->sub_target_count = it.sub_targets.size();
    out->id = it.id.c_str();
    out->label = s.label.c_str();
    out->reason_name = s.reason.c_str();
    out->explanation = s.explanation.c_str();
    out->expected = s.expected.c_str();
    if (version >= 2) {
      out->text = it.text.c_str();
      out->kind = static_cast<int>(it.kind);
    }
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_item_result_init(ducha_item_result* result, int version) {
  return guard([&] {
    require_out(result, "result");
    std::memset(result, 0, result_size<ducha_item_result>(version, offsetof(ducha_item_result, text), "ducha_item_result"));
    result->version = version;
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_sub_target_result_init(ducha_sub_target_result* result, int version) {
  return guard([&] {
    require_out(result, "result");
    std::memset(result, 0,
                result_size<ducha_sub_target_result>(version, offsetof(ducha_sub_target_result, text), "ducha_sub_target_result"));
    result->version = version;
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_evaluation_sub_target(const ducha_evaluation* evaluation, size_t item,
                                          size_t sub, ducha_sub_target_result* out) {
  return checked_call(out, [&] {
    int version = out->version;
    result_size<ducha_sub_target_result>(version, offsetof(ducha_sub_target_result, text), "ducha_sub_target_result");
    const EvaluationObject& e = evaluation_arg(evaluation);
    if (item >= e.plan.items.size()) fail(DUCHA_ENOTFOUND, "item " + std::to_string(item) + " does not exist");
    const ItemStrings& is = e.strings[item];
    if (sub >= is.subs.size())
      fail(DUCHA_ENOTFOUND, "sub-target " + std::to_string(sub) + " of item " + std::to_string(item) + " does not exist");
    const SubTargetEvaluation& se = e.evaluation.items[item].sub_targets[sub];
    const SubStrings& s = is.subs[sub];
    out->status = static_cast<int>(se.status);
    out->reason = static_cast<int>(se.reason);
    out->label = s.label.c_str();
    out->reason_name = s.reason.c_str();
    out->ratio = s.has_ratio ? s.ratio.c_str() : nullptr;
    out->ratio_pct = s.has_ratio ? s.ratio_pct.c_str() : nullptr;
    out->expected = s.expected.c_str();
    out->gap_pp = s.has_gap ? s.gap_pp.c_str() : nullptr;
    out->explanation = s.explanation.c_str();
    if (version >= 2) {
      const SubTarget& st = e.plan.items[item].sub_targets[sub];
      out->text = st.text.empty() ? nullptr : st.text.c_str();
      out->kind = static_cast<int>(st.kind);
      out->comparator = st.target ? static_cast<int>(st.target->comparator) : DUCHA_CMP_REACH;
      out->target_value = s.has_target ? s.target_value.c_str() : nullptr;
      out->target_unit = s.has_target ? s.target_unit.c_str() : nullptr;
      out->actual_value = s.has_actual ? s.actual_value.c_str() : nullptr;
      out->actual_unit = s.has_actual ? s.actual_unit.c_str() : nullptr;
    }
    return DUCHA_OK;
  });
}

}  // extern "C"

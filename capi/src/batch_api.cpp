// Many sub-targets in one call, for callers where per-call overhead matters.
#include <climits>
#include <string>

#include "api_support.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

// The exact ratio, reduced, as int64 p/q; DUCHA_ERANGE when either is past int64
// (never "no ratio" for a ratio that exists).
void put_ratio(const Fraction& ratio, ducha_batch_output& out) {
  if (!int64_ratio(ratio, out.ratio_numerator, out.ratio_denominator))
    fail(DUCHA_ERANGE,
         "ratio " + ratio.reduced().to_string() + " does not fit ratio_numerator/ratio_denominator (int64)");
}

// Evaluates one input; errors are that input's own and stay in its output.
void evaluate_one(const ducha_batch_input& in, const EvaluationContext& ctx, ducha_batch_output& out) {
  out = ducha_batch_output{DUCHA_BATCH_VERSION, DUCHA_OK, static_cast<int>(Status::not_assessable), 0, 0, 0};
  if (in.kind < DUCHA_KIND_CUMULATIVE || in.kind > DUCHA_KIND_QUALITATIVE)
    fail(DUCHA_EINVALID, "kind is not a ducha_kind");
  if (in.comparator < DUCHA_CMP_REACH || in.comparator > DUCHA_CMP_FULL)
    fail(DUCHA_EINVALID, "comparator is not a ducha_comparator");
  SubTarget st;
  st.kind = static_cast<TargetKind>(in.kind);
  st.lower_is_better = (in.flags & DUCHA_BATCH_LOWER_IS_BETTER) != 0;
  if (in.target_value || in.target_unit)
    st.target = Target{quantity_arg(in.target_value, in.target_unit, "target"), static_cast<Comparator>(in.comparator)};
  ProgressRecord rec;
  if (in.done_value || in.done_unit) rec.value = quantity_arg(in.done_value, in.done_unit, "done");
  rec.estimated = (in.flags & DUCHA_BATCH_ESTIMATED) != 0;  // no text: no figure reads as no_progress
  st.progress = std::move(rec);
  ItemKind kind = (in.flags & DUCHA_BATCH_INDICATOR) ? ItemKind::indicator : ItemKind::task;
  SubTargetEvaluation ev = evaluate_sub_target(st, kind, ctx);
  out.status = static_cast<int>(ev.status);
  out.reason = static_cast<int>(ev.reason);
  if (ev.ratio) put_ratio(*ev.ratio, out);
}

// Every input and output of a call carries the version this library knows (it fixes
// the structs' size, so one unknown version makes the whole array unreadable).
void check_versions(const ducha_batch_input* inputs, const ducha_batch_output* out, std::size_t count) {
  auto check = [](int got, const char* array, std::size_t i, const char* type) {
    if (got != DUCHA_BATCH_VERSION)
      fail(DUCHA_EVERSION, std::string(array) + "[" + std::to_string(i) + "]: " + type + " version " +
                               std::to_string(got) + " is not supported (use " + type + "_init)");
  };
  for (std::size_t i = 0; i < count; ++i) {
    check(inputs[i].version, "inputs", i, "ducha_batch_input");
    check(out[i].version, "out", i, "ducha_batch_output");
  }
}

}  // namespace

extern "C" {

DUCHA_API int ducha_batch_input_init(ducha_batch_input* input, int version) {
  return init_versioned(input, version, DUCHA_BATCH_VERSION, "input", "ducha_batch_input");
}

DUCHA_API int ducha_batch_output_init(ducha_batch_output* result, int version) {
  return init_versioned(result, version, DUCHA_BATCH_VERSION, "result", "ducha_batch_output");
}

DUCHA_API int ducha_evaluate_batch(const ducha_batch_input* inputs, size_t count, const ducha_policy* policy,
                                   int year, const char* as_of, ducha_batch_output* out) {
  return guard([&] {
    if (count == 0) return DUCHA_OK;
    require_out(out, "out");
    require_out(inputs, "inputs");
    if (count > kMaxLength) fail(DUCHA_EINVALID, "count " + std::to_string(count) + " is too large");
    check_versions(inputs, out, count);
    const Policy p = policy_or_reference(policy);
    EvaluationContext ctx(p, Period::year(year_arg(year)), date_arg(as_of, "as_of"));
    for (std::size_t i = 0; i < count; ++i) {
      int status = guard([&] {
        evaluate_one(inputs[i], ctx, out[i]);
        return DUCHA_OK;
      });
      if (status != DUCHA_OK) out[i].error = status;
    }
    clear_error();
    return DUCHA_OK;
  });
}

}  // extern "C"

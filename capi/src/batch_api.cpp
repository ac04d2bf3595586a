// Many sub-targets in one call, for callers where per-call overhead matters.
#include <climits>

#include "api_support.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

// ratio × 10000 rounded half-even, exactly; DUCHA_ERANGE when that is past int64
// (never "no ratio" for a ratio that exists).
std::int64_t basis_points(const Fraction& ratio) {
  const int128 num = ratio.numerator(), den = ratio.denominator();
  int128 whole = num / den, rest = num % den, scaled, q;
  if (!__builtin_mul_overflow(num, static_cast<int128>(10000), &scaled)) {
    q = detail::round_quotient<int128>(scaled, den, Rounding::half_even);
  } else if (__builtin_mul_overflow(whole, static_cast<int128>(10000), &whole) ||
             __builtin_mul_overflow(rest, static_cast<int128>(10000), &scaled)) {
    fail(DUCHA_ERANGE, "ratio " + ratio.to_string() + " does not fit ratio_basis_points");
  } else {
    q = whole + detail::round_quotient<int128>(scaled, den, Rounding::half_even);
  }
  if (q <= INT64_MIN || q > INT64_MAX)
    fail(DUCHA_ERANGE, "ratio " + ratio.to_string() + " does not fit ratio_basis_points");
  return static_cast<std::int64_t>(q);
}

// Evaluates one input; errors are that input's own and stay in its output.
void evaluate_one(const ducha_batch_input& in, const EvaluationContext& ctx, ducha_batch_output& out) {
  out = ducha_batch_output{DUCHA_OK, static_cast<int>(Status::not_assessable), 0, INT64_MIN};
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
  if (ev.ratio) out.ratio_basis_points = basis_points(*ev.ratio);
}

}  // namespace

extern "C" {

DUCHA_API int ducha_evaluate_batch(const ducha_batch_input* inputs, size_t count, const ducha_policy* policy,
                                   int year, const char* as_of, ducha_batch_output* out) {
  return guard([&] {
    if (count == 0) return DUCHA_OK;
    require_out(out, "out");
    require_out(inputs, "inputs");
    if (count > kMaxLength) fail(DUCHA_EINVALID, "count " + std::to_string(count) + " is too large");
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

// Plan JSON: any input either fails with ducha::Error or loads, evaluates,
// and writes back to a document that reads to the same plan.
#include <cstdint>
#include <string_view>

#include "ducha/evaluate.hpp"
#include "ducha/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ducha::Plan plan = ducha::plan_from_json(text, "fuzz");
    std::string once = ducha::plan_to_json(plan);
    if (ducha::plan_to_json(ducha::plan_from_json(once, "again")) != once) __builtin_trap();
    ducha::Policy policy;
    ducha::Date as_of = plan.as_of ? *plan.as_of : plan.period.begin;
    ducha::Evaluation ev = ducha::evaluate(plan, policy, as_of);
    (void)ducha::evaluation_to_json(plan, ev, policy);
  } catch (const ducha::Error&) {
  }
  return 0;
}

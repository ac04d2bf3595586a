// Throughput of the exact evaluation core (docs/performance.md).
#include <benchmark/benchmark.h>

#include <vector>

#include "ducha/evaluate.hpp"
#include "ducha/json.hpp"

using namespace ducha;

namespace {

Quantity q(const char* v, const char* u) { return Quantity{Decimal::parse(v), unit(u)}; }

std::vector<SubTarget> cumulative_batch(std::size_t n) {
  std::vector<SubTarget> out;
  out.reserve(n);
  const char* done[] = {"2", "33.31", "1589", "1", "40", "319", "18506", "5046"};
  const char* target[] = {"30", "150", "5000", "3", "100", "500", "20000", "5000"};
  for (std::size_t i = 0; i < n; ++i) {
    SubTarget st;
    st.kind = TargetKind::cumulative;
    st.target = Target{q(target[i % 8], "个"), Comparator::reach};
    st.progress = ProgressRecord{};
    st.progress->value = q(done[i % 8], "个");
    out.push_back(std::move(st));
  }
  return out;
}

void BM_EvaluateCumulativeSubTarget(benchmark::State& state) {
  auto batch = cumulative_batch(1024);
  Policy policy;
  EvaluationContext ctx(policy, Period::year(2022), parse_date("2022-06-30"));
  std::size_t i = 0;
  for (auto _ : state) {
    auto ev = evaluate_sub_target(batch[i++ & 1023], ItemKind::task, ctx);
    benchmark::DoNotOptimize(ev.status);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateCumulativeSubTarget);

void BM_EvaluateGrowthSubTarget(benchmark::State& state) {
  SubTarget st;
  st.kind = TargetKind::growth;
  st.target = Target{q("6", "%"), Comparator::around};
  st.progress = ProgressRecord{};
  st.progress->value = q("5.2", "%");
  Policy policy;
  EvaluationContext ctx(policy, Period::year(2022), parse_date("2022-06-30"));
  for (auto _ : state) {
    auto ev = evaluate_sub_target(st, ItemKind::indicator, ctx);
    benchmark::DoNotOptimize(ev.status);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateGrowthSubTarget);

void BM_RatioCompare(benchmark::State& state) {
  Quantity done = q("33.31", "万平方米"), target = q("150", "万平方米");
  Fraction bound = Fraction(2, 3) * Fraction(1, 2);
  for (auto _ : state) {
    bool on = *ratio(done, target) >= bound;
    benchmark::DoNotOptimize(on);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RatioCompare);

void BM_DecimalParse(benchmark::State& state) {
  for (auto _ : state) {
    Decimal d = Decimal::parse("18506.25");
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecimalParse);

void BM_EvaluateReferencePlan(benchmark::State& state) {
  Plan plan = plan_from_file(DUCHA_SOURCE_DIR "/examples/shapingba-2022h1/plan.json");
  Policy policy;
  Date as_of = parse_date("2022-06-30");
  std::size_t subs = 0;
  for (const auto& item : plan.items) subs += item.sub_targets.size();
  for (auto _ : state) {
    Evaluation ev = evaluate(plan, policy, as_of);
    benchmark::DoNotOptimize(ev.items.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * subs));
}
BENCHMARK(BM_EvaluateReferencePlan);

}  // namespace

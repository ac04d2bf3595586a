// Throughput of text extraction on the reference report, line by line, as
// `ducha extract` reads it (docs/performance.md compares it with Recognizers-Text).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/extraction.hpp"

namespace {

std::vector<std::string> report_lines() {
  std::ifstream in(DUCHA_SOURCE_DIR "/../shared/reference/shapingba-2022h1-report.txt");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(line);
  return lines;
}

void BM_ExtractReferenceReport(benchmark::State& state) {
  static const std::vector<std::string> lines = report_lines();
  std::size_t bytes = 0;
  for (const auto& l : lines) bytes += l.size() + 1;
  if (lines.empty()) {
    state.SkipWithError("reference report not found beside the source tree");
    return;
  }
  for (auto _ : state)
    for (const auto& l : lines) {
      auto e = ducha::text::extract(l, 2022);
      benchmark::DoNotOptimize(e.numbers.data());
    }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ExtractReferenceReport)->Unit(benchmark::kMillisecond);

void BM_ExtractOneProgressSentence(benchmark::State& state) {
  const std::string s = "截至6月30日,累计完成违法建筑拆除33.31万平方米,城市生活垃圾回收利用率已达40%以上。";
  for (auto _ : state) {
    auto e = ducha::text::extract(s, 2022);
    benchmark::DoNotOptimize(e.quantities.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.size()));
}
BENCHMARK(BM_ExtractOneProgressSentence);

}  // namespace

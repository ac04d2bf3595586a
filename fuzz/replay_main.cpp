// A libFuzzer-compatible driver for builds without -fsanitize=fuzzer: runs
// every file of the given corpus directories, then deterministic mutations of
// them (bit flips, truncations, splices, random bytes). Used by ctest so that
// every build exercises the harnesses; real fuzzing uses the clang build.
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#include <unistd.h>

namespace {

unsigned per_input_seconds = 0;  // -timeout=N, as libFuzzer: 0 is no limit
long current = -1;               // which input is running (-1: a seed)

void on_alarm(int) {
  char message[96];
  int n = std::snprintf(message, sizeof message, "replay: input %ld ran past the %u s limit (-timeout)\n", current,
                        per_input_seconds);
  if (n > 0) (void)!write(2, message, static_cast<std::size_t>(n));
  _exit(70);
}

void run(const std::string& s) {
  if (per_input_seconds) alarm(per_input_seconds);
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
  if (per_input_seconds) alarm(0);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> seeds;
  long mutations = 2000;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("-runs=", 0) == 0) {
      mutations = std::strtol(arg.c_str() + 6, nullptr, 10);
      continue;
    }
    if (arg.rfind("-timeout=", 0) == 0) {
      per_input_seconds = static_cast<unsigned>(std::strtoul(arg.c_str() + 9, nullptr, 10));
      std::signal(SIGALRM, on_alarm);
      continue;
    }
    for (const auto& entry : std::filesystem::directory_iterator(arg)) {
      std::ifstream in(entry.path(), std::ios::binary);
      seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  for (const auto& s : seeds) run(s);
  std::mt19937_64 rng(20220630);
  auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng() % n); };
  for (long m = 0; m < mutations; ++m) {
    current = m;
    std::string s = seeds.empty() ? std::string() : seeds[pick(seeds.size())];
    switch (rng() % 5) {
      case 0:
        for (int k = 0; k < 4 && !s.empty(); ++k) s[pick(s.size())] ^= static_cast<char>(1 << (rng() % 8));
        break;
      case 1: s.resize(pick(s.size() + 1)); break;  // truncation, also mid-UTF-8
      case 2:
        if (!seeds.empty()) {
          const std::string& other = seeds[pick(seeds.size())];
          s = s.substr(0, pick(s.size() + 1)) + other.substr(pick(other.size() + 1));
        }
        break;
      case 3: {
        s.assign(pick(64), '\0');
        for (auto& c : s) c = static_cast<char>(rng());
        break;
      }
      default:
        if (!s.empty()) s.insert(pick(s.size()), std::string(1 + pick(8), "0123456789.e-+\"{}[],:%"[pick(22)]));
    }
    run(s);
  }
  std::printf("replayed %zu seeds and %ld mutations\n", seeds.size(), mutations);
  return 0;
}

// The documented threading guarantees: distinct handles on distinct threads,
// one finished evaluation read from many threads, and per-thread errors.
#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "ducha.h"

namespace {

std::atomic<int> failures{0};

void check(bool ok, const char* what) {
  if (!ok) {
    ++failures;
    std::fprintf(stderr, "thread check failed: %s (%s)\n", what, ducha_error_last());
  }
}

std::string evaluation_json(const char* path) {
  ducha_plan* plan = nullptr;
  ducha_evaluation* ev = nullptr;
  ducha_buf json{nullptr, 0};
  check(ducha_plan_load(path, &plan) == DUCHA_OK, "load");
  check(ducha_evaluate(plan, nullptr, "2022-06-30", &ev) == DUCHA_OK, "evaluate");
  check(ducha_evaluation_to_json(ev, &json) == DUCHA_OK, "to_json");
  std::string out = json.ptr ? json.ptr : "";
  ducha_buf_free(&json);
  ducha_evaluation_free(ev);
  ducha_plan_free(plan);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const char* path = argv[1];
  const std::string expected = evaluation_json(path);
  check(!expected.empty(), "reference evaluation");

  // Distinct handles on distinct threads.
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i) check(evaluation_json(path) == expected, "same evaluation on every thread");
    });
  for (auto& t : threads) t.join();
  threads.clear();

  // One evaluation, read from many threads at once.
  ducha_plan* plan = nullptr;
  ducha_evaluation* ev = nullptr;
  check(ducha_plan_load(path, &plan) == DUCHA_OK, "load shared");
  check(ducha_evaluate(plan, nullptr, "2022-06-30", &ev) == DUCHA_OK, "evaluate shared");
  size_t n = 0;
  check(ducha_evaluation_item_count(ev, &n) == DUCHA_OK && n > 40, "item count");
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (size_t i = 0; i < n; ++i) {
          ducha_item_result r{};
          r.version = DUCHA_ITEM_RESULT_VERSION;
          check(ducha_evaluation_item(ev, i, &r) == DUCHA_OK, "item");
          check(r.label && r.explanation && std::strlen(r.id) > 0, "strings");
          for (size_t k = 0; k < r.sub_target_count; ++k) {
            ducha_sub_target_result s{};
            s.version = DUCHA_SUB_TARGET_RESULT_VERSION;
            check(ducha_evaluation_sub_target(ev, i, k, &s) == DUCHA_OK, "sub-target");
          }
        }
      if (t == 0) {
        ducha_buf json{nullptr, 0};
        check(ducha_evaluation_to_json(ev, &json) == DUCHA_OK && expected == json.ptr, "shared json");
        ducha_buf_free(&json);
      }
    });
  for (auto& t : threads) t.join();
  threads.clear();
  ducha_evaluation_free(ev);
  ducha_plan_free(plan);

  // Each thread sees its own last error.
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t] {
      ducha_buf b{nullptr, 0};
      std::string bad = "bad" + std::to_string(t);
      for (int i = 0; i < 200; ++i) {
        check(ducha_decimal_normalize(bad.data(), bad.size(), &b) == DUCHA_EPARSE, "parse fails");
        check(std::strstr(ducha_error_last(), bad.c_str()) != nullptr, "own message");
      }
    });
  for (auto& t : threads) t.join();

  std::printf("%d passed, %d failed\n", failures == 0 ? 1 : 0, failures.load());
  return failures == 0 ? 0 : 1;
}

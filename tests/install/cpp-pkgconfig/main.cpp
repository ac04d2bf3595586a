// A C++ program built against an installed ducha with pkg-config.
#include <ducha.h>

#include <cstring>
#include <iostream>
#include <memory>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  ducha_plan* raw = nullptr;
  if (ducha_plan_load(argv[1], &raw) != DUCHA_OK) {
    std::cerr << ducha_error_last() << "\n";
    return 1;
  }
  std::unique_ptr<ducha_plan, decltype(&ducha_plan_free)> plan(raw, ducha_plan_free);
  ducha_evaluation* ev_raw = nullptr;
  if (ducha_evaluate(plan.get(), nullptr, "2022-06-30", &ev_raw) != DUCHA_OK) {
    std::cerr << ducha_error_last() << "\n";
    return 1;
  }
  std::unique_ptr<ducha_evaluation, decltype(&ducha_evaluation_free)> ev(ev_raw, ducha_evaluation_free);
  size_t n = 0;
  ducha_evaluation_item_count(ev.get(), &n);
  int meets = 0;
  for (size_t i = 0; i < n; ++i) {
    ducha_item_result r{};
    r.version = DUCHA_ITEM_RESULT_VERSION;
    ducha_evaluation_item(ev.get(), i, &r);
    meets += r.status == DUCHA_STATUS_MEETS;
  }
  std::cout << n << " items, " << meets << " indicators meet their target\n";
  return meets == 2 ? 0 : 1;
}

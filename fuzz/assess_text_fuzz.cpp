// Target and progress text (what `assess --jsonl`, `ducha test`, import-report and
// ducha_assess_text read): the bytes up to the first newline are the target, the
// rest the progress. Reading either fails with ducha::Error or gives an item that
// evaluates; every sub-target's evaluation is parallel to the item's sub-targets.
#include <cstdint>
#include <string>

#include "ducha/error.hpp"
#include "ducha/evaluate.hpp"
#include "ducha/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string all(reinterpret_cast<const char*>(data), size);
  std::size_t nl = all.find('\n');
  std::string target = all.substr(0, nl), progress = nl == std::string::npos ? "" : all.substr(nl + 1);
  ducha::Limits wide;  // the reader itself is fuzzed, not the entry's text limits
  wide.text_bytes = wide.clause_bytes = 1 << 20;
  for (ducha::ItemKind kind : {ducha::ItemKind::task, ducha::ItemKind::indicator}) {
    try {
      ducha::Item item = ducha::item_from_text(target, progress, 2022, kind, wide).item;
      ducha::Plan plan;
      plan.year = 2022;
      plan.period = ducha::Period::year(2022);
      plan.items.push_back(item);
      ducha::Evaluation ev = ducha::evaluate(plan, ducha::Policy{}, ducha::Date(2022, 6, 30));
      if (ev.items.size() != 1 || ev.items[0].sub_targets.size() != item.sub_targets.size()) __builtin_trap();
    } catch (const ducha::Error&) {
    }
  }
  return 0;
}

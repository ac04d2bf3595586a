// Reading Chinese text (docs/text.md), from C++: the figures of a line, a target
// judged from its sentences, and a published report turned into a plan. Part of the
// library's C++ API: link ducha::ducha (and ducha::core for the types). Errors are
// ducha::Error naming the input and the position.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/limits.hpp"
#include "ducha/item.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "ducha/schedule.hpp"

DUCHA_BEGIN_NAMESPACE

// The figures of one line of UTF-8 text (quantities, numbers, percentages, dates) as
// the one-line JSON object `ducha extract` prints; dates without a year (6月30日) fall
// in `year` (0: left open).
DUCHA_API std::string extract_json(std::string_view line, int year = 0);

// An item read from its sentences: sub-targets from `target`, figures from `progress`.
// Each text is held to `limits` (text_bytes, clause_bytes): past one, an Error
// (out_of_range) naming "target" or "progress" and the limit, before anything is read.
struct TextItem {
  Item item;
  // Per sub-target: the progress figure matched to it, or why none was.
  std::vector<std::string> matched;
};
DUCHA_API TextItem item_from_text(std::string_view target, std::string_view progress, int year,
                                  ItemKind kind = ItemKind::task, const Limits& limits = Limits{});

// `ducha assess --target … --progress …`: the sentences read and the item judged as of
// `as_of`, as the JSON document the tool prints (status, label, reason, explanation,
// ratio, expected, sub_targets with what each matched). Texts held to `limits` as above.
DUCHA_API std::string assess_json(std::string_view target, std::string_view progress, int year, const Date& as_of,
                                  const Policy& policy, ItemKind kind = ItemKind::task,
                                  const Limits& limits = Limits{});
// The same document for an item built by hand (`ducha assess --target-value …`).
DUCHA_API std::string assess_item_json(const Item& item, ItemKind kind, int year, const Date& as_of,
                                       const Policy& policy);
// `ducha assess --explain`: each step of the decision, a line each (per sub-target with
// the figure matched to it, then the item), from the sentences or for an item built by hand.
DUCHA_API std::string explain_assessment(std::string_view target, std::string_view progress, int year,
                                         const Date& as_of, const Policy& policy, ItemKind kind = ItemKind::task,
                                         const Limits& limits = Limits{});
DUCHA_API std::string explain_item(const Item& item, ItemKind kind, int year, const Date& as_of,
                                   const Policy& policy);

// `ducha import-report`: a report laid out like the reference one (table cells on lines
// of their own) as a plan, with what could not be read. `year` defaults to the first
// 20xx年 of the title, `as_of` to the end of the period the title names.
struct ImportedPlan {
  Plan plan;
  std::vector<std::string> warnings;
};
DUCHA_API ImportedPlan plan_from_report(std::string_view text, const std::string& source,
                                        std::optional<int> year = std::nullopt,
                                        std::optional<Date> as_of = std::nullopt);
// The same within `limits`: an item's target or progress text over text_bytes or
// clause_bytes is an Error (out_of_range) naming the line, the item and the limit.
DUCHA_API ImportedPlan plan_from_report(std::string_view text, const std::string& source, std::optional<int> year,
                                        std::optional<Date> as_of, const Limits& limits);
// A reviewed corrections file (ducha.corrections/1, docs/text.md) applied to a plan
// (texts to parse held to `limits`, the defaults when not given).
DUCHA_API void apply_corrections(Plan& plan, std::string_view json, const std::string& source);
DUCHA_API void apply_corrections(Plan& plan, std::string_view json, const std::string& source, const Limits& limits);

DUCHA_END_NAMESPACE

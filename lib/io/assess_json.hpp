// The evaluation of one assessed item as JSON, shared by `ducha assess` and the C API,
// and its steps as text (`ducha assess --explain`).
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "ducha/item.hpp"
#include "ducha/policy.hpp"
#include "ducha/schedule.hpp"
#include "text/sentences.hpp"

namespace ducha::io {

// `notes` (from text::item_from_text) add each sub-target's matched figure and reason.
boost::json::object assess_json(Item item, ItemKind kind, int year, const Date& as_of, const Policy& policy,
                                const std::vector<text::TextNote>* notes);

// Each step of the decision, a line each: per sub-target (with its matched figure from
// `notes`, which may be empty), then the item's status, reason and explanation.
std::string explain_text(const Item& item, ItemKind kind, const Policy& policy, int year, const Date& as_of,
                         const std::vector<text::TextNote>& notes);

}  // namespace ducha::io

// The evaluation of one assessed item as JSON, shared by `ducha assess` and the C API.
#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "ducha/item.hpp"
#include "ducha/policy.hpp"
#include "ducha/schedule.hpp"
#include "text/sentences.hpp"

namespace ducha::io {

// `notes` (from text::item_from_text) add each sub-target's matched figure and reason.
boost::json::object assess_json(Item item, ItemKind kind, int year, const Date& as_of, const Policy& policy,
                                const std::vector<text::TextNote>* notes);

}  // namespace ducha::io

// Internal to table import: the one place a table's target and progress cells are
// handed to the text reading (lib/text), so that its restructuring touches one line.
#pragma once

#include <string>

#include "ducha/item.hpp"

namespace ducha::import::detail {

Item item_from_cells(const std::string& target, const std::string& progress, int year, ItemKind kind);

}  // namespace ducha::import::detail

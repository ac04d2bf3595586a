#include "import/table_text.hpp"

#include "text/sentences.hpp"

namespace ducha::import::detail {

Item item_from_cells(const std::string& target, const std::string& progress, int year, ItemKind kind) {
  return text::item_from_text(target, progress, year, kind);
}

}  // namespace ducha::import::detail

// Plan: a work report's items, their responsible units and the period.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/item.hpp"
#include "ducha/org_unit.hpp"
#include "ducha/schedule.hpp"
#include "ducha/source_table.hpp"

DUCHA_BEGIN_NAMESPACE

struct Plan {
  std::string name;
  int year = 0;
  Period period;
  std::optional<Date> as_of;  // the date the progress was collected, if stated
  std::string summary;        // the office's own summary paragraphs, verbatim (for consistency checks)
  OrgRegistry units;
  std::vector<Item> items;
  std::optional<SourceTable> table;  // the office's table it was imported from (docs/tables.md)

  const Item* find(std::string_view id) const {
    for (const auto& item : items)
      if (item.id == id) return &item;
    return nullptr;
  }
};

DUCHA_END_NAMESPACE

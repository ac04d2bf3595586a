// A supervision report laid out like the reference one (a web page flattened to
// text: table cells on their own lines) turned into a plan: indicators from 附件1,
// lagging tasks from 附件2, normal ones from 附件3, each with its texts verbatim
// and the sub-targets and figures read from them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/plan.hpp"
#include "io/limits.hpp"

namespace ducha::import {

struct ImportOptions {
  std::optional<int> year;     // default: the first 20xx年 in the title
  std::optional<Date> as_of;   // default: the end of the period the title names (上半年 → 30 June)
  io::Limits limits;           // text-bytes, clause-bytes of each item's target and progress text
};

struct ImportResult {
  Plan plan;
  std::vector<std::string> warnings;  // what could not be read, with the item it concerns
};

// Throws ducha::Error (parse_error) naming the line when the layout is not recognised.
ImportResult import_report(std::string_view text, const std::string& source, const ImportOptions& options = {});

// Applies a reviewed corrections file ("ducha.corrections/1", docs/text.md) to an
// imported plan: unit aliases, and per item a corrected text to parse, text to add to
// the progress, replacement sub-targets, or a person's assessment. Each correction says
// why; an unknown item or key is an error naming it.
// Texts to parse are held to `limits` (text-bytes, clause-bytes).
void apply_corrections(Plan& plan, std::string_view json, const std::string& source, const io::Limits& limits = {});

// Splits a cell of concatenated unit names ("区发展改革委区商务委(区招商中心)") into
// names; nullopt when the text is not a list of unit names.
std::optional<std::vector<std::string>> split_unit_names(std::string_view cell);

}  // namespace ducha::import

// One month's progress merged into a plan's history (`ducha progress add`,
// docs/office-workflow.md). The lines come from JSON lines or from a table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/plan.hpp"

namespace ducha::io {

// One line of a month's progress: an item's words and status, and/or one figure.
struct ProgressUpdate {
  std::string item;                       // the item's id, or its 序号 as digits
  std::optional<std::size_t> sub_target;  // index; else matched by `sub_target_text`, or the only candidate
  std::string sub_target_text;            // the sub-target's text, when it is named that way
  std::optional<Quantity> value;          // the figure, absent when none was given
  bool estimated = false;
  std::optional<Stage> stage;
  std::string text;                       // 进展情况 of the month
  std::optional<Status> office_status;    // the office's own status (状态/是否达序)
  std::string by, reason;                 // who judged, and why
  std::string where;                      // "progress.jsonl:3", "table.csv:row 7" for messages
};

struct MergeReport {
  std::size_t lines = 0, items = 0, records = 0, replaced = 0;
  std::vector<std::string> problems;  // each names its line; those lines were not merged
  std::string summary() const;        // "N lines, M items, K records (R replaced), P problems"
};

// JSON lines: one object per non-blank line with keys item, sub_target (index or text),
// value, unit, estimated, stage, text, status, by, reason. Errors name `source`:line.
std::vector<ProgressUpdate> read_progress_lines(std::string_view text, const std::string& source,
                                                std::vector<std::string>& problems);

// Merges the month of `as_of` into the plan: each item and sub-target named gets a
// record dated `as_of`, replacing any record of the same month (never a second one).
// A sub-target's format-1 `progress` (and an item's progress_text) become history
// records of their own date first, so the months before stay as they were.
// Sets plan.as_of to `as_of` when it is later.
MergeReport merge_progress(Plan& plan, const std::vector<ProgressUpdate>& updates, const Date& as_of);

}  // namespace ducha::io

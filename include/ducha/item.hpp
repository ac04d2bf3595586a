// Item: one indicator (预期目标) or key task (重点工作任务) of a work report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/status.hpp"
#include "ducha/target.hpp"

DUCHA_BEGIN_NAMESPACE

enum class ItemKind { indicator, task };

inline std::string_view to_string(ItemKind k) {
  return k == ItemKind::indicator ? "indicator" : "task";
}

// Whether `s` is one of the statuses an item of `kind` can have: indicators
// meets/below/on_schedule, tasks the task statuses; not_assessable fits both.
inline bool is_status_for(Status s, ItemKind kind) {
  if (s == Status::not_assessable) return true;
  bool indicator_status = s == Status::meets || s == Status::below || s == Status::on_schedule;
  return indicator_status == (kind == ItemKind::indicator);
}

// A person's judgement, with who made it and why.
struct Judgement {
  Status status = Status::not_assessable;
  std::string reason;
  std::string by;
};

// What an item's units reported for one date (a month's progress): the words and,
// where the office gave one (a table's 状态/是否达序 column), its own status.
struct ItemReport {
  Date as_of;
  std::string progress_text;       // 进展情况 of that month, verbatim
  std::optional<Judgement> office;  // the office's own judgement for that month
};

struct Item {
  std::string id;  // unique in the plan ("task-41")
  ItemKind kind = ItemKind::task;
  int number = 0;        // 序号 in the report's table
  std::string category;  // 联动共建科学城
  std::string text;      // the target sentence, verbatim
  std::vector<std::string> lead;         // 责任单位 (registry ids)
  std::vector<std::string> cooperating;  // 配合单位 (registry ids)
  std::string progress_text;             // 进展情况, verbatim
  std::vector<SubTarget> sub_targets;
  std::optional<Status> official_status;  // what the office published
  std::optional<Judgement> assessment;    // a person's status where none can be computed
  std::optional<Judgement> override_;     // a person's status shown beside the computed one
  // Dated reports, ascending by as_of, at most one per date (plan format 2). When present,
  // an evaluation as of D reads the latest one on or before D instead of progress_text.
  std::vector<ItemReport> history;
};

DUCHA_END_NAMESPACE

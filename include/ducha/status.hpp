// Status and reason codes: stable strings used in every output format.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

// The numeric values are part of the C ABI (ducha_status): append only.
enum class Status : std::uint8_t {
  // tasks and sub-targets
  completed,
  on_track,
  lagging,
  severely_lagging,
  no_progress,
  not_assessable,
  // indicators
  meets,
  below,
  on_schedule,
  // at or after the end of a target's period: not reached (未完成)
  not_completed,
};

inline constexpr Status kAllStatuses[] = {
    Status::completed, Status::on_track,       Status::lagging, Status::severely_lagging,
    Status::no_progress, Status::not_assessable, Status::meets, Status::below,
    Status::on_schedule, Status::not_completed};

inline std::string_view to_string(Status s) {
  switch (s) {
    case Status::completed: return "completed";
    case Status::on_track: return "on_track";
    case Status::lagging: return "lagging";
    case Status::severely_lagging: return "severely_lagging";
    case Status::no_progress: return "no_progress";
    case Status::not_assessable: return "not_assessable";
    case Status::meets: return "meets";
    case Status::below: return "below";
    case Status::on_schedule: return "on_schedule";
    case Status::not_completed: return "not_completed";
  }
  return "not_assessable";
}

// The default Chinese label, as a supervision report prints it.
inline std::string_view label(Status s) {
  switch (s) {
    case Status::completed: return "已完成";
    case Status::on_track: return "正常推进";
    case Status::lagging: return "滞后";
    case Status::severely_lagging: return "严重滞后";
    case Status::no_progress: return "无进展";
    case Status::not_assessable: return "无法评估";
    case Status::meets: return "符合预期";
    case Status::below: return "不达预期";
    case Status::on_schedule: return "符合时间节点要求";
    case Status::not_completed: return "未完成";
  }
  return "无法评估";
}

inline std::optional<Status> parse_status(std::string_view code) {
  for (Status s : kAllStatuses)
    if (to_string(s) == code) return s;
  return std::nullopt;
}

// How bad a task status is, for "the worst of its sub-targets"; not_assessable
// never wins. Indicators: below > on_schedule > meets.
inline int severity(Status s) {
  switch (s) {
    case Status::completed: return 0;
    case Status::on_track: return 1;
    case Status::lagging: return 2;
    case Status::severely_lagging: return 3;
    case Status::no_progress: return 4;
    case Status::not_completed: return 5;
    case Status::meets: return 0;
    case Status::on_schedule: return 1;
    case Status::below: return 2;
    case Status::not_assessable: return -1;
  }
  return -1;
}

// Whether a status reads as "behind" in a two-bucket summary (滞后 vs 正常).
inline bool is_behind(Status s) {
  return s == Status::lagging || s == Status::severely_lagging || s == Status::no_progress ||
         s == Status::below || s == Status::not_completed;
}

// The numeric values are part of the C ABI (ducha_reason_name): append only.
enum class Reason : std::uint8_t {
  target_reached,        // done ≥ target
  on_pace,               // ratio ≥ on-track fraction of 序时进度
  behind_pace,           // ratio ≥ lagging fraction of 序时进度
  far_behind_pace,       // below that
  growth_meets,          // growth rate satisfies its comparator
  growth_below,
  level_reached,         // level target met
  level_within_band,     // below the level, inside the policy band
  level_below_band,
  within_allowance,      // ceiling: consumption keeps pace with the calendar
  allowance_ahead,       // ceiling: consuming faster than the calendar
  allowance_far_ahead,
  allowance_exceeded,    // ceiling passed
  milestone_reached,
  milestone_pending,     // stage not reached, and no planned stage curve to compare
  no_progress_reported,  // progress text empty or says 无进展/未启动/未进场
  no_figure,             // progress has no comparable figure
  unit_mismatch,         // progress figure in another dimension than the target
  qualitative,           // target has no number
  invalid_target,        // zero or negative quantitative target
  assessed,              // a person's recorded assessment (never computed)
  deteriorating,         // ratio pace: the figure moved away from the target
  sub_target_unassessed, // all-must-pass roll-up: a sub-target has no comparable figure
  not_reached_by_end,    // the target's period has ended and the target was not reached (未完成)
  target_exceeded,       // at the period's end, done > target (超额完成)
  milestone_missed,      // the period has ended before the milestone's stage was reached
  no_record,             // the history has no record on or before the evaluation date
};

inline std::optional<Reason> parse_reason(std::string_view code);

inline constexpr Reason kAllReasons[] = {
    Reason::target_reached,   Reason::on_pace,          Reason::behind_pace,
    Reason::far_behind_pace,  Reason::growth_meets,     Reason::growth_below,
    Reason::level_reached,    Reason::level_within_band, Reason::level_below_band,
    Reason::within_allowance, Reason::allowance_ahead,  Reason::allowance_far_ahead,
    Reason::allowance_exceeded, Reason::milestone_reached, Reason::milestone_pending,
    Reason::no_progress_reported, Reason::no_figure,    Reason::unit_mismatch,
    Reason::qualitative,      Reason::invalid_target,   Reason::assessed,
    Reason::deteriorating,    Reason::sub_target_unassessed, Reason::not_reached_by_end,
    Reason::target_exceeded,  Reason::milestone_missed, Reason::no_record};

inline std::string_view to_string(Reason r) {
  switch (r) {
    case Reason::target_reached: return "target_reached";
    case Reason::on_pace: return "on_pace";
    case Reason::behind_pace: return "behind_pace";
    case Reason::far_behind_pace: return "far_behind_pace";
    case Reason::growth_meets: return "growth_meets";
    case Reason::growth_below: return "growth_below";
    case Reason::level_reached: return "level_reached";
    case Reason::level_within_band: return "level_within_band";
    case Reason::level_below_band: return "level_below_band";
    case Reason::within_allowance: return "within_allowance";
    case Reason::allowance_ahead: return "allowance_ahead";
    case Reason::allowance_far_ahead: return "allowance_far_ahead";
    case Reason::allowance_exceeded: return "allowance_exceeded";
    case Reason::milestone_reached: return "milestone_reached";
    case Reason::milestone_pending: return "milestone_pending";
    case Reason::no_progress_reported: return "no_progress_reported";
    case Reason::no_figure: return "no_figure";
    case Reason::unit_mismatch: return "unit_mismatch";
    case Reason::qualitative: return "qualitative";
    case Reason::invalid_target: return "invalid_target";
    case Reason::assessed: return "assessed";
    case Reason::deteriorating: return "deteriorating";
    case Reason::sub_target_unassessed: return "sub_target_unassessed";
    case Reason::not_reached_by_end: return "not_reached_by_end";
    case Reason::target_exceeded: return "target_exceeded";
    case Reason::milestone_missed: return "milestone_missed";
    case Reason::no_record: return "no_record";
  }
  return "qualitative";
}

inline std::optional<Reason> parse_reason(std::string_view code) {
  for (Reason r : kAllReasons)
    if (to_string(r) == code) return r;
  return std::nullopt;
}

// The year-end (period-end) wording: 完成 / 超额完成 / 未完成; other statuses keep their label.
inline std::string_view period_end_label(Status s, Reason r) {
  if (s == Status::completed) return r == Reason::target_exceeded ? "超额完成" : "完成";
  if (s == Status::not_completed) return "未完成";
  return label(s);
}

DUCHA_END_NAMESPACE

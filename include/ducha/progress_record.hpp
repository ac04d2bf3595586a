// What a responsible unit reported for one sub-target.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/quantity.hpp"
#include "ducha/schedule.hpp"

DUCHA_BEGIN_NAMESPACE

// Stages of a construction-style milestone, in order.
enum class Stage { preparation, tendering, construction, finished, in_use };

inline std::string_view to_string(Stage s) {
  switch (s) {
    case Stage::preparation: return "preparation";
    case Stage::tendering: return "tendering";
    case Stage::construction: return "construction";
    case Stage::finished: return "finished";
    case Stage::in_use: return "in_use";
  }
  return "preparation";
}

inline std::optional<Stage> parse_stage(std::string_view s) {
  for (auto st : {Stage::preparation, Stage::tendering, Stage::construction, Stage::finished,
                  Stage::in_use})
    if (to_string(st) == s) return st;
  return std::nullopt;
}

struct Adjusted {
  Quantity value;    // e.g. 扣除留抵退税因素后增长-15.6%
  std::string note;  // why the figure was adjusted
};

// A figure the report gives for a stage other than the one the target asks for
// (建成3所: 其余2所主体施工中 → construction, 2所): shown beside the ratio, never counted as done.
struct StageCount {
  Stage stage = Stage::construction;
  std::optional<Quantity> count;  // absent when the clause states the stage without a figure
  std::string text;               // the clause, verbatim
};

struct ProgressRecord {
  std::optional<Quantity> value;  // the reported figure, absent when none was given
  bool estimated = false;         // 预计, 约: the unit's estimate, not a statistic
  std::optional<Adjusted> adjusted;
  std::string ranking;            // 主城区第3名
  std::string text;               // the sentence the figure came from, verbatim
  std::optional<Date> as_of;      // the record's own date (截至7月8日), else the evaluation's
  std::optional<Stage> stage;     // milestone stage reached, where reported
  // A completion rate the report states (完成率85%, 完成年度任务的85%, (50%)) as a
  // fraction (0.85): the ratio when no figure can be compared with the target.
  std::optional<Fraction> stated_ratio;
  // Other stages the report gives beside the figure (in_progress: 2所施工中).
  std::vector<StageCount> other_stages;
};

DUCHA_END_NAMESPACE

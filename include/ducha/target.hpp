// Sub-targets: the measurable parts of an item's target sentence.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ducha/config.hpp"
#include "ducha/progress_record.hpp"
#include "ducha/quantity.hpp"

DUCHA_BEGIN_NAMESPACE

enum class TargetKind {
  cumulative,   // 新建30个: done / target against 序时进度
  growth,       // 增长5.5%左右: reported rate against the comparator
  level,        // 达90%以上, 全覆盖: current level against the target level
  ceiling,      // 控制在/不超过 a total: consumption of the allowance
  milestone,    // 建成, 启动, 开工, 投用: stage reached
  qualitative,  // no number: a person's assessment only
};

enum class Comparator {
  reach,     // 达到, 达, 完成 (≥)
  at_least,  // 以上, 不低于 (≥)
  exceed,    // 突破 (>)
  around,    // 左右 (within the policy tolerance)
  at_most,   // 以下, 不超过, 控制在, 以内 (≤)
  full,      // 全覆盖 (100%)
};

inline std::string_view to_string(TargetKind k) {
  switch (k) {
    case TargetKind::cumulative: return "cumulative";
    case TargetKind::growth: return "growth";
    case TargetKind::level: return "level";
    case TargetKind::ceiling: return "ceiling";
    case TargetKind::milestone: return "milestone";
    case TargetKind::qualitative: return "qualitative";
  }
  return "qualitative";
}

inline std::string_view to_string(Comparator c) {
  switch (c) {
    case Comparator::reach: return "reach";
    case Comparator::at_least: return "at_least";
    case Comparator::exceed: return "exceed";
    case Comparator::around: return "around";
    case Comparator::at_most: return "at_most";
    case Comparator::full: return "full";
  }
  return "reach";
}

inline std::optional<TargetKind> parse_target_kind(std::string_view s) {
  for (auto k : {TargetKind::cumulative, TargetKind::growth, TargetKind::level, TargetKind::ceiling,
                 TargetKind::milestone, TargetKind::qualitative})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

inline std::optional<Comparator> parse_comparator(std::string_view s) {
  for (auto c : {Comparator::reach, Comparator::at_least, Comparator::exceed, Comparator::around,
                 Comparator::at_most, Comparator::full})
    if (to_string(c) == s) return c;
  return std::nullopt;
}

// The wording of a comparator in an explanation (左右, 以上 …).
inline std::string_view phrase(Comparator c) {
  switch (c) {
    case Comparator::reach: return "";
    case Comparator::at_least: return "以上";
    case Comparator::exceed: return "(突破)";
    case Comparator::around: return "左右";
    case Comparator::at_most: return "以内";
    case Comparator::full: return "(全覆盖)";
  }
  return "";
}

// A target written as a range (增长6.5%-7%, 两到三万人, 3万-6万元): both ends as written,
// lower first, in the target quantity's unit, with its sign (下降3%-5%: −3 and −5).
struct TargetRange {
  Decimal low, high;
};

struct Target {
  Quantity quantity;  // the figure the target is met at (of a range: its less demanding end)
  Comparator comparator = Comparator::reach;
  std::optional<TargetRange> range = std::nullopt;  // absent unless the target was written as a range
};

// A milestone's planned node: the stage the target asks for (建成 → finished, 开工 →
// construction, 完成招标 → tendering, 投用 → in_use) and the date it is due when the
// text gives one (6月底前开工, 年底前建成, 三季度完成招标); else it is due at the period's end.
struct MilestoneGoal {
  Stage stage = Stage::finished;
  std::optional<Date> due;
  std::string text;  // the words that gave it (6月底前开工), "" when defaulted
};

struct SubTarget {
  std::string text;  // the words of the target sentence this came from
  TargetKind kind = TargetKind::qualitative;
  std::optional<Target> target;  // absent for qualitative and most milestones
  bool lower_is_better = false;  // e.g. 能耗强度下降: smaller figures are better
  // A level's value at the period's start: with it, a level is judged by the way
  // covered from the baseline to the target (a two-point series).
  std::optional<Quantity> baseline;
  std::optional<ProgressRecord> progress;
  // Dated records, ascending by as_of (every one has it), at most one per date (plan
  // format 2). When present, an evaluation as of D uses the latest on or before D.
  std::vector<ProgressRecord> history;
  // The target's own period when it is not the plan's: 一季度, 到2025年, 三年内.
  std::optional<Period> period;
  // Milestones: the stage and date asked for (absent: finished, at the period's end).
  std::optional<MilestoneGoal> goal;
};

DUCHA_END_NAMESPACE

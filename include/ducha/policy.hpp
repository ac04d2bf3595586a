// Policy: every threshold, tolerance, label and rule the evaluation uses. The
// defaults are the "reference" policy, calibrated on the Shapingba 2022 H1 report
// (docs/policy.md); presets ship as files in policies/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/decimal.hpp"
#include "ducha/error.hpp"
#include "ducha/fraction.hpp"
#include "ducha/progress_record.hpp"
#include "ducha/schedule.hpp"
#include "ducha/status.hpp"

DUCHA_BEGIN_NAMESPACE

// How a cumulative (or ceiling) ratio r is compared with 序时进度 e.
enum class PaceMode {
  fraction,  // on_track when r ≥ on_track·e, lagging when r ≥ lagging·e (the reference office)
  points,    // on_track when (e − r) ≤ on_track percentage points, lagging when ≤ lagging (Yinchuan)
  ratio,     // q = r / e: on_track when q ≥ on_track, lagging when ≥ lagging, severely when ≥ limited, else
             // deteriorating (Open SDG: observed against required rate)
};

inline std::string_view to_string(PaceMode m) {
  switch (m) {
    case PaceMode::fraction: return "fraction";
    case PaceMode::points: return "points";
    case PaceMode::ratio: return "ratio";
  }
  return "fraction";
}

struct PaceRule {
  PaceMode mode = PaceMode::fraction;
  Fraction on_track{2, 3};
  Fraction lagging{1, 3};
  Fraction limited{0};  // ratio mode only: the floor of "limited progress"
};

enum class Rollup {
  worst,          // a task is its worst assessable sub-target
  all_must_pass,  // …and a sub-target without a comparable figure (no_figure, unit_mismatch) counts as lagging
};

inline std::string_view to_string(Rollup r) { return r == Rollup::worst ? "worst" : "all_must_pass"; }

// What an evaluation as of D does with a history record dated after D.
enum class LaterRecords {
  error,   // refuse: the plan holds progress the date cannot have known (default)
  ignore,  // leave them out, and say how many were left out
};

inline std::string_view to_string(LaterRecords l) { return l == LaterRecords::error ? "error" : "ignore"; }

// Warning colours as offices publish them (docs/policy.md, "Escalation").
enum class EscalationMode {
  none,
  consecutive,  // by consecutive months behind (Yinchuan: yellow at 1, red at 3; recovery resets)
  monthly,      // month by month (Wenzhou Ouhai 三色预警: met green, missed red, made up yellow)
  deadline,     // by deadline (Suqian 三色督办单: near blue, behind 序时 yellow, overdue red)
};

inline std::string_view to_string(EscalationMode m) {
  switch (m) {
    case EscalationMode::none: return "none";
    case EscalationMode::consecutive: return "consecutive";
    case EscalationMode::monthly: return "monthly";
    case EscalationMode::deadline: return "deadline";
  }
  return "none";
}

struct EscalationLevel {
  int months = 1;      // consecutive months behind from which this colour applies
  std::string colour;  // as the office names it: "yellow", "黄色" …
};

struct EscalationRule {
  EscalationMode mode = EscalationMode::none;
  std::vector<EscalationLevel> levels;  // consecutive: ascending months
  std::string met = "green", missed = "red", recovered = "yellow";  // monthly
  int window_days = 30;                                              // deadline: "near" window
  std::string near = "blue", behind = "yellow", overdue = "red";    // deadline
};

// A 序时 schedule for some items: by category or by item id.
struct ScheduleOverride {
  std::string category;  // one of the two is set
  std::string item;
  Schedule schedule;
};

// A point of the stage curve: the stage a milestone is expected to have reached once
// `expected` of the time from the period's start to its planned node has passed.
struct StagePoint {
  Stage stage;
  Fraction expected;
};

// The default stage curve (docs/policy.md): tendering by a quarter of the time to the
// node, construction by half; the node itself at the end.
inline std::vector<StagePoint> default_stage_curve() {
  return {{Stage::tendering, Fraction(1, 4)}, {Stage::construction, Fraction(1, 2)}};
}

// Verb groups (docs/policy.md, "Verb groups"): which verbs count the same work, so that a
// progress verb counts as done for a target verb of its group (建成 ⇐ 建成/完工/投用;
// 开工 ⇐ 开工/进场; 引进 ⇐ 引进/落地/签约). By group name; every verb must be an action verb
// of the sentence vocabulary (glossary.md). A verb may stand in several groups (完成).
using VerbGroups = std::map<std::string, std::vector<std::string>>;

// The group names a policy may use.
inline const std::vector<std::string>& verb_group_names() {
  static const std::vector<std::string> names = {"build", "attract", "clear", "incubate", "start"};
  return names;
}

// The reference groups: the table the reader has always used.
inline VerbGroups default_verb_groups() {
  return {{"build", {"新改建", "新建", "新增", "改建", "建成", "完成", "开通", "新开通", "安装", "加装", "完工", "竣工",
                     "投用", "投运"}},
          {"attract", {"引进", "签约", "引育", "落地"}},
          {"clear", {"完成", "拆除", "整治"}},
          {"incubate", {"新培育", "培育", "孵化"}},
          {"start", {"开工", "进场"}}};
}

struct Policy {
  std::string name = "reference";
  std::string label_version;  // the author's own version label, recorded beside the fingerprint
  Schedule schedule;          // 序时进度 by months unless stated otherwise
  std::vector<ScheduleOverride> schedules;
  PaceRule cumulative;  // cumulative targets (and year totals of indicators)
  PaceRule ceiling;     // ceilings, mirrored: the allowance left against the time left
  // growth 左右: meets when actual ≥ target − tolerance (percentage points)
  Decimal around_tolerance = Decimal::from_parts(5, 1);
  // level: on_track when actual ≥ target × (1 − band)
  Fraction level_band{1, 10};
  Rollup rollup = Rollup::worst;
  std::map<Status, std::string> labels;  // overrides of the default Chinese labels (慢序时 …)
  // Reasons that count as 推进较为滞后 in the two-bucket summary and the official agreement.
  std::vector<Reason> lagging_reasons = {Reason::behind_pace,         Reason::far_behind_pace,
                                         Reason::growth_below,        Reason::level_below_band,
                                         Reason::allowance_ahead,     Reason::allowance_far_ahead,
                                         Reason::allowance_exceeded,  Reason::no_progress_reported,
                                         Reason::deteriorating,       Reason::sub_target_unassessed};
  // progress texts that mean nothing was done
  std::vector<std::string> no_progress_phrases = {"无进展", "未启动", "未进场", "尚未开展", "暂无进展"};
  LaterRecords later_records = LaterRecords::error;
  // Projection: the line through the first and last of this many latest records.
  int projection_window = 3;
  EscalationRule escalation;
  // Milestones without a stage curve of their own are judged against this one.
  std::vector<StagePoint> stage_curve = default_stage_curve();
  // Which progress verbs count as done for a target's verb (reading a target and its progress).
  VerbGroups verb_groups = default_verb_groups();

  // The label of a status under this policy.
  std::string label(Status s) const {
    auto it = labels.find(s);
    return it != labels.end() ? it->second : std::string(ducha::label(s));
  }
  bool counts_as_lagging(Reason r) const {
    for (Reason x : lagging_reasons)
      if (x == r) return true;
    return false;
  }
  // The schedule of an item: an item override, else a category override, else the default.
  const Schedule& schedule_for(const std::string& item_id, const std::string& category) const {
    for (const auto& o : schedules)
      if (!o.item.empty() && o.item == item_id) return o.schedule;
    for (const auto& o : schedules)
      if (!o.category.empty() && o.category == category) return o.schedule;
    return schedule;
  }

  // Throws invalid_argument naming the field when the policy is inconsistent.
  void validate() const;
  // "reference@1a2b3c4d5e6f7a8b": the name plus a fingerprint of every value,
  // so that changing any threshold changes what an evaluation records.
  std::string version() const;
  // Every value in one canonical line, the fingerprint's input.
  std::string canonical() const;
};

namespace detail {

inline void validate_schedule(const Schedule& s, const std::string& where) {
  auto bad = [&](const std::string& field, const std::string& why) {
    return Error(ErrorCode::invalid_argument, "policy " + where + field + ": " + why);
  };
  if (s.basis != ScheduleBasis::curve) return;
  if (s.curve.empty()) throw bad("curve", "needs at least one point");
  for (std::size_t i = 0; i < s.curve.size(); ++i) {
    const auto& p = s.curve[i];
    std::string at = "curve[" + std::to_string(i) + "]";
    if (p.expected.is_negative() || p.expected > Fraction(1)) throw bad(at + ".expected", "must be between 0 and 1");
    if (i > 0 && !(s.curve[i - 1].at < p.at)) throw bad(at + ".date", "dates must increase");
    if (i > 0 && p.expected < s.curve[i - 1].expected) throw bad(at + ".expected", "must not decrease");
  }
}

inline void validate_pace(const PaceRule& r, const std::string& where) {
  auto bad = [&](const std::string& field, const std::string& why) {
    return Error(ErrorCode::invalid_argument, "policy " + where + "." + field + ": " + why);
  };
  if (r.lagging.is_negative()) throw bad("lagging", "must not be negative");
  if (r.on_track.is_negative()) throw bad("on_track", "must not be negative");
  if (r.mode == PaceMode::points) {
    // Points are gaps below 序时: the on-track gap is the smaller one.
    if (r.on_track > r.lagging) throw bad("on_track", "must not exceed lagging (points below 序时)");
    if (r.lagging > Fraction(100)) throw bad("lagging", "must not exceed 100 points");
    return;
  }
  if (r.lagging > r.on_track) throw bad("lagging", "must not exceed on_track");
  if (r.mode == PaceMode::fraction && r.on_track > Fraction(1)) throw bad("on_track", "must not exceed 1");
  if (r.mode == PaceMode::ratio && r.limited > r.lagging) throw bad("limited", "must not exceed lagging");
}

inline std::string pace_canonical(const PaceRule& r) {
  return std::string(to_string(r.mode)) + "," + r.on_track.to_string() + "," + r.lagging.to_string() + "," +
         r.limited.to_string();
}

inline std::string schedule_canonical(const Schedule& s) {
  std::string out(to_string(s.basis));
  for (const auto& p : s.curve)
    out += "," + boost::gregorian::to_iso_extended_string(p.at) + ":" + p.expected.to_string();
  return out;
}

}  // namespace detail

namespace detail {

inline void validate_verb_groups(const VerbGroups& groups) {
  auto bad = [](const std::string& field, const std::string& why) {
    return Error(ErrorCode::invalid_argument, "policy verb_groups" + field + ": " + why);
  };
  const auto& names = verb_group_names();
  for (const auto& [group, verbs] : groups) {
    if (std::find(names.begin(), names.end(), group) == names.end())
      throw bad("." + group, "unknown verb group (build, attract, clear, incubate or start)");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < verbs.size(); ++i) {
      std::string at = "." + group + "[" + std::to_string(i) + "]";
      if (verbs[i].find_first_not_of(" \t\r\n") == std::string::npos) throw bad(at, "a verb may not be empty");
      if (!seen.insert(verbs[i]).second) throw bad(at, "\"" + verbs[i] + "\" is listed twice");
    }
  }
}

}  // namespace detail

inline void Policy::validate() const {
  auto bad = [](const std::string& field, const std::string& why) {
    return Error(ErrorCode::invalid_argument, "policy " + field + ": " + why);
  };
  detail::validate_schedule(schedule, "schedule.");
  for (std::size_t i = 0; i < schedules.size(); ++i) {
    const auto& o = schedules[i];
    std::string where = "schedules[" + std::to_string(i) + "].";
    if (o.category.empty() == o.item.empty()) throw bad(where + "category", "give a category or an item, not both");
    detail::validate_schedule(o.schedule, where);
  }
  detail::validate_pace(cumulative, "cumulative");
  detail::validate_pace(ceiling, "ceiling");
  if (around_tolerance.is_negative()) throw bad("around_tolerance", "must not be negative");
  if (level_band.is_negative() || level_band > Fraction(1)) throw bad("level_band", "must be between 0 and 1");
  if (projection_window < 2) throw bad("projection_window", "must be at least 2 records");
  const auto& e = escalation;
  if (e.mode == EscalationMode::consecutive && e.levels.empty())
    throw bad("escalation.levels", "consecutive escalation needs at least one level");
  for (std::size_t i = 0; i < e.levels.size(); ++i) {
    std::string at = "escalation.levels[" + std::to_string(i) + "]";
    if (e.levels[i].months < 1) throw bad(at + ".months", "must be at least 1");
    if (i > 0 && e.levels[i].months <= e.levels[i - 1].months) throw bad(at + ".months", "must increase");
    if (e.levels[i].colour.empty()) throw bad(at + ".colour", "must not be empty");
  }
  if (e.window_days < 0) throw bad("escalation.window_days", "must not be negative");
  detail::validate_verb_groups(verb_groups);
  for (std::size_t i = 0; i < stage_curve.size(); ++i) {
    std::string at = "stage_curve[" + std::to_string(i) + "]";
    const auto& p = stage_curve[i];
    if (p.expected.is_zero() || p.expected.is_negative() || p.expected > Fraction(1)) throw bad(at + ".expected", "must be above 0 and at most 1");
    if (i > 0 && !(stage_curve[i - 1].stage < p.stage)) throw bad(at + ".stage", "stages must follow each other in order");
    if (i > 0 && !(stage_curve[i - 1].expected < p.expected)) throw bad(at + ".expected", "must increase");
  }
}

inline std::string Policy::canonical() const {
  std::string s = "name=" + name + ";label_version=" + label_version + ";schedule=" + detail::schedule_canonical(schedule);
  for (const auto& o : schedules)
    s += ";schedules:" + o.category + "/" + o.item + "=" + detail::schedule_canonical(o.schedule);
  s += ";cumulative=" + detail::pace_canonical(cumulative) + ";ceiling=" + detail::pace_canonical(ceiling) +
       ";around_tolerance=" + around_tolerance.to_string() + ";level_band=" + level_band.to_string() +
       ";rollup=" + std::string(to_string(rollup)) + ";labels=";
  for (const auto& [st, l] : labels) s += std::string(to_string(st)) + ":" + l + "|";
  s += ";lagging_reasons=";
  for (Reason r : lagging_reasons) s += std::string(to_string(r)) + "|";
  s += ";no_progress=";
  for (const auto& p : no_progress_phrases) s += p + "|";
  // Keys added with plan format 2, written only when not at their defaults so that
  // the fingerprints of earlier policies stay what they were.
  if (later_records != LaterRecords::error) s += ";later_records=" + std::string(to_string(later_records));
  if (projection_window != 3) s += ";projection_window=" + std::to_string(projection_window);
  bool default_curve = stage_curve.size() == default_stage_curve().size();
  for (std::size_t i = 0; default_curve && i < stage_curve.size(); ++i)
    default_curve = stage_curve[i].stage == default_stage_curve()[i].stage &&
                    stage_curve[i].expected == default_stage_curve()[i].expected;
  if (!default_curve) {
    s += ";stage_curve=";
    for (const auto& p : stage_curve) s += std::string(to_string(p.stage)) + ":" + p.expected.to_string() + "|";
  }
  if (verb_groups != default_verb_groups()) {  // as the stage curve: only when not the reference's
    s += ";verb_groups=";
    for (const auto& [group, verbs] : verb_groups) {
      s += group + ":";
      for (const auto& v : verbs) s += v + ",";
      s += "|";
    }
  }
  const auto& e = escalation;
  if (e.mode != EscalationMode::none) {
    s += ";escalation=" + std::string(to_string(e.mode)) + ",levels:";
    for (const auto& l : e.levels) s += std::to_string(l.months) + ":" + l.colour + "|";
    s += ",met:" + e.met + ",missed:" + e.missed + ",recovered:" + e.recovered +
         ",window_days:" + std::to_string(e.window_days) + ",near:" + e.near + ",behind:" + e.behind +
         ",overdue:" + e.overdue;
  }
  return s;
}

inline std::string Policy::version() const {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64
  for (unsigned char c : canonical()) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  static const char* hex = "0123456789abcdef";
  std::string out = name + "@";
  for (int shift = 60; shift >= 0; shift -= 4) out += hex[(h >> shift) & 0xF];
  return out;
}

DUCHA_END_NAMESPACE

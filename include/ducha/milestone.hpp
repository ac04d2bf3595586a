// Milestones judged by stage (docs/evaluation.md, "Milestones"): the stage a project
// has reached against the stage the target asks for, by its planned node (6月底前开工)
// or by the policy's stage curve between the period's start and the node.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/policy.hpp"
#include "ducha/target.hpp"

DUCHA_BEGIN_NAMESPACE

// The office's word for a stage, for explanations.
inline std::string_view stage_label(Stage s) {
  switch (s) {
    case Stage::preparation: return "前期";
    case Stage::tendering: return "设计招标";
    case Stage::construction: return "施工";
    case Stage::finished: return "完工";
    case Stage::in_use: return "投用";
  }
  return "前期";
}

// The stage the curve expects once `share` of the time to the node has passed: the
// goal itself from the node on, else the latest curve stage before the goal that is
// due by then (none before the first point).
inline std::optional<Stage> expected_stage(const std::vector<StagePoint>& curve, Stage goal, const Fraction& share) {
  if (share >= Fraction(1)) return goal;
  std::optional<Stage> out;
  for (const auto& p : curve)
    if (p.stage < goal && p.expected <= share) out = p.stage;
  return out;
}

// What a milestone asks for: its goal, else finished at the end of the period.
inline MilestoneGoal goal_of(const SubTarget& st, const Period& period) {
  MilestoneGoal g = st.goal ? *st.goal : MilestoneGoal{};
  if (!g.due || *g.due > period.end) g.due = period.end;
  return g;
}

// Share of the time from the period's start to the node elapsed at `as_of`, by the
// schedule's basis (a planned curve of shares is for quantities: months are used).
inline Fraction share_to_node(const Schedule& schedule, const Period& period, const Date& due, const Date& as_of) {
  if (due <= period.begin) return as_of >= due ? Fraction(1) : Fraction(0);
  Schedule basis;
  if (schedule.basis == ScheduleBasis::days) basis.basis = ScheduleBasis::days;
  return basis.expected(Period{period.begin, due}, as_of);
}

// Judges a milestone whose reached stage is reported: completed at the goal's stage;
// not_completed (milestone_missed) once its node has passed without it; otherwise
// on_track (on_pace) when the stage is the one the stage curve expects by now or
// later (or the curve expects none yet), lagging (behind_pace) when it is before it;
// with an empty stage curve, not_assessable (milestone_pending) before the node. `ev.expected` becomes the share
// of the time to the node; `ev.stage_expected` the stage expected.
inline void judge_milestone(const SubTarget& st, Stage reached, const Policy& policy, const Schedule& schedule,
                            const Period& period, const Date& as_of, SubTargetEvaluation& ev) {
  MilestoneGoal g = goal_of(st, period);
  ev.due = g.due;
  ev.stage_reached = reached;
  ev.expected = share_to_node(schedule, period, *g.due, as_of);
  ev.stage_expected = expected_stage(policy.stage_curve, g.stage, ev.expected);
  if (reached >= g.stage) {
    ev.status = Status::completed;
    ev.reason = Reason::milestone_reached;
  } else if (as_of >= *g.due) {
    ev.status = Status::not_completed;
    ev.reason = Reason::milestone_missed;
  } else if (policy.stage_curve.empty()) {
    ev.status = Status::not_assessable;  // no stage curve: nothing says where it should be by now
    ev.reason = Reason::milestone_pending;
  } else if (!ev.stage_expected || reached >= *ev.stage_expected) {
    ev.status = Status::on_track;
    ev.reason = Reason::on_pace;
  } else {
    ev.status = Status::lagging;
    ev.reason = Reason::behind_pace;
  }
}

DUCHA_END_NAMESPACE

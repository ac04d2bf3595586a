// Stages and milestones in text (docs/text.md, "Stages and milestones"): the stage a
// progress text reports for one project, the planned node of a milestone target
// (6月底前开工), a target's own period (到2025年, 三年内), and the figures a progress
// text gives for stages other than the one a target asks for (其余2所主体施工中).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/target.hpp"
#include "text/facts.hpp"
#include "text/sentence_words.hpp"
#include "text/targets.hpp"

namespace ducha::text {

// The furthest stage a stretch of text names, word by word with the longest word at
// each place (主体完工 is construction, not 完工): nullopt when it names none.
std::optional<Stage> stage_named(U32View s);

// A clause of a progress text that states a stage reached, with its subject (the words
// before 已, 正在, 目前 or its first stage word: 甲小学|已完工投用).
struct StatedStage {
  Stage stage;
  U32 clause;  // normalised
  U32 subject;
};

// The stages of one progress text, read once: the clauses that state a stage reached,
// and the facts under way or at a stage (candidates for other_stages).
struct ProgressStages {
  std::vector<StatedStage> clauses;
  std::vector<std::size_t> facts;
  // Clauses that say all of the work reached a stage (已全部完工并全线通车,
  // 全部改造工作已于11月14日前完工): the furthest such stage and its clause.
  std::optional<StatedStage> all_reached;
  // A clause that says full coverage was reached (实现了农村义务教育学生全覆盖).
  std::optional<std::string> full_coverage;
};
ProgressStages read_stages(std::string_view progress, const std::vector<Fact>& facts);

// More candidate clauses or facts than this for one target clause: none is taken (the
// text is a list of many things, and which are this target's cannot be told).
inline constexpr std::size_t kMaxStageCandidates = 64;

struct ReportedStage {
  Stage stage;
  std::string clause;  // the clause that states it
};

// The furthest stage a progress text reports as reached for the one project the
// target sentence `about` names. A clause reports none when it has a figure (it counts
// work), expects, plans or denies (预计, 计划, 尚未 …), or its subject (four characters or
// more) shares no word of two characters with `about` (it is about something else); one that prepares
// (着手准备开展招标) reports preparation; 主体 with a finished stage is construction; a
// clause that ends in a done word without a stage word (已完成, 建设已完成) reports finished.
std::optional<ReportedStage> reported_stage(const ProgressStages& progress, std::string_view about);
std::optional<ReportedStage> reported_stage(std::string_view progress, std::string_view about);

// A target sentence of one part (no , ; 。 or 、 inside): it can name one project, whose
// stage a progress text can report. A sentence of several parts (建成江山公园、两溪花谷)
// names several, and no one stage is theirs.
bool names_one_project(std::string_view target);

// What a target sentence asks of a milestone: the furthest stage its words name
// (建成 → finished, 开工 → construction, 完成招标 → tendering, 投用 → in_use; none:
// finished) and its planned node when it gives one (6月底前开工 → the end of June;
// 三季度完成招标 → 30 September; 年底前建成 → 31 December of `year`).
MilestoneGoal milestone_goal(std::string_view target, int year);

// A target's own period when its sentence names one that is not the plan's year:
// 到2025年 / 2025年底前 (from the start of `year` to the end of 2025), 2015—2017年, 三年内
// (from the start of `year`, that many years), a quarter or half-year (一季度), or a
// node date of a quantity target (6月底前新建3个: to the end of June).
std::optional<Period> own_period(std::string_view target, int year);

// Figures of a progress text for stages other than the one the clause's verb asks
// for, in the target's unit and not used by any sub-target: work under way (其余2所主体
// 施工中) or an earlier stage (已完成2所学校选址). `used` marks facts matched elsewhere.
std::vector<StageCount> other_stage_counts(const TargetClause& clause, const std::vector<Fact>& facts,
                                           const std::vector<bool>& used, const ProgressStages& progress);

// A count target (cumulative, one measure word) the progress reports done as a whole
// (已全部完工, at the stage the target's verb asks for or later; finished when the verb
// names none) without a figure: the clause that says so.
std::optional<std::string> all_reported_done(const TargetClause& clause, const ProgressStages& progress,
                                             const VerbMatcher& verbs = VerbMatcher::reference());

// Single projects of a progress text reported at the stage a cumulative clause asks for
// without a figure (甲小学已完工投用 against 建成3所中小学 counts 1): clauses with no
// figure whose subject shares a word of two characters with the clause's object.
struct NamedCompletions {
  long count = 0;
  std::vector<std::string> clauses;
};
NamedCompletions named_completions(const TargetClause& clause, const ProgressStages& progress,
                                   const VerbMatcher& verbs = VerbMatcher::reference());

}  // namespace ducha::text

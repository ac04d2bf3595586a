// The stage vocabulary: the words that say which stage a project has reached, the
// words that make a stage planned rather than reached, and the words of a planned
// node (6月底前开工). One table per kind of word; every term is in docs/glossary.md
// ("Stages and milestones"). The action verbs that state a stage (建成, 完工, 竣工,
// 投用, 投运, 开工, 进场) are in the sentence table (sentence_words.cpp) with their stage.
#pragma once

#include <string_view>

#include "ducha/progress_record.hpp"

namespace ducha::text::stage_words {

using W = std::u32string_view;

struct StageWord {
  W text;
  Stage stage;
};

// Project stages that are not action verbs, in the order of the stages.
inline constexpr StageWord kStages[] = {
    {U"前期", Stage::preparation},       {U"立项", Stage::preparation},       {U"选址", Stage::preparation},
    {U"可研", Stage::preparation},       {U"征迁", Stage::preparation},       {U"设计", Stage::tendering},
    {U"施工图", Stage::tendering},       {U"招标", Stage::tendering},         {U"在建", Stage::construction},
    {U"主体施工", Stage::construction},  {U"主体完工", Stage::construction},  {U"主体封顶", Stage::construction},
    {U"竣工验收", Stage::finished},      {U"投入使用", Stage::in_use},        {U"投入运行", Stage::in_use},
    {U"投入运营", Stage::in_use},        {U"通车", Stage::in_use},
};

// In a clause of a progress text: the stage it names is expected, planned or denied,
// not reached (预计9月份开工, 计划年底完工, 尚未开工).
inline constexpr W kNotReached[] = {U"预计", U"计划", U"拟", U"将于", U"力争", U"争取", U"未"};

// In a clause of a progress text: the work is being prepared (正着手准备开展招标):
// the project is at the preparation stage whatever stage word follows.
inline constexpr W kPreparing[] = {U"准备", U"着手", U"筹备"};

// The end of a clause of a progress text that says the work is done, without a stage
// word or a figure (已完成, 建设已完成, 已全部完成): the project is finished.
inline constexpr W kDone[] = {U"已完成", U"全部完成", U"全面完成", U"圆满完成"};

// The end of a clause of a progress text that says the year's or the plan's target is done
// (完成年度目标任务, 圆满完成既定任务目标): the work is finished.
inline constexpr W kTargetDone[] = {U"完成年度目标任务", U"完成全年目标任务", U"完成年度目标", U"完成全年目标",
                                    U"完成年度任务", U"完成全年任务", U"完成既定任务目标", U"完成既定目标任务",
                                    U"完成既定目标"};

// In a progress clause before its stage word: all of the work reached it (已全部完工).
inline constexpr W kAll[] = {U"全部", U"全面"};

// In a progress clause: full coverage reached (实现了…全覆盖), a level of 100%; and the
// verbs that say it was reached.
inline constexpr W kFullCoverage = U"全覆盖";
inline constexpr W kReachedCoverage[] = {U"实现", U"达到", U"已"};

// In a progress clause, with a finished stage (主体已完工, 主体工程完工): the main
// structure is done, the project is still under construction.
inline constexpr W kMainStructure = U"主体";

// In a progress clause: where its subject ends (甲小学|已完工投用, 项目|正在施工).
inline constexpr W kSubjectEnds[] = {U"已", U"正在", U"目前", U"现已", U"均已"};

// After a date in a target sentence: the date is a planned node (6月底前开工).
inline constexpr W kNodeAfterDate[] = {U"底前", U"之前", U"以前", U"前"};

// In a target sentence: the node is the end of the plan's year (年底前建成, 年内完工).
inline constexpr W kYearEnd[] = {U"年底前", U"年底", U"年末", U"年内"};

// In a target sentence, before a year (到2025年): the target runs to the end of that year.
inline constexpr W kUntilYear[] = {U"到", U"至"};

// In a target sentence, after a number of years (三年内, 3年内): the target runs that many years.
inline constexpr W kWithinYears = U"年内";

// The end of a target sentence that names one project (第一实验幼儿园建设工程,
// 红绿灯新建项目, 城乡福道建设): a milestone.
inline constexpr W kProjectEndings[] = {U"项目", U"工程", U"建设"};

}  // namespace ducha::text::stage_words

// Every word the sentence reader knows, in one table (sentence_words.cpp), each with
// its role. docs/glossary.md lists every term ("Sentence vocabulary"); a test
// checks that it does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/progress_record.hpp"

namespace ducha::text {

using U32 = std::u32string;
using U32View = std::u32string_view;

enum class WordRole {
  action,          // a verb that introduces a figure: 新建, 完成, 引进
  comparator,      // 以上, 不低于, 左右, 控制在 … (see Word::comparator)
  scope,           // before a figure: not progress but a plan or a restated target (计划, 目标)
  ongoing,         // work under way, not work done (正在, 施工中)
  done_after,      // a completion written after the figure (3个项目建设已完成)
  filler,          // trimmed from the ends of an object (以上, 的, 累计)
  stage,           // a project stage (选址, 招标, 开工, 主体施工, 完工, 投用)
  gap,             // a target stated as a gap: 低于目标, 高于目标, 超出年度目标
  rate,            // a stated completion rate: 完成率, 完成进度, 完成年度任务的
  respectively,    // 分别: a list paired in order with a list of figures
  shared_figure,   // 均: one figure shared by every item listed before it
  adverb,          // 全面, 深入 …: a verb phrase follows, so a count before it names a campaign
  rate_lead,       // 为, 占, 完成 …: opens a plan phrase before a stated rate (为计划的101%)
  plan,            // 计划, 任务, 目标: the plan a rate or a stated target is of
  baseline,        // 从, 由, 现行: before the figure a change starts from (从574元提高到609元)
  cumulative,      // 累计: a figure since the start, preferred for a cumulative target over the period's own
  column,          // a table column's header before its cell: 目标任务, 完成情况, 完成比例 (see Word::column)
  total,           // 总: a count before 总投资277亿元 is the set the total is of (25件民生实事计划总投资277亿元)
};

// What a table column holds (cells.hpp).
enum class Column { target, actual, rate };

// Verb groups: two verbs are alike when they share a group.
enum VerbGroup : unsigned {
  kBuild = 1u << 0,     // 新建, 建成, 完成 …
  kAttract = 1u << 1,   // 引进, 签约
  kClear = 1u << 2,     // 拆除, 整治
  kIncubate = 1u << 3,  // 培育, 孵化
  kUp = 1u << 4,        // 增长, 提高: a rise
  kDown = 1u << 5,      // 下降, 减少: a fall (lower is better)
  kReach = 1u << 6,     // 达, 达到
  kStart = 1u << 7,     // 开工, 进场
};

enum class WordComparator { none, at_least_before, at_most_before, exceed_before, around_after, at_least_after,
                            at_most_after };

struct Word {
  U32View text;
  WordRole role;
  unsigned groups = 0;      // VerbGroup bits (actions)
  std::optional<Stage> stage;  // the project stage a stage word (or an action) states
  WordComparator comparator = WordComparator::none;
  int sign = 0;             // gap words: +1 when the actual is above the target, −1 below
  Column column = Column::actual;  // column words: what the column holds
};

// The column word `header` is exactly, or nullptr.
const Word* column_word(U32View header);

// The whole table.
const std::vector<Word>& vocabulary();

// The words of one role, longest first.
const std::vector<const Word*>& words(WordRole role);

// The longest action verb ending exactly at `end` of `s` (not starting before `floor`). A
// one-character verb (达, 降) is one only before a figure: before another ideograph it
// begins a word (达标小区, 减税降费).
const Word* action_ending_at(U32View s, std::size_t floor, std::size_t end);

// The last action verb in s[floor, limit); its start and entry.
struct FoundWord {
  std::size_t begin = 0;
  const Word* word = nullptr;
};
std::optional<FoundWord> action_before(U32View s, std::size_t floor, std::size_t limit);

// The entry of an action verb (nullptr when `verb` is none).
const Word* action(std::string_view verb);

// Two verbs (UTF-8) that count the same work: equal, or in one group.
bool similar_verbs(std::string_view a, std::string_view b);

// The first word of `role` found in `s`, or nullptr.
const Word* find_word(U32View s, WordRole role);

// The latest project stage stated in `s` (施工中 → construction; 已完工投用 → in_use).
std::optional<Stage> stage_in(U32View s);

}  // namespace ducha::text

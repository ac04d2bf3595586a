// Every word the sentence reader knows, in one table (sentence_words.cpp), each with
// its role. docs/glossary.md lists every term ("Sentence vocabulary"); a test
// checks that it does.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ducha/policy.hpp"
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

// Grammar groups of the sentence table: which way a rate goes and a level reached. They
// decide a target's kind and direction, not which work counts as done: that is the
// policy's verb groups (Policy::verb_groups, VerbMatcher below).
enum VerbGroup : unsigned {
  kUp = 1u << 4,        // 增长, 提高: a rise
  kDown = 1u << 5,      // 下降, 减少: a fall (lower is better)
  kReach = 1u << 6,     // 达, 达到
};
// The policy's groups take the bits from here up, in the order of verb_group_names().
inline constexpr unsigned kFirstPolicyGroup = 1u << 8;

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

// A policy's verb groups, compiled for reading: which verbs count the same work (新建 and
// 建成, 引进 and 落地), and the latest stage a verb of each group names.
class VerbMatcher {
 public:
  explicit VerbMatcher(const VerbGroups& groups);
  // The reference policy's groups (Policy{}.verb_groups).
  static const VerbMatcher& reference();
  // The verb's groups: its grammar group (kUp, kDown, kReach) and the policy's, as bits.
  unsigned groups_of(std::string_view verb) const;
  // Two verbs (UTF-8) that count the same work: equal, or in one group.
  bool alike(std::string_view a, std::string_view b) const;
  // The latest stage a verb of one of `verb`'s policy groups names (建成 → in_use, for 投用 is
  // in its group), or none.
  std::optional<Stage> latest_stage(std::string_view verb) const;

 private:
  std::unordered_map<std::string, unsigned> bits_;
  std::map<unsigned, std::optional<Stage>> latest_;
};

// Two verbs (UTF-8) that count the same work under `verbs`: equal, or in one group.
bool similar_verbs(std::string_view a, std::string_view b, const VerbMatcher& verbs = VerbMatcher::reference());

// The first word of `role` found in `s`, or nullptr.
const Word* find_word(U32View s, WordRole role);

// The latest project stage stated in `s` (施工中 → construction; 已完工投用 → in_use).
std::optional<Stage> stage_in(U32View s);

}  // namespace ducha::text

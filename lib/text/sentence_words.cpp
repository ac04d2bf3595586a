#include "text/sentence_words.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "text/normalized_text.hpp"
#include "text/numeral_parser.hpp"
#include "text/stage_words.hpp"
#include "text/u32_scan.hpp"

namespace ducha::text {
namespace {

using R = WordRole;
using C = WordComparator;

Word act(U32View t, unsigned groups, std::optional<Stage> stage = std::nullopt) { return {t, R::action, groups, stage}; }
Word role(U32View t, R r, std::optional<Stage> stage = std::nullopt) { return {t, r, 0, stage}; }
Word cmp(U32View t, C c) { return {t, R::comparator, 0, std::nullopt, c}; }
Word gap(U32View t, int sign) { return {t, R::gap, 0, std::nullopt, C::none, sign}; }
Word col(U32View t, Column c) { return {t, R::column, 0, std::nullopt, C::none, 0, c}; }

std::vector<Word> table() {
  std::vector<Word> t = {
      // Actions: the verb that introduces a figure (新建3个), with its grammar group (a rise, a
      // fall, a level reached) and the stage a project has reached when the verb is done. Which
      // verbs count the same work (建成 ⇐ 完工/投用) is the policy's: Policy::verb_groups.
      act(U"新改建", 0), act(U"新建", 0), act(U"新增", 0), act(U"改建", 0),
      act(U"建成", 0, Stage::finished), act(U"完成", 0), act(U"开通", 0),
      act(U"新开通", 0), act(U"安装", 0), act(U"加装", 0), act(U"完工", 0, Stage::finished),
      act(U"竣工", 0, Stage::finished), act(U"投用", 0, Stage::in_use), act(U"投运", 0, Stage::in_use),
      act(U"建设", 0), act(U"改造", 0), act(U"治理修复", 0), act(U"引进", 0), act(U"签约", 0),
      act(U"引育", 0), act(U"落地", 0), act(U"拆除", 0), act(U"整治", 0),
      act(U"新培育", 0), act(U"培育", 0), act(U"孵化", 0), act(U"增长", kUp),
      act(U"增速", kUp), act(U"提高", kUp), act(U"下降", kDown), act(U"降低", kDown), act(U"减少", kDown),
      act(U"降", kDown), act(U"降至", kReach), act(U"降到", kReach),
      act(U"达到", kReach), act(U"达", kReach), act(U"开工", 0, Stage::construction),
      act(U"进场", 0, Stage::construction), act(U"实施", 0), act(U"打造", 0), act(U"创建", 0), act(U"栽种", 0),
      act(U"开行", 0), act(U"进口", 0), act(U"实现", 0), act(U"推动", 0), act(U"接种", 0), act(U"启动", 0),
      act(U"提升", 0), act(U"形成", 0), act(U"集约", 0), act(U"打通", 0), act(U"化解", 0), act(U"办理", 0),
      act(U"招聘", 0), act(U"举办", 0), act(U"开展", 0), act(U"改厕", 0), act(U"盘活", 0), act(U"落实", 0),
      act(U"确保", 0), act(U"突破", 0), act(U"控制在", 0), act(U"不超过", 0),
      // Comparators around a target figure.
      cmp(U"不低于", C::at_least_before), cmp(U"不少于", C::at_least_before), cmp(U"突破", C::exceed_before),
      cmp(U"不超过", C::at_most_before), cmp(U"控制在", C::at_most_before), cmp(U"不高于", C::at_most_before),
      cmp(U"低于", C::at_most_before), cmp(U"降至", C::at_most_before), cmp(U"降到", C::at_most_before),
      cmp(U"左右", C::around_after), cmp(U"以上", C::at_least_after), cmp(U"以下", C::at_most_after),
      cmp(U"以内", C::at_most_after),
      // Before a progress figure: a plan, a scope or the target restated, not progress.
      role(U"拟定", R::scope), role(U"计划", R::scope), role(U"拟", R::scope), role(U"目标", R::scope),
      role(U"任务", R::scope), role(U"范围", R::scope), role(U"准备", R::scope), role(U"推荐", R::scope),
      role(U"申报", R::scope), role(U"争取", R::scope), role(U"方案", R::scope), role(U"剩余", R::scope),
      // Work under way.
      role(U"正在", R::ongoing), role(U"正按", R::ongoing), role(U"推进中", R::ongoing),
      role(U"施工中", R::ongoing, Stage::construction), role(U"建设中", R::ongoing, Stage::construction),
      // A completion written after its figure.
      role(U"已完成", R::done_after), role(U"已建成", R::done_after), role(U"完成", R::done_after),
      role(U"建成", R::done_after),
      // Trimmed from the ends of an object.
      role(U"以上", R::filler), role(U"左右", R::filler), role(U"以内", R::filler), role(U"以下", R::filler),
      role(U"以来", R::filler), role(U"共计", R::filler), role(U"累计", R::filler), role(U"的", R::filler),
      role(U"了", R::filler), role(U"等", R::filler), role(U"共", R::filler), role(U"已", R::filler),
      role(U"“", R::filler), role(U"”", R::filler), role(U" ", R::filler), role(U"(", R::filler),
      role(U")", R::filler),
      // Project stages that are not actions: stage_words.hpp (appended below).
      // A target stated as the gap between actual and target.
      gap(U"低于目标", -1), gap(U"低于年度目标", -1), gap(U"低于预期目标", -1), gap(U"比目标低", -1),
      gap(U"高于目标", 1), gap(U"高于年度目标", 1), gap(U"高于预期目标", 1), gap(U"比目标高", 1),
      gap(U"超出目标", 1), gap(U"超出年度目标", 1), gap(U"超过目标", 1), gap(U"超过年度目标", 1),
      gap(U"超任务", 1), gap(U"超出任务", 1), gap(U"超过任务", 1), gap(U"塌目标", -1), gap(U"低于任务", -1),
      // A stated completion rate.
      role(U"完成率", R::rate), role(U"完成进度", R::rate), role(U"完成年度任务的", R::rate),
      role(U"完成全年任务的", R::rate), role(U"完成年度目标的", R::rate), role(U"完成目标任务的", R::rate),
      role(U"占年度任务的", R::rate), role(U"占全年任务的", R::rate), role(U"为任务的", R::rate),
      role(U"为目标任务的", R::rate), role(U"占目标任务的", R::rate), role(U"完成全年目标任务的", R::rate),
      role(U"完成年度目标任务的", R::rate), role(U"完成比例", R::rate), role(U"进度为", R::rate),

      // A plan phrase: a rate lead, then a plan word, before a stated rate (为计划的101%,
      // 占全年计划投资的56.6%) or after a stated target (超额完成40所的年度目标任务).
      role(U"为", R::rate_lead), role(U"占", R::rate_lead), role(U"完成", R::rate_lead), role(U"达到", R::rate_lead),
      role(U"计划", R::plan), role(U"任务", R::plan), role(U"目标", R::plan),
      // Before the baseline of a change (从574元提高到609元, 现行16%的税率降至13%).
      role(U"从", R::baseline), role(U"由", R::baseline), role(U"现行", R::baseline),
      role(U"累计", R::cumulative), role(U"总", R::total),
      // Lists.
      role(U"分别", R::respectively), role(U"均", R::shared_figure),
      // Adverbs that open a verb phrase.
      role(U"全面", R::adverb), role(U"深入", R::adverb), role(U"持续", R::adverb), role(U"大力", R::adverb),
      role(U"切实", R::adverb), role(U"扎实", R::adverb), role(U"进一步", R::adverb), role(U"着力", R::adverb),
      role(U"坚决", R::adverb), role(U"加快", R::adverb),
      // Table columns, as headers written before their cells (a row written as text).
      col(U"目标任务", Column::target), col(U"工作目标", Column::target), col(U"年度目标", Column::target),
      col(U"全年目标", Column::target), col(U"目标值", Column::target), col(U"目标", Column::target),
      col(U"年度任务", Column::target), col(U"任务数", Column::target), col(U"计划数", Column::target),
      col(U"进度", Column::actual), col(U"完成情况", Column::actual), col(U"已完成数", Column::actual),
      col(U"完成数", Column::actual), col(U"完成值", Column::actual), col(U"累计完成", Column::actual),
      col(U"实际完成", Column::actual), col(U"完成量", Column::actual),
      col(U"完成比例", Column::rate), col(U"完成率", Column::rate), col(U"完成进度", Column::rate),
      col(U"占比", Column::rate), col(U"占年任务之比", Column::rate), col(U"占全年计划", Column::rate),
      col(U"占年度计划", Column::rate), col(U"占全年任务", Column::rate), col(U"占年任务", Column::rate),
  };
  for (const auto& w : stage_words::kStages) t.push_back(role(w.text, R::stage, w.stage));
  return t;
}

struct Index {
  std::vector<Word> all = table();
  std::map<R, std::vector<const Word*>> by_role;
  std::unordered_map<U32View, const Word*> actions;
  std::unordered_map<std::string, const Word*> actions_utf8;
  std::size_t longest_action = 0;
  Index() {
    for (const Word& w : all) {
      by_role[w.role].push_back(&w);
      if (w.role == R::action) {
        actions.emplace(w.text, &w);
        actions_utf8.emplace(to_utf8(w.text), &w);
        longest_action = std::max(longest_action, w.text.size());
      }
    }
    for (auto& [r, v] : by_role)
      std::stable_sort(v.begin(), v.end(), [](const Word* a, const Word* b) { return a->text.size() > b->text.size(); });
  }
};

const Index& index() {
  static const Index i;
  return i;
}

// A one-character verb (达, 降) takes its figure right after it (达306天, 再降一个百分点,
// 达约90%): before any other ideograph it is the first character of a word (达标小区,
// 减税降费, 达产项目), not a verb.
bool starts_a_word(U32View s, std::size_t end) {
  if (end >= s.size()) return false;
  char32_t c = s[end];
  bool numeral = chinese_digit(c) >= 0 || small_unit_exponent(c) > 0 || big_unit_exponent(c) > 0;
  return ideograph(c) && !numeral && U32View(U"约近超逾半几廿负").find(c) == U32View::npos;
}

}  // namespace

const std::vector<Word>& vocabulary() { return index().all; }

const std::vector<const Word*>& words(WordRole r) {
  static const std::vector<const Word*> none;
  auto it = index().by_role.find(r);
  return it == index().by_role.end() ? none : it->second;
}

const Word* action_ending_at(U32View s, std::size_t floor, std::size_t end) {
  const Index& ix = index();
  for (std::size_t len = std::min(ix.longest_action, end - std::min(end, floor)); len > 0; --len) {
    auto it = ix.actions.find(s.substr(end - len, len));
    if (it != ix.actions.end() && !(len == 1 && starts_a_word(s, end))) return it->second;
  }
  return nullptr;
}

std::optional<FoundWord> action_before(U32View s, std::size_t floor, std::size_t limit) {
  for (std::size_t end = std::min(limit, s.size()); end > floor; --end)
    if (const Word* w = action_ending_at(s, floor, end)) return FoundWord{end - w->text.size(), w};
  return std::nullopt;
}

const Word* action(std::string_view verb) {
  auto it = index().actions_utf8.find(std::string(verb));
  return it == index().actions_utf8.end() ? nullptr : it->second;
}

VerbMatcher::VerbMatcher(const VerbGroups& groups) {
  const auto& names = verb_group_names();
  for (std::size_t g = 0; g < names.size(); ++g) {
    auto it = groups.find(names[g]);
    if (it == groups.end()) continue;
    unsigned bit = kFirstPolicyGroup << g;
    for (const std::string& verb : it->second) {
      const Word* w = action(verb);
      if (!w) continue;  // the policy reader refuses these; a hand-made Policy may hold one
      bits_[verb] |= bit;
      if (w->stage && (!latest_[bit] || *w->stage > *latest_[bit])) latest_[bit] = w->stage;
    }
  }
}

const VerbMatcher& VerbMatcher::reference() {
  static const VerbMatcher m(default_verb_groups());
  return m;
}

unsigned VerbMatcher::groups_of(std::string_view verb) const {
  const Word* w = action(verb);
  unsigned g = w ? w->groups : 0u;
  auto it = bits_.find(std::string(verb));
  return it == bits_.end() ? g : g | it->second;
}

bool VerbMatcher::alike(std::string_view a, std::string_view b) const {
  if (a.empty() || b.empty()) return false;
  return a == b || (groups_of(a) & groups_of(b)) != 0;
}

std::optional<Stage> VerbMatcher::latest_stage(std::string_view verb) const {
  std::optional<Stage> out;
  unsigned g = groups_of(verb);
  for (const auto& [bit, stage] : latest_)
    if ((g & bit) && stage && (!out || *stage > *out)) out = stage;
  return out;
}

bool similar_verbs(std::string_view a, std::string_view b, const VerbMatcher& verbs) { return verbs.alike(a, b); }

const Word* column_word(U32View header) {
  for (const Word* w : words(R::column))
    if (w->text == header) return w;
  return nullptr;
}

const Word* find_word(U32View s, WordRole r) {
  for (const Word* w : words(r))
    if (s.find(w->text) != U32View::npos) return w;
  return nullptr;
}

std::optional<Stage> stage_in(U32View s) {
  std::optional<Stage> best;
  for (const Word& w : vocabulary())
    if (w.stage && (!best || *w.stage > *best) && s.find(w.text) != U32View::npos) best = w.stage;
  return best;
}

}  // namespace ducha::text

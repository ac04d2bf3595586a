// The one table of words the sentence reader knows (lib/text/sentence_words.cpp).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "text/normalized_text.hpp"
#include "text/sentence_words.hpp"

using namespace ducha;
using namespace ducha::text;

TEST(Vocabulary, EveryTermIsInTheGlossary) {
  std::ifstream in(std::string(DUCHA_SOURCE_DIR) + "/docs/glossary.md");
  ASSERT_TRUE(in) << "docs/glossary.md";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string glossary = ss.str();
  std::size_t from = glossary.find("## Sentence vocabulary");
  ASSERT_NE(from, std::string::npos) << "docs/glossary.md has no \"Sentence vocabulary\" section";
  std::string section = glossary.substr(from);
  for (const Word& w : vocabulary()) {
    if (w.text == U" " || w.text == U"(" || w.text == U")") continue;  // punctuation, not terms
    std::string t = to_utf8(w.text);
    EXPECT_NE(section.find("`" + t + "`"), std::string::npos) << t << " is not in docs/glossary.md";
  }
}

TEST(Vocabulary, NoTermTwiceInOneRole) {
  std::set<std::pair<int, U32>> seen;
  for (const Word& w : vocabulary())
    EXPECT_TRUE(seen.insert({static_cast<int>(w.role), U32(w.text)}).second) << to_utf8(w.text);
}

TEST(Vocabulary, WordsOfARoleComeLongestFirst) {
  const auto& acts = words(WordRole::action);
  for (std::size_t i = 1; i < acts.size(); ++i) EXPECT_GE(acts[i - 1]->text.size(), acts[i]->text.size());
}

TEST(Vocabulary, AlikeVerbsShareAGroup) {
  EXPECT_TRUE(similar_verbs("新建", "建成"));
  EXPECT_TRUE(similar_verbs("建成", "完工"));
  EXPECT_TRUE(similar_verbs("建成", "投用"));
  EXPECT_TRUE(similar_verbs("引进", "落地"));
  EXPECT_TRUE(similar_verbs("引进", "签约"));
  EXPECT_TRUE(similar_verbs("开工", "进场"));
  EXPECT_TRUE(similar_verbs("增长", "提高"));
  EXPECT_FALSE(similar_verbs("增长", "下降"));
  EXPECT_FALSE(similar_verbs("开工", "建成"));
  EXPECT_FALSE(similar_verbs("", "建成"));
  EXPECT_TRUE(similar_verbs("某词", "某词"));  // the same word, even unknown
}

TEST(Vocabulary, TheLastActionBeforeAPlaceIsTheLongest) {
  U32 s = normalize("完成新改建3个").original;
  auto v = action_before(s, 0, 5);
  ASSERT_TRUE(v);
  EXPECT_EQ(to_utf8(v->word->text), "新改建");
  EXPECT_EQ(v->begin, 2u);
  auto inner = action_before(s, 3, 5);  // 新改建 starts before the floor; 改建 is within it
  ASSERT_TRUE(inner);
  EXPECT_EQ(to_utf8(inner->word->text), "改建");
  EXPECT_FALSE(action_before(s, 5, 7));
  EXPECT_FALSE(action_before(normalize("社区公园").original, 0, 4));
}

TEST(Vocabulary, AOneCharacterVerbStandsRightBeforeItsFigure) {
  // 达 and 降 take their figure right after them; before another ideograph they begin a word.
  U32 s = normalize("新增达标小区210个").original;
  EXPECT_EQ(action_ending_at(s, 0, 3), nullptr);  // 达 of 达标
  auto v = action_before(s, 0, 6);
  ASSERT_TRUE(v);
  EXPECT_EQ(to_utf8(v->word->text), "新增");
  EXPECT_EQ(v->begin, 0u);
  EXPECT_FALSE(action_before(normalize("减税降费1.3万亿元").original, 0, 4));  // 降 of 降费
  for (const char* figure_after : {"优良天数达306天", "再降一个百分点", "覆盖率达约90%", "达九成", "降 3%"}) {
    U32 t = normalize(figure_after).original;
    auto w = action_before(t, 0, t.size());
    ASSERT_TRUE(w) << figure_after;
    EXPECT_EQ(w->word->text.size(), 1u) << figure_after;
  }
  U32 end = normalize("标准提高到达").original;  // at the end of the text nothing follows
  EXPECT_NE(action_ending_at(end, 0, end.size()), nullptr);
}

TEST(Vocabulary, StagesInAClause) {
  EXPECT_EQ(stage_in(normalize("甲小学已完工投用").original), Stage::in_use);
  EXPECT_EQ(stage_in(normalize("其余2所主体施工中").original), Stage::construction);
  EXPECT_EQ(stage_in(normalize("已完成2所学校选址").original), Stage::preparation);
  EXPECT_EQ(stage_in(normalize("完成招标").original), Stage::tendering);
  EXPECT_FALSE(stage_in(normalize("新增公共停车位").original).has_value());
}

TEST(Vocabulary, RolesFindTheirWords) {
  EXPECT_NE(find_word(normalize("计划新建").original, WordRole::scope), nullptr);
  EXPECT_EQ(find_word(normalize("已新建").original, WordRole::scope), nullptr);
  const Word* g = find_word(normalize("低于目标0.7个百分点").original, WordRole::gap);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->sign, -1);
  EXPECT_NE(find_word(normalize("完成率").original, WordRole::rate), nullptr);
}

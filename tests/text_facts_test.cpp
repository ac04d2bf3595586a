// Facts: what each figure of a progress text says (lib/text/facts.cpp).
#include <gtest/gtest.h>

#include "text/facts.hpp"

using namespace ducha;
using namespace ducha::text;

TEST(Facts, VerbObjectAndUnit) {
  auto facts = parse_progress("截至6月30日,已建成2个社区健身点,完成投资2.1亿元。", 2022);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].verb, "建成");
  EXPECT_EQ(facts[0].object, "社区健身点");
  EXPECT_EQ(facts[0].value, Fraction(2));
  EXPECT_EQ(facts[0].clause, "已建成2个社区健身点");
  ASSERT_TRUE(facts[0].as_of);
  EXPECT_EQ(format_date(*facts[0].as_of), "2022-06-30");
  EXPECT_EQ(facts[1].verb, "完成");
  EXPECT_EQ(facts[1].unit.symbol, "元");
  EXPECT_EQ(facts[1].value, Fraction(210000000));
}

TEST(Facts, HeadingOfTheLine) {
  auto facts = parse_progress("新建3个社区体育公园:已建成1个。", 2022);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[1].heading, "新建3个社区体育公园");
}

TEST(Facts, PlansAndScopesAreNotProgress) {
  auto facts = parse_progress("计划新建5个,拟定了1500栋农房风貌整治范围", 2022);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_TRUE(facts[0].scope);
  EXPECT_TRUE(facts[1].scope);
}

TEST(Facts, WorkUnderWayAndItsStage) {
  auto facts = parse_progress("甲小学已完工投用,其余2所主体施工中", 2022);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_TRUE(facts[0].ongoing);
  EXPECT_EQ(facts[0].stage, Stage::construction);
  auto site = parse_progress("已完成2所学校选址", 2022);
  ASSERT_EQ(site.size(), 1u);
  EXPECT_EQ(site[0].stage, Stage::preparation);
  EXPECT_FALSE(site[0].ongoing);
}

TEST(Facts, CompletionAfterTheFigure) {
  auto facts = parse_progress("3个项目建设已完成", 2022);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].verb_after, "完成");
}

TEST(Facts, AdjustedFigureAndRanking) {
  auto facts = parse_progress("一般公共预算收入增长-20%(扣除留抵退税因素后增长-15.6%),主城区第3名", 2022);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_FALSE(facts[0].adjusted);
  EXPECT_TRUE(facts[1].adjusted);
  EXPECT_EQ(facts[0].ranking, "主城区第3名");
  ASSERT_TRUE(facts[0].growth);
  EXPECT_EQ(*facts[0].growth, Fraction(-20));
}

TEST(Facts, EstimatesAreMarked) {
  auto facts = parse_progress("预计进出口总额增长9.7%", 2022);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_TRUE(facts[0].estimated);
}

TEST(Facts, NamesAreReportedUnread) {
  auto r = read_progress("加大对中央八项规定精神落实的监督检查,查处违纪案件77人", 2022);
  ASSERT_EQ(r.facts.size(), 1u);
  EXPECT_EQ(r.facts[0].value, Fraction(77));
  ASSERT_EQ(r.unread.size(), 1u);
  EXPECT_EQ(r.unread[0].span.text, "八项");
}

TEST(Facts, TableCellsSayWhatTheirColumnIs) {
  auto facts = parse_progress("已完成数 284 占比 137% 备注 目标任务是要完成180人", 2022);
  ASSERT_GE(facts.size(), 3u);
  EXPECT_EQ(facts[0].column, Column::actual);
  EXPECT_TRUE(facts[0].bare);
  ASSERT_TRUE(facts[0].stated_rate);
  EXPECT_EQ(*facts[0].stated_rate, Fraction(137));
  EXPECT_TRUE(facts[1].rate);
  EXPECT_TRUE(facts[1].carried);
  EXPECT_TRUE(facts[2].scope);  // 180人 after 目标任务: the target restated, not progress
  auto target_cell = parse_progress("目标任务 500 完成情况 320", 2022);
  ASSERT_EQ(target_cell.size(), 2u);
  EXPECT_TRUE(target_cell[0].scope);
  EXPECT_FALSE(target_cell[1].scope);
}

TEST(Facts, AOneCharacterVerbInsideAWordIsNoVerb) {
  // 降 of 减税降费 begins a word: the figure has no verb, and its object keeps the whole phrase.
  auto facts = parse_progress("实际上,去年全年减税降费超过2.3万亿元", 2019);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].verb, "");
  EXPECT_NE(facts[0].object.find("减税降费"), std::string::npos) << facts[0].object;
  auto reached = parse_progress("全年优良天数达310天", 2019);
  ASSERT_EQ(reached.size(), 1u);
  EXPECT_EQ(reached[0].verb, "达");
}

TEST(Facts, TheNounWrittenRightAfterACountIsWhatItCounts) {
  auto counted = [](const char* text) {
    std::vector<std::string> out;
    for (const Fact& f : parse_progress(text, 2023)) out.push_back(f.counted);
    return out;
  };
  EXPECT_EQ(counted("建成38个厢房,70个分类亭"), (std::vector<std::string>{"厢房", "分类亭"}));
  EXPECT_EQ(counted("新建成宝龙幼儿园等7所中小学、幼儿园"), (std::vector<std::string>{"中小学、幼儿园"}));
  EXPECT_EQ(counted("全省新增301所学校均已结合实际进行场地改造"), (std::vector<std::string>{"学校"}));
  // None: a list of figures (the noun stands before each), 的 after the count, no noun at all, a measure.
  EXPECT_EQ(counted("已建成建筑垃圾中转站7个、分类池17个"), (std::vector<std::string>{"", ""}));
  EXPECT_EQ(counted("累计解决了498.1万人的饮水安全问题"), (std::vector<std::string>{""}));
  EXPECT_EQ(counted("已完成187个"), (std::vector<std::string>{""}));
  EXPECT_EQ(counted("完成投资2.1亿元项目"), (std::vector<std::string>{""}));
}

TEST(Facts, ATotalIsMarked) {
  // 共 as a word of its own (ICU's word break), 合计, 共计: a sum; 公共, 共同, 共享 are other words.
  EXPECT_TRUE(parse_progress("而实际全年共为企业和个人减税降费1.3万亿元", 2018)[0].total);
  EXPECT_TRUE(parse_progress("新建成保障性住房2处合计1721套", 2022)[1].total);
  EXPECT_TRUE(parse_progress("共计完成投资3.2亿元", 2022)[0].total);
  EXPECT_FALSE(parse_progress("新增公共停车位520个", 2022)[0].total);
  EXPECT_FALSE(parse_progress("共同缔造示范点30个", 2022)[0].total);
  EXPECT_FALSE(parse_progress("共享单车投放3000辆", 2022)[0].total);
}

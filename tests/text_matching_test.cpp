// Matching facts to sub-targets (lib/text/matching.cpp), near-linear on long input.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <future>
#include <iostream>

#include "ducha/evaluate.hpp"
#include "text/normalized_text.hpp"
#include "text/sentences.hpp"
#include "text/ties.hpp"
#include "text/unique_best.hpp"

using namespace ducha;
using namespace ducha::text;

TEST(CommonSubstring, LongestCommonSubstring) {
  auto len = [](const char* a, const char* b) {
    return CommonSubstring(normalize(a).original).longest_with(normalize(b).original);
  };
  EXPECT_EQ(len("社区体育公园", "已建成社区体育公园1个"), 6u);
  EXPECT_EQ(len("社区健身点", "社区公园"), 2u);
  EXPECT_EQ(len("abcab", "bcabx"), 4u);
  EXPECT_EQ(len("", "abc"), 0u);
  EXPECT_EQ(len("abc", ""), 0u);
  EXPECT_EQ(len("aaaa", "aa"), 2u);
}

TEST(Matching, AHeadingDecides) {
  auto clauses = parse_target("新建3个社区体育公园、30个社区健身点");
  auto facts = parse_progress("新建3个社区体育公园:已建成1个。\n新建30个社区健身点:已建成2个社区健身点。", 2022);
  auto m = match_all(clauses, facts);
  ASSERT_EQ(m.size(), 2u);
  ASSERT_TRUE(m[0].fact && m[1].fact);
  EXPECT_EQ(facts[*m[0].fact].span.text, "1个");
  EXPECT_EQ(facts[*m[1].fact].span.text, "2个");
}

TEST(Matching, EachFigureServesOneSubTarget) {
  auto clauses = parse_target("新建3个公园,新建5个公园");
  auto facts = parse_progress("已新建2个公园", 2022);
  auto m = match_all(clauses, facts);
  EXPECT_EQ((m[0].fact ? 1 : 0) + (m[1].fact ? 1 : 0), 1);
}

TEST(Matching, AnotherUnitIsReportedAsAMismatch) {
  auto clauses = parse_target("拆除违法建筑4万立方米");
  auto facts = parse_progress("已拆除违法建筑4260平方米", 2022);
  auto m = match(clauses[0], facts);
  EXPECT_FALSE(m.fact);
  EXPECT_TRUE(m.unit_mismatch);
}

TEST(Matching, NothingToMatchSaysWhy) {
  auto clauses = parse_target("新建3个公园");
  EXPECT_EQ(match(clauses[0], {}).reason, "the progress text has no figure");
}

// Memory linear in the input: a sub-target with no figure of its own keeps no copy of the
// progress text (n clauses x the text was quadratic: 400 KB took 1.9 GB); the evaluation
// reads the item's progress_text once, so "未启动" there still means no progress.
TEST(Matching, ASubTargetWithoutAFigureKeepsNoCopyOfTheProgressText) {
  Item item = item_from_text("新建3个公园,改造5条道路,建成2所学校", "项目前期工作推进中,道路改造未启动", 2022, ItemKind::task);
  ASSERT_EQ(item.sub_targets.size(), 3u);
  for (const auto& st : item.sub_targets) {
    ASSERT_TRUE(st.progress);
    EXPECT_FALSE(st.progress->value);
    EXPECT_EQ(st.progress->text, "");
  }
  Policy policy;
  EvaluationContext ctx(policy, Period::year(2022), parse_date("2022-06-30"));
  ItemEvaluation ev = evaluate_item(item, ctx);
  for (const auto& s : ev.sub_targets) EXPECT_EQ(s.status, Status::no_progress);
  item.progress_text = "项目前期工作推进中";
  for (const auto& s : evaluate_item(item, ctx).sub_targets) EXPECT_EQ(s.status, Status::not_assessable);
}

// A megabyte of target and progress text, punctuated and not: finishes (the
// naive matcher compared every clause with every figure character by character).
TEST(Matching, AMegabyteFinishesUnderAWatchdog) {
  std::string target, progress;
  for (int i = 0; target.size() < 400000; ++i)
    target += "新建" + std::to_string(i % 97 + 1) + "个社区体育公园第" + std::to_string(i) + "号、";
  for (int i = 0; progress.size() < 400000; ++i)
    progress += "已建成" + std::to_string(i % 89 + 1) + "个社区健身点" + (i % 5 ? "," : "");
  std::string unpunctuated;
  while (unpunctuated.size() < 200000) unpunctuated += "完成投资2.1亿元新增就业300人道路整治15公里";
  progress += "\n" + unpunctuated;
  auto run = std::async(std::launch::async, [&] {
    std::vector<TextNote> notes;
    Item item = item_from_text(target, progress, 2022, ItemKind::task, &notes);
    return item.sub_targets.size();
  });
  if (run.wait_for(std::chrono::minutes(5)) != std::future_status::ready) {
    std::cerr << "matching 1 MB did not finish within 5 minutes\n";
    std::_Exit(1);  // the worker cannot be stopped; fail the test binary
  }
  EXPECT_GT(run.get(), 9000u);
}

// Ties (lib/text/ties.cpp): sub-targets scored alike for the same figures of different
// values are never paired by the order of the text.
TEST(Ties, SharedWordsDecideATieWhenEachSubTargetGetsItsOwnFigure) {
  auto clauses = parse_target("将甲区分散供养标准提高到每人每月1400元,乙区分散供养标准提高到每人每月1180元");
  auto facts = parse_progress(
      "甲区集中供养标准提高到2200元/人月,分散供养标准提高到1400元/人月;乙区集中供养标准提高到2200元/人月,"
      "分散供养标准提高到1180元/人月。",
      2022);
  auto m = match_all(clauses, facts);
  ASSERT_TRUE(m[0].fact && m[1].fact);
  EXPECT_EQ(facts[*m[0].fact].span.text, "1400元");  // 分散 in its clause, 甲区 inherited from the sentence
  EXPECT_EQ(facts[*m[1].fact].span.text, "1180元");
  EXPECT_NE(m[0].reason.find("tied with other sub-targets"), std::string::npos);
}

TEST(Ties, ATrueTieIsNotGuessed) {
  auto clauses = parse_target("城镇、农村低保补差水平分别提高到每人每月609元、300元");
  auto facts = parse_progress(
      "中心区补差水平提高到城镇616元/人月、农村459元/人月,山区县补差水平提高到城镇609元/人月、农村300元/人月。", 2022);
  auto m = match_all(clauses, facts);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].fact);  // 616 or 609: the text does not say which is the target's
  EXPECT_FALSE(m[1].fact);
  EXPECT_EQ(m[0].reason.rfind("tied: ", 0), 0u);
}

TEST(Ties, TheSameFigureTwiceIsNoTie) {
  auto clauses = parse_target("甲标准提高到每月2200元、乙标准提高到每月1400元");
  auto facts = parse_progress("一区提高到2200元/月;二区提高到2200元/月", 2022);
  auto m = match_all(clauses, facts);
  ASSERT_TRUE(m[0].fact);
  EXPECT_EQ(facts[*m[0].fact].span.text, "2200元");
}

TEST(Ties, OneSubTargetAmongAlikeFiguresKeepsTheFirstReported) {
  // No other sub-target competes: the first figure reported is taken (rule case a3-73).
  auto clauses = parse_target("建成28公里生态环道");
  auto facts = parse_progress("车行道已完成水稳层2.5公里,沥青完成2公里;慢行道完成水稳层6公里。", 2022);
  auto m = match_all(clauses, facts);
  ASSERT_TRUE(m[0].fact);
  EXPECT_EQ(facts[*m[0].fact].span.text, "2.5公里");
}

TEST(Ties, SharedWordsIsADiceOfIdeographBigrams) {
  auto c = parse_target("乙区分散供养标准提高到每人每月1180元");
  auto f = parse_progress("乙区集中供养标准提高到2200元/人月,分散供养标准提高到1180元/人月", 2022);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_GT(shared_words(c[0], f[1]), shared_words(c[0], f[0]));  // the second clause keeps 乙区
  EXPECT_EQ(shared_words(parse_target("新增300个")[0], f[0]), 0);  // no ideograph pair in common
}

// A total for a list of kinds, reported kind by kind, is the sum of their figures.
TEST(ListTotals, TheKindsFiguresAreSummed) {
  auto clauses = parse_target("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个");
  auto facts = parse_progress(
      "引进世界500强企业投资项目3个;引进中国500强企业投资项目1个;引进上市公司或行业龙头企业投资项目2个。", 2021);
  auto m = match_all(clauses, facts);
  ASSERT_EQ(m[0].parts.size(), 3u);
  EXPECT_EQ(facts[m[0].parts[1]].span.text, "1个");
  Item item = item_from_text("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个",
                             "引进世界500强企业投资项目3个;引进中国500强企业投资项目1个;引进上市公司或行业龙头企业投资项目2个。",
                             2021, ItemKind::task);
  EXPECT_EQ(item.sub_targets[0].progress->value->to_string(), "6个");
}

TEST(ListTotals, OneFigureForTheWholeListIsNotSplit) {
  auto clauses = parse_target("引进世界500强、中国500强企业投资项目不少于3个");
  auto facts = parse_progress("引进世界500强、中国500强企业投资项目4个", 2021);
  auto m = match_all(clauses, facts);
  EXPECT_TRUE(m[0].parts.empty());
  ASSERT_TRUE(m[0].fact);
  EXPECT_EQ(facts[*m[0].fact].span.text, "4个");
}

TEST(ListTotals, AKindWithoutItsOwnFigureSumsNothing) {
  auto clauses = parse_target("引进世界500强、中国500强企业投资项目不少于3个");
  auto facts = parse_progress("引进世界500强企业投资项目3个", 2021);
  auto m = match_all(clauses, facts);
  EXPECT_TRUE(m[0].parts.empty());
}

TEST(UniqueBest, StrictlyBestAboveTheFloorOrNothing) {
  const std::vector<long> score = {3, 7, 7, 2, 9};
  auto by = [&](std::size_t x) { return score[x]; };
  auto never = [](std::size_t, std::size_t) { return false; };
  EXPECT_EQ(unique_best({0, 1, 3}, 0, by, never), std::optional<std::size_t>(1));
  EXPECT_EQ(unique_best({0, 1, 2}, 0, by, never), std::nullopt);        // 7 and 7: a tie
  EXPECT_EQ(unique_best({0, 1, 2, 4}, 0, by, never), std::optional<std::size_t>(4));  // a higher one ends the tie
  EXPECT_EQ(unique_best({0, 3}, 3, by, never), std::nullopt);           // nothing above the floor
  EXPECT_EQ(unique_best({}, 0, by, never), std::nullopt);
  auto alike = [](std::size_t a, std::size_t b) { return (a == 1 && b == 2) || (a == 2 && b == 1); };
  EXPECT_EQ(unique_best({1, 2}, 0, by, alike), std::optional<std::size_t>(1));  // the same figure twice is no tie
}

// A count written with its own noun counts that noun: 38个厢房 and 70个分类亭 are no 达标小区, and
// no figure is read for the sub-target (chongchuan-2023-11#02), with the reason.
TEST(Matching, ACountOfAnotherKindIsNotRead) {
  auto clauses = parse_target("新增四分类“三定一督”达标小区210个。");
  auto facts = parse_progress("在46个小区,建成38个厢房,70个分类亭。", 2023);
  auto m = match(clauses[0], facts);
  EXPECT_FALSE(m.fact);
  ASSERT_TRUE(m.other_kind_fact);
  EXPECT_NE(m.reason.find("counts"), std::string::npos) << m.reason;
  EXPECT_NE(m.reason.find("not read"), std::string::npos) << m.reason;
  std::vector<Unread> unread;
  Item item = item_from_text("新增四分类“三定一督”达标小区210个。", "在46个小区,建成38个厢房,70个分类亭。", 2023,
                             ItemKind::task, nullptr, &unread);
  EXPECT_FALSE(item.sub_targets[0].progress->value);
  EXPECT_TRUE(std::any_of(unread.begin(), unread.end(),
                          [](const Unread& u) { return u.reason.find("counts") != std::string::npos; }));
}

// A shared two-character word qualified differently on each side is no evidence: 寄宿制学校 are
// no 薄弱学校 (chongqing-2015h1#09).
TEST(Matching, ASharedWordQualifiedOtherwiseIsNoEvidence) {
  auto clauses = parse_target("5100所义务教育薄弱学校基本办学条件改善(2015—2017年)");
  auto facts = parse_progress("上半年,寄宿制学校实际开工199所,完工102所;教师周转宿舍完工1504套。", 2015);
  EXPECT_FALSE(match(clauses[0], facts).fact);
}

// The same kind is still matched: the noun written in full, its head in the target's object, a
// list that holds the target's noun, a word of three characters shared, and 项目 (the generic noun).
TEST(Matching, ACountOfTheSameKindIsMatched) {
  struct Case {
    const char *target, *progress, *figure;
  } cases[] = {
      {"新建3个社区健身点", "已建成2个社区健身点", "2个"},
      {"新增义务教育公办学校学位10万个", "预计新增10.74万个学位", "10.74万个"},
      {"新建幼儿园3所", "新建成职教中心、宝龙幼儿园等7所中小学、幼儿园", "7所"},
      {"改造277个老旧小区道路", "实际完成对277个老旧小区基础设施的改造", "277个"},
      {"引进新型金融机构2个", "已签约美团金融、天安保险、携程小贷3个项目", "3个"},
      {"实施15个项目智能化改造", "组织企业实施智能化改造项目8个、数字化车间7个", "8个"},
  };
  for (const Case& c : cases) {
    auto clauses = parse_target(c.target);
    auto facts = parse_progress(c.progress, 2022);
    auto m = match(clauses[0], facts);
    ASSERT_TRUE(m.fact) << c.target << " / " << c.progress << ": " << m.reason;
    EXPECT_EQ(facts[*m.fact].span.text, c.figure) << c.target;
  }
}

// One total (共…) the only figure of its unit, while the target sets two sub-targets in it: their
// combined figure, no one's own (national-2018#06); with a figure of its own each, or without 共,
// the figures are matched as usual.
TEST(Matching, ACombinedTotalIsNoOnesOwn) {
  auto clauses = parse_target("全年再为企业和个人减税8000多亿元,为市场主体减轻非税负担3000多亿元");
  auto facts = parse_progress("而实际全年共为企业和个人减税降费1.3万亿元", 2018);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_TRUE(facts[0].total);
  auto m = match_all(clauses, facts);
  ASSERT_EQ(m.size(), 2u);
  for (const Match& x : m) {
    EXPECT_FALSE(x.fact);
    ASSERT_TRUE(x.combined_fact);
    EXPECT_NE(x.reason.find("combined"), std::string::npos) << x.reason;
  }
  auto apart = parse_progress("全年共为企业和个人减税9000亿元,减轻非税负担3200亿元", 2018);
  auto n = match_all(clauses, apart);
  ASSERT_TRUE(n[0].fact && n[1].fact);
  EXPECT_EQ(apart[*n[0].fact].span.text, "9000亿元");
  EXPECT_EQ(apart[*n[1].fact].span.text, "3200亿元");
  auto one = parse_target("全年为企业和个人减税8000多亿元");
  EXPECT_TRUE(match_all(one, facts)[0].fact);  // one sub-target: the total is its figure
}

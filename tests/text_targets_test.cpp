// Targets: a target sentence read into sub-targets (lib/text/targets.cpp).
#include <gtest/gtest.h>

#include "text/targets.hpp"

using namespace ducha;
using namespace ducha::text;

TEST(Targets, AListInheritsItsVerb) {
  auto r = read_target("新建3个社区体育公园、30个社区健身点");
  ASSERT_EQ(r.clauses.size(), 2u);
  EXPECT_EQ(r.clauses[1].action, "新建");
  EXPECT_EQ(r.clauses[1].object, "社区健身点");
  EXPECT_EQ(r.clauses[1].kind, TargetKind::cumulative);
  EXPECT_EQ(r.clauses[1].target->quantity.value, Decimal(30));
  EXPECT_TRUE(r.unread.empty());
}

TEST(Targets, GrowthLevelCeilingAndComparators) {
  auto r = read_target("地区生产总值增长5.5%左右,能耗下降3%,覆盖率达90%以上,用地控制在200亩以内");
  ASSERT_EQ(r.clauses.size(), 4u);
  EXPECT_EQ(r.clauses[0].kind, TargetKind::growth);
  EXPECT_EQ(r.clauses[0].target->comparator, Comparator::around);
  EXPECT_EQ(r.clauses[1].kind, TargetKind::growth);
  EXPECT_TRUE(r.clauses[1].lower_is_better);
  EXPECT_EQ(r.clauses[1].target->quantity.value, Decimal(-3));
  EXPECT_EQ(r.clauses[2].kind, TargetKind::level);
  EXPECT_EQ(r.clauses[2].target->comparator, Comparator::at_least);
  EXPECT_EQ(r.clauses[3].kind, TargetKind::ceiling);
  EXPECT_EQ(r.clauses[3].target->comparator, Comparator::at_most);
}

TEST(Targets, PartsShareAFigureListedAfterThem) {
  auto r = read_target("一窗综办、一网通办达90%以上");
  ASSERT_EQ(r.clauses.size(), 2u);
  EXPECT_EQ(r.clauses[0].object, "一窗综办");
  EXPECT_EQ(r.clauses[0].target->quantity.value, Decimal(90));
}

TEST(Targets, FullCoverageIsALevelOfAHundred) {
  auto r = read_target("实现5G网络全覆盖");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].target->comparator, Comparator::full);
  EXPECT_EQ(r.clauses[0].target->quantity.value, Decimal(100));
}

TEST(Targets, ASentenceWithoutAFigureIsAMilestoneOrQualitative) {
  auto m = read_target("建成区文化中心");
  ASSERT_EQ(m.clauses.size(), 1u);
  EXPECT_EQ(m.clauses[0].kind, TargetKind::milestone);
  auto q = read_target("认真落实中央八项规定精神");
  ASSERT_EQ(q.clauses.size(), 1u);
  EXPECT_EQ(q.clauses[0].kind, TargetKind::qualitative);
  EXPECT_FALSE(q.clauses[0].target.has_value());
  ASSERT_EQ(q.unread.size(), 1u);  // 八项 is reported, not silently dropped
  EXPECT_EQ(q.unread[0].span.text, "八项");
}

TEST(Targets, PartsWithoutAFigureAreReportedUnread) {
  auto r = read_target("推进城市更新,新建3个公园");
  ASSERT_EQ(r.clauses.size(), 1u);
  ASSERT_EQ(r.unread.size(), 1u);
  EXPECT_EQ(r.unread[0].span.text, "推进城市更新");
  EXPECT_NE(r.unread[0].reason.find("no figure"), std::string::npos);
}

TEST(Targets, ABareFigureTakesItsUnitLater) {
  auto r = read_target("孵化科技型企业200");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_TRUE(r.clauses[0].unit_inferred);
}

TEST(Targets, ATableRowsTargetIsItsTargetCell) {
  auto r = read_target("减少义务教育大班额1.4万个以上 工作目标 869");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_TRUE(r.clauses[0].cell);
  EXPECT_EQ(r.clauses[0].target->quantity.value, Decimal(869));
  EXPECT_TRUE(r.clauses[0].unit_inferred);  // no unit in the header or the label
  EXPECT_EQ(r.clauses[0].object, "减少义务教育大班额1.4万个");  // 以上 trimmed
  ASSERT_EQ(r.unread.size(), 1u);
  EXPECT_EQ(r.unread[0].span.text, "1.4万个");
  auto unit = read_target("完成10千伏及以下行政村配电网改造(37个村)(万元) 工作目标 5900");
  ASSERT_EQ(unit.clauses.size(), 1u);
  EXPECT_EQ(unit.clauses[0].target->quantity.to_string(), "5900万元");
}

TEST(Targets, ATableRowsLabelGivesKindAndComparator) {
  auto r = read_target("全市 城镇登记失业率低于(%) 目标任务 4.3");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].kind, TargetKind::level);
  EXPECT_EQ(r.clauses[0].target->comparator, Comparator::at_most);
  auto g = read_target("地区生产总值增长(%) 年度目标 6.5");
  EXPECT_EQ(g.clauses[0].kind, TargetKind::growth);
}

TEST(Targets, ARangeIsATargetAtItsLowerEnd) {
  auto r = read_target("新增2-3万个就业岗位");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].target->quantity.value, Decimal(20000));
  EXPECT_EQ(r.clauses[0].target->comparator, Comparator::at_least);
}

TEST(Targets, AFigureRightAfterIsNoObject) {
  auto r = read_target("培训1.5万 2.3千万");
  ASSERT_EQ(r.clauses.size(), 2u);
  EXPECT_EQ(r.clauses[0].object, "培训");
}

TEST(Targets, AListTotalKeepsItsListedKinds) {
  auto r = read_target("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].kinds,
            (std::vector<std::string>{"引进世界500强", "中国500强", "上市公司或行业龙头企业投资项目不少于"}));
  EXPECT_TRUE(read_target("新建3个社区体育公园").clauses[0].kinds.empty());
  EXPECT_TRUE(read_target("一窗综办、一网通办达90%以上").clauses[0].kinds.empty());  // a percentage is each part's own
}

TEST(Targets, AOneCharacterVerbInsideAWordDoesNotCutTheObject) {
  // 达 of 达标 is no verb: the object runs from 新增 to the figure.
  auto r = read_target("新增四分类“三定一督”达标小区210个。");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].action, "新增");
  EXPECT_EQ(r.clauses[0].object, "四分类“三定一督”达标小区");
  EXPECT_EQ(r.clauses[0].target->quantity.value, Decimal(210));
  auto reach = read_target("优良天数达306天");
  ASSERT_EQ(reach.clauses.size(), 1u);
  EXPECT_EQ(reach.clauses[0].action, "达");
  EXPECT_EQ(reach.clauses[0].object, "优良天数");
}

TEST(Targets, AroundUnderACeilingVerbIsACeiling) {
  // 控制在3%左右: kept within about 3%, a ceiling (national-2018#02), not a level to reach.
  auto r = read_target("居民消費價格漲幅控制在3%左右");
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].target->comparator, Comparator::at_most);
  EXPECT_EQ(read_target("地区生产总值增长5.5%左右").clauses[0].target->comparator, Comparator::around);
}

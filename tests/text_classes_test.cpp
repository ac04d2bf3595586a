// The examples of what was read wrong, per class, read end to end:
// target sentence + progress text → sub-targets, figures and statuses.
#include <gtest/gtest.h>

#include "ducha/evaluate.hpp"
#include "text/sentences.hpp"
#include "text_read.hpp"

using namespace ducha;
using namespace ducha::text;
using namespace ducha::text::testing;

// Class 1: numerals inside names and slogans are not targets.
TEST(Class1, NamesAndSlogansAreNotTargets) {
  for (const char* t : {"认真落实中央八项规定精神", "扎实开展十项全面清理", "坚决打好三大攻坚战", "深刻领悟两个确立的决定性意义",
                        "张三同志牵头推进"}) {
    Read r = read(t, "已完成8项");
    ASSERT_EQ(r.item.sub_targets.size(), 1u) << t;
    EXPECT_FALSE(r.item.sub_targets[0].target.has_value()) << t;
    EXPECT_EQ(r.ev.status, Status::not_assessable) << t;
  }
}

// Class 2: a stage before the target's is not completion.
TEST(Class2, SiteSelectionIsNotBuilding) {
  Read r = read("建成3所中小学", "已完成2所学校选址");
  EXPECT_EQ(actual(r), "none");
  EXPECT_EQ(r.ev.status, Status::not_assessable);
}

TEST(Class2, WorkUnderConstructionIsNotBuilt) {
  Read r = read("建成3所中小学", "甲小学已完工投用,其余2所主体施工中");
  EXPECT_NE(actual(r), "2所");  // never 2 of 3 built
}

// Class 4: bare completion matched by its dimension; number-first targets.
TEST(Class4, BareCompletionMatchedByDimension) {
  Read r = read("新建200个社区食堂", "已完成187个");
  EXPECT_EQ(actual(r), "187个");
  Read km = read("改造提升农村公路20公里、新建5座桥梁", "实际完成15.6公里");
  EXPECT_EQ(actual(km, 0), "15.6公里");
  EXPECT_EQ(actual(km, 1), "none");
  Read money = read("完成投资3亿元", "累计完成投资2.1亿元");
  EXPECT_EQ(actual(money), "210000000元");
}

TEST(Class4, NumberFirstTargetsAreTargets) {
  Read r = read("3个养老服务中心建设", "已完成1个");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "3个");
  EXPECT_EQ(actual(r), "1个");
  Read rivers = read("80条河道治理", "完成治理60条");
  ASSERT_TRUE(rivers.item.sub_targets[0].target);
  EXPECT_EQ(rivers.item.sub_targets[0].target->quantity.to_string(), "80条");
  EXPECT_EQ(actual(rivers), "60条");
}

TEST(Class4, TwoCandidatesInOneDimensionAreNotGuessed) {
  Read r = read("3个公园建设、5个广场建设", "已完成2个");
  EXPECT_EQ(actual(r, 0), "none");
  EXPECT_EQ(actual(r, 1), "none");
}

// Class 5: stated completion rates.
TEST(Class5, RateBesideACountIsChecked) {
  Read r = read("2个嵌入式养老机构建设", "已完成1个(50%)");
  EXPECT_EQ(actual(r), "1个");
  EXPECT_TRUE(r.notes[0].finding.empty());
  Read wrong = read("2个嵌入式养老机构建设", "已完成1个(60%)");
  EXPECT_EQ(wrong.notes[0].finding, "the stated completion rate 60% differs from done/target = 50% (rounded half-up)");
}

TEST(Class5, RateIsTheRatioWhenTheTargetHasNoFigure) {
  Read r = read("实体零工驿站建设", "实体零工驿站建设完成2个,完成率200%");
  ASSERT_TRUE(r.ev.sub_targets[0].ratio);
  EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(2));
  EXPECT_EQ(r.ev.status, Status::completed);
  Read canteen = read("社区食堂建设", "建成3个,完成率150%");
  EXPECT_EQ(*canteen.ev.sub_targets[0].ratio, Fraction(3, 2));
}

TEST(Class5, RateOfTheYearsTask) {
  Read r = read("新建20个社区食堂", "完成年度任务的85%");
  ASSERT_TRUE(r.ev.sub_targets[0].ratio);
  EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(17, 20));
  EXPECT_EQ(actual(r), "none");  // no figure is invented from the rate
}

TEST(Class5, ACellThatIsOnlyAPercentage) {
  Read r = read("新建20个社区食堂", "95%");
  ASSERT_TRUE(r.ev.sub_targets[0].ratio);
  EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(19, 20));
  Read level = read("覆盖率达90%", "95%");  // a level target: 95% is the level, not a rate
  EXPECT_EQ(actual(level), "95%");
}

// Class 3: targets stated as a gap.
TEST(Class3, GapBelowTheTarget) {
  Read r = read("地区生产总值", "增长6.3%,低于目标0.7个百分点");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].kind, TargetKind::growth);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "7%");
  EXPECT_EQ(actual(r), "6.3%");
  EXPECT_EQ(r.notes[0].target_from, "facts: the gap to the target stated in the progress text");
}

TEST(Class3, GapAboveTheTarget) {
  Read level = read("城镇生活垃圾无害化处理率", "城镇生活垃圾无害化处理率达65.4%,超任务9.4个百分点");
  EXPECT_EQ(level.item.sub_targets[0].target->quantity.to_string(), "56%");
  EXPECT_EQ(actual(level), "65.4%");
  Read money = read("城市低保对象月人均补差", "城市低保对象月人均补差185元,超任务17元");
  EXPECT_EQ(money.item.sub_targets[0].target->quantity.to_string(), "168元");
  EXPECT_EQ(actual(money), "185元");
  EXPECT_EQ(money.ev.status, Status::completed);
  Read higher = read("地区生产总值", "增长8%,高于目标1.5个百分点");
  EXPECT_EQ(higher.item.sub_targets[0].target->quantity.to_string(), "6.5%");
}

TEST(Class3, AGapAfterARateIsToTheSchedule) {
  Read r = read("实际利用外资", "实际到资3.73亿美元,完成年度目标的53.3%,低于目标21.7个百分点");
  EXPECT_FALSE(r.item.sub_targets[0].target.has_value());
  ASSERT_TRUE(r.ev.sub_targets[0].ratio);  // the stated rate is the ratio
  EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(533, 1000));
}

// Class 7: tables written as text, a cell after its column's header.
TEST(Class7, TheUnitInAColumnHeaderAppliesToTheCell) {
  Read r = read("城镇新增就业(人) 目标任务 8000", "完成情况 22921 完成进度(%) 286.5");
  ASSERT_EQ(r.item.sub_targets.size(), 1u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "8000人");
  EXPECT_EQ(actual(r), "22921人");  // 286.5 is the rate column, never an actual
  EXPECT_TRUE(r.notes[0].finding.empty());  // 22921 / 8000 = 286.5%
  Read money = read("目标任务(万元) 500", "完成情况 320");
  EXPECT_EQ(money.item.sub_targets[0].target->quantity.to_string(), "500万元");
  EXPECT_EQ(actual(money), "320万元");
}

TEST(Class7, ARateColumnIsTheRatioAndIsChecked) {
  Read r = read("新增4000张养老床位", "完成情况 4385 占全年计划 110%");
  EXPECT_EQ(actual(r), "4385张");
  EXPECT_TRUE(r.notes[0].finding.empty());  // 109.6% rounds to 110%
  Read off = read("康复救助残疾儿童 工作目标 180", "已完成数 284 占比 137%");
  EXPECT_EQ(actual(off), "284个");
  EXPECT_EQ(off.notes[0].finding, "the stated completion rate 137% differs from done/target = 158% (rounded half-up)");
  Read only_rate = read("新增蓄水能力(万方) 工作目标 8", "占比 75% 备注 与区水利局除险加固项目同步实施");
  EXPECT_EQ(only_rate.item.sub_targets[0].target->quantity.to_string(), "8万立方米");
  ASSERT_TRUE(only_rate.ev.sub_targets[0].ratio);
  EXPECT_EQ(*only_rate.ev.sub_targets[0].ratio, Fraction(3, 4));
}

TEST(Class7, TheTargetColumnNotTheFigureInTheRowsName) {
  Read r = read("新建1500个行政村4G基站 工作目标 68", "已完成数 68 占年任务之比 100.0%");
  ASSERT_EQ(r.item.sub_targets.size(), 1u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "68个");
  EXPECT_EQ(actual(r), "68个");
  Read level = read("城镇登记失业率低于(%) 目标任务 4.3", "进度 3.57");
  EXPECT_EQ(level.item.sub_targets[0].target->quantity.to_string(), "4.3%");
  EXPECT_EQ(level.item.sub_targets[0].target->comparator, Comparator::at_most);
  EXPECT_EQ(actual(level), "3.57%");
}

TEST(Class5, ARateOfThePlan) {
  for (const char* p : {"新增 7069张 公办养老床位,为计划的101%。", "全省新增停车泊位7069个,占年任务的101%",
                        "完成投资35.9亿元,完成年度投资计划的101%", "完成投资811万元,占任务数的101%",
                        "省级补助资金已下达1.25亿元,占计划101%"}) {
    Read r = read("公办养老床位", p);
    ASSERT_TRUE(r.ev.sub_targets[0].ratio) << p;
    EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(101, 100)) << p;
  }
  Read no = read("公办养老床位", "新增 7069张 公办养老床位,为全省平均水平的101%");  // no plan word: no rate
  EXPECT_FALSE(no.ev.sub_targets[0].ratio);
}

TEST(Class5, OfSeveralRatesTheOneAboutTheTarget) {
  const char* p = "完成 155公里 河道综合整治,为计划的103.3%;完成 3048公里 河道轮疏,为计划的152.4%。";
  Read a = read("河道综合整治", p);
  EXPECT_EQ(*a.ev.sub_targets[0].ratio, Fraction(1033, 1000));
  Read b = read("河道轮疏", p);
  EXPECT_EQ(*b.ev.sub_targets[0].ratio, Fraction(1524, 1000));
}

TEST(Class5, RatesInBrackets) {
  Read count = read("263场送戏进万村", "已送230场(87%)");
  EXPECT_EQ(actual(count), "230场");  // a count carrying a rate is done work
  EXPECT_TRUE(count.notes[0].finding.empty());
  Read work = read("6个老旧小区改造", "正在施工中(90%)");
  ASSERT_TRUE(work.ev.sub_targets[0].ratio);
  EXPECT_EQ(*work.ev.sub_targets[0].ratio, Fraction(9, 10));
  Read only = read("为七至九年级适龄女生提供疫苗免费接种服务", "已完成4769人(51.2%)");
  ASSERT_TRUE(only.ev.sub_targets[0].ratio);
  EXPECT_EQ(*only.ev.sub_targets[0].ratio, Fraction(512, 1000));
}

TEST(Class5, ACellOfOnlyARateIsTheItemsRate) {
  Read r = read("新(改、扩)建公办园5所,新增公办幼儿学位1000个。", "80%(新区实验幼儿园进度滞后)");
  ASSERT_EQ(r.ev.sub_targets.size(), 2u);
  for (const auto& st : r.ev.sub_targets) {
    ASSERT_TRUE(st.ratio);
    EXPECT_EQ(*st.ratio, Fraction(4, 5));
  }
}

TEST(Class5, ANumberInBracketsInsideANameIsNoTarget) {
  Read r = read("医疗急救(120)分站", "新建 11个 医疗急救(120)分站,为计划的100%。");
  EXPECT_FALSE(r.item.sub_targets[0].target.has_value());
  ASSERT_TRUE(r.ev.sub_targets[0].ratio);
  EXPECT_EQ(*r.ev.sub_targets[0].ratio, Fraction(1));
}

// Targets the progress text states.
TEST(Class5, TargetsStatedInTheProgress) {
  Read r = read("学前教育扩容提质工程",
                "全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;新(改)扩建总建筑面积18.3万平方米,"
                "超额完成14万平方米的年度目标任务。");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "40所");
  EXPECT_EQ(actual(r, 0), "48所");
  EXPECT_EQ(r.item.sub_targets[1].target->quantity.to_string(), "140000平方米");
  EXPECT_EQ(actual(r, 1), "183000平方米");
  EXPECT_EQ(r.notes[0].target_from, "facts: the target stated in the progress text");
  Read plan = read("第二产业增加值", "第二产业增加值323亿元,完成年计划362亿元的89.2%,下降2.0%");
  ASSERT_EQ(plan.item.sub_targets.size(), 1u);
  EXPECT_EQ(plan.item.sub_targets[0].target->quantity.to_string(), "36200000000元");
  EXPECT_EQ(actual(plan), "32300000000元");
  EXPECT_TRUE(plan.notes[0].finding.empty());  // 323/362 = 89.2%
  Read with_target = read("新建50所幼儿园", "全年新建幼儿园48所,超额完成40所的年度目标任务");
  EXPECT_EQ(actual(with_target), "48所");  // 40所 restates a target: never progress
}

// Class 6: 分别 lists pair in order; one figure after 均 is each listed item's.
TEST(Class6, RespectivelyPairsInOrder) {
  Read r = read("二氧化硫、氮氧化物排放量均下降3%", "二氧化硫、氮氧化物排放量分别下降4.1%、3.6%");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(actual(r, 0), "-4.1%");
  EXPECT_EQ(actual(r, 1), "-3.6%");
  Read he = read("化学需氧量、氨氮排放量下降2%", "化学需氧量、氨氮排放量分别下降3.2%和3.3%");
  EXPECT_EQ(actual(he, 0), "-3.2%");
  EXPECT_EQ(actual(he, 1), "-3.3%");
}

TEST(Class6, OneFigureSharedByTheList) {
  Read r = read("工业增加值增长15%,进出口总额增长18%", "工业增加值、进出口总额等3项指标增速均在20%左右");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(actual(r, 0), "20%");
  EXPECT_EQ(actual(r, 1), "20%");
}

// Class 1: figures that are no target or no progress.
TEST(Class1, BaselinesQualifiersAndPlacesAreNoFigures) {
  Read base = read("制造业等行业现行16%的税率降至13%", "制造业等行业现行16%的税率降至13%");
  ASSERT_EQ(base.item.sub_targets.size(), 1u);
  EXPECT_EQ(base.item.sub_targets[0].target->quantity.to_string(), "13%");
  Read from = read("将补贴标准从每人每年2100元提高到每人每年2200元", "已提高到每人每年2200元");
  ASSERT_EQ(from.item.sub_targets.size(), 1u);
  EXPECT_EQ(from.item.sub_targets[0].target->quantity.to_string(), "2200元");
  Read qual = read("投资10亿元以上项目10个", "10亿元以上项目25个");
  ASSERT_EQ(qual.item.sub_targets.size(), 1u);
  EXPECT_EQ(qual.item.sub_targets[0].target->quantity.to_string(), "10个");
  EXPECT_EQ(actual(qual), "25个");
  Read place = read("新增达标小区210个", "在46个小区,建成38个厢房,70个分类亭");
  EXPECT_NE(actual(place), "46个");  // 在46个小区 is where the work is
}

TEST(Class1, TheTotalACompletionIsOfIsNoProgress) {
  Read r = read("办好65件民生实事项目", "65件民生实事已完成26件,完成率40%");
  EXPECT_EQ(actual(r), "26件");
  EXPECT_TRUE(r.notes[0].finding.empty());
}

TEST(Class4, TheCumulativeFigureForACumulativeTarget) {
  Read r = read("2606个撤并村通公路", "上半年新解决1075个撤并村通公路。累计解决了2585个撤并村通公路,占总计划的99.2%。");
  EXPECT_EQ(actual(r), "2585个");
}

TEST(Class3, ASignFromTheWordWhenNoVerb) {
  Read r = read("小微企业融资成本再降一个百分点", "小微企业信贷综合融资成本降低1.35个百分点");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "-1个百分点");
}

// Wrong figures found on the real-report corpus (tests/data/real-reports): each rule that
// removes one, end to end.
TEST(CorpusWrongFigures, AFigureInALinesHeadingRestatesTheTarget) {
  // 新建30个社区健身点: heads the line: 30 is the task, not the parks' actual.
  Read r = read("新建3个社区体育公园、30个社区健身点", "新建30个社区健身点:已建成2个。新建3个社区体育公园:正在施工。");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(actual(r, 0), "none");
  EXPECT_EQ(actual(r, 1), "2个");
  // A heading that reports (已完成30个:) is progress.
  Read done = read("新建30个社区健身点", "已完成30个:均已验收");
  EXPECT_EQ(actual(done), "30个");
}

TEST(CorpusWrongFigures, AListOfBaselinesBeforeOneChange) {
  // 从574元、271元分别提高到609元、300元: both 574 and 271 are where the change starts.
  Read r = read("将城镇、农村低保补差水平从每人每月574元、271元分别提高到每人每月609元、300元。", "已完成。");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "609元");
  EXPECT_EQ(r.item.sub_targets[1].target->quantity.to_string(), "300元");
  // Two amounts listed without a change after them are targets.
  Read both = read("发放补贴574元、271元", "已发放");
  EXPECT_EQ(both.item.sub_targets.size(), 2u);
}

TEST(CorpusWrongFigures, ACountBeforeATotalIsTheSetTheTotalIsOf) {
  Read r = read("2015年25件重点民生实事计划总投资277亿元", "上半年实际完成投资156.92亿元");
  ASSERT_EQ(r.item.sub_targets.size(), 1u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "27700000000元");
  EXPECT_EQ(actual(r), "15692000000元");
  // Without 总 the count is a target of its own.
  Read two = read("新建25个公园,投资277亿元", "已建成5个公园");
  EXPECT_EQ(two.item.sub_targets.size(), 2u);
}

TEST(CorpusWrongFigures, TheWordsOfAFigureStartAfterTheFigureBeforeIt) {
  // 6%和5.5%左右: no object, so no figure is matched by the digits of the other one.
  Read r = read("6%和5.5%左右的预期目标", "全年城镇调查失业率平均为5.6%,年末城镇登记失业率为3.62%");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(actual(r, 1), "none");
}

TEST(CorpusReadings, GrowthRatesCalledIncreaseOrDecrease) {
  Read r = read("小微企业贷款增长30%以上", "小微企业贷款余额2.6万亿元,增幅53.1%", "2025-12-31");
  EXPECT_EQ(actual(r), "53.1%");
  EXPECT_EQ(r.ev.status, Status::completed);
}

TEST(CorpusReadings, ABareTargetWithAComparatorAfterIt) {
  Read r = read("减少农村贫困人口1000万以上", "去年全国农村贫困人口减少1109万人", "2025-12-31");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.value.to_string(), "10000000");
  EXPECT_EQ(actual(r), "11090000人");
}

TEST(CorpusReadings, APercentageRightAfterACompletionIsTheShareDone) {
  Read r = read("优化提升50条背街后巷交通组织", "已进场施工,完成60%。");
  ASSERT_TRUE(r.item.sub_targets[0].progress);
  EXPECT_EQ(r.item.sub_targets[0].progress->stated_ratio.value_or(Fraction(0)), Fraction(3, 5));
  // A share of construction is no level of another measure (入驻率).
  Read level = read("企业入驻率达50%", "孵化中心二期项目:整体施工完成约99%。一期整体完成65%。");
  EXPECT_EQ(actual(level), "none");
}

TEST(CorpusReadings, TheYearsTargetStatedDoneFinishesAMilestone) {
  Read r = read("中心城区生活垃圾转运设施建设", "全年建成中转站共6座并投入运行,完成年度目标任务。", "2025-12-31");
  EXPECT_EQ(r.ev.status, Status::completed);
  Read not_yet = read("中心城区生活垃圾转运设施建设", "力争完成年度目标任务。", "2025-12-31");
  EXPECT_NE(not_yet.ev.status, Status::completed);
}

TEST(CorpusReadings, AllOfTheCountReportedDone) {
  // All of it done is a completion rate of 100%, never a figure (101 may have been done).
  auto all_done = [](const Read& r) { return r.rec().stated_ratio == Fraction(1) && !r.rec().value; };
  Read r = read("打通民生路等4条断头路", "民生路工程、通园街工程、建通街南延工程已全部完工并全线通车", "2025-12-31");
  EXPECT_TRUE(all_done(r));
  EXPECT_EQ(r.ev.status, Status::completed);
  EXPECT_TRUE(all_done(read("对全市100个老旧小区的二次管网进行改造", "全部改造工作已于2025年11月14日前完工", "2025-12-31")));
  // Not when it is planned, when only the main structure is done, or before the stage asked for.
  EXPECT_FALSE(all_done(read("打通4条断头路", "力争年底前全部完工", "2025-12-31")));
  EXPECT_FALSE(all_done(read("建成4所学校", "主体工程已全部完工", "2025-12-31")));
  EXPECT_FALSE(all_done(read("建成4所学校", "已全部开工", "2025-12-31")));
  // Nor for one of several sub-targets (which of them is done cannot be told).
  EXPECT_FALSE(all_done(read("建成4所学校、2个公园", "已全部完工", "2025-12-31")));
}

TEST(CorpusReadings, FullCoverageReportedReached) {
  Read r = read("农村义务教育学生营养餐实现全覆盖", "惠及学生88.27万人,实现了农村义务教育学生全覆盖", "2025-12-31");
  EXPECT_EQ(actual(r), "100%");
  EXPECT_EQ(r.ev.status, Status::completed);
  EXPECT_EQ(actual(read("营养餐实现全覆盖", "力争年底实现全覆盖", "2025-12-31")), "none");
  EXPECT_EQ(actual(read("营养餐实现全覆盖", "尚未实现全覆盖", "2025-12-31")), "none");
}

// The five examples of "What is wrong today" the numeral stage read but assess did
// not: each end to end, target + progress → figures, ratio and status.
TEST(Class1, TwoFiguresSeparatedByASpaceAreTwoTargets) {
  Read r = read("培训1.5万 2.3千万", "已培训1.2万人次", "2022-06-30");
  ASSERT_EQ(r.item.sub_targets.size(), 2u);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "15000人次");  // the unit is the progress figure's
  EXPECT_EQ(r.item.sub_targets[1].target->quantity.to_string(), "23000000个");
  EXPECT_EQ(actual(r, 0), "12000人次");
  EXPECT_EQ(actual(r, 1), "none");
  EXPECT_EQ(*r.sub(0).ratio, Fraction(4, 5));
  EXPECT_EQ(r.ev.status, Status::on_track);
}

TEST(Class8, ChequeAmountsEndToEnd) {
  Read r = read("人均補助標準提高到壹佰贰拾叁元肆角", "已提高到壹佰贰拾叁元肆角", "2022-06-30");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "123.4元");
  EXPECT_EQ(actual(r), "123.4元");
  EXPECT_EQ(*r.sub().ratio, Fraction(1));
  EXPECT_EQ(r.ev.status, Status::completed);
  Read half = read("发放补助壹佰贰拾叁元肆角", "已发放壹佰元", "2022-06-30");
  EXPECT_EQ(*half.sub().ratio, Fraction(1000, 1234));
  EXPECT_EQ(half.ev.status, Status::on_track);
}

TEST(Class8, KuaiAndMaoEndToEnd) {
  Read r = read("每人补助十块三毛", "已发放每人十块三毛", "2022-06-30");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "10.3元");
  EXPECT_EQ(actual(r), "10.3元");
  EXPECT_EQ(r.ev.status, Status::completed);
}

TEST(Class8, ARangeTargetIsMetAtItsLowerEnd) {
  Read r = read("新增就业两到三万人", "已新增就业1.5万人", "2022-06-30");
  ASSERT_TRUE(r.item.sub_targets[0].target);
  EXPECT_EQ(r.item.sub_targets[0].target->quantity.to_string(), "20000人");
  EXPECT_EQ(r.item.sub_targets[0].target->comparator, Comparator::at_least);
  EXPECT_EQ(actual(r), "15000人");
  EXPECT_EQ(*r.sub().ratio, Fraction(3, 4));
  EXPECT_EQ(r.ev.status, Status::on_track);
  Read done = read("新增两到三万个就业岗位", "全年新增就业岗位2.5万个", "2022-12-31");
  EXPECT_EQ(done.ev.status, Status::completed);  // within the range: met
}

// A range of percentages is one sub-target, as a range of quantities is: both ends kept,
// met at the lower end; the dash is never a minus sign.
TEST(Class1, APercentageRangeIsOneTargetMetAtItsLowerEnd) {
  for (const char* target : {"地区生产总值增长6.5%-7%", "地区生产总值增长6.5%—7%", "地区生产总值增长6.5%至7%",
                             "地区生产总值增长6.5～7%", "地区生产总值增长6.5%~7%", "地区生产总值增长6.5到7%"}) {
    SCOPED_TRACE(target);
    Read r = read(target, "地区生产总值增长6.8%", "2024-06-30");
    ASSERT_EQ(r.item.sub_targets.size(), 1u);
    const SubTarget& st = r.item.sub_targets[0];
    EXPECT_EQ(st.kind, TargetKind::growth);
    ASSERT_TRUE(st.target);
    EXPECT_EQ(st.target->quantity.to_string(), "6.5%");
    EXPECT_EQ(st.target->comparator, Comparator::at_least);
    ASSERT_TRUE(st.target->range);
    EXPECT_EQ(st.target->range->low.to_string(), "6.5");
    EXPECT_EQ(st.target->range->high.to_string(), "7");
    EXPECT_FALSE(st.lower_is_better);
    EXPECT_EQ(actual(r), "6.8%");
    EXPECT_EQ(r.ev.status, Status::on_track);
    EXPECT_EQ(r.sub().reason, Reason::growth_meets);
  }
}

TEST(Class1, AGrowthRangeBelowInsideAndAboveIt) {
  const std::pair<const char*, Status> cases[] = {{"地区生产总值增长6%", Status::lagging},
                                                  {"地区生产总值增长6.5%", Status::on_track},
                                                  {"地区生产总值增长6.8%", Status::on_track},
                                                  {"地区生产总值增长7%", Status::on_track},
                                                  {"地区生产总值增长7.5%", Status::on_track}};
  for (const auto& [progress, status] : cases) {
    SCOPED_TRACE(progress);
    Read r = read("地区生产总值增长6.5%—7%", progress, "2024-06-30");
    ASSERT_EQ(r.item.sub_targets.size(), 1u);
    EXPECT_EQ(r.ev.status, status);
    EXPECT_EQ(r.sub().reason, status == Status::lagging ? Reason::growth_below : Reason::growth_meets);
    ASSERT_TRUE(r.sub().bound);
    EXPECT_EQ(*r.sub().bound, Fraction(13, 2));  // compared with the lower end
  }
}

TEST(Class1, RangesOfFallsLevelsAndCeilings) {
  Read fall = read("单位GDP能耗下降3%-5%", "单位GDP能耗下降4%", "2024-06-30");
  ASSERT_EQ(fall.item.sub_targets.size(), 1u);
  const SubTarget& f = fall.item.sub_targets[0];
  EXPECT_TRUE(f.lower_is_better);
  EXPECT_EQ(f.target->quantity.to_string(), "-3%");  // a fall of at least 3%
  EXPECT_EQ(f.target->range->low.to_string(), "-3");
  EXPECT_EQ(f.target->range->high.to_string(), "-5");
  EXPECT_EQ(actual(fall), "-4%");
  EXPECT_EQ(fall.ev.status, Status::on_track);
  EXPECT_EQ(f.target->comparator, Comparator::reach);  // growth −3% or lower
  EXPECT_EQ(read("单位GDP能耗下降3%-5%", "单位GDP能耗下降2%", "2024-06-30").ev.status, Status::lagging);
  EXPECT_EQ(read("单位GDP能耗下降3%-5%", "单位GDP能耗下降6%", "2024-06-30").ev.status, Status::on_track);
  // 控制在: at most, so the range is met at its upper end.
  Read ceiling = read("城镇调查失业率控制在5.5%-6%", "城镇调查失业率5.8%", "2024-06-30");
  ASSERT_EQ(ceiling.item.sub_targets.size(), 1u);
  EXPECT_EQ(ceiling.item.sub_targets[0].target->quantity.to_string(), "6%");
  EXPECT_EQ(ceiling.item.sub_targets[0].target->comparator, Comparator::at_most);
  EXPECT_EQ(ceiling.item.sub_targets[0].target->range->low.to_string(), "5.5");
  EXPECT_EQ(ceiling.ev.status, Status::completed);
  Read level = read("森林覆盖率达到50%-55%", "森林覆盖率达到52%", "2024-06-30");
  ASSERT_EQ(level.item.sub_targets.size(), 1u);
  EXPECT_EQ(level.item.sub_targets[0].kind, TargetKind::level);
  EXPECT_EQ(level.item.sub_targets[0].target->quantity.to_string(), "50%");
  EXPECT_EQ(level.ev.status, Status::completed);
}

TEST(Class8, AQuantityRangeKeepsBothEnds) {
  Read r = read("营收3万-6万元", "营收4万元", "2022-06-30");
  ASSERT_EQ(r.item.sub_targets.size(), 1u);
  const Target& t = *r.item.sub_targets[0].target;
  EXPECT_EQ(t.quantity.to_string(), "30000元");
  EXPECT_EQ(t.range->low.to_string(), "30000");
  EXPECT_EQ(t.range->high.to_string(), "60000");
  EXPECT_EQ(*r.sub().ratio, Fraction(4, 3));
  EXPECT_EQ(r.ev.status, Status::completed);
  Read people = read("新增就业两到三万人", "已新增就业1.5万人", "2022-06-30");
  EXPECT_EQ(people.item.sub_targets[0].target->range->high.to_string(), "30000");
}

TEST(Class8, HalfDoneIsAStatedRateOfFifty) {
  Read r = read("改造老旧小区20个", "已完成一半", "2022-06-30");
  EXPECT_EQ(actual(r), "none");  // 一半 is no count of 小区
  ASSERT_TRUE(r.rec().stated_ratio);
  EXPECT_EQ(*r.rec().stated_ratio, Fraction(1, 2));
  EXPECT_EQ(*r.sub().ratio, Fraction(1, 2));
  EXPECT_EQ(r.ev.status, Status::on_track);
  Read lag = read("改造老旧小区20个", "完成年度任务的一半", "2022-09-30");
  EXPECT_EQ(*lag.sub().ratio, Fraction(1, 2));
  EXPECT_EQ(lag.ev.status, Status::on_track);  // 1/2 of 3/4 elapsed is 2/3: the on_track bound
}

// Corpus misreadings (xianning-2021h1#01): a total for a list of kinds reported kind by kind.
TEST(CorpusWrongFigures, AListTotalReportedKindByKindIsTheirSum) {
  Read r = read("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个",
                "上半年,引进世界500强企业投资项目3个;引进中国500强企业投资项目1个;引进上市公司或行业龙头企业投资项目2个。",
                "2021-06-30");
  EXPECT_EQ(actual(r), "6个");
  EXPECT_EQ(*r.sub().ratio, Fraction(2));
  EXPECT_EQ(r.ev.status, Status::completed);
}

// Ties: sub-targets tied on score are never paired with figures by the order of the text.
TEST(CorpusWrongFigures, TiedSubTargetsAreDecidedByTheirWordsOrNotRead) {
  Read r = read("将甲区分散供养标准提高到每人每月1400元,乙区分散供养标准提高到每人每月1180元",
                "已将甲区集中供养标准提高到2200元/人月,分散供养标准提高到1400元/人月;"
                "乙区集中供养标准提高到2200元/人月,分散供养标准提高到1180元/人月。",
                "2020-12-31");
  EXPECT_EQ(actual(r, 0), "1400元");
  EXPECT_EQ(actual(r, 1), "1180元");
  EXPECT_EQ(r.ev.status, Status::completed);
  Read tie = read("城镇、农村低保补差水平分别提高到每人每月609元、300元",
                  "中心区补差水平提高到城镇616元/人月、农村459元/人月,山区县补差水平提高到城镇609元/人月、农村300元/人月。",
                  "2020-12-31");
  EXPECT_EQ(actual(tie, 0), "none");
  EXPECT_EQ(actual(tie, 1), "none");
  EXPECT_EQ(tie.ev.status, Status::not_assessable);
}

// Class 5: a target naming a rate without a figure is met when the rate is reported at 100%, the
// most any rate can reach (xiaoxian-2025-09#15); a rate below 100%, or a rate the target does not
// name, gives nothing.
TEST(Class5, ARateReportedAtAHundredMeetsATargetNamingIt) {
  Read full = read("新生儿听力障碍筛查率", "新生儿听力障碍筛查率达到100%");
  ASSERT_TRUE(full.rec().stated_ratio);
  EXPECT_EQ(*full.rec().stated_ratio, Fraction(1));
  EXPECT_EQ(full.ev.status, Status::completed);
  EXPECT_NE(full.notes[0].actual_from.find("100%"), std::string::npos);
  EXPECT_FALSE(read("新生儿听力障碍筛查率", "新生儿听力障碍筛查率达到98%").rec().stated_ratio);
  EXPECT_FALSE(read("新生儿听力障碍筛查率", "城乡居民医保参保率达到100%").rec().stated_ratio);
  EXPECT_FALSE(read("社区食堂建设", "社区食堂覆盖率达到100%").rec().stated_ratio);  // no rate named
}

// Stages and milestones (issue 9, classes 2, 9 and 10): the stage vocabulary, the
// stage a progress text reports, a milestone's planned node, a target's own period,
// and, end to end, target sentence + progress text → figures, stages and statuses.
#include <gtest/gtest.h>

#include <algorithm>

#include "ducha/evaluate.hpp"
#include "ducha/explain.hpp"
#include "text/sentences.hpp"
#include "text/stages.hpp"
#include "text_read.hpp"

using namespace ducha;
using namespace ducha::text;
using namespace ducha::text::testing;

namespace {

std::optional<Stage> reported(const char* progress, const char* about = "年底前建成区体育馆") {
  auto r = reported_stage(progress, about);
  return r ? std::optional<Stage>(r->stage) : std::nullopt;
}

}  // namespace

// --- the stage vocabulary, word by word -------------------------------------------

TEST(StageNamed, LongestWordAtEachPlace) {
  EXPECT_EQ(stage_named(U"主体完工"), Stage::construction);  // not 完工
  EXPECT_EQ(stage_named(U"已完工投用"), Stage::in_use);
  EXPECT_EQ(stage_named(U"竣工验收"), Stage::finished);
  EXPECT_EQ(stage_named(U"完成施工图设计"), Stage::tendering);
  EXPECT_EQ(stage_named(U"完成选址和立项"), Stage::preparation);
  EXPECT_EQ(stage_named(U"开工建设"), Stage::construction);
  EXPECT_EQ(stage_named(U"全线通车"), Stage::in_use);
  EXPECT_FALSE(stage_named(U"稳步推进").has_value());
}

namespace {

// The stage a progress text reports for the project `about` names: one row per rule.
struct StageCase {
  const char* progress;
  std::optional<Stage> stage;  // nullopt: none reported
  const char* why;
  const char* about = "年底前建成区体育馆";
};

}  // namespace

TEST(ReportedStage, OneCasePerRule) {
  const std::optional<Stage> none;
  const StageCase cases[] = {
      {"已完成立项、设计,目前主体施工中", Stage::construction, "the furthest stage reached"},
      {"正在开展编制招标文件", Stage::tendering, "work under way states its stage"},
      {"已竣工", Stage::finished, "a finished stage"},
      {"已初步投入使用", Stage::in_use, "in use"},
      {"中凤凰福道完成实施方案及招商文件编制,征迁正在推进", Stage::preparation, "征迁 is preparation"},
      {"预计9月底开工", none, "expected, not reached"},
      {"计划年底完工", none, "planned, not reached"},
      {"项目尚未开工", none, "denied"},
      {"已完成选址,预计9月底开工", Stage::preparation, "the plan reaches nothing, the site selection does"},
      {"中渡口战备码头已施工完成;目前已完成入库评审,计划第三季度开工建设", none,
       "中渡口战备码头 shares no word with the target; 入库评审 is no stage", "加快滨江贯通工程建设"},
      {"区体育馆主体施工中", Stage::construction, "its own name"},
      {"已完成智慧创新产业园园区修缮工程,正在开展装修工作", none, "another project's works", "建成智慧创新产业园"},
      {"主体已完工", Stage::construction, "the main structure done is construction"},
      {"主体工程完工,正在进行装修", Stage::construction, "the main structure done is construction"},
      {"建设已完成", Stage::finished, "done without a stage word"},
      {"正着手准备开展招标建设和物资采购工作", Stage::preparation, "preparing whatever stage word follows"},
      {"已完成", Stage::finished, "done without a stage word or figure"},
      {"已全部完成", Stage::finished, "done without a stage word or figure"},
      {"已完成投资2.1亿元", none, "a figure counts work, not the project's completion"},
      {"全年完成危旧房改造94.9万平方米;新开工安置房16768套", none, "figures count work"},
      {"累计完成投资1.2亿元,主体封顶", Stage::construction, "the clause without a figure states the stage"},
      {"全年建成中转站共6座并投入运行,完成年度目标任务", Stage::finished, "the year's target stated done",
       "中心城区生活垃圾转运设施建设"},
      {"力争完成年度目标任务", none, "striving for it is no completion", "中心城区生活垃圾转运设施建设"},
  };
  for (const StageCase& c : cases) EXPECT_EQ(reported(c.progress, c.about), c.stage) << c.progress << ": " << c.why;
}

TEST(NamesOneProject, OnePartOnly) {
  EXPECT_TRUE(names_one_project("建成智慧创新产业园"));
  EXPECT_TRUE(names_one_project("6月底前开工建设区体育馆。"));
  EXPECT_FALSE(names_one_project("建成江山公园、两溪花谷、江野风情岸线"));
  EXPECT_FALSE(names_one_project("实施三峡商圈周边治堵保畅行动,完成名人广场建设"));
}

// --- what a milestone target asks for -----------------------------------------------

TEST(MilestoneGoal, StageAndNodeFromTheSentence) {
  MilestoneGoal g = milestone_goal("6月底前开工建设区体育馆", 2024);
  EXPECT_EQ(g.stage, Stage::construction);
  ASSERT_TRUE(g.due.has_value());
  EXPECT_EQ(format_date(*g.due), "2024-06-30");
  EXPECT_EQ(g.text, "6月底前开工");

  g = milestone_goal("三季度完成区文化馆招标", 2024);
  EXPECT_EQ(g.stage, Stage::tendering);
  EXPECT_EQ(format_date(*g.due), "2024-09-30");

  g = milestone_goal("年底前建成并投入使用区养老服务中心", 2024);
  EXPECT_EQ(g.stage, Stage::in_use);
  EXPECT_EQ(format_date(*g.due), "2024-12-31");

  g = milestone_goal("完成片区控制性详细规划编制", 2024);
  EXPECT_EQ(g.stage, Stage::finished);
  EXPECT_FALSE(g.due.has_value());  // due at the period's end
}

TEST(OwnPeriod, YearsQuartersAndNodes) {
  auto p = own_period("到2026年新建公厕48座", 2024);
  ASSERT_TRUE(p);
  EXPECT_EQ(format_date(p->begin), "2024-01-01");
  EXPECT_EQ(format_date(p->end), "2026-12-31");
  p = own_period("5100所义务教育薄弱学校基本办学条件改善(2015—2017年)", 2015);
  ASSERT_TRUE(p);
  EXPECT_EQ(format_date(p->begin), "2015-01-01");
  EXPECT_EQ(format_date(p->end), "2017-12-31");
  p = own_period("三年内建成10个口袋公园", 2024);
  ASSERT_TRUE(p);
  EXPECT_EQ(format_date(p->end), "2026-12-31");
  p = own_period("一季度新建公厕10座", 2024);
  ASSERT_TRUE(p);
  EXPECT_EQ(format_date(p->end), "2024-03-31");
  p = own_period("6月底前新建公厕10座", 2024);
  ASSERT_TRUE(p);
  EXPECT_EQ(format_date(p->end), "2024-06-30");
  EXPECT_FALSE(own_period("新建公厕10座", 2024));
  EXPECT_FALSE(own_period("2024年内新建公厕10座", 2024));  // the plan's own year
  EXPECT_FALSE(own_period("年底前新建公厕10座", 2024));
}

// --- class 2: stages are not completion ---------------------------------------------

TEST(Class2, OneBuiltTwoUnderConstruction) {
  Read r = read("建成3所中小学", "甲小学已完工投用,其余2所主体施工中", "2024-06-30");
  EXPECT_EQ(actual(r), "1所");
  ASSERT_EQ(r.rec().other_stages.size(), 1u);
  EXPECT_EQ(r.rec().other_stages[0].stage, Stage::construction);
  EXPECT_EQ(r.rec().other_stages[0].count->to_string(), "2所");
  EXPECT_EQ(r.rec().other_stages[0].text, "其余2所主体施工中");
  EXPECT_EQ(r.sub().ratio, Fraction(1, 3));
  EXPECT_EQ(r.ev.status, Status::on_track);  // 1/3 ≥ 2/3 × 序时 1/2 (inclusive)
  EXPECT_EQ(r.notes[0].actual_from, "stages: 1 named project(s) at the stage asked for, \"甲小学已完工投用\"");
}

TEST(Class2, SiteSelectionIsNotTwoSchoolsBuilt) {
  Read r = read("建成3所中小学", "已完成2所学校选址", "2024-06-30");
  EXPECT_EQ(actual(r), "none");
  EXPECT_EQ(r.ev.status, Status::not_assessable);
  EXPECT_EQ(r.ev.reason, Reason::no_figure);
  ASSERT_EQ(r.rec().other_stages.size(), 1u);
  EXPECT_EQ(r.rec().other_stages[0].stage, Stage::preparation);
  EXPECT_EQ(r.rec().other_stages[0].count->to_string(), "2所");
}

TEST(Class2, ProgressVerbsMatchTheTargetsVerb) {
  Read built = read("建成3所中小学", "已完工3所", "2024-06-30");  // 建成 ⇐ 完工
  EXPECT_EQ(actual(built), "3所");
  EXPECT_EQ(built.ev.status, Status::completed);
  Read started = read("开工建设保障性住房500套", "已进场施工400套", "2024-06-30");  // 开工 ⇐ 进场
  EXPECT_EQ(actual(started), "400套");
  EXPECT_EQ(started.ev.status, Status::on_track);
  Read opened = read("建成3所中小学", "已开工3所", "2024-06-30");  // 开工 is not 建成
  EXPECT_EQ(actual(opened), "none");
  EXPECT_EQ(opened.ev.status, Status::not_assessable);
  ASSERT_EQ(opened.rec().other_stages.size(), 1u);
  EXPECT_EQ(opened.rec().other_stages[0].stage, Stage::construction);
}

// Which progress verbs count as done for a target's verb is the policy's (policy.md, "Verb groups").
Policy built_only_when_handed_over() {
  Policy p;
  p.name = "strict-built";
  p.verb_groups["build"] = {"新改建", "新建", "新增", "改建", "建成", "完成", "开通", "新开通", "安装", "加装", "竣工", "投运"};
  return p;
}

TEST(Class2, APolicyWithoutFinishedAndInUseVerbsCountsNoSchoolBuilt) {
  Read r = read("建成3所中小学", "甲小学已完工投用,其余2所主体施工中", "2024-06-30", built_only_when_handed_over());
  EXPECT_EQ(actual(r), "none");
  EXPECT_FALSE(r.rec().stated_ratio);
  EXPECT_EQ(r.ev.status, Status::not_assessable);
  EXPECT_EQ(r.ev.reason, Reason::no_figure);
  ASSERT_EQ(r.rec().other_stages.size(), 1u);  // the schools under construction are still shown
  EXPECT_EQ(r.rec().other_stages[0].count->to_string(), "2所");
  // 竣工 is still in the group: a school 竣工 is built.
  Read handed = read("建成3所中小学", "甲小学已竣工,其余2所主体施工中", "2024-06-30", built_only_when_handed_over());
  EXPECT_EQ(actual(handed), "1所");
  EXPECT_EQ(handed.ev.status, Status::on_track);
  // A stage word that is no verb counts by its stage whatever the groups: 投入使用 is in use.
  Read in_use = read("建成3所中小学", "甲小学已投入使用", "2024-06-30", built_only_when_handed_over());
  EXPECT_EQ(actual(in_use), "1所");
  // 已全部完工 is no 建成 either under this policy.
  Read all = read("建成3所中小学", "已全部完工", "2024-06-30", built_only_when_handed_over());
  EXPECT_FALSE(all.rec().stated_ratio);
  EXPECT_EQ(read("建成3所中小学", "已全部完工", "2024-06-30").rec().stated_ratio, Fraction(1));
}

TEST(Class2, AVerbOfALaterStagesGroupCountsForAnEarlierStage) {
  // 建成 is of the build group, whose verbs name later stages than the start group's: a
  // school built has started, under the reference groups and any that keep 建成 in build.
  for (const Policy& p : {Policy{}, built_only_when_handed_over()}) {
    Read r = read("开工3所中小学", "甲小学已建成", "2024-06-30", p);
    EXPECT_EQ(actual(r), "1所");
  }
  // Taken out of every group, 建成 says nothing about starting under the policy.
  Policy none = built_only_when_handed_over();
  auto& build = none.verb_groups["build"];
  build.erase(std::find(build.begin(), build.end(), "建成"));
  Read r = read("开工3所中小学", "甲小学已建成", "2024-06-30", none);
  EXPECT_EQ(actual(r), "none");
}

TEST(Class2, AddingAVerbToAGroupMakesItAlike) {
  Policy p;
  EXPECT_FALSE(similar_verbs("引进", "开工"));
  p.verb_groups["attract"].push_back("开工");
  VerbMatcher verbs(p.verb_groups);
  EXPECT_TRUE(similar_verbs("引进", "开工", verbs));
  EXPECT_TRUE(similar_verbs("进场", "开工", verbs));  // still in start
  EXPECT_FALSE(similar_verbs("引进", "进场", verbs));
  p.verb_groups["attract"] = {"引进"};
  VerbMatcher alone(p.verb_groups);
  EXPECT_FALSE(similar_verbs("引进", "签约", alone));
  EXPECT_TRUE(similar_verbs("增长", "提高", alone));  // grammar, not policy
}

TEST(Class2, OtherStagesOfAnotherObjectAreNotThisTargets) {
  Read r = read("新建8个社区停车场", "已建成6个社区停车场,30个社区健身点正在开展器材招标采购", "2022-06-30");
  EXPECT_EQ(actual(r), "6个");
  EXPECT_TRUE(r.rec().other_stages.empty());
}

TEST(Class2, NamedProjectsCountOnlyInACount) {
  // 公里 is no count of projects: 半山崖线主线步道 is not 1公里 of 山城步道.
  Read r = read("建成山城步道30公里", "半山崖线主线步道已完工", "2022-06-30");
  EXPECT_EQ(actual(r), "none");
  EXPECT_EQ(r.ev.status, Status::not_assessable);
}

TEST(Class2, NamedProjectsCountOnlyAgainstTheirObject) {
  // 甲公园 shares no word with 中小学: not one of the schools.
  Read r = read("建成3所中小学", "甲公园已完工", "2024-06-30");
  EXPECT_EQ(actual(r), "none");
  EXPECT_EQ(r.ev.status, Status::not_assessable);
}

// --- class 9: the end of the period --------------------------------------------------

TEST(Class9, UnreachedAtYearEndIsNotCompleted) {
  Read r = read("新建公厕10座", "已建成8座", "2024-12-31");
  EXPECT_EQ(actual(r), "8座");
  EXPECT_EQ(r.ev.status, Status::not_completed);
  EXPECT_EQ(r.ev.reason, Reason::not_reached_by_end);
  EXPECT_EQ(period_end_label(r.ev.status, r.ev.reason), "未完成");
}

TEST(Class9, YearEndReadsCompletedAndExceeded) {
  Read done = read("新建公厕10座", "已建成10座", "2024-12-31");
  EXPECT_EQ(done.ev.status, Status::completed);
  EXPECT_EQ(period_end_label(done.ev.status, done.ev.reason), "完成");
  Read more = read("新建公厕10座", "已建成12座", "2024-12-31");
  EXPECT_EQ(more.ev.reason, Reason::target_exceeded);
  EXPECT_EQ(period_end_label(more.ev.status, more.ev.reason), "超额完成");
}

TEST(Class9, UnfinishedMilestoneAtYearEndIsNotCompleted) {
  Read r = read("建成区图书馆", "主体施工中", "2024-12-31");
  EXPECT_EQ(r.item.sub_targets[0].kind, TargetKind::milestone);
  EXPECT_EQ(r.rec().stage, Stage::construction);
  EXPECT_EQ(r.ev.status, Status::not_completed);
  EXPECT_EQ(r.ev.reason, Reason::milestone_missed);
}

TEST(Class9, AQuarterlyReportIsNotTheYearsEnd) {
  Read r = read("新建公厕10座", "已建成3座", "2024-03-31");
  EXPECT_EQ(r.sub().expected, Fraction(1, 4));
  EXPECT_EQ(r.ev.status, Status::on_track);  // 3/10 ≥ 2/3 × 1/4
  EXPECT_FALSE(r.sub().period_ended);
}

TEST(Class9, AQuarterTargetEndsWithItsQuarter) {
  Read r = read("一季度新建公厕10座", "已建成8座", "2024-03-31");
  EXPECT_TRUE(r.sub().period_ended);
  EXPECT_EQ(r.ev.status, Status::not_completed);
}

TEST(Class9, MultiYearTargetsRunOverTheirOwnPeriod) {
  Read r = read("到2026年新建公厕48座", "已建成12座", "2024-12-31");
  EXPECT_EQ(r.sub().expected, Fraction(1, 3));  // 12 of 36 months
  EXPECT_EQ(r.ev.status, Status::on_track);     // 1/4 ≥ 2/3 × 1/3
  Read within = read("三年内建成10个口袋公园", "已建成2个", "2024-12-31");
  EXPECT_EQ(within.sub().expected, Fraction(1, 3));
  EXPECT_EQ(within.ev.status, Status::lagging);  // 1/5 below 2/9, above 1/9
  EXPECT_FALSE(within.sub().period_ended);
}

// --- class 10: milestones judged by stage --------------------------------------------

TEST(Class10, TheNodePassedWithoutItsStage) {
  Read r = read("6月底前开工建设区体育馆", "正在开展前期工作", "2024-07-31");
  EXPECT_EQ(r.rec().stage, Stage::preparation);
  EXPECT_EQ(r.ev.status, Status::not_completed);
  EXPECT_EQ(r.ev.reason, Reason::milestone_missed);
  EXPECT_EQ(format_date(*r.sub().due), "2024-06-30");
}

TEST(Class10, BehindTheStageCurveBeforeTheNode) {
  // May of a node at the end of June: 5/6 of the time; the curve expects tendering
  // (construction is the goal itself, due at the node).
  Read r = read("6月底前开工建设区体育馆", "正在开展前期工作", "2024-05-31");
  EXPECT_EQ(r.sub().expected, Fraction(5, 6));
  EXPECT_EQ(r.sub().stage_expected, Stage::tendering);
  EXPECT_EQ(r.ev.status, Status::lagging);
  EXPECT_EQ(r.ev.reason, Reason::behind_pace);
}

TEST(Class10, OnTheStageCurve) {
  Read r = read("年底前建成区养老服务中心", "已完成招标,正在进行主体施工", "2024-06-30");
  EXPECT_EQ(r.rec().stage, Stage::construction);
  EXPECT_EQ(r.sub().stage_expected, Stage::construction);
  EXPECT_EQ(r.ev.status, Status::on_track);
  EXPECT_EQ(r.ev.reason, Reason::on_pace);
  EXPECT_EQ(explain(r.item, r.ev, Policy{}, parse_date("2024-06-30")),
            "已进入施工阶段,计划2024-12-31前达到完工阶段,时间进度50.00%时应已进入施工阶段,符合阶段节点,正常推进");
}

TEST(Class10, TenderingInAugustIsBehind) {
  Read r = read("年底前建成区养老服务中心", "已完成设计招标", "2024-08-31");
  EXPECT_EQ(r.sub().expected, Fraction(2, 3));
  EXPECT_EQ(r.ev.status, Status::lagging);
}

TEST(Class10, TheStageAskedForIsReached) {
  Read tender = read("三季度完成区文化馆招标", "已完成招标", "2024-06-30");
  EXPECT_EQ(tender.ev.status, Status::completed);
  EXPECT_EQ(tender.ev.reason, Reason::milestone_reached);
  Read plan = read("完成片区控制性详细规划编制", "已完成", "2024-06-30");
  EXPECT_EQ(plan.ev.status, Status::completed);
  Read project = read("第一实验幼儿园建设工程", "已竣工", "2022-08-31");
  EXPECT_EQ(project.item.sub_targets[0].kind, TargetKind::milestone);
  EXPECT_EQ(project.ev.status, Status::completed);
}

TEST(Class10, NoStageReportedIsNotJudged) {
  for (const char* p : {"稳步推进", "预计9月底开工"}) {
    Read r = read("年底前建成区养老服务中心", p, "2024-06-30");
    EXPECT_EQ(r.ev.status, Status::not_assessable) << p;
    EXPECT_EQ(r.ev.reason, Reason::milestone_pending) << p;
  }
}

TEST(Class10, APolicysOwnStageCurve) {
  Policy p;
  p.stage_curve = {{Stage::tendering, Fraction(1, 2)}, {Stage::construction, Fraction(3, 4)}};
  p.validate();
  Read r = read("年底前建成区养老服务中心", "已完成设计招标", "2024-08-31", p);
  EXPECT_EQ(r.sub().stage_expected, Stage::tendering);
  EXPECT_EQ(r.ev.status, Status::on_track);
  EXPECT_NE(p.version(), Policy{}.version());
}

TEST(StageCurve, ValidationNamesTheField) {
  Policy p;
  p.stage_curve = {{Stage::construction, Fraction(1, 2)}, {Stage::tendering, Fraction(3, 4)}};
  try {
    p.validate();
    FAIL() << "accepted stages out of order";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("stage_curve[1].stage"), std::string::npos) << e.what();
  }
  p.stage_curve = {{Stage::tendering, Fraction(0)}};
  EXPECT_THROW(p.validate(), Error);
}

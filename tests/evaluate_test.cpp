// Every rule and boundary of evaluate(), with the reference report's numbers.
#include "ducha/evaluate.hpp"

#include <gtest/gtest.h>

using namespace ducha;

namespace {

Quantity q(const char* v, const char* u) { return Quantity{Decimal::parse(v), unit(u)}; }

SubTarget make(TargetKind kind, const char* tv, const char* tu, Comparator c, const char* dv = nullptr,
               const char* du = nullptr, const char* text = "") {
  SubTarget st;
  st.kind = kind;
  st.target = Target{q(tv, tu), c};
  ProgressRecord r;
  if (dv) r.value = q(dv, du);
  r.text = text;
  st.progress = r;
  return st;
}

SubTargetEvaluation judge(const SubTarget& st, ItemKind kind = ItemKind::task,
                          const char* as_of = "2022-06-30", const Policy& policy = Policy{}) {
  EvaluationContext ctx(policy, Period::year(2022), parse_date(as_of));
  return evaluate_sub_target(st, kind, ctx);
}

SubTargetEvaluation cumulative(const char* done, const char* target, const char* unit = "个",
                               ItemKind kind = ItemKind::task) {
  return judge(make(TargetKind::cumulative, target, unit, Comparator::reach, done, unit), kind);
}

SubTargetEvaluation growth(const char* actual, const char* target, Comparator c,
                           ItemKind kind = ItemKind::indicator, bool lower = false) {
  SubTarget st = make(TargetKind::growth, target, "%", c, actual, "%");
  st.lower_is_better = lower;
  return judge(st, kind);
}

SubTargetEvaluation level(const char* actual, const char* target, Comparator c,
                          ItemKind kind = ItemKind::task) {
  return judge(make(TargetKind::level, target, "%", c, actual, "%"), kind);
}

}  // namespace

TEST(Cumulative, ReferenceReportCases) {
  EXPECT_EQ(cumulative("2", "30").status, Status::severely_lagging);
  EXPECT_EQ(cumulative("2", "30").ratio->to_string(), "1/15");
  auto demolition = judge(make(TargetKind::cumulative, "150", "万平方米", Comparator::reach, "33.31", "万平方米"));
  EXPECT_EQ(demolition.status, Status::lagging);
  EXPECT_EQ(demolition.reason, Reason::behind_pace);
  EXPECT_EQ(cumulative("1589", "5000", "辆").status, Status::lagging);
  EXPECT_EQ(cumulative("1", "3", "家").status, Status::on_track);
  EXPECT_EQ(cumulative("40", "100", "万平方米").status, Status::on_track);
  EXPECT_EQ(cumulative("319", "500").status, Status::on_track);
  auto entities = judge(make(TargetKind::cumulative, "2", "万户", Comparator::reach, "18506", "户"));
  EXPECT_EQ(entities.status, Status::on_track);
  EXPECT_EQ(entities.ratio->reduced().to_string(), "9253/10000");
  EXPECT_EQ(cumulative("5046", "5000").status, Status::completed);
  EXPECT_EQ(cumulative("5046", "5000").reason, Reason::target_reached);
}

TEST(Cumulative, BoundariesAreInclusive) {
  // 序时 1/2: on_track from 1/3, lagging from 1/6, completed at 1.
  EXPECT_EQ(cumulative("1", "3").status, Status::on_track);
  EXPECT_EQ(cumulative("0.333333333333333333", "1").status, Status::lagging);
  EXPECT_EQ(cumulative("1", "6").status, Status::lagging);
  EXPECT_EQ(cumulative("0.166666666666666666", "1").status, Status::severely_lagging);
  EXPECT_EQ(cumulative("30", "30").status, Status::completed);
  EXPECT_EQ(cumulative("0", "30").status, Status::severely_lagging);
  EXPECT_EQ(cumulative("29.999999999999999", "30").status, Status::on_track);
}

TEST(Cumulative, ExceedNeedsMoreThanTheTarget) {
  auto at = judge(make(TargetKind::cumulative, "2000", "亿元", Comparator::exceed, "2000", "亿元"));
  EXPECT_EQ(at.status, Status::on_track);
  auto over = judge(make(TargetKind::cumulative, "2000", "亿元", Comparator::exceed, "2000.01", "亿元"));
  EXPECT_EQ(over.status, Status::completed);
}

TEST(Cumulative, ThresholdsComeFromThePolicy) {
  Policy strict;
  strict.cumulative.on_track = Fraction(1);
  strict.cumulative.lagging = Fraction(1, 2);
  auto st = make(TargetKind::cumulative, "3", "家", Comparator::reach, "1", "家");
  EXPECT_EQ(judge(st, ItemKind::task, "2022-06-30", strict).status, Status::lagging);
  Policy by_days;
  by_days.schedule.basis = ScheduleBasis::days;
  EXPECT_EQ(judge(st, ItemKind::task, "2022-06-30", by_days).expected, Fraction(181, 365));
}

TEST(Cumulative, ARecordsOwnDateSetsItsSchedule) {
  SubTarget st = make(TargetKind::cumulative, "10", "万平方米", Comparator::reach, "0.75", "万平方米");
  st.progress->as_of = parse_date("2022-07-08");
  auto ev = judge(st);
  EXPECT_EQ(ev.expected.to_string(), "97/186");
  EXPECT_EQ(format_date(ev.as_of), "2022-07-08");
  EXPECT_EQ(ev.status, Status::severely_lagging);
}

TEST(Cumulative, ReportsTheGapAndTheBound) {
  SubTarget st = make(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个");
  auto ev = judge(st);
  EXPECT_EQ(gap_points(st, ev)->to_decimal_string(2, Rounding::half_even), "-43.33");
  EXPECT_EQ(ev.bound->to_string(), "1/6");
  EXPECT_EQ(ev.expected.to_string(), "1/2");
}

TEST(Cumulative, AYearTotalIndicatorIsOnSchedule) {
  EXPECT_EQ(cumulative("158", "306", "天", ItemKind::indicator).status, Status::on_schedule);
  EXPECT_EQ(cumulative("306", "306", "天", ItemKind::indicator).status, Status::meets);
  EXPECT_EQ(cumulative("50", "306", "天", ItemKind::indicator).status, Status::below);
}

TEST(Cumulative, ZeroTargetIsNotAssessable) {
  auto ev = cumulative("3", "0");
  EXPECT_EQ(ev.status, Status::not_assessable);
  EXPECT_EQ(ev.reason, Reason::invalid_target);
}

TEST(Growth, AroundMeetsWithinTheTolerance) {
  EXPECT_EQ(growth("5.2", "6", Comparator::around).status, Status::below);
  EXPECT_EQ(growth("12", "6", Comparator::around).status, Status::meets);
  EXPECT_EQ(growth("5.5", "6", Comparator::around).status, Status::meets);
  EXPECT_EQ(growth("5.49", "6", Comparator::around).status, Status::below);
  EXPECT_EQ(growth("4.4", "5.5", Comparator::around).status, Status::below);
  EXPECT_EQ(growth("-19", "5", Comparator::around).status, Status::below);
  EXPECT_EQ(growth("-36.8", "6", Comparator::around).status, Status::below);
  EXPECT_EQ(growth("5.2", "6", Comparator::around).bound->to_string(), "11/2");
}

TEST(Growth, ComparatorsAndLowerIsBetter) {
  EXPECT_EQ(growth("9.7", "5", Comparator::at_least).status, Status::meets);
  EXPECT_EQ(growth("5", "5", Comparator::at_least).status, Status::meets);
  EXPECT_EQ(growth("4.99", "5", Comparator::at_least).status, Status::below);
  EXPECT_EQ(growth("3", "3", Comparator::at_most).status, Status::meets);
  EXPECT_EQ(growth("3.1", "3", Comparator::at_most).status, Status::below);
  EXPECT_EQ(growth("5", "5", Comparator::exceed).status, Status::below);
  // 下降3%左右: growth −3 is the target and smaller is better
  EXPECT_EQ(growth("-2.5", "-3", Comparator::around, ItemKind::indicator, true).status, Status::meets);
  EXPECT_EQ(growth("-2.4", "-3", Comparator::around, ItemKind::indicator, true).status, Status::below);
  EXPECT_EQ(growth("-4", "-3", Comparator::at_least, ItemKind::indicator, true).status, Status::meets);
}

TEST(Growth, InATaskMeetsIsOnTrack) {
  SubTarget st = make(TargetKind::growth, "7", "%", Comparator::reach, "1.2", "%");
  auto ev = judge(st);
  EXPECT_EQ(ev.status, Status::lagging);
  EXPECT_EQ(ev.reason, Reason::growth_below);
  EXPECT_EQ(growth("15", "15", Comparator::reach, ItemKind::task).status, Status::on_track);
  EXPECT_EQ(gap_points(st, ev)->to_decimal_string(2, Rounding::half_even), "-5.80");
}

TEST(Growth, ToleranceComesFromThePolicy) {
  Policy wide;
  wide.around_tolerance = Decimal::parse("1");
  SubTarget st = make(TargetKind::growth, "6", "%", Comparator::around, "5.2", "%");
  EXPECT_EQ(judge(st, ItemKind::indicator, "2022-06-30", wide).status, Status::meets);
}

TEST(Level, MetWithinBandOrBelow) {
  EXPECT_EQ(level("40", "40", Comparator::reach).status, Status::completed);
  EXPECT_EQ(level("88.76", "90", Comparator::at_least).status, Status::on_track);
  EXPECT_EQ(level("88.76", "90", Comparator::at_least).reason, Reason::level_within_band);
  EXPECT_EQ(level("81", "90", Comparator::at_least).status, Status::on_track);
  EXPECT_EQ(level("80.99", "90", Comparator::at_least).status, Status::lagging);
  EXPECT_EQ(level("25.04", "100", Comparator::full).status, Status::lagging);
  EXPECT_EQ(level("25.04", "100", Comparator::full).reason, Reason::level_below_band);
  EXPECT_EQ(level("100", "100", Comparator::full).status, Status::completed);
}

TEST(Level, CeilingLevelsAndIndicators) {
  EXPECT_EQ(level("8", "10", Comparator::at_most).status, Status::completed);
  EXPECT_EQ(level("10.5", "10", Comparator::at_most).status, Status::on_track);
  EXPECT_EQ(level("12", "10", Comparator::at_most).status, Status::lagging);
  EXPECT_EQ(level("88.76", "90", Comparator::at_least, ItemKind::indicator).status, Status::below);
  EXPECT_EQ(level("91", "90", Comparator::at_least, ItemKind::indicator).status, Status::meets);
}

TEST(Ceiling, ConsumptionIsMirroredAgainstTheCalendar) {
  auto ceiling = [](const char* used, const char* as_of = "2022-06-30", ItemKind k = ItemKind::task) {
    return judge(make(TargetKind::ceiling, "100", "吨", Comparator::at_most, used, "吨"), k, as_of);
  };
  EXPECT_EQ(ceiling("50").status, Status::on_track);
  EXPECT_EQ(ceiling("66.66").status, Status::on_track);  // left 33.34 ≥ 2/3 × 50
  EXPECT_EQ(ceiling("70").status, Status::lagging);
  EXPECT_EQ(ceiling("90").status, Status::severely_lagging);
  EXPECT_EQ(ceiling("90").reason, Reason::allowance_far_ahead);
  EXPECT_EQ(ceiling("101").reason, Reason::allowance_exceeded);
  EXPECT_EQ(ceiling("80", "2022-12-31").status, Status::completed);
  EXPECT_EQ(ceiling("50", "2022-06-30", ItemKind::indicator).status, Status::on_schedule);
  EXPECT_EQ(ceiling("101", "2022-06-30", ItemKind::indicator).status, Status::below);
}

TEST(NoFigure, EmptyOrNoProgressTextIsNoProgress) {
  SubTarget st = make(TargetKind::cumulative, "3", "支", Comparator::reach);
  EXPECT_EQ(judge(st).status, Status::no_progress);
  st.progress->text = "近期无进展。";
  EXPECT_EQ(judge(st).reason, Reason::no_progress_reported);
  st.progress->text = "2个项目仍在前期手续办理阶段未进场施工";
  EXPECT_EQ(judge(st).status, Status::no_progress);
  st.progress->text = "已拟定整治范围,正在确定整治模式";
  EXPECT_EQ(judge(st).status, Status::not_assessable);
  EXPECT_EQ(judge(st).reason, Reason::no_figure);
}

TEST(NoFigure, UnitMismatchIsNeverConverted) {
  auto ev = judge(make(TargetKind::cumulative, "4", "万立方米", Comparator::reach, "4260", "㎡"));
  EXPECT_EQ(ev.status, Status::not_assessable);
  EXPECT_EQ(ev.reason, Reason::unit_mismatch);
  EXPECT_FALSE(ev.ratio.has_value());
}

TEST(NoFigure, QualitativeTargets) {
  SubTarget st;
  st.kind = TargetKind::qualitative;
  st.progress = ProgressRecord{};
  st.progress->text = "持续深化全民反诈专项行动";
  EXPECT_EQ(judge(st).reason, Reason::qualitative);
  EXPECT_EQ(judge(st, ItemKind::indicator).status, Status::not_assessable);
}

TEST(Milestone, StageReached) {
  SubTarget st;
  st.kind = TargetKind::milestone;
  st.progress = ProgressRecord{};
  st.progress->text = "已建成并投用";
  st.progress->stage = Stage::in_use;
  EXPECT_EQ(judge(st).status, Status::completed);
  // 30 June: half the time to the year's end has passed; the default stage curve
  // expects construction by then (docs/evaluation.md, "Milestones: judged by stage").
  st.progress->stage = Stage::tendering;
  EXPECT_EQ(judge(st).status, Status::lagging);
  EXPECT_EQ(judge(st).reason, Reason::behind_pace);
  st.progress->stage = Stage::construction;
  EXPECT_EQ(judge(st).status, Status::on_track);
}

TEST(Milestone, WithoutAStageCurveNobodyJudgesBeforeTheNode) {
  SubTarget st;
  st.kind = TargetKind::milestone;
  st.progress = ProgressRecord{};
  st.progress->stage = Stage::tendering;
  Policy p;
  p.stage_curve.clear();
  EvaluationContext ctx(p, Period::year(2022), parse_date("2022-06-30"));
  auto ev = evaluate_sub_target(st, ItemKind::task, ctx);
  EXPECT_EQ(ev.status, Status::not_assessable);
  EXPECT_EQ(ev.reason, Reason::milestone_pending);
  EvaluationContext end(p, Period::year(2022), parse_date("2022-12-31"));
  EXPECT_EQ(evaluate_sub_target(st, ItemKind::task, end).reason, Reason::milestone_missed);
}

namespace {

Item task(std::vector<SubTarget> subs) {
  Item item;
  item.id = "t";
  item.kind = ItemKind::task;
  item.sub_targets = std::move(subs);
  return item;
}

ItemEvaluation run(const Item& item, const char* as_of = "2022-06-30") {
  Policy p;
  EvaluationContext ctx(p, Period::year(2022), parse_date(as_of));
  return evaluate_item(item, ctx);
}

}  // namespace

TEST(Item, TaskIsTheWorstOfItsAssessableSubTargets) {
  Item item = task({make(TargetKind::cumulative, "3", "个", Comparator::reach, "1", "个", "已建成1个"),
                    make(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个", "已建成2个")});
  auto ev = run(item);
  EXPECT_EQ(ev.sub_targets[0].status, Status::on_track);
  EXPECT_EQ(ev.status, Status::severely_lagging);
  EXPECT_EQ(ev.reason, Reason::far_behind_pace);
  EXPECT_EQ(ev.source, Source::computed);
}

TEST(Item, NotAssessableSubTargetsDoNotDecide) {
  SubTarget qual;
  qual.kind = TargetKind::qualitative;
  Item item = task({make(TargetKind::cumulative, "4", "万立方米", Comparator::reach, "4260", "㎡", "x"), qual,
                    make(TargetKind::cumulative, "3", "家", Comparator::reach, "3", "家", "x")});
  item.progress_text = "已完成3家,正在推进土壤治理";  // the qualitative part has no record of its own
  auto ev = run(item);
  EXPECT_EQ(ev.status, Status::completed);
  Item none = task({make(TargetKind::cumulative, "4", "万立方米", Comparator::reach, "4260", "㎡", "x")});
  EXPECT_EQ(run(none).status, Status::not_assessable);
  EXPECT_EQ(run(none).reason, Reason::unit_mismatch);
}

TEST(Item, AssessmentIsUsedOnlyWhereNothingIsComputed) {
  SubTarget qual;
  qual.kind = TargetKind::qualitative;
  qual.progress = ProgressRecord{};
  qual.progress->text = "预计能够完成年度目标任务。";
  Item item = task({qual});
  item.kind = ItemKind::indicator;
  item.assessment = Judgement{Status::on_schedule, "预计能够完成年度目标任务", "区政府督查办"};
  auto ev = run(item);
  EXPECT_EQ(ev.status, Status::on_schedule);
  EXPECT_EQ(ev.source, Source::assessed);
  EXPECT_EQ(ev.reason, Reason::assessed);

  Item computed = task({make(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个", "x")});
  computed.assessment = Judgement{Status::on_track, "人工认为正常", ""};
  EXPECT_EQ(run(computed).status, Status::severely_lagging);
  EXPECT_EQ(run(computed).source, Source::computed);
}

TEST(Item, OverrideIsReportedBesideNeverInstead) {
  Item item = task({make(TargetKind::cumulative, "8", "家", Comparator::reach, "2", "个", "x")});
  item.override_ = Judgement{Status::on_track, "已签约项目在推进", "督查办"};
  EXPECT_EQ(run(item).status, Status::lagging);
}

TEST(Item, WithoutSubTargetsReadsTheProgressText) {
  Item item = task({});
  item.progress_text = "近期无进展。";
  EXPECT_EQ(run(item).status, Status::no_progress);
  item.progress_text = "";
  EXPECT_EQ(run(item).status, Status::no_progress);
  item.progress_text = "正在开展前期工作";
  EXPECT_EQ(run(item).status, Status::not_assessable);
  EXPECT_EQ(run(item).reason, Reason::qualitative);
}

TEST(Item, EstimatedFiguresAreJudgedAsReported) {
  SubTarget st = make(TargetKind::cumulative, "4500", "班", Comparator::at_least, "2347", "列", "约2347列");
  st.progress->estimated = true;
  EXPECT_EQ(run(task({st})).status, Status::on_track);
}

TEST(Evaluate, WholePlanRecordsPolicyAndSchedule) {
  Plan plan;
  plan.year = 2022;
  plan.period = Period::year(2022);
  plan.items.push_back(task({make(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个", "x")}));
  Policy p;
  Evaluation ev = evaluate(plan, p, parse_date("2022-07-08"));
  EXPECT_EQ(ev.expected.to_string(), "97/186");
  EXPECT_EQ(ev.policy_version, p.version());
  ASSERT_EQ(ev.items.size(), 1u);
  EXPECT_EQ(ev.items[0].status, Status::severely_lagging);
  Policy bad;
  bad.cumulative.lagging = Fraction(1);
  EXPECT_THROW(evaluate(plan, bad, parse_date("2022-06-30")), Error);
}

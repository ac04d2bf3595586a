#include "ducha/explain.hpp"

#include <gtest/gtest.h>

#include "ducha/evaluate.hpp"

using namespace ducha;

namespace {

Quantity q(const char* v, const char* u) { return Quantity{Decimal::parse(v), unit(u)}; }

std::string say(SubTarget st, ItemKind kind = ItemKind::task, const char* as_of = "2022-06-30") {
  Policy p;
  EvaluationContext ctx(p, Period::year(2022), parse_date(as_of));
  return explain(st, evaluate_sub_target(st, kind, ctx), p, ctx.as_of);
}

SubTarget st(TargetKind k, const char* tv, const char* tu, Comparator c, const char* dv, const char* du) {
  SubTarget s;
  s.kind = k;
  s.target = Target{q(tv, tu), c};
  s.progress = ProgressRecord{};
  s.progress->value = q(dv, du);
  s.progress->text = "x";
  return s;
}

}  // namespace

TEST(Explain, CumulativeSentencesAsTheOfficeWritesThem) {
  EXPECT_EQ(say(st(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个")),
            "已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后");
  EXPECT_EQ(say(st(TargetKind::cumulative, "5000", "辆", Comparator::at_least, "1589", "辆")),
            "已完成1589/5000(31.78%),低于序时进度50.00%的2/3,滞后");
  EXPECT_EQ(say(st(TargetKind::cumulative, "3", "家", Comparator::reach, "1", "家")),
            "已完成1/3(33.33%),不低于序时进度50.00%的2/3,正常推进");
  EXPECT_EQ(say(st(TargetKind::cumulative, "2", "万户", Comparator::reach, "18506", "户")),
            "已完成18506户/2万户(92.53%),不低于序时进度50.00%的2/3,正常推进");
  EXPECT_EQ(say(st(TargetKind::cumulative, "5000", "个", Comparator::reach, "5046", "个")),
            "已完成5046/5000(100.92%),达到目标,已完成");
}

TEST(Explain, RecordDatesAndEstimatesAreStated) {
  SubTarget s = st(TargetKind::cumulative, "10", "万平方米", Comparator::reach, "0.75", "万平方米");
  s.progress->as_of = parse_date("2022-07-08");
  EXPECT_EQ(say(s), "截至2022-07-08,已完成0.75/10(7.50%),低于序时进度52.15%的1/3,严重滞后");
  SubTarget e = st(TargetKind::growth, "5", "%", Comparator::at_least, "9.7", "%");
  e.progress->estimated = true;
  EXPECT_EQ(say(e, ItemKind::indicator), "预计增长9.7%,目标5%以上,符合预期");
}

TEST(Explain, GrowthLevelAndMismatch) {
  EXPECT_EQ(say(st(TargetKind::growth, "6", "%", Comparator::around, "5.2", "%"), ItemKind::indicator),
            "增长5.2%,目标6%左右(容差0.5个百分点,下限5.50%),不达预期");
  EXPECT_EQ(say(st(TargetKind::level, "90", "%", Comparator::at_least, "88.76", "%")),
            "达到88.76%,目标90%以上,未达目标但在10.00%容差带内(81.00%),正常推进");
  EXPECT_EQ(say(st(TargetKind::cumulative, "4", "万立方米", Comparator::reach, "4260", "㎡")),
            "进展数字4260平方米(面积)与目标4万立方米(体积)单位不一致,不作换算,无法评估");
}

TEST(Explain, ItemsNameTheDecidingSubTargetAndAssessments) {
  Item item;
  item.kind = ItemKind::task;
  SubTarget a = st(TargetKind::cumulative, "3", "个", Comparator::reach, "1", "个");
  a.text = "新建3个社区体育公园";
  SubTarget b = st(TargetKind::cumulative, "30", "个", Comparator::reach, "2", "个");
  b.text = "新建30个社区健身点";
  item.sub_targets = {a, b};
  Policy p;
  EvaluationContext ctx(p, Period::year(2022), parse_date("2022-06-30"));
  EXPECT_EQ(explain(item, evaluate_item(item, ctx), p, ctx.as_of),
            "“新建30个社区健身点”已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后");

  Item assessed;
  assessed.kind = ItemKind::indicator;
  assessed.progress_text = "预计能够完成年度目标任务。";
  assessed.assessment = Judgement{Status::on_schedule, "预计能够完成年度目标任务", "区政府督查办"};
  EXPECT_EQ(explain(assessed, evaluate_item(assessed, ctx), p, ctx.as_of),
            "人工评估(区政府督查办):符合时间节点要求,预计能够完成年度目标任务");
}

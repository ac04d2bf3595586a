// The model's codes: stable strings, labels and parsing for every enum, and
// the plan's lookup.
#include <gtest/gtest.h>

#include <set>

#include "ducha/plan.hpp"
#include "ducha/status.hpp"
#include "ducha/target.hpp"

using namespace ducha;

TEST(Status, CodesAndLabelsAreStableAndDistinct) {
  std::set<std::string_view> codes, labels;
  for (Status s : kAllStatuses) {
    EXPECT_EQ(parse_status(to_string(s)), s);
    codes.insert(to_string(s));
    labels.insert(label(s));
  }
  EXPECT_EQ(codes.size(), 10u);
  EXPECT_EQ(labels.size(), 10u);
  EXPECT_EQ(label(Status::not_completed), "未完成");
  EXPECT_EQ(label(Status::on_schedule), "符合时间节点要求");
  EXPECT_EQ(label(Status::lagging), "滞后");
  EXPECT_FALSE(parse_status("Lagging").has_value());
  EXPECT_FALSE(parse_status("").has_value());
}

TEST(Status, SeverityOrdersTheWorst) {
  EXPECT_LT(severity(Status::completed), severity(Status::on_track));
  EXPECT_LT(severity(Status::on_track), severity(Status::lagging));
  EXPECT_LT(severity(Status::lagging), severity(Status::severely_lagging));
  EXPECT_LT(severity(Status::severely_lagging), severity(Status::no_progress));
  EXPECT_LT(severity(Status::no_progress), severity(Status::not_completed));
  EXPECT_TRUE(is_behind(Status::not_completed));
  EXPECT_LT(severity(Status::meets), severity(Status::on_schedule));
  EXPECT_LT(severity(Status::on_schedule), severity(Status::below));
  EXPECT_LT(severity(Status::not_assessable), 0);
  EXPECT_TRUE(is_behind(Status::no_progress));
  EXPECT_FALSE(is_behind(Status::on_schedule));
}

TEST(Reason, CodesAreDistinct) {
  std::set<std::string_view> codes;
  for (Reason r : kAllReasons) codes.insert(to_string(r));
  EXPECT_EQ(codes.size(), std::size(kAllReasons));
  EXPECT_EQ(to_string(Reason::unit_mismatch), "unit_mismatch");
}

TEST(Target, KindsComparatorsAndStagesParseBack) {
  for (auto k : {TargetKind::cumulative, TargetKind::growth, TargetKind::level, TargetKind::ceiling,
                 TargetKind::milestone, TargetKind::qualitative})
    EXPECT_EQ(parse_target_kind(to_string(k)), k);
  for (auto c : {Comparator::reach, Comparator::at_least, Comparator::exceed, Comparator::around,
                 Comparator::at_most, Comparator::full})
    EXPECT_EQ(parse_comparator(to_string(c)), c);
  for (auto s : {Stage::preparation, Stage::tendering, Stage::construction, Stage::finished, Stage::in_use})
    EXPECT_EQ(parse_stage(to_string(s)), s);
  EXPECT_FALSE(parse_target_kind("total").has_value());
  EXPECT_FALSE(parse_comparator("above").has_value());
  EXPECT_EQ(phrase(Comparator::around), "左右");
  EXPECT_LT(Stage::construction, Stage::finished);
}

TEST(Plan, FindsItemsById) {
  Plan plan;
  Item a;
  a.id = "a2-6";
  plan.items.push_back(a);
  ASSERT_NE(plan.find("a2-6"), nullptr);
  EXPECT_EQ(plan.find("a2-7"), nullptr);
  EXPECT_EQ(Period::year(2022).days(), 365);
  EXPECT_EQ(Period::year(2024).days(), 366);
  EXPECT_TRUE(Period::year(2022).contains(parse_date("2022-06-30")));
  EXPECT_FALSE(Period::year(2022).contains(parse_date("2023-01-01")));
}

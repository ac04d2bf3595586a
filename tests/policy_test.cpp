#include "ducha/policy.hpp"

#include <gtest/gtest.h>

#include "io/plan_json.hpp"

using namespace ducha;

namespace {

std::string error_of(const std::string& json) {
  try {
    io::read_policy(json, "policy.json", 2022);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Policy, DefaultsAreTheReferencePolicy) {
  Policy p;
  EXPECT_EQ(p.name, "reference");
  EXPECT_EQ(p.cumulative.on_track, Fraction(2, 3));
  EXPECT_EQ(p.cumulative.lagging, Fraction(1, 3));
  EXPECT_EQ(p.around_tolerance.to_string(), "0.5");
  EXPECT_EQ(p.level_band, Fraction(1, 10));
  EXPECT_EQ(p.schedule.basis, ScheduleBasis::months);
  EXPECT_NO_THROW(p.validate());
}

TEST(Policy, VersionChangesWithEveryThreshold) {
  Policy a, b;
  EXPECT_EQ(a.version(), b.version());
  EXPECT_EQ(a.version().rfind("reference@", 0), 0u);
  b.cumulative.on_track = Fraction(3, 5);
  EXPECT_NE(a.version(), b.version());
  Policy c;
  c.around_tolerance = Decimal::parse("0.50");  // same value, written differently: still a change of text
  EXPECT_NE(a.version(), c.version());
  Policy d;
  d.no_progress_phrases.push_back("停滞");
  EXPECT_NE(a.version(), d.version());
  Policy e;
  e.schedule.basis = ScheduleBasis::days;
  EXPECT_NE(a.version(), e.version());
}

TEST(Policy, ValidateNamesTheInconsistentField) {
  Policy p;
  p.cumulative.lagging = Fraction(3, 4);
  EXPECT_THROW(p.validate(), Error);
  Policy band;
  band.level_band = Fraction(3, 2);
  try {
    band.validate();
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("level_band"), std::string::npos);
  }
  Policy curve;
  curve.schedule.basis = ScheduleBasis::curve;
  EXPECT_THROW(curve.validate(), Error);  // no points
  curve.schedule.curve = {{parse_date("2022-06-30"), Fraction(3, 5)}, {parse_date("2022-03-31"), Fraction(1, 5)}};
  EXPECT_THROW(curve.validate(), Error);  // dates go back
}

TEST(PolicyJson, ReadsEveryFieldAndRoundTrips) {
  Policy p = io::read_policy(R"({"format": "ducha.policy/1", "name": "nanming",
      "schedule": {"basis": "curve", "curve": [{"date": "06-30", "expected": "0.6"}]},
      "on_track": "3/4", "lagging": 0.5, "around_tolerance": "1", "level_band": "1/20",
      "no_progress_phrases": ["无进展"]})", "nanming.json", 2022);
  EXPECT_EQ(p.name, "nanming");
  EXPECT_EQ(p.schedule.basis, ScheduleBasis::curve);
  EXPECT_EQ(format_date(p.schedule.curve[0].at), "2022-06-30");
  EXPECT_EQ(p.schedule.curve[0].expected, Fraction(3, 5));
  EXPECT_EQ(p.cumulative.on_track, Fraction(3, 4));
  EXPECT_EQ(p.cumulative.lagging, Fraction(1, 2));
  EXPECT_EQ(p.level_band, Fraction(1, 20));
  Policy again = io::read_policy(io::write_policy(p), "again.json", 2022);
  EXPECT_EQ(again.version(), p.version());
}

TEST(PolicyJson, ErrorsNameTheKey) {
  EXPECT_NE(error_of(R"({"on_trak": "2/3"})").find("on_trak: unknown key"), std::string::npos);
  EXPECT_NE(error_of(R"({"on_track": "x"})").find("on_track"), std::string::npos);
  EXPECT_NE(error_of(R"({"on_track": "1/3", "lagging": "2/3"})").find("lagging"), std::string::npos);
  EXPECT_NE(error_of(R"({"schedule": {"basis": "weeks"}})").find("schedule.basis"), std::string::npos);
  EXPECT_NE(error_of(R"({"schedule": {"basis": "curve", "curve": [{"date": "02-30", "expected": "0.1"}]}})")
                .find("schedule.curve[0].date"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"format": "ducha.plan/1"})").find("format"), std::string::npos);
  EXPECT_NE(error_of("{").find("policy.json:1:2"), std::string::npos);
}

TEST(PolicyJson, VerbGroupsAreReadStrictly) {
  Policy p = io::read_policy(R"({"name": "v", "verb_groups": {"build": ["建成", "竣工"], "start": ["开工"]}})", "v.json", 2022);
  EXPECT_EQ(p.verb_groups.at("build"), (std::vector<std::string>{"建成", "竣工"}));
  EXPECT_EQ(p.verb_groups.at("start"), (std::vector<std::string>{"开工"}));
  EXPECT_EQ(p.verb_groups.at("attract"), default_verb_groups().at("attract"));  // left out: the reference's
  Policy again = io::read_policy(io::write_policy(p), "again.json", 2022);
  EXPECT_EQ(again.verb_groups, p.verb_groups);
  EXPECT_EQ(again.version(), p.version());
  EXPECT_EQ(error_of(R"({"verb_groups": {"built": ["建成"]}})"),
            "policy.json: verb_groups.built: unknown verb group (build, attract, clear, incubate or start)");
  EXPECT_EQ(error_of(R"({"verb_groups": {"build": ["建成", ""]}})"), "policy.json: verb_groups.build[1]: a verb may not be empty");
  EXPECT_EQ(error_of(R"({"verb_groups": {"build": ["建成", "完工", "建成"]}})"),
            "policy.json: verb_groups.build[2]: \"建成\" is listed twice");
  EXPECT_EQ(error_of(R"({"verb_groups": {"build": ["盖好"]}})"),
            "policy.json: verb_groups.build[0]: \"盖好\" is not an action verb the reader knows (glossary.md)");
  EXPECT_NE(error_of(R"({"verb_groups": ["建成"]})").find("verb_groups: expected an object"), std::string::npos);
  EXPECT_NE(error_of(R"({"verb_groups": {"build": "建成"}})").find("verb_groups.build"), std::string::npos);
}

TEST(Policy, VerbGroupsEnterTheFingerprintOnlyWhenChanged) {
  Policy p;
  const std::string reference = p.version();
  EXPECT_EQ(p.canonical().find("verb_groups"), std::string::npos);  // earlier fingerprints unchanged
  p.verb_groups["build"].pop_back();
  EXPECT_NE(p.version(), reference);
  p.verb_groups["nonsense"] = {"建成"};
  EXPECT_THROW(p.validate(), Error);
}

#include "ducha/evaluate.hpp"

namespace {

Quantity qty(const char* v, const char* u) { return Quantity{Decimal::parse(v), unit(u)}; }

SubTarget cumulative_st(const char* target, const char* done) {
  SubTarget st;
  st.kind = TargetKind::cumulative;
  st.target = Target{qty(target, "个"), Comparator::reach};
  st.progress = ProgressRecord{};
  st.progress->value = qty(done, "个");
  st.progress->text = "x";
  return st;
}

Status judge(const Policy& p, const SubTarget& st, ItemKind kind = ItemKind::task) {
  EvaluationContext ctx(p, Period::year(2022), parse_date("2022-06-30"));
  return evaluate_sub_target(st, kind, ctx).status;
}

}  // namespace

TEST(PolicyRules, PointsModeComparesTheGapBelowTheCalendar) {
  Policy p;
  p.cumulative = PaceRule{PaceMode::points, Fraction(10), Fraction(30), Fraction(0)};
  EXPECT_EQ(judge(p, cumulative_st("30", "12")), Status::on_track);         // 10 points behind
  EXPECT_EQ(judge(p, cumulative_st("30", "11")), Status::lagging);          // 13.3
  EXPECT_EQ(judge(p, cumulative_st("30", "6")), Status::lagging);           // 30
  EXPECT_EQ(judge(p, cumulative_st("30", "5")), Status::severely_lagging);  // 33.3
  EXPECT_EQ(judge(p, cumulative_st("30", "30")), Status::completed);
}

TEST(PolicyRules, RatioModeHasADeteriorationFloor) {
  Policy p;
  p.cumulative = PaceRule{PaceMode::ratio, Fraction(95, 100), Fraction(60, 100), Fraction(0)};
  EXPECT_EQ(judge(p, cumulative_st("100", "48")), Status::on_track);  // 0.96 of the required rate
  EXPECT_EQ(judge(p, cumulative_st("100", "30")), Status::lagging);   // 0.60
  EXPECT_EQ(judge(p, cumulative_st("100", "29")), Status::severely_lagging);
  EvaluationContext ctx(p, Period::year(2022), parse_date("2022-06-30"));
  EXPECT_EQ(evaluate_sub_target(cumulative_st("100", "-1"), ItemKind::task, ctx).reason, Reason::deteriorating);
  EXPECT_EQ(evaluate_sub_target(cumulative_st("100", "0"), ItemKind::task, ctx).reason, Reason::far_behind_pace);
}

TEST(PolicyRules, CeilingsFollowTheirOwnRule) {
  Policy p;
  p.ceiling = PaceRule{PaceMode::points, Fraction(10), Fraction(30), Fraction(0)};
  SubTarget st = cumulative_st("100", "55");
  st.kind = TargetKind::ceiling;
  st.target->comparator = Comparator::at_most;
  EXPECT_EQ(judge(p, st), Status::on_track);  // 5 points ahead of the calendar
  st.progress->value = qty("65", "个");
  EXPECT_EQ(judge(p, st), Status::lagging);   // 15 points ahead
  st.progress->value = qty("85", "个");
  EXPECT_EQ(judge(p, st), Status::severely_lagging);
}

TEST(PolicyRules, AllMustPassFailsAnItemWithAnUnjudgedSubTarget) {
  Item item;
  item.kind = ItemKind::task;
  item.progress_text = "已建成3个";
  SubTarget good = cumulative_st("3", "3");
  SubTarget missing = cumulative_st("20", "1");
  missing.progress->value.reset();
  item.sub_targets = {good, missing};
  Policy worst, strict;
  strict.rollup = Rollup::all_must_pass;
  EvaluationContext a(worst, Period::year(2022), parse_date("2022-06-30"));
  EvaluationContext b(strict, Period::year(2022), parse_date("2022-06-30"));
  EXPECT_EQ(evaluate_item(item, a).status, Status::completed);
  ItemEvaluation ev = evaluate_item(item, b);
  EXPECT_EQ(ev.status, Status::lagging);
  EXPECT_EQ(ev.reason, Reason::sub_target_unassessed);
  EXPECT_NE(strict.version(), worst.version());
}

TEST(PolicyRules, ItemsAndCategoriesCanHaveTheirOwnSchedule) {
  Policy p;
  ScheduleOverride by_category;
  by_category.category = "优化公共服务供给";
  by_category.schedule = Schedule{ScheduleBasis::curve, {{parse_date("2022-06-30"), Fraction(3, 5)}}};
  ScheduleOverride by_item;
  by_item.item = "a3-80";
  by_item.schedule = Schedule{ScheduleBasis::days, {}};
  p.schedules = {by_category, by_item};
  EXPECT_NO_THROW(p.validate());
  Item item;
  item.kind = ItemKind::task;
  item.sub_targets = {cumulative_st("30", "12")};  // 40%
  EvaluationContext ctx(p, Period::year(2022), parse_date("2022-06-30"));
  EXPECT_EQ(evaluate_item(item, ctx).sub_targets[0].expected, Fraction(1, 2));
  item.category = "优化公共服务供给";
  auto ev = evaluate_item(item, ctx);
  EXPECT_EQ(ev.sub_targets[0].expected, Fraction(3, 5));
  EXPECT_EQ(ev.status, Status::on_track);  // 0.4 = 2/3 × 0.6: on track, the boundary included
  item.sub_targets = {cumulative_st("30", "11")};
  EXPECT_EQ(evaluate_item(item, ctx).status, Status::lagging);  // 0.367 < 0.4
  item.sub_targets = {cumulative_st("30", "12")};
  item.id = "a3-80";
  EXPECT_EQ(evaluate_item(item, ctx).sub_targets[0].expected, Fraction(181, 365));
  ScheduleOverride both;
  both.item = "x";
  both.category = "y";
  p.schedules.push_back(both);
  EXPECT_THROW(p.validate(), Error);
}

TEST(PolicyRules, LabelsAndLaggingReasons) {
  Policy p;
  p.labels[Status::lagging] = "慢序时";
  EXPECT_EQ(p.label(Status::lagging), "慢序时");
  EXPECT_EQ(p.label(Status::on_track), "正常推进");
  EXPECT_TRUE(p.counts_as_lagging(Reason::behind_pace));
  EXPECT_FALSE(p.counts_as_lagging(Reason::on_pace));
  Policy q = p;
  q.lagging_reasons = {Reason::far_behind_pace};
  EXPECT_FALSE(q.counts_as_lagging(Reason::behind_pace));
  EXPECT_NE(p.version(), q.version());
}

TEST(PolicyJson, PresetsLoadAndRoundTrip) {
  for (const char* name : {"reference", "points", "sdg-ratio"}) {
    std::string path = std::string(DUCHA_SOURCE_DIR) + "/policies/" + name + ".json";
    Policy p = io::load_policy(path, 2022);
    EXPECT_EQ(p.name, name);
    Policy again = io::read_policy(io::write_policy(p), "again", 2022);
    EXPECT_EQ(again.version(), p.version()) << name;
  }
  EXPECT_EQ(io::load_policy(std::string(DUCHA_SOURCE_DIR) + "/policies/reference.json", 2022).canonical(),
            Policy{}.canonical());
}

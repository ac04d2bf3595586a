// Progress history in the plan (format 2), evaluation as of a date, the period's end,
// projection, time distance and who judged each item.
#include <gtest/gtest.h>

#include <functional>

#include "ducha/evaluate.hpp"
#include "ducha/honest_count.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

using namespace ducha;

namespace {

const std::string kData = DUCHA_TEST_DATA;
const std::string kReference = std::string(DUCHA_SOURCE_DIR) + "/examples/shapingba-2022h1/plan.json";

Quantity q(const char* v, const char* u) { return Quantity{Decimal::parse(v), unit(u)}; }

ProgressRecord rec(const char* date, const char* v, const char* u) {
  ProgressRecord r;
  r.as_of = parse_date(date);
  r.value = q(v, u);
  return r;
}

SubTarget cumulative(const char* target, const char* u) {
  SubTarget st;
  st.kind = TargetKind::cumulative;
  st.target = Target{q(target, u), Comparator::reach};
  return st;
}

Item task(SubTarget st) {
  Item item;
  item.id = "t";
  item.kind = ItemKind::task;
  item.text = st.text;
  item.sub_targets.push_back(std::move(st));
  return item;
}

Plan plan_of(std::vector<Item> items) {
  Plan p;
  p.year = 2022;
  p.period = Period::year(2022);
  p.items = std::move(items);
  return p;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return "";
}

}  // namespace

// ---- format ----------------------------------------------------------------

TEST(HistoryFormat, FormatOnePlansAreStillRead) {
  // The fixture is a format-1 file; so is the reference plan with its format line put back.
  Plan minimal = io::load_plan(kData + "/minimal_plan.json");
  EXPECT_EQ(minimal.items.size(), 2u);
  std::string text = io::read_file(kReference);
  std::string v1 = text;
  v1.replace(v1.find("ducha.plan/2"), 12, "ducha.plan/1");
  Plan a = io::read_plan(text, "v2"), b = io::read_plan(v1, "v1");
  EXPECT_EQ(io::write_plan(a), io::write_plan(b));
  EXPECT_EQ(io::write_plan(b), text);  // written back as format 2, nothing else changed
  EXPECT_NE(error_of([] { io::read_plan(R"({"format": "ducha.plan/3", "year": 2022, "items": []})", "p"); })
                .find("ducha.plan/2"),
            std::string::npos);
}

TEST(HistoryFormat, HistoryRoundTripsSortedByDate) {
  const char* text = R"({"format": "ducha.plan/2", "year": 2022, "items": [{"id": "x", "kind": "task", "text": "新建30个",
    "history": [{"as_of": "2022-02-28", "progress_text": "二月", "office": {"status": "on_track", "by": "督查办"}},
                {"as_of": "2022-01-31", "progress_text": "一月"}],
    "sub_targets": [{"text": "新建30个", "kind": "cumulative", "target": {"value": "30", "unit": "个"},
      "period": {"begin": "2022-01-01", "end": "2022-03-31"},
      "history": [{"as_of": "2022-02-28", "value": "5", "unit": "个"}, {"as_of": "2022-01-31", "value": "2", "unit": "个"}]}]}]})";
  Plan p = io::read_plan(text, "h.json");
  const Item& item = p.items[0];
  ASSERT_EQ(item.history.size(), 2u);
  EXPECT_EQ(item.history[0].progress_text, "一月");
  EXPECT_EQ(item.history[1].office->status, Status::on_track);
  const SubTarget& st = item.sub_targets[0];
  ASSERT_EQ(st.history.size(), 2u);
  EXPECT_EQ(st.history[0].value->value.to_string(), "2");
  EXPECT_EQ(st.period->end, parse_date("2022-03-31"));
  Plan again = io::read_plan(io::write_plan(p), "again");
  EXPECT_EQ(io::write_plan(again), io::write_plan(p));
  EXPECT_NE(io::write_plan(p).find("\"ducha.plan/2\""), std::string::npos);
}

TEST(HistoryFormat, BadHistoryIsAnErrorNamingWhere) {
  auto plan_with = [](const std::string& history) {
    return R"({"year": 2022, "items": [{"id": "x", "kind": "task", "text": "t", "sub_targets": [
      {"kind": "cumulative", "target": {"value": "3", "unit": "个"}, "history": )" + history + "}]}]}";
  };
  std::string dup = error_of([&] {
    io::read_plan(plan_with(R"([{"as_of": "2022-01-31", "value": 1, "unit": "个"}, {"as_of": "2022-01-31", "value": 2, "unit": "个"}])"), "d.json");
  });
  EXPECT_NE(dup.find("d.json"), std::string::npos) << dup;
  EXPECT_NE(dup.find("history[1]"), std::string::npos) << dup;
  EXPECT_NE(dup.find("one record per date"), std::string::npos) << dup;
  std::string undated = error_of([&] { io::read_plan(plan_with(R"([{"value": 1, "unit": "个"}])"), "u.json"); });
  EXPECT_NE(undated.find("history[0]"), std::string::npos) << undated;
  EXPECT_NE(undated.find("as_of"), std::string::npos) << undated;
}

// ---- as of a date -----------------------------------------------------------

TEST(AsOf, UsesTheLatestRecordOnOrBeforeTheDate) {
  SubTarget st = cumulative("30", "个");
  st.history = {rec("2022-01-31", "3", "个"), rec("2022-03-31", "9", "个"), rec("2022-06-30", "15", "个")};
  Plan p = plan_of({task(st)});
  Policy policy;
  policy.later_records = LaterRecords::ignore;
  auto at = [&](const char* d) { return evaluate(p, policy, parse_date(d)).items[0].sub_targets[0]; };
  EXPECT_EQ(*at("2022-03-31").ratio, Fraction(9, 30));
  EXPECT_EQ(*at("2022-05-31").ratio, Fraction(9, 30));  // April and May report nothing new
  EXPECT_EQ(at("2022-05-31").as_of, parse_date("2022-03-31"));
  EXPECT_EQ(*at("2022-06-30").ratio, Fraction(1, 2));
  EXPECT_EQ(at("2022-01-15").reason, Reason::no_record);  // before the first record: nobody knows
  EXPECT_EQ(at("2022-01-15").status, Status::not_assessable);
  EXPECT_EQ(evaluate(p, policy, parse_date("2022-03-31")).later_records_ignored, 1u);
}

TEST(AsOf, ARecordAfterTheDateIsAnErrorUnlessThePolicyIgnoresIt) {
  SubTarget st = cumulative("30", "个");
  st.history = {rec("2022-01-31", "3", "个"), rec("2022-02-28", "6", "个")};
  Plan p = plan_of({task(st)});
  std::string e = error_of([&] { evaluate(p, Policy{}, parse_date("2022-01-31")); });
  EXPECT_NE(e.find("item \"t\" sub_targets[0] has a record dated 2022-02-28"), std::string::npos) << e;
  EXPECT_NE(e.find("later_records"), std::string::npos) << e;
  EXPECT_NO_THROW(evaluate(p, Policy{}, parse_date("2022-02-28")));
}

// ---- period end (issue 9, point 9) -------------------------------------------

TEST(PeriodEnd, AnUnreachedCumulativeTargetIsNotCompleted) {
  SubTarget st = cumulative("30", "个");
  st.history = {rec("2022-12-31", "25", "个")};
  Plan p = plan_of({task(st)});
  auto ev = evaluate(p, Policy{}, parse_date("2022-12-31")).items[0];
  EXPECT_EQ(ev.status, Status::not_completed);  // 25/30 ≥ 2/3 would have read on_track
  EXPECT_EQ(ev.reason, Reason::not_reached_by_end);
  EXPECT_EQ(period_end_label(ev.status, ev.reason), "未完成");
  EXPECT_TRUE(ev.sub_targets[0].period_ended);
  // The day before, there is still a day's pace to keep.
  SubTarget before = cumulative("30", "个");
  before.history = {rec("2022-12-30", "25", "个")};
  EXPECT_EQ(evaluate(plan_of({task(before)}), Policy{}, parse_date("2022-12-30")).items[0].status, Status::on_track);
}

TEST(PeriodEnd, CompletedAndExceededReadAsTheYearEndReportReadsThem) {
  SubTarget done = cumulative("30", "个");
  done.history = {rec("2022-12-31", "30", "个")};
  SubTarget more = cumulative("30", "个");
  more.history = {rec("2022-12-31", "36", "个")};
  auto ev = evaluate(plan_of({task(done), task(more)}), Policy{}, parse_date("2022-12-31"));
  EXPECT_EQ(period_end_label(ev.items[0].status, ev.items[0].reason), "完成");
  EXPECT_EQ(ev.items[1].reason, Reason::target_exceeded);
  EXPECT_EQ(period_end_label(ev.items[1].status, ev.items[1].reason), "超额完成");
}

TEST(PeriodEnd, MilestonesGrowthLevelsAndIndicators) {
  SubTarget m;
  m.kind = TargetKind::milestone;
  ProgressRecord building;
  building.stage = Stage::construction;
  m.progress = building;
  Item milestone = task(m);
  SubTarget g;
  g.kind = TargetKind::growth;
  g.target = Target{q("5.5", "%"), Comparator::around};
  g.progress = ProgressRecord{};
  g.progress->value = q("5.1", "%");  // within the 0.5 tolerance
  Item growth = task(g);
  Item indicator = task(cumulative("306", "天"));
  indicator.kind = ItemKind::indicator;
  indicator.sub_targets[0].progress = ProgressRecord{};
  indicator.sub_targets[0].progress->value = q("290", "天");
  Plan p = plan_of({milestone, growth, indicator});
  auto ev = evaluate(p, Policy{}, parse_date("2022-12-31"));
  EXPECT_EQ(ev.items[0].status, Status::not_completed);
  EXPECT_EQ(ev.items[0].reason, Reason::milestone_missed);
  EXPECT_EQ(ev.items[1].status, Status::completed);
  EXPECT_EQ(ev.items[2].status, Status::below);  // 290/306 at year end is not 符合预期
  auto june = evaluate(p, Policy{}, parse_date("2022-06-30"));
  EXPECT_EQ(june.items[0].status, Status::on_track);  // the default stage curve expects construction by half-time
  Policy no_curve;
  no_curve.stage_curve.clear();
  EXPECT_EQ(evaluate(p, no_curve, parse_date("2022-06-30")).items[0].status, Status::not_assessable);
}

TEST(PeriodEnd, ATargetWithItsOwnPeriodEndsWithIt) {
  // 一季度完成: a quarter's target at its quarterly report (3-31).
  SubTarget quarter = cumulative("12", "个");
  quarter.period = Period{parse_date("2022-01-01"), parse_date("2022-03-31")};
  quarter.history = {rec("2022-03-31", "10", "个")};
  // 到2025年: a four-year target is not over at the end of 2022.
  SubTarget four_years = cumulative("48", "个");
  four_years.period = Period{parse_date("2022-01-01"), parse_date("2025-12-31")};
  four_years.history = {rec("2022-12-31", "10", "个")};
  Plan p = plan_of({task(quarter), task(four_years)});
  Policy ignore;
  ignore.later_records = LaterRecords::ignore;
  auto march = evaluate(p, ignore, parse_date("2022-03-31"));
  EXPECT_EQ(march.items[0].status, Status::not_completed);
  auto december = evaluate(p, ignore, parse_date("2022-12-31"));
  const auto& st = december.items[1].sub_targets[0];
  EXPECT_FALSE(st.period_ended);
  EXPECT_EQ(st.expected, Fraction(1, 4));  // 12 of 48 months
  EXPECT_EQ(*st.ratio, Fraction(10, 48));
  // (10/48 − 1/4) × 48 months = −2 months behind 序时进度
  EXPECT_EQ(*st.months_ahead, Fraction(-2));
  EXPECT_EQ(st.status, Status::on_track);  // 10/48 ≥ 2/3 × 1/4
}

// ---- time distance and projection ------------------------------------------

TEST(Projection, LinearOverTheRecentRecordsInScheduleTime) {
  SubTarget st = cumulative("30", "个");
  // Three months: 2, 5, 8 at Jan, Feb, Mar ends (序时 1/12, 2/12, 3/12). The window of
  // three draws the line through Jan and Mar: slope 6 per 2/12, so +27 to the year end:
  // 8 + 6/(2/12) × (1 − 3/12) = 8 + 36 × 3/4 = 35.
  st.history = {rec("2022-01-31", "2", "个"), rec("2022-02-28", "5", "个"), rec("2022-03-31", "8", "个")};
  auto ev = evaluate(plan_of({task(st)}), Policy{}, parse_date("2022-03-31")).items[0].sub_targets[0];
  ASSERT_TRUE(ev.projection);
  EXPECT_EQ(ev.projection->value, Fraction(35));
  EXPECT_EQ(*ev.projection->ratio, Fraction(35, 30));
  EXPECT_TRUE(ev.projection->able);
  EXPECT_EQ(ev.projection->records, 3u);
  EXPECT_EQ(ev.projection->from, parse_date("2022-01-31"));
  // (8/30 − 3/12) × 12 = 1/5 month ahead
  EXPECT_EQ(*ev.months_ahead, Fraction(1, 5));
  // One record is no trend.
  SubTarget one = cumulative("30", "个");
  one.history = {rec("2022-01-31", "2", "个")};
  one.history.push_back(rec("2022-02-28", "2", "个"));
  auto flat = evaluate(plan_of({task(one)}), Policy{}, parse_date("2022-02-28")).items[0].sub_targets[0];
  EXPECT_EQ(flat.projection->value, Fraction(2));  // no progress in February: stays at 2
  EXPECT_FALSE(flat.projection->able);
}

TEST(Projection, GrowthIsTheLatestCumulativeRateNeverCompounded) {
  SubTarget g;
  g.kind = TargetKind::growth;
  g.target = Target{q("7", "%"), Comparator::reach};
  g.history = {rec("2022-01-31", "4", "%"), rec("2022-02-28", "6", "%"), rec("2022-03-31", "7.2", "%")};
  auto ev = evaluate(plan_of({task(g)}), Policy{}, parse_date("2022-03-31")).items[0].sub_targets[0];
  ASSERT_TRUE(ev.projection);
  EXPECT_EQ(ev.projection->value, Fraction(Decimal::parse("7.2")));  // not a trend of rates, not (1.04·1.06·…)
  EXPECT_TRUE(ev.projection->able);
  EXPECT_FALSE(ev.months_ahead);  // a rate has no 序时 distance
}

// ---- who judged ----------------------------------------------------------------

TEST(JudgedBy, RulesOfficeOrNobody) {
  Item by_rules = task(cumulative("30", "个"));
  by_rules.sub_targets[0].progress = rec("2022-06-30", "10", "个");
  SubTarget words;
  words.kind = TargetKind::qualitative;
  Item by_office = task(words);
  by_office.id = "o";
  by_office.history = {ItemReport{parse_date("2022-06-30"), "按计划推进", Judgement{Status::on_track, "", "督查办"}}};
  Item nobody = task(words);
  nobody.id = "n";
  nobody.progress_text = "正在推进";
  Item published = task(words);
  published.id = "p";
  published.progress_text = "正在推进";
  published.official_status = Status::lagging;
  Plan p = plan_of({by_rules, by_office, nobody, published});
  auto ev = evaluate(p, Policy{}, parse_date("2022-06-30"));
  EXPECT_EQ(ev.items[0].judged_by, JudgedBy::rules);
  EXPECT_EQ(ev.items[1].judged_by, JudgedBy::office);
  EXPECT_EQ(*ev.items[1].office_status, Status::on_track);
  EXPECT_EQ(ev.items[1].status, Status::not_assessable);  // the rules' own verdict stays honest
  EXPECT_EQ(ev.items[2].judged_by, JudgedBy::none);
  EXPECT_EQ(ev.items[3].judged_by, JudgedBy::office);
  EXPECT_EQ(*ev.items[3].office_status, Status::lagging);
  HonestCount hc = honest_count(p, ev);
  EXPECT_EQ(hc.tasks.total, 4u);
  EXPECT_EQ(hc.tasks.rules + hc.tasks.office + hc.tasks.none, 4u);
  EXPECT_EQ(hc.tasks.office_by_status[Status::on_track], 1u);
}

TEST(JudgedBy, TheReferencePlanCountsAddUpTo131Tasks) {
  Plan plan = io::load_plan(kReference);
  Evaluation ev = evaluate(plan, Policy{}, *plan.as_of);
  HonestCount hc = honest_count(plan, ev);
  EXPECT_EQ(hc.tasks.total, 131u);
  EXPECT_EQ(hc.tasks.rules + hc.tasks.office + hc.tasks.none, 131u);
  std::size_t by_status = 0;
  for (const auto& [s, n] : hc.tasks.rules_by_status) by_status += n;
  EXPECT_EQ(by_status, hc.tasks.rules);
  std::size_t office = 0;
  for (const auto& [s, n] : hc.tasks.office_by_status) office += n;
  EXPECT_EQ(office, hc.tasks.office);
  // Nothing the rules could not judge is counted among the rules' 正常推进.
  for (std::size_t i = 0; i < plan.items.size(); ++i)
    if (ev.items[i].status == Status::not_assessable) {
      EXPECT_NE(ev.items[i].judged_by, JudgedBy::rules);
    }
  EXPECT_EQ(hc.indicators.total, 10u);
}

// A year of monthly progress built from four of the reference report's sub-targets
// (tests/data/history/shapingba-2022-synthetic.json: SYNTHETIC months, not reported
// figures): status, time distance, projection and the three escalation presets at
// every month, against values worked out by hand in the comments.
#include <gtest/gtest.h>

#include "ducha/escalation.hpp"
#include "io/plan_json.hpp"
#include "io/progress_update.hpp"
#include "io/series_json.hpp"

using namespace ducha;

namespace {

const std::string kPlan = std::string(DUCHA_TEST_DATA) + "/history/shapingba-2022-synthetic.json";
const std::string kPolicies = std::string(DUCHA_SOURCE_DIR) + "/policies/";

std::vector<Evaluation> year(const Policy& policy = Policy{}) {
  Plan plan = io::load_plan(kPlan);
  return evaluate_series(plan, policy, io::parse_month_range("2022-01..2022-12", "--series"));
}

Policy preset(const std::string& name) { return io::load_policy(kPolicies + name + ".json", 2022); }

// The colour of item `i` in each month ("-" for none).
std::vector<std::string> colours(const std::vector<Evaluation>& s, std::size_t i) {
  std::vector<std::string> out;
  for (const auto& ev : s) out.push_back(ev.items[i].warning->colour.empty() ? "-" : ev.items[i].warning->colour);
  return out;
}

using S = Status;
constexpr std::size_t kPoints = 0, kJobs = 1, kGdp = 2, kCampus = 3;

}  // namespace

// 新建30个社区健身点: done 1 2 2 4 6 8 12 16 20 24 27 29 at the month ends. Ratio r = v/30,
// 序时 e = m/12; on track when r ≥ 2/3·e, lagging when r ≥ 1/3·e (the reference policy).
//   m1 1/30 ≥ 1/36 lagging; m2 2/30 < 1/9, ≥ 1/18 lagging; m3 2/30 < 1/12 severely;
//   m4 4/30 ≥ 1/9 lagging; m5 6/30 ≥ 5/36 lagging; m6 8/30 ≥ 1/6 lagging;
//   m7 12/30 ≥ 7/18 on track … m11 27/30 on track; m12 29/30 at the year's end: 未完成.
// Months ahead = (r − e)·12 = 2v/5 − m.
TEST(SyntheticYear, CumulativeStatusAndTimeDistance) {
  auto s = year();
  const S expected[12] = {S::lagging,  S::lagging,  S::severely_lagging, S::lagging,  S::lagging,  S::lagging,
                          S::on_track, S::on_track, S::on_track,         S::on_track, S::on_track, S::not_completed};
  const int done[12] = {1, 2, 2, 4, 6, 8, 12, 16, 20, 24, 27, 29};
  for (int m = 0; m < 12; ++m) {
    const auto& st = s[m].items[kPoints].sub_targets[0];
    EXPECT_EQ(st.status, expected[m]) << "month " << m + 1;
    EXPECT_EQ(*st.ratio, Fraction(done[m], 30)) << "month " << m + 1;
    EXPECT_EQ(*st.months_ahead, Fraction(2 * done[m], 5) - Fraction(m + 1)) << "month " << m + 1;
  }
  EXPECT_EQ(*s[0].items[kPoints].sub_targets[0].months_ahead, Fraction(-3, 5));   // 0.6 months behind
  EXPECT_EQ(*s[5].items[kPoints].sub_targets[0].months_ahead, Fraction(-14, 5));  // June: 2.8 behind
  EXPECT_EQ(s[11].items[kPoints].reason, Reason::not_reached_by_end);
}

// Projection over the latest three records in 序时 time: v_m + (v_m − v_first)/(m − first)·(12 − m).
//   m2: 2 + 1·10 = 12; m3: 2 + ½·9 = 13/2; m4: 4 + 1·8 = 12; m5: 6 + 2·7 = 20; m6: 8 + 2·6 = 20;
//   m7: 12 + 3·5 = 27; m8: 16 + 4·4 = 32; m9: 20 + 4·3 = 32; m10: 24 + 4·2 = 32;
//   m11: 27 + 7/2·1 = 61/2; m12: 29. Able (预计能够完成) when ≥ 30.
TEST(SyntheticYear, CumulativeProjection) {
  auto s = year();
  EXPECT_FALSE(s[0].items[kPoints].sub_targets[0].projection);  // one record is no trend
  const Fraction value[12] = {0, 12, Fraction(13, 2), 12, 20, 20, 27, 32, 32, 32, Fraction(61, 2), 29};
  for (int m = 1; m < 12; ++m) {
    const auto& p = *s[m].items[kPoints].sub_targets[0].projection;
    EXPECT_EQ(p.value, value[m]) << "month " << m + 1;
    EXPECT_EQ(*p.ratio, value[m] / Fraction(30)) << "month " << m + 1;
    EXPECT_EQ(p.able, value[m] >= Fraction(30)) << "month " << m + 1;
  }
  EXPECT_EQ(projected_label(s[7].items[kPoints].sub_targets[0].projection->able), "预计能够完成");
  EXPECT_EQ(projected_label(s[6].items[kPoints].sub_targets[0].projection->able), "预计难以完成");
}

// 新增城镇就业3万人: 0.3 0.6 0.8 1.1 1.5 1.9 2.2 2.4 2.6 2.8 3.0 3.2 万人. Always on track
// (r = v/3 ≥ 2/3·m/12), completed in November, 超额完成 at the year's end (3.2 > 3).
// Months ahead = 4v − m. Projection (万人): m2 0.6 + 0.3·10 = 3.6; m6 1.9 + 0.4·6 = 4.3;
// m9 2.6 + 0.2·3 = 3.2; m11 3.0 + 0.2 = 3.2.
TEST(SyntheticYear, ACumulativeTargetReachedEarlyAndExceeded) {
  auto s = year();
  const char* v[12] = {"0.3", "0.6", "0.8", "1.1", "1.5", "1.9", "2.2", "2.4", "2.6", "2.8", "3.0", "3.2"};
  for (int m = 0; m < 12; ++m) {
    const auto& st = s[m].items[kJobs].sub_targets[0];
    Fraction done(Decimal::parse(v[m]));
    EXPECT_EQ(st.status, m < 10 ? S::on_track : S::completed) << "month " << m + 1;
    EXPECT_EQ(*st.months_ahead, Fraction(4) * done - Fraction(m + 1)) << "month " << m + 1;
  }
  EXPECT_EQ(s[10].items[kJobs].reason, Reason::target_reached);
  EXPECT_EQ(s[11].items[kJobs].reason, Reason::target_exceeded);
  EXPECT_EQ(period_end_label(s[11].items[kJobs].status, s[11].items[kJobs].reason), "超额完成");
  auto projected = [&](int m) { return s[m].items[kJobs].sub_targets[0].projection->value / Fraction(10000); };
  EXPECT_EQ(projected(1), Fraction(18, 5));
  EXPECT_EQ(projected(5), Fraction(43, 10));
  EXPECT_EQ(projected(8), Fraction(16, 5));
  EXPECT_EQ(projected(10), Fraction(16, 5));
}

// 地区生产总值增长5.5%左右 (indicator, tolerance 0.5: meets from 5.0%), reported quarterly:
// 4.8 (Mar) 4.4 (Jun) 5.1 (Sep) 5.6 (Dec). Jan, Feb: no record. Apr, May read March.
// Projection = the latest cumulative rate (never compounded): Jun 4.4 unable, Sep 5.1 able.
TEST(SyntheticYear, AGrowthIndicatorReportedQuarterly) {
  auto s = year();
  const S expected[12] = {S::not_assessable, S::not_assessable, S::below, S::below, S::below, S::below,
                          S::below,          S::below,          S::meets, S::meets, S::meets, S::meets};
  for (int m = 0; m < 12; ++m) EXPECT_EQ(s[m].items[kGdp].status, expected[m]) << "month " << m + 1;
  EXPECT_EQ(s[0].items[kGdp].reason, Reason::no_record);
  EXPECT_EQ(s[0].items[kGdp].judged_by, JudgedBy::none);
  EXPECT_EQ(s[4].items[kGdp].sub_targets[0].as_of, parse_date("2022-03-31"));
  EXPECT_FALSE(s[2].items[kGdp].sub_targets[0].projection);
  EXPECT_EQ(s[5].items[kGdp].sub_targets[0].projection->value, Fraction(Decimal::parse("4.4")));
  EXPECT_FALSE(s[5].items[kGdp].sub_targets[0].projection->able);
  EXPECT_TRUE(s[8].items[kGdp].sub_targets[0].projection->able);
  EXPECT_FALSE(s[8].items[kGdp].sub_targets[0].months_ahead);
}

// A task without a quantitative target, judged by the office each month (on track, but
// 推进较为滞后 in May and June): judged_by office, never by rules, its status not_assessable.
TEST(SyntheticYear, AnOfficeJudgedTask) {
  auto s = year();
  for (int m = 0; m < 12; ++m) {
    EXPECT_EQ(s[m].items[kCampus].judged_by, JudgedBy::office);
    EXPECT_EQ(s[m].items[kCampus].status, S::not_assessable);
    EXPECT_EQ(*s[m].items[kCampus].office_status, m == 4 || m == 5 ? S::lagging : S::on_track);
  }
}

// Yinchuan: yellow from 1 month behind, red from 3 consecutive; recovery resets.
//   健身点: behind m1–m6, met m7–m11, 未完成 m12 → Y Y R R R R - - - - - Y
//   GDP: unjudged m1–m2 (no colour, no count), below m3–m8, meets m9– → - - Y Y R R R R - - - -
//   campus (office): lagging m5–m6 → yellow, yellow.
TEST(SyntheticYear, ConsecutiveMonthsEscalation) {
  auto s = year(preset("yinchuan-consecutive"));
  using V = std::vector<std::string>;
  EXPECT_EQ(colours(s, kPoints), (V{"yellow", "yellow", "red", "red", "red", "red", "-", "-", "-", "-", "-", "yellow"}));
  EXPECT_EQ(colours(s, kJobs), V(12, "-"));
  EXPECT_EQ(colours(s, kGdp), (V{"-", "-", "yellow", "yellow", "red", "red", "red", "red", "-", "-", "-", "-"}));
  EXPECT_EQ(colours(s, kCampus), (V{"-", "-", "-", "-", "yellow", "yellow", "-", "-", "-", "-", "-", "-"}));
  EXPECT_EQ(s[5].items[kPoints].warning->months_behind, 6);
  EXPECT_EQ(s[5].items[kPoints].warning->reason, "连续6个月滞后");
  EXPECT_EQ(s[6].items[kPoints].warning->months_behind, 0);
  EXPECT_EQ(s[6].items[kPoints].warning->reason, "本月未滞后,连续滞后月数清零");
  EXPECT_EQ(s[5].items[kCampus].warning->reason, "连续2个月滞后(督查办判断)");
  EXPECT_NE(s[0].items[kGdp].warning->reason.find("无人判断"), std::string::npos);
}

// Wenzhou Ouhai: red when the month's task is missed, yellow once the gap is made up,
// green when met.
TEST(SyntheticYear, MonthByMonthEscalation) {
  auto s = year(preset("ouhai-monthly"));
  using V = std::vector<std::string>;
  EXPECT_EQ(colours(s, kPoints), (V{"red", "red", "red", "red", "red", "red", "yellow", "green", "green", "green", "green", "red"}));
  EXPECT_EQ(colours(s, kJobs), V(12, "green"));
  EXPECT_EQ(colours(s, kGdp), (V{"-", "-", "red", "red", "red", "red", "red", "red", "yellow", "green", "green", "green"}));
  EXPECT_EQ(colours(s, kCampus), (V{"green", "green", "green", "green", "red", "red", "yellow", "green", "green", "green", "green", "green"}));
  EXPECT_EQ(s[6].items[kPoints].warning->reason, "已补齐此前月份的差距");
}

// Suqian: red when overdue (the year's end passed without the target), yellow when
// behind 序时进度, blue within 31 days of the deadline (12-31; from 11-30 on).
TEST(SyntheticYear, DeadlineEscalation) {
  auto s = year(preset("suqian-deadline"));
  using V = std::vector<std::string>;
  EXPECT_EQ(colours(s, kPoints), (V{"yellow", "yellow", "yellow", "yellow", "yellow", "yellow", "-", "-", "-", "-", "blue", "red"}));
  EXPECT_EQ(colours(s, kJobs), V(12, "-"));  // completed in November
  EXPECT_EQ(colours(s, kGdp), (V{"-", "-", "yellow", "yellow", "yellow", "yellow", "yellow", "yellow", "-", "-", "blue", "-"}));
  EXPECT_EQ(s[10].items[kPoints].warning->reason, "期限2022-12-31,距期限31天");
  EXPECT_EQ(s[11].items[kPoints].warning->reason, "期限2022-12-31,已到期未完成");
}

// The same year merged month by month with `progress add`'s merge equals the file; a
// month added twice replaces, never duplicates.
TEST(SyntheticYear, MergingMonthByMonthBuildsTheSameHistory) {
  Plan full = io::load_plan(kPlan);
  Plan built = full;
  for (auto& item : built.items) {
    item.history.clear();
    for (auto& st : item.sub_targets) st.history.clear();
  }
  for (int pass = 0; pass < 2; ++pass)
    for (int m = 1; m <= 12; ++m) {
      Date d = Date(2022, m, 1).end_of_month();
      std::vector<io::ProgressUpdate> lines;
      for (const auto& item : full.items) {
        if (const ItemReport* r = report_as_of(item, d); r && r->as_of == d) {
          io::ProgressUpdate u{item.id, {}, "", {}, false, {}, r->progress_text, {}, "", "", "m"};
          if (r->office) u.office_status = r->office->status, u.by = r->office->by;
          lines.push_back(u);
        }
        for (std::size_t k = 0; k < item.sub_targets.size(); ++k)
          if (const ProgressRecord* r = record_as_of(item.sub_targets[k], d); r && *r->as_of == d)
            lines.push_back({item.id, k, "", r->value, false, {}, "", {}, "", "", "m"});
      }
      auto report = io::merge_progress(built, lines, d);
      EXPECT_TRUE(report.problems.empty());
      EXPECT_EQ(report.replaced > 0, pass == 1);
    }
  EXPECT_EQ(built.items[kPoints].sub_targets[0].history.size(), 12u);
  EXPECT_EQ(built.items[kCampus].history.size(), 12u);
  EXPECT_EQ(*built.as_of, parse_date("2022-12-31"));
  auto a = evaluate_series(built, Policy{}, io::parse_month_range("2022-01..2022-12", "s"));
  auto b = year();
  for (int m = 0; m < 12; ++m)
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(a[m].items[i].status, b[m].items[i].status);
}

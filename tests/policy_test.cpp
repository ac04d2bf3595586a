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

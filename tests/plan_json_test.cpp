#include "io/plan_json.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "ducha/evaluate.hpp"
#include "io/json_reader.hpp"

using namespace ducha;

namespace {

const std::string kData = DUCHA_TEST_DATA;
const std::string kReference = std::string(DUCHA_SOURCE_DIR) + "/examples/shapingba-2022h1/plan.json";

struct Failure {
  ErrorCode code;
  std::string message;
};

Failure load_failure(const std::string& name) {
  try {
    io::load_plan(kData + "/bad/" + name);
  } catch (const Error& e) {
    return {e.code(), e.what()};
  }
  ADD_FAILURE() << name << " loaded but should not";
  return {ErrorCode::io_error, ""};
}

void expect_contains(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "\"" << part << "\" not in: " << text;
}

}  // namespace

TEST(PlanJson, ReadsEveryField) {
  Plan plan = io::load_plan(kData + "/minimal_plan.json");
  EXPECT_EQ(plan.name, "最小示例");
  EXPECT_EQ(plan.year, 2022);
  EXPECT_EQ(format_date(*plan.as_of), "2022-06-30");
  ASSERT_EQ(plan.items.size(), 2u);
  const Item& fitness = plan.items[0];
  EXPECT_EQ(fitness.lead, std::vector<std::string>{"sports"});  // alias resolved to the id
  EXPECT_EQ(fitness.sub_targets[0].target->quantity.to_string(), "30个");
  EXPECT_EQ(*fitness.official_status, Status::lagging);
  EXPECT_EQ(fitness.override_->status, Status::on_track);
  const SubTarget& gdp = plan.items[1].sub_targets[0];
  EXPECT_EQ(gdp.target->comparator, Comparator::around);
  EXPECT_EQ(gdp.target->quantity.value.to_string(), "5.5");  // a JSON number, read from its text
  EXPECT_EQ(gdp.progress->value->value.to_string(), "4.40");
  EXPECT_EQ(gdp.progress->ranking, "主城区第3名");
  EXPECT_EQ(gdp.progress->adjusted->value.to_string(), "4.6%");
}

TEST(PlanJson, RoundTripIsLossless) {
  for (const std::string& path : {kData + "/minimal_plan.json", kReference}) {
    Plan plan = io::load_plan(path);
    std::string once = io::write_plan(plan);
    std::string twice = io::write_plan(io::read_plan(once, "once"));
    EXPECT_EQ(once, twice) << path;
  }
}

TEST(PlanJson, NumbersNeverPassThroughDouble) {
  auto v = io::parse_json(R"({"a": 0.1, "b": 33.31, "c": 12345678901234567.8, "d": 7})", "t");
  EXPECT_EQ(io::Field(v.at("a"), "a", "t").decimal().to_string(), "0.1");
  EXPECT_EQ(io::Field(v.at("b"), "b", "t").decimal().to_string(), "33.31");
  EXPECT_EQ(v.at("d").as_int64(), 7);
  io::Field f(v.at("c"), "c", "t");
  EXPECT_EQ(f.decimal().to_string(), "12345678901234567.8");
}

TEST(PlanJson, BadInputGivesOneClearError) {
  auto empty = load_failure("empty.json");
  EXPECT_EQ(empty.code, ErrorCode::parse_error);
  expect_contains(empty.message, "empty.json: empty input");

  auto malformed = load_failure("malformed.json");
  EXPECT_EQ(malformed.code, ErrorCode::parse_error);
  expect_contains(malformed.message, "malformed.json:2:30");

  auto unit = load_failure("unknown_unit.json");
  EXPECT_EQ(unit.code, ErrorCode::unknown_unit);
  expect_contains(unit.message, "items[0].sub_targets[0].target.unit: unknown unit \"公斤x\"");

  auto date = load_failure("bad_date.json");
  EXPECT_EQ(date.code, ErrorCode::invalid_date);
  expect_contains(date.message, "as_of: invalid date \"2022-02-30\"");

  auto huge = load_failure("huge_number.json");
  EXPECT_EQ(huge.code, ErrorCode::out_of_range);
  expect_contains(huge.message, "items[0].sub_targets[0].target.value");
  expect_contains(huge.message, "1e400");

  auto garbage = load_failure("bad_decimal.json");
  EXPECT_EQ(garbage.code, ErrorCode::invalid_number);
  expect_contains(garbage.message, "progress.value: invalid decimal \"3.3.3\"");

  expect_contains(load_failure("unknown_key.json").message, "items[1].statuss: unknown key");
  expect_contains(load_failure("duplicate_id.json").message, "duplicate item id \"fitness\"");
  expect_contains(load_failure("unknown_org.json").message, "items[0].lead[0]: responsible unit \"区不存在局\"");
  expect_contains(load_failure("bad_status.json").message, "official_status: status \"meets\" is not one of a");
  expect_contains(load_failure("missing_target.json").message, "needs a \"target\"");
}

TEST(PlanJson, MissingFileIsAnIoError) {
  try {
    io::load_plan(kData + "/no-such-file.json");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io_error);
    expect_contains(e.what(), "no-such-file.json");
  }
}

TEST(PlanJson, InvalidUtf8IsRejected) {
  std::string text = "{\"year\": 2022, \"name\": \"\xff\xfe\", \"items\": []}";
  EXPECT_THROW(io::read_plan(text, "utf8.json"), Error);
}

TEST(EvaluationJson, CarriesTheExactNumbersAndExplanations) {
  Plan plan = io::load_plan(kData + "/minimal_plan.json");
  Policy policy;
  Evaluation ev = evaluate(plan, policy, *plan.as_of);
  auto doc = boost::json::parse(io::write_evaluation(plan, ev, policy));
  EXPECT_EQ(doc.at("format").as_string(), "ducha.evaluation/1");
  EXPECT_EQ(doc.at("expected").as_string(), "1/2");
  EXPECT_EQ(doc.at("policy").at("version").as_string(), policy.version());
  const auto& fitness = doc.at("items").at(0);
  EXPECT_EQ(fitness.at("status").as_string(), "severely_lagging");
  EXPECT_EQ(fitness.at("label").as_string(), "严重滞后");
  EXPECT_EQ(fitness.at("official_status").as_string(), "lagging");
  EXPECT_TRUE(fitness.at("agrees_with_official").as_bool());
  EXPECT_EQ(fitness.at("override").at("status").as_string(), "on_track");
  const auto& sub = fitness.at("sub_targets").at(0);
  EXPECT_EQ(sub.at("ratio").as_string(), "1/15");
  EXPECT_EQ(sub.at("ratio_pct").as_string(), "6.67");
  EXPECT_EQ(sub.at("gap_pp").as_string(), "-43.33");
  EXPECT_EQ(sub.at("target").at("value").as_string(), "30");
  EXPECT_EQ(sub.at("actual").at("value").as_string(), "2");
  EXPECT_EQ(sub.at("explanation").as_string(), "已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后");
  const auto& gdp = doc.at("items").at(1);
  EXPECT_EQ(gdp.at("status").as_string(), "below");
  EXPECT_TRUE(gdp.at("sub_targets").at(0).at("ratio").is_null());
  EXPECT_EQ(doc.at("summary").at("official_agree").as_int64(), 2);
}

TEST(ReferencePlan, IndicatorsMatchTheReport) {
  Plan plan = io::load_plan(kReference);
  Evaluation ev = evaluate(plan, Policy{}, parse_date("2022-06-30"));
  int meets = 0, below = 0, on_schedule = 0, tasks = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    if (item.kind == ItemKind::task) {
      ++tasks;
      continue;
    }
    EXPECT_EQ(ev.items[i].status, *item.official_status) << item.id << " " << item.text;
    meets += ev.items[i].status == Status::meets;
    below += ev.items[i].status == Status::below;
    on_schedule += ev.items[i].status == Status::on_schedule;
    Source expected_source = item.id == "a1-10" ? Source::assessed : Source::computed;
    EXPECT_EQ(ev.items[i].source, expected_source) << item.id;
  }
  EXPECT_EQ(meets, 2);
  EXPECT_EQ(below, 6);
  EXPECT_EQ(on_schedule, 2);
  EXPECT_EQ(tasks, 131);
}

TEST(ReferencePlan, EveryOfficiallyLaggingTaskIsFoundBehind) {
  Plan plan = io::load_plan(kReference);
  Policy policy;
  Evaluation ev = evaluate(plan, policy, parse_date("2022-06-30"));
  int lagging = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    if (plan.items[i].official_status != Status::lagging) continue;
    ++lagging;
    EXPECT_TRUE(io::counts_as_behind(ev.items[i], policy)) << plan.items[i].id;
  }
  EXPECT_EQ(lagging, 7);
}

TEST(ReferencePlan, TheDomainTableReadsAsDocumented) {
  Plan plan = io::load_plan(kReference);
  Evaluation ev = evaluate(plan, Policy{}, parse_date("2022-06-30"));
  auto status_of = [&](const std::string& id) {
    for (std::size_t i = 0; i < plan.items.size(); ++i)
      if (plan.items[i].id == id) return ev.items[i].status;
    ADD_FAILURE() << id;
    return Status::not_assessable;
  };
  EXPECT_EQ(status_of("a2-6"), Status::severely_lagging);  // 2/30 健身点
  EXPECT_EQ(status_of("a2-3"), Status::lagging);           // 33.31万/150万
  EXPECT_EQ(status_of("a2-2"), Status::lagging);           // 1589/5000
  EXPECT_EQ(status_of("a3-80"), Status::on_track);         // 1/3
  EXPECT_EQ(status_of("a3-43"), Status::on_track);         // 40万/100万
  EXPECT_EQ(status_of("a3-30"), Status::on_track);         // 319/500
  EXPECT_EQ(status_of("a3-103"), Status::on_track);        // 18506/2万
  EXPECT_EQ(status_of("a3-77"), Status::not_assessable);   // 4260㎡ vs 4万立方米
  EXPECT_EQ(status_of("a3-8"), Status::no_progress);       // 近期无进展
}

// The library's C++ API (include/ducha/library.hpp) as an embedder uses it: linked to
// libducha.so (ducha::ducha) and the header-only core only, never to lib/, so every
// call here also checks that the function is exported and that ducha::Error thrown
// inside the library is caught outside it.
#include <gtest/gtest.h>

#include <ducha/library.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kSource = DUCHA_SOURCE_DIR;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The message of the ducha::Error that `f` throws ("" when it throws none).
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const ducha::Error& e) {
    return e.what();
  }
  return "";
}

const std::string kPlan = kSource + "/tests/data/minimal_plan.json";

TEST(CppApiJson, PlansReadAndWriteLosslessly) {
  ducha::Plan plan = ducha::plan_from_file(kPlan);
  EXPECT_EQ(plan.items.size(), 2u);
  std::string json = ducha::plan_to_json(plan);
  EXPECT_TRUE(contains(json, "\"format\": \"ducha.plan/2\"")) << json;
  EXPECT_EQ(ducha::plan_to_json(ducha::plan_from_json(json, "again.json")), json);
}

TEST(CppApiJson, PlansStreamFromAnyIstream) {
  std::istringstream in(slurp(kPlan));
  ducha::Plan plan = ducha::plan_from_stream(in, "in.json");
  EXPECT_EQ(ducha::plan_to_json(plan), ducha::plan_to_json(ducha::plan_from_file(kPlan)));
  std::istringstream cut(slurp(kPlan).substr(0, 40));
  std::string error = error_of([&] { ducha::plan_from_stream(cut, "cut.json"); });
  EXPECT_TRUE(contains(error, "cut.json:")) << error;
  ducha::Limits one_item;
  one_item.items = 1;
  std::istringstream again(slurp(kPlan));
  EXPECT_TRUE(contains(error_of([&] { ducha::plan_from_stream(again, "p.json", one_item); }), "items"));
}

TEST(CppApiJson, EvaluationLinesOnePerItemWithStatuses) {
  ducha::Plan plan = ducha::plan_from_file(kPlan);
  std::ostringstream out;
  ducha::Evaluation ev = ducha::write_evaluation_lines(out, plan, ducha::Policy{}, ducha::parse_date("2022-06-30"));
  ASSERT_EQ(ev.items.size(), plan.items.size());
  EXPECT_EQ(ev.items[0].status, ducha::evaluate(plan, ducha::Policy{}, ducha::parse_date("2022-06-30")).items[0].status);
  std::istringstream lines(out.str());
  std::vector<std::string> all;
  for (std::string line; std::getline(lines, line);) all.push_back(line);
  ASSERT_EQ(all.size(), plan.items.size() + 2);  // header, an item each, summary
  EXPECT_TRUE(contains(all.front(), "ducha.evaluation-lines/1")) << all.front();
  EXPECT_TRUE(contains(all[1], "\"record\":\"item\"")) << all[1];
  EXPECT_TRUE(contains(all.back(), "\"record\":\"summary\"")) << all.back();
}

TEST(CppApiJson, ErrorsNameTheSourceAndCrossTheLibrary) {
  EXPECT_TRUE(contains(error_of([] { ducha::plan_from_json("{", "broken.json"); }), "broken.json"));
  EXPECT_TRUE(contains(error_of([] { ducha::plan_from_file("/nonexistent/plan.json"); }), "/nonexistent/plan.json"));
  ducha::Limits one_item;
  one_item.items = 1;
  EXPECT_TRUE(contains(error_of([&] { ducha::plan_from_json(slurp(kPlan), "p.json", one_item); }), "items"));
  ducha::Limits limits;
  EXPECT_EQ(limits.set("items=2K"), std::nullopt);
  EXPECT_EQ(limits.items, 2048u);
  EXPECT_TRUE(limits.set("colour=1").has_value());
}

TEST(CppApiJson, PoliciesByPresetOrFileAndBack) {
  std::vector<std::string> presets = ducha::policy_presets();
  ASSERT_GE(presets.size(), 3u);
  EXPECT_EQ(presets.front(), "reference");
  EXPECT_NE(std::find(presets.begin(), presets.end(), "points"), presets.end());
  ducha::Policy points = ducha::load_policy("points", 2022);
  EXPECT_EQ(points.version().rfind("points@", 0), 0u) << points.version();
  ducha::Policy again = ducha::policy_from_json(ducha::policy_to_json(points), "points.json", 2022);
  EXPECT_EQ(again.version(), points.version());
  std::string missing = error_of([] { ducha::load_policy("no-such-preset", 2022); });
  EXPECT_TRUE(contains(missing, "no-such-preset") && contains(missing, "points")) << missing;
}

TEST(CppApiJson, EvaluationsAndSeriesAsDocuments) {
  ducha::Plan plan = ducha::plan_from_file(kPlan);
  ducha::Policy policy;
  ducha::Evaluation ev = ducha::evaluate_escalated(plan, policy, ducha::parse_date("2022-06-30"));
  std::string json = ducha::evaluation_to_json(plan, ev, policy);
  EXPECT_TRUE(contains(json, "\"format\": \"ducha.evaluation/1\"")) << json;
  // fitness: 2 of 30 is behind, as the office's "lagging" says; "on_track" would not agree.
  EXPECT_TRUE(ducha::agrees_with_office(plan.items[0], ev.items[0], policy));
  plan.items[0].official_status = ducha::Status::on_track;
  EXPECT_FALSE(ducha::agrees_with_office(plan.items[0], ev.items[0], policy));
  EXPECT_TRUE(contains(ducha::evaluation_to_text(plan, ev, policy), "地区生产总值增长5.5%左右"));

  std::vector<ducha::Date> months = ducha::month_ends("2022-01..2022-03");
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months.back(), ducha::parse_date("2022-03-31"));
  std::vector<ducha::Evaluation> series = ducha::evaluate_series(plan, policy, months);
  EXPECT_TRUE(contains(ducha::series_to_json(plan, series, policy), "ducha.series/1"));
  EXPECT_FALSE(ducha::series_to_text(plan, series, policy).empty());
  EXPECT_TRUE(contains(error_of([] { ducha::month_ends("2022-13..2022-14", "--series"); }), "--series"));
}

TEST(CppApiText, TheFiguresOfALine) {
  std::string json = ducha::extract_json("截至6月30日,累计完成违法建筑拆除33.31万平方米。", 2022);
  EXPECT_EQ(json.find('\n'), std::string::npos);  // one line, as `ducha extract` prints it
  EXPECT_TRUE(contains(json, "33.31")) << json;
  EXPECT_TRUE(contains(json, "2022-06-30")) << json;
}

TEST(CppApiText, ATargetJudgedFromItsSentences) {
  ducha::TextItem read = ducha::item_from_text("新建30个社区健身点", "已建成2个社区健身点", 2022);
  ASSERT_EQ(read.item.sub_targets.size(), 1u);
  ASSERT_TRUE(read.item.sub_targets[0].target.has_value());
  EXPECT_EQ(read.item.sub_targets[0].target->quantity.value, ducha::Decimal::parse("30"));
  ASSERT_EQ(read.matched.size(), 1u);
  EXPECT_TRUE(contains(read.matched[0], "2")) << read.matched[0];

  ducha::Policy policy;
  const ducha::Date as_of = ducha::parse_date("2022-06-30");
  std::string json = ducha::assess_json("新建30个社区健身点", "已建成2个社区健身点", 2022, as_of, policy);
  EXPECT_TRUE(contains(json, "\"status\": \"severely_lagging\"")) << json;
  EXPECT_TRUE(contains(json, "\"ratio\": \"1/15\"")) << json;
  EXPECT_TRUE(contains(ducha::assess_item_json(read.item, ducha::ItemKind::task, 2022, as_of, policy),
                       "\"status\": \"severely_lagging\""));
  std::string steps = ducha::explain_assessment("新建30个社区健身点", "已建成2个社区健身点", 2022, as_of, policy);
  EXPECT_TRUE(contains(steps, "sub-target 1:")) << steps;
  EXPECT_TRUE(contains(steps, "item: severely_lagging")) << steps;
  EXPECT_TRUE(contains(steps, read.matched[0])) << steps;
  std::string by_hand = ducha::explain_item(read.item, ducha::ItemKind::task, 2022, as_of, policy);
  EXPECT_TRUE(contains(by_hand, "item: severely_lagging")) << by_hand;
}

TEST(CppApiText, TextsAreHeldToTheLimits) {
  ducha::Policy policy;
  const ducha::Date as_of = ducha::parse_date("2022-06-30");
  std::string long_target(ducha::Limits{}.text_bytes + 1, 'x');
  EXPECT_TRUE(contains(error_of([&] { ducha::item_from_text(long_target, "", 2022); }),
                       "target: text of " + std::to_string(long_target.size()) + " bytes"));
  std::string clause(ducha::Limits{}.clause_bytes + 1, 'y');
  std::string error = error_of([&] { ducha::assess_json("新建30个社区健身点", clause, 2022, as_of, policy); });
  EXPECT_TRUE(contains(error, "progress: a clause of")) << error;
  EXPECT_TRUE(contains(error, "clause-bytes")) << error;
  EXPECT_TRUE(contains(error_of([&] { ducha::explain_assessment(long_target, "", 2022, as_of, policy); }),
                       "text-bytes"));
  ducha::Limits wide;  // raised, the same texts are read
  wide.text_bytes = wide.clause_bytes = 1 << 20;
  EXPECT_NO_THROW(ducha::item_from_text(long_target, clause, 2022, ducha::ItemKind::task, wide));
  EXPECT_NO_THROW(ducha::assess_json("新建30个社区健身点", clause, 2022, as_of, policy, ducha::ItemKind::task, wide));
}

TEST(CppApiText, AReportBecomesAPlan) {
  const std::string path = kSource + "/../shared/reference/shapingba-2022h1-report.txt";
  ducha::ImportedPlan r = ducha::plan_from_report(slurp(path), "report.txt");
  EXPECT_EQ(r.plan.year, 2022);
  EXPECT_EQ(r.plan.items.size(), 141u);
  ducha::apply_corrections(r.plan, slurp(kSource + "/examples/shapingba-2022h1/corrections.json"), "corrections.json");
  EXPECT_TRUE(contains(error_of([] { ducha::plan_from_report("", "empty.txt"); }), "empty report"));
  std::string unknown = error_of([&] {
    ducha::apply_corrections(
        r.plan, R"({"format": "ducha.corrections/1", "items": [{"id": "a9-1", "why": "x", "parse_text": "新建3个"}]})",
        "c.json");
  });
  EXPECT_TRUE(contains(unknown, "a9-1")) << unknown;
}

constexpr const char* kTable =
    "2022年重点任务推进情况表\n"
    "编号,重点任务,年度目标,单位,牵头单位,推进情况,累计完成,截至日期\n"
    "1,新建30个社区健身点,30,个,区体育局,已建成2个,2,2022-06-30\n";

TEST(CppApiTables, ATableInAndBackOut) {
  ducha::TableImportResult r = ducha::plan_from_table(kTable, "t.csv");
  EXPECT_EQ(r.summary, "1 rows, 1 items, 0 problems");
  ASSERT_EQ(r.plan.items.size(), 1u);
  EXPECT_TRUE(r.problems.empty());
  std::string csv = ducha::plan_to_table(r.plan, "csv");
  EXPECT_TRUE(contains(csv, "1,新建30个社区健身点,30,个,区体育局,已建成2个,2,2022-06-30")) << csv;
  EXPECT_EQ(ducha::plan_to_table(r.plan, "xlsx").rfind("PK", 0), 0u);
  EXPECT_TRUE(contains(error_of([&] { ducha::plan_to_table(r.plan, "ods"); }), "\"ods\""));
  EXPECT_TRUE(contains(error_of([] { ducha::plan_from_table("", "empty.csv"); }), "empty.csv"));
}

TEST(CppApiTables, AMonthsProgressMerged) {
  ducha::Plan plan = ducha::plan_from_table(kTable, "t.csv").plan;
  const std::string id = plan.items[0].id;
  const ducha::Date july = ducha::parse_date("2022-07-31");
  std::string lines = "{\"item\": \"" + id + "\", \"value\": \"5\", \"unit\": \"个\", \"text\": \"已建成5个\"}\n";
  ducha::Plan strict = plan;
  ducha::ProgressMerge bad = ducha::add_progress(strict, lines + "{\"item\": \"nope\"}\n", "july.jsonl", "jsonl",
                                                 july, /*strict=*/true);
  EXPECT_FALSE(bad.merged);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_TRUE(contains(bad.problems[0], "july.jsonl:2")) << bad.problems[0];
  EXPECT_EQ(ducha::plan_to_json(strict), ducha::plan_to_json(plan));  // nothing merged
  ducha::ProgressMerge malformed = ducha::add_progress(strict, lines + "{\"item\": \n", "july.jsonl", "jsonl", july,
                                                       /*strict=*/true);
  EXPECT_FALSE(malformed.merged);
  EXPECT_EQ(ducha::plan_to_json(strict), ducha::plan_to_json(plan));

  ducha::ProgressMerge ok = ducha::add_progress(plan, lines, "july.jsonl", "jsonl", july);
  EXPECT_TRUE(ok.merged);
  EXPECT_TRUE(ok.problems.empty());
  // June's figure from the table becomes a record of its own date, then July's: two records.
  EXPECT_EQ(ok.summary, "1 lines, 1 items, 2 records (0 replaced), 0 problems");
  EXPECT_EQ(plan.as_of, july);
  EXPECT_TRUE(contains(error_of([&] { ducha::add_progress(plan, lines, "x", "ods", july); }), "\"ods\""));
}

TEST(CppApiReport, TheOfficesReportInEachFormat) {
  ducha::Plan plan = ducha::plan_from_file(kSource + "/examples/shapingba-2022h1/plan.json");
  ducha::Policy policy;
  const ducha::Date as_of = ducha::parse_date("2022-06-30");
  EXPECT_EQ(ducha::report_formats().size(), 8u);
  std::string md = ducha::render_report(plan, policy, as_of, "md",
                                        slurp(kSource + "/examples/shapingba-2022h1/report-settings.json"),
                                        "report-settings.json");
  EXPECT_TRUE(contains(md, "指标完成情况")) << md.substr(0, 400);
  EXPECT_TRUE(contains(ducha::render_report(plan, policy, as_of, "summary"), "10项经济社会发展预期目标"));
  EXPECT_EQ(ducha::render_report(plan, policy, as_of, "docx").rfind("PK", 0), 0u);
  EXPECT_TRUE(contains(ducha::render_agreement(plan, policy, as_of), "|"));
  EXPECT_FALSE(error_of([&] { ducha::render_report(plan, policy, as_of, "rtf"); }).empty());
  std::string settings = error_of([&] { ducha::render_report(plan, policy, as_of, "md", "{\"title\": 1}", "s.json"); });
  EXPECT_TRUE(contains(settings, "s.json")) << settings;
}

TEST(CppApiRules, RuleCasesCheckedAgainstAPolicy) {
  const std::string cases = slurp(kSource + "/examples/rules/shapingba-2022h1.cases");
  const std::string office = kSource + "/examples/rules/shapingba-office.json";
  ducha::RuleCheck all = ducha::check_rule_cases(cases, "h1.cases", [&](int year) {
    EXPECT_EQ(year, 2022);
    return ducha::load_policy(office, year);
  });
  EXPECT_GT(all.passed, 10u);
  EXPECT_EQ(all.failed, 0u) << all.report;
  EXPECT_TRUE(contains(all.report, std::to_string(all.passed) + " passed, 0 failed")) << all.report;

  ducha::RuleCheck wrong = ducha::check_rule_cases("新建30个社区健身点 | 已建成2个 | 2022-06-30 => on_track\n",
                                                   "one.cases", ducha::Policy{});
  EXPECT_EQ(wrong.failed, 1u);
  EXPECT_TRUE(contains(wrong.report, "0 passed, 1 failed")) << wrong.report;
  EXPECT_EQ(error_of([] { ducha::check_rule_cases("# only a comment\n", "none.cases", ducha::Policy{}); }),
            "none.cases: no cases");
}

}  // namespace

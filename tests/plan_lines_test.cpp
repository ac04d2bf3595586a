// evaluate_plan_lines (`ducha evaluate --format jsonl`): a plan whose header precedes its
// items is evaluated and written item by item as it is read; any other plan is held whole
// first. Either way the lines are those of write_evaluation_lines, byte for byte, and a
// plan with an error anywhere writes nothing and fails as reading it whole fails.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <streambuf>

#include "ducha/evaluate.hpp"
#include "ducha/json.hpp"
#include "io/evaluation_lines.hpp"
#include "io/line_spool.hpp"
#include "io/plan_json.hpp"
#include "io/plan_lines.hpp"
#include "io/policy_presets.hpp"

using namespace ducha;
namespace json = boost::json;

namespace {

const std::string kReference = DUCHA_SOURCE_DIR "/examples/shapingba-2022h1/plan.json";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A stream that cannot seek, as a pipe.
class PipeBuf : public std::streambuf {
 public:
  explicit PipeBuf(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 private:
  std::string text_;
};

struct Written {
  std::string text;
  LinesWritten result;
  bool opened = false;
};

// The policy named (the reference policy when ""), taking later records as `later`.
Policy policy_of(const std::string& name, int year, LaterRecords later) {
  Policy p = name.empty() ? Policy{} : io::load_policy_or_preset(name, year);
  p.later_records = later;
  return p;
}

Written lines_of(std::istream& in, const std::string& policy_name = "", const std::string& as_of = "",
                 LaterRecords later = LaterRecords::error) {
  Written w;
  std::ostringstream out;
  w.result = io::evaluate_plan_lines(
      in, "plan.json", {},
      [&](const Plan& header) {
        Policy p = policy_of(policy_name, header.year, later);
        return EvaluationBasis{p, as_of.empty() ? *header.as_of : parse_date(as_of)};
      },
      [&]() -> std::ostream& {
        w.opened = true;
        return out;
      });
  w.text = out.str();
  return w;
}

Written lines_of_text(const std::string& text, const std::string& policy = "", const std::string& as_of = "",
                      LaterRecords later = LaterRecords::error) {
  std::istringstream in(text);
  return lines_of(in, policy, as_of, later);
}

// What reading the whole plan first writes.
std::string held_lines(const std::string& text, const std::string& policy_name = "", const std::string& as_of = "",
                       LaterRecords later = LaterRecords::error) {
  Plan plan = io::read_plan(text, "plan.json");
  Policy p = policy_of(policy_name, plan.year, later);
  std::ostringstream out;
  io::write_evaluation_lines(out, plan, p, as_of.empty() ? *plan.as_of : parse_date(as_of));
  return out.str();
}

// The plan's text with `keys` moved after "items" (in that order).
std::string with_keys_after_items(const std::string& text, std::initializer_list<std::string_view> keys) {
  json::object doc = json::parse(text).as_object();
  json::object out;
  for (const auto& kv : doc)
    if (std::find(keys.begin(), keys.end(), kv.key()) == keys.end()) out.emplace(kv.key(), kv.value());
  for (auto key : keys)
    if (doc.contains(key)) out.emplace(key, doc.at(key));
  return json::serialize(out);
}

std::string with_item_changed(const std::string& text, std::size_t index, std::string_view key, json::value v) {
  json::object doc = json::parse(text).as_object();
  doc.at("items").as_array().at(index).as_object()[key] = std::move(v);
  return json::serialize(doc);
}

}  // namespace

TEST(PlanLines, StreamedPlanWritesTheHeldPlansLinesByteForByte) {
  const std::string text = read_text(kReference);
  for (const char* policy : {"", "points", "sdg-ratio"})
    for (const char* as_of : {"", "2022-03-31", "2022-12-31"}) {
      Written w = lines_of_text(text, policy, as_of);
      EXPECT_TRUE(w.result.streamed) << policy << " " << as_of;
      EXPECT_EQ(w.text, held_lines(text, policy, as_of)) << policy << " " << as_of;
      EXPECT_EQ(w.result.items, 141u);
    }
}

TEST(PlanLines, HeaderAfterItemsIsReadWholeWithTheSameLines) {
  const std::string text = read_text(kReference);
  const std::string expected = held_lines(text);
  // "year" after the items: nothing can be evaluated as the items come.
  Written late_year = lines_of_text(with_keys_after_items(text, {"year", "as_of"}));
  EXPECT_FALSE(late_year.result.streamed);
  EXPECT_EQ(late_year.text, expected);
  // The name, the units or a period after the items: streamed at first, then read again whole.
  json::object with_period = json::parse(text).as_object();
  with_period["period"] = {{"begin", "2022-01-01"}, {"end", "2022-06-30"}};  // half a year: other 序时进度
  const std::string half_year = with_keys_after_items(json::serialize(with_period), {"items"});  // items last
  ASSERT_NE(held_lines(half_year), expected);
  for (auto key : {"name", "units", "period"}) {
    const std::string late_text = with_keys_after_items(half_year, {key});
    Written late = lines_of_text(late_text);
    EXPECT_FALSE(late.result.streamed) << key;
    EXPECT_EQ(late.text, held_lines(half_year)) << key;
    EXPECT_TRUE(lines_of_text(half_year).result.streamed) << key;
  }
  // Keys that change nothing written ("table", "summary", "format") may follow the items.
  Written summary_after = lines_of_text(with_keys_after_items(text, {"summary", "format"}));
  EXPECT_TRUE(summary_after.result.streamed);
  EXPECT_EQ(summary_after.text, expected);
}

TEST(PlanLines, StreamThatCannotSeekIsHeldWhole) {
  const std::string text = read_text(kReference);
  PipeBuf buf(text);
  std::istream in(&buf);
  Written w = lines_of(in);
  EXPECT_FALSE(w.result.streamed);
  EXPECT_EQ(w.text, held_lines(text));
}

TEST(PlanLines, EscalatingPolicyIsHeldWhole) {
  const std::string text = read_text(kReference);
  Written w = lines_of_text(text, "yinchuan-consecutive");
  EXPECT_FALSE(w.result.streamed);
  EXPECT_EQ(w.text, held_lines(text, "yinchuan-consecutive"));
}

TEST(PlanLines, CheckOfficialCountsAsTheWholeEvaluation) {
  const std::string text = read_text(kReference);
  Plan plan = io::read_plan(text, "plan.json");
  Policy policy;
  Evaluation ev = evaluate(plan, policy, *plan.as_of);
  std::size_t disagree = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i)
    disagree += plan.items[i].official_status && !io::agrees_with_official(plan.items[i], ev.items[i], policy) ? 1 : 0;
  EXPECT_GT(disagree, 0u);  // the reference plan has some, so the count is tested
  EXPECT_EQ(lines_of_text(text).result.official_disagreements, disagree);
}

// Each error fails with the message reading the whole plan first gives, and nothing is
// written (the output is never opened).
TEST(PlanLines, AnErrorInItemNWritesNothingAndNamesItemN) {
  const std::string text = read_text(kReference);
  json::object doc = json::parse(text).as_object();
  const std::string first_id(doc.at("items").as_array().at(3).at("id").as_string());
  struct Case {
    std::string text, message;
  };
  std::vector<Case> cases = {
      {with_item_changed(text, 57, "id", 12), "items[57].id"},
      {with_item_changed(text, 90, "id", json::value(first_id)), "items[90].id: duplicate item id"},
      {with_item_changed(text, 40, "lead", json::array{"nobody"}), "items[40].lead[0]: responsible unit \"nobody\""},
      {with_item_changed(with_item_changed(text, 90, "id", json::value(first_id)), 120, "lead", json::array{"nobody"}),
       "items[120].lead[0]"},  // a unit not there is reported before a duplicate id, as when read whole
      {text.substr(0, text.size() / 2), "plan.json:"},
  };
  for (const auto& c : cases) {
    std::string held_error;
    try {
      held_lines(c.text);
    } catch (const Error& e) {
      held_error = e.what();
    }
    ASSERT_NE(held_error.find(c.message), std::string::npos) << held_error;
    std::istringstream in(c.text);
    Written w;
    try {
      w = lines_of(in);
      ADD_FAILURE() << "no error for " << c.message;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), held_error);
    }
    EXPECT_FALSE(w.opened) << c.message;
  }
}

TEST(PlanLines, LaterRecordsAreCountedOrRefusedAsWhenHeld) {
  const std::string text = read_text(DUCHA_TEST_DATA "/history/shapingba-2022-synthetic.json");
  // As of June, the records of July on are refused (the default), naming the first of them …
  std::string held_error;
  try {
    held_lines(text, "", "2022-06-30");
  } catch (const Error& e) {
    held_error = e.what();
  }
  ASSERT_NE(held_error.find("after the evaluation date 2022-06-30"), std::string::npos) << held_error;
  Written refused;
  try {
    refused = lines_of_text(text, "", "2022-06-30");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), held_error);
  }
  EXPECT_FALSE(refused.opened);
  // … or left out and counted in the first line, as when the plan is held whole.
  Written ignored = lines_of_text(text, "", "2022-06-30", LaterRecords::ignore);
  EXPECT_TRUE(ignored.result.streamed);
  EXPECT_EQ(ignored.text, held_lines(text, "", "2022-06-30", LaterRecords::ignore));
  EXPECT_EQ(ignored.text.find("\"later_records_ignored\":0"), std::string::npos);
}

TEST(LineSpool, PastItsMemoryTheLinesGoToATemporaryFileAndComeBackInOrder) {
  io::LineSpool spool(10);
  std::string all;
  for (int i = 0; i < 1000; ++i) {
    std::string line = "{\"n\":" + std::to_string(i) + "}\n";
    spool.write(line);
    all += line;
  }
  EXPECT_TRUE(spool.spilled());
  std::ostringstream out;
  spool.copy_to(out);
  EXPECT_EQ(out.str(), all);

  io::LineSpool small;
  small.write("a\n");
  EXPECT_FALSE(small.spilled());
  std::ostringstream out2;
  small.copy_to(out2);
  EXPECT_EQ(out2.str(), "a\n");
}

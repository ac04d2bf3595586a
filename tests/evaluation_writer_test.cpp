// The evaluation written straight as text (io::JsonText, io::write_item_evaluation) is
// byte for byte boost::json's serialization of what it holds: valid JSON, every string
// escaped as boost escapes it, no space, nothing lost or reordered by a parse. (Until
// f96c864's successor the item objects were built as boost::json values; this test then
// compared the two, and found them identical on these plans, before the values went.)
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <iostream>
#include <random>
#include <set>

#include "ducha/escalation.hpp"
#include "io/evaluation_json.hpp"
#include "io/json_writer.hpp"
#include "io/plan_json.hpp"

using namespace ducha;

namespace {

const std::string kSource = DUCHA_SOURCE_DIR;
const std::string kReference = kSource + "/examples/shapingba-2022h1/plan.json";
// Keys written only in some cases: the comparisons below must meet each of them.
const char* const kOptionalKeys[] = {"official_label", "escalation", "office_label", "adjusted", "ranking",
                                     "period_end_label", "months_ahead", "projection", "projected_ratio",
                                     "stage", "stage_expected", "due", "other_stages", "reason", "by"};

std::string line_of(const Item& item, const ItemEvaluation& ie, const Policy& policy, const Evaluation& ev) {
  std::string text;
  io::JsonText w(text);
  w.begin_object();
  io::write_item_evaluation(w, item, ie, policy, ev.as_of, ev.expected);
  w.end_object();
  return text;
}

// Every item of the plan, written and compared with its parse re-serialized; each key written is counted in `seen`.
void expect_same_items(const Plan& plan, const Policy& policy, const Date& as_of, const std::string& what,
                       std::set<std::string>& seen) {
  Evaluation ev = evaluate_escalated(plan, policy, as_of);
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    std::string line = line_of(plan.items[i], ev.items[i], policy, ev);
    ASSERT_EQ(line, boost::json::serialize(
                        io::item_evaluation_json(plan.items[i], ev.items[i], policy, ev.as_of, ev.expected)))
        << what << ", item " << i;
    for (const char* key : kOptionalKeys)
      if (line.find("\"" + std::string(key) + "\":") != std::string::npos) seen.insert(key);
  }
}

// Text that needs every escape, and bytes that need none (UTF-8, DEL, '/').
std::string awkward(std::mt19937& rng) {
  static const std::vector<std::string> parts = {"\"", "\\", "\n", "\t", "\r", "\b", "\f", std::string(1, '\0'),
                                                 "\x01", "\x1f", "\x7f", "/", "完成率", "é", "a", " "};
  std::string out;
  for (int n = static_cast<int>(rng() % 6); n > 0; --n) out += parts[rng() % parts.size()];
  return out;
}

// Two or three dated records before the progress (a projection is drawn through them).
void add_history(SubTarget& st, std::mt19937& rng) {
  const char* dates[] = {"2022-02-28", "2022-04-30", "2022-05-31"};
  for (int i = static_cast<int>(rng() % 2); i < 3; ++i) {
    ProgressRecord r = *st.progress;
    r.value->value = Decimal::parse(std::to_string(rng() % 1000) + "." + std::to_string(rng() % 100));
    r.as_of = parse_date(dates[i]);
    st.history.push_back(r);
  }
}

// A milestone asking for a stage by a date, with the stage reached so far.
SubTarget milestone(std::mt19937& rng) {
  SubTarget st;
  st.text = "开工建设" + awkward(rng);
  st.kind = TargetKind::milestone;
  st.goal = MilestoneGoal{rng() % 2 ? Stage::finished : Stage::construction, std::nullopt, awkward(rng)};
  if (rng() % 2) st.goal->due = parse_date(rng() % 2 ? "2022-05-31" : "2022-09-30");
  ProgressRecord r;
  r.stage = rng() % 2 ? Stage::tendering : Stage::construction;
  r.text = awkward(rng);
  st.progress = r;
  return st;
}

// The reference plan with every optional field filled at random somewhere.
Plan generated(unsigned seed) {
  std::mt19937 rng(seed);
  Plan plan = io::load_plan(kReference);
  const std::vector<Status> task = {Status::completed, Status::on_track, Status::lagging, Status::no_progress};
  const std::vector<Status> indicator = {Status::meets, Status::below, Status::completed};
  for (Item& item : plan.items) {
    const auto& statuses = item.kind == ItemKind::task ? task : indicator;
    if (rng() % 3 == 0) item.official_status = statuses[rng() % statuses.size()];
    if (rng() % 4 == 0) item.override_ = Judgement{statuses[rng() % statuses.size()], awkward(rng), awkward(rng)};
    if (rng() % 2 == 0) item.category += awkward(rng);
    if (rng() % 2 == 0) item.text += awkward(rng);
    item.id += awkward(rng);
    if (rng() % 3 == 0) item.lead.push_back(awkward(rng));
    for (SubTarget& st : item.sub_targets) {
      st.text += awkward(rng);
      if (st.target && rng() % 3 == 0) st.target->range = TargetRange{st.target->quantity.value, st.target->quantity.value};
      if (!st.progress || !st.progress->value) continue;
      ProgressRecord& r = *st.progress;
      r.text += awkward(rng);
      r.estimated = rng() % 2 == 0;
      if (rng() % 3 == 0) r.adjusted = Adjusted{*r.value, awkward(rng)};
      if (rng() % 3 == 0) r.ranking = "第3名" + awkward(rng);
      if (rng() % 3 == 0) r.other_stages.push_back({Stage::construction, std::nullopt, awkward(rng)});
      if (rng() % 3 == 0) r.other_stages.push_back({Stage::tendering, *r.value, awkward(rng)});
      if (st.target && rng() % 2 == 0) add_history(st, rng);
    }
    if (rng() % 4 == 0) item.sub_targets.push_back(milestone(rng));
  }
  return plan;
}

}  // namespace

TEST(EvaluationWriter, StringsEscapedAsBoostSerializes) {
  for (int c = 0; c < 256; ++c) {
    std::string s = "a" + std::string(1, static_cast<char>(c)) + "b";
    std::string text;
    io::JsonText(text).string(s);
    EXPECT_EQ(text, boost::json::serialize(boost::json::string(s))) << c;
  }
}

TEST(EvaluationWriter, ScalarsAndContainersAsBoostSerializes) {
  std::string text;
  io::JsonText w(text);
  w.begin_object();
  w.field("i", -7);
  w.field("u", std::size_t{18446744073709551615u});
  w.field("t", true);
  w.null_field("n");
  w.key("a").begin_array();
  w.begin_array();
  w.end_array();
  w.begin_object();
  w.end_object();
  w.string("x");
  w.end_array();
  w.key("v").value(boost::json::object{{"k", 1}});
  w.end_object();
  EXPECT_EQ(text, R"({"i":-7,"u":18446744073709551615,"t":true,"n":null,"a":[[],{},"x"],"v":{"k":1}})");
}

TEST(EvaluationWriter, PrettyLayout) {
  // io::pretty is JsonText's pretty style over a whole value; written out, its layout:
  // two-space indent, scalar arrays on one line, an array holding any container one
  // element a line (also when a scalar comes first).
  const std::pair<const char*, const char*> cases[] = {
      {R"({})", "{}\n"},
      {R"([])", "[]\n"},
      {R"({"a":[],"b":{},"c":[1,"x",null,true],"d":[{"e":[[1],[]]},{}],"f":{"g":{"h":-1}}})",
       "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [1,\"x\",null,true],\n  \"d\": [\n    {\n      \"e\": [\n"
       "        [1],\n        []\n      ]\n    },\n    {}\n  ],\n  \"f\": {\n    \"g\": {\n      \"h\": -1\n"
       "    }\n  }\n}\n"},
      {R"([[1,2],[{"k":"v\n"}],[],{}])", "[\n  [1,2],\n  [\n    {\n      \"k\": \"v\\n\"\n    }\n  ],\n  [],\n  {}\n]\n"},
      {R"({"s":"\"\\\u0001é"})", "{\n  \"s\": \"\\\"\\\\\\u0001é\"\n}\n"},
      {R"([1,{"k":[2,"y"]},"z"])", "[\n  1,\n  {\n    \"k\": [2,\"y\"]\n  },\n  \"z\"\n]\n"}};
  for (const auto& [text, expected] : cases) {
    boost::json::value v = boost::json::parse(text);
    EXPECT_EQ(io::pretty(v), expected) << text;
    std::string out;
    io::JsonText(out, io::JsonText::Style::pretty).value(v);
    EXPECT_EQ(out + "\n", expected) << text;
  }
}

TEST(EvaluationWriter, PrettyArrayRefusesAContainerAfterAScalar) {
  std::string out;
  io::JsonText w(out, io::JsonText::Style::pretty);
  w.begin_array();
  w.integer(1);
  EXPECT_THROW(w.begin_object(), std::logic_error);
}

TEST(EvaluationWriter, DocumentAsPrettyPrintsIt) {
  for (unsigned seed = 0; seed <= 5; ++seed) {
    Plan plan = seed == 0 ? io::load_plan(kReference) : generated(seed);
    Policy policy = io::load_policy(kSource + "/policies/suqian-deadline.json", plan.year);
    policy.later_records = LaterRecords::ignore;
    Evaluation ev = evaluate_escalated(plan, policy, parse_date("2022-11-30"));
    std::string doc = io::write_evaluation(plan, ev, policy);
    EXPECT_EQ(doc, io::pretty(boost::json::parse(doc))) << "seed " << seed;
  }
}

TEST(EvaluationWriter, ReferencePlanItemsAsTheJsonValues) {
  std::set<std::string> seen;
  Plan plan = io::load_plan(kReference);
  Policy policy;
  expect_same_items(plan, policy, *plan.as_of, "reference", seen);
  for (const char* name : {"yinchuan-consecutive", "ouhai-monthly", "suqian-deadline", "points", "sdg-ratio"}) {
    Policy p = io::load_policy(kSource + "/policies/" + name + ".json", plan.year);
    p.later_records = LaterRecords::ignore;
    for (const char* date : {"2022-03-31", "2022-06-30", "2022-12-31"})
      expect_same_items(plan, p, parse_date(date), std::string(name) + " " + date, seen);
  }
  for (const char* key : kOptionalKeys)
    if (!seen.count(key)) std::cout << "reference plan: no \"" << key << "\" written\n";
}

TEST(EvaluationWriter, GeneratedPlansItemsAsTheJsonValues) {
  std::set<std::string> seen;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Plan plan = generated(seed);
    Policy policy;
    policy.later_records = LaterRecords::ignore;
    expect_same_items(plan, policy, *plan.as_of, "seed " + std::to_string(seed), seen);
    Policy deadline = io::load_policy(kSource + "/policies/suqian-deadline.json", plan.year);
    deadline.later_records = LaterRecords::ignore;
    expect_same_items(plan, deadline, parse_date("2022-11-30"), "deadline, seed " + std::to_string(seed), seen);
    expect_same_items(plan, policy, parse_date("2022-12-31"), "year end, seed " + std::to_string(seed), seen);
  }
  for (const char* key : kOptionalKeys) EXPECT_TRUE(seen.count(key)) << "no \"" << key << "\" written";
}

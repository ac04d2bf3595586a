// `evaluate --format jsonl`: one JSON object per line, the same item objects as the
// evaluation document.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <sstream>

#include "ducha/escalation.hpp"
#include "io/evaluation_lines.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

using namespace ducha;

namespace {

const std::string kReference = DUCHA_SOURCE_DIR "/examples/shapingba-2022h1/plan.json";

std::vector<boost::json::object> lines_of(const std::string& text) {
  std::vector<boost::json::object> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    boost::json::value v = io::parse_json(line, "line " + std::to_string(out.size() + 1));
    EXPECT_TRUE(v.is_object()) << line;
    out.push_back(v.as_object());
  }
  return out;
}

}  // namespace

TEST(EvaluationLines, OneObjectPerLineHeaderItemsSummary) {
  Plan plan = io::load_plan(kReference);
  Policy policy;
  Evaluation ev = evaluate_escalated(plan, policy, *plan.as_of);
  std::ostringstream out;
  Evaluation kept = io::write_evaluation_lines(out, plan, policy, *plan.as_of);
  ASSERT_EQ(kept.items.size(), ev.items.size());
  for (std::size_t i = 0; i < ev.items.size(); ++i) {
    EXPECT_EQ(kept.items[i].status, ev.items[i].status);
    // Statuses only: the sub-targets' evaluations are written, then released.
    EXPECT_EQ(kept.items[i].sub_targets.capacity(), 0u) << i;
  }
  std::string text = out.str();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  auto lines = lines_of(text);
  ASSERT_EQ(lines.size(), plan.items.size() + 2);
  EXPECT_EQ(lines.front().at("record"), "evaluation");
  EXPECT_EQ(std::string_view(lines.front().at("format").as_string()), io::kEvaluationLinesFormat);
  EXPECT_EQ(lines.front().at("items").as_int64(), static_cast<std::int64_t>(plan.items.size()));
  EXPECT_EQ(lines.back().at("record"), "summary");

  boost::json::value doc = io::parse_json(io::write_evaluation(plan, ev, policy), "document");
  const auto& items = doc.at("items").as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(lines[i + 1].at("record"), "item");
    boost::json::object fields;  // the line without "record", in order (object::erase reorders)
    for (const auto& kv : lines[i + 1])
      if (kv.key() != "record") fields.emplace(kv.key(), kv.value());
    EXPECT_EQ(boost::json::serialize(fields), boost::json::serialize(items[i])) << i;
  }
  EXPECT_EQ(boost::json::serialize(lines.back().at("summary")), boost::json::serialize(doc.at("summary")));
  EXPECT_EQ(boost::json::serialize(lines.back().at("honest_count")), boost::json::serialize(doc.at("honest_count")));
}

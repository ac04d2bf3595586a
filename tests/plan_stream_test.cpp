// Plans read item by item (lib/io/json_stream, plan_reader): the same plan and the same
// errors, with line:column, whatever the chunks the text arrives in.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <sstream>

#include "ducha/evaluate.hpp"
#include "io/json_reader.hpp"
#include "io/json_stream.hpp"
#include "io/plan_json.hpp"

using namespace ducha;

namespace {

const std::string kReference = DUCHA_SOURCE_DIR "/examples/shapingba-2022h1/plan.json";

std::string failure(const std::function<void()>& read) {
  try {
    read();
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return "";
}

// The document fed to a JsonFeeder `chunk` bytes at a time.
boost::json::value fed_in_chunks(std::string_view text, std::size_t chunk) {
  static const std::string source = "chunks.json";
  io::JsonFeeder feeder(source);
  boost::json::value doc;
  feeder.handler().on_value = [&doc](std::string_view, boost::json::value&& v) { doc = std::move(v); };
  for (std::size_t at = 0; at < text.size(); at += chunk) feeder.feed(text.substr(at, chunk));
  feeder.finish();
  return doc;
}

std::string plan_text(const std::string& items, const std::string& before = "", const std::string& after = "") {
  return R"({"year": 2022, )" + before + R"("items": [)" + items + "]" + after + "}";
}

}  // namespace

TEST(PlanStream, ChunksDoNotChangeTheDocument) {
  std::string text = io::read_file(kReference);
  boost::json::value whole = io::parse_json(text, "whole.json");
  for (std::size_t chunk : {1, 7, 4096})
    EXPECT_EQ(boost::json::serialize(fed_in_chunks(text, chunk)), boost::json::serialize(whole)) << chunk;
}

TEST(PlanStream, ErrorsNameLineAndColumnAcrossChunks) {
  std::string text = "{\"a\": [1,\n  2,\n  \"中文\" 3]}";  // the 3 on line 3, column 8 (code points)
  for (std::size_t chunk : {1, 2, 5, 100}) {
    std::string m = failure([&] { fed_in_chunks(text, chunk); });
    EXPECT_NE(m.find("chunks.json:3:8: "), std::string::npos) << chunk << ": " << m;
  }
  std::string dup = plan_text(R"({"id": "a", "kind": "task",
    "kind": "task", "text": "x"})");
  std::string m = failure([&] { io::read_plan(dup, "dup.json"); });
  EXPECT_NE(m.find("dup.json:2:"), std::string::npos) << m;
  EXPECT_NE(m.find("duplicate key \"kind\""), std::string::npos) << m;
  EXPECT_NE(failure([] { fed_in_chunks("{\"a\": 1} x", 3); }).find("chunks.json:1:10: "), std::string::npos);
}

TEST(PlanStream, ElementsArriveOneByOneAndTheRestIsKept) {
  static const std::string source = "s.json";
  std::vector<std::string> seen;
  boost::json::object root;
  io::stream_json_object(R"({"a": 1, "items": [{"x": 1.50}, "two", [3]], "b": {"c": null}})", source, "items",
                         [&](const boost::json::value& v, std::size_t i) {
                           seen.push_back(std::to_string(i) + ":" + boost::json::serialize(v));
                         },
                         root);
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[1], "1:\"two\"");
  EXPECT_EQ(seen[2], "2:[3]");
  EXPECT_EQ(boost::json::serialize(root), R"({"a":1,"items":[],"b":{"c":null}})");
  EXPECT_EQ(failure([&] { io::stream_json_object("[1]", source, "items", {}, root); }),
            "s.json: (document): expected an object");
}

TEST(PlanStream, AStreamReadsTheSamePlanAsText) {
  std::string text = io::read_file(kReference);
  std::istringstream in(text);
  Plan from_stream = io::read_plan(in, "in");
  EXPECT_EQ(io::write_plan(from_stream), io::write_plan(io::read_plan(text, "text")));
  EXPECT_EQ(from_stream.items.size(), 141u);
  Policy policy;
  Evaluation a = evaluate(from_stream, policy, *from_stream.as_of);
  Evaluation b = evaluate(io::load_plan(kReference), policy, *from_stream.as_of);
  for (std::size_t i = 0; i < a.items.size(); ++i) EXPECT_EQ(a.items[i].status, b.items[i].status);
}

TEST(PlanStream, UnitsMayFollowTheItems) {
  std::string units = R"(, "units": [{"id": "u1", "name": "区发展改革委", "aliases": ["发改委"]}])";
  Plan p = io::read_plan(plan_text(R"({"id": "a", "kind": "task", "text": "x", "lead": ["发改委"]})", "", units), "p");
  EXPECT_EQ(p.items[0].lead, std::vector<std::string>{"u1"});
  std::string m = failure([&] {
    io::read_plan(plan_text(R"({"id": "a", "kind": "task", "text": "x", "cooperating": ["u1", "无此单位"]})", "", units),
                  "p");
  });
  EXPECT_EQ(m, "p: items[0].cooperating[1]: responsible unit \"无此单位\" is not in \"units\"");
}

TEST(PlanStream, TheFirstRepeatedIdIsNamed) {
  std::string items = R"({"id": "b", "kind": "task", "text": "x"}, {"id": "a", "kind": "task", "text": "x"},
    {"id": "a", "kind": "task", "text": "x"}, {"id": "b", "kind": "task", "text": "x"})";
  EXPECT_EQ(failure([&] { io::read_plan(plan_text(items), "p"); }), "p: items[2].id: duplicate item id \"a\"");
}

TEST(PlanStream, TheItemLimitStopsReading) {
  io::Limits limits;
  limits.items = 1;
  std::string items = R"({"id": "a", "kind": "task", "text": "x"}, {"id": "b", "kind": "task", "text": "x"})";
  EXPECT_EQ(failure([&] { io::read_plan(plan_text(items), "p", limits); }),
            "p: items: more than 1 items, over the limit items = 1");
  limits.input_bytes = 10;
  std::istringstream in(plan_text(items));
  EXPECT_EQ(failure([&] { io::read_plan(in, "p", limits); }),
            "p: more than 10 bytes, over the limit input-bytes = 10");
}

TEST(PlanStream, ADocumentOfAnotherFormatIsNamedBeforeItsItems) {
  std::string m = failure([] {
    io::read_plan(R"({"format": "ducha.evaluation/1", "plan": "x", "items": [{"status": "meets"}]})", "e.json");
  });
  EXPECT_EQ(m, "e.json: plan: unknown key");
  m = failure([] { io::read_plan(R"({"format": "ducha.plan/9", "year": 2022, "items": [{}]})", "f.json"); });
  EXPECT_NE(m.find("f.json: format: expected \"ducha.plan/2\""), std::string::npos) << m;
}

// Strict JSON input (issue 14): exact types, no repeated keys, integers in range.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

using namespace ducha;

namespace {

std::string failure(const std::string& text) {
  try {
    io::read_plan(text, "plan.json");
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "accepted: " << text;
  return "";
}

std::string plan_with_item(const std::string& item) {
  return R"({"year": 2022, "items": [)" + item + "]}";
}

void expect_contains(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "\"" << part << "\" not in: " << text;
}

}  // namespace

TEST(StrictJson, NumberWhereAStringIsRequiredIsAnError) {
  expect_contains(failure(plan_with_item(R"({"id": 1.5, "kind": "task", "text": "x"})")),
                  "items[0].id: expected a string, found the number 1.5");
  expect_contains(failure(plan_with_item(R"({"id": 2, "kind": "task", "text": "x"})")),
                  "items[0].id: expected a string, found the number 2");
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "task", "text": 1e3})")),
                  "items[0].text: expected a string, found the number 1e3");
}

TEST(StrictJson, NumbersStillReadExactlyWhereNumbersBelong) {
  Plan p = io::read_plan(plan_with_item(R"({"id": "a", "kind": "indicator", "text": "x", "sub_targets": [
      {"kind": "growth", "target": {"value": 5.50, "unit": "%"}}]})"), "plan.json");
  EXPECT_EQ(p.items[0].sub_targets[0].target->quantity.value.to_string(), "5.50");
}

TEST(StrictJson, DuplicateKeysAreRejectedWithTheirPosition) {
  std::string m = failure("{\"year\": 2022,\n \"year\": 2023, \"items\": []}");
  expect_contains(m, "plan.json:2:");
  expect_contains(m, "duplicate key \"year\"");
  expect_contains(failure(R"({"year": 2022, "as_of": "2022-06-30", "as_of": "2022-12-31", "items": []})"),
                  "duplicate key \"as_of\"");
  // The same key in two different objects is fine.
  EXPECT_NO_THROW(io::parse_json(R"({"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]})", "t"));
  // Nested: the inner object's keys are checked on their own.
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "task", "kind": "task", "text": "x"})")),
                  "duplicate key \"kind\"");
}

TEST(StrictJson, IntegerFieldsAreRangeChecked) {
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "task", "number": 4294967297, "text": "x"})")),
                  "items[0].number: integer 4294967297 is out of range 1..2147483647");
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "task", "number": 0, "text": "x"})")),
                  "items[0].number: integer 0 is out of range");
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "task", "number": 18446744073709551615, "text": "x"})")),
                  "items[0].number: integer 18446744073709551615 is out of range");
  expect_contains(failure(R"({"year": 4294969318, "items": []})"), "year: integer 4294969318 is out of range 1900..9999");
  expect_contains(failure(R"({"year": 2022.0, "items": []})"), "year: expected an integer, found the number 2022.0");
  expect_contains(failure(R"({"year": "2022", "items": []})"), "year: expected an integer, found a string");
}

TEST(StrictJson, StringsMayNotHoldNul) {
  expect_contains(failure(plan_with_item(R"({"id": "a\u0000b", "kind": "task", "text": "x"})")),
                  "a string holds U+0000");
}

TEST(StrictJson, BooleansAreBooleans) {
  expect_contains(failure(plan_with_item(R"({"id": "a", "kind": "indicator", "text": "x", "sub_targets": [
      {"kind": "growth", "lower_is_better": 1, "target": {"value": 5, "unit": "%"}}]})")),
                  "lower_is_better: expected true or false, found the number 1");
}

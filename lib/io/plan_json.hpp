// Plans, policies and evaluations as JSON (docs/format.md). Decimal values
// are written as JSON strings; reading accepts strings or numbers, both from
// their source text.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"
#include "io/evaluation_json.hpp"  // write_evaluation and the item objects, beside the plan's own
#include "io/limits.hpp"

namespace ducha::io {

// Format 2 adds dated progress history and a sub-target's own period; format 1 plans
// (no history) are still read.
inline constexpr std::string_view kPlanFormat = "ducha.plan/2";
inline constexpr std::string_view kPlanFormat1 = "ducha.plan/1";
inline constexpr std::string_view kPolicyFormat = "ducha.policy/1";

// `source` names the input in error messages (a path, "<stdin>").
// Refuses a plan over `limits` (input bytes, items, sub-targets per item).
// Items are read one at a time as the text arrives (lib/io/plan_reader.cpp): the whole
// document is never held as JSON values, and from a stream never as text either.
Plan read_plan(std::string_view json, const std::string& source, const Limits& limits = {});
Plan read_plan(std::istream& in, const std::string& source, const Limits& limits = {});
Plan load_plan(const std::string& path, const Limits& limits = {});
std::string write_plan(const Plan& plan);

class Field;
// A fraction field: "p/q", a decimal string or a JSON number.
Fraction read_fraction(const Field& f);
// One sub-target or judgement as the plan format writes it (for corrections files).
SubTarget read_sub_target_field(const Field& f);
Judgement read_judgement_field(const Field& f, ItemKind kind);
// One item (responsible units as written, not yet mapped to registry ids), a period, a date.
Item read_item_field(const Field& f, const Limits& limits);
Period read_period_field(const Field& f);
Date read_date_field(const Field& f);

// Curve dates may be written "MM-DD"; they are placed in `year`.
Policy read_policy(std::string_view json, const std::string& source, int year);
Policy load_policy(const std::string& path, int year);
std::string write_policy(const Policy& policy);

}  // namespace ducha::io

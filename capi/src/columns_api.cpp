// Columnar batch evaluation (ducha_evaluate_columns): arrays in, arrays out. Units
// are looked up once per call through the caller's table; values are read straight
// from one buffer of NUL-terminated decimals, with no per-row allocation.
#include <cstring>
#include <optional>
#include <vector>

#include "api_support.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

// Reads the next NUL-terminated text of a column; the call fails when the buffer ends first.
std::string_view next_text(const char*& cursor, const char* end, std::size_t row, const char* column) {
  const void* nul = std::memchr(cursor, '\0', static_cast<std::size_t>(end - cursor));
  if (!nul)
    fail(DUCHA_EINVALID, std::string(column) + ": holds " + std::to_string(row) + " texts, fewer than the rows");
  std::string_view text(cursor, static_cast<const char*>(nul) - cursor);
  cursor = static_cast<const char*>(nul) + 1;
  return text;
}

struct Table {
  std::vector<std::optional<Unit>> units;

  const Unit& unit(std::int32_t index, const char* what) const {
    if (index < 0 || static_cast<std::size_t>(index) >= units.size())
      fail(DUCHA_EINVALID, std::string(what) + ": unit index " + std::to_string(index) + " is outside the table");
    if (!units[index]) fail(DUCHA_EUNIT, std::string(what) + ": unknown unit (table entry " + std::to_string(index) + ")");
    return *units[index];
  }
};

Decimal decimal_of(std::string_view text, const char* what) {
  Decimal d;
  std::string message;
  ErrorCode code = ErrorCode::invalid_number;
  if (!Decimal::try_parse(text, d, &message, nullptr, &code)) fail(status_of(code), std::string(what) + ": " + message);
  return d;
}

void evaluate_row(const ducha_columns& c, std::size_t i, std::string_view target, std::string_view done,
                  const Table& table, const EvaluationContext& ctx) {
  int kind = c.kinds ? c.kinds[i] : DUCHA_KIND_CUMULATIVE;
  int cmp = c.comparators ? c.comparators[i] : DUCHA_CMP_REACH;
  int flags = c.flags ? c.flags[i] : 0;
  if (kind < DUCHA_KIND_CUMULATIVE || kind > DUCHA_KIND_QUALITATIVE) fail(DUCHA_EINVALID, "kind is not a ducha_kind");
  if (cmp < DUCHA_CMP_REACH || cmp > DUCHA_CMP_FULL) fail(DUCHA_EINVALID, "comparator is not a ducha_comparator");
  SubTarget st;
  st.kind = static_cast<TargetKind>(kind);
  st.lower_is_better = (flags & DUCHA_BATCH_LOWER_IS_BETTER) != 0;
  st.target = Target{Quantity{decimal_of(target, "target"), table.unit(c.target_units[i], "target")},
                     static_cast<Comparator>(cmp)};
  ProgressRecord rec;
  if (!done.empty()) rec.value = Quantity{decimal_of(done, "done"), table.unit(c.done_units[i], "done")};
  rec.estimated = (flags & DUCHA_BATCH_ESTIMATED) != 0;
  st.progress = std::move(rec);
  ItemKind item_kind = (flags & DUCHA_BATCH_INDICATOR) ? ItemKind::indicator : ItemKind::task;
  SubTargetEvaluation ev = evaluate_sub_target(st, item_kind, ctx);
  c.statuses[i] = static_cast<std::int32_t>(ev.status);
  c.reasons[i] = static_cast<std::int32_t>(ev.reason);
  if (ev.ratio) int64_ratio(*ev.ratio, c.ratio_numerators[i], c.ratio_denominators[i]);  // past int64: q stays 0
}

void check_columns(const ducha_columns& c) {
  if (c.count > kMaxLength) fail(DUCHA_EINVALID, "count " + std::to_string(c.count) + " is too large");
  if (c.count == 0) return;
  const std::pair<const void*, const char*> required[] = {
      {c.target_values, "target_values"}, {c.target_units, "target_units"}, {c.done_values, "done_values"},
      {c.done_units, "done_units"},       {c.errors, "errors"},             {c.statuses, "statuses"},
      {c.reasons, "reasons"},             {c.ratio_numerators, "ratio_numerators"},
      {c.ratio_denominators, "ratio_denominators"}};
  for (const auto& [p, name] : required)
    if (!p) fail(DUCHA_EINVALID, std::string(name) + " is NULL");
  if (c.unit_count > 0 && !c.unit_names) fail(DUCHA_EINVALID, "unit_names is NULL");
}

}  // namespace

extern "C" {

DUCHA_API int ducha_columns_init(ducha_columns* columns, int version) {
  return init_versioned(columns, version, DUCHA_COLUMNS_VERSION, "columns", "ducha_columns");
}

DUCHA_API int ducha_evaluate_columns(ducha_columns* columns, const ducha_policy* policy, int year,
                                     const char* as_of) {
  return guard([&] {
    const ducha_columns& c = versioned_arg<ducha_columns>(columns, DUCHA_COLUMNS_VERSION, "columns", "ducha_columns");
    check_columns(c);
    const Policy p = policy_or_reference(policy);
    EvaluationContext ctx(p, Period::year(year_arg(year)), date_arg(as_of, "as_of"));
    Table table;
    for (std::size_t u = 0; u < c.unit_count; ++u) table.units.push_back(find_unit(string_arg(c.unit_names[u], "unit_names")));
    const char* targets = c.target_values;
    const char* dones = c.done_values;
    for (std::size_t i = 0; i < c.count; ++i) {
      std::string_view target = next_text(targets, c.target_values + c.target_values_size, i, "target_values");
      std::string_view done = next_text(dones, c.done_values + c.done_values_size, i, "done_values");
      c.errors[i] = DUCHA_OK;
      c.statuses[i] = DUCHA_STATUS_NOT_ASSESSABLE;
      c.reasons[i] = DUCHA_REASON_NO_FIGURE;
      c.ratio_numerators[i] = 0;
      c.ratio_denominators[i] = 0;
      c.errors[i] = guard([&] {
        evaluate_row(c, i, target, done, table, ctx);
        return DUCHA_OK;
      });
    }
    clear_error();
    return DUCHA_OK;
  });
}

}  // extern "C"

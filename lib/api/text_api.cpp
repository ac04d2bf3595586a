// include/ducha/text.hpp: the public names of lib/text and lib/import/report_import.
#include "ducha/text.hpp"

#include "import/report_import.hpp"
#include "io/assess_json.hpp"
#include "io/extraction_json.hpp"
#include "io/json_writer.hpp"
#include "io/limits.hpp"
#include "text/extraction.hpp"
#include "text/sentences.hpp"

DUCHA_BEGIN_NAMESPACE

std::string extract_json(std::string_view line, int year) {
  return io::compact(io::extraction_json(line, text::extract(line, year)));
}

namespace {

// The item the sentences state, its texts first held to `limits`.
Item read_item(std::string_view target, std::string_view progress, int year, ItemKind kind, const Limits& limits,
               std::vector<text::TextNote>& notes, const Policy& policy = Policy{}) {
  io::check_texts(target, progress, "", limits);
  return text::item_from_text(std::string(target), std::string(progress), year, kind, policy, &notes);
}

std::vector<std::string> matched_of(const std::vector<text::TextNote>& notes) {
  std::vector<std::string> matched;
  for (const auto& n : notes) matched.push_back(n.fact.empty() ? n.reason : n.fact);
  return matched;
}

}  // namespace

TextItem item_from_text(std::string_view target, std::string_view progress, int year, ItemKind kind,
                        const Limits& limits) {
  std::vector<text::TextNote> notes;
  Item item = read_item(target, progress, year, kind, limits, notes);
  return TextItem{std::move(item), matched_of(notes)};
}

std::string assess_json(std::string_view target, std::string_view progress, int year, const Date& as_of,
                        const Policy& policy, ItemKind kind, const Limits& limits) {
  std::vector<text::TextNote> notes;
  Item item = read_item(target, progress, year, kind, limits, notes, policy);
  return io::pretty(io::assess_json(item, kind, year, as_of, policy, &notes));
}

std::string assess_item_json(const Item& item, ItemKind kind, int year, const Date& as_of, const Policy& policy) {
  return io::pretty(io::assess_json(item, kind, year, as_of, policy, nullptr));
}

std::string explain_assessment(std::string_view target, std::string_view progress, int year, const Date& as_of,
                               const Policy& policy, ItemKind kind, const Limits& limits) {
  std::vector<text::TextNote> notes;
  Item item = read_item(target, progress, year, kind, limits, notes, policy);
  return io::explain_text(item, kind, policy, year, as_of, notes);
}

std::string explain_item(const Item& item, ItemKind kind, int year, const Date& as_of, const Policy& policy) {
  return io::explain_text(item, kind, policy, year, as_of, {});
}

ImportedPlan plan_from_report(std::string_view text, const std::string& source, std::optional<int> year,
                              std::optional<Date> as_of) {
  return plan_from_report(text, source, year, as_of, Limits{});
}

ImportedPlan plan_from_report(std::string_view text, const std::string& source, std::optional<int> year,
                              std::optional<Date> as_of, const Limits& limits) {
  import::ImportOptions options;
  options.limits = limits;
  options.year = year;
  options.as_of = as_of;
  import::ImportResult r = import::import_report(text, source, options);
  return ImportedPlan{std::move(r.plan), std::move(r.warnings)};
}

void apply_corrections(Plan& plan, std::string_view json, const std::string& source) {
  import::apply_corrections(plan, json, source);
}

void apply_corrections(Plan& plan, std::string_view json, const std::string& source, const Limits& limits) {
  import::apply_corrections(plan, json, source, limits);
}

DUCHA_END_NAMESPACE

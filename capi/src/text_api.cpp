// Text extraction and assessment from sentences through the C interface.
#include "api_support.hpp"
#include "io/assess_json.hpp"
#include "io/extraction_json.hpp"
#include "io/json_writer.hpp"
#include "rules/rule_cases.hpp"
#include "text/extraction.hpp"
#include "text/sentences.hpp"

using namespace ducha;
using namespace ducha::capi;

extern "C" {

DUCHA_API int ducha_extract(const char* text, size_t len, int year, ducha_buf* out) {
  return ducha_extract_limited(text, len, year, nullptr, out);
}

DUCHA_API int ducha_extract_limited(const char* text, size_t len, int year, const ducha_limits* limits,
                                    ducha_buf* out) {
  return checked_call(out, [&] {
    std::string_view t = text_arg(text, len, "text");
    if (std::size_t max = limits_arg(limits).line_bytes; t.size() > max)
      fail(DUCHA_ERANGE, "text: " + std::to_string(t.size()) + " bytes, " + io::over_limit("line-bytes", max));
    if (year != 0) year_arg(year, "year (or 0)");
    return to_buf(out, io::compact(io::extraction_json(t, text::extract(t, year))));
  });
}

DUCHA_API int ducha_assess_text(const char* target, size_t target_len, const char* progress, size_t progress_len,
                                int item_kind, const ducha_policy* policy, int year, const char* as_of,
                                ducha_buf* out) {
  return ducha_assess_text_limited(target, target_len, progress, progress_len, item_kind, policy, year, as_of,
                                   nullptr, out);
}

DUCHA_API int ducha_assess_text_limited(const char* target, size_t target_len, const char* progress,
                                        size_t progress_len, int item_kind, const ducha_policy* policy, int year,
                                        const char* as_of, const ducha_limits* limits, ducha_buf* out) {
  return checked_call(out, [&] {
    std::string t(text_arg(target, target_len, "target"));
    std::string p(text_arg(progress, progress_len, "progress"));
    if (t.empty()) fail(DUCHA_EINVALID, "target is empty");
    const io::Limits lim = limits_arg(limits);
    io::check_texts(t, p, "", lim);
    if (item_kind != DUCHA_ITEM_INDICATOR && item_kind != DUCHA_ITEM_TASK)
      fail(DUCHA_EINVALID, "item_kind: " + std::to_string(item_kind) + " is not a ducha_item_kind");
    const Policy pol = policy_or_reference(policy);
    year_arg(year);
    Date date = date_arg(as_of, "as_of");
    ItemKind kind = item_kind == DUCHA_ITEM_INDICATOR ? ItemKind::indicator : ItemKind::task;
    std::vector<text::TextNote> notes;
    Item item = text::item_from_text(t, p, year, kind, pol, &notes);
    return to_buf(out, io::compact(io::assess_json(item, kind, year, date, pol, &notes)));
  });
}

DUCHA_API int ducha_check_rules(const char* cases, size_t len, const ducha_policy* policy, ducha_buf* out,
                                size_t* out_failed) {
  return ducha_check_rules_limited(cases, len, policy, nullptr, out, out_failed);
}

DUCHA_API int ducha_check_rules_limited(const char* cases, size_t len, const ducha_policy* policy,
                                        const ducha_limits* limits, ducha_buf* out, size_t* out_failed) {
  return checked_call(out, [&] {
    require_out(out_failed, "out_failed");
    std::string_view text = text_arg(cases, len, "cases");
    const io::Limits lim = limits_arg(limits);
    check_input_bytes(text.size(), "<cases>", lim.input_bytes);
    std::vector<rules::RuleCase> parsed = rules::read_cases(text, "<cases>");
    rules::check_case_texts(parsed, "<cases>", lim);
    const Policy pol = policy_or_reference(policy);
    std::vector<rules::CaseResult> results = rules::check_rules(pol, parsed);
    boost::json::array arr;
    std::size_t failed = 0;
    for (const auto& r : results) {
      boost::json::array diffs;
      for (const auto& d : r.differences) diffs.emplace_back(d);
      arr.push_back(boost::json::object{
          {"name", r.name},
          {"passed", r.passed},
          {"status", to_string(r.status)},
          {"reason", to_string(r.reason)},
          {"ratio", r.ratio ? boost::json::value(r.ratio->to_string()) : boost::json::value(nullptr)},
          {"label", r.label},
          {"explanation", r.explanation},
          {"differences", diffs}});
      failed += r.passed ? 0 : 1;
    }
    *out_failed = failed;
    return to_buf(out, io::compact(arr));
  });
}

}  // extern "C"

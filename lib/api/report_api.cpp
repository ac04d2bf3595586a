// include/ducha/report.hpp: the public names of lib/report.
#include "ducha/report.hpp"

#include "ducha/escalation.hpp"
#include "ducha/history.hpp"
#include "io/series_json.hpp"
#include "report/render.hpp"
#include "report/report_model.hpp"
#include "report/settings.hpp"
#include "report/text_report.hpp"

DUCHA_BEGIN_NAMESPACE

std::vector<std::string> report_formats() { return {"md", "html", "pdf", "docx", "xlsx", "csv", "json", "summary"}; }

namespace {

// A plan with a progress history is reported as it stood at the date (the month's texts
// and records). The model refers to the plan and evaluation: `render` uses it while both live.
template <class Render>
std::string with_model(const Plan& plan, const Policy& policy, const Date& as_of, Render render) {
  const Evaluation ev = evaluate_escalated(plan, policy, as_of);
  const Plan as_it_stood = flatten_as_of(plan, as_of);
  return render(report::build_report(as_it_stood, ev, policy));
}

}  // namespace

std::string render_report(const Plan& plan, const Policy& policy, const Date& as_of, std::string_view format,
                          std::optional<std::string_view> settings_json, const std::string& settings_source) {
  return with_model(plan, policy, as_of, [&](const report::ReportModel& m) {
    report::ReportSettings settings =
        settings_json ? report::parse_settings(*settings_json, settings_source) : report::ReportSettings{};
    return report::render(m, settings, format);
  });
}

std::string render_agreement(const Plan& plan, const Policy& policy, const Date& as_of) {
  return with_model(plan, policy, as_of,
                    [](const report::ReportModel& m) { return report::render_agreement_markdown(m); });
}

std::string evaluation_to_text(const Plan& plan, const Evaluation& evaluation, const Policy& policy) {
  return report::render_text(plan, evaluation, policy);
}

std::string series_to_text(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy) {
  return io::render_series_text(plan, series, policy);
}

DUCHA_END_NAMESPACE

#include "report/settings.hpp"

#include "io/json_reader.hpp"

namespace ducha::report {

ReportSettings parse_settings(std::string_view json, const std::string& source) {
  boost::json::value doc = io::parse_json(json, source);
  io::Field root(doc, "", source);
  root.expect_keys({"title", "document_number", "issuer", "addressee", "date", "signature", "opening",
                    "recommendations"});
  ReportSettings s;
  auto text = [&](std::string_view key, std::optional<std::string>& into) {
    if (auto f = root.find(key)) into = f->string();
  };
  text("title", s.title);
  text("document_number", s.document_number);
  text("issuer", s.issuer);
  text("addressee", s.addressee);
  text("signature", s.signature);
  text("opening", s.opening);
  if (auto f = root.find("date")) {
    try {
      s.date = parse_date(f->string());
    } catch (const Error& e) {
      f->fail(std::string("not a date (YYYY-MM-DD): ") + e.what());
    }
  }
  if (auto f = root.find("recommendations"))
    for (std::size_t i = 0; i < f->size(); ++i) s.recommendations.push_back(f->at(i).string());
  return s;
}

ReportSettings load_settings(const std::string& path) { return parse_settings(io::read_file(path), path); }

std::string chinese_date(const Date& d) {
  return std::to_string(static_cast<int>(d.year())) + "年" + std::to_string(static_cast<int>(d.month())) + "月" +
         std::to_string(static_cast<int>(d.day())) + "日";
}

ResolvedSettings resolve(const ReportSettings& s, const Plan& plan, const Date& as_of) {
  ResolvedSettings r;
  r.title = s.title ? *s.title
                    : !plan.name.empty() ? plan.name
                                         : std::to_string(plan.year) + "年政府工作报告重点任务推进情况的报告";
  if (s.issuer) {
    r.issuer = *s.issuer;
  } else {
    // Official titles read "发文机关关于事由的报告".
    std::size_t about = r.title.find("关于");
    r.issuer = about != std::string::npos && about > 0 ? r.title.substr(0, about) : "督查办";
  }
  r.document_number = s.document_number.value_or("");
  r.addressee = s.addressee.value_or("");
  r.signature = s.signature.value_or(r.issuer);
  r.date = s.date.value_or(as_of);
  r.opening = s.opening ? *s.opening
                        : "现将" + std::to_string(plan.year) + "年政府工作报告重点工作任务截至" + chinese_date(as_of) +
                              "的推进情况报告如下。";
  r.recommendations = s.recommendations;
  if (r.recommendations.empty()) {
    r.recommendations_are_placeholder = true;
    r.recommendations.push_back("(此处由督查办填写下步工作建议。)");
  }
  return r;
}

}  // namespace ducha::report

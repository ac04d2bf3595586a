#include "report/report_model.hpp"

#include <unicode/coll.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "ducha/evaluate.hpp"
#include "ducha/explain.hpp"
#include "io/plan_json.hpp"
#include "report/figures.hpp"
#include "report/summary.hpp"
#include "report/unit_names.hpp"
#include "text/extraction.hpp"
#include "text/normalized_text.hpp"

namespace ducha::report {

std::string_view to_string(FindingKind k) {
  switch (k) {
    case FindingKind::summary_figure: return "summary_figure";
    case FindingKind::summary_count: return "summary_count";
    case FindingKind::empty_progress: return "empty_progress";
    case FindingKind::no_progress_normal: return "no_progress_normal";
    case FindingKind::unit_mismatch: return "unit_mismatch";
    case FindingKind::unmatched: return "unmatched";
  }
  return "unmatched";
}

bool ReportModel::is_behind(std::size_t i) const {
  return io::counts_as_behind(evaluation.items[i], policy);
}

std::string ReportModel::units_of(const Item& item, bool lead) const {
  std::string out;
  for (const auto& id : lead ? item.lead : item.cooperating) {
    const OrgUnit* u = plan.units.find(id);
    out += (out.empty() ? "" : "、") + (u ? u->name : id);
  }
  return out;
}

namespace {

// The unit scorecard, sorted by pinyin. Units from the registry only; collective
// names (各镇街, …成员单位) are not units.
std::vector<UnitScore> unit_scorecard(const ReportModel& m) {
  const Plan& plan = m.plan;
  std::map<std::string, UnitScore> scores;
  auto unit = [&](const std::string& id) -> UnitScore* {
    const OrgUnit* u = plan.units.find(id);
    if (!u || is_collective_unit(u->name)) return nullptr;
    UnitScore& s = scores[u->id];
    s.name = u->name;
    return &s;
  };
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    if (item.kind != ItemKind::task) continue;
    const bool judged = m.evaluation.items[i].judged_by == JudgedBy::rules || m.evaluation.items[i].source == Source::assessed;
    for (const auto& id : item.lead)
      if (UnitScore* s = unit(id)) {
        ++s->led;
        if (judged) ++s->judged;
        if (judged && m.is_behind(i)) ++s->lagging;
      }
    for (const auto& id : item.cooperating)
      if (UnitScore* s = unit(id)) ++s->cooperating;
  }
  std::vector<UnitScore> card;
  for (auto& [id, s] : scores) card.push_back(s);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
  if (U_FAILURE(status) || !collator) throw Error(ErrorCode::invalid_argument, "ICU has no pinyin collation");
  std::stable_sort(card.begin(), card.end(), [&](const UnitScore& a, const UnitScore& b) {
    UErrorCode st = U_ZERO_ERROR;
    return collator->compareUTF8(a.name, b.name, st) == UCOL_LESS;
  });
  return card;
}

void add_finding(ReportModel& m, FindingKind k, const std::string& item, const std::string& msg) {
  m.findings.push_back({k, item, msg});
}

// An indicator's percentage as the office's summary states it, against 附件1's figure.
void summary_figure_findings(ReportModel& m) {
  const Plan& plan = m.plan;
  text::Extraction sx = text::extract(plan.summary, plan.year);
  std::u32string summary32 = text::normalize(plan.summary).original;
  for (std::size_t i : m.indicators) {
    const Item& item = plan.items[i];
    if (item.sub_targets.empty() || !item.sub_targets[0].progress || !item.sub_targets[0].progress->value) continue;
    const Quantity& actual = *item.sub_targets[0].progress->value;
    if (actual.unit.dimension != Dimension::percent) continue;
    std::u32string name = text::normalize(indicator_name(item)).original;
    std::u32string key = name.size() > 4 ? name.substr(name.size() - 4) : name;  // 全体居民人均可支配收入 → 支配收入
    std::size_t at = summary32.find(key);
    if (at == std::u32string::npos) continue;
    std::size_t from = summary32.find(name) != std::u32string::npos ? summary32.find(name) : at;
    for (const auto& p : sx.percents) {
      if (p.span.begin < at || p.span.begin > at + key.size() + 12) continue;
      if (p.value != Fraction(actual.value))
        add_finding(m, FindingKind::summary_figure, item.id,
                    "总结写“" + text::to_utf8(summary32.substr(from, p.span.end - from)) + "”,附件1为" +
                        quantity_text(actual) + ",两处数字不一致");
      break;
    }
  }
}

// Counts stated in the summary against the tables' official statuses.
void summary_count_findings(ReportModel& m) {
  const std::string& summary = m.plan.summary;
  auto stated = [&](const std::string& after) -> std::optional<long> {
    std::size_t p = summary.find(after);
    if (p == std::string::npos) return std::nullopt;
    std::size_t b = p;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(summary[b - 1]))) --b;
    if (b == p) return std::nullopt;
    return std::stol(summary.substr(b, p - b));
  };
  int official_normal = 0, official_lagging = 0, tasks = 0;
  for (const auto& item : m.plan.items) {
    if (item.kind != ItemKind::task) continue;
    ++tasks;
    if (item.official_status == Status::on_track) ++official_normal;
    if (item.official_status == Status::lagging) ++official_lagging;
  }
  auto check = [&](const std::string& phrase, int table, const std::string& what) {
    auto n = stated(phrase);
    if (n && *n != table)
      add_finding(m, FindingKind::summary_count, "",
                  "总结称" + std::to_string(*n) + phrase + ",表中" + what + "为" + std::to_string(table) + "项");
  };
  check("项重点工作任务", tasks, "重点工作任务");
  check("项任务正常推进", official_normal, "正常推进的任务");
  check("项任务推进较为滞后", official_lagging, "推进较为滞后的任务");
}

// Per item: an empty progress, "no progress" listed as normal, figures that cannot be compared.
void item_findings(ReportModel& m) {
  const Plan& plan = m.plan;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    const ItemEvaluation& ie = m.evaluation.items[i];
    if (item.kind == ItemKind::task && item.progress_text.find_first_not_of(" \n") == std::string::npos)
      add_finding(m, FindingKind::empty_progress, item.id, "进展情况为空");
    else if (item.official_status == Status::on_track && says_no_progress(item.progress_text, m.policy))
      add_finding(m, FindingKind::no_progress_normal, item.id, "进展情况表明无进展,通报却列为正常推进");
    for (std::size_t k = 0; k < item.sub_targets.size(); ++k) {
      const SubTarget& st = item.sub_targets[k];
      if (ie.sub_targets[k].reason == Reason::unit_mismatch)
        add_finding(m, FindingKind::unit_mismatch, item.id,
                    "“" + st.text + "”的进展数字" + quantity_text(*record_used(st, m.evaluation.as_of)->value) + "与目标" +
                        quantity_text(st.target->quantity) + "计量单位不同");
      else if (ie.sub_targets[k].reason == Reason::no_figure)
        add_finding(m, FindingKind::unmatched, item.id, "“" + st.text + "”在进展情况中没有可比的数字");
    }
  }
}

// Agreement with the office's own statuses.
void agreement_with_office(ReportModel& m) {
  for (std::size_t i = 0; i < m.plan.items.size(); ++i) {
    const Item& item = m.plan.items[i];
    if (!item.official_status) continue;
    const ItemEvaluation& ie = m.evaluation.items[i];
    ++m.agreement.compared;
    bool same = io::agrees_with_official(item, ie, m.policy);
    m.agreement.agree += same ? 1 : 0;
    m.agreement.table[std::string(to_string(*item.official_status))][std::string(to_string(ie.status))] += 1;
    if (item.official_status == Status::lagging)
      (m.is_behind(i) ? m.agreement.lagging_found : m.agreement.lagging_missed).push_back(i);
    if (!same) m.agreement.disagreements.push_back(i);
  }
}

}  // namespace

ReportModel build_report(const Plan& plan, const Evaluation& ev, const Policy& policy) {
  ReportModel m{plan, ev, policy, {}, {}, {}, {}, {}, {}, {}};
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    if (plan.items[i].kind == ItemKind::indicator)
      m.indicators.push_back(i);
    else
      (m.is_behind(i) ? m.behind : m.normal).push_back(i);
  }
  m.summary = overview_paragraph(m);
  if (std::string w = warning_paragraph(m); !w.empty()) m.summary += "\n" + w;
  for (const auto& p : indicator_paragraphs(m)) m.summary += "\n" + p;
  for (const auto& p : lagging_paragraphs(m)) m.summary += "\n" + p;
  m.scorecard = unit_scorecard(m);
  if (!plan.summary.empty()) {
    summary_figure_findings(m);
    summary_count_findings(m);
  }
  item_findings(m);
  agreement_with_office(m);
  return m;
}

}  // namespace ducha::report

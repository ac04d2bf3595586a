// What a supervision report says, independent of its format: the summary paragraph
// in the office's style, the three annexes, the unit scorecard, the consistency
// findings and the agreement with the office's own statuses.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

namespace ducha::report {

struct UnitScore {
  std::string name;
  int led = 0;          // tasks it leads
  int cooperating = 0;  // tasks it cooperates on
  int judged = 0;       // tasks it leads judged by the rules or a recorded assessment
  int lagging = 0;      // of those, the ones behind
};

enum class FindingKind {
  summary_figure,      // the summary states another figure than the table row
  summary_count,       // the summary's counts differ from the tables
  empty_progress,      // no progress text at all
  no_progress_normal,  // the progress says nothing was done, yet the office lists it as normal
  unit_mismatch,       // the reported figure is in another dimension than the target
  unmatched,           // a quantitative sub-target with no comparable figure
};

std::string_view to_string(FindingKind k);

struct Finding {
  FindingKind kind;
  std::string item;     // item id, "" for the whole report
  std::string message;  // Chinese, one sentence
};

struct Agreement {
  // official status code → computed status code → count
  std::map<std::string, std::map<std::string, int>> table;
  std::vector<std::size_t> lagging_found;   // officially lagging, computed behind
  std::vector<std::size_t> lagging_missed;  // officially lagging, not computed behind
  std::vector<std::size_t> disagreements;   // every item whose computed bucket differs
  int compared = 0, agree = 0;
};

struct ReportModel {
  const Plan& plan;
  const Evaluation& evaluation;
  const Policy& policy;
  std::string summary;                  // the generated summary paragraph(s)
  std::vector<std::size_t> indicators;  // 附件1
  std::vector<std::size_t> behind;      // 附件2: tasks the computation finds behind
  std::vector<std::size_t> normal;      // 附件3
  std::vector<UnitScore> scorecard;     // sorted by pinyin
  std::vector<Finding> findings;
  Agreement agreement;

  bool is_behind(std::size_t item) const;
  std::string units_of(const Item& item, bool lead) const;  // names joined with 、
};

ReportModel build_report(const Plan& plan, const Evaluation& evaluation, const Policy& policy);

}  // namespace ducha::report

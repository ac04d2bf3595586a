// The summary as the office writes it: paragraphs, honest counts (what the rules
// judged apart from what nobody judged), zero counts left out.
#pragma once

#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace ducha::report {

struct TaskCounts {
  int total = 0;
  int rules = 0, rules_normal = 0, rules_completed = 0, rules_behind = 0;  // judged by the rules
  int unjudged = 0;                                // not judged by the rules (office + none)
  int office = 0, office_normal = 0, office_behind = 0;  // of those, the office's own status
};
TaskCounts count_tasks(const ReportModel& m);
// The name an indicator goes by: its target text before 增长 / 完成 / 达.
std::string indicator_name(const Item& item);

// 总体情况: one paragraph with the date, 序时进度 and every count.
std::string overview_paragraph(const ReportModel& m);
// The escalation colours counted ("预警情况:红色2项、黄色5项。"), or "" when the policy
// does not escalate or nothing is coloured.
std::string warning_paragraph(const ReportModel& m);
// 指标完成情况: one paragraph per indicator status present.
std::vector<std::string> indicator_paragraphs(const ReportModel& m);
// 滞后任务及原因: the lead sentence, then one numbered paragraph per task behind.
std::vector<std::string> lagging_paragraphs(const ReportModel& m);

}  // namespace ducha::report

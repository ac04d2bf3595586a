// An honest count: what ducha judged by rules, what a person judged, and what nobody
// judged, per item kind. The three always add up to the total (docs/evaluation.md).
#pragma once

#include <map>
#include <string>

#include "ducha/config.hpp"
#include "ducha/evaluation.hpp"
#include "ducha/plan.hpp"

DUCHA_BEGIN_NAMESPACE

struct JudgedCount {
  std::size_t total = 0;
  std::size_t rules = 0;   // judged by ducha's rules from figures or words (无进展)
  std::size_t office = 0;  // not judged by rules; a person's status exists
  std::size_t none = 0;    // nobody judged it: never counted as 正常推进
  std::map<Status, std::size_t> rules_by_status;   // the rules' statuses
  std::map<Status, std::size_t> office_by_status;  // the person's statuses
};

struct HonestCount {
  JudgedCount tasks;
  JudgedCount indicators;
};

// Counts one item of kind `kind` evaluated as `ie`.
inline void count_item(HonestCount& out, ItemKind kind, const ItemEvaluation& ie) {
  JudgedCount& c = kind == ItemKind::task ? out.tasks : out.indicators;
  ++c.total;
  switch (ie.judged_by) {
    case JudgedBy::rules:
      ++c.rules;
      ++c.rules_by_status[ie.status];
      break;
    case JudgedBy::office:
      ++c.office;
      ++c.office_by_status[*ie.office_status];
      break;
    case JudgedBy::none: ++c.none; break;
  }
}

inline HonestCount honest_count(const Plan& plan, const Evaluation& ev) {
  HonestCount out;
  for (std::size_t i = 0; i < plan.items.size() && i < ev.items.size(); ++i)
    count_item(out, plan.items[i].kind, ev.items[i]);
  return out;
}

// The honest count of tasks in one sentence, labels from `label_of(status)`:
// 131项重点工作任务中,按量化目标评估45项:已完成5项,…;86项无量化目标,待人工评估(其中督查办判断正常推进86项).
template <class LabelOf>
std::string honest_task_sentence(const JudgedCount& c, LabelOf label_of) {
  auto list = [&](const std::map<Status, std::size_t>& m) {
    std::string s;
    for (const auto& [status, n] : m) s += (s.empty() ? "" : ",") + std::string(label_of(status)) + std::to_string(n) + "项";
    return s;
  };
  std::string out = std::to_string(c.total) + "项重点工作任务中,按量化目标评估" + std::to_string(c.rules) + "项";
  if (c.rules) out += ":" + list(c.rules_by_status);
  const std::size_t unjudged = c.office + c.none;
  if (unjudged) {
    out += ";" + std::to_string(unjudged) + "项无量化目标,待人工评估";
    std::string office;
    for (const auto& [status, n] : c.office_by_status)
      office += (office.empty() ? "" : ",") + std::string("督查办判断") + std::string(label_of(status)) + std::to_string(n) + "项";
    if (!office.empty()) out += "(其中" + office + ")";
  }
  return out;
}

DUCHA_END_NAMESPACE

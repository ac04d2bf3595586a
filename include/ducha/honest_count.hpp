// An honest count: what ducha judged by rules, what a person judged, and what nobody
// judged, per item kind. The three always add up to the total (docs/evaluation.md).
#pragma once

#include <map>

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

inline HonestCount honest_count(const Plan& plan, const Evaluation& ev) {
  HonestCount out;
  for (std::size_t i = 0; i < plan.items.size() && i < ev.items.size(); ++i) {
    const ItemEvaluation& ie = ev.items[i];
    JudgedCount& c = plan.items[i].kind == ItemKind::task ? out.tasks : out.indicators;
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
  return out;
}

DUCHA_END_NAMESPACE

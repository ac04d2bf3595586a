// Targets: a target sentence read into sub-targets (clauses with a figure, an
// action, an object, a kind and a comparator). Parts that cannot be read are
// reported as unread, with the reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/target.hpp"
#include "text/measures.hpp"

namespace ducha::text {

struct TargetClause {
  Span span;               // the clause of the sentence, code points
  std::string action;      // 新建, 拆除, 增长 … ("" when none was written or inherited)
  std::string object;      // 社区体育公园
  TargetKind kind = TargetKind::qualitative;
  std::optional<Target> target;
  bool lower_is_better = false;
  bool unit_inferred = false;  // a bare figure (孵化科技型企业200): the unit comes from the progress fact
  bool from_gap = false;       // the target came from a gap stated in the progress (低于目标0.7个百分点)
  bool cell = false;           // the target cell of a table row written as text (目标任务 27800)
  // A count after a list of kinds is one total for the list (世界500强、中国500强、上市公司…项目
  // 不少于3个): the listed kinds, in order, each as written.
  std::vector<std::string> kinds;
};

struct TargetReading {
  std::vector<TargetClause> clauses;
  std::vector<Unread> unread;  // numerals that name something, parts with nothing to measure
};

// The measurable sub-targets of one target sentence; a sentence without a figure
// gives one milestone or qualitative clause.
TargetReading read_target(std::string_view sentence);
std::vector<TargetClause> parse_target(std::string_view sentence);

}  // namespace ducha::text

// Target sentences into sub-targets, progress text into facts, and the matching
// of facts to sub-targets by dimension, object, action and heading.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/item.hpp"
#include "ducha/target.hpp"
#include "text/extraction.hpp"

namespace ducha::text {

struct TargetClause {
  Span span;               // the clause of the sentence, code points
  std::string action;      // 新建, 拆除, 增长 … ("" when none was written or inherited)
  std::string object;      // 社区体育公园
  TargetKind kind = TargetKind::qualitative;
  std::optional<Target> target;
  bool lower_is_better = false;
  bool unit_inferred = false;  // a bare figure (孵化科技型企业200): the unit comes from the progress fact
};

// The measurable sub-targets of one target sentence; a sentence without a figure
// gives one milestone or qualitative clause.
std::vector<TargetClause> parse_target(std::string_view sentence);

struct Fact {
  Span span;                // the figure, code points of the progress text
  std::string sentence;     // the sentence it stands in
  std::string clause;       // the clause around the figure ("已建成2个社区健身点")
  std::string heading;      // the text before '：' on its line, if any ("新建3个社区体育公园")
  std::string verb;         // 建成, 完成, 新增 …
  std::string object;       // what the figure counts
  Fraction value;           // in `unit`, scale words applied
  Unit unit;
  bool percent = false;     // a percentage or percentage points
  std::optional<Fraction> growth;  // signed growth rate where a verb says 增长/下降
  bool estimated = false;   // 预计, 约
  bool scope = false;       // not progress: 拟定…范围, 计划, 全年任务…, a target restated
  bool adjusted = false;    // 扣除…后: an adjusted figure of the one before it
  bool ongoing = false;     // 正在…: work under way, not work done
  std::string verb_after;   // a verb after the figure in its clause (3个项目建设已完成)
  std::optional<Date> as_of;
  bool as_of_ambiguous = false;
  std::string as_of_note;
  std::string ranking;      // 主城区第3名
};

// Every figure of a progress text with its context. `year` places dates.
std::vector<Fact> parse_progress(std::string_view text, int year);

struct Match {
  std::optional<std::size_t> fact;  // index into the facts, when one matches
  bool unit_mismatch = false;       // the figure about this object is in another dimension
  std::optional<std::size_t> mismatched_fact;
  std::string reason;               // why this fact, or why none
};

Match match(const TargetClause& clause, const std::vector<Fact>& facts);
// All clauses of one target against one progress text: best pairs first, each
// figure used by one sub-target at most.
std::vector<Match> match_all(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts);

// An item built from a target sentence and a progress text: its sub-targets with
// the matched facts as progress records. `notes` receives, per sub-target, the
// matched figure's text (or "") and the matcher's reason.
struct TextNote {
  std::string fact;  // the matched figure, "" when none
  std::string reason;
  bool unit_inferred = false;  // the target gave a bare figure; its unit is the progress figure's
  std::string date_note;       // the record's date was damaged (截至630日): why it was not used
};
Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes = nullptr);

}  // namespace ducha::text

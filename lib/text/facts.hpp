// Facts: every figure of a progress text with what it says — figure, unit, verb,
// project stage, object — and what it is not (a plan, an adjusted figure, work
// under way, a gap to the target, a stated completion rate).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ducha/progress_record.hpp"
#include "ducha/schedule.hpp"
#include "text/measures.hpp"

namespace ducha::text {

struct Fact {
  Span span;                // the figure, code points of the progress text
  std::string sentence;     // the sentence it stands in (at most kWindow either side)
  std::string clause;       // the clause around the figure ("已建成2个社区健身点")
  std::string heading;      // the text before '：' on its line, if any ("新建3个社区体育公园")
  std::string verb;         // 建成, 完成, 新增 …
  std::string object;       // what the figure counts
  // The noun written right after a count's unit (38个厢房 → 厢房; 7所中小学、幼儿园 → 中小学、幼儿园),
  // "" when none is (已完成187个, 498.1万人的饮水安全问题): what the count counts, compared with
  // what a sub-target counts (matching.cpp).
  std::string counted;
  Fraction value;           // in `unit`, scale words applied
  Unit unit;
  bool percent = false;     // a percentage or percentage points
  std::optional<Fraction> growth;  // signed growth rate where a verb says 增长/下降
  bool estimated = false;   // 预计, 约
  bool scope = false;       // not progress: 拟定…范围, 计划, 全年任务…, a target restated
  bool adjusted = false;    // 扣除…后: an adjusted figure of the one before it
  bool ongoing = false;     // 正在…, 施工中: work under way, not work done
  std::string verb_after;   // a verb after the figure in its clause (3个项目建设已完成)
  std::optional<Stage> stage;  // the project stage its clause states (已完工投用 → in_use; 选址 → preparation)
  bool rate = false;        // a stated completion rate (完成率85%, 完成年度任务的85%, (50%)), not a level
  bool whole_text = false;  // the figure is the whole progress text (a table cell that is only 95%)
  std::optional<Fraction> stated_rate;  // the rate stated with this count (已完成1个(50%) → 50)
  bool carried = false;     // a rate another fact carries as its stated_rate
  bool bare = false;        // a number without a unit (a table cell, 孵化科技型企业200): it takes the target's
  bool cumulative = false;  // 累计 before it in its clause: the figure since the start
  bool total = false;       // 共, 共计, 合计, 总计, 总共 (a word of its own) before it in its clause: a sum
  std::optional<Column> column;  // a table cell: the column it stands in (完成情况 4385 → actual)
  bool gap = false;         // the distance to the target (低于目标0.7个百分点), not progress
  std::optional<Fraction> implied_target;  // the target a gap gives this figure (6.3 + 0.7 → 7), or the text states
  std::string implied_how;  // "the gap to the target" | "the target": how the text states it
  std::optional<Date> as_of;
  bool as_of_ambiguous = false;
  std::string as_of_note;
  std::string ranking;      // 主城区第3名
};

struct ProgressReading {
  std::vector<Fact> facts;
  std::vector<Unread> unread;  // numerals that name something, with the reason
};

// Every figure of a progress text with its context. `year` places dates.
ProgressReading read_progress(std::string_view text, int year);
std::vector<Fact> parse_progress(std::string_view text, int year);

}  // namespace ducha::text

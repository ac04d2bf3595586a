// Reading a target sentence and a progress text into an item, stage by stage:
// figures (measures.hpp) → facts (facts.hpp) → clauses (clauses.hpp) → targets
// (targets.hpp) → matching (matching.hpp). Every word the stages use is in
// sentence_words.hpp.
#pragma once

#include <string>
#include <vector>

#include "ducha/item.hpp"
#include "text/facts.hpp"
#include "text/matching.hpp"
#include "text/targets.hpp"

namespace ducha::text {

// Per sub-target: the matched figure (or "") and the matcher's reason, and which
// stage produced each figure (for `ducha assess --explain`).
struct TextNote {
  std::string fact;  // the matched figure, "" when none
  std::string reason;
  bool unit_inferred = false;  // the target gave a bare figure; its unit is the progress figure's
  std::string date_note;       // the record's date was damaged (截至630日): why it was not used
  std::string target_from;     // "targets: 新建3个社区体育公园" …
  std::string actual_from;     // "facts: 已建成2个 (clause 已建成2个社区健身点); matching: …"
  std::string finding;         // the stated rate disagrees with done/target, and by how much
};

// An item built from a target sentence and a progress text: its sub-targets with
// the matched facts as progress records. `notes` receives one TextNote per
// sub-target; `unread` what could not be read in either text, with the reason.
Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    std::vector<TextNote>* notes = nullptr, std::vector<Unread>* unread = nullptr);
// The same under a policy: its verb groups (Policy::verb_groups) say which progress verbs
// count as done for a target's verb (建成 ⇐ 完工/投用).
Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    const Policy& policy, std::vector<TextNote>* notes = nullptr, std::vector<Unread>* unread = nullptr);
Item item_from_text(const std::string& target, const std::string& progress, int year, ItemKind kind,
                    const VerbMatcher& verbs, std::vector<TextNote>* notes = nullptr,
                    std::vector<Unread>* unread = nullptr);

}  // namespace ducha::text

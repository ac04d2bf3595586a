// Matching: which progress fact is the figure of which sub-target. Candidates
// come from an index (shared character bigrams of objects, sentences and
// headings; alike verbs), each list bounded, so the work is near-linear in the
// texts; similarity is the longest common substring by suffix automaton.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text/facts.hpp"
#include "text/targets.hpp"

namespace ducha::text {

struct Match {
  std::optional<std::size_t> fact;  // index into the facts, when one matches
  bool unit_mismatch = false;       // the figure about this object is in another dimension
  std::optional<std::size_t> mismatched_fact;
  std::string reason;               // why this fact, or why none
  std::vector<std::size_t> parts;   // a list total: the facts of its listed kinds, summed (`fact` is the first)
  // A count written with a noun of another kind than the sub-target counts (38个厢房 against
  // 达标小区210个): refused, so not read for this sub-target.
  std::optional<std::size_t> other_kind_fact;
  // A total (共…) that is the only figure of its unit while the target sets several sub-targets
  // in that unit (减税8000多亿元, 减轻非税负担3000多亿元 / 共减税降费1.3万亿元): their combined
  // figure, no one's own, so not read for any of them.
  std::optional<std::size_t> combined_fact;
};

Match match(const TargetClause& clause, const std::vector<Fact>& facts);
// All clauses of one target against one progress text: best pairs first, each
// figure used by one sub-target at most.
// Verbs count the same work by `verbs` (a policy's verb groups; the reference's by default).
std::vector<Match> match_all(const std::vector<TargetClause>& clauses, const std::vector<Fact>& facts,
                             const VerbMatcher& verbs = VerbMatcher::reference());

// Length (code points) of the longest common substring of two texts, linear in both.
class CommonSubstring {
 public:
  explicit CommonSubstring(U32View a);
  // `end_in_b`, when given, receives where in `b` the first longest common substring ends.
  std::size_t longest_with(U32View b, std::size_t* end_in_b = nullptr) const;

 private:
  struct State {
    int link = -1;
    std::size_t len = 0;
    std::vector<std::pair<char32_t, int>> next;
  };
  int next(int state, char32_t c) const;
  std::vector<State> states_;
};

// At most this many facts are scored against one clause, and an index entry
// shared by more facts than this does not propose candidates.
inline constexpr std::size_t kCandidates = 64;

}  // namespace ducha::text

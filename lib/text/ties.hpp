// Ties in matching: sub-targets the score cannot tell apart. When several sub-targets
// score alike for the same figures of different values, the order of the text would
// decide which figure is whose; instead the words each sub-target's clause shares with
// each figure's sentence decide, and only when they give every tied sub-target a figure
// of its own. Otherwise none of them is guessed.
#pragma once

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

#include "text/facts.hpp"
#include "text/targets.hpp"

namespace ducha::text {

struct ScoredPair {
  long score;
  std::size_t clause, fact;
};

// How many words a sub-target's clause and a fact share: 1000 × the Dice coefficient
// of their sets of ideograph bigrams; the fact's side is its sentence up to the end of
// its clause (广宁县…集中…2200元/人月,分散…1180元/人月: the second clause keeps the first's
// subject).
long shared_words(const TargetClause& clause, const Fact& fact);

class Ties {
 public:
  Ties(const std::vector<ScoredPair>& pairs, std::size_t n_facts);
  // The clauses tied with `p`: other open clauses scoring the same for its fact, when
  // `p`'s clause also scores the same for a free fact of another figure (value or unit).
  // Empty when `p` is not tied; else the group, `p`'s clause included.
  std::vector<std::size_t> tied(const ScoredPair& p, const std::vector<Fact>& facts, const std::vector<bool>& done,
                                const std::vector<bool>& taken) const;
  // The figure of each clause of a tied group (same order), decided by shared_words
  // among the free facts each scores `score` for: only when each clause has one
  // strictly best fact and no two clauses have the same; nullopt otherwise.
  std::optional<std::vector<std::size_t>> resolve(const std::vector<std::size_t>& group, long score,
                                                  const std::vector<TargetClause>& clauses,
                                                  const std::vector<Fact>& facts, const std::vector<bool>& taken) const;

 private:
  std::size_t key(std::size_t c, std::size_t f) const { return c * n_facts_ + f; }
  long score(std::size_t c, std::size_t f) const;
  std::size_t n_facts_;
  std::unordered_map<std::size_t, long> score_;
  std::unordered_map<std::size_t, std::vector<std::size_t>> by_clause_, by_fact_;
};

}  // namespace ducha::text

#include "text/ties.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "text/normalized_text.hpp"
#include "text/u32_scan.hpp"
#include "text/unique_best.hpp"

namespace ducha::text {
namespace {

std::vector<std::uint64_t> bigrams(const U32& s) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (ideograph(s[i]) && ideograph(s[i + 1])) out.push_back((static_cast<std::uint64_t>(s[i]) << 32) | s[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The fact's sentence up to the end of its clause.
std::string fact_context(const Fact& f) {
  std::size_t at = f.clause.empty() ? std::string::npos : f.sentence.find(f.clause);
  return at == std::string::npos ? f.clause : f.sentence.substr(0, at + f.clause.size());
}

bool same_figure(const Fact& a, const Fact& b) { return a.value == b.value && a.unit.symbol == b.unit.symbol; }

}  // namespace

long shared_words(const TargetClause& clause, const Fact& fact) {
  std::vector<std::uint64_t> a = bigrams(normalize(clause.span.text).original);
  std::vector<std::uint64_t> b = bigrams(normalize(fact_context(fact)).original);
  if (a.empty() || b.empty()) return 0;
  std::vector<std::uint64_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return static_cast<long>(2000 * both.size() / (a.size() + b.size()));
}

Ties::Ties(const std::vector<ScoredPair>& pairs, std::size_t n_facts) : n_facts_(n_facts) {
  for (const ScoredPair& p : pairs) {
    score_[key(p.clause, p.fact)] = p.score;
    by_clause_[p.clause].push_back(p.fact);
    by_fact_[p.fact].push_back(p.clause);
  }
}

long Ties::score(std::size_t c, std::size_t f) const {
  auto it = score_.find(key(c, f));
  return it == score_.end() ? std::numeric_limits<long>::min() : it->second;
}

std::vector<std::size_t> Ties::tied(const ScoredPair& p, const std::vector<Fact>& facts, const std::vector<bool>& done,
                                    const std::vector<bool>& taken) const {
  std::vector<std::size_t> group;
  for (std::size_t c2 : by_fact_.at(p.fact))
    if (c2 != p.clause && !done[c2] && score(c2, p.fact) == p.score) group.push_back(c2);
  if (group.empty()) return {};
  bool other_figure = false;
  for (std::size_t f2 : by_clause_.at(p.clause))
    if (f2 != p.fact && !taken[f2] && score(p.clause, f2) == p.score && !same_figure(facts[f2], facts[p.fact]))
      other_figure = true;
  if (!other_figure) return {};
  group.insert(group.begin(), p.clause);
  return group;
}

std::optional<std::vector<std::size_t>> Ties::resolve(const std::vector<std::size_t>& group, long sc,
                                                      const std::vector<TargetClause>& clauses,
                                                      const std::vector<Fact>& facts,
                                                      const std::vector<bool>& taken) const {
  std::vector<std::size_t> chosen;
  for (std::size_t c : group) {
    // Of the free facts it scores `sc` for, the one sharing strictly the most words (at least some).
    auto words = [&](std::size_t f) { return taken[f] || score(c, f) != sc ? -1 : shared_words(clauses[c], facts[f]); };
    auto alike = [&](std::size_t a, std::size_t b) { return same_figure(facts[a], facts[b]); };
    auto pick = unique_best(by_clause_.at(c), 0, words, alike);
    if (!pick || std::find(chosen.begin(), chosen.end(), *pick) != chosen.end()) return std::nullopt;
    chosen.push_back(*pick);
  }
  return chosen;
}

}  // namespace ducha::text

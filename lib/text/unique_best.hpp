// The one candidate that scores strictly best: used wherever matching must not guess
// between candidates that fit alike (ties.cpp, the kinds of a list total, stated rates).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace ducha::text {

// The candidate whose score(x) is above `floor` and above every other's; nullopt when
// none is above `floor`, or when another scores as high and alike(x, best) is false
// (alike: the same figure reported twice is no tie).
template <class Score, class Alike>
std::optional<std::size_t> unique_best(const std::vector<std::size_t>& candidates, long floor, Score score,
                                       Alike alike) {
  std::optional<std::size_t> pick;
  long best = floor;
  bool unique = false;
  for (std::size_t x : candidates) {
    const long s = score(x);
    if (s > best) {
      best = s;
      pick = x;
      unique = true;
    } else if (s == best && pick && !alike(x, *pick)) {
      unique = false;
    }
  }
  return unique ? pick : std::nullopt;
}

}  // namespace ducha::text

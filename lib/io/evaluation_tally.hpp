// The counts an evaluation's summary is made of, added up one item at a time, so that a
// writer that evaluates and writes each item in turn keeps only these counts
// (io/plan_lines.hpp), and the whole document counts with the same loop (write_evaluation).
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>

#include "ducha/evaluation.hpp"
#include "ducha/honest_count.hpp"
#include "ducha/item.hpp"
#include "ducha/plan.hpp"
#include "ducha/policy.hpp"

namespace ducha::io {

class EvaluationTally {
 public:
  explicit EvaluationTally(const Policy& policy) : policy_(policy) {}

  void add(const Item& item, const ItemEvaluation& evaluation);
  // Every item of `plan` with its evaluation in `evaluation`.
  static EvaluationTally of(const Plan& plan, const Evaluation& evaluation, const Policy& policy);

  std::size_t items() const { return items_; }
  // Items with an official status that the computed one does not agree with
  // (`ducha evaluate --check-official`).
  std::size_t official_disagreements() const { return compared_ - agree_; }
  // The document's "summary" and "honest_count" (docs/format.md).
  boost::json::object summary_json() const;
  boost::json::object honest_count_json() const;

 private:
  const Policy& policy_;
  std::size_t items_ = 0;
  boost::json::object indicators_, tasks_;  // counts by status, in the order first seen
  std::size_t compared_ = 0, agree_ = 0, behind_ = 0, normal_ = 0;
  HonestCount honest_;
};

}  // namespace ducha::io

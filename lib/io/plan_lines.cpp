#include "io/plan_lines.hpp"

#include <exception>
#include <istream>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "ducha/escalation.hpp"
#include "ducha/evaluate.hpp"
#include "io/evaluation_json.hpp"
#include "io/evaluation_lines.hpp"
#include "io/evaluation_tally.hpp"
#include "io/line_spool.hpp"
#include "io/plan_reader.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

// A header key that, read after the items, would have changed how they were evaluated or
// written (the plan's name is in the first line; units map each item's lead).
bool shapes_items(std::string_view key) {
  return key == "name" || key == "year" || key == "period" || key == "as_of" || key == "units";
}

// Evaluates and writes items one at a time, as they are read (stream) or from a plan
// read whole (hold), keeping only what the first and last lines need. The first error
// of each kind is kept and thrown by `finish`, in the order reading the whole plan first
// would have thrown them: responsible units, duplicate ids, later records, an item.
class LineWriter {
 public:
  using Basis = std::function<EvaluationBasis(const Plan&)>;
  LineWriter(const std::string& source, const Basis& basis) : source_(source), basis_(basis) {}

  // At the first item read: whether the header read so far lets items be written as they come.
  bool start_streaming(const json::object& before);
  bool streaming() const { return streaming_; }
  void take(Item& item, std::size_t index);
  // `plan` as read: its header, and its items unless they were streamed.
  LinesWritten finish(const Plan& plan, const std::function<std::ostream&()>& output);

 private:
  void start(const Plan& plan);  // the basis, context and header of the evaluation
  void check_streamed(Item& item, std::size_t index);
  void add(const Item& item, std::size_t index);
  void rethrow_first_error() const;

  const std::string& source_;
  const Basis& basis_;
  bool streaming_ = false;
  Plan header_;
  std::optional<EvaluationBasis> basis_value_;
  std::optional<EvaluationContext> context_;  // refers to basis_value_'s policy
  Evaluation head_;
  std::optional<EvaluationTally> tally_;
  LineSpool spool_;
  std::string line_;
  std::unordered_set<std::string> ids_;  // of the items streamed, for duplicates
  std::exception_ptr units_error_, duplicate_error_, item_error_;
  std::optional<LaterRecord> first_later_;
  std::size_t later_ = 0;
  std::vector<LaterRecord> later_of_item_;
};

bool LineWriter::start_streaming(const json::object& before) {
  try {
    header_ = plan_header(before, source_);
    start(header_);
  } catch (const std::exception&) {  // the same error comes again, in its place, once the plan is read
    return false;
  }
  streaming_ = basis_value_->policy.escalation.mode == EscalationMode::none;
  return streaming_;
}

void LineWriter::start(const Plan& plan) {
  basis_value_.emplace(basis_(plan));
  const Policy& policy = basis_value_->policy;
  policy.validate();
  context_.emplace(policy, plan.period, basis_value_->as_of);
  head_ = detail::evaluation_head(policy, *context_);
  tally_.emplace(policy);
}

void LineWriter::take(Item& item, std::size_t index) {
  check_streamed(item, index);
  add(item, index);
}

// What reading the whole plan checks once every item is there: units and unique ids.
void LineWriter::check_streamed(Item& item, std::size_t index) {
  try {
    if (!units_error_) resolve_unit_refs(item, index, header_.units, source_);
  } catch (const Error&) {
    units_error_ = std::current_exception();
  }
  if (!ids_.insert(item.id).second && !duplicate_error_)
    duplicate_error_ = std::make_exception_ptr(duplicate_id_error(source_, index, item.id));
}

void LineWriter::add(const Item& item, std::size_t index) {
  later_of_item_.clear();
  later_records(item, head_.as_of, later_of_item_);
  if (!first_later_ && !later_of_item_.empty()) first_later_ = later_of_item_.front();
  later_ += later_of_item_.size();
  const bool later_is_error = later_ && basis_value_->policy.later_records == LaterRecords::error;
  if (units_error_ || duplicate_error_ || later_is_error || item_error_) return;  // nothing will be written
  try {
    ItemEvaluation ie = detail::evaluate_item_at(item, index, *context_);
    item_line(line_, item, ie, basis_value_->policy, head_);
    tally_->add(item, ie);
  } catch (const Error&) {
    item_error_ = std::current_exception();
    return;
  }
  spool_.write(line_);
}

void LineWriter::rethrow_first_error() const {
  if (units_error_) std::rethrow_exception(units_error_);
  if (duplicate_error_) std::rethrow_exception(duplicate_error_);
  if (later_ && basis_value_->policy.later_records == LaterRecords::error)
    throw detail::later_records_error(*first_later_, later_, head_.as_of);
  if (item_error_) std::rethrow_exception(item_error_);
}

LinesWritten LineWriter::finish(const Plan& plan, const std::function<std::ostream&()>& output) {
  if (!streaming_) {
    start(plan);
    const Policy& policy = basis_value_->policy;
    if (policy.escalation.mode != EscalationMode::none) {  // every month of every item first
      Evaluation ev = evaluate_escalated(plan, policy, basis_value_->as_of);
      EvaluationTally t = EvaluationTally::of(plan, ev, policy);
      write_evaluated_lines(output(), plan, ev, policy, t);
      return {t.items(), t.official_disagreements(), false};
    }
    for (std::size_t i = 0; i < plan.items.size(); ++i) add(plan.items[i], i);  // units and ids were checked
  }
  rethrow_first_error();
  head_.later_records_ignored = later_;
  std::ostream& out = output();
  write_header_line(out, plan, tally_->items(), head_, basis_value_->policy);
  spool_.copy_to(out);
  write_summary_line(out, *tally_);
  return {tally_->items(), tally_->official_disagreements(), streaming_};
}

bool shaped_after_items(const TakenPlan& read) {
  for (const auto& key : read.keys_after_items)
    if (shapes_items(key)) return true;
  return false;
}

}  // namespace

LinesWritten evaluate_plan_lines(std::istream& in, const std::string& source, const Limits& limits,
                                 const std::function<EvaluationBasis(const Plan& header)>& basis,
                                 const std::function<std::ostream&()>& output) {
  const std::istream::pos_type start = in.tellg();
  const bool seekable = start != std::istream::pos_type(-1);
  std::optional<LineWriter> writer(std::in_place, source, basis);
  TakenPlan read = read_plan_taking(in, source, limits, [&](Item& item, std::size_t index, const json::object& before) {
    if (index == 0 && seekable) writer->start_streaming(before);
    if (!writer->streaming()) return false;
    writer->take(item, index);
    return true;
  });
  if (writer->streaming() && shaped_after_items(read)) {  // read again, whole, with the header known
    in.clear();
    if (!in.seekg(start)) throw Error(ErrorCode::io_error, source + ": cannot read the plan a second time");
    writer.emplace(source, basis);
    read = read_plan_taking(in, source, limits, {});
  }
  return writer->finish(read.plan, output);
}

}  // namespace ducha::io

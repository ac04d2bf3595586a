// Progress history: which dated record an evaluation as of a date reads.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/error.hpp"
#include "ducha/item.hpp"
#include "ducha/plan.hpp"

DUCHA_BEGIN_NAMESPACE

// The latest element of `history` (ascending by as_of) dated on or before `d`, or
// nullptr. `date_of` reads an element's date. Binary search: O(log n).
template <class T, class DateOf>
const T* latest_on_or_before(const std::vector<T>& history, const Date& d, DateOf date_of) {
  auto it = std::upper_bound(history.begin(), history.end(), d,
                             [&](const Date& x, const T& e) { return x < date_of(e); });
  return it == history.begin() ? nullptr : &*(it - 1);
}

inline const ProgressRecord* record_as_of(const SubTarget& st, const Date& d) {
  return latest_on_or_before(st.history, d, [](const ProgressRecord& r) { return *r.as_of; });
}

inline const ItemReport* report_as_of(const Item& item, const Date& d) {
  return latest_on_or_before(item.history, d, [](const ItemReport& r) { return r.as_of; });
}

// The record an evaluation as of `d` reads: the latest history record on or before
// it when the sub-target has a history, else its single `progress`.
inline const ProgressRecord* record_used(const SubTarget& st, const Date& d) {
  if (!st.history.empty()) return record_as_of(st, d);
  return st.progress ? &*st.progress : nullptr;
}

// How many of the records of sub-target `st` are dated on or before `d`.
inline std::size_t records_up_to(const SubTarget& st, const Date& d) {
  auto it = std::upper_bound(st.history.begin(), st.history.end(), d,
                             [](const Date& x, const ProgressRecord& r) { return x < *r.as_of; });
  return static_cast<std::size_t>(it - st.history.begin());
}

// A history record dated after `as_of`: where it is, for the error or the count.
struct LaterRecord {
  std::string item;
  int sub_target = -1;  // -1: the item's own report
  Date as_of;
};

// The history records of one item dated after `as_of`, in order, appended to `out`.
inline void later_records(const Item& item, const Date& as_of, std::vector<LaterRecord>& out) {
  if (!item.history.empty() && item.history.back().as_of > as_of)
    for (const auto& r : item.history)
      if (r.as_of > as_of) out.push_back({item.id, -1, r.as_of});
  for (std::size_t s = 0; s < item.sub_targets.size(); ++s) {
    const auto& h = item.sub_targets[s].history;
    if (h.empty() || !(*h.back().as_of > as_of)) continue;
    for (const auto& r : h)
      if (*r.as_of > as_of) out.push_back({item.id, static_cast<int>(s), *r.as_of});
  }
}

// Every history record of the plan dated after `as_of`, in plan order.
inline std::vector<LaterRecord> later_records(const Plan& plan, const Date& as_of) {
  std::vector<LaterRecord> out;
  for (const auto& item : plan.items) later_records(item, as_of, out);
  return out;
}

inline std::string describe(const LaterRecord& r) {
  std::string where = "item \"" + r.item + "\"";
  if (r.sub_target >= 0) where += " sub_targets[" + std::to_string(r.sub_target) + "]";
  return where + " has a record dated " + format_date(r.as_of);
}

// The plan as it stood at `d`, in format 1's shape, for readers that know one progress
// text and one record per sub-target (reports): each item's progress_text is its latest
// report on or before `d` (empty when none), each sub-target's progress its latest record
// on or before `d` (none when none), and the histories are dropped. Items stay in order,
// so an evaluation of the original plan as of `d` stays parallel to it.
inline Plan flatten_as_of(const Plan& plan, const Date& d) {
  Plan out = plan;
  for (auto& item : out.items) {
    if (!item.history.empty()) {
      const ItemReport* r = report_as_of(item, d);
      item.progress_text = r ? r->progress_text : std::string();
      if (r && r->office && !item.override_) item.override_ = r->office;
      item.history.clear();
    }
    std::string words;  // the records' own words, for an item without a report of its own
    for (auto& st : item.sub_targets) {
      if (st.history.empty()) continue;
      const ProgressRecord* r = record_as_of(st, d);
      st.progress = r ? std::optional<ProgressRecord>(*r) : std::nullopt;
      if (r && !r->text.empty()) words += (words.empty() ? "" : "\n") + r->text;
      st.history.clear();
    }
    if (item.progress_text.empty()) item.progress_text = words;
  }
  out.as_of = d;
  return out;
}

// The first day of the month after `d`'s, minus one: the month's last day.
inline Date month_end(const Date& d) { return d.end_of_month(); }

DUCHA_END_NAMESPACE

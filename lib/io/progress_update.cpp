#include "io/progress_update.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "io/json_reader.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

bool same_month(const Date& a, const Date& b) { return a.year() == b.year() && a.month() == b.month(); }

// Replaces the record of `r`'s month in `history` (sorted by date) or inserts it in order.
// Returns true when one was replaced.
template <class T, class DateOf>
bool put(std::vector<T>& history, T r, DateOf date_of) {
  const Date d = date_of(r);
  auto same = [&](const T& e) { return same_month(date_of(e), d); };
  bool replaced = std::find_if(history.begin(), history.end(), same) != history.end();
  history.erase(std::remove_if(history.begin(), history.end(), same), history.end());
  auto at = std::upper_bound(history.begin(), history.end(), d,
                             [&](const Date& x, const T& e) { return x < date_of(e); });
  history.insert(at, std::move(r));
  return replaced;
}


// Format 1's single record becomes the first history record, dated by itself or the plan.
void start_history(SubTarget& st, const std::optional<Date>& plan_as_of) {
  if (!st.history.empty() || !st.progress) return;
  ProgressRecord r = *st.progress;
  st.progress.reset();
  if (!r.as_of) r.as_of = plan_as_of;
  if (r.as_of) st.history.push_back(std::move(r));
}

void start_history(Item& item, const std::optional<Date>& plan_as_of) {
  if (!item.history.empty()) return;
  if (!item.progress_text.empty() && plan_as_of) item.history.push_back({*plan_as_of, item.progress_text, {}});
  item.progress_text.clear();
  for (auto& st : item.sub_targets) start_history(st, plan_as_of);
}

Item* find_item(Plan& plan, const std::string& key) {
  for (auto& item : plan.items)
    if (item.id == key) return &item;
  bool digits = !key.empty() && key.size() < 9 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return nullptr;
  int n = std::stoi(key);
  Item* found = nullptr;
  for (auto& item : plan.items)
    if (item.number == n) {
      if (found) return nullptr;  // two items share the number: ambiguous, never guessed
      found = &item;
    }
  return found;
}

// Which sub-target a figure is for; an empty string when found, else why not.
std::string pick_sub_target(const Item& item, const ProgressUpdate& u, std::size_t& index) {
  if (u.sub_target) {
    if (*u.sub_target >= item.sub_targets.size())
      return "sub_target " + std::to_string(*u.sub_target) + " does not exist (the item has " +
             std::to_string(item.sub_targets.size()) + ")";
    index = *u.sub_target;
    return "";
  }
  std::vector<std::size_t> candidates;
  for (std::size_t s = 0; s < item.sub_targets.size(); ++s) {
    const SubTarget& st = item.sub_targets[s];
    if (!u.sub_target_text.empty()) {
      if (st.text == u.sub_target_text) candidates.push_back(s);
    } else if (st.target && (!u.value || same_dimension(*u.value, st.target->quantity))) {
      candidates.push_back(s);
    } else if (!st.target && u.stage && st.kind == TargetKind::milestone) {
      candidates.push_back(s);
    }
  }
  if (candidates.size() == 1) {
    index = candidates[0];
    return "";
  }
  std::string what = u.sub_target_text.empty() ? "the figure" : "\"" + u.sub_target_text + "\"";
  return candidates.empty() ? what + " fits none of the item's sub-targets"
                            : what + " fits " + std::to_string(candidates.size()) +
                                  " of the item's sub-targets; give \"sub_target\" (its index)";
}

}  // namespace

std::string MergeReport::summary() const {
  return std::to_string(lines) + " lines, " + std::to_string(items) + " items, " + std::to_string(records) +
         " records (" + std::to_string(replaced) + " replaced), " + std::to_string(problems.size()) + " problems";
}

std::vector<ProgressUpdate> read_progress_lines(std::string_view text, const std::string& source,
                                                std::vector<std::string>& problems) {
  std::vector<ProgressUpdate> out;
  std::size_t line_no = 0, begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    ++line_no;
    begin = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (end == text.size()) break;
      continue;
    }
    const std::string where = source + ":" + std::to_string(line_no);
    try {
      json::value doc = parse_json(line, where);
      Field f(doc, "", where);
      f.expect_keys({"item", "sub_target", "value", "unit", "estimated", "stage", "text", "status", "by", "reason"});
      ProgressUpdate u;
      u.where = where;
      Field item = f.at("item");
      u.item = item.json().is_string() ? item.string() : std::to_string(item.integer());
      if (auto s = f.find("sub_target")) {
        if (s->json().is_string()) u.sub_target_text = s->string();
        else {
          long long i = s->integer();
          if (i < 0) s->fail("sub_target index must not be negative");
          u.sub_target = static_cast<std::size_t>(i);
        }
      }
      if (f.has("value") || f.has("unit")) {
        Field unit = f.at("unit");
        auto found = find_unit(unit.string());
        if (!found) unit.fail("unknown unit \"" + unit.string() + "\"", ErrorCode::unknown_unit);
        u.value = Quantity{f.at("value").decimal(), *found};
      }
      if (auto e = f.find("estimated")) u.estimated = e->boolean();
      if (auto s = f.find("stage")) {
        u.stage = parse_stage(s->string());
        if (!u.stage) s->fail("unknown stage \"" + s->string() + "\"");
      }
      if (auto t = f.find("text")) u.text = t->string();
      if (auto s = f.find("status")) {
        u.office_status = parse_status(s->string());
        if (!u.office_status) s->fail("unknown status \"" + s->string() + "\"");
      }
      if (auto b = f.find("by")) u.by = b->string();
      if (auto r = f.find("reason")) u.reason = r->string();
      out.push_back(std::move(u));
    } catch (const Error& e) {
      problems.push_back(e.what());
    }
    if (end == text.size()) break;
  }
  return out;
}

MergeReport merge_progress(Plan& plan, const std::vector<ProgressUpdate>& updates, const Date& as_of) {
  MergeReport report;
  report.lines = updates.size();
  std::set<std::string> items_touched;
  std::set<std::pair<std::string, std::size_t>> figures_seen;
  std::set<std::string> reports_seen;
  for (const auto& u : updates) {
    Item* item = find_item(plan, u.item);
    if (!item) {
      report.problems.push_back(u.where + ": no item with id or 序号 \"" + u.item + "\" (or more than one)");
      continue;
    }
    if (item->kind == ItemKind::indicator && u.office_status && !is_status_for(*u.office_status, item->kind)) {
      report.problems.push_back(u.where + ": status \"" + std::string(to_string(*u.office_status)) +
                                "\" is not one of an indicator's statuses");
      continue;
    }
    if (item->kind == ItemKind::task && u.office_status && !is_status_for(*u.office_status, item->kind)) {
      report.problems.push_back(u.where + ": status \"" + std::string(to_string(*u.office_status)) +
                                "\" is not one of a task's statuses");
      continue;
    }
    std::size_t index = 0;
    const bool has_figure = u.value || u.stage;
    if (has_figure) {
      std::string why = pick_sub_target(*item, u, index);
      if (!why.empty()) {
        report.problems.push_back(u.where + ": item \"" + item->id + "\": " + why);
        continue;
      }
      if (!figures_seen.insert({item->id, index}).second) {
        report.problems.push_back(u.where + ": item \"" + item->id + "\" sub_targets[" + std::to_string(index) +
                                  "] is given twice in this file");
        continue;
      }
    }
    const bool has_report = !u.text.empty() || u.office_status;
    if (has_report && !reports_seen.insert(item->id).second) {
      report.problems.push_back(u.where + ": item \"" + item->id + "\" has its progress text or status twice in this file");
      continue;
    }
    start_history(*item, plan.as_of);
    items_touched.insert(item->id);
    if (has_report) {
      ItemReport r{as_of, u.text, {}};
      if (u.office_status) r.office = Judgement{*u.office_status, u.reason, u.by};
      report.replaced += put(item->history, std::move(r), [](const ItemReport& e) { return e.as_of; });
      ++report.records;
    }
    if (has_figure) {
      ProgressRecord r;
      r.value = u.value;
      r.estimated = u.estimated;
      r.stage = u.stage;
      r.text = u.text;
      r.as_of = as_of;
      report.replaced += put(item->sub_targets[index].history, std::move(r),
                             [](const ProgressRecord& e) { return *e.as_of; });
      ++report.records;
    }
  }
  report.items = items_touched.size();
  if (report.records > 0 && (!plan.as_of || *plan.as_of < as_of)) plan.as_of = as_of;
  return report;
}

}  // namespace ducha::io

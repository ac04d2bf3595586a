#include "io/plan_json.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <limits>
#include <set>

#include "io/json_reader.hpp"
#include "io/json_writer.hpp"
#include "io/plan_table_json.hpp"
#include "text/sentence_words.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

Date read_date(const Field& f) {
  std::string s = f.string();
  try {
    return parse_date(s);
  } catch (const Error& e) {
    f.fail(e.what(), ErrorCode::invalid_date);
  }
}

Unit read_unit(const Field& f) {
  std::string s = f.string();
  auto u = find_unit(s);
  if (!u) f.fail("unknown unit \"" + s + "\"", ErrorCode::unknown_unit);
  return *u;
}

Quantity read_quantity(const Field& f) {
  return Quantity{f.at("value").decimal(), read_unit(f.at("unit"))};
}

std::vector<std::string> read_strings(const Field& f) {
  std::vector<std::string> out;
  out.reserve(f.size());  // exactly: a plan of a million items keeps every one
  for (std::size_t i = 0; i < f.size(); ++i) out.push_back(f.at(i).string());
  return out;
}

Status read_status(const Field& f, std::optional<ItemKind> kind) {
  std::string s = f.string();
  auto st = parse_status(s);
  if (!st) f.fail("unknown status \"" + s + "\"");
  if (kind && !is_status_for(*st, *kind))
    f.fail("status \"" + s + "\" is not one of " + (*kind == ItemKind::task ? "a task" : "an indicator") +
           "'s statuses");
  return *st;
}

Judgement read_judgement(const Field& f, ItemKind kind) {
  f.expect_keys({"status", "reason", "by"});
  Judgement j;
  j.status = read_status(f.at("status"), kind);
  if (auto r = f.find("reason")) j.reason = r->string();
  if (auto b = f.find("by")) j.by = b->string();
  return j;
}

ProgressRecord read_progress(const Field& f);

// Dated records, sorted by date; two on the same date are an error naming both.
template <class T, class DateOf>
void sort_by_date(std::vector<T>& v, const Field& f, DateOf date_of) {
  std::vector<std::size_t> order(v.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return date_of(v[a]) < date_of(v[b]); });
  for (std::size_t i = 1; i < order.size(); ++i)
    if (date_of(v[order[i]]) == date_of(v[order[i - 1]]))
      f.at(order[i]).fail("a second record dated " + format_date(date_of(v[order[i]])) + " (first at [" +
                          std::to_string(order[i - 1]) + "]); one record per date");
  std::vector<T> sorted;
  sorted.reserve(v.size());
  for (std::size_t i : order) sorted.push_back(std::move(v[i]));
  v = std::move(sorted);
}

std::vector<ProgressRecord> read_history(const Field& f) {
  std::vector<ProgressRecord> out;
  for (std::size_t i = 0; i < f.size(); ++i) {
    Field e = f.at(i);
    out.push_back(read_progress(e));
    if (!out.back().as_of) e.fail("a history record needs \"as_of\"");
  }
  sort_by_date(out, f, [](const ProgressRecord& r) { return *r.as_of; });
  return out;
}

Period read_period(const Field& p) {
  p.expect_keys({"begin", "end"});
  Period out{read_date(p.at("begin")), read_date(p.at("end"))};
  if (out.end < out.begin) p.fail("period ends before it begins");
  return out;
}

Stage read_stage(const Field& f) {
  auto st = parse_stage(f.string());
  if (!st) f.fail("unknown stage \"" + f.string() + "\"");
  return *st;
}

ProgressRecord read_progress(const Field& f) {
  f.expect_keys({"value", "unit", "text", "estimated", "as_of", "adjusted", "ranking", "stage", "stated_ratio",
                 "other_stages"});
  ProgressRecord r;
  if (f.has("value") || f.has("unit")) r.value = read_quantity(f);
  if (auto t = f.find("text")) r.text = t->string();
  if (auto e = f.find("estimated")) r.estimated = e->boolean();
  if (auto d = f.find("as_of")) r.as_of = read_date(*d);
  if (auto a = f.find("adjusted")) {
    a->expect_keys({"value", "unit", "note"});
    r.adjusted = Adjusted{read_quantity(*a), a->find("note") ? a->at("note").string() : ""};
  }
  if (auto k = f.find("ranking")) r.ranking = k->string();
  if (auto s = f.find("stage")) r.stage = read_stage(*s);
  if (auto q = f.find("stated_ratio")) {
    try {
      r.stated_ratio = Fraction::parse(q->string());
    } catch (const Error& e) {
      q->fail(std::string("stated_ratio: ") + e.what());
    }
  }
  if (auto list = f.find("other_stages"))
    for (std::size_t i = 0; i < list->size(); ++i) {
      Field o = list->at(i);
      o.expect_keys({"stage", "value", "unit", "text"});
      StageCount sc;
      sc.stage = read_stage(o.at("stage"));
      if (o.has("value") || o.has("unit")) sc.count = read_quantity(o);
      if (auto t = o.find("text")) sc.text = t->string();
      r.other_stages.push_back(std::move(sc));
    }
  return r;
}

// {"value", "unit", "comparator", "low", "high"}: a range gives both of its ends, low ≤ high
// (of a fall, high ≤ low: 下降3%-5% is −3 and −5).
Target read_target(const Field& t) {
  t.expect_keys({"value", "unit", "comparator", "low", "high"});
  Target target{read_quantity(t), Comparator::reach};
  if (auto c = t.find("comparator")) {
    auto cmp = parse_comparator(c->string());
    if (!cmp) c->fail("unknown comparator \"" + c->string() + "\"");
    target.comparator = *cmp;
  }
  auto low = t.find("low"), high = t.find("high");
  if (low.has_value() != high.has_value()) t.fail("a range needs both \"low\" and \"high\"");
  if (low) target.range = TargetRange{low->decimal(), high->decimal()};
  return target;
}

SubTarget read_sub_target(const Field& f) {
  f.expect_keys({"text", "kind", "target", "lower_is_better", "baseline", "progress", "history", "period", "goal"});
  SubTarget st;
  if (auto t = f.find("text")) st.text = t->string();
  Field kind = f.at("kind");
  auto k = parse_target_kind(kind.string());
  if (!k) kind.fail("unknown kind \"" + kind.string() + "\"");
  st.kind = *k;
  if (auto t = f.find("target")) {
    st.target = read_target(*t);
  } else if (st.kind != TargetKind::qualitative && st.kind != TargetKind::milestone) {
    f.fail("a " + std::string(to_string(st.kind)) + " sub-target needs a \"target\"");
  }
  if (auto l = f.find("lower_is_better")) st.lower_is_better = l->boolean();
  if (auto b = f.find("baseline")) {
    b->expect_keys({"value", "unit"});
    st.baseline = read_quantity(*b);
  }
  if (auto p = f.find("progress")) st.progress = read_progress(*p);
  if (auto h = f.find("history")) st.history = read_history(*h);
  if (auto p = f.find("period")) st.period = read_period(*p);
  if (auto g = f.find("goal")) {
    g->expect_keys({"stage", "due", "text"});
    MilestoneGoal goal;
    goal.stage = read_stage(g->at("stage"));
    if (auto d = g->find("due")) goal.due = read_date(*d);
    if (auto t = g->find("text")) goal.text = t->string();
    st.goal = goal;
  }
  return st;
}

// Responsible units are kept as written; resolve_unit_refs maps them to registry ids
// once the whole plan (whose "units" may follow its "items") is read.
Item read_item(const Field& f, const Limits& limits) {
  f.expect_keys({"id", "kind", "number", "category", "text", "lead", "cooperating", "progress_text",
                 "sub_targets", "official_status", "assessment", "override", "history"});
  Item item;
  item.id = f.at("id").string();
  Field kind = f.at("kind");
  std::string k = kind.string();
  if (k != "indicator" && k != "task") kind.fail("kind must be \"indicator\" or \"task\"");
  item.kind = k == "indicator" ? ItemKind::indicator : ItemKind::task;
  if (auto n = f.find("number")) item.number = static_cast<int>(n->integer(1, std::numeric_limits<int>::max()));
  if (auto c = f.find("category")) item.category = c->string();
  item.text = f.at("text").string();
  if (auto l = f.find("lead")) item.lead = read_strings(*l);
  if (auto c = f.find("cooperating")) item.cooperating = read_strings(*c);
  if (auto p = f.find("progress_text")) item.progress_text = p->string();
  if (auto s = f.find("sub_targets")) {
    if (s->size() > limits.sub_targets)
      s->fail(std::to_string(s->size()) + " sub-targets, " + over_limit("sub-targets", limits.sub_targets),
              ErrorCode::out_of_range);
    item.sub_targets.reserve(s->size());
    for (std::size_t i = 0; i < s->size(); ++i) item.sub_targets.push_back(read_sub_target(s->at(i)));
  }
  if (auto o = f.find("official_status")) item.official_status = read_status(*o, item.kind);
  if (auto a = f.find("assessment")) item.assessment = read_judgement(*a, item.kind);
  if (auto o = f.find("override")) item.override_ = read_judgement(*o, item.kind);
  if (auto h = f.find("history")) {
    for (std::size_t i = 0; i < h->size(); ++i) {
      Field e = h->at(i);
      e.expect_keys({"as_of", "progress_text", "office"});
      ItemReport r;
      r.as_of = read_date(e.at("as_of"));
      if (auto t = e.find("progress_text")) r.progress_text = t->string();
      if (auto o = e.find("office")) r.office = read_judgement(*o, item.kind);
      item.history.push_back(std::move(r));
    }
    sort_by_date(item.history, *h, [](const ItemReport& r) { return r.as_of; });
  }
  return item;
}

// ---- writing --------------------------------------------------------------

json::object quantity_json(const Quantity& q) {
  return {{"value", q.value.to_string()}, {"unit", q.unit.symbol}};
}

json::object judgement_json(const Judgement& j) {
  json::object o{{"status", to_string(j.status)}, {"label", label(j.status)}};
  if (!j.reason.empty()) o["reason"] = j.reason;
  if (!j.by.empty()) o["by"] = j.by;
  return o;
}

json::array strings_json(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

// Stages reported beside a count (in_progress: 2所施工中): never counted as done.
json::array other_stages_json(const std::vector<StageCount>& stages) {
  json::array out;
  for (const auto& sc : stages) {
    json::object o{{"stage", to_string(sc.stage)}};
    if (sc.count) {
      json::object q = quantity_json(*sc.count);
      o["value"] = q["value"];
      o["unit"] = q["unit"];
    }
    o["text"] = sc.text;
    out.push_back(o);
  }
  return out;
}

json::object progress_json(const ProgressRecord& r) {
  json::object o;
  if (r.value) o = quantity_json(*r.value);
  if (!r.text.empty()) o["text"] = r.text;
  if (r.estimated) o["estimated"] = true;
  if (r.as_of) o["as_of"] = format_date(*r.as_of);
  if (r.adjusted) {
    json::object a = quantity_json(r.adjusted->value);
    if (!r.adjusted->note.empty()) a["note"] = r.adjusted->note;
    o["adjusted"] = a;
  }
  if (!r.ranking.empty()) o["ranking"] = r.ranking;
  if (r.stage) o["stage"] = to_string(*r.stage);
  if (r.stated_ratio) o["stated_ratio"] = r.stated_ratio->to_string();
  if (!r.other_stages.empty()) o["other_stages"] = other_stages_json(r.other_stages);
  return o;
}

json::object target_json(const Target& t) {
  json::object o = quantity_json(t.quantity);
  o["comparator"] = to_string(t.comparator);
  if (t.range) {
    o["low"] = t.range->low.to_string();
    o["high"] = t.range->high.to_string();
  }
  return o;
}

json::object sub_target_json(const SubTarget& st) {
  json::object o{{"text", st.text}, {"kind", to_string(st.kind)}};
  if (st.target) o["target"] = target_json(*st.target);
  if (st.lower_is_better) o["lower_is_better"] = true;
  if (st.baseline) o["baseline"] = quantity_json(*st.baseline);
  if (st.progress) o["progress"] = progress_json(*st.progress);
  if (st.period)
    o["period"] = {{"begin", format_date(st.period->begin)}, {"end", format_date(st.period->end)}};
  if (st.goal) {
    json::object g{{"stage", to_string(st.goal->stage)}};
    if (st.goal->due) g["due"] = format_date(*st.goal->due);
    if (!st.goal->text.empty()) g["text"] = st.goal->text;
    o["goal"] = g;
  }
  if (!st.history.empty()) {
    json::array h;
    for (const auto& r : st.history) h.push_back(progress_json(r));
    o["history"] = h;
  }
  return o;
}

}  // namespace

SubTarget read_sub_target_field(const Field& f) { return read_sub_target(f); }
Item read_item_field(const Field& f, const Limits& limits) { return read_item(f, limits); }
Period read_period_field(const Field& f) { return read_period(f); }
Date read_date_field(const Field& f) { return read_date(f); }
Judgement read_judgement_field(const Field& f, ItemKind kind) { return read_judgement(f, kind); }

std::string write_plan(const Plan& plan) {
  json::object root{{"format", kPlanFormat}, {"name", plan.name}, {"year", plan.year}};
  if (plan.period.begin != Period::year(plan.year).begin || plan.period.end != Period::year(plan.year).end)
    root["period"] = {{"begin", format_date(plan.period.begin)}, {"end", format_date(plan.period.end)}};
  if (plan.as_of) root["as_of"] = format_date(*plan.as_of);
  if (!plan.summary.empty()) root["summary"] = plan.summary;
  json::array units;
  for (const auto& u : plan.units.units()) {
    json::object o{{"id", u.id}, {"name", u.name}};
    if (!u.aliases.empty()) o["aliases"] = strings_json(u.aliases);
    units.push_back(o);
  }
  if (!units.empty()) root["units"] = units;
  json::array items;
  for (const auto& item : plan.items) {
    json::object o{{"id", item.id}, {"kind", to_string(item.kind)}};
    if (item.number) o["number"] = item.number;
    if (!item.category.empty()) o["category"] = item.category;
    o["text"] = item.text;
    if (!item.lead.empty()) o["lead"] = strings_json(item.lead);
    if (!item.cooperating.empty()) o["cooperating"] = strings_json(item.cooperating);
    if (!item.progress_text.empty()) o["progress_text"] = item.progress_text;
    json::array subs;
    for (const auto& st : item.sub_targets) subs.push_back(sub_target_json(st));
    if (!subs.empty()) o["sub_targets"] = subs;
    if (item.official_status) o["official_status"] = to_string(*item.official_status);
    auto strip_label = [](json::object j) {
      j.erase("label");
      return j;
    };
    if (item.assessment) o["assessment"] = strip_label(judgement_json(*item.assessment));
    if (item.override_) o["override"] = strip_label(judgement_json(*item.override_));
    if (!item.history.empty()) {
      json::array h;
      for (const auto& r : item.history) {
        json::object e{{"as_of", format_date(r.as_of)}};
        if (!r.progress_text.empty()) e["progress_text"] = r.progress_text;
        if (r.office) e["office"] = strip_label(judgement_json(*r.office));
        h.push_back(e);
      }
      o["history"] = h;
    }
    items.push_back(o);
  }
  root["items"] = items;
  if (plan.table) root["table"] = source_table_json(*plan.table);
  return pretty(root);
}

namespace {

// `override_keys`: the schedule names the items it is for (schedules[i]).
Schedule read_schedule(const Field& s, int year, bool override_keys = false) {
  if (override_keys)
    s.expect_keys({"basis", "curve", "category", "item"});
  else
    s.expect_keys({"basis", "curve"});
  Schedule out;
  Field basis = s.at("basis");
  std::string b = basis.string();
  if (b == "months") out.basis = ScheduleBasis::months;
  else if (b == "days") out.basis = ScheduleBasis::days;
  else if (b == "curve") out.basis = ScheduleBasis::curve;
  else basis.fail("basis must be \"months\", \"days\" or \"curve\"");
  if (auto c = s.find("curve")) {
    for (std::size_t i = 0; i < c->size(); ++i) {
      Field pt = c->at(i);
      pt.expect_keys({"date", "expected"});
      Field d = pt.at("date");
      std::string ds = d.string();
      if (ds.size() == 5) ds = std::to_string(year) + "-" + ds;  // "06-30"
      Date at;
      try {
        at = parse_date(ds);
      } catch (const Error& e) {
        d.fail(e.what(), ErrorCode::invalid_date);
      }
      out.curve.push_back({at, read_fraction(pt.at("expected"))});
    }
  }
  return out;
}

PaceRule read_pace(const Field& f, PaceRule rule) {
  f.expect_keys({"mode", "on_track", "lagging", "limited"});
  if (auto m = f.find("mode")) {
    std::string mode = m->string();
    if (mode == "fraction") rule.mode = PaceMode::fraction;
    else if (mode == "points") rule.mode = PaceMode::points;
    else if (mode == "ratio") rule.mode = PaceMode::ratio;
    else m->fail("mode must be \"fraction\", \"points\" or \"ratio\"");
  }
  if (auto v = f.find("on_track")) rule.on_track = read_fraction(*v);
  if (auto v = f.find("lagging")) rule.lagging = read_fraction(*v);
  if (auto v = f.find("limited")) {
    if (rule.mode != PaceMode::ratio) v->fail("limited applies to mode \"ratio\" only");
    rule.limited = read_fraction(*v);
  }
  return rule;
}

EscalationRule read_escalation(const Field& f) {
  f.expect_keys({"mode", "levels", "met", "missed", "recovered", "window_days", "near", "behind", "overdue"});
  EscalationRule e;
  Field m = f.at("mode");
  std::string mode = m.string();
  if (mode == "none") e.mode = EscalationMode::none;
  else if (mode == "consecutive") e.mode = EscalationMode::consecutive;
  else if (mode == "monthly") e.mode = EscalationMode::monthly;
  else if (mode == "deadline") e.mode = EscalationMode::deadline;
  else m.fail("mode must be \"none\", \"consecutive\", \"monthly\" or \"deadline\"");
  if (auto l = f.find("levels")) {
    for (std::size_t i = 0; i < l->size(); ++i) {
      Field lv = l->at(i);
      lv.expect_keys({"months", "colour"});
      long long n = lv.at("months").integer();
      if (n < 1 || n > 1200) lv.at("months").fail("months must be 1..1200");
      e.levels.push_back({static_cast<int>(n), lv.at("colour").string()});
    }
  }
  for (auto [key, field] : {std::pair{"met", &e.met}, {"missed", &e.missed}, {"recovered", &e.recovered},
                            {"near", &e.near}, {"behind", &e.behind}, {"overdue", &e.overdue}})
    if (auto c = f.find(key)) *field = c->string();
  if (auto w = f.find("window_days")) {
    long long d = w->integer();
    if (d < 0 || d > 3660) w->fail("window_days must be 0..3660");
    e.window_days = static_cast<int>(d);
  }
  return e;
}

json::object escalation_json(const EscalationRule& e) {
  json::object o{{"mode", to_string(e.mode)}};
  if (e.mode == EscalationMode::consecutive) {
    json::array levels;
    for (const auto& l : e.levels) levels.push_back(json::object{{"months", l.months}, {"colour", l.colour}});
    o["levels"] = levels;
  } else if (e.mode == EscalationMode::monthly) {
    o["met"] = e.met;
    o["missed"] = e.missed;
    o["recovered"] = e.recovered;
  } else if (e.mode == EscalationMode::deadline) {
    o["window_days"] = e.window_days;
    o["near"] = e.near;
    o["behind"] = e.behind;
    o["overdue"] = e.overdue;
  }
  return o;
}

json::object pace_json(const PaceRule& r) {
  json::object o{{"mode", to_string(r.mode)}, {"on_track", r.on_track.to_string()}, {"lagging", r.lagging.to_string()}};
  if (r.mode == PaceMode::ratio) o["limited"] = r.limited.to_string();
  return o;
}

json::object schedule_json(const Schedule& s) {
  json::object o{{"basis", to_string(s.basis)}};
  if (!s.curve.empty()) {
    json::array curve;
    for (const auto& pt : s.curve)
      curve.push_back(json::object{{"date", format_date(pt.at)}, {"expected", pt.expected.to_string()}});
    o["curve"] = curve;
  }
  return o;
}

}  // namespace

Fraction read_fraction(const Field& f) {
  try {
    if (f.is_string()) return Fraction::parse(f.string());
    return Fraction(f.decimal());
  } catch (const Error& e) {
    f.fail(e.what(), e.code());
  }
}

// Milestones: [{"stage": "tendering", "expected": "1/4"}, …] (policy.md).
std::vector<StagePoint> read_stage_curve(const Field& f) {
  std::vector<StagePoint> out;
  for (std::size_t i = 0; i < f.size(); ++i) {
    Field o = f.at(i);
    o.expect_keys({"stage", "expected"});
    out.push_back({read_stage(o.at("stage")), read_fraction(o.at("expected"))});
  }
  return out;
}

// Per category or item: a schedule of its own ("category" or "item", one of the two).
std::vector<ScheduleOverride> read_schedule_overrides(const Field& list, int year) {
  std::vector<ScheduleOverride> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Field o = list.at(i);
    ScheduleOverride so;
    so.schedule = read_schedule(o, year, true);
    if (auto c = o.find("category")) so.category = c->string();
    if (auto it = o.find("item")) so.item = it->string();
    if (so.category.empty() == so.item.empty()) o.fail("give \"category\" or \"item\", one of the two");
    out.push_back(std::move(so));
  }
  return out;
}

// The labels, lagging reasons and no-progress phrases of a policy file.
void read_policy_words(const Field& root, const std::string& source, Policy& p) {
  if (auto f = root.find("labels")) {
    if (!f->json().is_object()) f->fail("expected an object of status: label");
    for (const auto& kv : f->json().get_object()) {
      Field l(kv.value(), f->path() + "." + std::string(kv.key()), source);
      auto st = parse_status(kv.key());
      if (!st) l.fail("unknown status");
      p.labels[*st] = l.string();
    }
  }
  if (auto f = root.find("lagging_reasons")) {
    p.lagging_reasons.clear();
    for (std::size_t i = 0; i < f->size(); ++i) {
      Field r = f->at(i);
      auto reason = parse_reason(r.string());
      if (!reason) r.fail("unknown reason \"" + r.string() + "\"");
      p.lagging_reasons.push_back(*reason);
    }
  }
  if (auto f = root.find("no_progress_phrases")) {
    p.no_progress_phrases = read_strings(*f);
    for (std::size_t i = 0; i < p.no_progress_phrases.size(); ++i)  // "" would match every text
      if (p.no_progress_phrases[i].find_first_not_of(" \t\r\n") == std::string::npos)
        f->at(i).fail("a phrase may not be empty");
  }
}

// {"build": ["建成", "完工"], …}: the verb groups a policy changes; a group left out keeps
// the reference's. Strict: an unknown group, an empty or repeated verb, a verb the reader
// does not know as an action verb (it could never be read) name the key.
VerbGroups read_verb_groups(const Field& f, const std::string& source) {
  if (!f.json().is_object()) f.fail("expected an object of group: [verbs]");
  VerbGroups out = default_verb_groups();
  const auto& names = verb_group_names();
  for (const auto& kv : f.json().get_object()) {
    Field g(kv.value(), f.path() + "." + std::string(kv.key()), source);
    if (std::find(names.begin(), names.end(), std::string(kv.key())) == names.end())
      g.fail("unknown verb group (build, attract, clear, incubate or start)");
    std::vector<std::string> verbs = read_strings(g);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < verbs.size(); ++i) {
      if (verbs[i].find_first_not_of(" \t\r\n") == std::string::npos) g.at(i).fail("a verb may not be empty");
      if (!seen.insert(verbs[i]).second) g.at(i).fail("\"" + verbs[i] + "\" is listed twice");
      if (!text::action(verbs[i])) g.at(i).fail("\"" + verbs[i] + "\" is not an action verb the reader knows (glossary.md)");
    }
    out[std::string(kv.key())] = std::move(verbs);
  }
  return out;
}

// later_records and projection_window: how a sub-target's records are used.
void read_record_choices(const Field& root, Policy& p) {
  if (auto f = root.find("later_records")) {
    std::string l = f->string();
    if (l == "error") p.later_records = LaterRecords::error;
    else if (l == "ignore") p.later_records = LaterRecords::ignore;
    else f->fail("later_records must be \"error\" or \"ignore\"");
  }
  if (auto f = root.find("projection_window")) {
    long long w = f->integer();
    if (w < 2 || w > 120) f->fail("projection_window must be 2..120 records");
    p.projection_window = static_cast<int>(w);
  }
}

Policy read_policy(std::string_view text, const std::string& source, int year) {
  json::value doc = parse_json(text, source);
  Field root(doc, "", source);
  root.expect_keys({"format", "name", "version", "schedule", "schedules", "cumulative", "ceiling", "on_track",
                    "lagging", "around_tolerance", "level_band", "rollup", "labels", "lagging_reasons",
                    "no_progress_phrases", "later_records", "projection_window", "escalation", "stage_curve",
                    "verb_groups"});
  if (auto f = root.find("format"))
    if (f->string() != kPolicyFormat) f->fail("expected \"" + std::string(kPolicyFormat) + "\"");
  Policy p;
  if (auto n = root.find("name")) p.name = n->string();
  if (auto v = root.find("version")) p.label_version = v->string();
  if (auto s = root.find("schedule")) p.schedule = read_schedule(*s, year);
  if (auto list = root.find("schedules")) p.schedules = read_schedule_overrides(*list, year);
  // Top-level on_track/lagging are the cumulative thresholds (the first format's keys).
  if (auto f = root.find("on_track")) p.cumulative.on_track = read_fraction(*f);
  if (auto f = root.find("lagging")) p.cumulative.lagging = read_fraction(*f);
  if (auto f = root.find("cumulative")) p.cumulative = read_pace(*f, p.cumulative);
  p.ceiling = p.cumulative;
  if (auto f = root.find("ceiling")) p.ceiling = read_pace(*f, p.ceiling);
  if (auto f = root.find("around_tolerance")) p.around_tolerance = f->decimal();
  if (auto f = root.find("level_band")) p.level_band = read_fraction(*f);
  if (auto f = root.find("rollup")) {
    std::string r = f->string();
    if (r == "worst") p.rollup = Rollup::worst;
    else if (r == "all_must_pass") p.rollup = Rollup::all_must_pass;
    else f->fail("rollup must be \"worst\" or \"all_must_pass\"");
  }
  read_policy_words(root, source, p);
  read_record_choices(root, p);
  if (auto f = root.find("escalation")) p.escalation = read_escalation(*f);
  if (auto f = root.find("stage_curve")) p.stage_curve = read_stage_curve(*f);
  if (auto f = root.find("verb_groups")) p.verb_groups = read_verb_groups(*f, source);
  try {
    p.validate();
  } catch (const Error& e) {
    throw Error(e.code(), source + ": " + e.what());
  }
  return p;
}

Policy load_policy(const std::string& path, int year) { return read_policy(read_file(path), path, year); }

std::string write_policy(const Policy& p) {
  json::object root{{"format", kPolicyFormat}, {"name", p.name}};
  if (!p.label_version.empty()) root["version"] = p.label_version;
  root["schedule"] = schedule_json(p.schedule);
  if (!p.schedules.empty()) {
    json::array list;
    for (const auto& o : p.schedules) {
      json::object s = schedule_json(o.schedule);
      if (!o.category.empty()) s["category"] = o.category;
      if (!o.item.empty()) s["item"] = o.item;
      list.push_back(s);
    }
    root["schedules"] = list;
  }
  root["cumulative"] = pace_json(p.cumulative);
  root["ceiling"] = pace_json(p.ceiling);
  root["around_tolerance"] = p.around_tolerance.to_string();
  root["level_band"] = p.level_band.to_string();
  root["rollup"] = to_string(p.rollup);
  if (!p.labels.empty()) {
    json::object labels;
    for (const auto& [s, l] : p.labels) labels[to_string(s)] = l;
    root["labels"] = labels;
  }
  json::array reasons;
  for (Reason r : p.lagging_reasons) reasons.emplace_back(to_string(r));
  root["lagging_reasons"] = reasons;
  root["no_progress_phrases"] = strings_json(p.no_progress_phrases);
  if (p.later_records != LaterRecords::error) root["later_records"] = to_string(p.later_records);
  if (p.projection_window != 3) root["projection_window"] = p.projection_window;
  if (p.escalation.mode != EscalationMode::none) root["escalation"] = escalation_json(p.escalation);
  if (p.verb_groups != default_verb_groups()) {
    json::object groups;
    for (const auto& [group, verbs] : p.verb_groups) groups[group] = strings_json(verbs);
    root["verb_groups"] = groups;
  }
  json::array curve;
  for (const auto& pt : p.stage_curve) curve.push_back(json::object{{"stage", to_string(pt.stage)}, {"expected", pt.expected.to_string()}});
  root["stage_curve"] = curve;
  return pretty(root);
}

}  // namespace ducha::io

// A reviewed corrections file ("ducha.corrections/1") applied to an imported plan.
#include <algorithm>
#include <map>

#include "ducha/error.hpp"
#include "import/report_import.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"
#include "text/sentences.hpp"

namespace ducha::import {
namespace {

// Names that denote one unit: aliases never seen in the report, and units the report
// names twice (区商务委 for 区商务委(区招商中心)) merged into one.
void correct_units(Plan& plan, const io::Field& units) {
  std::vector<OrgUnit> list = plan.units.units();
  std::map<std::string, std::string> merged;  // old id → the id it is merged into
  auto named = [&](const std::string& name) {
    return std::find_if(list.begin(), list.end(), [&](const OrgUnit& x) { return x.name == name; });
  };
  for (std::size_t i = 0; i < units.size(); ++i) {
    io::Field u = units.at(i);
    u.expect_keys({"name", "aliases", "merge"});
    std::string name = u.at("name").string();
    auto target = named(name);
    if (target == list.end()) u.at("name").fail("no responsible unit of that name in the report");
    if (auto aliases = u.find("aliases"))
      for (std::size_t k = 0; k < aliases->size(); ++k) target->aliases.push_back(aliases->at(k).string());
    if (auto merge = u.find("merge")) {
      for (std::size_t k = 0; k < merge->size(); ++k) {
        std::string other = merge->at(k).string();
        auto it = named(other);
        if (it == list.end() || it == target) merge->at(k).fail("no other responsible unit of that name");
        merged[it->id] = target->id;
        target->aliases.push_back(other);
        *it = OrgUnit{};  // dropped below
        target = named(name);
      }
    }
  }
  OrgRegistry registry;
  for (auto& unit : list) {
    if (unit.id.empty()) continue;
    try {
      registry.add(unit);
    } catch (const Error& e) {
      units.fail(e.what());
    }
  }
  plan.units = std::move(registry);
  for (auto& item : plan.items)
    for (auto* ids : {&item.lead, &item.cooperating}) {
      for (auto& id : *ids)
        if (auto m = merged.find(id); m != merged.end()) id = m->second;
      // A task that named both forms lists the unit once.
      std::vector<std::string> unique;
      for (const auto& id : *ids)
        if (std::find(unique.begin(), unique.end(), id) == unique.end()) unique.push_back(id);
      *ids = unique;
    }
}

// One item's correction: a text to parse instead, text added to the progress,
// replacement sub-targets, or a person's assessment; each says why.
void correct_item(Plan& plan, const io::Field& c, const std::string& source, const io::Limits& limits) {
  c.expect_keys({"id", "why", "parse_text", "progress_append", "sub_targets", "assessment"});
  c.at("why").string();  // every correction says why
  std::string id = c.at("id").string();
  auto it = std::find_if(plan.items.begin(), plan.items.end(), [&](const Item& x) { return x.id == id; });
  if (it == plan.items.end()) c.at("id").fail("no item \"" + id + "\" in the report");
  Item& item = *it;
  std::string parse_text = c.find("parse_text") ? c.at("parse_text").string() : item.text;
  if (auto a = c.find("progress_append"))
    item.progress_text += (item.progress_text.empty() ? "" : "\n") + a->string();
  if (c.has("parse_text") || c.has("progress_append")) {
    io::check_text(parse_text, source + ": item " + id + ": parse_text", limits);
    io::check_text(item.progress_text, source + ": item " + id + ": progress", limits);
    item.sub_targets = text::item_from_text(parse_text, item.progress_text, plan.year, item.kind).sub_targets;
  }
  if (auto subs = c.find("sub_targets")) {
    item.sub_targets.clear();
    for (std::size_t k = 0; k < subs->size(); ++k) item.sub_targets.push_back(io::read_sub_target_field(subs->at(k)));
  }
  if (auto a = c.find("assessment")) item.assessment = io::read_judgement_field(*a, item.kind);
}

}  // namespace

void apply_corrections(Plan& plan, std::string_view json, const std::string& source, const io::Limits& limits) {
  boost::json::value doc = io::parse_json(json, source);
  io::Field root(doc, "", source);
  root.expect_keys({"format", "note", "units", "items"});
  if (auto f = root.find("format"))
    if (f->string() != "ducha.corrections/1") f->fail("expected \"ducha.corrections/1\"");
  if (auto units = root.find("units")) correct_units(plan, *units);
  if (auto items = root.find("items"))
    for (std::size_t i = 0; i < items->size(); ++i) correct_item(plan, items->at(i), source, limits);
}

}  // namespace ducha::import

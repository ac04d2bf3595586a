// Plans through the C interface: load, save, and build call by call.
#include "api_support.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"
#include "text/utf8.hpp"

using namespace ducha;
using namespace ducha::capi;

namespace {

ducha_plan* new_plan(Plan plan) { return new_plan_handle(std::move(plan)); }

SubTarget& sub_arg(ducha_plan* p, std::size_t item, std::size_t sub) {
  Item& it = item_arg(p, item);
  if (sub >= it.sub_targets.size())
    fail(DUCHA_ENOTFOUND, "sub-target " + std::to_string(sub) + " of item " + std::to_string(item) + " does not exist");
  return it.sub_targets[sub];
}

Judgement judgement_arg(const Item& item, int status, const char* reason, const char* by) {
  Status s = status_arg(status, "status");
  if (!is_status_for(s, item.kind))
    fail(DUCHA_EINVALID, "status \"" + std::string(to_string(s)) + "\" is not one of an " +
                             std::string(to_string(item.kind)) + "'s statuses");
  return Judgement{s, string_arg(reason, "reason", true), string_arg(by, "by", true)};
}

}  // namespace

extern "C" {

DUCHA_API int ducha_plan_create(const char* name, int year, ducha_plan** out) {
  return checked_create(out, [&] {
    Plan plan;
    plan.year = year_arg(year);
    plan.name = string_arg(name, "name", true);
    plan.period = Period::year(year);
    return new_plan(std::move(plan));
  });
}

DUCHA_API int ducha_plan_load(const char* path, ducha_plan** out) {
  return ducha_plan_load_limited(path, nullptr, out);
}

DUCHA_API int ducha_plan_load_limited(const char* path, const ducha_limits* limits, ducha_plan** out) {
  return checked_create(out, [&] {
    std::string p = string_arg(path, "path");
    const io::Limits lim = limits_arg(limits);
    std::string json = io::read_file(p, lim.input_bytes);
    std::size_t bad = 0;
    if (!text::is_valid_utf8(json, &bad)) fail(DUCHA_EUTF8, p + ": invalid UTF-8 at byte " + std::to_string(bad));
    return new_plan(io::read_plan(json, p, lim));
  });
}

DUCHA_API int ducha_plan_parse(const char* json, size_t len, ducha_plan** out) {
  return ducha_plan_parse_limited(json, len, nullptr, out);
}

DUCHA_API int ducha_plan_parse_limited(const char* json, size_t len, const ducha_limits* limits, ducha_plan** out) {
  return checked_create(out, [&] {
    const io::Limits lim = limits_arg(limits);
    return new_plan(io::read_plan(text_arg(json, len, "json"), "<json>", lim));
  });
}

DUCHA_API void ducha_plan_free(ducha_plan* plan) {
  release_handle(HandleKind::plan, plan);
}

DUCHA_API int ducha_plan_to_json(const ducha_plan* plan, ducha_buf* out) {
  return checked_call(out, [&] { return to_buf(out, io::write_plan(plan_arg(plan))); });
}

DUCHA_API int ducha_plan_save(const ducha_plan* plan, const char* path) {
  return guard([&] {
    std::string text = io::write_plan(plan_arg(plan));
    io::write_file(string_arg(path, "path"), text);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_count(const ducha_plan* plan, size_t* out) {
  return checked_call(out, [&] {
    *out = plan_arg(plan).items.size();
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_set_as_of(ducha_plan* plan, const char* date) {
  return guard([&] {
    Plan& p = plan_arg(plan);
    p.as_of = date_arg(date, "date");
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_add_unit(ducha_plan* plan, const char* id, const char* name) {
  return guard([&] {
    Plan& p = plan_arg(plan);
    p.units.add(OrgUnit{string_arg(id, "id"), string_arg(name, "name"), {}});
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_add_unit_alias(ducha_plan* plan, const char* id, const char* alias) {
  return guard([&] {
    Plan& p = plan_arg(plan);
    p.units.add_alias(string_arg(id, "id"), string_arg(alias, "alias"));
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_add_item(ducha_plan* plan, const char* id, int item_kind, const char* text, size_t* out) {
  return checked_call(out, [&] {
    Plan& p = plan_arg(plan);
    if (item_kind != DUCHA_ITEM_INDICATOR && item_kind != DUCHA_ITEM_TASK)
      fail(DUCHA_EINVALID, "item_kind: " + std::to_string(item_kind) + " is not a ducha_item_kind");
    Item item;
    item.id = string_arg(id, "id");
    if (item.id.empty()) fail(DUCHA_EINVALID, "id is empty");
    if (p.find(item.id)) fail(DUCHA_EINVALID, "duplicate item id \"" + item.id + "\"");
    item.kind = item_kind == DUCHA_ITEM_INDICATOR ? ItemKind::indicator : ItemKind::task;
    item.text = string_arg(text, "text");
    p.items.push_back(std::move(item));
    *out = p.items.size() - 1;
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_add_unit(ducha_plan* plan, size_t item, int role, const char* unit) {
  return guard([&] {
    Item& it = item_arg(plan, item);
    if (role != DUCHA_ROLE_LEAD && role != DUCHA_ROLE_COOPERATING)
      fail(DUCHA_EINVALID, "role " + std::to_string(role) + " is not a ducha_role (DUCHA_ROLE_LEAD or DUCHA_ROLE_COOPERATING)");
    std::string name = string_arg(unit, "unit");
    const OrgRegistry& registry = plan_arg(plan).units;
    if (!registry.empty()) {
      const OrgUnit* u = registry.find(name);
      if (!u) fail(DUCHA_ENOTFOUND, "responsible unit \"" + name + "\" is not registered");
      name = u->id;
    }
    (role == DUCHA_ROLE_LEAD ? it.lead : it.cooperating).push_back(name);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_set_progress_text(ducha_plan* plan, size_t item, const char* text) {
  return guard([&] {
    Item& it = item_arg(plan, item);
    it.progress_text = string_arg(text, "text", true);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_set_official_status(ducha_plan* plan, size_t item, int status) {
  return guard([&] {
    Item& it = item_arg(plan, item);
    it.official_status = judgement_arg(it, status, nullptr, nullptr).status;
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_set_override(ducha_plan* plan, size_t item, int status, const char* reason,
                                           const char* by) {
  return guard([&] {
    Item& it = item_arg(plan, item);
    it.override_ = judgement_arg(it, status, reason, by);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_plan_item_set_assessment(ducha_plan* plan, size_t item, int status, const char* reason,
                                             const char* by) {
  return guard([&] {
    Item& it = item_arg(plan, item);
    it.assessment = judgement_arg(it, status, reason, by);
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_sub_target_desc_init(ducha_sub_target_desc* desc, int version) {
  int rc = init_versioned(desc, version, DUCHA_SUB_TARGET_DESC_VERSION, "desc", "ducha_sub_target_desc");
  if (rc == DUCHA_OK) {
    desc->kind = DUCHA_KIND_CUMULATIVE;
    desc->comparator = DUCHA_CMP_REACH;
  }
  return rc;
}

DUCHA_API int ducha_plan_item_add_sub_target(ducha_plan* plan, size_t item, const ducha_sub_target_desc* desc,
                                             size_t* out) {
  return checked_call(out, [&] {
    Item& it = item_arg(plan, item);
    versioned_arg(desc, DUCHA_SUB_TARGET_DESC_VERSION, "desc", "ducha_sub_target_desc");
    if (desc->kind < DUCHA_KIND_CUMULATIVE || desc->kind > DUCHA_KIND_QUALITATIVE)
      fail(DUCHA_EINVALID, "kind: " + std::to_string(desc->kind) + " is not a ducha_kind");
    if (desc->comparator < DUCHA_CMP_REACH || desc->comparator > DUCHA_CMP_FULL)
      fail(DUCHA_EINVALID, "comparator: " + std::to_string(desc->comparator) + " is not a ducha_comparator");
    SubTarget st;
    st.text = string_arg(desc->text, "text", true);
    st.kind = static_cast<TargetKind>(desc->kind);
    st.lower_is_better = desc->lower_is_better != 0;
    if (desc->target_value || desc->target_unit) {
      st.target = Target{quantity_arg(desc->target_value, desc->target_unit, "target_value"),
                         static_cast<Comparator>(desc->comparator)};
    } else if (st.kind != TargetKind::qualitative && st.kind != TargetKind::milestone) {
      fail(DUCHA_EINVALID, "a " + std::string(to_string(st.kind)) + " sub-target needs target_value and target_unit");
    }
    it.sub_targets.push_back(std::move(st));
    *out = it.sub_targets.size() - 1;
    return DUCHA_OK;
  });
}

DUCHA_API int ducha_progress_desc_init(ducha_progress_desc* desc, int version) {
  return init_versioned(desc, version, DUCHA_PROGRESS_DESC_VERSION, "desc", "ducha_progress_desc");
}

DUCHA_API int ducha_plan_sub_target_set_progress(ducha_plan* plan, size_t item, size_t sub,
                                                 const ducha_progress_desc* desc) {
  return guard([&] {
    SubTarget& st = sub_arg(plan, item, sub);
    versioned_arg(desc, DUCHA_PROGRESS_DESC_VERSION, "desc", "ducha_progress_desc");
    ProgressRecord r;
    if (desc->value || desc->unit) r.value = quantity_arg(desc->value, desc->unit, "value");
    r.text = string_arg(desc->text, "text", true);
    r.estimated = desc->estimated != 0;
    if (desc->as_of) r.as_of = date_arg(desc->as_of, "as_of");
    st.progress = std::move(r);
    return DUCHA_OK;
  });
}

}  // extern "C"

#include "import/report_import.hpp"

#include <algorithm>
#include <map>

#include "ducha/error.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"
#include "text/normalized_text.hpp"
#include "text/sentences.hpp"

namespace ducha::import {
namespace {

using U32 = std::u32string;

U32 u32(std::string_view s) { return text::normalize(s).original; }

bool ends_with(const U32& s, std::size_t end, std::u32string_view suffix) {
  return end >= suffix.size() && s.compare(end - suffix.size(), suffix.size(), suffix) == 0;
}

std::string trim(std::string s) {
  auto issp = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && issp(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && issp(static_cast<unsigned char>(s[b]))) ++b;
  s.erase(0, b);
  // A leading list bullet ("• 序号").
  for (std::string bullet : {"• ", "•"})
    if (s.rfind(bullet, 0) == 0) s.erase(0, bullet.size());
  return s;
}

struct Line {
  std::string text;
  std::size_t number;  // 1-based line in the source
};

}  // namespace

namespace {

// Whether a unit name may end before s[i]: after a suffix that ends names (局, 办公室, 中心 …),
// unless the name goes on (区委 + 组织部, …领导小组 + 办公室) or a parenthesis follows.
bool name_ends_at(const U32& s, std::size_t start, std::size_t i) {
  static const std::u32string_view suffixes[] = {
      U"领导小组办公室", U"领导小组成员单位", U"办公室", U"成员单位", U"有关单位", U"有关部门", U"各部门", U"管委会",
      U"委员会", U"公司", U"街道", U"镇街", U"企业", U"支队", U"分局", U"中心", U"部门", U"单位", U"委", U"局",
      U"办", U"镇", U"协", U"联", U"部", U"团区委", U"机关"};
  static const std::u32string_view joiners[] = {U"组织部", U"政法委", U"编办", U"办公室", U"公室", U"成员单位",
                                                 U"管委会", U"会", U"员会", U"部", U"分局", U"支队", U"小组", U"中心",
                                                 U"街", U"属", U"席", U"门", U"单位", U"监委", U"机关"};
  if (std::none_of(std::begin(suffixes), std::end(suffixes), [&](auto suf) { return ends_with(s, i, suf); }))
    return false;
  if (i < s.size() && (s[i] == U'(' || s[i] == U'（')) return false;
  if (i - start < 3) return false;  // 区委 of 区委宣传部: too short to be a name of its own
  return std::none_of(std::begin(joiners), std::end(joiners),
                      [&](auto j) { return s.compare(i, j.size(), j) == 0; });
}

// A target sentence that happens to end like a name (加快建设文化宣教中心) is no unit.
bool reads_as_names(const std::vector<std::string>& names) {
  static const std::u32string_view verbs[] = {U"建设", U"建成", U"加快", U"推动", U"实现", U"打造", U"启动",
                                              U"新建", U"完成", U"提升", U"开展"};
  for (const auto& name : names) {
    U32 n = u32(name);
    if (n.size() < 3 || n.size() > 30) return false;
    U32 outside = n.substr(0, n.find_first_of(U"(（"));
    for (auto v : verbs)
      if (outside.find(v) != U32::npos) return false;
  }
  return !names.empty();
}

}  // namespace

std::optional<std::vector<std::string>> split_unit_names(std::string_view cell) {
  U32 s = u32(cell);
  if (s.empty() || s.size() > 160 || s.find_first_of(U",，。:：、;；") != U32::npos) return std::nullopt;
  std::vector<std::string> out;
  std::size_t start = 0, i = 0;
  auto cut = [&] {
    out.push_back(text::to_utf8(s.substr(start, i - start)));
    start = i;
  };
  while (i < s.size()) {
    // A parenthesis belongs to the name before it: 区商务委(区招商中心).
    if (s[i] == U'(' || s[i] == U'（') {
      std::size_t close = s.find_first_of(U")）", i);
      if (close == U32::npos) return std::nullopt;
      i = close + 1;
      cut();
    } else if (s[i] == U')' || s[i] == U'）') {
      // A ')' whose '(' was lost in publishing ends the name it closes.
      ++i;
      if (start + 1 == i && !out.empty()) {
        out.back() += text::to_utf8(s.substr(start, 1));
        start = i;
      } else {
        cut();
      }
    } else if (name_ends_at(s, start, ++i)) {
      cut();
    }
  }
  if (start != s.size()) return std::nullopt;  // a tail that is no unit name
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  if (!reads_as_names(out)) return std::nullopt;
  return out;
}

ImportResult import_report(std::string_view input, const std::string& source, const ImportOptions& options) {
  std::vector<Line> lines;
  {
    std::size_t n = 0, pos = 0;
    while (pos <= input.size()) {
      std::size_t nl = input.find('\n', pos);
      std::string raw(input.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
      ++n;
      std::string t = trim(raw);
      if (!t.empty()) lines.push_back({t, n});
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
  }
  if (lines.empty()) throw Error(ErrorCode::parse_error, source + ": empty report");
  text::normalize(input);  // invalid UTF-8 is an error naming the byte
  ImportResult result;
  Plan& plan = result.plan;
  plan.name = lines.front().text;
  // The year: the first 20xx年 in the title, else the option.
  if (options.year) {
    plan.year = *options.year;
  } else {
    std::size_t y = plan.name.find("年");
    for (std::size_t k = 0; k + 4 <= plan.name.size(); ++k)
      if (plan.name.compare(k, 2, "20") == 0 && std::isdigit(static_cast<unsigned char>(plan.name[k + 2])) &&
          std::isdigit(static_cast<unsigned char>(plan.name[k + 3]))) {
        plan.year = std::stoi(plan.name.substr(k, 4));
        break;
      }
    if (plan.year == 0 || y == std::string::npos)
      throw Error(ErrorCode::parse_error, source + ":" + std::to_string(lines.front().number) +
                                              ": no year in the title; give one with --year");
  }
  plan.period = Period::year(plan.year);
  if (options.as_of)
    plan.as_of = options.as_of;
  else if (plan.name.find("上半年") != std::string::npos)
    plan.as_of = Date(static_cast<unsigned short>(plan.year), 6, 30);
  else if (plan.name.find("前三季度") != std::string::npos)
    plan.as_of = Date(static_cast<unsigned short>(plan.year), 9, 30);
  else if (plan.name.find("一季度") != std::string::npos)
    plan.as_of = Date(static_cast<unsigned short>(plan.year), 3, 31);

  // Annex boundaries.
  auto find_line = [&](const std::string& exact, std::size_t from) -> std::size_t {
    for (std::size_t i = from; i < lines.size(); ++i)
      if (lines[i].text == exact) return i;
    return lines.size();
  };
  std::size_t a1 = find_line("附件1", 0), a2 = find_line("附件2", a1), a3 = find_line("附件3", a2);
  if (a1 == lines.size() || a2 == lines.size() || a3 == lines.size())
    throw Error(ErrorCode::parse_error, source + ": the report has no 附件1, 附件2 and 附件3 tables");

  // The summary paragraph names each indicator's official status.
  std::string summary;
  for (std::size_t i = 0; i < a1; ++i)
    if (lines[i].text.find("项指标") != std::string::npos) summary = lines[i].text;
  // The office's own summary, verbatim: from the first numbered section to the annex list.
  for (std::size_t i = 0; i < a1; ++i) {
    const std::string& t = lines[i].text;
    if (t.rfind("附件:", 0) == 0 || t.rfind("附件：", 0) == 0) break;
    if (!plan.summary.empty() || t.rfind("一、", 0) == 0) plan.summary += (plan.summary.empty() ? "" : "\n") + t;
  }

  std::vector<std::string> units_seen;
  auto note_units = [&](const std::vector<std::string>& names) {
    for (const auto& n : names)
      if (std::find(units_seen.begin(), units_seen.end(), n) == units_seen.end()) units_seen.push_back(n);
  };

  // Items of one annex: a number line starts each; header lines before the first.
  auto read_annex = [&](std::size_t from, std::size_t to, ItemKind kind, std::optional<Status> official,
                        const std::string& prefix) {
    std::size_t i = from;
    int expect = 1;
    while (i < to && lines[i].text != "1") ++i;
    std::string category;
    while (i < to) {
      if (lines[i].text != std::to_string(expect)) {
        result.warnings.push_back(source + ":" + std::to_string(lines[i].number) + ": expected item " +
                                  std::to_string(expect) + ", found \"" + lines[i].text + "\"");
        break;
      }
      std::size_t end = i + 1;
      while (end < to && lines[end].text != std::to_string(expect + 1)) ++end;
      std::vector<Line> cells(lines.begin() + static_cast<long>(i) + 1, lines.begin() + static_cast<long>(end));
      // Rejoin unit cells broken over lines: "区商务委" + "(区招商中心)", "生活垃圾分类工作" + "领导小组成员单位".
      std::vector<Line> joined;
      for (const auto& c : cells) {
        if (!joined.empty() && (c.text.rfind("(", 0) == 0 || c.text.rfind("（", 0) == 0) &&
            split_unit_names(joined.back().text + c.text)) {
          joined.back().text += c.text;
          continue;
        }
        bool fragment = !joined.empty() && (u32(joined.back().text).size() <= 10) &&
                        (joined.back().text.size() >= 6 &&
                         (joined.back().text.compare(joined.back().text.size() - 6, 6, "工作") == 0 ||
                          joined.back().text.compare(joined.back().text.size() - 6, 6, "小组") == 0));
        if (fragment && !split_unit_names(joined.back().text) && split_unit_names(joined.back().text + c.text)) {
          joined.back().text += c.text;
          continue;
        }
        joined.push_back(c);
      }
      Item item;
      item.kind = kind;
      item.number = expect;
      item.id = prefix + std::to_string(expect);
      item.official_status = official;
      std::size_t first_unit = joined.size();
      for (std::size_t k = 0; k < joined.size(); ++k)
        if (split_unit_names(joined[k].text)) {
          first_unit = k;
          break;
        }
      if (first_unit == 0 || first_unit == joined.size()) {
        result.warnings.push_back(source + ":" + std::to_string(lines[i].number) + ": item " + prefix +
                                  std::to_string(expect) + " has no target or no responsible unit");
        if (first_unit == joined.size()) first_unit = std::min<std::size_t>(1, joined.size());
      }
      if (first_unit >= 2 && kind == ItemKind::task) {
        category.clear();
        for (std::size_t k = 0; k + 1 < first_unit; ++k) category += joined[k].text;
      }
      item.category = kind == ItemKind::task ? category : "";
      if (first_unit >= 1) item.text = joined[first_unit - 1].text;
      std::size_t k = first_unit;
      bool lead = true;
      while (k < joined.size()) {
        auto names = split_unit_names(joined[k].text);
        if (!names) break;
        note_units(*names);
        for (const auto& n : *names) (lead ? item.lead : item.cooperating).push_back(n);
        lead = false;
        ++k;
        if (kind == ItemKind::indicator) break;
      }
      for (; k < joined.size(); ++k) item.progress_text += (item.progress_text.empty() ? "" : "\n") + joined[k].text;
      std::string where = source + ":" + std::to_string(lines[i].number) + ": item " + item.id;
      io::check_texts(item.text, item.progress_text, where + ": ", options.limits);
      std::vector<text::TextNote> notes;
      Item parsed = text::item_from_text(item.text, item.progress_text, plan.year, kind, &notes);
      item.sub_targets = parsed.sub_targets;
      plan.items.push_back(std::move(item));
      i = end;
      ++expect;
    }
  };
  read_annex(a1, a2, ItemKind::indicator, std::nullopt, "a1-");
  read_annex(a2, a3, ItemKind::task, Status::lagging, "a2-");
  read_annex(a3, lines.size(), ItemKind::task, Status::on_track, "a3-");

  // Indicator statuses from the summary: 2项指标符合预期,分别是:…6项指标不达预期…
  if (!summary.empty()) {
    U32 s = u32(summary);
    struct Bucket {
      std::u32string_view phrase;
      Status status;
      std::size_t at;
    };
    std::vector<Bucket> buckets = {{U"项指标符合预期", Status::meets, U32::npos},
                                   {U"项指标不达预期", Status::below, U32::npos},
                                   {U"项指标符合时间节点要求", Status::on_schedule, U32::npos}};
    for (auto& b : buckets) b.at = s.find(b.phrase);
    std::sort(buckets.begin(), buckets.end(), [](const Bucket& x, const Bucket& y) { return x.at < y.at; });
    for (auto& item : plan.items) {
      if (item.kind != ItemKind::indicator) continue;
      U32 t = u32(item.text);
      std::size_t cut = t.find(U"增长");
      if (cut == U32::npos) cut = t.find(U"完成");
      U32 key = t.substr(0, cut == U32::npos ? std::min<std::size_t>(t.size(), 4) : cut);
      std::size_t where = s.find(key.size() >= 4 ? key.substr(0, 4) : key);
      if (where == U32::npos) {
        result.warnings.push_back(source + ": indicator " + item.id + " is not named in the summary");
        continue;
      }
      for (std::size_t b = 0; b < buckets.size(); ++b) {
        std::size_t next = b + 1 < buckets.size() ? buckets[b + 1].at : s.size();
        // The names follow their bucket's phrase (…符合预期,分别是:A B C) up to the next.
        std::size_t begin = buckets[b].at;
        if (begin != U32::npos && where > begin && where < next) item.official_status = buckets[b].status;
      }
    }
  }
  for (const auto& name : units_seen) plan.units.add(OrgUnit{name, name, {}});
  return result;
}

void apply_corrections(Plan& plan, std::string_view json, const std::string& source, const io::Limits& limits) {
  boost::json::value doc = io::parse_json(json, source);
  io::Field root(doc, "", source);
  root.expect_keys({"format", "note", "units", "items"});
  if (auto f = root.find("format"))
    if (f->string() != "ducha.corrections/1") f->fail("expected \"ducha.corrections/1\"");
  if (auto units = root.find("units")) {
    // Names that denote one unit: aliases never seen in the report, and units the report
    // names twice (区商务委 for 区商务委(区招商中心)) merged into one.
    std::vector<OrgUnit> list = plan.units.units();
    std::map<std::string, std::string> merged;  // old id → the id it is merged into
    for (std::size_t i = 0; i < units->size(); ++i) {
      io::Field u = units->at(i);
      u.expect_keys({"name", "aliases", "merge"});
      std::string name = u.at("name").string();
      auto target = std::find_if(list.begin(), list.end(), [&](const OrgUnit& x) { return x.name == name; });
      if (target == list.end()) u.at("name").fail("no responsible unit of that name in the report");
      if (auto aliases = u.find("aliases"))
        for (std::size_t k = 0; k < aliases->size(); ++k) target->aliases.push_back(aliases->at(k).string());
      if (auto merge = u.find("merge")) {
        for (std::size_t k = 0; k < merge->size(); ++k) {
          std::string other = merge->at(k).string();
          auto it = std::find_if(list.begin(), list.end(), [&](const OrgUnit& x) { return x.name == other; });
          if (it == list.end() || it == target) merge->at(k).fail("no other responsible unit of that name");
          merged[it->id] = target->id;
          target->aliases.push_back(other);
          *it = OrgUnit{};  // dropped below
          target = std::find_if(list.begin(), list.end(), [&](const OrgUnit& x) { return x.name == name; });
        }
      }
    }
    OrgRegistry registry;
    for (auto& unit : list) {
      if (unit.id.empty()) continue;
      try {
        registry.add(unit);
      } catch (const Error& e) {
        units->fail(e.what());
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
  if (auto items = root.find("items")) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      io::Field c = items->at(i);
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
      }
      if (c.has("parse_text") || c.has("progress_append"))
        item.sub_targets = text::item_from_text(parse_text, item.progress_text, plan.year, item.kind).sub_targets;
      if (auto subs = c.find("sub_targets")) {
        item.sub_targets.clear();
        for (std::size_t k = 0; k < subs->size(); ++k) item.sub_targets.push_back(io::read_sub_target_field(subs->at(k)));
      }
      if (auto a = c.find("assessment")) item.assessment = io::read_judgement_field(*a, item.kind);
    }
  }
}

}  // namespace ducha::import

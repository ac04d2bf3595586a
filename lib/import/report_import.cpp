#include "import/report_import.hpp"

#include <algorithm>

#include "ducha/error.hpp"
#include "io/limits.hpp"
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

namespace {

// The report's non-blank lines, trimmed, each with its line number.
std::vector<Line> read_lines(std::string_view input) {
  std::vector<Line> lines;
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
  return lines;
}

// The year (the first 20xx in a title that says 年, unless given) and the as-of date
// (the end of the period the title names: 上半年, 前三季度, 一季度, unless given).
void read_title(Plan& plan, const Line& title, const std::string& source, const ImportOptions& options) {
  plan.name = title.text;
  if (options.year) {
    plan.year = *options.year;
  } else {
    for (std::size_t k = 0; k + 4 <= plan.name.size(); ++k)
      if (plan.name.compare(k, 2, "20") == 0 && std::isdigit(static_cast<unsigned char>(plan.name[k + 2])) &&
          std::isdigit(static_cast<unsigned char>(plan.name[k + 3]))) {
        plan.year = std::stoi(plan.name.substr(k, 4));
        break;
      }
    if (plan.year == 0 || plan.name.find("年") == std::string::npos)
      throw Error(ErrorCode::parse_error,
                  source + ":" + std::to_string(title.number) + ": no year in the title; give one with --year");
  }
  plan.period = Period::year(plan.year);
  const auto year = static_cast<unsigned short>(plan.year);
  if (options.as_of)
    plan.as_of = options.as_of;
  else if (plan.name.find("上半年") != std::string::npos)
    plan.as_of = Date(year, 6, 30);
  else if (plan.name.find("前三季度") != std::string::npos)
    plan.as_of = Date(year, 9, 30);
  else if (plan.name.find("一季度") != std::string::npos)
    plan.as_of = Date(year, 3, 31);
}

// Rejoins unit cells broken over lines: "区商务委" + "(区招商中心)", "生活垃圾分类工作" + "领导小组成员单位".
std::vector<Line> join_unit_cells(std::vector<Line> cells) {
  std::vector<Line> joined;
  for (auto& c : cells) {
    if (!joined.empty()) {
      const std::string& last = joined.back().text;
      const bool opens = c.text.rfind("(", 0) == 0 || c.text.rfind("（", 0) == 0;
      const bool fragment = u32(last).size() <= 10 && last.size() >= 6 &&
                            (last.compare(last.size() - 6, 6, "工作") == 0 || last.compare(last.size() - 6, 6, "小组") == 0);
      if ((opens || (fragment && !split_unit_names(last))) && split_unit_names(last + c.text)) {
        joined.back().text += c.text;
        continue;
      }
    }
    joined.push_back(std::move(c));
  }
  return joined;
}

// Reads the items of the three annexes into result.plan.
struct AnnexReader {
  const std::vector<Line>& lines;
  const std::string& source;
  const ImportOptions& options;
  ImportResult& result;
  std::vector<std::string> units_seen;

  void warn(std::size_t line, const std::string& what) {
    result.warnings.push_back(source + ":" + std::to_string(line) + ": " + what);
  }

  // Items of one annex: a number line starts each; header lines before the first.
  void read(std::size_t from, std::size_t to, ItemKind kind, std::optional<Status> official, const std::string& prefix) {
    std::size_t i = from;
    int expect = 1;
    while (i < to && lines[i].text != "1") ++i;
    std::string category;
    while (i < to) {
      if (lines[i].text != std::to_string(expect)) {
        warn(lines[i].number, "expected item " + std::to_string(expect) + ", found \"" + lines[i].text + "\"");
        break;
      }
      std::size_t end = i + 1;
      while (end < to && lines[end].text != std::to_string(expect + 1)) ++end;
      Item item;
      item.kind = kind;
      item.number = expect;
      item.id = prefix + std::to_string(expect);
      item.official_status = official;
      std::vector<Line> cells(lines.begin() + static_cast<long>(i) + 1, lines.begin() + static_cast<long>(end));
      read_cells(item, join_unit_cells(std::move(cells)), category, lines[i].number);
      result.plan.items.push_back(std::move(item));
      i = end;
      ++expect;
    }
  }

  // An item's cells: category cells (tasks), the target, the lead and cooperating units, the progress.
  void read_cells(Item& item, const std::vector<Line>& cells, std::string& category, std::size_t line) {
    std::size_t first_unit = cells.size();
    for (std::size_t k = 0; k < cells.size(); ++k)
      if (split_unit_names(cells[k].text)) {
        first_unit = k;
        break;
      }
    if (first_unit == 0 || first_unit == cells.size()) {
      warn(line, "item " + item.id + " has no target or no responsible unit");
      if (first_unit == cells.size()) first_unit = std::min<std::size_t>(1, cells.size());
    }
    const bool task = item.kind == ItemKind::task;
    if (first_unit >= 2 && task) {
      category.clear();
      for (std::size_t k = 0; k + 1 < first_unit; ++k) category += cells[k].text;
    }
    item.category = task ? category : "";
    if (first_unit >= 1) item.text = cells[first_unit - 1].text;
    std::size_t k = first_unit;
    for (bool lead = true; k < cells.size(); lead = false) {
      auto names = split_unit_names(cells[k].text);
      if (!names) break;
      for (const auto& n : *names) {
        if (std::find(units_seen.begin(), units_seen.end(), n) == units_seen.end()) units_seen.push_back(n);
        (lead ? item.lead : item.cooperating).push_back(n);
      }
      ++k;
      if (!task) break;
    }
    for (; k < cells.size(); ++k) item.progress_text += (item.progress_text.empty() ? "" : "\n") + cells[k].text;
    io::check_texts(item.text, item.progress_text, source + ":" + std::to_string(line) + ": item " + item.id + ": ",
                    options.limits);
    item.sub_targets = text::item_from_text(item.text, item.progress_text, result.plan.year, item.kind).sub_targets;
  }
};

// Indicator statuses from the summary: 2项指标符合预期,分别是:…6项指标不达预期…
void read_indicator_statuses(ImportResult& result, const std::string& summary, const std::string& source) {
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
  for (auto& item : result.plan.items) {
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

}  // namespace

ImportResult import_report(std::string_view input, const std::string& source, const ImportOptions& options) {
  const std::vector<Line> lines = read_lines(input);
  if (lines.empty()) throw Error(ErrorCode::parse_error, source + ": empty report");
  text::normalize(input);  // invalid UTF-8 is an error naming the byte
  ImportResult result;
  Plan& plan = result.plan;
  read_title(plan, lines.front(), source, options);

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

  AnnexReader annexes{lines, source, options, result, {}};
  annexes.read(a1, a2, ItemKind::indicator, std::nullopt, "a1-");
  annexes.read(a2, a3, ItemKind::task, Status::lagging, "a2-");
  annexes.read(a3, lines.size(), ItemKind::task, Status::on_track, "a3-");
  if (!summary.empty()) read_indicator_statuses(result, summary, source);
  for (const auto& name : annexes.units_seen) plan.units.add(OrgUnit{name, name, {}});
  return result;
}

}  // namespace ducha::import

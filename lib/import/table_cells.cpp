#include "import/table_cells.hpp"

#include "text/normalized_text.hpp"

namespace ducha::import::detail {
namespace {
std::string nfkc(const std::string& s) {
  text::NormalizedText n = text::normalize(s);
  return n.utf8(0, n.size());
}
}  // namespace

std::string trimmed(const std::string& cell) {
  const char* ws = " \t\r\n";
  std::size_t b = cell.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  std::string s = cell.substr(b, cell.find_last_not_of(ws) - b + 1);
  // An ideographic space (U+3000) around the text too.
  while (s.rfind("\u3000", 0) == 0) s.erase(0, 3);
  while (s.size() >= 3 && s.compare(s.size() - 3, 3, "\u3000") == 0) s.erase(s.size() - 3);
  return s;
}

std::optional<Decimal> cell_decimal(const std::string& cell, std::string& why) {
  std::string s = nfkc(trimmed(cell));
  // Thousands separators only in groups of three: 1,500 and 12,345.6, never 1,50.
  if (s.find(',') != std::string::npos) {
    std::size_t dot = s.find('.');
    std::string whole = s.substr(0, dot), plain;
    std::size_t group = 0;
    bool ok = whole.front() != ',';
    for (std::size_t i = whole.size(); i-- > 0;) {
      if (whole[i] == ',') {
        ok = ok && group == 3;
        group = 0;
      } else {
        ++group;
        plain.insert(plain.begin(), whole[i]);
      }
    }
    if (!ok) {
      why = "\"" + trimmed(cell) + "\" is not a number (a comma only between groups of three digits)";
      return std::nullopt;
    }
    s = plain + (dot == std::string::npos ? "" : s.substr(dot));
  }
  Decimal d;
  std::string message;
  if (!Decimal::try_parse(s, d, &message)) {
    why = "\"" + trimmed(cell) + "\" is not a number";
    return std::nullopt;
  }
  return d;
}

std::optional<int> cell_whole_number(const std::string& cell) {
  std::string s = nfkc(trimmed(cell));
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(s);
}

std::optional<Date> cell_date(const std::string& raw, bool serial_allowed) {
  std::string s = nfkc(trimmed(raw));
  std::vector<int> parts;
  std::string digits;
  bool serial = !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
  if (serial && serial_allowed && s.size() <= 6) {
    // Excel's day count from 1899-12-30 (the 1900 leap-year quirk lies before any report).
    long days = std::stol(s);
    if (days < 1 || days > 2958465) return std::nullopt;
    return Date(1899, 12, 30) + boost::gregorian::days(days);
  }
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      digits += s[i];
      continue;
    }
    if (!digits.empty()) {
      if (digits.size() > 4) return std::nullopt;
      parts.push_back(std::stoi(digits));
      digits.clear();
    }
  }
  if (parts.size() != 3 || parts[0] < 1900 || parts[0] > 9999) return std::nullopt;
  try {
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<Status> cell_status(const std::string& cell, ItemKind kind) {
  std::string s = trimmed(cell);
  for (Status st : kAllStatuses)
    if (label(st) == s || to_string(st) == s) return st;
  struct Word {
    std::string_view word;
    Status status;
  };
  static constexpr Word kWords[] = {
      {"正常", Status::on_track},         {"按序时推进", Status::on_track},  {"达序", Status::on_track},
      {"推进较为滞后", Status::lagging},  {"较为滞后", Status::lagging},    {"未达序", Status::lagging},
      {"完成", Status::completed},        {"已完成年度目标", Status::completed}};
  for (const auto& w : kWords)
    if (w.word == s) return w.status;
  // 是否达序: 是 / 否.
  if (s == "是") return kind == ItemKind::task ? std::optional(Status::on_track) : std::nullopt;
  if (s == "否") return kind == ItemKind::task ? std::optional(Status::lagging) : std::nullopt;
  return std::nullopt;
}

std::optional<ItemKind> cell_kind(const std::string& cell) {
  std::string s = trimmed(cell);
  for (std::string_view w : {"指标", "预期目标", "主要指标", "预期性指标", "约束性指标", "indicator"})
    if (s == w) return ItemKind::indicator;
  for (std::string_view w : {"任务", "重点任务", "工作任务", "重点工作任务", "task"})
    if (s == w) return ItemKind::task;
  return std::nullopt;
}

std::vector<std::string> cell_names(const std::string& cell) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string t = trimmed(current);
    if (!t.empty()) out.push_back(t);
    current.clear();
  };
  for (std::size_t i = 0; i < cell.size();) {
    bool sep = false;
    for (std::string_view s : {"、", "，", "；", ",", ";", "/", "\n"})
      if (cell.compare(i, s.size(), s) == 0) {
        flush();
        i += s.size();
        sep = true;
        break;
      }
    if (!sep) current += cell[i++];
  }
  flush();
  return out;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "、") + n;
  return out;
}

}  // namespace ducha::import::detail

#include "io/limits.hpp"

#include <charconv>
#include <istream>

#include "ducha/error.hpp"

namespace ducha {

std::optional<std::string> Limits::set(std::string_view assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string_view::npos) return "expected NAME=VALUE, one of " + std::string(kNames);
  std::string_view name = assignment.substr(0, eq), value = assignment.substr(eq + 1);
  std::size_t* target = name == "input-bytes" ? &input_bytes
                        : name == "line-bytes" ? &line_bytes
                        : name == "items"      ? &items
                        : name == "sub-targets" ? &sub_targets
                        : name == "text-bytes"  ? &text_bytes
                        : name == "clause-bytes" ? &clause_bytes
                                                : nullptr;
  if (!target) return "unknown limit \"" + std::string(name) + "\" (limits: " + kNames + ")";
  unsigned shift = 0;
  if (!value.empty()) {
    char suffix = value.back();
    shift = suffix == 'K' || suffix == 'k' ? 10 : suffix == 'M' || suffix == 'm' ? 20 : suffix == 'G' || suffix == 'g' ? 30 : 0;
    if (shift) value.remove_suffix(1);
  }
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n == 0 || (n << shift >> shift) != n)
    return "limit " + std::string(name) + " must be a whole number from 1 (with K, M or G), not \"" +
           std::string(assignment.substr(eq + 1)) + "\"";
  *target = n << shift;
  return std::nullopt;
}

}  // namespace ducha

namespace ducha::io {

std::string over_limit(std::string_view name, std::size_t value) {
  return "over the limit " + std::string(name) + " = " + std::to_string(value);
}

namespace {

// The length of the clause delimiter at `at`, 0 when there is none.
std::size_t delimiter_at(std::string_view text, std::size_t at) {
  static constexpr std::string_view kWide[] = {"，", "；", "。", "！", "？", "：", "、"};
  char c = text[at];
  if (c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r') return 1;
  for (std::string_view d : kWide)
    if (text.compare(at, d.size(), d) == 0) return d.size();
  return 0;
}

}  // namespace

Span longest_clause(std::string_view text) {
  Span best, current;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t d = delimiter_at(text, i);
    if (d == 0) {
      ++current.length;
      ++i;
      continue;
    }
    if (current.length > best.length) best = current;
    i += d;
    current = Span{i, 0};
  }
  return current.length > best.length ? current : best;
}

void check_text(std::string_view text, const std::string& what, const Limits& limits) {
  if (text.size() > limits.text_bytes)
    throw Error(ErrorCode::out_of_range, what + ": text of " + std::to_string(text.size()) + " bytes, " +
                                             over_limit("text-bytes", limits.text_bytes));
  Span clause = longest_clause(text);
  if (clause.length > limits.clause_bytes)
    throw Error(ErrorCode::out_of_range,
                what + ": a clause of " + std::to_string(clause.length) + " bytes at byte " +
                    std::to_string(clause.offset) + " (no , ; 。 ! ? : 、 or line end), " +
                    over_limit("clause-bytes", limits.clause_bytes));
}

void check_texts(std::string_view target, std::string_view progress, const std::string& where, const Limits& limits) {
  check_text(target, where + "target", limits);
  check_text(progress, where + "progress", limits);
}

std::string read_all(std::istream& in, const std::string& source, std::size_t max_bytes) {
  std::string out;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    std::size_t got = static_cast<std::size_t>(in.gcount());
    if (got > max_bytes - out.size())
      throw Error(ErrorCode::out_of_range, source + ": more than " + std::to_string(max_bytes) + " bytes, " +
                                               over_limit("input-bytes", max_bytes));
    out.append(buffer, got);
  }
  if (in.bad()) throw Error(ErrorCode::io_error, source + ": read error");
  return out;
}

LineRead read_line(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  std::streambuf* sb = in.rdbuf();
  bool any = false, too_long = false;
  for (;;) {
    int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      break;
    }
    any = true;
    if (c == '\n') break;
    if (line.size() < max_bytes) line.push_back(static_cast<char>(c));
    else too_long = true;
  }
  if (!any) return LineRead::end;
  if (too_long) {
    line.clear();
    return LineRead::too_long;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return LineRead::line;
}

}  // namespace ducha::io

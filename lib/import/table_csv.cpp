#include <algorithm>
#include <cstdint>

#include "ducha/error.hpp"
#include "import/table_grid.hpp"

namespace ducha::import::detail {
namespace {

// The delimiter: of ',', ';' and tab, the one every line (of the first 30 that hold any of
// them, outside quotes) has most of at the least — a title row holds none, free text in
// one cell adds commas to a few lines only. ',' when none is found.
char delimiter(std::string_view s) {
  const char candidates[] = {',', ';', '\t'};
  std::size_t least[3] = {SIZE_MAX, SIZE_MAX, SIZE_MAX}, count[3] = {0, 0, 0};
  std::size_t lines = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= s.size() && lines < 30; ++i) {
    char c = i < s.size() ? s[i] : '\n';
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      if (count[0] + count[1] + count[2] > 0) {
        ++lines;
        for (int k = 0; k < 3; ++k) least[k] = std::min(least[k], count[k]);
      }
      count[0] = count[1] = count[2] = 0;
      continue;
    }
    for (int k = 0; k < 3; ++k) count[k] += c == candidates[k];
  }
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (least[k] != SIZE_MAX && (least[best] == SIZE_MAX || least[k] > least[best])) best = k;
  return candidates[best];
}

bool blank(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (c.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  return true;
}

}  // namespace

Grid read_csv(std::string_view s, const std::string& source, std::size_t max_cells) {
  Grid grid;
  const char sep = delimiter(s);
  std::vector<std::string> row;
  std::string cell;
  std::size_t record = 1, line = 1, cells = 0, quote_line = 0;
  bool quoted = false, was_quoted = false;
  auto end_cell = [&] {
    if (++cells > max_cells)
      throw Error(ErrorCode::out_of_range, source + ": more than " + std::to_string(max_cells) + " cells");
    if (!was_quoted)  // a cell's own spaces are kept when quoted
      while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\r')) cell.pop_back();
    row.push_back(std::move(cell));
    cell.clear();
    was_quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    if (!blank(row)) grid.rows.push_back({record, std::move(row)});
    row.clear();
    ++record;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        if (c != '\r' || i + 1 >= s.size() || s[i + 1] != '\n') cell += c;  // CRLF inside a cell → LF
      }
      continue;
    }
    if (c == '"' && cell.find_first_not_of(' ') == std::string::npos) {
      cell.clear();
      quoted = was_quoted = true;
      quote_line = line;
    } else if (c == sep) {
      end_cell();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      continue;  // CRLF ends the row at the LF
    } else if (c == '\n') {
      ++line;
      end_row();
    } else {
      cell += c;
    }
  }
  if (quoted)
    throw Error(ErrorCode::parse_error, source + ":" + std::to_string(quote_line) + ": row " +
                                            std::to_string(record) + " has a quote that is never closed");
  if (!cell.empty() || !row.empty() || was_quoted) end_row();
  return grid;
}

}  // namespace ducha::import::detail

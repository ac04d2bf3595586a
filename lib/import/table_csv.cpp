#include "ducha/error.hpp"
#include "import/table_grid.hpp"

namespace ducha::import::detail {
namespace {

// The delimiter: ',' unless the first line (outside quotes) has more ';' or tabs.
char delimiter(std::string_view s) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : s) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma) return ';';
  return ',';
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

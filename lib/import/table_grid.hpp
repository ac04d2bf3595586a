// Internal to table import: a sheet as rows of cell texts, from CSV or XLSX.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ducha::import::detail {

struct GridRow {
  std::size_t number = 0;  // 1-based row of the file as a spreadsheet shows it
  std::vector<std::string> cells;
};

// A merged range of an XLSX sheet (1-based, inclusive): its value is in the top-left cell.
struct Merge {
  std::size_t first_row = 0, last_row = 0, first_col = 0, last_col = 0;
};

struct Grid {
  std::vector<GridRow> rows;  // rows with at least one cell; blank rows are left out
  std::vector<Merge> merges;  // XLSX only
  std::string encoding;       // CSV: the encoding used
  std::string sheet;          // XLSX: the worksheet read
};

// The bytes as UTF-8: a BOM decides (UTF-8, UTF-16), else valid UTF-8 is UTF-8 and
// anything else GB18030 (a superset of GBK and GB2312). `encoding` forces one (any
// ICU converter name). Throws ducha::Error naming the byte offset of undecodable input.
std::string decode_text(std::string_view bytes, const std::optional<std::string>& encoding,
                        const std::string& source, std::string& used);

// RFC 4180 CSV (',', or ';' or tab when every line has more of those), quoted cells with
// line breaks and doubled quotes. Throws on an unterminated quote or past max_cells.
Grid read_csv(std::string_view utf8, const std::string& source, std::size_t max_cells);

// The first worksheet of an XLSX workbook, with libzip and expat; shared strings resolved,
// numbers as the text stored in the file.
Grid read_xlsx(std::string_view bytes, const std::string& source, std::size_t max_cells);

// Whether a file's bytes start like a ZIP archive (an XLSX workbook).
bool looks_like_zip(std::string_view bytes);

}  // namespace ducha::import::detail

// XLSX with libxlsxwriter. Numeric cells are written as placeholders and their
// values then set from exact decimal text in the sheet XML (pugixml, libzip), so
// no figure passes through a double.
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "io/json_reader.hpp"
#include "report/figures.hpp"
#include "report/publish.hpp"
#include "report/zip_writer.hpp"

namespace ducha::report {
namespace {

// sheet number (1-based) → cell reference → exact decimal text
using ExactCells = std::map<int, std::map<std::string, std::string>>;

struct TempFile {
  std::string path;
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ducha-xlsx-XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw Error(ErrorCode::io_error, "cannot create a temporary file in " + pattern);
    close(fd);
    path = pattern;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

std::string cell_ref(int row, int col) {
  char buf[32];
  lxw_rowcol_to_cell(buf, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col));
  return buf;
}

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw Error(ErrorCode::io_error, "xlsx: " + what + ": " + lxw_strerror(e));
}

double width_of(ColumnKind k) {  // column widths in characters, not figures
  switch (k) {
    case ColumnKind::index: return 6;
    case ColumnKind::status: return 14;
    case ColumnKind::number:
    case ColumnKind::percent: return 11;
    case ColumnKind::unit: return 18;
    case ColumnKind::text: return 36;
    case ColumnKind::wide: return 50;
  }
  return 20;
}

void write_sheet(lxw_workbook* wb, const Table& t, int sheet, ExactCells& exact, lxw_format* head, lxw_format* wrap,
                 lxw_format* pct, lxw_format* title) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, t.label.c_str());
  if (!ws) throw Error(ErrorCode::io_error, "xlsx: cannot add sheet " + t.label);
  const int last = static_cast<int>(t.columns.size()) - 1;
  check(worksheet_merge_range(ws, 0, 0, 0, static_cast<lxw_col_t>(last), (t.label + " " + t.title).c_str(), title),
        "title");
  check(worksheet_write_string(ws, 1, 0, kRoundingNote, nullptr), "note");
  for (int c = 0; c <= last; ++c) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width_of(t.columns[c].kind), wrap);
    check(worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), t.columns[c].name.c_str(), head), "header");
  }
  worksheet_freeze_panes(ws, 3, 0);
  const int rows = static_cast<int>(t.rows.size());
  worksheet_autofilter(ws, 2, 0, static_cast<lxw_row_t>(2 + rows), static_cast<lxw_col_t>(last));
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c <= last; ++c) {
      const Cell& cell = t.rows[r][c];
      const lxw_row_t row = static_cast<lxw_row_t>(r + 3);
      const lxw_col_t col = static_cast<lxw_col_t>(c);
      const ColumnKind kind = t.columns[c].kind;
      if (cell.number && (kind == ColumnKind::number || kind == ColumnKind::percent)) {
        check(worksheet_write_number(ws, row, col, 0, kind == ColumnKind::percent ? pct : nullptr), "number");
        exact[sheet][cell_ref(r + 3, c)] = *cell.number;
      } else if (kind == ColumnKind::index) {
        check(worksheet_write_number(ws, row, col, 0, nullptr), "序号");
        exact[sheet][cell_ref(r + 3, c)] = cell.text;
      } else if (!cell.text.empty()) {
        // A string cell (t="s") is never evaluated as a formula, whatever it begins with.
        check(worksheet_write_string(ws, row, col, cell.text.c_str(), wrap), "text");
      }
    }
  }
}

// Sets each placeholder's <v> to its exact decimal text.
std::string set_exact_values(const std::string& xlsx, const ExactCells& exact) {
  auto entries = unzip_archive(xlsx);
  for (auto& [name, content] : entries) {
    int sheet = 0;
    if (std::sscanf(name.c_str(), "xl/worksheets/sheet%d.xml", &sheet) != 1 || !exact.count(sheet)) continue;
    pugi::xml_document doc;
    if (!doc.load_buffer(content.data(), content.size(), pugi::parse_default | pugi::parse_declaration)) throw Error(ErrorCode::io_error, "xlsx: unreadable " + name);
    const auto& cells = exact.at(sheet);
    std::size_t set = 0;
    for (auto row : doc.child("worksheet").child("sheetData").children("row"))
      for (auto c : row.children("c")) {
        auto it = cells.find(c.attribute("r").value());
        if (it == cells.end()) continue;
        c.child("v").text().set(it->second.c_str());
        ++set;
      }
    if (set != cells.size()) throw Error(ErrorCode::io_error, "xlsx: numeric cells not found in " + name);
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    content = out.str();
  }
  return zip_archive(entries);
}

}  // namespace

std::string xlsx_of(const Document& d) {
  TempFile tmp;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(tmp.path.c_str(), &options);
  if (!wb) throw Error(ErrorCode::io_error, "xlsx: cannot create " + tmp.path);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_bg_color(head, 0xE8E8E8);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_align(head, LXW_ALIGN_CENTER);
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  format_set_align(pct, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 14);
  format_set_align(title, LXW_ALIGN_CENTER);
  ExactCells exact;
  try {
    for (std::size_t k = 0; k < d.annexes.size(); ++k)
      write_sheet(wb, d.annexes[k], static_cast<int>(k) + 1, exact, head, wrap, pct, title);
  } catch (...) {
    workbook_close(wb);
    throw;
  }
  check(workbook_close(wb), "cannot write " + tmp.path);
  return set_exact_values(io::read_file(tmp.path), exact);
}

}  // namespace ducha::report

// CSV and XLSX files of a plan's table.
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "import/table_export.hpp"

namespace ducha::import {
namespace {

std::string csv_cell(const std::string& raw) {
  std::string cell = detail::formula_safe(raw);
  bool quote = cell.find_first_of(",\"\r\n") != std::string::npos ||
               (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// A removed temporary file, whatever happens.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
};

}  // namespace

std::string export_table_csv(const Plan& plan) {
  std::string out = "\xEF\xBB\xBF";  // UTF-8 with a BOM: what Excel opens as UTF-8
  for (const auto& row : detail::table_rows(plan)) {
    for (std::size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + csv_cell(row[c]);
    out += "\r\n";
  }
  return out;
}

void write_table_xlsx(const Plan& plan, const std::string& path) {
  auto rows = detail::table_rows(plan);
  if (rows.size() > 1048576) throw Error(ErrorCode::out_of_range, path + ": more rows than a worksheet holds");
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw Error(ErrorCode::io_error, path + ": cannot create the workbook");
  std::string sheet = plan.table && !plan.table->sheet.empty() ? plan.table->sheet : "Sheet1";
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.c_str());
  if (!ws) ws = workbook_add_worksheet(wb, nullptr);  // a name Excel refuses: the default one
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  lxw_error err = LXW_NO_ERROR;
  for (std::size_t r = 0; r < rows.size() && err == LXW_NO_ERROR; ++r)
    for (std::size_t c = 0; c < rows[r].size() && c < 16384 && err == LXW_NO_ERROR; ++c) {
      if (rows[r][c].empty()) continue;
      // A string cell: never a formula, numbers keep their exact text.
      err = worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(),
                                   rows[r][c].find('\n') != std::string::npos ? wrap : nullptr);
    }
  lxw_error closed = workbook_close(wb);
  if (err != LXW_NO_ERROR || closed != LXW_NO_ERROR)
    throw Error(ErrorCode::io_error, path + ": cannot write the workbook (" +
                                         lxw_strerror(err != LXW_NO_ERROR ? err : closed) + ")");
}

std::string export_table_xlsx(const Plan& plan) {
  const char* dir = std::getenv("TMPDIR");
  std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/ducha-table-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) throw Error(ErrorCode::io_error, "cannot create a temporary file in " + pattern);
  close(fd);
  TempFile tmp{pattern};
  write_table_xlsx(plan, tmp.path);
  std::ifstream in(tmp.path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace ducha::import

// Internal to table import: header words, header location and the mapping file.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/table.hpp"
#include "import/table_grid.hpp"

namespace ducha::import::detail {

// A header cell's text for matching: NFKC, whitespace removed.
std::string header_key(std::string_view header);

// Splits a unit written in the header off its name: "城镇新增就业(人)" → {"城镇新增就业", "人"}.
// The unit is "" when the parenthesis holds no unit of the catalogue.
std::pair<std::string, std::string> split_header_unit(const std::string& key);

// The field an office's header names (序号, 工作任务 …), from the built-in words.
std::optional<TableField> field_of_header(const std::string& key);

struct Mapping {
  std::map<std::string, std::optional<TableField>> columns;  // header key → field (nullopt: keep only)
  std::optional<std::size_t> header_row;                     // 1-based row of the (first) header line
  std::optional<std::size_t> header_rows;                    // 1 or 2 header lines
  std::optional<ItemKind> kind;                              // items' kind when no 类型 column
};

Mapping read_mapping(std::string_view json, const std::string& source);

struct Layout {
  std::size_t header_index = 0;  // index into grid.rows of the first header line
  std::size_t header_lines = 1;
  std::vector<TableColumn> columns;
  std::vector<TableProblem> problems;
};

// Finds the header (the first row naming two known fields, or the mapping's row) and
// what each column holds. Throws ducha::Error when no header is found.
Layout locate_header(const Grid& grid, const Mapping& mapping, const std::string& source);

}  // namespace ducha::import::detail

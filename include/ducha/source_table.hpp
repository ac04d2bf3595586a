// The office's own table, kept with a plan imported from it, so that the table can
// be written back (`ducha export table`) with every cell nobody changed as it was.
#pragma once

#include <string>
#include <vector>

#include "ducha/config.hpp"

DUCHA_BEGIN_NAMESPACE

struct SourceColumn {
  std::string header;  // the header as written (two header lines joined with '/')
  std::string field;   // what ducha read it as (docs/tables.md: "task", "lead" …), "" when kept only
  std::string unit;    // a unit named in the header (目标任务(万元) → 万元)
};

// One record of the table: the row that starts it and the continuation rows merged
// cells left under it, verbatim.
struct SourceRow {
  std::string item;                            // the item read from it, "" for a row not imported
  std::size_t row = 0;                         // the first row's number in the file (1-based)
  std::vector<std::vector<std::string>> lines; // the rows' cells, as read
};

struct SourceTable {
  std::string format;                          // "csv" or "xlsx"
  std::string sheet;                           // the worksheet's name (xlsx)
  std::vector<std::vector<std::string>> head;  // title and header rows, verbatim
  std::vector<SourceColumn> columns;
  std::vector<SourceRow> rows;                 // every row after the header, in order
};

DUCHA_END_NAMESPACE

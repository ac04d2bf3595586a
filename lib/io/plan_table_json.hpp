// The "table" key of a plan (docs/format.md, docs/tables.md): the office's table the
// plan was imported from, kept so that `ducha export table` writes it back.
#pragma once

#include <boost/json/value.hpp>

#include "ducha/source_table.hpp"
#include "io/json_reader.hpp"

namespace ducha::io {

boost::json::value source_table_json(const SourceTable& table);
SourceTable read_source_table(const Field& f);

}  // namespace ducha::io

// include/ducha/tables.hpp: the public names of lib/import/table and lib/io/progress_*.
#include "ducha/tables.hpp"

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "io/progress_table.hpp"
#include "io/progress_update.hpp"

DUCHA_BEGIN_NAMESPACE

TableImportResult plan_from_table(std::string_view bytes, const std::string& source, const TableReadOptions& options) {
  return plan_from_table(bytes, source, options, Limits{});
}

TableImportResult plan_from_table(std::string_view bytes, const std::string& source, const TableReadOptions& options,
                                  const Limits& limits) {
  import::TableOptions o;
  o.limits = limits;
  o.encoding = options.encoding;
  o.format = options.format;
  o.mapping = options.mapping;
  o.mapping_source = options.mapping_source;
  o.year = options.year;
  o.as_of = options.as_of;
  import::TableImport r = import::import_table(bytes, source, o);
  TableImportResult out{std::move(r.plan), {}, r.report()};
  for (const auto& p : r.problems)
    out.problems.push_back(source + ":row " + std::to_string(p.row) +
                           (p.column ? ", column " + std::to_string(p.column) : std::string()) + ": " + p.message);
  return out;
}

std::string plan_to_table(const Plan& plan, std::string_view format) {
  if (format == "csv") return import::export_table_csv(plan);
  if (format == "xlsx") return import::export_table_xlsx(plan);
  throw Error(ErrorCode::invalid_argument, "table format must be csv or xlsx, not \"" + std::string(format) + "\"");
}

ProgressMerge add_progress(Plan& plan, std::string_view bytes, const std::string& source, std::string_view format,
                           const Date& as_of, bool strict) {
  if (format != "jsonl" && format != "csv" && format != "xlsx" && format != "table")
    throw Error(ErrorCode::invalid_argument,
                "progress format must be jsonl, csv, xlsx or table, not \"" + std::string(format) + "\"");
  ProgressMerge out;
  std::vector<io::ProgressUpdate> updates =
      format == "jsonl" ? io::read_progress_lines(bytes, source, out.problems)
                        : io::read_progress_table(bytes, source, format == "table" ? "" : std::string(format), as_of,
                                                  out.problems);
  if (strict && !out.problems.empty()) return out;
  // Strict: merged into a copy first, kept only when no line had a problem (an unknown item…).
  Plan copy;
  if (strict) copy = plan;
  Plan& target = strict ? copy : plan;
  io::MergeReport report = io::merge_progress(target, updates, as_of);
  out.problems.insert(out.problems.end(), report.problems.begin(), report.problems.end());
  report.problems = out.problems;
  out.summary = report.summary();
  if (strict && !out.problems.empty()) return out;
  if (strict) plan = std::move(copy);
  out.merged = true;
  return out;
}

DUCHA_END_NAMESPACE

// The report as an office's document, independent of format: head (title, 文号,
// 主送), numbered sections in office order, 附件 list, 落款 and date, then the
// annex tables. Every published format (HTML, PDF, DOCX, XLSX, Markdown, CSV)
// renders this one structure, so they cannot disagree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report_model.hpp"
#include "report/settings.hpp"

namespace ducha::report {

// How a badge is coloured: a status (met/normal, behind, not judged) or an escalation
// colour (red, yellow, green, blue, any other the policy names).
enum class Tone { none, good, behind, unjudged, red, yellow, green, blue, other_colour };

// An escalation colour code of the policy ("red") in words ("红色"); a colour the
// policy already names in Chinese stays as it is; any other reads 预警.
std::string colour_words(const std::string& colour);
Tone colour_tone(const std::string& colour);

struct Cell {
  Cell() = default;
  Cell(std::string t, Tone tone_ = Tone::none, std::optional<std::string> number_ = std::nullopt, std::string code_ = {})
      : text(std::move(t)), tone(tone_), number(std::move(number_)), code(std::move(code_)) {}
  std::string text;
  Tone tone = Tone::none;              // a status badge when not none
  std::optional<std::string> number;  // exact decimal text for a numeric spreadsheet cell
  std::string code;                   // the status code, for JSON and CSV only
};

// number: a count; percent: a ratio, its number the fraction (0.2221 for 22.21%).
enum class ColumnKind { index, text, wide, unit, status, number, percent };

// Relative column widths by kind (a layout, not a figure): tables are fixed-width so
// that long texts wrap and short cells never do.
inline int column_weight(ColumnKind k) {
  switch (k) {
    case ColumnKind::index: return 42;
    case ColumnKind::text: return 150;
    case ColumnKind::unit: return 90;
    case ColumnKind::wide: return 220;
    case ColumnKind::number:
    case ColumnKind::percent: return 62;
    case ColumnKind::status: return 100;
  }
  return 100;
}

struct Column {
  std::string name;
  ColumnKind kind;
};

struct Table {
  std::string label;  // 附件1
  std::string title;  // 经济社会发展预期目标推进情况表
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::string> ids;  // the plan's item id of each row ("" for none), for CSV only
};

struct Section {
  std::string heading;  // 一、总体情况
  std::vector<std::string> paragraphs;
};

struct Document {
  ResolvedSettings head;
  std::vector<Section> sections;
  std::vector<Table> annexes;
  std::string rounding_note;
};

Document build_document(const ReportModel& m, const ReportSettings& settings);

// Where an item appears in the document: "附件3第8项", or "" when in no annex (one lookup; linear).
std::string item_location(const ReportModel& m, std::string_view item_id);

}  // namespace ducha::report

// The document (document.hpp) in each published format. Text formats return the
// file's content; DOCX, XLSX and PDF return the file's bytes.
#pragma once

#include <string>

#include "report/document.hpp"

namespace ducha::report {

std::string markdown_of(const Document& d);
std::string html_of(const Document& d);
// UTF-8 with BOM; status and finding codes beside the Chinese; cells beginning
// with = + - @ are prefixed with ' so that no text becomes a formula.
std::string csv_of(const Document& d);
// OOXML written with libzip and pugixml.
std::string docx_of(const Document& d);
// libxlsxwriter: one sheet per annex, frozen header, filters; 完成率 and 序时进度 numeric.
std::string xlsx_of(const Document& d);
// The HTML printed to A4 by headless Chromium (`chromium` on PATH, or DUCHA_CHROMIUM).
std::string pdf_of(const Document& d);

// A text cell that a spreadsheet could read as a formula (= + - @, tab, CR).
bool looks_like_formula(const std::string& text);

}  // namespace ducha::report

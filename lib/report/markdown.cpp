#include "report/publish.hpp"

namespace ducha::report {
namespace {

std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else out += c;
  }
  return out;
}

}  // namespace

std::string markdown_of(const Document& d) {
  const ResolvedSettings& h = d.head;
  std::string out = "# " + h.title + "\n\n";
  if (!h.document_number.empty()) out += h.document_number + "\n\n";
  if (!h.addressee.empty()) out += h.addressee + ":\n\n";
  out += h.opening + "\n";
  for (const auto& s : d.sections) {
    out += "\n## " + s.heading + "\n";
    for (const auto& p : s.paragraphs) out += "\n" + p + "\n";
  }
  out += "\n";
  out += "附件:";
  for (std::size_t k = 0; k < d.annexes.size(); ++k)
    out += (k ? "\n\u3000\u3000\u3000" : "") + std::to_string(k + 1) + "." + d.annexes[k].title;
  out += "\n\n" + h.signature + "\n\n" + chinese_date(h.date) + "\n";
  for (const auto& t : d.annexes) {
    out += "\n## " + t.label + " " + t.title + "\n\n|";
    for (const auto& c : t.columns) out += " " + c.name + " |";
    out += "\n|";
    for (std::size_t k = 0; k < t.columns.size(); ++k) out += "---|";
    out += "\n";
    for (const auto& row : t.rows) {
      out += "|";
      for (const auto& c : row) out += " " + cell(c.text) + " |";
      out += "\n";
    }
  }
  return out;
}

}  // namespace ducha::report

// OOXML WordprocessingML: the document's parts written with pugixml, zipped with libzip.
#include <pugixml.hpp>
#include <sstream>

#include "report/publish.hpp"
#include "report/zip_writer.hpp"

namespace ducha::report {
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
// A4 in twips, margins 1134 (2 cm) left and right: the annexes are printed landscape.
constexpr int kA4Short = 11906, kA4Long = 16838, kSideMargin = 1134;
constexpr int kLandscapeTextWidth = kA4Long - 2 * kSideMargin;

// Page size and margins of a section; landscape for the annex tables.
void section_properties(pugi::xml_node sect, bool landscape) {
  auto size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = landscape ? kA4Long : kA4Short;
  size.append_attribute("w:h") = landscape ? kA4Short : kA4Long;
  if (landscape) size.append_attribute("w:orient") = "landscape";
  auto mar = sect.append_child("w:pgMar");
  for (auto [k, v] : {std::pair{"w:top", 1440}, {"w:right", kSideMargin}, {"w:bottom", 1440}, {"w:left", kSideMargin},
                      {"w:header", 720}, {"w:footer", 720}, {"w:gutter", 0}})
    mar.append_attribute(k) = v;
}

std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_document new_part() {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  return doc;
}

struct Run {
  bool bold = false;
  int half_points = 32;  // 三号 16pt, as 公文 body text
};

// A paragraph: alignment (left, center, right, both), first-line indent in characters ×100.
pugi::xml_node paragraph(pugi::xml_node body, const std::string& text, const std::string& align, int indent_chars,
                         Run run, bool page_break_before = false) {
  auto p = body.append_child("w:p");
  auto ppr = p.append_child("w:pPr");
  if (page_break_before) ppr.append_child("w:pageBreakBefore");
  if (run.half_points >= 28) {  // body text: 1.5 lines, as 公文 are set; table cells stay single
    auto spacing = ppr.append_child("w:spacing");
    spacing.append_attribute("w:before") = 0;
    spacing.append_attribute("w:after") = 0;
    spacing.append_attribute("w:line") = 360;
    spacing.append_attribute("w:lineRule") = "auto";
  }
  if (indent_chars > 0) {
    auto ind = ppr.append_child("w:ind");
    ind.append_attribute("w:firstLineChars") = indent_chars;
    ind.append_attribute("w:firstLine") = indent_chars * run.half_points / 10;  // twips: chars × size
  }
  ppr.append_child("w:jc").append_attribute("w:val") = align.c_str();
  // Line breaks inside a cell or paragraph become <w:br/>.
  auto r = p.append_child("w:r");
  auto rpr = r.append_child("w:rPr");
  auto fonts = rpr.append_child("w:rFonts");
  fonts.append_attribute("w:eastAsia") = "仿宋";
  if (run.bold) rpr.append_child("w:b");
  rpr.append_child("w:sz").append_attribute("w:val") = run.half_points;
  std::size_t from = 0;
  while (true) {
    std::size_t nl = text.find('\n', from);
    auto t = r.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from).c_str());
    if (nl == std::string::npos) break;
    r.append_child("w:br");
    from = nl + 1;
  }
  return p;
}

std::string shade(Tone t) {
  switch (t) {
    case Tone::good: return "E3F3E6";
    case Tone::behind: return "FBE4E4";
    case Tone::unjudged: return "EEEEEE";
    case Tone::red: return "F4B6B6";
    case Tone::yellow: return "FBE9A0";
    case Tone::green: return "BFE3C2";
    case Tone::blue: return "BBD3F2";
    case Tone::other_colour: return "";
    case Tone::none: return "";
  }
  return "";
}

void table(pugi::xml_node body, const Table& t, bool first) {
  paragraph(body, t.label, "left", 0, {true, 28}, !first);
  paragraph(body, t.title, "center", 0, {true, 32});
  auto tbl = body.append_child("w:tbl");
  auto pr = tbl.append_child("w:tblPr");
  auto w = pr.append_child("w:tblW");
  w.append_attribute("w:w") = 5000;
  w.append_attribute("w:type") = "pct";
  auto borders = pr.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    auto b = borders.append_child(side);
    b.append_attribute("w:val") = "single";
    b.append_attribute("w:sz") = 4;
    b.append_attribute("w:color") = "555555";
  }
  auto layout = pr.append_child("w:tblLayout");
  layout.append_attribute("w:type") = "fixed";
  int total = 0;
  for (const auto& c : t.columns) total += column_weight(c.kind);
  auto grid = tbl.append_child("w:tblGrid");
  for (const auto& c : t.columns)
    grid.append_child("w:gridCol").append_attribute("w:w") = kLandscapeTextWidth * column_weight(c.kind) / total;
  auto row = [&](const std::vector<std::string>& texts, const std::vector<Tone>& tones, bool header) {
    auto tr = tbl.append_child("w:tr");
    auto trpr = tr.append_child("w:trPr");
    trpr.append_child("w:cantSplit");
    if (header) trpr.append_child("w:tblHeader");  // repeated on every page
    for (std::size_t k = 0; k < texts.size(); ++k) {
      auto tc = tr.append_child("w:tc");
      auto tcpr = tc.append_child("w:tcPr");
      std::string fill = header ? "E8E8E8" : shade(tones[k]);
      if (!fill.empty()) {
        auto s = tcpr.append_child("w:shd");
        s.append_attribute("w:val") = "clear";
        s.append_attribute("w:fill") = fill.c_str();
      }
      if (header || t.columns[k].kind == ColumnKind::status || t.columns[k].kind == ColumnKind::index ||
          t.columns[k].kind == ColumnKind::number || t.columns[k].kind == ColumnKind::percent)
        tcpr.append_child("w:noWrap");
      paragraph(tc, texts[k], header ? "center" : "left", 0, {header, 18});
    }
  };
  std::vector<std::string> head;
  for (const auto& c : t.columns) head.push_back(c.name);
  row(head, std::vector<Tone>(head.size(), Tone::none), true);
  for (const auto& r : t.rows) {
    std::vector<std::string> texts;
    std::vector<Tone> tones;
    for (const auto& c : r) texts.push_back(c.text), tones.push_back(c.tone);
    row(texts, tones, false);
  }
}

std::string document_part(const Document& d) {
  pugi::xml_document doc = new_part();
  auto root = doc.append_child("w:document");
  root.append_attribute("xmlns:w") = kW;
  auto body = root.append_child("w:body");
  const ResolvedSettings& h = d.head;
  paragraph(body, h.title, "center", 0, {true, 44});
  if (!h.document_number.empty()) paragraph(body, h.document_number, "center", 0, {});
  if (!h.addressee.empty()) paragraph(body, h.addressee + ":", "left", 0, {});
  paragraph(body, h.opening, "both", 200, {});
  for (const auto& s : d.sections) {
    paragraph(body, s.heading, "left", 200, {true, 32});
    for (const auto& p : s.paragraphs) paragraph(body, p, "both", 200, {});
  }
  std::string list = "附件:";
  for (std::size_t k = 0; k < d.annexes.size(); ++k)
    list += (k ? "\n\u3000\u3000\u3000" : "") + std::to_string(k + 1) + "." + d.annexes[k].title;
  paragraph(body, list, "left", 0, {});
  paragraph(body, h.signature, "right", 0, {});
  auto date = paragraph(body, chinese_date(h.date), "right", 0, {});
  // The letter ends a portrait section; the annexes follow in a landscape one.
  section_properties(date.child("w:pPr").append_child("w:sectPr"), false);
  for (std::size_t k = 0; k < d.annexes.size(); ++k) table(body, d.annexes[k], k == 0);
  section_properties(body.append_child("w:sectPr"), true);
  return xml_text(doc);
}

std::string content_types() {
  pugi::xml_document doc = new_part();
  auto t = doc.append_child("Types");
  t.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
  auto def = [&](const char* ext, const char* type) {
    auto d = t.append_child("Default");
    d.append_attribute("Extension") = ext;
    d.append_attribute("ContentType") = type;
  };
  def("rels", "application/vnd.openxmlformats-package.relationships+xml");
  def("xml", "application/xml");
  auto o = t.append_child("Override");
  o.append_attribute("PartName") = "/word/document.xml";
  o.append_attribute("ContentType") = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  return xml_text(doc);
}

std::string package_rels() {
  pugi::xml_document doc = new_part();
  auto r = doc.append_child("Relationships");
  r.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
  auto rel = r.append_child("Relationship");
  rel.append_attribute("Id") = "rId1";
  rel.append_attribute("Type") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  rel.append_attribute("Target") = "word/document.xml";
  return xml_text(doc);
}

}  // namespace

std::string docx_of(const Document& d) {
  return zip_archive({{"[Content_Types].xml", content_types()},
                      {"_rels/.rels", package_rels()},
                      {"word/document.xml", document_part(d)}});
}

}  // namespace ducha::report

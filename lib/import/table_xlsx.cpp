// XLSX reading with libzip (the package) and expat (its XML parts).
#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <map>
#include <memory>

#include "ducha/error.hpp"
#include "import/table_grid.hpp"

namespace ducha::import::detail {
namespace {

constexpr zip_uint64_t kMaxPart = 256u << 20;  // uncompressed bytes of one XML part

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

class Package {
 public:
  Package(std::string_view bytes, const std::string& source) : source_(source) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (src) zip_.reset(zip_open_from_source(src, ZIP_RDONLY, &error));
    if (!zip_) {
      std::string why = zip_error_strerror(&error);
      if (src) zip_source_free(src);
      zip_error_fini(&error);
      throw Error(ErrorCode::parse_error, source + ": not a readable XLSX workbook (" + why + ")");
    }
    zip_error_fini(&error);
  }

  std::optional<std::string> read(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::nullopt;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPart)
      throw Error(ErrorCode::out_of_range, source_ + ": " + name + " unpacks to more than " +
                                               std::to_string(kMaxPart >> 20) + " MiB");
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(zip_.get(), name.c_str(), 0), &zip_fclose);
    if (!f) throw Error(ErrorCode::parse_error, source_ + ": cannot open " + name + " in the workbook");
    std::string out(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = zip_fread(f.get(), out.data(), st.size);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
      throw Error(ErrorCode::parse_error, source_ + ": " + name + " in the workbook is damaged");
    return out;
  }

 private:
  std::string source_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
};

// A streaming XML walk: start(name, attributes), text, end(name); names without namespace.
class XmlWalk {
 public:
  virtual ~XmlWalk() = default;
  virtual void start(std::string_view, const std::map<std::string, std::string>&) {}
  virtual void text(std::string_view) {}
  virtual void end(std::string_view) {}

  void parse(const std::string& xml, const std::string& where) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> p(XML_ParserCreateNS("UTF-8", ' '),
                                                                                   &XML_ParserFree);
    XML_SetUserData(p.get(), this);
    XML_SetElementHandler(p.get(), &on_start, &on_end);
    XML_SetCharacterDataHandler(p.get(), &on_text);
    XML_SetStartDoctypeDeclHandler(p.get(), &on_doctype);  // OOXML has none: refuse entity tricks
    parser_ = p.get();
    if (XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR &&
        failure_.empty())
      throw Error(ErrorCode::parse_error, where + ": line " + std::to_string(XML_GetCurrentLineNumber(p.get())) +
                                              ": " + XML_ErrorString(XML_GetErrorCode(p.get())));
    if (!failure_.empty()) throw Error(ErrorCode::parse_error, where + ": " + failure_);
  }

 protected:
  void fail(const std::string& why) {
    if (failure_.empty()) failure_ = why;
    XML_StopParser(parser_, XML_FALSE);
  }

 private:
  static std::string_view local(const char* name) {
    std::string_view n(name);
    auto sp = n.rfind(' ');
    return sp == std::string_view::npos ? n : n.substr(sp + 1);
  }
  static void on_start(void* self, const char* name, const char** atts) {
    std::map<std::string, std::string> a;
    for (int i = 0; atts[i]; i += 2) a[std::string(local(atts[i]))] = atts[i + 1];
    static_cast<XmlWalk*>(self)->start(local(name), a);
  }
  static void on_end(void* self, const char* name) { static_cast<XmlWalk*>(self)->end(local(name)); }
  static void on_text(void* self, const char* s, int len) {
    static_cast<XmlWalk*>(self)->text(std::string_view(s, static_cast<std::size_t>(len)));
  }
  static void on_doctype(void* self, const char*, const char*, const char*, int) {
    static_cast<XmlWalk*>(self)->fail("a document type declaration is not allowed in a workbook");
  }
  XML_Parser parser_ = nullptr;
  std::string failure_;
};

struct FirstSheet : XmlWalk {
  std::string name, rel;
  void start(std::string_view n, const std::map<std::string, std::string>& a) override {
    if (n == "sheet" && rel.empty()) {
      name = a.count("name") ? a.at("name") : "";
      rel = a.count("id") ? a.at("id") : "";
    }
  }
};

struct Relations : XmlWalk {
  std::map<std::string, std::string> targets;
  void start(std::string_view n, const std::map<std::string, std::string>& a) override {
    if (n == "Relationship" && a.count("Id") && a.count("Target")) targets[a.at("Id")] = a.at("Target");
  }
};

// <si> items: the text of their <t> runs, phonetic guides (<rPh>) left out.
struct SharedStrings : XmlWalk {
  std::vector<std::string> strings;
  std::string current;
  bool in_t = false;
  int phonetic = 0;
  void start(std::string_view n, const std::map<std::string, std::string>&) override {
    if (n == "si") current.clear();
    if (n == "rPh") ++phonetic;
    if (n == "t") in_t = true;
  }
  void text(std::string_view s) override {
    if (in_t && phonetic == 0) current += s;
  }
  void end(std::string_view n) override {
    if (n == "t") in_t = false;
    if (n == "rPh") --phonetic;
    if (n == "si") strings.push_back(current);
  }
};

// "BC12" → column 55 (1-based); 0 when not a reference.
std::size_t column_of(std::string_view ref) {
  std::size_t col = 0, i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  return (i == 0 || col > 16384) ? 0 : col;
}

// "B3" → {row 3, column 2}; nullopt when not a cell reference.
std::optional<std::pair<std::size_t, std::size_t>> cell_of(std::string_view ref) {
  std::size_t col = column_of(ref), i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') ++i;
  std::string digits(ref.substr(i));
  if (col == 0 || digits.empty() || digits.size() > 7 || digits.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::pair{static_cast<std::size_t>(std::stoul(digits)), col};
}

struct Sheet : XmlWalk {
  const std::vector<std::string>* shared = nullptr;
  std::size_t max_cells = 0, cells = 0;
  Grid grid;
  GridRow row;
  std::string type, value;
  std::size_t col = 0, next_row = 1;
  bool in_value = false, in_row = false;
  int phonetic = 0;

  void start(std::string_view n, const std::map<std::string, std::string>& a) override {
    if (n == "mergeCell" && a.count("ref")) {
      const std::string& ref = a.at("ref");
      auto colon = ref.find(':');
      auto from = cell_of(ref.substr(0, colon)), to = colon == std::string::npos ? from : cell_of(ref.substr(colon + 1));
      if (from && to && from->first <= to->first && from->second <= to->second)
        grid.merges.push_back({from->first, to->first, from->second, to->second});
      return;
    }
    if (n == "row") {
      row = GridRow{};
      auto r = a.find("r");
      row.number = r != a.end() ? std::strtoul(r->second.c_str(), nullptr, 10) : next_row;
      if (row.number == 0 || row.number > 1048576) return fail("a row number out of range");
      next_row = row.number + 1;
      in_row = true;
    } else if (n == "c" && in_row) {
      auto r = a.find("r");
      col = r != a.end() ? column_of(r->second) : row.cells.size() + 1;
      if (col == 0) return fail("row " + std::to_string(row.number) + ": a cell reference is not valid");
      type = a.count("t") ? a.at("t") : "n";
      value.clear();
    } else if (n == "v" || (n == "t" && phonetic == 0)) {
      in_value = true;
    } else if (n == "rPh") {
      ++phonetic;
    }
  }
  void text(std::string_view s) override {
    if (in_value) value += s;
  }
  void end(std::string_view n) override {
    if (n == "v" || n == "t") in_value = false;
    if (n == "rPh") --phonetic;
    if (n == "c" && in_row) put();
    if (n == "row" && in_row) {
      in_row = false;
      bool filled = false;
      for (const auto& c : row.cells) filled = filled || !c.empty();
      if (filled) grid.rows.push_back(std::move(row));
    }
  }
  void put() {
    std::string text = value;
    if (type == "s") {
      char* end = nullptr;
      unsigned long k = std::strtoul(value.c_str(), &end, 10);
      if (value.empty() || *end || !shared || k >= shared->size())
        return fail("row " + std::to_string(row.number) + ": a shared string index is not valid");
      text = (*shared)[k];
    } else if (type == "b") {
      text = value == "1" ? "TRUE" : "FALSE";
    }
    if (col > row.cells.size()) {
      cells += col - row.cells.size();
      if (cells > max_cells) return fail("more than " + std::to_string(max_cells) + " cells");
      row.cells.resize(col);
    }
    row.cells[col - 1] = std::move(text);
  }
};

std::string resolve(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Grid read_xlsx(std::string_view bytes, const std::string& source, std::size_t max_cells) {
  Package zip(bytes, source);
  auto workbook = zip.read("xl/workbook.xml");
  if (!workbook) throw Error(ErrorCode::parse_error, source + ": a ZIP file without xl/workbook.xml is no XLSX workbook");
  FirstSheet first;
  first.parse(*workbook, source + ": xl/workbook.xml");
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  if (auto rels = zip.read("xl/_rels/workbook.xml.rels")) {
    Relations r;
    r.parse(*rels, source + ": xl/_rels/workbook.xml.rels");
    if (auto it = r.targets.find(first.rel); it != r.targets.end()) sheet_path = resolve(it->second);
  }
  SharedStrings strings;
  if (auto sst = zip.read("xl/sharedStrings.xml")) strings.parse(*sst, source + ": xl/sharedStrings.xml");
  auto sheet_xml = zip.read(sheet_path);
  if (!sheet_xml) throw Error(ErrorCode::parse_error, source + ": the workbook has no worksheet " + sheet_path);
  Sheet sheet;
  sheet.shared = &strings.strings;
  sheet.max_cells = max_cells;
  sheet.parse(*sheet_xml, source + ": " + sheet_path);
  sheet.grid.sheet = first.name;
  // Rows in the order a spreadsheet shows them, whatever order the file lists them in.
  std::stable_sort(sheet.grid.rows.begin(), sheet.grid.rows.end(),
                   [](const GridRow& a, const GridRow& b) { return a.number < b.number; });
  return std::move(sheet.grid);
}

}  // namespace ducha::import::detail

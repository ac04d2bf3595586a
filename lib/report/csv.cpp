#include "report/publish.hpp"

namespace ducha::report {
namespace {

std::string field(const std::string& s) {
  std::string text = looks_like_formula(s) ? "'" + s : s;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

bool looks_like_formula(const std::string& text) {
  return !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                           text[0] == '\t' || text[0] == '\r');
}

// One header for every annex: each table's columns by name, then the codes.
std::string csv_of(const Document& d) {
  const std::vector<std::string> names = {"序号", "预期目标", "工作任务", "责任单位", "配合单位", "进展情况",
                                          "完成率", "序时进度", "评估结果", "评估说明", "通报结果", "位置",
                                          "核对事项", "牵头任务", "已评估", "其中推进较为滞后", "待人工评估",
                                          "配合任务"};
  std::string out = "\xEF\xBB\xBF" + field("附件");  // the byte order mark makes Excel read UTF-8
  for (const auto& n : names) out += "," + field(n);
  out += "," + field("状态代码") + "," + field("通报代码") + "," + field("核对代码") + "," + field("编号") + "\r\n";
  for (const auto& t : d.annexes) {
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      std::vector<std::string> cells(names.size());
      std::string status_code, official_code, finding_code;
      for (std::size_t k = 0; k < row.size(); ++k) {
        const std::string& name = t.columns[k].name;
        for (std::size_t j = 0; j < names.size(); ++j)
          if (names[j] == name) cells[j] = row[k].text;
        if (name == "评估结果") status_code = row[k].code;
        if (name == "通报结果") official_code = row[k].code;
        if (name == "核对事项") finding_code = row[k].code;
      }
      out += field(t.label);
      for (const auto& c : cells) out += "," + field(c);
      out += "," + field(status_code) + "," + field(official_code) + "," + field(finding_code) + "," +
             field(r < t.ids.size() ? t.ids[r] : "") + "\r\n";
    }
  }
  return out;
}

}  // namespace ducha::report

// Acceptance of table import: the reference report's tasks, written by this test from
// examples/shapingba-2022h1/plan.json as an office's table (GB18030 CSV, UTF-8-BOM CSV
// and XLSX written with libxlsxwriter), import to a plan that evaluates exactly like it.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "ducha/evaluate.hpp"
#include "import/report_import.hpp"
#include "import/table.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"

namespace ducha {
namespace {

const std::string kDir = std::string(DUCHA_SOURCE_DIR) + "/examples/shapingba-2022h1/";

std::string names(const Plan& plan, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "、") + plan.units.find(id)->name;
  return out;
}

// The office's table: a title row, one header row, one row per item.
std::vector<std::vector<std::string>> office_table(const Plan& plan) {
  std::vector<std::vector<std::string>> rows = {
      {plan.name},
      {"编号", "序号", "类型", "类别", "工作任务", "责任单位", "配合单位", "进展情况", "状态"}};
  for (const auto& item : plan.items)
    rows.push_back({item.id, std::to_string(item.number), item.kind == ItemKind::indicator ? "指标" : "任务",
                    item.category, item.text, names(plan, item.lead), names(plan, item.cooperating),
                    item.progress_text, item.official_status ? std::string(label(*item.official_status)) : ""});
  return rows;
}

std::string csv(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& r : rows) {
    for (std::size_t c = 0; c < r.size(); ++c) {
      std::string cell = r[c], q = "\"";
      for (char ch : cell) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += (c ? "," : "") + q + "\"";
    }
    out += "\r\n";
  }
  return out;
}

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string xlsx(const std::vector<std::vector<std::string>>& rows) {
  std::string path = ::testing::TempDir() + "table_reference_" + std::to_string(getpid()) + ".xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "重点任务");
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty())
        worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(), nullptr);
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  std::remove(path.c_str());
  return buf.str();
}

// The reviewed corrections as they apply to a table written from the corrected plan: its
// texts already hold the appended progress and its unit names the merged ones, so only
// the aliases and the items' replacement sub-targets, parse texts and assessments remain.
std::string remaining_corrections() {
  boost::json::value doc = io::parse_json(io::read_file(kDir + "corrections.json"), "corrections.json");
  auto& root = doc.as_object();
  boost::json::array units, items;
  for (auto& u : root["units"].as_array())
    if (u.as_object().contains("aliases")) units.push_back(u);
  for (auto& i : root["items"].as_array())
    if (!i.as_object().contains("progress_append")) items.push_back(i);
  root["units"] = units;
  root["items"] = items;
  return boost::json::serialize(doc);
}

std::string evaluation(const Plan& plan) {
  Policy policy;
  return io::write_evaluation(plan, evaluate(plan, policy, parse_date("2022-06-30")), policy);
}

class ReferenceTable : public ::testing::Test {
 protected:
  void expect_same(const std::string& bytes, const std::string& name, std::string_view encoding) {
    import::TableOptions options;
    options.as_of = parse_date("2022-06-30");
    import::TableImport got = import::import_table(bytes, name, options);
    EXPECT_EQ(got.report(), "141 rows, 141 items, 0 problems");
    for (const auto& p : got.problems) ADD_FAILURE() << name << ":" << p.row << ":" << p.column << ": " << p.message;
    EXPECT_EQ(got.plan.year, 2022);
    EXPECT_EQ(got.plan.name, reference.name);
    import::apply_corrections(got.plan, remaining_corrections(), "corrections");
    ASSERT_EQ(got.plan.items.size(), reference.items.size());
    for (std::size_t i = 0; i < reference.items.size(); ++i) {
      const Item &a = got.plan.items[i], &b = reference.items[i];
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.number, b.number) << b.id;
      EXPECT_EQ(a.kind, b.kind) << b.id;
      EXPECT_EQ(a.category, b.category) << b.id;
      EXPECT_EQ(a.text, b.text) << b.id;
      EXPECT_EQ(a.progress_text, b.progress_text) << b.id;
      EXPECT_EQ(a.lead, b.lead) << b.id;
      EXPECT_EQ(a.cooperating, b.cooperating) << b.id;
      EXPECT_EQ(a.official_status, b.official_status) << b.id;
      EXPECT_EQ(a.sub_targets.size(), b.sub_targets.size()) << b.id;
    }
    EXPECT_EQ(evaluation(got.plan), evaluation(reference)) << name;
    if (!encoding.empty()) {
      import::Table t = import::read_table(bytes, name);
      EXPECT_EQ(t.encoding, encoding);
    }
  }
  Plan reference = io::load_plan(kDir + "plan.json");
};

TEST_F(ReferenceTable, Gb18030CsvEvaluatesLikeTheReferencePlan) {
  expect_same(to_gb18030(csv(office_table(reference))), "tasks-gb18030.csv", "GB18030");
}

TEST_F(ReferenceTable, Utf8BomCsvEvaluatesLikeTheReferencePlan) {
  expect_same("\xEF\xBB\xBF" + csv(office_table(reference)), "tasks-bom.csv", "UTF-8 (BOM)");
}

TEST_F(ReferenceTable, XlsxEvaluatesLikeTheReferencePlan) {
  expect_same(xlsx(office_table(reference)), "tasks.xlsx", "");
}

TEST_F(ReferenceTable, ExportedCsvIsTheTableItWasImportedFrom) {
  std::string original = "\xEF\xBB\xBF" + csv(office_table(reference));
  import::TableImport got = import::import_table(original, "tasks.csv", {});
  std::string exported = import::export_table_csv(got.plan);
  // Reading the export gives the same cells as reading the original.
  import::Table a = import::read_table(original, "a"), b = import::read_table(exported, "b");
  EXPECT_EQ(a.head, b.head);
  ASSERT_EQ(a.records.size(), b.records.size());
  for (std::size_t i = 0; i < a.records.size(); ++i) EXPECT_EQ(a.records[i].lines, b.records[i].lines);
}

}  // namespace
}  // namespace ducha

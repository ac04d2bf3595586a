// Table import (CSV, XLSX) and export: headers, encodings, merged cells, problems, limits.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <zip.h>

#include <map>

#include "ducha/error.hpp"
#include "import/table.hpp"
#include "io/plan_json.hpp"
#include "io/progress_update.hpp"

namespace ducha::import {
namespace {

const char* kTitle = "2022年重点任务推进情况表\n";

TableImport load(const std::string& csv, TableOptions options = {}) { return import_table(csv, "t.csv", options); }

std::string problems(const TableImport& t) {
  std::string out;
  for (const auto& p : t.problems)
    out += std::to_string(p.row) + ":" + std::to_string(p.column) + " " + p.message + "\n";
  return out;
}

// A workbook from its parts, zipped with libzip (the XML written by hand: exactly what a file holds).
std::string workbook(const std::string& sheet_xml, const std::string& shared_xml = "",
                     const std::string& after_sheet_data = "") {
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"xl/workbook.xml",
       "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
       "<sheet name=\"任务\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/data.xml\"/></Relationships>"},
      {"xl/worksheets/data.xml",
       "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
       "<sheetData>" + sheet_xml + "</sheetData>" + after_sheet_data + "</worksheet>"}};
  if (!shared_xml.empty())
    parts["xl/sharedStrings.xml"] =
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        shared_xml + "</sst>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  for (const auto& [name, body] : parts) {
    zip_source_t* s = zip_source_buffer(z, body.data(), body.size(), 0);
    zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  zip_close(z);
  zip_source_open(src);
  zip_source_seek(src, 0, SEEK_END);
  auto size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

TEST(TableHeaders, OfficesOwnWordsAreRecognisedWithoutAMapping) {
  auto t = read_table(std::string(kTitle) +
                          "编号,重点任务,年度目标,单位,牵头单位,协办单位,推进情况,累计完成,截至日期,板块,是否达序,完成率,备注\n"
                          "1,新建30个社区健身点,30,个,区体育局,各镇街,已建成2个,2,2022-06-30,民生,否,6.7%,x\n",
                      "t.csv");
  std::vector<std::optional<TableField>> want = {
      TableField::id,       TableField::task,   TableField::target,   TableField::unit,  TableField::lead,
      TableField::cooperating, TableField::progress, TableField::actual, TableField::as_of, TableField::category,
      TableField::status,   TableField::ratio,  std::nullopt};
  ASSERT_EQ(t.columns.size(), want.size());
  for (std::size_t c = 0; c < want.size(); ++c) EXPECT_EQ(t.columns[c].field, want[c]) << t.columns[c].header;
  EXPECT_EQ(t.title, std::vector<std::string>{"2022年重点任务推进情况表"});
}

TEST(TableHeaders, AUnitInTheHeaderAppliesToTheCellsUnderIt) {
  auto r = load(std::string(kTitle) + "序号,工作任务,目标任务(万元),完成值(万元)\n1,完成技改投资,\"1,500\",600\n");
  ASSERT_EQ(r.plan.items.size(), 1u) << problems(r);
  const auto& s = r.plan.items[0].sub_targets;
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].target->quantity.to_string(), "1500万元");
  EXPECT_EQ(s[0].progress->value->to_string(), "600万元");
  EXPECT_EQ(r.problems.size(), 0u) << problems(r);
}

TEST(TableHeaders, AStatedRatioIsNeverReadAsAFigureDone) {
  auto r = load(std::string(kTitle) + "序号,工作任务,完成率\n1,新建30个社区健身点,50%\n");
  ASSERT_EQ(r.plan.items.size(), 1u);
  for (const auto& s : r.plan.items[0].sub_targets) EXPECT_FALSE(s.progress && s.progress->value);
}

TEST(TableHeaders, TwoHeaderLinesAreReadAsOne) {
  auto t = read_table(std::string(kTitle) + "序号,工作任务,完成情况,,责任单位\n,,完成值,完成率,\n1,新建30个,2,6.7%,区体育局\n",
                      "t.csv");
  ASSERT_EQ(t.columns.size(), 5u);
  EXPECT_EQ(t.columns[2].field, TableField::actual);
  EXPECT_EQ(t.columns[2].header, "完成情况/完成值");
  EXPECT_EQ(t.columns[3].field, TableField::ratio);
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].row, 4u);
  EXPECT_EQ(t.head.size(), 3u);
}

TEST(TableHeaders, NoHeaderIsAnErrorNamingTheFile) {
  try {
    load("a,b\n1,2\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("t.csv: no header row"), std::string::npos) << e.what();
  }
}

TEST(TableMapping, NamesColumnsOfAnyOtherHeader) {
  std::string mapping = R"j({"format": "ducha.table-mapping/1",
    "columns": {"城镇新增就业(人)": "target", "任务": "task", "部门": "lead", "说明": ""}, "kind": "indicator"})j";
  TableOptions o;
  o.mapping = mapping;
  auto r = load(std::string(kTitle) + "任务,城镇新增就业(人),部门,说明\n城镇新增就业,30000,区人力社保局,x\n", o);
  ASSERT_EQ(r.plan.items.size(), 1u) << problems(r);
  const Item& item = r.plan.items[0];
  EXPECT_EQ(item.kind, ItemKind::indicator);
  EXPECT_EQ(item.lead, std::vector<std::string>{"区人力社保局"});
  ASSERT_EQ(item.sub_targets.size(), 1u);
  EXPECT_EQ(item.sub_targets[0].target->quantity.to_string(), "30000人");
  EXPECT_EQ(item.id, "row-3");
}

TEST(TableMapping, AnUnknownFieldIsAnErrorNamingIt) {
  TableOptions o;
  o.mapping = R"({"columns": {"任务": "tsk"}})";
  o.mapping_source = "m.json";
  try {
    load(std::string(kTitle) + "任务,责任单位\nx,y\n", o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("m.json"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("tsk"), std::string::npos) << e.what();
  }
}

TEST(TableCsv, QuotedCellsKeepLineBreaksAndQuotes) {
  auto r = load(std::string(kTitle) + "序号,工作任务,进展情况\n1,新建30个社区健身点,\"1-6月,建成2个。\r\n下半年\"\"加快\"\"。\"\n");
  ASSERT_EQ(r.plan.items.size(), 1u);
  EXPECT_EQ(r.plan.items[0].progress_text, "1-6月,建成2个。\n下半年\"加快\"。");
}

TEST(TableCsv, AnUnclosedQuoteIsAnErrorNamingItsLine) {
  try {
    load(std::string(kTitle) + "序号,工作任务\n1,\"新建\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("t.csv:3"), std::string::npos) << e.what();
  }
}

TEST(TableCsv, ContinuationRowsOfMergedCellsJoinTheTaskAbove) {
  auto r = load(std::string(kTitle) +
                "序号,类别,工作任务,责任单位,进展情况\n"
                "1,民生,新建30个社区健身点,区体育局,建成2个。\n"
                ",,,区教委,正在选址。\n"
                "2,,新建2个标准化派出所,区公安分局,前期手续办理中。\n");
  ASSERT_EQ(r.plan.items.size(), 2u) << problems(r);
  EXPECT_EQ(r.plan.items[0].progress_text, "建成2个。\n正在选址。");
  EXPECT_EQ(r.plan.items[0].lead, (std::vector<std::string>{"区体育局", "区教委"}));
  EXPECT_EQ(r.plan.items[1].category, "民生");  // a category cell merged over both tasks
  EXPECT_EQ(r.report(), "2 rows, 2 items, 0 problems");
}

TEST(TableEncoding, Gb18030IsDetectedAndForcedEncodingsAreUsed) {
  std::string utf8 = std::string(kTitle) + "序号,工作任务,责任单位\n1,新建30个社区健身点,区体育局\n";
  auto t = read_table(to_gb18030(utf8), "t.csv");
  EXPECT_EQ(t.encoding, "GB18030");
  ASSERT_EQ(t.records.size(), 1u);
  EXPECT_EQ(t.records[0].cells[1], "新建30个社区健身点");
  TableOptions o;
  o.encoding = "GBK";
  EXPECT_EQ(read_table(to_gb18030(utf8), "t.csv", o).records[0].cells[2], "区体育局");
  EXPECT_EQ(read_table("\xEF\xBB\xBF" + utf8, "t.csv").encoding, "UTF-8 (BOM)");
  EXPECT_EQ(read_table(utf8, "t.csv").encoding, "UTF-8");
}

TEST(TableEncoding, UndecodableBytesAreAnErrorNamingTheByte) {
  TableOptions o;
  o.encoding = "UTF-8";
  try {
    read_table(std::string(kTitle) + "序号,工作任务\n1,\xFF\xFE\n", "t.csv", o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("t.csv: byte "), std::string::npos) << e.what();
  }
  o.encoding = "no-such-encoding";
  EXPECT_THROW(read_table("序号,工作任务\n", "t.csv", o), Error);
}

TEST(TableLimits, InputPastTheLimitIsAClearError) {
  TableOptions o;
  o.max_bytes = 10;
  try {
    read_table(std::string(kTitle) + "序号,工作任务\n", "big.csv", o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
    EXPECT_NE(std::string(e.what()).find("big.csv"), std::string::npos);
  }
  o = {};
  o.max_cells = 5;
  EXPECT_THROW(read_table(std::string(kTitle) + "序号,工作任务\n1,a\n2,b\n", "t.csv", o), Error);
}

TEST(TableProblems, EachMalformedRowIsReportedAndNothingElseIsLost) {
  auto r = load(std::string(kTitle) +
                "序号,工作任务,目标值,计量单位,完成值,状态,截至日期,责任单位\n"
                "1,新建30个社区健身点,30,个,2,正常推进,2022-06-30,区体育局\n"
                "2,拆除违法建筑,十五,万平方米,,正常推进,,区城市管理局\n"
                "3,新建学校,3,个,1,大概还行,2022-06-31,区教委\n"
                "4,,,,,,,区文化旅游委\n"
                "5,农房风貌整治提升1500户,1500,户,300,推进较为滞后,2022-06-30,区住房城乡建委,多出来的\n"
                "2,新建2个标准化派出所,2,,,,,区公安分局\n");
  EXPECT_EQ(r.rows, 6u);
  EXPECT_EQ(r.items, 5u);
  std::string got = problems(r);
  EXPECT_NE(got.find("4:3 \"十五\" is not a number"), std::string::npos) << got;
  EXPECT_NE(got.find("5:6 \"大概还行\" is not a status"), std::string::npos) << got;
  EXPECT_NE(got.find("5:7 \"2022-06-31\" is not a date"), std::string::npos) << got;
  EXPECT_NE(got.find("6:2 no task text"), std::string::npos) << got;
  EXPECT_NE(got.find("7:9 cells past the last header column"), std::string::npos) << got;
  EXPECT_NE(got.find("8:1 \"2\" repeats an earlier row's"), std::string::npos) << got;
  EXPECT_NE(got.find("8:3 \"2\" has no unit in its row"), std::string::npos) << got;
  EXPECT_EQ(r.report(), "6 rows, 5 items, 7 problems");
  // The good parts of each row are imported.
  const Item& first = r.plan.items[0];
  EXPECT_EQ(first.official_status, Status::on_track);
  EXPECT_EQ(first.sub_targets[0].progress->value->to_string(), "2个");
  EXPECT_EQ(first.sub_targets[0].progress->as_of, parse_date("2022-06-30"));
  EXPECT_EQ(r.plan.items[2].id, "3");
  EXPECT_FALSE(r.plan.items[2].official_status);
  EXPECT_EQ(r.plan.items[2].number, 3);
  EXPECT_EQ(r.plan.items[4].id, "2-row8");
  EXPECT_EQ(r.plan.as_of, parse_date("2022-06-30"));  // the latest 截至日期
  // Every row is kept for export, the row without a task too.
  ASSERT_TRUE(r.plan.table);
  EXPECT_EQ(r.plan.table->rows.size(), 6u);
  EXPECT_EQ(r.plan.table->rows[3].item, "");
  EXPECT_EQ(r.plan.table->rows[4].lines[0].back(), "多出来的");
}

TEST(TableProblems, AFigurePastTheExactRangeIsAProblemOfItsCell) {
  auto r = load(std::string(kTitle) + "序号,工作任务,目标值,计量单位\n"
                "1,新建30个社区健身点,30,个\n"
                "2,完成投资,99999999999999999999999999,亿元\n"
                "3,新建2个标准化派出所,2,个\n");
  EXPECT_EQ(r.report(), "3 rows, 3 items, 1 problems");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].row, 4u);
  EXPECT_EQ(r.problems[0].column, 3u);
  for (const auto& st : r.plan.items[1].sub_targets) EXPECT_FALSE(st.target);  // imported, without the figure
  EXPECT_EQ(r.plan.items[2].sub_targets[0].target->quantity.to_string(), "2个");
}

TEST(TableProblems, FullWidthNumbersAreNumbers) {
  auto r = load(std::string(kTitle) + "序号,工作任务\n１２,新建30个\n");
  ASSERT_EQ(r.plan.items.size(), 1u);
  EXPECT_EQ(r.plan.items[0].number, 12);
  EXPECT_EQ(r.plan.items[0].id, "１２");  // the id is the cell as written
}

TEST(TableProblems, StatusWordsFollowTheItemsKind) {
  auto r = load(std::string(kTitle) + "序号,类型,工作任务,是否达序\n1,任务,新建30个,是\n2,任务,新建2个,否\n3,指标,地区生产总值增长5.5%,不达预期\n4,指标,进出口总额增长10%,是\n");
  EXPECT_EQ(r.plan.items[0].official_status, Status::on_track);
  EXPECT_EQ(r.plan.items[1].official_status, Status::lagging);
  EXPECT_EQ(r.plan.items[2].official_status, Status::below);
  EXPECT_EQ(r.plan.items[2].kind, ItemKind::indicator);
  EXPECT_FALSE(r.plan.items[3].official_status);
  EXPECT_EQ(r.problems.size(), 1u) << problems(r);
}

TEST(TableProblems, NoYearIsAnErrorUnlessGiven) {
  EXPECT_THROW(load("序号,工作任务\n1,新建30个\n"), Error);
  TableOptions o;
  o.year = 2023;
  EXPECT_EQ(load("序号,工作任务\n1,新建30个\n", o).plan.year, 2023);
}

TEST(TableXlsx, SharedAndInlineStringsAndNumbersAsTheirExactText) {
  std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>目标值</t></is></c>"
      "<c r=\"D3\" t=\"inlineStr\"><is><t>计量单位</t></is></c><c r=\"E3\" t=\"inlineStr\"><is><t>完成值</t></is></c></row>"
      "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>3</v></c><c r=\"C4\"><v>150</v></c>"
      "<c r=\"D4\" t=\"inlineStr\"><is><t>万平方米</t></is></c><c r=\"E4\"><v>33.310000000000002</v></c></row>";
  std::string shared =
      "<si><t>2022年任务</t></si><si><t>序号</t></si><si><r><t>工作</t></r><r><t>任务</t></r><rPh><t>ゴ</t></rPh></si>"
      "<si><t>拆除150万平方米违法建筑</t></si>";
  auto r = import_table(workbook(sheet, shared), "t.xlsx");
  ASSERT_EQ(r.plan.items.size(), 1u) << problems(r);
  EXPECT_EQ(r.plan.name, "2022年任务");
  EXPECT_EQ(r.plan.table->sheet, "任务");
  EXPECT_EQ(r.plan.table->rows[0].row, 4u);
  const auto& s = r.plan.items[0].sub_targets[0];
  EXPECT_EQ(s.target->quantity.to_string(), "150万平方米");
  // The number exactly as the file stores it, never through a double.
  EXPECT_EQ(s.progress->value->to_string(), "33.310000000000002万平方米");
}

std::string inline_cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

TEST(TableXlsx, AMergedCellOverSeveralTasksGivesEachItsValueAndExportKeepsItBlank) {
  std::string sheet = "<row r=\"1\">" + inline_cell("A1", "2022年任务") + "</row>" +
                      "<row r=\"2\">" + inline_cell("A2", "序号") + inline_cell("B2", "工作任务") +
                      inline_cell("C2", "责任单位") + inline_cell("D2", "进展情况") + "</row>" +
                      "<row r=\"3\">" + inline_cell("A3", "1") + inline_cell("B3", "新建30个社区健身点") +
                      inline_cell("C3", "区体育局") + inline_cell("D3", "建成2个。") + "</row>" +
                      "<row r=\"4\">" + inline_cell("D4", "正在选址。") + "</row>" +
                      "<row r=\"5\">" + inline_cell("A5", "2") + inline_cell("B5", "新建3个社区体育公园") +
                      inline_cell("D5", "建成1个。") + "</row>";
  std::string merges = "<mergeCells count=\"2\"><mergeCell ref=\"A3:A4\"/><mergeCell ref=\"C3:C5\"/></mergeCells>";
  auto r = import_table(workbook(sheet, "", merges), "t.xlsx");
  ASSERT_EQ(r.plan.items.size(), 2u) << problems(r);
  EXPECT_EQ(r.plan.items[0].progress_text, "建成2个。\n正在选址。");
  EXPECT_EQ(r.plan.items[0].lead, std::vector<std::string>{"区体育局"});
  EXPECT_EQ(r.plan.items[1].lead, std::vector<std::string>{"区体育局"});
  std::string csv = export_table_csv(r.plan);
  EXPECT_NE(csv.find("1,新建30个社区健身点,区体育局,建成2个。\r\n,,,正在选址。\r\n2,新建3个社区体育公园,,建成1个。\r\n"),
            std::string::npos)
      << csv;
  r.plan.units.add(OrgUnit{"区教委", "区教委", {}});
  r.plan.items[1].lead = {"区教委"};
  EXPECT_NE(export_table_csv(r.plan).find("2,新建3个社区体育公园,区教委,建成1个。\r\n"), std::string::npos);
}

TEST(TableXlsx, DamagedWorkbooksAreErrorsNamingTheFile) {
  EXPECT_THROW(import_table(std::string("PK\x03\x04garbage", 11), "bad.xlsx"), Error);
  std::string bad_index = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>";
  try {
    import_table(workbook(bad_index, "<si><t>x</t></si>"), "bad.xlsx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.xlsx"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("shared string"), std::string::npos) << e.what();
  }
  EXPECT_THROW(import_table(workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), "bad.xlsx"), Error);
}

TEST(TableXlsx, DateSerialsInTheDateColumnAreDates) {
  std::string sheet =
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>2022年任务</t></is></c></row>"
      "<row r=\"2\"><c t=\"inlineStr\"><is><t>序号</t></is></c><c t=\"inlineStr\"><is><t>工作任务</t></is></c>"
      "<c t=\"inlineStr\"><is><t>截至日期</t></is></c></row>"
      "<row r=\"3\"><c><v>1</v></c><c t=\"inlineStr\"><is><t>新建30个社区健身点</t></is></c><c><v>44742</v></c></row>";
  auto r = import_table(workbook(sheet), "t.xlsx");
  ASSERT_EQ(r.plan.items.size(), 1u) << problems(r);
  EXPECT_EQ(r.plan.as_of, parse_date("2022-06-30"));
  // In a CSV a bare number is no date.
  auto c = load(std::string(kTitle) + "序号,工作任务,截至日期\n1,新建30个社区健身点,44742\n");
  EXPECT_EQ(c.problems.size(), 1u) << problems(c);
}

TEST(TableCsv, HeadingRowsAreKeptAndNotItems) {
  auto r = load(std::string(kTitle) + "序号,工作任务,责任单位\n一、主要预期目标,,\n1,地区生产总值增长5.5%左右,区发展改革委\n"
                                      "二、重点任务,,\n1,新建30个社区健身点,区体育局\n");
  EXPECT_EQ(r.report(), "2 rows, 2 items, 1 problems") << problems(r);  // the second 序号 1 repeats
  ASSERT_EQ(r.plan.table->rows.size(), 4u);
  EXPECT_EQ(r.plan.table->rows[0].item, "");
  EXPECT_EQ(r.plan.table->rows[0].lines[0][0], "一、主要预期目标");
  EXPECT_EQ(r.plan.table->rows[2].lines[0][0], "二、重点任务");
  EXPECT_NE(export_table_csv(r.plan).find("二、重点任务,,\r\n"), std::string::npos);
}

TEST(TableCsv, SemicolonsAndTabsAsDelimitersAndUtf16) {
  auto s = read_table(std::string(kTitle) + "序号;工作任务;责任单位\n1;新建30个;区体育局\n", "t.csv");
  ASSERT_EQ(s.records.size(), 1u);
  EXPECT_EQ(s.records[0].cells[2], "区体育局");
  auto t = read_table(std::string(kTitle) + "序号\t工作任务\t责任单位\n1\t新建30个\t区体育局\n", "t.csv");
  EXPECT_EQ(t.records[0].cells[1], "新建30个");
  std::string u16 = "\xFF\xFE";
  UErrorCode status = U_ZERO_ERROR;
  std::string text = std::string(kTitle) + "序号,工作任务\n1,新建30个\n";
  std::string out(text.size() * 4, '\0');
  int32_t n = ucnv_convert("UTF-16LE", "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                           static_cast<int32_t>(text.size()), &status);
  out.resize(static_cast<std::size_t>(n));
  auto w = read_table(u16 + out, "t.csv");
  EXPECT_EQ(w.encoding, "UTF-16LE");
  EXPECT_EQ(w.records[0].cells[1], "新建30个");
}

TEST(TableProblems, FiguresThatDoNotFitAreReportedNotGuessed) {
  auto r = load(std::string(kTitle) +
                "序号,工作任务,目标值,计量单位,完成值,进展情况,工作内容\n"
                "1,新建30个社区健身点,25,个,,,\n"
                "2,新建3个社区体育公园和30个社区健身点,,个,5,,\n"
                "3,拆除违法建筑10万平方米,10,万平方米,3,,\n");
  std::string got = problems(r);
  EXPECT_NE(got.find("2:7 a second column for task"), std::string::npos) << got;
  EXPECT_NE(got.find("3:3 the 目标 column (25个) differs from the task text (30个)"), std::string::npos) << got;
  EXPECT_NE(got.find("4:5 完成值 given but the task has 2 measurable sub-targets"), std::string::npos) << got;
  EXPECT_EQ(r.plan.items[0].sub_targets[0].target->quantity.to_string(), "25个");
  EXPECT_EQ(r.plan.items[2].sub_targets[0].progress->value->to_string(), "3万平方米");
  EXPECT_EQ(r.problems.size(), 3u) << got;
}

TEST(TableExport, UnchangedCellsAreKeptAndChangedOnesRewritten) {
  std::string csv = std::string(kTitle) +
                    "序号,类别,工作任务,责任单位,进展情况,完成率,备注\n"
                    "1,民生,新建30个社区健身点,区体育局、区教委,\"建成2个。\",6.70%,=HYPERLINK(\"x\")\n"
                    ",,,,正在选址。,,\n"
                    "2,,新建2个标准化派出所,区公安分局,前期手续办理中。,0.0%,-15.6\n";
  auto r = load(csv);
  ASSERT_EQ(r.plan.items.size(), 2u);
  std::string same = export_table_csv(r.plan);
  EXPECT_EQ(same.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(same.find("1,民生,新建30个社区健身点,区体育局、区教委,建成2个。,6.70%,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                      ",,,,正在选址。,,\r\n2,,新建2个标准化派出所,区公安分局,前期手续办理中。,0.0%,-15.6\r\n"),
            std::string::npos)
      << same;
  r.plan.items[1].progress_text = "已进场施工。";
  std::string changed = export_table_csv(r.plan);
  EXPECT_NE(changed.find("2,,新建2个标准化派出所,区公安分局,已进场施工。,0.0%,-15.6\r\n"), std::string::npos) << changed;
  // The escaped cell reads back as it was written by the office.
  auto again = read_table(changed, "again.csv");
  EXPECT_EQ(again.records[0].cells[6], "=HYPERLINK(\"x\")");
}

TEST(TableExport, AMonthAddedWithProgressAddIsWrittenIntoItsRow) {
  auto r = load(std::string(kTitle) +
                "序号,工作任务,计量单位,完成值,进展情况,状态,截至日期,备注\n"
                "1,新建30个社区健身点,个,2,建成2个。,推进较为滞后,2022-06-30,留着\n"
                "2,新建2个标准化派出所,个,,前期手续办理中。,正常推进,2022-06-30,也留着\n");
  ASSERT_EQ(r.plan.items.size(), 2u) << problems(r);
  io::ProgressUpdate u;
  u.item = "1";
  u.value = Quantity{Decimal::parse("12"), unit("个")};
  u.text = "建成12个。";
  u.office_status = Status::on_track;
  u.where = "july.csv:row 3";
  io::MergeReport m = io::merge_progress(r.plan, {u}, parse_date("2022-07-31"));
  ASSERT_TRUE(m.problems.empty()) << m.problems.front();
  std::string csv = export_table_csv(r.plan);
  EXPECT_NE(csv.find("1,新建30个社区健身点,个,12,建成12个。,正常推进,2022-07-31,留着\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2,新建2个标准化派出所,个,,前期手续办理中。,正常推进,2022-06-30,也留着\r\n"), std::string::npos)
      << csv;
}

TEST(TableExport, NewItemsAreAppendedAndXlsxReadsBack) {
  auto r = load(std::string(kTitle) + "序号,工作任务,责任单位\n1,新建30个社区健身点,区体育局\n");
  Item added;
  added.id = "2";
  added.number = 2;
  added.text = "新建2个标准化派出所";
  r.plan.units.add(OrgUnit{"区公安分局", "区公安分局", {}});
  added.lead = {"区公安分局"};
  r.plan.items.push_back(added);
  auto back = import_table(export_table_xlsx(r.plan), "back.xlsx");
  ASSERT_EQ(back.plan.items.size(), 2u) << problems(back);
  EXPECT_EQ(back.plan.items[1].text, "新建2个标准化派出所");
  EXPECT_EQ(back.plan.items[1].lead, std::vector<std::string>{"区公安分局"});
  EXPECT_EQ(back.plan.name, "2022年重点任务推进情况表");
}

TEST(TableExport, APlanWithoutATableIsAnError) {
  Plan p;
  EXPECT_THROW(export_table_csv(p), Error);
}

TEST(TablePlanJson, TheTableTravelsWithThePlan) {
  auto r = load(std::string(kTitle) + "序号,工作任务,备注\n1,新建30个社区健身点,留着\n");
  Plan back = io::read_plan(io::write_plan(r.plan), "p.json");
  ASSERT_TRUE(back.table);
  EXPECT_EQ(back.table->rows[0].lines, r.plan.table->rows[0].lines);
  EXPECT_EQ(back.table->columns[1].field, "task");
  EXPECT_EQ(export_table_csv(back), export_table_csv(r.plan));
}

}  // namespace
}  // namespace ducha::import

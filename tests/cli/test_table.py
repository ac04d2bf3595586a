"""ducha import table / export table, driven as an office would (docs/tables.md).

The reference tables are written here from examples/shapingba-2022h1/plan.json: as a GB18030
CSV, a UTF-8-with-BOM CSV and an XLSX workbook written by openpyxl (a writer independent of
ducha's own). Each must import to a plan that evaluates exactly like plan.json.
"""
import csv
import io
import json

import openpyxl
import pytest

PLAN = "examples/shapingba-2022h1/plan.json"
CORRECTIONS = "examples/shapingba-2022h1/corrections.json"
HEADER = ["编号", "序号", "类型", "类别", "工作任务", "责任单位", "配合单位", "进展情况", "状态"]
LABELS = {"completed": "已完成", "on_track": "正常推进", "lagging": "滞后", "severely_lagging": "严重滞后",
          "no_progress": "无进展", "meets": "符合预期", "below": "不达预期", "on_schedule": "符合时间节点要求"}


def office_rows(plan):
    names = {u["id"]: u["name"] for u in plan["units"]}
    rows = [[plan["name"]], HEADER]
    for item in plan["items"]:
        rows.append([item["id"], str(item["number"]), "指标" if item["kind"] == "indicator" else "任务",
                     item.get("category", ""), item["text"], "、".join(names[u] for u in item.get("lead", [])),
                     "、".join(names[u] for u in item.get("cooperating", [])), item.get("progress_text", ""),
                     LABELS.get(item.get("official_status"), "")])
    return rows


def csv_text(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def remaining_corrections(source, tmp_path):
    """The reviewed corrections that still apply to a table written from the corrected plan:
    its texts hold the appended progress and its unit names are the merged ones already."""
    c = json.loads((source / CORRECTIONS).read_text(encoding="utf-8"))
    c["units"] = [u for u in c["units"] if "aliases" in u]
    c["items"] = [i for i in c["items"] if "progress_append" not in i]
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(source):
    return json.loads((source / PLAN).read_text(encoding="utf-8"))


def evaluation(ducha, plan_path):
    r = ducha("evaluate", plan_path, "--as-of", "2022-06-30")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def write_table(kind, rows, path):
    if kind == "gb18030":
        path.write_bytes(csv_text(rows).encode("gb18030"))
    elif kind == "bom":
        path.write_bytes(csv_text(rows).encode("utf-8-sig"))
    else:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "重点任务"
        for row in rows:
            ws.append(row)
        wb.save(path)


@pytest.mark.parametrize("kind,name", [("gb18030", "tasks.csv"), ("bom", "tasks.csv"), ("xlsx", "tasks.xlsx")])
def test_reference_tables_evaluate_like_the_reference_plan(ducha, source, tmp_path, reference, kind, name):
    table = tmp_path / name
    write_table(kind, office_rows(reference), table)
    out = tmp_path / "plan.json"
    r = ducha("import", "table", table, "--as-of", "2022-06-30",
              "--corrections", remaining_corrections(source, tmp_path), "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().endswith("141 rows, 141 items, 0 problems"), r.stderr
    assert evaluation(ducha, out) == evaluation(ducha, source / PLAN)


def test_malformed_rows_are_reported_by_row_and_nothing_else_is_lost(ducha, tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("2022年重点任务推进情况表\n"
                     "序号,工作任务,目标值,计量单位,完成值,状态,责任单位,备注\n"
                     "1,新建30个社区健身点,30,个,2,正常推进,区体育局,a\n"
                     "2,拆除违法建筑,十五,万平方米,,正常推进,区城市管理局,b\n"
                     "3,,,,,,区教委,c\n"
                     "4,新建2个标准化派出所,2,个,,很好,区公安分局,d\n"
                     "5,农房风貌整治提升1500户,1500,户,300,推进较为滞后,区住房城乡建委,e\n", encoding="utf-8")
    out = tmp_path / "plan.json"
    r = ducha("import", "table", table, "-o", out)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert any(f"{table}:row 4, column 3: \"十五\" is not a number" in l for l in lines), r.stderr
    assert any(f"{table}:row 5, column 2: no task text" in l for l in lines), r.stderr
    assert any(f"{table}:row 6, column 6: \"很好\" is not a status" in l for l in lines), r.stderr
    assert lines[-1].endswith("5 rows, 4 items, 3 problems")
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert [i["id"] for i in plan["items"]] == ["1", "2", "4", "5"]
    assert plan["items"][3]["official_status"] == "lagging"
    assert plan["items"][3]["sub_targets"][0]["progress"]["value"] == "300"
    # Nothing lost: the row without a task and every 备注 are written back.
    r = ducha("export", "table", out)
    assert r.returncode == 0, r.stderr
    back = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert back == list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))


def test_xlsx_round_trip_keeps_every_cell_nobody_changed(ducha, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务表"
    ws.append(["2022年重点任务推进情况表"])
    ws.append(["序号", "类别", "工作任务", "目标任务(万元)", "完成值(万元)", "责任单位", "进展情况", "备注"])
    ws.append([1, "产业", "完成技改投资", 1500, 600.5, "区经济信息委", "1-6月完成600.5万元。", "=SUM(1,2)"])
    ws.append([None, None, None, None, None, "区财政局", "资金已拨付。", None])
    ws.append([2, None, "新建30个社区健身点", None, None, "区体育局", "建成2个。", "@note"])
    ws["H3"].data_type = "s"  # a text cell that looks like a formula
    src = tmp_path / "tasks.xlsx"
    wb.save(src)
    plan_path = tmp_path / "plan.json"
    r = ducha("import", "table", src, "-o", plan_path)
    assert r.returncode == 0, r.stderr
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    first = plan["items"][0]
    assert first["lead"] == ["区经济信息委", "区财政局"]
    assert first["sub_targets"][0]["target"] == {"value": "1500", "unit": "万元", "comparator": "reach"}
    assert first["sub_targets"][0]["progress"]["value"] == "600.5"
    assert plan["items"][1]["category"] == "产业"
    # An update: task 2's progress changes; nothing else does.
    plan["items"][1]["progress_text"] = "建成12个。"
    plan_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "back.xlsx"
    r = ducha("export", "table", plan_path, "--format", "xlsx", "-o", out)
    assert r.returncode == 0, r.stderr
    before = [[str(c) if c is not None else "" for c in row] for row in openpyxl.load_workbook(src).active.values]
    after_ws = openpyxl.load_workbook(out).active
    assert after_ws.title == "任务表"
    after = [[str(c) if c is not None else "" for c in row] for row in after_ws.values]
    before[4][6] = "建成12个。"
    width = max(len(r) for r in before)
    pad = lambda rows: [r + [""] * (width - len(r)) for r in rows]
    assert pad(after) == pad(before)
    # Every cell a string: never a formula, numbers as their exact text.
    assert {c.data_type for row in after_ws.iter_rows() for c in row if c.value is not None} == {"s"}


def test_csv_export_escapes_cells_that_would_be_formulas(ducha, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("2022年表\n序号,工作任务,备注\n1,新建30个,=1+1\n2,新建2个,-15.6\n3,新建3个,+cmd\n",
                     encoding="utf-8")
    plan = tmp_path / "p.json"
    assert ducha("import", "table", table, "-o", plan).returncode == 0
    r = ducha("export", "table", plan)
    assert "1,新建30个,'=1+1\n" in r.stdout  # (CRLF read as text)
    assert "2,新建2个,-15.6\n" in r.stdout
    assert "3,新建3个,'+cmd\n" in r.stdout


def test_a_mapping_names_other_headers(ducha, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("2022年指标表\n指标项,城镇新增就业(人),主管部门\n城镇新增就业,30000,区人力社保局\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"format": "ducha.table-mapping/1", "kind": "indicator",
                                   "columns": {"指标项": "task", "城镇新增就业(人)": "target", "主管部门": "lead"}},
                                  ensure_ascii=False), encoding="utf-8")
    r = ducha("import", "table", table, "--map", mapping)
    assert r.returncode == 0, r.stderr
    item = json.loads(r.stdout)["items"][0]
    assert item["kind"] == "indicator" and item["lead"] == ["区人力社保局"]
    assert item["sub_targets"][0]["target"]["value"] == "30000" and item["sub_targets"][0]["target"]["unit"] == "人"


def test_errors_name_the_input(ducha, tmp_path):
    r = ducha("import", "table", tmp_path / "missing.csv")
    assert r.returncode == 2 and "missing.csv" in r.stderr
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = ducha("import", "table", bad)
    assert r.returncode == 2 and "no header row" in r.stderr
    r = ducha("import", "table", bad, "--format", "ods")
    assert r.returncode == 2 and "--format" in r.stderr
    plan = tmp_path / "p.json"
    plan.write_text('{"year": 2022, "items": []}', encoding="utf-8")
    r = ducha("export", "table", plan)
    assert r.returncode == 2 and "not imported from a table" in r.stderr


def test_the_mapping_example_of_the_docs_works(ducha, source, tmp_path):
    import re
    doc = (source / "docs/tables.md").read_text(encoding="utf-8")
    mapping = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    (tmp_path / "m.json").write_text(mapping, encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("2022年主要指标\n填报单位:区统计局\n指标项,城镇新增就业(人),主管部门,说明\n"
                     "城镇新增就业,30000,区人力社保局,全年\n", encoding="utf-8")
    r = ducha("import", "table", table, "--map", tmp_path / "m.json")
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert plan["items"][0]["sub_targets"][0]["target"]["value"] == "30000"
    assert plan["table"]["columns"][3] == {"header": "说明"}

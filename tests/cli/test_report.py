"""ducha report on the complete reference plan: the office's document in every format.

Each format is opened the way its readers open it (python-docx, openpyxl, pdftotext,
Chromium) and checked for the same sections, counts and figures."""
import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from fractions import Fraction
from html.parser import HTMLParser

import pytest

PLAN = "examples/shapingba-2022h1/plan.json"
SETTINGS = "examples/shapingba-2022h1/report-settings.json"
SECTIONS = ["一、总体情况", "二、指标完成情况", "三、滞后任务及原因", "四、下步工作建议"]
ANNEXES = ["附件1", "附件2", "附件3", "附件4", "附件5"]
COLLECTIVE = re.compile(r"^各|成员单位$|有关部门$|有关单位$|各部门$|各单位$|国有企业$|国有重点企业$")


@pytest.fixture(scope="module")
def outputs(ducha, source, tmp_path_factory):
    d = tmp_path_factory.mktemp("report")
    out = {}
    formats = ["md", "html", "csv", "json", "docx", "xlsx"]
    if shutil.which("chromium"):
        formats.append("pdf")
    for fmt in formats:
        path = d / f"report.{fmt}"
        r = ducha("report", source / PLAN, "--settings", source / SETTINGS, "--format", fmt, "-o", path)
        assert r.returncode == 0, r.stderr
        out[fmt] = path
    return out


@pytest.fixture(scope="module")
def doc(outputs):
    return json.loads(outputs["json"].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan(source):
    return json.loads((source / PLAN).read_text(encoding="utf-8"))


class TextOf(HTMLParser):
    """The text a reader sees: no tags, no style."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = TextOf()
    p.feed(path.read_text(encoding="utf-8"))
    return "\n".join(p.parts)


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    text = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            text.append("\t".join(c.text for c in row.cells))
    return "\n".join(text)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout


@pytest.fixture(scope="module")
def texts(outputs):
    t = {"md": outputs["md"].read_text(encoding="utf-8"), "html": html_text(outputs["html"]),
         "docx": docx_text(outputs["docx"])}
    if "pdf" in outputs:
        t["pdf"] = pdf_text(outputs["pdf"])
    return t


def in_order(text, words):
    at = 0
    for w in words:
        at = text.find(w, at)
        if at < 0:
            return False
        at += len(w)
    return True


def test_every_format_has_the_office_sections_in_order(texts):
    assert "pdf" in texts, "chromium is required for --format pdf (scripts/ensure-deps installs it)"
    for fmt, text in texts.items():
        if fmt == "pdf":
            text = re.sub(r"\s+", "", text)  # pdftotext breaks lines where the page does
        assert in_order(text, ["督查办关于2022年区政府工作报告重点任务上半年推进情况的报告", "区政府:",
                               *SECTIONS, "附件:", "2022年7月26日", *ANNEXES]), fmt
        assert "推进较为滞后的15项重点工作任务推进情况表" in text and "责任单位推进情况统计表" in text, fmt
        assert "正常推进及待人工评估的116项重点工作任务推进情况表" in text, fmt


def overview(text):
    return re.search(r"截至2022年6月30日,序时进度为50%。[^\n]*?。[^\n]*?。", text).group(0)


def test_the_count_is_honest_and_adds_up(texts, doc):
    c = doc["task_counts"]
    assert c["total"] == 131 and c["rules"]["judged"] + c["not_by_rules"]["count"] == 131
    assert c["rules"]["normal"] + c["rules"]["behind"] == c["rules"]["judged"]
    judged = [i for i in doc["items"] if i["kind"] == "task" and i["judged_by"] == "rules"]
    assert len(judged) == c["rules"]["judged"] == 46
    assert all(i["status"] != "not_assessable" for i in judged)
    sentence = ("131项重点工作任务中,按量化目标评估46项:31项正常推进(其中已完成4项),15项推进较为滞后;"
                "85项无量化目标,待人工评估(其中督查办判断正常推进85项)。")
    for fmt, text in texts.items():
        para = overview(text.replace("\n", "")) if fmt == "pdf" else overview(text)
        nums = [int(n) for n in re.findall(r"按量化目标评估(\d+)项|(\d+)项无量化目标", para) for n in n if n]
        assert sum(nums) == 131, fmt
        if fmt != "pdf":
            assert sentence in text, fmt
        assert "116项任务正常推进" not in text and "116项正常推进" not in text, fmt


def test_counts_of_zero_are_left_out(ducha, source, plan, tmp_path):
    for item in plan["items"]:  # no task behind, no indicator below
        if item["kind"] == "task":
            # (a stated completion rate, stated_ratio, would still be judged: drop it too)
            item["sub_targets"] = [s | {"kind": "qualitative", "target": None} |
                                   ({"progress": {k: v for k, v in s["progress"].items() if k != "stated_ratio"}}
                                    if s.get("progress") else {})
                                   for s in item["sub_targets"]]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    r = ducha("report", path, "--format", "md")
    assert r.returncode == 0, r.stderr
    assert not re.search(r"(?<![\d.])0项", r.stdout) and "分别是:无" not in r.stdout
    # Only tasks whose progress says nothing was done are judged: the normal clause is left out.
    assert re.search(r"按量化目标评估(\d+)项:\1项推进较为滞后;(\d+)项无量化目标,待人工评估", r.stdout)


def test_figures_follow_one_rule(texts):
    md = texts["md"]
    assert "已完成33.31万平方米,为目标150万平方米的22.21%" in md
    assert "已完成501.74亿元,为目标1000亿元的50.17%" in md
    assert "序时进度50%" in md and "22.21%" in md
    assert "文中数字以万、亿为单位时及百分比均保留两位小数,四舍五入" in md
    for fmt, text in texts.items():
        assert not re.search(r"\d万/\d", text), fmt
        assert not re.search(r"目标\d{6,}", text), fmt
        assert "5017400万" not in text and "50000000000元" not in text, fmt
        assert "50.00%" not in text, fmt  # trailing zeros dropped
        assert text.count("文中数字以万、亿为单位时") == 1, fmt  # the rounding stated once


def test_no_internal_ids_and_numbers_one_to_n_in_each_annex(texts, outputs):
    for fmt, text in texts.items():
        assert not re.search(r"\ba[123]-\d+", text), fmt
    import openpyxl
    wb = openpyxl.load_workbook(outputs["xlsx"])
    for name in ANNEXES:
        ws = wb[name]
        numbers = [ws.cell(row=r, column=1).value for r in range(4, ws.max_row + 1)]
        assert numbers == list(range(1, len(numbers) + 1)), name


def test_lagging_section_lists_each_task_behind_in_paragraphs(texts, doc):
    behind = [i for i in doc["items"] if i["kind"] == "task" and i["judged_by"] == "rules" and
              i["status"] in ("lagging", "severely_lagging", "no_progress")]
    md = texts["md"]
    section = md[md.index("## 三、滞后任务及原因"):md.index("## 四、下步工作建议")]
    paras = [p for p in section.split("\n\n") if re.match(r"\d+\.", p)]
    assert len(paras) == len(behind) == 15
    assert paras[5].startswith("6.新建3个社区体育公园、30个社区健身点。") and "(责任单位:区体育局)" in paras[5]


def test_xlsx_has_a_sheet_per_annex_numbers_as_numbers_frozen_and_filtered(outputs, doc, plan):
    import openpyxl
    wb = openpyxl.load_workbook(outputs["xlsx"])
    assert wb.sheetnames == ANNEXES
    rows = {name: wb[name].max_row - 3 for name in ANNEXES}
    assert (rows["附件1"], rows["附件2"], rows["附件3"]) == (10, 15, 116)  # the same counts as the summary
    assert rows["附件5"] == len(doc["findings"]) and rows["附件4"] == len(doc["scorecard"])
    ws = wb["附件2"]
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3:")
    header = [c.value for c in ws[3]]
    assert header[:3] == ["序号", "工作任务", "责任单位"] and "完成率" in header and "序时进度" in header
    done, pace = header.index("完成率") + 1, header.index("序时进度") + 1
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 2).value.startswith("拆除新山路"))
    cell = ws.cell(row, done)
    assert cell.data_type == "n" and cell.number_format == "0.00%" and ws.cell(row, pace).data_type == "n"
    # The number is written from its exact decimal text, rounded half up to four places of the ratio.
    raw = zipfile.ZipFile(outputs["xlsx"]).read("xl/worksheets/sheet2.xml").decode()
    assert f'<c r="{cell.coordinate}" s=' in raw and "<v>0.075</v>" in raw
    assert not re.search(r"<v>\d+\.\d{5,}</v>", raw)  # no double's digits
    item = next(i for i in doc["items"] if i["text"].startswith("拆除新山路"))
    ratio = Fraction(item["sub_targets"][0]["ratio"])
    assert str(cell.value) == "0.075" and Fraction(str(cell.value)) == ratio  # 0.75万 / 10万 exactly
    score = wb["附件4"]
    names = [score.cell(r, 2).value for r in range(4, score.max_row + 1)]
    registry = {u["name"] for u in plan["units"]}
    assert names and all(n in registry for n in names)
    assert not [n for n in names if COLLECTIVE.search(n)]
    assert "各镇街" in registry and "区级各部门" in registry  # they exist, and are left out


def test_scorecard_has_no_collective_names(doc):
    names = [s["unit"] for s in doc["scorecard"]]
    for collective in ("各镇街", "区级各部门", "区级有关部门", "违法建筑专项整治工作领导小组成员单位", "区属国有企业"):
        assert collective not in names
    assert names.index("区城市管理局(区整违办)") < names.index("区体育局") < names.index("区住房城乡建委")
    sports = next(s for s in doc["scorecard"] if s["unit"] == "区体育局")
    assert sports["led"] >= sports["judged"] >= sports["lagging"] >= 1


def test_findings_say_where_in_the_office_words(outputs, plan):
    import openpyxl
    wb = openpyxl.load_workbook(outputs["xlsx"])
    ws = wb["附件5"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert rows and all(re.fullmatch(r"附件[123]第\d+项|报告正文", r[1]) for r in rows)
    assert all(r[2].endswith("请核实。") for r in rows)
    # The location points at the right row: 附件3's row whose task says 近期无进展 (a3-8).
    where = next(r[1] for r in rows if "通报却列为正常推进" in r[2])
    annex, number = re.fullmatch(r"(附件\d)第(\d+)项", where).groups()
    task = wb[annex].cell(3 + int(number), 2).value
    a38 = next(i for i in plan["items"] if i["id"] == "a3-8")
    assert task == a38["text"]


def test_csv_opens_in_excel_with_codes_and_no_formulas(ducha, source, plan, tmp_path, outputs):
    raw = outputs["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["附件", "序号", "预期目标"] and "状态代码" in rows[0]
    items = [r for r in rows[1:] if r[0] in ("附件1", "附件2", "附件3")]
    assert len(items) == 141
    assert [sum(r[0] == a for r in items) for a in ("附件1", "附件2", "附件3")] == [10, 15, 116]
    done = rows[0].index("完成率")
    row = next(r for r in items if r[rows[0].index("工作任务")].startswith("拆除新山路"))
    assert row[done] == "7.5%" and row[rows[0].index("评估结果")] == "严重滞后"
    code = rows[0].index("状态代码")
    assert {r[code] for r in items} >= {"not_assessable", "lagging", "on_track"}
    ids = rows[0].index("编号")  # the plan's ids: codes, in CSV only
    assert {r[ids] for r in items} == {i["id"] for i in plan["items"]}
    plan["items"][20]["text"] = "=HYPERLINK(\"http://x\")"
    plan["items"][21]["progress_text"] = "@SUM(A1)"
    plan["items"][22]["progress_text"] = "-2+3"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    r = ducha("report", path, "--format", "csv")
    cells = [c for row in csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    x = tmp_path / "r.xlsx"
    assert ducha("report", path, "--format", "xlsx", "-o", x).returncode == 0
    import openpyxl
    ws = openpyxl.load_workbook(x)["附件3"]
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert not formulas
    assert any(c.value == "=HYPERLINK(\"http://x\")" and c.data_type == "s" for row in ws.iter_rows() for c in row)


def test_docx_has_the_sections_tables_and_repeated_headers(outputs):
    import docx
    d = docx.Document(str(outputs["docx"]))
    assert len(d.tables) == 5
    assert [c.text for c in d.tables[1].rows[0].cells][:3] == ["序号", "工作任务", "责任单位"]
    xml = zipfile.ZipFile(outputs["docx"]).read("word/document.xml").decode()
    assert xml.count("<w:tblHeader") == 5 and 'w:w="11906"' in xml  # headers repeat; A4
    assert "33.31万平方米" in docx_text(outputs["docx"])


def test_pdf_is_a4_with_the_figures(outputs, texts):
    info = subprocess.run(["pdfinfo", str(outputs["pdf"])], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and int(re.search(r"Pages:\s+(\d+)", info).group(1)) > 10
    flat = re.sub(r"\s+", "", texts["pdf"])
    assert "为目标150万平方米的22.21%" in flat and "待人工评估" in flat


def latin_words(text):
    return set(re.findall(r"[A-Za-z]{2,}", text))


def test_no_english_word_in_published_formats(texts, plan):
    # Latin letters may appear only where the plan itself has them (5G, CD级危房, A级景区 …).
    own = set()
    for item in plan["items"]:
        own |= latin_words(item["text"] + item.get("progress_text", ""))
    own |= latin_words(plan["name"]) | latin_words(" ".join(u["name"] for u in plan["units"]))
    for fmt in ("html", "docx", "pdf", "md"):
        text = texts[fmt].replace("<br>", "\n") if fmt == "md" else texts[fmt]
        assert latin_words(text) - own == set(), fmt


def test_settings_default_from_the_plan_and_errors_name_the_key(ducha, source, tmp_path):
    r = ducha("report", source / PLAN, "--format", "md")
    assert r.stdout.startswith("# 重庆市沙坪坝区人民政府督查办关于")
    assert "\n重庆市沙坪坝区人民政府督查办\n\n2022年6月30日\n" in r.stdout  # 落款 = issuer from the title
    assert "(此处由督查办填写下步工作建议。)" in r.stdout
    s = tmp_path / "s.json"
    s.write_text('{"document_number": "沙督查办〔2022〕12号", "recommendations": ["一是压实责任。", "二是加强调度。"]}',
                 encoding="utf-8")
    r = ducha("report", source / PLAN, "--settings", s, "--format", "md")
    assert "\n沙督查办〔2022〕12号\n" in r.stdout and "一是压实责任。\n\n二是加强调度。" in r.stdout
    s.write_text('{"titel": "x"}', encoding="utf-8")
    r = ducha("report", source / PLAN, "--settings", s)
    assert r.returncode != 0 and "titel" in r.stderr and "s.json" in r.stderr
    s.write_text('{"date": "2022-13-01"}', encoding="utf-8")
    r = ducha("report", source / PLAN, "--settings", s)
    assert r.returncode != 0 and "date" in r.stderr


def test_settings_schema_accepts_the_example(source):
    from jsonschema.validators import Draft202012Validator
    schema = json.loads((source / "docs/schema/report-settings.schema.json").read_text())
    v = Draft202012Validator(schema)
    assert not list(v.iter_errors(json.loads((source / SETTINGS).read_text())))
    assert list(v.iter_errors({"titel": "x"}))


def test_every_consistency_finding_of_the_reference(doc):
    found = {(f["kind"], f["item"]) for f in doc["findings"]}
    assert ("summary_figure", "a1-5") in found  # 预计增长10% in the summary, 9.7% in 附件1
    assert ("empty_progress", "a3-10") in found and ("empty_progress", "a3-100") in found
    assert ("no_progress_normal", "a3-8") in found  # 近期无进展, listed as normal
    assert ("unit_mismatch", "a3-77") in found       # 4260㎡ against 4万立方米
    assert ("unmatched", "a3-9") in found            # no growth rate reported
    msg = next(f["message"] for f in doc["findings"] if f["item"] == "a1-5")
    assert "预计增长10%" in msg and "9.7%" in msg
    msg = next(f["message"] for f in doc["findings"] if f["item"] == "a3-77")
    assert "4260平方米" in msg and "4万立方米" in msg


def test_a_summary_whose_counts_differ_from_the_tables(ducha, source, plan, tmp_path):
    plan["summary"] = plan["summary"].replace("124项任务正常推进", "125项任务正常推进")
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    d = json.loads(ducha("report", path, "--format", "json").stdout)
    counts = [f for f in d["findings"] if f["kind"] == "summary_count"]
    assert counts and "125项任务正常推进" in counts[0]["message"] and "124" in counts[0]["message"]
    clean = json.loads(ducha("report", source / PLAN, "--format", "json").stdout)
    assert not [f for f in clean["findings"] if f["kind"] == "summary_count"]


def test_docs_agreement_is_generated(ducha, source):
    r = ducha("report", source / PLAN, "--agreement")
    assert r.returncode == 0
    committed = (source / "docs/agreement.md").read_text(encoding="utf-8")
    assert committed == r.stdout, "docs/agreement.md is out of date: ducha report " + PLAN + \
        " --agreement -o docs/agreement.md"


def test_report_usage_errors(ducha, source):
    assert ducha("report", source / PLAN, "--format", "odt").returncode == 2
    assert ducha("report", source / PLAN, "--format", "html", "--agreement").returncode == 2
    assert ducha("report").returncode == 2


def test_html_is_self_contained(outputs):
    html = outputs["html"].read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "@page{size:A4" in html and "thead{display:table-header-group}" in html
    assert html.count('<span class="badge') == 141


LAYOUT_PROBE = """<script>
window.addEventListener('load', () => {
  const out = [];
  for (const td of document.querySelectorAll('td.status')) {
    const size = parseFloat(getComputedStyle(td).fontSize);
    const badge = td.querySelector('.badge');
    let lines = 0;
    if (badge) {
      const r = document.createRange(); r.selectNodeContents(badge);
      lines = new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
    }
    out.push([td.getBoundingClientRect().width / size, badge ? badge.textContent : '', lines]);
  }
  document.body.setAttribute('data-layout', JSON.stringify(out));
});
</script></body>"""


def chromium_flags(tmp_path):
    return ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]


def test_layout_in_chromium_no_status_cell_narrower_than_two_characters(outputs, tmp_path):
    browser = shutil.which("chromium")
    assert browser, "chromium is required (scripts/ensure-deps installs it)"
    probe = tmp_path / "probe.html"
    probe.write_text(outputs["html"].read_text(encoding="utf-8").replace("</body>", LAYOUT_PROBE),
                     encoding="utf-8")
    for width in (1400, 900):  # a desktop window and a narrow one
        dom = subprocess.run([browser, *chromium_flags(tmp_path), f"--window-size={width},2000",
                              "--virtual-time-budget=5000", "--dump-dom", probe.as_uri()],
                             capture_output=True, text=True, timeout=180)
        assert dom.returncode == 0, dom.stderr[-500:]
        layout = json.loads(re.search(r'data-layout="([^"]*)"', dom.stdout).group(1).replace("&quot;", '"'))
        assert len(layout) >= 141 * 2
        assert min(w for w, _, _ in layout) >= 2, width
        # A short status (滞后, 正常推进, 待人工评估) stays on one line: never one character per line.
        short = [(text, lines) for _, text, lines in layout if text and len(text) <= 5]
        assert short and all(lines == 1 for _, lines in short), width
    png = tmp_path / "report.png"
    shot = subprocess.run([browser, *chromium_flags(tmp_path), "--window-size=1400,2400", f"--screenshot={png}",
                           outputs["html"].as_uri()], capture_output=True, text=True, timeout=180)
    assert shot.returncode == 0, shot.stderr[-500:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page with content, not a blank one


def test_docs_side_by_side_is_generated(source):
    import os
    r = subprocess.run([str(source / "scripts/report-side-by-side"), os.environ["DUCHA_BIN"], "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_docx_opens_in_libreoffice(outputs, tmp_path):
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is required (scripts/ensure-deps installs libreoffice-writer-nogui)"
    r = subprocess.run([soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(outputs["docx"])],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-500:]
    text = (tmp_path / "report.txt").read_text(encoding="utf-8-sig")
    assert in_order(text, [*SECTIONS, "附件:", "2022年7月26日", *ANNEXES])
    assert "按量化目标评估46项:31项正常推进(其中已完成4项),15项推进较为滞后;85项无量化目标,待人工评估" in text


HISTORY = "tests/data/history/shapingba-2022-synthetic.json"


@pytest.mark.parametrize("policy,colour,css", [("suqian-deadline", "红色", "red"),
                                               ("yinchuan-consecutive", "黄色", "yellow")])
def test_escalation_colours_are_shown_with_their_reasons(ducha, source, tmp_path, policy, colour, css):
    html = tmp_path / "r.html"
    r = ducha("report", source / HISTORY, "--policy", policy, "--as-of", "2022-12-31", "--format", "html", "-o", html)
    assert r.returncode == 0, r.stderr
    page = html.read_text(encoding="utf-8")
    text = html_text(html)
    assert "<th>预警</th><th>预警原因</th>" in page and f'<span class="badge {css}">{colour}</span>' in page
    assert re.search(f"预警情况:[^。]*{colour}1项", text)
    assert f"{colour}预警:" in text  # the task's paragraph in 三、滞后任务及原因 says why
    ev = json.loads(ducha("evaluate", source / HISTORY, "--policy", policy, "--as-of", "2022-12-31").stdout)
    reasons = [i["escalation"]["reason"] for i in ev["items"] if i.get("escalation") and i["escalation"]["colour"]]
    assert reasons and all(reason in text for reason in reasons)
    plan = json.loads((source / HISTORY).read_text(encoding="utf-8"))
    own = latin_words(plan["name"])  # the plan's own title says its months are synthetic
    for item in plan["items"]:
        own |= latin_words(item["text"] + item.get("progress_text", ""))
    assert latin_words(text) - own == set()  # colour codes (red, yellow) never leak


def test_without_escalation_there_is_no_warning_column(outputs):
    assert "预警原因" not in outputs["html"].read_text(encoding="utf-8")


def test_the_office_status_of_the_month_is_shown_beside_an_unjudged_task(ducha, source, tmp_path):
    plan = json.loads((source / HISTORY).read_text(encoding="utf-8"))
    x = tmp_path / "r.xlsx"
    assert ducha("report", source / HISTORY, "--as-of", "2022-12-31", "--format", "xlsx", "-o", x).returncode == 0
    ev = json.loads(ducha("evaluate", source / HISTORY, "--as-of", "2022-12-31").stdout)
    office = [i for i in ev["items"] if i["judged_by"] == "office" and not i.get("official_status")]
    assert office, "the synthetic history has a task only the office's monthly status judges"
    import openpyxl
    wb = openpyxl.load_workbook(x)
    for item in office:
        text = next(p["text"] for p in plan["items"] if p["id"] == item["id"])
        row = next([c.value for c in r] for name in ("附件2", "附件3") for r in wb[name].iter_rows(min_row=4)
                   if r[1].value == text)
        header = [c.value for c in wb["附件3"][3]]
        assert row[header.index("评估结果")] == "待人工评估"
        assert row[header.index("通报结果")] == {"on_track": "正常推进", "lagging": "滞后"}[item["office_status"]]

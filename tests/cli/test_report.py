"""ducha report on the complete reference plan: every format, the findings, the agreement."""
import csv
import io
import json
import os
import re
import shutil
import subprocess

import pytest

PLAN = "examples/shapingba-2022h1/plan.json"


@pytest.fixture(scope="module")
def outputs(ducha, source, tmp_path_factory):
    d = tmp_path_factory.mktemp("report")
    out = {}
    for fmt in ("md", "html", "csv", "json"):
        path = d / f"report.{fmt}"
        r = ducha("report", source / PLAN, "--format", fmt, "-o", path)
        assert r.returncode == 0, r.stderr
        out[fmt] = path
    return out


def test_markdown_has_the_summary_annexes_scorecard_and_agreement(outputs):
    md = outputs["md"].read_text(encoding="utf-8")
    assert "10项经济社会发展预期目标中,2项指标符合预期,分别是:固定资产投资(区发展改革委)、进出口总额(区商务委(区招商中心))" in md
    assert "6项指标不达预期" in md and "2项指标符合时间节点要求,分别是:空气质量(区生态环境局)、节能减排降碳(区发展改革委)" in md
    assert re.search(r"131项重点工作任务中,\d+项任务正常推进,\d+项任务推进较为滞后,分别是:1\.实现数字经济增加值增长7%", md)
    for heading in ("## 附件1", "## 附件2", "## 附件3", "## 责任单位", "## 一致性检查", "## 与通报的一致性"):
        assert heading in md, heading
    assert "“拆除150万平方米违法建筑”已完成33.31万/150万(22.21%)" in md


def test_scorecard_is_sorted_by_pinyin(outputs):
    doc = json.loads(outputs["json"].read_text(encoding="utf-8"))
    names = [s["unit"] for s in doc["scorecard"]]
    assert names.index("区城市管理局(区整违办)") < names.index("区体育局") < names.index("区住房城乡建委")
    sports = next(s for s in doc["scorecard"] if s["unit"] == "区体育局")
    assert sports["led"] >= 2 and sports["lagging"] >= 1


def test_every_consistency_finding_of_the_reference(outputs):
    doc = json.loads(outputs["json"].read_text(encoding="utf-8"))
    found = {(f["kind"], f["item"]) for f in doc["findings"]}
    assert ("summary_figure", "a1-5") in found  # 预计增长10% in the summary, 9.7% in 附件1
    assert ("empty_progress", "a3-10") in found and ("empty_progress", "a3-100") in found
    assert ("no_progress_normal", "a3-8") in found  # 近期无进展, listed as normal
    assert ("unit_mismatch", "a3-77") in found       # 4260㎡ against 4万立方米
    assert ("unmatched", "a3-9") in found            # no growth rate reported
    msg = next(f["message"] for f in doc["findings"] if f["item"] == "a1-5")
    assert "预计增长10%" in msg and "9.7%" in msg
    md = outputs["md"].read_text(encoding="utf-8")
    csvt = outputs["csv"].read_text(encoding="utf-8-sig")
    html = outputs["html"].read_text(encoding="utf-8")
    for kind, item in [("summary_figure", "a1-5"), ("empty_progress", "a3-100"), ("unit_mismatch", "a3-77")]:
        assert f"[{item}]" in md and item in csvt and f"[{item}]" in html


def test_a_summary_whose_counts_differ_from_the_tables(ducha, source, tmp_path):
    plan = json.loads((source / PLAN).read_text(encoding="utf-8"))
    plan["summary"] = plan["summary"].replace("124项任务正常推进", "125项任务正常推进")
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    r = ducha("report", path, "--format", "json")
    doc = json.loads(r.stdout)
    counts = [f for f in doc["findings"] if f["kind"] == "summary_count"]
    assert counts and "125项任务正常推进" in counts[0]["message"] and "124" in counts[0]["message"]
    clean = json.loads(ducha("report", source / PLAN, "--format", "json").stdout)
    assert not [f for f in clean["findings"] if f["kind"] == "summary_count"]


def test_csv_opens_in_excel(outputs):
    raw = outputs["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["记录", "附件", "编号"]
    items = [r for r in rows[1:] if r and r[0] == "item"]
    assert len(items) == 141
    assert {r[1] for r in items} == {"附件1", "附件2", "附件3"}


def test_agreement_finds_every_officially_lagging_task(outputs):
    md = outputs["md"].read_text(encoding="utf-8")
    assert "Officially lagging and found behind: 7 of 7." in md


def test_docs_agreement_is_generated(ducha, source):
    r = ducha("report", source / PLAN, "--agreement")
    assert r.returncode == 0
    committed = (source / "docs/agreement.md").read_text(encoding="utf-8")
    assert committed == r.stdout, "docs/agreement.md is out of date: ducha report " + PLAN + \
        " --agreement -o docs/agreement.md"


def test_report_usage_errors(ducha, source):
    assert ducha("report", source / PLAN, "--format", "pdf").returncode == 2
    assert ducha("report", source / PLAN, "--format", "html", "--agreement").returncode == 2
    assert ducha("report").returncode == 2


def test_html_is_self_contained_with_one_bar_per_quantitative_sub_target(outputs, source):
    html = outputs["html"].read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    plan_eval = json.loads(outputs["json"].read_text(encoding="utf-8"))
    bars = sum(1 for i in plan_eval["items"] for s in i["sub_targets"] if s["ratio"] and s["kind"] != "growth")
    assert html.count('<svg class="bar"') == bars > 40


def test_html_renders_in_chromium(outputs, tmp_path):
    browser = shutil.which("chromium")
    if not browser:
        pytest.skip("chromium is not installed (scripts/ensure-deps installs it): the HTML was not rendered")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    url = outputs["html"].as_uri()
    dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=180)
    assert dom.returncode == 0, dom.stderr[-500:]
    page = dom.stdout
    assert "<title>重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告</title>" in page
    assert page.count("<table>") == 4  # 附件1, 附件2, 附件3 and the unit scorecard
    for heading in ("附件1", "附件2", "附件3"):
        assert f"<h2>{heading}" in page
    plan_eval = json.loads(outputs["json"].read_text(encoding="utf-8"))
    bars = sum(1 for i in plan_eval["items"] for s in i["sub_targets"] if s["ratio"] and s["kind"] != "growth")
    assert page.count('<svg class="bar"') == bars
    png = tmp_path / "report.png"
    shot = subprocess.run([browser, *flags, "--window-size=1400,2400", f"--screenshot={png}", url],
                          capture_output=True, text=True, timeout=180)
    assert shot.returncode == 0, shot.stderr[-500:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page with content, not a blank one

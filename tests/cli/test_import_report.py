"""ducha import-report on the real reference report."""
import json
from collections import Counter

import pytest

REPORT = "../shared/reference/shapingba-2022h1-report.txt"


@pytest.fixture(scope="module")
def plan(ducha, source, tmp_path_factory):
    out = tmp_path_factory.mktemp("import") / "plan.json"
    r = ducha("import-report", source / REPORT, "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    return json.loads(out.read_text())


def test_every_item_of_the_three_annexes(plan):
    kinds = Counter((i["kind"], i.get("official_status")) for i in plan["items"])
    assert kinds == {("indicator", "meets"): 2, ("indicator", "below"): 6, ("indicator", "on_schedule"): 2,
                     ("task", "lagging"): 7, ("task", "on_track"): 124}
    assert plan["year"] == 2022 and plan["as_of"] == "2022-06-30"
    assert [i["id"] for i in plan["items"][:2]] == ["a1-1", "a1-2"]


def test_texts_are_verbatim(plan, source):
    report = (source / REPORT).read_text(encoding="utf-8")
    for item in plan["items"]:
        assert item["text"] in report, item["id"]
        for line in item.get("progress_text", "").split("\n"):
            assert line in report, item["id"]


def test_units_categories_and_empty_progress(plan):
    by_id = {i["id"]: i for i in plan["items"]}
    assert by_id["a2-1"]["lead"] == ["区经济信息委"] and by_id["a2-1"]["cooperating"] == ["区商务委(区招商中心)"]
    assert by_id["a2-3"]["cooperating"] == ["违法建筑专项整治工作领导小组成员单位", "生活垃圾分类工作领导小组成员单位", "各镇街"]
    assert by_id["a3-1"]["category"] == "联动共建科学城"
    assert by_id["a3-41"]["lead"] == ["区住房城乡建委", "区城市管理局"]
    assert by_id["a3-5"]["text"] == "建成智慧创新产业园" and by_id["a3-5"]["lead"] == ["旭辰集团公司"]
    assert "progress_text" not in by_id["a3-10"] and "progress_text" not in by_id["a3-100"]
    assert by_id["a3-8"]["progress_text"] == "近期无进展。"
    names = {u["name"] for u in plan["units"]}
    assert {"区发展改革委", "区体育局", "区公安分局", "各有关镇街"} <= names


def test_sub_targets_are_parsed_and_matched(plan):
    by_id = {i["id"]: i for i in plan["items"]}
    fitness = by_id["a2-6"]["sub_targets"]
    assert [(s["target"]["value"], s["progress"]["value"]) for s in fitness] == [("3", "1"), ("30", "2")]
    gdp = by_id["a1-1"]["sub_targets"][0]
    assert gdp["kind"] == "growth" and gdp["progress"]["value"] == "4.4"


def test_the_imported_plan_evaluates(ducha, plan, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False))
    r = ducha("evaluate", path)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["items"]) == 141


def test_bad_reports(ducha, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = ducha("import-report", empty)
    assert r.returncode == 2 and "empty report" in r.stderr
    other = tmp_path / "other.txt"
    other.write_text("2022年某某报告\n没有附件\n")
    r = ducha("import-report", other)
    assert r.returncode == 2 and "附件1" in r.stderr
    assert ducha("import-report").returncode == 2


def test_corrections_name_unknown_items(ducha, source, tmp_path):
    bad = tmp_path / "c.json"
    bad.write_text('{"format": "ducha.corrections/1", "items": [{"id": "a9-1", "why": "x", "parse_text": "新建3个"}]}')
    r = ducha("import-report", source / REPORT, "--corrections", bad)
    assert r.returncode == 2 and 'items[0].id: no item "a9-1"' in r.stderr
    nowhy = tmp_path / "d.json"
    nowhy.write_text('{"format": "ducha.corrections/1", "items": [{"id": "a2-5", "parse_text": "新建3个"}]}')
    r = ducha("import-report", source / REPORT, "--corrections", nowhy)
    assert r.returncode == 2 and 'missing required key "why"' in r.stderr


def test_corrections_merge_units_named_twice(source):
    plan = json.loads((source / "examples/shapingba-2022h1/plan.json").read_text(encoding="utf-8"))
    units = {u["name"]: u for u in plan["units"]}
    assert "区商务委" not in units and "区商务委" in units["区商务委(区招商中心)"]["aliases"]
    assert "区城管局" in units["区城市管理局"]["aliases"]
    by_id = {i["id"]: i for i in plan["items"]}
    assert by_id["a2-2"]["cooperating"] == ["区商务委(区招商中心)", "区物流办"]
    assert by_id["a3-118"]["lead"] == ["区纪委监委机关", "区政府办公室"]
    assert by_id["a3-119"]["lead"] == ["区委宣传部"]

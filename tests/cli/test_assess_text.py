"""ducha assess with the sentences alone, and in --jsonl batches."""
import json

import pytest

BASE = ["assess", "--year", "2022", "--as-of", "2022-06-30"]


def assess(ducha, target, progress, *extra):
    r = ducha(*BASE, "--target", target, "--progress", progress, *extra)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_the_issues_sentences(ducha):
    doc = assess(ducha, "拆除150万平方米违法建筑,城市生活垃圾回收利用率达40%",
                 "截至6月30日,累计完成违法建筑拆除33.31万平方米。城市生活垃圾回收利用率已达40%以上。")
    demolition, recycling = doc["sub_targets"]
    assert demolition["target"] == {"value": "1500000", "unit": "平方米", "comparator": "reach"}
    assert demolition["actual"]["value"] == "333100" and demolition["status"] == "lagging"
    assert recycling["kind"] == "level" and recycling["actual"]["value"] == "40"
    assert recycling["status"] == "completed"
    assert doc["status"] == "lagging"


def test_a_heading_decides_which_sub_target_a_figure_belongs_to(ducha):
    doc = assess(ducha, "新建3个社区体育公园、30个社区健身点",
                 "新建3个社区体育公园:已建成1个。\n新建30个社区健身点:已建成2个社区健身点,正在开展健身器材招标工作。")
    parks, points = doc["sub_targets"]
    assert parks["actual"]["value"] == "1" and parks["status"] == "on_track"
    assert points["actual"]["value"] == "2" and points["status"] == "severely_lagging"
    assert points["text"] == "30个社区健身点"


def test_projects_are_not_parking_spaces(ducha):
    doc = assess(ducha, "新增5000个公共停车位,完成125公里道路综合整治",
                 "在建的名人广场、青凤高科创新孵化中心等4个项目共计新增公共停车位5046个。\n已完成112公里道路综合整治。")
    spaces, roads = doc["sub_targets"]
    assert spaces["actual"]["value"] == "5046" and spaces["status"] == "completed"
    assert roads["actual"]["value"] == "112"


def test_a_scope_is_not_progress(ducha):
    doc = assess(ducha, "农房风貌整治提升1500户",
                 "区住建委已会同区农业农村委共同拟定了1500栋农房风貌整治范围,待工投公司与银行确定整治模式后再推进相关工作。")
    sub = doc["sub_targets"][0]
    assert sub["actual"] is None
    assert sub["matched"] is None
    assert doc["status"] == "not_assessable" and sub["reason"] == "no_figure"


def test_a_figure_in_another_unit_is_a_mismatch(ducha):
    doc = assess(ducha, "巩固“无废城市”建设成果,治理修复4万立方米污染土壤,确保土壤环境质量总体稳定",
                 "已完成小康东侧地块土壤污染治理修复,治理修复4260㎡污染土。")
    sub = doc["sub_targets"][0]
    assert sub["reason"] == "unit_mismatch" and sub["status"] == "not_assessable"
    assert sub["actual"]["unit"] == "平方米"


def test_no_figure_is_said_never_guessed(ducha):
    doc = assess(ducha, "新建2个标准化派出所", "石井坡派出所迁建工程:正在开展土地置换工作,待上市规委会通过后进行置换。")
    sub = doc["sub_targets"][0]
    assert sub["actual"] is None and "no figure" in sub["match_reason"]
    empty = assess(ducha, "引进3支创投基金", "")
    assert empty["status"] == "no_progress"


def test_growth_indicator_from_text(ducha):
    doc = assess(ducha, "一般公共预算收入增长5%左右",
                 "1-6月,一般公共预算收入增长-19%(扣除留抵退税因素后增长-15.6%,主城区第5名)。", "--indicator")
    sub = doc["sub_targets"][0]
    assert sub["kind"] == "growth" and sub["target"]["comparator"] == "around"
    assert sub["actual"]["value"] == "-19" and sub["actual"]["adjusted"]["value"] == "-15.6"
    assert sub["actual"]["ranking"] == "主城区第5名"
    assert doc["status"] == "below"


def test_a_records_own_date_is_used(ducha):
    doc = assess(ducha, "拆除新山路沿线10万平方米违法建筑", "截至7月8日,新山路累计完成违建整治0.75万平方米。")
    sub = doc["sub_targets"][0]
    assert sub["as_of"] == "2022-07-08" and sub["expected"] == "97/186"


def test_a_damaged_date_is_reported_not_guessed(ducha):
    doc = assess(ducha, "拆除150万平方米违法建筑", "截至630日,累计完成违法建筑拆除33.31万平方米。")
    sub = doc["sub_targets"][0]
    assert sub["as_of"] == "2022-06-30"  # the evaluation's date, said so:
    assert "630日" in sub["date_note"] and "6月30日" in sub["date_note"]


def test_jsonl_batch(ducha):
    lines = [
        {"target": "新建30个社区健身点", "progress": "已建成2个社区健身点", "year": 2022, "as_of": "2022-06-30", "item": "task"},
        {"target": "地区生产总值增长5.5%左右", "progress": "1-6月,地区生产总值增长4.4%", "year": 2022,
         "as_of": "2022-06-30", "item": "indicator"},
        {"target": "x", "year": 2022, "as_of": "2022-02-30"},
        {"target": "新增550个婴幼儿托位", "progress": "1-6月,新增300个婴幼儿托位。", "year": 2022, "as_of": "2022-06-30"},
    ]
    text = "\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n{not json\n"
    r = ducha("assess", "--jsonl", stdin=text)
    assert r.returncode == 2
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert out[0]["status"] == "severely_lagging"
    assert out[1]["status"] == "below"
    assert out[2]["line"] == 3 and 'invalid date "2022-02-30"' in out[2]["error"]
    assert out[3]["status"] == "on_track" and out[3]["sub_targets"][0]["ratio"] == "6/11"
    assert out[4]["line"] == 5 and "malformed JSON" in out[4]["error"]


def test_jsonl_never_crashes_on_garbage(ducha):
    import os, random, subprocess
    rng = random.Random(7)
    pieces = ['{"target":', '"新建30个', '社区健身点"', ',"progress":"已建成2个"', ',"year":2022', ',"as_of":"2022-06-30"', "}", "\xff", "\"", "[", "1e999"]
    data = "\n".join("".join(rng.choice(pieces) for _ in range(rng.randrange(8))) for _ in range(500)) + "\n"
    r = subprocess.run([os.environ["DUCHA_BIN"], "assess", "--jsonl"], input=data.encode("utf-8", "surrogateescape"),
                       capture_output=True, timeout=120)
    assert r.returncode in (0, 2)
    for line in r.stdout.decode().splitlines():
        json.loads(line)


# Stages and milestones (issue 9, classes 2 and 10; docs/evaluation.md, "Milestones: judged by stage").

def test_other_stages_are_shown_beside_the_ratio(ducha):
    r = ducha("assess", "--year", "2024", "--as-of", "2024-06-30", "--target", "建成3所中小学",
              "--progress", "甲小学已完工投用,其余2所主体施工中")
    assert r.returncode == 0, r.stderr
    sub = json.loads(r.stdout)["sub_targets"][0]
    assert sub["actual"]["value"] == "1" and sub["actual"]["unit"] == "所"
    assert sub["ratio"] == "1/3" and sub["status"] == "on_track"
    assert sub["other_stages"] == [{"stage": "construction", "value": "2", "unit": "所", "text": "其余2所主体施工中"}]


def test_verb_groups_per_policy(ducha, tmp_path):
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"name": "strict-built", "verb_groups": {"build": ["新建", "建成", "竣工", "投运"]}}),
                      encoding="utf-8")
    args = ["assess", "--year", "2024", "--as-of", "2024-06-30", "--target", "建成3所中小学",
            "--progress", "甲小学已完工投用,其余2所主体施工中"]
    reference = json.loads(ducha(*args).stdout)
    assert reference["status"] == "on_track" and reference["sub_targets"][0]["ratio"] == "1/3"
    r = ducha(*args, "--policy", str(strict))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["status"] == "not_assessable" and doc["reason"] == "no_figure"
    assert doc["policy"].startswith("strict-built@")
    assert doc["sub_targets"][0]["actual"] is None
    assert doc["sub_targets"][0]["other_stages"][0]["value"] == "2"
    explained = ducha(*args, "--policy", str(strict), "--explain").stdout
    assert "other stage: construction 2所" in explained and "no_figure" in explained


def test_percentage_ranges_are_one_target(ducha):
    for target in ("地区生产总值增长6.5%-7%", "地区生产总值增长6.5%—7%", "地区生产总值增长6.5%至7%", "地区生产总值增长6.5～7%"):
        r = ducha("assess", "--year", "2024", "--as-of", "2024-06-30", "--indicator", "--target", target,
                  "--progress", "地区生产总值增长6.8%")
        assert r.returncode == 0, r.stderr
        doc = json.loads(r.stdout)
        assert len(doc["sub_targets"]) == 1, target
        t = doc["sub_targets"][0]["target"]
        assert t == {"value": "6.5", "unit": "%", "comparator": "at_least", "low": "6.5", "high": "7"}, target
        assert doc["status"] == "meets"
        explained = ducha("assess", "--year", "2024", "--as-of", "2024-06-30", "--indicator", "--target", target,
                          "--progress", "地区生产总值增长6%", "--explain").stdout
        assert "growth 6.5% (at_least), range 6.5%..7%" in explained
        assert "item: below" in explained


def test_a_milestone_by_its_node(ducha):
    r = ducha("assess", "--year", "2024", "--as-of", "2024-07-31", "--target", "6月底前开工建设区体育馆",
              "--progress", "正在开展前期工作")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    sub = doc["sub_targets"][0]
    assert doc["status"] == "not_completed" and doc["reason"] == "milestone_missed"
    assert sub["stage"] == "preparation" and sub["due"] == "2024-06-30"


def test_explain_names_the_reading_stage_of_each_figure(ducha):
    r = ducha("assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "新建3个社区体育公园、30个社区健身点",
              "--progress", "已建成2个社区健身点", "--explain")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert 'target from: targets: "30个社区健身点"' in out
    assert 'actual from: facts: "2个" in "已建成2个社区健身点"; matching:' in out
    r = ducha("assess", "--year", "2024", "--as-of", "2024-05-31", "--target", "6月底前开工建设区体育馆",
              "--progress", "正在开展前期工作", "--explain")
    out = r.stdout
    for needle in ['target from: targets: milestone "6月底前开工建设区体育馆" → construction by "6月底前开工"',
                   'actual from: stages: preparation from "正在开展前期工作"',
                   'milestone: goal construction by 2024-06-30 ("6月底前开工")',
                   "stage reached: preparation; stage curve expects: tendering", "rule: behind_pace → lagging"]:
        assert needle in out, needle
    r = ducha("assess", "--year", "2024", "--as-of", "2024-06-30", "--target", "建成3所中小学",
              "--progress", "甲小学已完工投用,其余2所主体施工中", "--explain")
    assert 'other stage: construction 2所 from "其余2所主体施工中" (not counted as done)' in r.stdout

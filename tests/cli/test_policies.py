"""Policies as files: the three presets on the same cases, rule tests, and errors."""
import json

import pytest

BASE = ["assess", "--year", "2022", "--as-of", "2022-06-30"]
IMPORT = ("进口整车5000辆以上", "1-6月,铁路口岸完成整车进口1589辆")


def assess(ducha, policy, target, progress, *extra):
    r = ducha(*BASE, "--policy", policy, "--target", target, "--progress", progress, *extra)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_1589_of_5000_under_each_preset(ducha):
    ref = assess(ducha, "reference", *IMPORT)
    assert (ref["status"], ref["label"]) == ("lagging", "滞后")
    points = assess(ducha, "points", *IMPORT)  # 18.22 points below 序时: between 10 and 30
    assert (points["status"], points["label"]) == ("lagging", "黄灯")
    assert "落后18.22个百分点" in points["explanation"]
    sdg = assess(ducha, "sdg-ratio", *IMPORT)  # by days: (1589/5000)/(181/365) = 0.64: acceleration needed
    assert (sdg["status"], sdg["label"]) == ("lagging", "需要加速")
    assert ref["policy"].startswith("reference@") and points["policy"].startswith("points@")


@pytest.mark.parametrize("done,status,label", [
    ("12", "on_track", "绿灯"),          # 40%: 10 points below 序时, the green boundary
    ("11", "lagging", "黄灯"),           # 13.33 points below
    ("6", "lagging", "黄灯"),            # 20%: 30 points below, the yellow boundary
    ("5", "severely_lagging", "红灯"),   # 33.33 points below
])
def test_points_bands(ducha, done, status, label):
    doc = assess(ducha, "points", "新建30个社区健身点", f"已建成{done}个社区健身点")
    assert (doc["status"], doc["label"]) == (status, label)


def test_sdg_ratio_on_a_two_point_series(ducha, tmp_path):
    """A level with a baseline: 80% at the start of the year, 90% the target, judged at 30 June."""
    def plan(current):
        return {"format": "ducha.plan/1", "year": 2022, "as_of": "2022-06-30", "items": [{
            "id": "rate", "kind": "task", "text": "一窗综办率达90%",
            "sub_targets": [{"text": "一窗综办率达90%", "kind": "level",
                             "target": {"value": "90", "unit": "%", "comparator": "reach"},
                             "baseline": {"value": "80", "unit": "%"},
                             "progress": {"value": current, "unit": "%", "text": f"一窗综办率{current}%"}}]}]}
    cases = {"85": ("on_track", "进展顺利", "on_pace"), "83.5": ("lagging", "需要加速", "behind_pace"),
             "81": ("severely_lagging", "进展有限", "far_behind_pace"),
             "79": ("severely_lagging", "进展有限", "deteriorating")}
    for current, (status, label, reason) in cases.items():
        path = tmp_path / f"plan-{current}.json"
        path.write_text(json.dumps(plan(current), ensure_ascii=False))
        r = ducha("evaluate", path, "--policy", "sdg-ratio")
        assert r.returncode == 0, r.stderr
        item = json.loads(r.stdout)["items"][0]
        assert (item["status"], item["label"], item["reason"]) == (status, label, reason), current


def test_rule_cases_of_the_example_pass(ducha, source):
    r = ducha("test", source / "examples/rules/shapingba-office.json", source / "examples/rules/shapingba-2022h1.cases")
    assert r.returncode == 0, r.stdout
    assert r.stdout.splitlines()[-1].endswith("passed, 0 failed")
    assert int(r.stdout.splitlines()[-1].split()[0]) >= 40


def test_a_wrong_case_file_fails_with_a_readable_diff(ducha, tmp_path):
    cases = tmp_path / "wrong.cases"
    cases.write_text("新建30个社区健身点 | 已建成2个社区健身点 | 2022-06-30 => on_track label=正常推进 ratio=1/3\n"
                     "新建30个社区健身点 | 已建成2个社区健身点 | 2022-06-30 => severely_lagging\n")
    r = ducha("test", "reference", cases)
    assert r.returncode == 1
    out = r.stdout
    assert "FAIL line 1: 新建30个社区健身点 | 已建成2个社区健身点 | 2022-06-30" in out
    assert "status: expected on_track, got severely_lagging" in out
    assert "label: expected 正常推进, got 严重滞后" in out
    assert "ratio: expected 1/3, got 1/15" in out
    assert "explanation: 已完成2/30(6.67%)" in out
    assert out.splitlines()[-1] == "1 passed, 1 failed"


def test_json_case_files(ducha, tmp_path):
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps({"format": "ducha.cases/1", "cases": [
        {"name": "健身点", "target": "新建30个社区健身点", "progress": "已建成2个社区健身点", "as_of": "2022-06-30",
         "expect": {"status": "severely_lagging", "reason": "far_behind_pace", "ratio": "1/15"}},
        {"name": "GDP", "target": "地区生产总值增长5.5%左右", "progress": "1-6月,地区生产总值增长4.4%",
         "as_of": "2022-06-30", "item": "indicator", "expect": {"status": "below"}}]}, ensure_ascii=False))
    r = ducha("test", "reference", cases)
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == "2 passed, 0 failed"


@pytest.mark.parametrize("text,needle", [
    ("no arrow here\n", "expected \"… => status\""),
    ("a | b => lagging\n", "expected \"target | progress | date => status\""),
    ("a | b | 2022-02-30 => lagging\n", 'invalid date "2022-02-30"'),
    ("a | b | 2022-06-30 => late\n", 'unknown status "late"'),
    ("a | b | 2022-06-30 => lagging color=red\n", 'unknown expectation "color=red"'),
    ('{"cases": [{"target": "x", "as_of": "2022-06-30", "expect": {"status": "done"}}]}', "cases[0].expect.status"),
])
def test_bad_case_files_exit_2_naming_the_line(ducha, tmp_path, text, needle):
    cases = tmp_path / "bad.cases"
    cases.write_text(text)
    r = ducha("test", "reference", cases)
    assert r.returncode == 2, r.stdout
    assert needle in r.stderr


@pytest.mark.parametrize("policy,needle", [
    ({"cumulative": {"mode": "fast"}}, "cumulative.mode"),
    ({"cumulative": {"mode": "points", "on_track": "30", "lagging": "10"}}, "cumulative.on_track"),
    ({"cumulative": {"on_track": "1/3", "lagging": "2/3"}}, "cumulative.lagging"),
    ({"labels": {"late": "迟"}}, "labels.late"),
    ({"labels": {"lagging": 3}}, "labels.lagging: expected a string"),
    ({"rollup": "best"}, "rollup"),
    ({"lagging_reasons": ["slow"]}, "lagging_reasons[0]"),
    ({"schedules": [{"basis": "days"}]}, "schedules[0]"),
    ({"schedules": [{"basis": "days", "item": "a", "category": "b"}]}, "schedules[0]"),
    ({"level_band": "3/2"}, "level_band"),
    ({"ceiling": {"on_track": "x"}}, "ceiling.on_track"),
    ({"colour": "red"}, "colour: unknown key"),
    ({"cumulative": {"mode": "fraction", "limited": "1/3"}}, "cumulative.limited: limited applies to mode"),
])
def test_policy_errors_name_the_key(ducha, source, tmp_path, policy, needle):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(policy, ensure_ascii=False))
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json", "--policy", path)
    assert r.returncode == 2
    assert needle in r.stderr, r.stderr


def test_a_changed_threshold_changes_the_recorded_version(ducha, source, tmp_path):
    versions = set()
    for on_track in ("2/3", "3/4"):
        path = tmp_path / f"p{len(versions)}.json"
        path.write_text(json.dumps({"name": "office", "cumulative": {"on_track": on_track, "lagging": "1/3"}}))
        r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json", "--policy", path)
        versions.add(json.loads(r.stdout)["policy"]["version"])
    assert len(versions) == 2


def test_labels_and_two_bucket_summary(ducha, source, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"name": "office", "labels": {"lagging": "慢序时", "severely_lagging": "欠进度"}},
                               ensure_ascii=False))
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json", "--policy", path)
    doc = json.loads(r.stdout)
    labels = {i["label"] for i in doc["items"]}
    assert "慢序时" in labels and "欠进度" in labels and "滞后" not in labels
    s = doc["summary"]
    assert s["tasks_lagging"] + s["tasks_normal"] == sum(1 for i in doc["items"] if i["kind"] == "task") == 131


def test_unknown_preset(ducha, source):
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json", "--policy", "fastest")
    assert r.returncode == 2 and "no preset of that name" in r.stderr


def test_explain_prints_every_step(ducha):
    r = ducha(*BASE, "--policy", "points", "--target", IMPORT[0], "--progress", IMPORT[1], "--explain")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for needle in ['target: "进口整车5000辆以上" → cumulative 5000辆 (at_least)', "progress: 1589辆",
                   "ratio: 1589/5000 = 31.78%", "序时进度: 1/2 = 50.00% at 2022-06-30",
                   "thresholds (points): on_track 10, lagging 30", "rule: behind_pace → lagging (黄灯)",
                   "policy: points@"]:
        assert needle in out, needle

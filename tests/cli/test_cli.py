"""The ducha tool as a user drives it: exit codes, stdout, one-line errors."""
import json

import pytest

REFERENCE = "examples/shapingba-2022h1/plan.json"


def test_help_and_version(ducha):
    r = ducha("--help")
    assert r.returncode == 0
    assert "evaluate PLAN.json" in r.stdout and "assess" in r.stdout
    r = ducha("--version")
    assert r.returncode == 0 and r.stdout.startswith("ducha 0.")
    assert ducha("evaluate", "--help").returncode == 0


def test_no_arguments_is_a_usage_error(ducha):
    r = ducha()
    assert r.returncode == 2
    assert "usage:" in r.stderr


def test_evaluate_reference_plan_matches_the_report_indicators(ducha, source):
    r = ducha("evaluate", source / REFERENCE, "--as-of", "2022-06-30")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["expected"] == "1/2"
    assert doc["summary"]["indicators"] == {"below": 6, "meets": 2, "on_schedule": 2}
    indicators = [i for i in doc["items"] if i["kind"] == "indicator"]
    assert len(indicators) == 10
    for item in indicators:
        assert item["status"] == item["official_status"], item["id"]
    sources = {i["id"]: i["source"] for i in indicators}
    assert sources.pop("a1-10") == "assessed"
    assert set(sources.values()) == {"computed"}
    tasks = [i for i in doc["items"] if i["kind"] == "task"]
    assert len(tasks) >= 30


def test_evaluate_uses_the_plans_own_date_and_text_format(ducha, source):
    r = ducha("evaluate", source / REFERENCE, "--format", "text")
    assert r.returncode == 0, r.stderr
    assert "序时进度1/2(50.00%)" in r.stdout
    assert "10项指标:2项符合预期,2项符合时间节点要求,6项不达预期" in r.stdout


def test_evaluate_with_a_policy_file_records_its_version(ducha, source, tmp_path):
    policy = tmp_path / "days.json"
    policy.write_text(json.dumps({"name": "by-days", "schedule": {"basis": "days"}}))
    r = ducha("evaluate", source / REFERENCE, "--as-of", "2022-06-30", "--policy", policy)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["expected"] == "181/365"
    assert doc["policy"]["name"] == "by-days"
    assert doc["policy"]["version"].startswith("by-days@")


def test_check_official_reports_disagreements_with_exit_1(ducha, source):
    r = ducha("evaluate", source / REFERENCE, "--check-official")
    assert r.returncode == 1
    assert "differ from the official status" in r.stderr


def test_assess_the_issues_example(ducha):
    r = ducha("assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "新建30个社区健身点",
              "--target-value", "30", "--target-unit", "个", "--done", "2", "--done-unit", "个")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["status"] == "severely_lagging"
    assert doc["label"] == "严重滞后"
    assert doc["reason"] == "far_behind_pace"
    assert doc["ratio"] == "1/15"
    assert doc["ratio_pct"] == "6.67"
    assert doc["expected"] == "1/2"
    assert doc["explanation"] == "已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后"
    assert doc["sub_targets"][0]["kind"] == "cumulative"


@pytest.mark.parametrize("actual,status", [("5.2", "below"), ("12", "meets"), ("-19", "below"), ("5.5", "meets")])
def test_assess_growth_indicator(ducha, actual, status):
    r = ducha("assess", "--year", "2022", "--as-of", "2022-06-30", "--indicator",
              "--target", "全体居民人均可支配收入增长6%左右", "--target-value", "6", "--target-unit", "%",
              "--done", actual, "--done-unit", "%")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["status"] == status
    assert doc["sub_targets"][0]["kind"] == "growth"
    assert doc["sub_targets"][0]["target"]["comparator"] == "around"


def test_assess_year_total_indicator_on_schedule(ducha):
    r = ducha("assess", "--year", "2022", "--as-of", "2022-06-30", "--indicator", "--target",
              "全年优良天数达306天", "--target-value", "306", "--target-unit", "天", "--done", "158",
              "--done-unit", "天")
    assert json.loads(r.stdout)["status"] == "on_schedule"


def test_assess_unit_mismatch(ducha):
    r = ducha("assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "治理修复4万立方米污染土壤",
              "--target-value", "4", "--target-unit", "万立方米", "--done", "4260", "--done-unit", "㎡")
    doc = json.loads(r.stdout)
    assert doc["status"] == "not_assessable" and doc["reason"] == "unit_mismatch"
    assert doc["ratio"] is None


@pytest.mark.parametrize("name,needle", [
    ("malformed.json", "malformed.json:2:30: malformed JSON"),
    ("empty.json", "empty.json: empty input"),
    ("unknown_unit.json", 'unknown unit "公斤x"'),
    ("bad_date.json", 'invalid date "2022-02-30"'),
    ("huge_number.json", "1e400"),
    ("bad_decimal.json", 'invalid decimal "3.3.3"'),
])
def test_bad_plans_exit_2_with_one_clear_line(ducha, source, name, needle):
    r = ducha("evaluate", source / "tests/data/bad" / name)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("ducha: error: ")
    assert name in lines[0] and needle in lines[0]


@pytest.mark.parametrize("args,needle", [
    (["frobnicate"], 'unknown command "frobnicate"'),
    (["evaluate"], "exactly one PLAN.json"),
    (["evaluate", REFERENCE, "--as-of", "2022-02-30"], 'invalid date "2022-02-30"'),
    (["evaluate", REFERENCE, "--format", "xml"], "--format must be json, jsonl or text"),
    (["evaluate", REFERENCE, "--bogus"], "unknown option --bogus"),
    (["evaluate", "no/such/plan.json"], "no/such/plan.json: cannot open file"),
    (["assess", "--year", "2022"], "missing required option --as-of"),
    (["assess", "--year", "20x2", "--as-of", "2022-06-30"], "--year must be"),
    (["assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "x", "--target-value", "1e400",
      "--target-unit", "个"], '--target-value: invalid decimal "1e400"'),
    (["assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "x", "--target-value", "3.3.3",
      "--target-unit", "个"], '"3.3.3"'),
    (["assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "x", "--target-value", "3",
      "--target-unit", "公斤x"], 'unknown unit "公斤x"'),
    (["assess", "--year", "2022", "--as-of", "2022-06-30", "--target", "x", "--target-value", "0",
      "--target-unit", "个", "--done", "1", "--done-unit", "个", "--kind", "nonsense"], "--kind"),
])
def test_usage_and_input_errors_exit_2(ducha, source, args, needle):
    r = ducha(*args) if not (len(args) > 1 and args[1] == REFERENCE) else ducha(args[0], source / REFERENCE, *args[2:])
    assert r.returncode == 2, r.stdout
    assert needle in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_policy_names_the_key(ducha, source, tmp_path):
    policy = tmp_path / "p.json"
    policy.write_text('{"on_track": "1/3", "lagging": "2/3"}')
    r = ducha("evaluate", source / REFERENCE, "--policy", policy)
    assert r.returncode == 2
    assert "policy cumulative.lagging: must not exceed on_track" in r.stderr

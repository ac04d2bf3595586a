"""Progress history from the command line: progress add, evaluate --series, escalation presets."""
import json
import re

PLAN = "tests/data/history/shapingba-2022-synthetic.json"


def minimal_plan(tmp_path):
    plan = {"format": "ducha.plan/2", "year": 2022, "items": [
        {"id": "gym", "kind": "task", "number": 6, "text": "新建30个社区健身点",
         "sub_targets": [{"text": "新建30个社区健身点", "kind": "cumulative",
                          "target": {"value": "30", "unit": "个"}}]},
        {"id": "campus", "kind": "task", "number": 8, "text": "推动新校区建设"}]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    return path


def test_progress_add_merges_a_month_and_replaces_it_when_added_again(ducha, tmp_path):
    plan = minimal_plan(tmp_path)
    month = tmp_path / "jan.jsonl"
    month.write_text('{"item": "gym", "value": "2", "unit": "个", "text": "已建成2个"}\n'
                     '{"item": 8, "text": "正在设计", "status": "on_track", "by": "督查办"}\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-01-31")
    assert r.returncode == 0, r.stderr
    assert "2 lines, 2 items, 3 records (0 replaced), 0 problems" in r.stderr
    month.write_text('{"item": "gym", "value": "3", "unit": "个"}\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-01-31")
    assert "(1 replaced)" in r.stderr
    doc = json.loads(plan.read_text(encoding="utf-8"))
    assert doc["format"] == "ducha.plan/2" and doc["as_of"] == "2022-01-31"
    history = doc["items"][0]["sub_targets"][0]["history"]
    assert [(h["as_of"], h["value"]) for h in history] == [("2022-01-31", "3")]
    assert doc["items"][1]["history"][0]["office"]["status"] == "on_track"


def test_progress_add_reports_each_bad_line_and_merges_the_rest(ducha, tmp_path):
    plan = minimal_plan(tmp_path)
    month = tmp_path / "feb.jsonl"
    month.write_text('{"item": "gym", "value": "5", "unit": "个"}\n'
                     '{"item": "nope", "text": "x"}\n'
                     '{"item": "gym", "value": "5", "unit": "公斤"}\n'
                     'not json\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-02-28", "-o", tmp_path / "out.json")
    assert r.returncode == 1
    assert 'feb.jsonl:2: no item with id or 序号 "nope"' in r.stderr
    assert "feb.jsonl:3" in r.stderr and "fits none" in r.stderr
    assert "feb.jsonl:4" in r.stderr
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["items"][0]["sub_targets"][0]["history"][0]["value"] == "5"
    assert "history" not in json.loads(plan.read_text(encoding="utf-8"))["items"][0]["sub_targets"][0]


def test_progress_add_strict_merges_nothing_when_any_line_has_a_problem(ducha, tmp_path):
    plan = minimal_plan(tmp_path)
    before = plan.read_text(encoding="utf-8")
    month = tmp_path / "mar.jsonl"
    # A well-formed line naming an unknown item is a problem too, found while merging.
    month.write_text('{"item": "gym", "value": "5", "unit": "个"}\n{"item": "nope", "text": "x"}\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-03-31", "--strict")
    assert r.returncode == 2
    assert 'mar.jsonl:2: no item with id or 序号 "nope"' in r.stderr
    assert "1 problem(s) in" in r.stderr and "nothing merged (--strict)" in r.stderr
    assert plan.read_text(encoding="utf-8") == before
    month.write_text('{"item": "gym", "value": "5", "unit": "个"}\nnot json\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-03-31", "--strict")
    assert r.returncode == 2 and "nothing merged (--strict)" in r.stderr
    assert plan.read_text(encoding="utf-8") == before
    month.write_text('{"item": "gym", "value": "5", "unit": "个"}\n', encoding="utf-8")
    r = ducha("progress", "add", plan, month, "--as-of", "2022-03-31", "--strict")
    assert r.returncode == 0, r.stderr
    assert plan.read_text(encoding="utf-8") != before


def test_progress_add_needs_its_date(ducha, tmp_path):
    plan = minimal_plan(tmp_path)
    r = ducha("progress", "add", plan, plan)
    assert r.returncode == 2 and "--as-of" in r.stderr
    r = ducha("progress", "remove", plan, plan, "--as-of", "2022-01-31")
    assert r.returncode == 2 and "action: add" in r.stderr


def test_series_gives_each_month_with_projection_and_colours(ducha, source):
    r = ducha("evaluate", source / PLAN, "--series", "2022-01..2022-12", "--policy", "yinchuan-consecutive")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["format"] == "ducha.series/1" and len(doc["months"]) == 12
    gym = doc["items"][0]["months"]
    assert [m["status"] for m in gym][:3] == ["lagging", "lagging", "severely_lagging"]
    assert [m["escalation"]["colour"] for m in gym][:4] == ["yellow", "yellow", "red", "red"]
    assert gym[7]["sub_targets"][0]["projection"]["projected_label"] == "预计能够完成"
    assert gym[0]["sub_targets"][0]["months_ahead_1dp"] == "-0.6"
    assert gym[11]["status"] == "not_completed"


def test_evaluate_as_of_a_month_shows_its_warning_and_refuses_later_records(ducha, source):
    r = ducha("evaluate", source / PLAN, "--as-of", "2022-03-31", "--policy", "ouhai-monthly")
    assert r.returncode == 2 and "has a record dated 2022-04-30" in r.stderr and "later_records" in r.stderr
    r = ducha("evaluate", source / PLAN, "--as-of", "2022-12-31", "--policy", "suqian-deadline")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    gym = doc["items"][0]
    assert gym["escalation"] == {"colour": "red", "reason": "期限2022-12-31,已到期未完成", "months_behind": 0}
    assert gym["sub_targets"][0]["period_end_label"] == "未完成"
    assert doc["items"][1]["sub_targets"][0]["period_end_label"] == "超额完成"
    assert doc["escalation"] == "deadline"
    r = ducha("evaluate", source / PLAN, "--as-of", "2022-12-31", "--policy", "suqian-deadline", "--format", "text")
    assert r.returncode == 0, r.stderr
    assert "  预警: 红色,期限2022-12-31,已到期未完成\n" in r.stdout
    r = ducha("evaluate", source / PLAN, "--as-of", "2022-12-31", "--format", "text")
    assert "预警" not in r.stdout


def test_the_reference_summary_separates_what_was_judged(ducha, source):
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json")
    doc = json.loads(r.stdout)
    tasks = doc["honest_count"]["tasks"]
    assert tasks["total"] == 131 and tasks["rules"] + tasks["office"] + tasks["none"] == 131
    assert sum(tasks["rules_by_status"].values()) == tasks["rules"]
    assert sum(tasks["office_by_status"].values()) == tasks["office"]
    judged = {i["judged_by"] for i in doc["items"] if i["status"] == "not_assessable"}
    assert "rules" not in judged


def test_progress_add_reads_a_month_of_an_office_table(ducha, tmp_path):
    (tmp_path / "tasks.csv").write_text("序号,工作任务,目标,计量单位,责任单位\n1,新建30个社区健身点,30,个,区体育局\n"
                                        "2,推动新校区建设,,,回龙坝镇\n", encoding="utf-8")
    r = ducha("import", "table", tmp_path / "tasks.csv", "--year", "2022", "-o", tmp_path / "plan.json")
    assert r.returncode == 0, r.stderr
    month = tmp_path / "2022-01.csv"
    month.write_text("序号,完成值,计量单位,进展情况,状态,截至日期\n1,2,个,已建成2个,,2022-01-31\n"
                     "2,,,正在开展前期工作,推进较为滞后,2022-01-31\n3,1,个,,,2022-01-31\n"
                     "1,x,个,,,2022-01-31\n", encoding="gb18030")
    r = ducha("progress", "add", tmp_path / "plan.json", month, "--as-of", "2022-01-31")
    assert r.returncode == 1
    assert "2022-01.csv:row 4" in r.stderr and '"3"' in r.stderr          # no task 3
    assert "2022-01.csv:row 5 column 2" in r.stderr and '"x"' in r.stderr  # not a figure
    doc = json.loads(ducha("evaluate", tmp_path / "plan.json").stdout)
    gym, campus = doc["items"]
    assert gym["status"] == "on_track" and gym["sub_targets"][0]["actual"]["value"] == "2"  # 2/30 ≥ 2/3 × 1/12
    assert campus["judged_by"] == "office" and campus["office_status"] == "lagging"
    month.write_text("序号,完成值,计量单位,截至日期\n1,5,个,2022-02-28\n", encoding="utf-8")
    r = ducha("progress", "add", tmp_path / "plan.json", month, "--as-of", "2022-01-31")
    assert r.returncode == 1 and "not in the month of --as-of 2022-01-31" in r.stderr


def test_a_report_of_a_plan_with_history_reads_the_month(ducha, source, tmp_path):
    r = ducha("report", source / PLAN, "--as-of", "2022-06-30", "--format", "md", "--policy", "ouhai-monthly")
    assert r.returncode == 2 and "later_records" in r.stderr
    policy = tmp_path / "p.json"
    policy.write_text('{"name": "ignore-later", "later_records": "ignore"}', encoding="utf-8")
    r = ducha("report", source / PLAN, "--as-of", "2022-06-30", "--format", "md", "--policy", policy)
    assert r.returncode == 0, r.stderr
    assert "进展情况为空" not in r.stdout
    assert "(合成)已建成8个社区健身点" in r.stdout or "8个" in r.stdout


def test_the_text_output_separates_what_was_judged(ducha, source):
    r = ducha("evaluate", source / "examples/shapingba-2022h1/plan.json", "--format", "text")
    line = next(l for l in r.stdout.splitlines() if "项重点工作任务中" in l)
    m = re.match(r"(\d+)项重点工作任务中,按量化目标评估(\d+)项:(.*);(\d+)项无量化目标,待人工评估\(其中(.*)\)$", line)
    assert m, line
    total, rules, parts, unjudged, office = m.groups()
    assert int(rules) + int(unjudged) == int(total) == 131
    assert sum(int(n) for n in re.findall(r"(\d+)项", parts)) == int(rules)
    assert sum(int(n) for n in re.findall(r"(\d+)项", office)) <= int(unjudged)
    assert office.startswith("督查办判断")

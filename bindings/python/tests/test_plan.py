import json
import threading
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

import ducha


def test_reference_plan_indicators_match_the_report(reference_plan_path):
    with ducha.Plan.load(reference_plan_path) as plan:
        assert len(plan) == 141  # 10 indicators, 131 tasks
        with plan.evaluate(as_of=date(2022, 6, 30)) as ev:
            indicators = [r for r in ev.items if r.id.startswith("a1-")]
            assert [r.status for r in indicators].count("meets") == 2
            assert [r.status for r in indicators].count("below") == 6
            assert [r.status for r in indicators].count("on_schedule") == 2
            assert all(r.agrees_with_official for r in indicators)
            assessed = [r.id for r in indicators if r.assessed]
            assert assessed == ["a1-10"]
            assert "10项指标:2项符合预期,2项符合时间节点要求,6项不达预期" in ev.render("text")
            assert json.loads(ev.render("json"))["format"] == "ducha.evaluation/1"
            assert "131项重点工作任务中" in ev.render("summary")
            assert ev.render("html").startswith("<!DOCTYPE html>")
            with pytest.raises(ducha.InvalidArgumentError, match="pdf"):
                ev.render("pdf")
            doc = ev.as_dict()
            assert doc["summary"]["indicators"] == {"below": 6, "meets": 2, "on_schedule": 2}


def test_plan_defaults_to_its_own_date_and_round_trips(reference_plan_path, tmp_path):
    plan = ducha.Plan.load(str(reference_plan_path))
    ev = plan.evaluate()
    assert ev.item(0).expected == Fraction(1, 2)
    again = ducha.Plan.from_json(plan.to_json())
    assert again.to_json() == plan.to_json()
    out = tmp_path / "plan.json"
    plan.save(out)
    assert ducha.Plan.load(out).to_json() == plan.to_json()
    plan.close()
    plan.close()  # closing twice is harmless


def test_building_a_plan_call_by_call():
    plan = ducha.Plan.create("示例", 2022)
    plan.set_as_of(date(2022, 6, 30))
    plan.add_unit("sports", "区体育局", aliases=["区体育局(区足球办)"])
    i = plan.add_item("a2-6", "task", "新建3个社区体育公园、30个社区健身点", lead=["区体育局(区足球办)"],
                      progress_text="已建成2个社区健身点", official_status="lagging",
                      override=("on_track", "器材招标已启动", "督查办"))
    plan.add_sub_target(i, "cumulative", ("3", "个"), text="新建3个社区体育公园",
                        progress={"value": "1", "unit": "个", "text": "已建成1个"})
    plan.add_sub_target(i, "cumulative", (30, "个"), text="新建30个社区健身点",
                        progress={"value": Decimal("2"), "unit": "个", "text": "已建成2个"})
    j = plan.add_item("a1-10", "indicator", "节能减排降碳完成年度目标任务",
                      assessment=("on_schedule", "预计能够完成年度目标任务", None))
    plan.add_sub_target(j, "qualitative", progress={"text": "预计能够完成年度目标任务。"})
    ev = plan.evaluate()
    task = ev.item(0)
    assert task.status == "severely_lagging"
    assert task.official_status == "lagging" and task.agrees_with_official is True
    assert [s.status for s in task.sub_targets] == ["on_track", "severely_lagging"]
    worst = task.sub_targets[1]
    assert worst.ratio == Fraction(1, 15)
    assert worst.ratio_pct == Decimal("6.67")
    assert worst.gap_pp == Decimal("-43.33")
    assert worst.explanation == "已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后"
    indicator = ev.item(1)
    assert indicator.status == "on_schedule" and indicator.assessed
    assert json.loads(plan.to_json())["items"][0]["override"]["reason"] == "器材招标已启动"


def test_plan_errors():
    with pytest.raises(ducha.DuchaIOError, match="no/such"):
        ducha.Plan.load("/no/such/plan.json")
    with pytest.raises(ducha.ParseError, match="1:2"):
        ducha.Plan.from_json("{")
    with pytest.raises(ducha.InvalidArgumentError):
        ducha.Plan.create("x", 20222)
    plan = ducha.Plan.create("x", 2022)
    with pytest.raises(ducha.InvalidDateError):
        plan.set_as_of("2022-02-30")
    with pytest.raises(ValueError):
        plan.add_item("a", "project", "t")
    i = plan.add_item("a", "task", "t")
    with pytest.raises(ducha.InvalidArgumentError, match="duplicate"):
        plan.add_item("a", "task", "t")
    with pytest.raises(ducha.NotFoundError):
        plan.add_sub_target(5, "cumulative", ("1", "个"))
    with pytest.raises(ducha.InvalidArgumentError, match="needs target"):
        plan.add_sub_target(i, "cumulative")
    with pytest.raises(ducha.UnknownUnitError):
        plan.add_sub_target(i, "cumulative", ("1", "公斤x"))
    with pytest.raises(ducha.InvalidArgumentError):
        plan.add_item("b", "indicator", "t", official_status="lagging")
    with pytest.raises(ducha.InvalidArgumentError, match="as_of"):
        plan.evaluate()
    with pytest.raises(TypeError):
        plan.evaluate(as_of=20220630)
    plan.close()
    with pytest.raises(ducha.InvalidArgumentError, match="plan is NULL"):
        len(plan)


def test_policies():
    p = ducha.Policy()
    assert p.version.startswith("reference@")
    q = ducha.Policy.from_dict({"name": "by-days", "schedule": {"basis": "days"}}, 2022)
    assert q.version.startswith("by-days@")
    assert json.loads(q.to_json())["schedule"]["basis"] == "days"
    strict = ducha.Policy.from_dict({"on_track": "1", "lagging": "1/2"}, 2022)
    assert strict.version != p.version
    with pytest.raises(ducha.InvalidArgumentError, match="lagging"):
        ducha.Policy.from_dict({"on_track": "1/3", "lagging": "2/3"}, 2022)
    with pytest.raises(ducha.DuchaIOError):
        ducha.Policy.load("/no/such/policy.json", 2022)
    with pytest.raises(ducha.InvalidArgumentError):
        ducha.Policy.from_json("{}", 0)


def test_policy_changes_the_evaluation(reference_plan_path, tmp_path):
    path = tmp_path / "days.json"
    path.write_text('{"name": "by-days", "schedule": {"basis": "days"}}')
    with ducha.Policy.load(path, 2022) as policy, ducha.Plan.load(reference_plan_path) as plan:
        ev = plan.evaluate(as_of="2022-06-30", policy=policy)
        assert ev.item(0).expected == Fraction(181, 365)
        assert ev.as_dict()["policy"]["name"] == "by-days"


def test_an_evaluation_reads_from_many_threads(reference_plan_path):
    ev = ducha.Plan.load(reference_plan_path).evaluate()
    expected = [r.status for r in ev.items]
    seen, errors = [], []

    def read():
        try:
            for _ in range(5):
                seen.append([r.status for r in ev.items])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(s == expected for s in seen) and len(seen) == 20

import json
import os
import subprocess
from datetime import date
from fractions import Fraction

import pytest

import ducha

LINES = ["截至6月30日,累计完成违法建筑拆除33.31万平方米。", "拆除150万平方米违法建筑,城市生活垃圾回收利用率达40%",
         "１，０５０元 百分之八十七点五 两千三百 一万二 壹贰叁", "1-6月,一般公共预算收入增长-19%(扣除留抵退税因素后增长-15.6%)",
         "截至630日", "", "3/5 1 3/5 2^5 40k 七五折 九成 5‰ 387万亩 一吨半"]


def test_extract():
    d = ducha.extract("截至6月30日,累计完成违法建筑拆除33.31万平方米。", year=2022)
    assert d["quantities"][0]["value"] == "333100" and d["quantities"][0]["unit"] == "平方米"
    assert d["dates"][0]["from"] == "2022-06-30"
    assert ducha.extract("")["numbers"] == []
    with pytest.raises(ducha.InvalidArgumentError):
        ducha.extract("1", year=99)
    with pytest.raises(TypeError):
        ducha.extract(b"30")


def test_extract_gives_the_same_answers_as_the_command_line():
    binary = os.environ.get("DUCHA_BIN")
    if not binary:
        pytest.fail("DUCHA_BIN is not set; run through ctest")
    r = subprocess.run([binary, "extract", "--year", "2022"], input="\n".join(LINES) + "\n",
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0
    cli = [json.loads(l) for l in r.stdout.splitlines()]
    assert cli == [ducha.extract(l, year=2022) for l in LINES]


def test_assess_from_sentences():
    r = ducha.assess(target="新建3个社区体育公园、30个社区健身点",
                     progress="新建3个社区体育公园:已建成1个。\n新建30个社区健身点:已建成2个社区健身点。",
                     as_of=date(2022, 6, 30))
    assert isinstance(r, ducha.TextAssessment)
    assert r.status == "severely_lagging" and r.expected == Fraction(1, 2)
    assert [s["actual"]["value"] for s in r.sub_targets] == ["1", "2"]
    g = ducha.assess(target="地区生产总值增长5.5%左右", progress="1-6月,地区生产总值增长4.4%", as_of="2022-06-30",
                     indicator=True)
    assert g.status == "below"
    assert ducha.assess(target="引进3支创投基金", as_of="2022-06-30").status == "no_progress"
    with pytest.raises(ducha.InvalidArgumentError):
        ducha.assess(target="", progress="x", as_of="2022-06-30")
    with pytest.raises(ducha.InvalidDateError):
        ducha.assess(target="新建30个", progress="x", as_of="2022-13-01")
    with pytest.raises(TypeError):
        ducha.assess(target=("30", "个"), progress="已建成2个", as_of="2022-06-30")


def test_verb_groups_per_policy():
    # 建成 ⇐ 完工/投用 under the reference policy; an office that counts only 竣工 sees no school built.
    target, progress = "建成3所中小学", "甲小学已完工投用,其余2所主体施工中"
    r = ducha.assess(target=target, progress=progress, as_of="2024-06-30")
    assert r.status == "on_track" and r.sub_targets[0]["ratio"] == "1/3"
    strict = ducha.Policy.from_dict({"name": "strict-built", "verb_groups": {"build": ["新建", "建成", "竣工", "投运"]}},
                                    2024)
    s = ducha.assess(target=target, progress=progress, as_of="2024-06-30", policy=strict)
    assert s.status == "not_assessable" and s.sub_targets[0]["actual"] is None
    assert s.sub_targets[0]["other_stages"] == [{"stage": "construction", "value": "2", "unit": "所",
                                                 "text": "其余2所主体施工中"}]
    with pytest.raises(ducha.InvalidArgumentError, match=r"verb_groups\.build\[1\]: \"建成\" is listed twice"):
        ducha.Policy.from_dict({"verb_groups": {"build": ["建成", "建成"]}}, 2024)


def test_check_rules():
    points = ducha.Policy.from_dict({"name": "points", "cumulative": {"mode": "points", "on_track": "10", "lagging": "30"},
                                     "labels": {"lagging": "黄灯"}}, 2022)
    text = ("进口整车5000辆以上 | 1-6月,铁路口岸完成整车进口1589辆 | 2022-06-30 => lagging label=黄灯\n"
            "进口整车5000辆以上 | 1-6月,铁路口岸完成整车进口1589辆 | 2022-06-30 => on_track\n")
    results = ducha.check_rules(points, text)
    assert [r.passed for r in results] == [True, False]
    assert results[0].ratio == Fraction(1589, 5000) and results[0].label == "黄灯"
    assert results[1].differences == ["status: expected on_track, got lagging"]
    as_dicts = ducha.check_rules(None, [{"target": "新建30个社区健身点", "progress": "已建成2个", "as_of": date(2022, 6, 30),
                                         "expect": {"status": "severely_lagging", "ratio": "1/15"}}])
    assert as_dicts[0].passed and as_dicts[0].name == "cases[0]"
    with pytest.raises(ducha.ParseError):
        ducha.check_rules(None, "no arrow\n")


def test_limits_are_read_set_and_restored():
    defaults = ducha.Limits.defaults()
    assert defaults.text_bytes == 16384 and defaults.clause_bytes == 2048 and defaults.items == 100000
    assert ducha.limits() == defaults
    previous = ducha.set_limits(text_bytes=26, clause_bytes=34)
    try:
        assert previous == defaults
        assert ducha.limits().text_bytes == 26
        with pytest.raises(ducha.OutOfRangeError, match="progress: text of 50 bytes, over the limit text-bytes = 26"):
            ducha.assess(target="新建30个社区健身点", progress="已建成2个，累计已建成3个社区健身点", as_of=date(2022, 6, 30))
        ducha.set_limits(text_bytes=50)
        r = ducha.assess(target="新建30个社区健身点", progress="已建成2个，累计已建成3个社区健身点", as_of=date(2022, 6, 30))
        assert r.status == "severely_lagging"
        with pytest.raises(ducha.OutOfRangeError, match="over the limit line-bytes = 10"):
            ducha.set_limits(line_bytes=10)
            ducha.extract("新建30个社区健身点")
    finally:
        ducha.set_limits(defaults)
    assert ducha.limits() == defaults


def test_a_calls_limits_hold_it_whatever_the_process_wide_ones_are():
    import dataclasses
    defaults = ducha.Limits.defaults()
    tight = dataclasses.replace(defaults, text_bytes=26, line_bytes=10, input_bytes=8)
    target, progress = "新建30个社区健身点", "已建成2个，累计已建成3个社区健身点"
    with pytest.raises(ducha.OutOfRangeError, match="over the limit text-bytes = 26"):
        ducha.assess(target=target, progress=progress, as_of=date(2022, 6, 30), limits=tight)
    with pytest.raises(ducha.OutOfRangeError, match="over the limit line-bytes = 10"):
        ducha.extract(target, limits=tight)
    with pytest.raises(ducha.OutOfRangeError, match="input-bytes = 8"):
        ducha.Plan.from_json('{"format": "ducha.plan/1", "name": "x", "year": 2022, "items": []}', limits=tight)
    with pytest.raises(ducha.OutOfRangeError, match="input-bytes = 8"):
        ducha.Policy.from_dict({"format": "ducha.policy/1"}, 2022, limits=tight)
    with pytest.raises(ducha.OutOfRangeError, match="input-bytes = 8"):
        ducha.check_rules(None, "x | y | 2022-06-30 => completed\n", limits=tight)
    ducha.set_limits(tight)
    try:
        wide = dataclasses.replace(defaults, text_bytes=1 << 20)
        r = ducha.assess(target=target, progress=progress, as_of=date(2022, 6, 30), limits=wide)
        assert r.status == "severely_lagging"
        with pytest.raises(ducha.OutOfRangeError):  # limits=None: the process-wide ones
            ducha.assess(target=target, progress=progress, as_of=date(2022, 6, 30))
    finally:
        ducha.set_limits(defaults)
    with pytest.raises(ValueError, match="limits: items = 0 is outside"):
        ducha.extract(target, limits=dataclasses.replace(defaults, items=0))
    with pytest.raises(TypeError, match="limits: expected a ducha.Limits, not dict"):
        ducha.extract(target, limits={"items": 1})

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

import ducha

MID_YEAR = date(2022, 6, 30)


@pytest.mark.parametrize("target,done,status", [
    (("30", "个"), ("2", "个"), "severely_lagging"),
    (("150", "万平方米"), ("33.31", "万平方米"), "lagging"),
    (("5000", "辆"), ("1589", "辆"), "lagging"),
    (("3", "家"), ("1", "家"), "on_track"),
    (("2", "万户"), ("18506", "户"), "on_track"),
    (("5000", "个"), ("5046", "个"), "completed"),
])
def test_reference_report_cumulative_cases(target, done, status):
    assert ducha.assess(target=target, done=done, as_of=MID_YEAR).status == status


@pytest.mark.parametrize("actual,status", [("5.2", "below"), ("12", "meets"), ("-19", "below"), ("5.5", "meets")])
def test_growth_indicators_infer_kind_and_comparator(actual, status):
    r = ducha.assess(target=("6", "%"), done=(actual, "%"), as_of=MID_YEAR, indicator=True,
                     text="全体居民人均可支配收入增长6%左右")
    assert (r.kind, r.comparator, r.status) == ("growth", "around", status)


def test_explicit_kind_comparator_policy_and_dates():
    r = ducha.assess(target=("2000", "亿元"), done=("2000", "亿元"), as_of="2022-06-30", comparator="exceed")
    assert r.status == "on_track"
    r = ducha.assess(target=("10", "万平方米"), done=("0.75", "万平方米"), as_of=MID_YEAR)
    assert r.expected == Fraction(1, 2)
    strict = ducha.Policy.from_dict({"on_track": "1", "lagging": "1/2"}, 2022)
    assert ducha.assess(target=("3", "家"), done=("1", "家"), as_of=MID_YEAR, policy=strict).status == "lagging"
    r = ducha.assess(target=("306", "天"), done=("158", "天"), as_of=MID_YEAR, indicator=True)
    assert r.status == "on_schedule"
    r = ducha.assess(target=("4500", "班"), done=("2347", "列"), as_of=MID_YEAR, estimated=True)
    assert r.status == "on_track" and r.ratio_pct == Decimal("52.16")


def test_missing_figures_and_mismatches():
    assert ducha.assess(target=("3", "支"), as_of=MID_YEAR).status == "no_progress"
    r = ducha.assess(target=("3", "支"), as_of=MID_YEAR, progress_text="正在对接基金管理人")
    assert (r.status, r.reason) == ("not_assessable", "no_figure")
    r = ducha.assess(target=("4", "万立方米"), done=("4260", "㎡"), as_of=MID_YEAR)
    assert (r.status, r.reason, r.ratio) == ("not_assessable", "unit_mismatch", None)


def test_assess_errors():
    with pytest.raises(TypeError, match="sentence or a"):
        ducha.assess(target=["30", "个"], as_of=MID_YEAR)
    with pytest.raises(TypeError, match="not exact"):
        ducha.assess(target=(30.0, "个"), as_of=MID_YEAR)
    with pytest.raises(ducha.UnknownUnitError):
        ducha.assess(target=("30", "公斤x"), as_of=MID_YEAR)
    with pytest.raises(ducha.InvalidDateError):
        ducha.assess(target=("30", "个"), as_of="2022-02-30")
    with pytest.raises(ValueError, match="not a date"):
        ducha.assess(target=("30", "个"), as_of="June")
    with pytest.raises(ValueError):
        ducha.assess(target=("30", "个"), as_of=MID_YEAR, kind="total")


def test_batch():
    rows = [
        {"target": ("30", "个"), "done": ("2", "个")},
        {"target": ("150", "万平方米"), "done": ("33.31", "万平方米")},
        {"target": ("6", "%"), "done": ("5.2", "%"), "kind": "growth", "comparator": "around", "indicator": True},
        {"target": ("30", "公斤x"), "done": ("2", "个")},
        {"target": ("3", "支")},
    ]
    out = ducha.batch(rows, as_of=MID_YEAR)
    assert [r.status for r in out] == ["severely_lagging", "lagging", "below", "not_assessable", "no_progress"]
    assert out[0].ratio == Fraction(1, 15)  # 2/30, exact
    assert out[1].ratio == Fraction(3331, 15000)
    assert out[2].ratio is None
    assert out[3].error == "UnknownUnitError" and out[3].reason is None
    assert ducha.batch([], as_of=MID_YEAR) == []
    with pytest.raises(ducha.InvalidDateError):
        ducha.batch(rows, as_of="2022-13-01")
    with pytest.raises(ValueError):
        ducha.batch([{"target": ("1", "个"), "kind": "nope"}], as_of=MID_YEAR)

"""ducha.evaluate_columns: the columnar batch gives what the row-by-row call gives,
exactly, with bad rows reported on their own."""
from decimal import Decimal
from fractions import Fraction

import pytest

import ducha

ROWS = [("30", "个", "2", "个", "cumulative", "reach"),
        ("6", "%", "5.2", "%", "growth", "around"),
        ("4", "万立方米", "4260", "平方米", "cumulative", "reach"),
        ("550", "个", None, "个", "cumulative", "at_least"),
        ("3.3.3", "个", "1", "个", "cumulative", "reach"),
        ("10", "公斤x", "1", "个", "cumulative", "reach")]


def columns():
    return [list(c) for c in zip(*ROWS)]


def test_columns_match_the_row_by_row_call():
    tv, tu, dv, du, kinds, cmps = columns()
    r = ducha.evaluate_columns(tv, tu, dv, du, kinds=kinds, comparators=cmps, as_of="2022-06-30")
    rows = [{"target": (t, u), "done": None if d is None else (d, e), "kind": k, "comparator": c}
            for t, u, d, e, k, c in ROWS]
    expected = ducha.batch(rows, as_of="2022-06-30")
    assert len(r) == len(ROWS)
    for i, b in enumerate(expected):
        assert r.status(i) == b.status, i
        assert (r.error(i) is None) == (b.error is None), i
    assert r.status(0) is ducha.Status.SEVERELY_LAGGING and r.ratio(0) == Fraction(1, 15)
    assert r.reason(2) is ducha.Reason.UNIT_MISMATCH and r.ratio(2) is None
    assert r.status(3) is ducha.Status.NO_PROGRESS
    assert r.error(4) == "ParseError" and r.error(5) == "UnknownUnitError"
    assert r[0] == {"status": "severely_lagging", "reason": "far_behind_pace", "ratio": Fraction(1, 15), "error": None}
    assert r[-1]["error"] == "UnknownUnitError"


def test_results_as_records_and_pandas():
    tv, tu, dv, du, kinds, cmps = columns()
    r = ducha.evaluate_columns(tv, tu, dv, du, kinds=kinds, comparators=cmps, as_of="2022-06-30")
    records = r.records()
    assert records[0] == {"status": "severely_lagging", "reason": "far_behind_pace", "ratio": "1/15", "error": None}
    pytest.importorskip("pandas", reason="to_pandas needs pandas (Debian python3-pandas)")
    df = r.to_pandas()
    assert list(df["status"].astype(str)) == [r.status(i).value for i in range(len(r))]
    assert list(df["status"].astype(str))[:4] == ["severely_lagging", "lagging", "not_assessable", "no_progress"]
    assert (df["ratio_numerator"][0], df["ratio_denominator"][0]) == (1, 15)


def test_exact_values_only_and_one_value_for_all_rows():
    with pytest.raises(TypeError, match="not exact"):
        ducha.evaluate_columns([30.0], ["个"], as_of="2022-06-30")
    r = ducha.evaluate_columns([Decimal("30"), 30], ["个", "个"], ["15", Decimal("30")], ["个", "个"],
                               kinds="cumulative", comparators=ducha.Comparator.REACH, indicator=True,
                               as_of="2022-06-30")
    assert [r.status(i) for i in range(2)] == [ducha.Status.ON_SCHEDULE, ducha.Status.MEETS]


def test_bad_arguments_fail_the_call():
    with pytest.raises(ValueError, match="rows"):
        ducha.evaluate_columns(["1", "2"], ["个"], as_of="2022-06-30")
    with pytest.raises(ValueError, match="not a Kind"):
        ducha.evaluate_columns(["1"], ["个"], kinds=["fast"], as_of="2022-06-30")
    with pytest.raises(ducha.InvalidDateError):
        ducha.evaluate_columns(["1"], ["个"], as_of="2022-02-30")
    assert len(ducha.evaluate_columns([], [], as_of="2022-06-30")) == 0

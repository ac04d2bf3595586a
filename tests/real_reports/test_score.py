"""The scorer's own rules: figure matching, rates, wrong figures and status agreement."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import score  # noqa: E402


def pair(expected, doc_status=None):
    return {"id": "t#1", "expected": expected, "doc_status": doc_status}


def sub(target=None, actual=None, ratio=None, status="on_track", comparator="reach"):
    s = {"status": status, "text": "t", "ratio": ratio}
    if target:
        s["target"] = {"value": target[0], "unit": target[1], "comparator": comparator}
    s["actual"] = {"value": actual[0], "unit": actual[1]} if actual else None
    return s


def E(t=None, a=None, rate=None):
    f = lambda x: None if x is None else ({"min": x[0], "max": x[1], "unit": x[2]} if len(x) == 3 else {"value": x[0], "unit": x[1]})
    return {"target": f(t), "actual": f(a), "rate": rate}


def test_scaled_units_compare_as_quantities():
    o = score.judge_pair(pair([E(("1100", "万人"), ("1361", "万人"))]),
                         {"status": "meets", "sub_targets": [sub(("11000000", "人"), ("13610000", "人"))]})
    assert (o["targets_read"], o["actuals_read"], o["wrong"]) == (1, 1, [])


def test_other_unit_family_is_a_wrong_figure():
    o = score.judge_pair(pair([E(("4.3", "%"), ("3.57", "%"))]),
                         {"status": "not_assessable", "sub_targets": [sub(("4.3", "个"), status="not_assessable")]})
    assert o["targets_read"] == 0 and [w[0] for w in o["wrong"]] == ["target"]


def test_range_is_read_by_either_end_and_a_minus_sign_is_wrong():
    o = score.judge_pair(pair([E(("6.5", "7", "%"), ("6.7", "%"))]),
                         {"status": "meets", "sub_targets": [sub(("6.5", "%"), ("6.7", "%")), sub(("-7", "%"))]})
    assert o["targets_read"] == 1 and o["actuals_read"] == 1
    assert [(w[0], w[2]) for w in o["wrong"]] == [("target", "-7%")]


def test_stated_rate_is_read_from_the_exact_ratio_rounded_half_up():
    o = score.judge_pair(pair([E(("15", "个"), None, "53")]),
                         {"status": "on_track", "sub_targets": [sub(("15", "个"), ("8", "个"), ratio="8/15")]})
    assert o["actuals_read"] == 1
    assert score.rate_matches("66.67", {"ratio": "2/3"}) and not score.rate_matches("66.6", {"ratio": "2/3"})


def test_an_actual_judged_against_the_label_is_wrong_but_not_when_unassessed():
    wrong = score.judge_pair(pair([E(("27800", "人"), ("52242", "人"), "187.9")]),
                             {"status": "lagging", "sub_targets": [sub(("27800", "人"), ("187.9", "个"), status="lagging")]})
    assert [w[0] for w in wrong["wrong"]] == ["actual"] and wrong["actuals_read"] == 0
    unassessed = score.judge_pair(pair([E(("27800", "人"), ("52242", "人"))]),
                                  {"status": "not_assessable", "sub_targets": [sub(("27800", "人"), ("90", "%"), status="not_assessable")]})
    assert unassessed["wrong"] == [] and unassessed["actuals_read"] == 0


def test_not_assessable_never_agrees_and_gets_a_reason():
    o = score.judge_pair(pair([E(("2", "个"), ("1", "个"))], "超额完成"),
                         {"status": "not_assessable", "sub_targets": [sub(("2", "个"), status="not_assessable")]})
    assert o["doc_code"] == "completed" and o["agrees"] is False
    assert o["reason"] == "misread: actual not read"


def test_agreement_uses_the_accept_sets():
    o = score.judge_pair(pair([E(("7", "%"), ("6.1", "%"))], "未达到序时进度"),
                         {"status": "below", "sub_targets": [sub(("7", "%"), ("6.1", "%"), status="below")]})
    assert o["agrees"] is True


def test_every_status_word_has_an_accept_set():
    assert set(score.STATUS_TABLE.values()) <= set(score.STATUS_ACCEPT)


def test_a_range_in_ducha_output_matches_by_its_ends():
    sub = {"status": "meets", "text": "t", "ratio": None, "actual": {"value": "6.1", "unit": "%"},
           "target": {"low": "6", "high": "6.5", "unit": "%", "comparator": "between"}}
    o = score.judge_pair(pair([E(("6", "6.5", "%"), ("6.1", "%"))]), {"status": "meets", "sub_targets": [sub]})
    assert (o["targets_read"], o["actuals_read"], o["wrong"]) == (1, 1, [])


def test_full_coverage_as_the_actual_is_read_as_a_hundred_percent():
    full = {"target": {"full": True}, "actual": {"full": True}, "rate": None}
    o = score.judge_pair(pair([full]), {"status": "completed", "sub_targets": [
        sub(("100", "%"), ("100", "%"), status="completed", comparator="full")]})
    assert (o["targets_read"], o["actuals_read"], o["wrong"]) == (1, 1, [])
    short = score.judge_pair(pair([full]), {"status": "below", "sub_targets": [
        sub(("100", "%"), ("95", "%"), status="below", comparator="full")]})
    assert short["actuals_read"] == 0 and [w[0] for w in short["wrong"]] == ["actual"]

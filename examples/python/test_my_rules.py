"""How a supervision office unit-tests its own target rules with pytest.

Write the office's policy down, then one case per rule and boundary, taken from real
reports. When someone changes a threshold, these tests say which judgements move.

    DUCHA_LIBRARY=build/dev/capi/libducha.so.1 python3 -m pytest examples/python/test_my_rules.py
"""
from datetime import date

import pytest

import ducha

# Our office: 2/3 of 序时进度 is on track, 1/3 lagging, 左右 means within half a point.
OUR_POLICY = {"name": "shapingba-office", "schedule": {"basis": "months"},
              "on_track": "2/3", "lagging": "1/3", "around_tolerance": "0.5"}
MID_YEAR = date(2022, 6, 30)


@pytest.fixture(scope="module")
def policy():
    with ducha.Policy.from_dict(OUR_POLICY, 2022) as p:
        yield p


@pytest.mark.parametrize("text,target,done,expected", [
    ("新建30个社区健身点", ("30", "个"), ("2", "个"), "severely_lagging"),
    ("拆除150万平方米违法建筑", ("150", "万平方米"), ("33.31", "万平方米"), "lagging"),
    ("进口整车5000辆以上", ("5000", "辆"), ("1589", "辆"), "lagging"),
    ("完成3家企业绿色节能化改造", ("3", "家"), ("1", "家"), "on_track"),  # exactly 2/3 of 序时: on track
    ("新增市场主体2万户", ("2", "万户"), ("18506", "户"), "on_track"),
    ("新增5000个公共停车位", ("5000", "个"), ("5046", "个"), "completed"),
])
def test_cumulative_tasks_at_mid_year(policy, text, target, done, expected):
    assert ducha.assess(text=text, target=target, done=done, as_of=MID_YEAR, policy=policy).status == expected


@pytest.mark.parametrize("actual,expected", [("5.5", "meets"), ("5.49", "below"), ("12", "meets")])
def test_around_means_half_a_point(policy, actual, expected):
    r = ducha.assess(text="全体居民人均可支配收入增长6%左右", target=("6", "%"), done=(actual, "%"),
                     as_of=MID_YEAR, indicator=True, policy=policy)
    assert r.status == expected


def test_a_figure_in_another_unit_is_never_converted(policy):
    r = ducha.assess(text="治理修复4万立方米污染土壤", target=("4", "万立方米"), done=("4260", "㎡"),
                     as_of=MID_YEAR, policy=policy)
    assert (r.status, r.reason) == ("not_assessable", "unit_mismatch")


def test_our_policy_is_the_one_we_reviewed(policy):
    # Pin the fingerprint: a changed threshold must be a deliberate, reviewed change.
    assert policy.version.startswith("shapingba-office@")
    assert policy.version == ducha.Policy.from_dict(OUR_POLICY, 2022).version

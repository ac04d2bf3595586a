"""Every indicator and every task of the reference report with a figure in its target:
its sentences parsed into sub-targets and matched to the progress figure, against
values written by hand in tests/data/reference_sentences.jsonl."""
import json
from decimal import Decimal

import pytest

from conftest import SOURCE

CASES = [json.loads(l) for l in (SOURCE / "tests/data/reference_sentences.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def results(ducha):
    lines = [json.dumps({"target": c["target"], "progress": c["progress"], "year": 2022, "as_of": "2022-06-30",
                         "item": c["item"]}, ensure_ascii=False) for c in CASES]
    r = ducha("assess", "--jsonl", stdin="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert len(out) == len(CASES)
    return {c["id"]: o for c, o in zip(CASES, out)}


def same(a, b):
    return Decimal(a) == Decimal(b)


def find(sub_targets, expected):
    """The parsed sub-target for an expected one: same figure, the clause most alike."""
    def prefix(a, b):
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n
    cands = [s for s in sub_targets if s["target"] and same(s["target"]["value"], expected["value"])
             and (expected["unit"] is None or s["target"]["unit"] == expected["unit"])]
    cands.sort(key=lambda s: (-prefix(s["text"], expected["clause"]), -len(set(s["text"]) & set(expected["clause"]))))
    return cands[0] if cands else None


def test_the_data_covers_the_report():
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c["item"] == "indicator") == 9  # 节能减排降碳 has no figure
    assert sum(len(c["expected"]) for c in CASES) >= 75


@pytest.mark.parametrize("case", [c for c in CASES if "unsupported" not in c], ids=lambda c: c["id"])
def test_sub_targets_and_their_figures(results, case):
    subs = results[case["id"]]["sub_targets"]
    for e in case["expected"]:
        got = find(subs, e)
        assert got is not None, f"{e['clause']}: not parsed from {case['target']!r}; got {[s['text'] for s in subs]}"
        assert got["kind"] == e["kind"], e["clause"]
        assert got["target"]["comparator"] == e["comparator"], e["clause"]
        # A bare figure (农村改厕1220) takes its unit from the progress figure it matches.
        assert (e["unit"] is None) == got.get("target_unit_inferred", False), e["clause"]
        if e["actual"] is None:
            assert got["actual"] is None, f"{e['clause']}: picked {got['actual']} ({got.get('match_reason')})"
        else:
            assert got["actual"] is not None, f"{e['clause']}: no figure matched ({got.get('match_reason')})"
            assert same(got["actual"]["value"], e["actual"]["value"]), (e["clause"], got["actual"], got.get("match_reason"))
            assert got["actual"]["unit"] == e["actual"]["unit"], (e["clause"], got["actual"])


@pytest.mark.parametrize("case", [c for c in CASES if "unsupported" in c], ids=lambda c: c["id"])
def test_cases_not_handled_yet_never_give_a_wrong_figure(results, case):
    """What the parser cannot read yet (the reason is in the data): it must say so, not guess."""
    print(f"{case['id']}: not handled yet: {case['unsupported']}")
    subs = results[case["id"]]["sub_targets"]
    for e in case["expected"]:
        got = find(subs, e)
        if got is None:
            continue  # the figure is not read at all: no wrong figure either
        assert got["actual"] is None or same(got["actual"]["value"], e["actual"]["value"])

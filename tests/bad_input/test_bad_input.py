"""Every case of tests/data/bad-input/cases.tsv: the outcome (exit status, C
status or Python exception) is exactly the table's, and the message contains
the table's message. Each case runs under a 120 s watchdog (never a timing check)."""
import pytest

from bad_input import read_table, run

CASES = read_table()


def test_the_catalogue_is_large_and_names_are_unique():
    assert len(CASES) >= 150
    assert len({c["name"] for c in CASES}) == len(CASES)
    for surface in ("cli", "capi", "python"):
        assert any(c["surface"] == surface for c in CASES), surface


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    outcome, message = run(case["surface"], case["call"])
    assert outcome == case["outcome"], message
    assert case["message"] in message
    assert len(message) < 2000, "a message never repeats a whole input"

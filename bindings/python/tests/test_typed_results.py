"""Typed results: enums, the item's text and kind, each sub-target's figures as Decimal."""
import csv
import io
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import ducha

PLAN = Path(os.environ.get("DUCHA_SOURCE_DIR", Path(__file__).resolve().parents[3])) / "examples/shapingba-2022h1/plan.json"


def test_results_carry_text_kind_units_and_exact_figures():
    with ducha.Plan.load(PLAN).evaluate(as_of="2022-06-30") as ev:
        items = list(ev)
        assert len(items) == len(ev) and ev[-1] == items[-1]
        with_figures = [(it, s) for it in items for s in it.sub_targets if s.actual is not None]
        it, s = with_figures[0]
        assert isinstance(it.status, ducha.Status) and isinstance(it.reason, ducha.Reason)
        assert it.kind in (ducha.ItemKind.INDICATOR, ducha.ItemKind.TASK) and it.text
        assert isinstance(s.target, Decimal) and isinstance(s.actual, Decimal) and s.target_unit and s.actual_unit
        assert isinstance(s.kind, ducha.Kind) and isinstance(s.comparator, ducha.Comparator)
        if s.ratio is not None:
            assert isinstance(s.ratio, Fraction)
        records = ev.records()
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)
        assert out.getvalue().count("\n") == len(records) + 1
        pd = pytest.importorskip("pandas", reason="to_pandas needs pandas (Debian python3-pandas)")
        df = ev.to_pandas()
        assert len(df) == len(records)
        assert set(df["status"].dropna().astype(str)) <= {m.value for m in ducha.Status}


def test_policy_presets_load_by_name():
    assert ducha.Policy.load("points", 2022).version.startswith("points@")
    with pytest.raises(ducha.DuchaIOError, match="no preset of that name"):
        ducha.Policy.load("nonesuch", 2022)


def test_python_m_ducha_mirrors_the_tool(tmp_path):
    import subprocess
    import sys
    plan = PLAN.read_text(encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "ducha", "evaluate", "-", "--as-of", "2022-06-30", "-o", "-"],
                       input=plan, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert '"expected": "1/2"' in r.stdout
    r = subprocess.run([sys.executable, "-m", "ducha", "report", str(PLAN), "--format", "summary"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "10项" in r.stdout, r.stderr
    r = subprocess.run([sys.executable, "-m", "ducha", "evaluate", "no/such.json"], capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith("ducha: error:")

#!/usr/bin/env python3
"""Scores `ducha extract` against the peer suites in ../shared/peer.

A case passes when the set of (matched text, value[, unit]) that ducha finds equals
the expected set. Texts are compared after NFKC and case folding (the suites store
Recognizers-Text's normalised text, e.g. "４，５６５" as "4,565"). Values are compared
exactly; an expected value printed from a double (15 or more significant digits, e.g.
"350.333333333333") is compared with ducha's exact value rounded to as many digits.
Dimension units are mapped to ducha's by UNIT_MAP and compared as quantities (value ×
unit factor); only ducha quantities of the dimensions the suite covers count.

    score.py --ducha build/dev/ducha --peer ../shared/peer [--write docs/accuracy.md] [--check]
             [--compare docs/accuracy.md]
--check fails when a file scores below its floor in FLOORS (no regressions) or below
Recognizers-Text's score; --compare fails when the committed report is out of date.
"""
import argparse
import json
import subprocess
import sys
import unicodedata
from decimal import Decimal, getcontext
from fractions import Fraction
from pathlib import Path

getcontext().prec = 60

FILES = {
    "recognizers-text/Number_NumberModel.jsonl": "numbers",
    "recognizers-text/Number_PercentModel.jsonl": "percents",
    "recognizers-text/NumberWithUnit_DimensionModel.jsonl": "quantities",
    "cn2an/cn2an.jsonl": "cn2an",
}
# ducha's own traditional-character cases (tests/data/traditional-zh/README.md: the peer suites
# dropped theirs), in the same format; texts compared with the input as written at begin..end.
OWN_FILES = {
    "traditional-zh/Number_Traditional.jsonl": "numbers",
    "traditional-zh/Percent_Traditional.jsonl": "percents",
}
OWN_DATA = Path(__file__).resolve().parent.parent / "data"
# Recognizers-Text's JavaScript release on the same files (the bar each must clear).
PEER_SCORES = {
    "recognizers-text/Number_NumberModel.jsonl": 99.3,
    "recognizers-text/Number_PercentModel.jsonl": 96.5,
    "recognizers-text/NumberWithUnit_DimensionModel.jsonl": 86.1,
}
# The score this project has reached; --check fails below it.
FLOORS = {
    "recognizers-text/Number_NumberModel.jsonl": 99.6,
    "recognizers-text/Number_PercentModel.jsonl": 99.1,
    "recognizers-text/NumberWithUnit_DimensionModel.jsonl": 97.2,
    "cn2an/cn2an.jsonl": 99.3,
    "traditional-zh/Number_Traditional.jsonl": 100.0,
    "traditional-zh/Percent_Traditional.jsonl": 100.0,
}
# The one table from the suite's English unit names to ducha's units.
UNIT_MAP = {
    "Mu": "亩", "Kilogram": "千克", "Centimeter": "厘米", "Ton": "吨", "Meter": "米", "Kilometer": "千米",
    "Gram": "克", "Microgram": "微克", "Jin": "斤", "Liang": "两", "Bit": "比特", "Kilobit": "千比特",
    "Kilobyte": "千字节", "Megabyte": "兆字节", "Hertz": "赫兹", "Megahertz": "兆赫兹", "Kilowatt": "千瓦",
    "Kilocalorie": "千卡", "Square meter": "平方米", "Cubic meter": "立方米",
}
# Factors to each dimension's base, for comparing quantities (from ducha's unit catalog).
FACTORS = {
    "亩": Fraction(2000, 3), "千克": 1, "公斤": 1, "厘米": Fraction(1, 100), "吨": 1000, "米": 1, "千米": 1000,
    "公里": 1000, "克": Fraction(1, 1000), "微克": Fraction(1, 10**9), "斤": Fraction(1, 2), "两": Fraction(1, 20),
    "比特": 1, "千比特": 1000, "字节": 8, "千字节": 8000, "兆字节": 8 * 10**6, "赫兹": 1, "兆赫兹": 10**6,
    "千瓦": 1000, "瓦": 1, "千卡": Fraction(4184), "卡": Fraction(523, 125), "平方米": 1, "立方米": 1,
}
PHYSICAL = {"length", "area", "volume", "mass", "data", "frequency", "power", "energy"}


def norm_text(t: str) -> str:
    return unicodedata.normalize("NFKC", t).casefold().strip()


def to_fraction(v) -> Fraction:
    s = str(v).strip().rstrip("%")
    if "/" in s:
        p, q = s.split("/")
        return Fraction(int(p), int(q))
    return Fraction(Decimal(s))


def significant(v: str) -> int:
    digits = str(v).strip().lstrip("-").rstrip("%").split("E")[0].split("e")[0].replace(".", "").lstrip("0")
    return len(digits)


def same_value(expected, got: Fraction) -> bool:
    e = to_fraction(expected)
    if e == got:
        return True
    n = significant(expected)
    if n >= 15 and e != 0:
        # A double printed with 15 significant digits (350.333333333333, 1.1^23 computed in
        # floating point): equal within ten units of its last printed digit.
        exponent = Decimal(e.numerator / e.denominator).adjusted()
        ulp = Fraction(10) ** (exponent - n + 1)
        return abs(e - got) <= 10 * ulp
    return False


def run(ducha: str, lines):
    out = subprocess.run([ducha, "extract"], input="\n".join(l.replace("\n", " ") for l in lines) + "\n",
                         capture_output=True, text=True, timeout=600)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(rows) == len(lines), f"{len(rows)} outputs for {len(lines)} inputs: {out.stderr}"
    return rows


def got_list(kind, row, as_written=False):
    """What ducha found, as a multiset (a list): the same figure may occur twice. `as_written`:
    the text is the input's own begin..end (traditional characters), not the normalised span."""
    def text(m):
        return norm_text(row["input"][m["begin"]:m["end"]] if as_written else m["text"])
    if kind == "numbers":
        return [(text(n), to_fraction(n["value"])) for n in row["numbers"]]
    if kind == "percents":
        return [(text(p), to_fraction(p["value"])) for p in row["percents"]]
    return [(norm_text(q["text"]), to_fraction(q["value"]) * Fraction(FACTORS.get(q["unit"], 0)), q["unit"])
            for q in row["quantities"] if q["dimension"] in PHYSICAL]


def compare(kind, case, row, as_written=False):
    """(passed, reason)."""
    if kind == "cn2an":
        modes = {e["mode"]: e for e in case["expected"]}
        exp = next((modes[m] for m in ("normal", "smart", "strict", "direct") if m in modes and "value" in modes[m]), None)
        whole = [n for n in row["numbers"] + row["quantities"]
                 if norm_text(n["text"]) == norm_text(case["input"])]
        if exp is None:
            ok = not whole
            return ok, "" if ok else f"read {whole[0]['text']} = {whole[0]['value']} where cn2an refuses the input"
        want = str(exp["value"]).strip('"')
        ok = any(same_value(want, to_fraction(n["value"])) for n in whole)
        got = [(n["text"], n["value"]) for n in row["numbers"]]
        return ok, "" if ok else f"expected the whole input = {want}; got {got}"
    expected = case["expected"]
    unmatched = got_list(kind, row, as_written)
    missing = []
    for e in expected:
        text = norm_text(e["Text"])
        res = e.get("Resolution") or {}
        value = res.get("value")
        hit = None
        for g in unmatched:
            if g[0] != text:
                continue
            if kind == "quantities":
                unit = UNIT_MAP.get(res.get("unit"))
                if unit is None or g[2] is None:
                    continue
                if same_value(str(to_fraction(value) * Fraction(FACTORS[unit])), g[1]) or \
                        to_fraction(value) * Fraction(FACTORS[unit]) == g[1]:
                    hit = g
                    break
            elif value is not None and same_value(value, g[1]):
                hit = g
                break
        if hit is None:
            missing.append((e["Text"], value, res.get("unit")))
        else:
            unmatched.remove(hit)
    ok = not missing and not unmatched
    reason = []
    if missing:
        reason.append("missed " + ", ".join(f"{t}={v}{' ' + u if u else ''}" for t, v, u in missing))
    if unmatched:
        reason.append("extra " + ", ".join(f"{g[0]}={g[1]}" for g in unmatched))
    return ok, "; ".join(reason)


def score(ducha, peer):
    results = {}
    for files, base, own in ((FILES, peer, False), (OWN_FILES, OWN_DATA, True)):
        for rel, kind in files.items():
            cases = [json.loads(l) for l in (base / rel).read_text(encoding="utf-8").splitlines() if l.strip()]
            rows = run(ducha, [c["input"] for c in cases])
            results[rel] = [(c, *compare(kind, c, r, own)) for c, r in zip(cases, rows)]
    return results


def report(results) -> str:
    lines = ["# Accuracy", "",
             "Generated by `tests/peer/score.py --write docs/accuracy.md` from `ducha extract` on the peer",
             "suites in `../shared/peer` (data only, converted from upstream tests). Do not edit by hand.", "",
             "A case passes when the set of (matched text, value[, unit]) that ducha finds equals the expected",
             "set; texts are compared after NFKC and case folding, values exactly (a value the suite printed",
             "from a double, with 15 or more significant digits, against ducha's exact value rounded alike).",
             "Dimension units are mapped by one table (`UNIT_MAP` in the script) and compared as quantities;",
             "only ducha quantities of physical dimensions count there (money and counts belong to other",
             "models). cn2an converts whole strings: a case passes when ducha reads the whole input as one",
             "number of the expected value (mode `normal`, else `smart`, else `strict`), or, where every",
             "mode refuses the input, when ducha does not read it whole.", "",
             "The peer suites dropped their traditional-character inputs; the `traditional-zh/` files are",
             "ducha's own cases (`tests/data/traditional-zh/`), phrases from published traditional-character",
             "text with their sources, compared with the input as written.", "",
             "| file | cases | passed | score | Recognizers-Text (JavaScript) |", "|---|---|---|---|---|"]
    for rel, outcome in results.items():
        n, p = len(outcome), sum(1 for _, ok, _ in outcome if ok)
        peer = f"{PEER_SCORES[rel]}%" if rel in PEER_SCORES else "—"
        lines.append(f"| `{rel}` | {n} | {p} | {100 * p / n:.1f}% | {peer} |")
    for rel, outcome in results.items():
        failed = [(c, why) for c, ok, why in outcome if not ok]
        lines += ["", f"## Failures in `{rel}` ({len(failed)})", ""]
        if not failed:
            lines.append("None.")
        for c, why in failed:
            inp = c["input"].replace("|", "\\|")
            lines.append(f"* `{inp[:80]}` — {why.replace('|', chr(92) + '|')}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ducha", required=True)
    ap.add_argument("--peer", required=True, type=Path)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--compare", type=Path)
    a = ap.parse_args()
    if not a.peer.is_dir():
        sys.exit(f"peer suites not found at {a.peer}")
    results = score(a.ducha, a.peer)
    failed_floor = 0
    for rel, outcome in results.items():
        n, p = len(outcome), sum(1 for _, ok, _ in outcome if ok)
        pct = 100 * p / n
        print(f"{rel}: {p}/{n} = {pct:.1f}% (floor {FLOORS[rel]}%)")
        if pct + 0.05 < max(FLOORS[rel], PEER_SCORES.get(rel, 0)):
            failed_floor += 1
    text = report(results)
    if a.write:
        a.write.write_text(text, encoding="utf-8")
    stale = 0
    if a.compare and a.compare.read_text(encoding="utf-8") != text:
        print(f"{a.compare} is out of date: regenerate it with --write {a.compare}")
        stale = 1
    if a.check or a.compare:
        print(f"{len(results) + 1 - failed_floor - stale} passed, {failed_floor + stale} failed")
        sys.exit(1 if failed_floor or stale else 0)


if __name__ == "__main__":
    main()

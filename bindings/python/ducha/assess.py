"""One sub-target at a time (assess) and many at once (batch)."""
import ctypes
import dataclasses
import datetime
import fractions
from typing import List, Optional, Sequence

from .enums import Comparator, Kind, Reason, Status
from . import _native as n
from . import _values as v
from .errors import error_for
from .numbers import target_hints
from .plan import Plan, Policy, SubTargetResult
from ._native import call_string, lib
from .limits import Limits, call_limits


@dataclasses.dataclass(frozen=True)
class Assessment(SubTargetResult):
    """One sub-target's result; kind and comparator are those it was judged with."""


def _year_of(as_of, year):
    if year is not None:
        return year
    if isinstance(as_of, datetime.date):
        return as_of.year
    if isinstance(as_of, str) and len(as_of) >= 4 and as_of[:4].isdigit():
        return int(as_of[:4])
    raise ValueError(f"as_of: {as_of!r} is not a date; pass a datetime.date or 'YYYY-MM-DD'")


@dataclasses.dataclass(frozen=True)
class TextAssessment:
    """A target sentence judged against a progress text: the item's status and each sub-target
    (dicts as in the evaluation JSON, with the matched figure and the matcher's reason)."""
    status: str
    label: str
    reason: str
    explanation: str
    expected: fractions.Fraction
    sub_targets: List[dict]


def assess(*, target, as_of, done=None, progress: str = None, text: str = "", kind: str = None,
           comparator: str = None, indicator: bool = False, lower_is_better: bool = None, estimated: bool = False,
           progress_text: str = None, year: int = None, policy: Policy = None, limits: Limits = None):
    """Evaluates a target.

    From the sentences alone — target and progress are texts; the figures come from them:

        assess(target="新建30个社区健身点", progress="已建成2个社区健身点", as_of=date(2022, 6, 30))

    returns a TextAssessment. From explicit figures — target and done are (value, unit) pairs
    with exact values (str, int or decimal.Decimal); done=None means no figure was reported;
    kind and comparator default to what `text` suggests (增长…左右 → growth/around):

        assess(target=("30", "个"), done=("2", "个"), as_of=date(2022, 6, 30), text="新建30个社区健身点")

    returns an Assessment. limits= (a Limits) holds the sentences read to those limits instead
    of the process-wide ones (set_limits); with figures nothing is read from text.
    """
    if isinstance(target, str):
        import json
        t = v.text(target, "target")
        p = v.text(progress or "", "progress")
        out = call_string(lib.ducha_assess_text_limited, t, len(t), p, len(p), 0 if indicator else 1, policy,
                          _year_of(as_of, year), v.date_text(as_of), call_limits(limits))
        d = json.loads(out)
        return TextAssessment(d["status"], d["label"], d["reason"], d["explanation"],
                              fractions.Fraction(d["expected"]), d["sub_targets"])
    if progress is not None:
        raise TypeError("progress is a text; with figures use done=(value, unit) and progress_text")
    if not isinstance(target, tuple) or len(target) != 2:
        raise TypeError("target: expected a sentence or a (value, unit) pair")
    hinted_kind, hinted_cmp, hinted_lower = target_hints(text or "", target[1])
    kind = kind or hinted_kind
    comparator = comparator or hinted_cmp
    lower = hinted_lower if lower_is_better is None else lower_is_better
    y = _year_of(as_of, year)
    with Plan.create("assess", y) as plan:
        i = plan.add_item("assess", "indicator" if indicator else "task", text or "")
        # No figure and no text reads as "nothing reported": no_progress, as the rules say.
        progress = {"text": progress_text, "estimated": estimated}
        if done is not None:
            progress.update(value=done[0], unit=done[1])
        plan.add_sub_target(i, kind, target, comparator=comparator, text=text or None,
                            lower_is_better=lower, progress=progress)
        with plan.evaluate(as_of=as_of, policy=policy) as ev:
            s = ev.item(0).sub_targets[0]
    return Assessment(**{**dataclasses.asdict(s), "kind": Kind.parse(kind), "comparator": Comparator.parse(comparator)})


@dataclasses.dataclass(frozen=True)
class BatchResult:
    status: str
    reason: Optional[str]
    ratio: Optional[fractions.Fraction]  # the exact completion ratio
    error: Optional[str] = None        # the exception class name when this one input could not be evaluated


_FLAG = {"indicator": 1, "lower_is_better": 2, "estimated": 4}


def batch(rows: Sequence[dict], *, as_of, year: int = None, policy: Policy = None) -> List[BatchResult]:
    """Evaluates many sub-targets in one library call. Each row is a dict with target=(value, unit),
    done=(value, unit) or None, kind, comparator and optional indicator/lower_is_better/estimated flags.
    A bad row gets its own error; it does not stop the batch."""
    count = len(rows)
    inputs = (n.BatchInput * count)()
    outputs = (n.BatchOutput * count)()
    for o in outputs:
        o.version = n.BATCH_VERSION  # what ducha_batch_output_init sets, without a call per row
    keep = []  # the encoded strings must outlive the call
    for i, row in enumerate(rows):
        tv, tu = row["target"]
        enc = [v.number_text(tv, "target value"), v.text(tu, "target unit")]
        done = row.get("done")
        enc += [None, None] if done is None else [v.number_text(done[0], "done value"), v.text(done[1], "done unit")]
        keep.append(enc)
        flags = sum(bit for name, bit in _FLAG.items() if row.get(name))
        inputs[i] = n.BatchInput(n.BATCH_VERSION, enc[0], enc[1], enc[2], enc[3],
                                 v.enum_index(row.get("kind", "cumulative"), v.KINDS, "kind"),
                                 v.enum_index(row.get("comparator", "reach"), v.COMPARATORS, "comparator"), flags)
    lib.ducha_evaluate_batch(inputs, count, policy, _year_of(as_of, year), v.date_text(as_of), outputs)
    results = []
    for o in outputs:
        if o.error:
            results.append(BatchResult("not_assessable", None, None, error_for(o.error, "").__class__.__name__))
            continue
        ratio = fractions.Fraction(o.ratio_numerator, o.ratio_denominator) if o.ratio_denominator else None
        results.append(BatchResult(Status.from_code(o.status), Reason.from_code(o.reason), ratio))
    return results


def extract(text: str, year: int = None, *, limits: Limits = None) -> dict:
    """The quantities, numbers, percentages and dates of one line of text, as `ducha extract`
    writes them (values are exact decimal strings, spans are code-point offsets)."""
    import json
    t = v.text(text, "text")
    return json.loads(call_string(lib.ducha_extract_limited, t, len(t), year or 0, call_limits(limits)))


@dataclasses.dataclass(frozen=True)
class RuleResult:
    name: str
    passed: bool
    status: str
    reason: str
    ratio: Optional[fractions.Fraction]
    label: str
    explanation: str
    differences: List[str]


def check_rules(policy: Optional[Policy], cases, *, limits: Limits = None) -> List[RuleResult]:
    """Checks a policy (None: the reference policy) against rule cases: the text of a case
    file (JSON or "target | progress | date => status" lines), or a list of dicts
    {"target", "progress", "as_of", "expect": {"status", "reason", "ratio", "label"}}."""
    import ctypes
    import json
    if not isinstance(cases, str):
        cases = json.dumps({"format": "ducha.cases/1", "cases": list(cases)}, ensure_ascii=False, default=str)
    t = v.text(cases, "cases")
    buf, failed = n.Buf(), ctypes.c_size_t()
    lib.ducha_check_rules_limited(t, len(t), policy, call_limits(limits), ctypes.byref(buf), ctypes.byref(failed))
    from ._native import take_string
    return [RuleResult(r["name"], r["passed"], r["status"], r["reason"],
                       None if r["ratio"] is None else fractions.Fraction(r["ratio"]), r["label"],
                       r["explanation"], r["differences"]) for r in json.loads(take_string(buf))]

"""Plans, policies and evaluations."""
import ctypes
import dataclasses
import datetime
import decimal
import fractions
import json
from typing import List, Optional

from .enums import Comparator, ItemKind, Kind, Reason, Status
from . import _native as n
from . import _values as v
from ._handle import Handle
from ._native import call_string, lib
from .limits import Limits, call_limits


class Policy(Handle):
    """Thresholds and tolerances. Policy() is the reference policy (docs/evaluation.md)."""

    _free = staticmethod(lib.ducha_policy_free)

    def __init__(self, _ptr=None):
        if _ptr is None:
            ptr = ctypes.c_void_p()
            lib.ducha_policy_create(ctypes.byref(ptr))
            _ptr = ptr.value
        super().__init__(_ptr)

    @classmethod
    def load(cls, path, year: int, *, limits: Limits = None) -> "Policy":
        """Reads a policy file; curve dates written MM-DD are placed in `year`."""
        ptr = ctypes.c_void_p()
        lib.ducha_policy_load_limited(v.text(str(path), "path"), year, call_limits(limits), ctypes.byref(ptr))
        return cls(ptr.value)

    @classmethod
    def from_json(cls, text: str, year: int, *, limits: Limits = None) -> "Policy":
        t = v.text(text, "text")
        ptr = ctypes.c_void_p()
        lib.ducha_policy_parse_limited(t, len(t), year, call_limits(limits), ctypes.byref(ptr))
        return cls(ptr.value)

    @classmethod
    def from_dict(cls, d: dict, year: int, *, limits: Limits = None) -> "Policy":
        return cls.from_json(json.dumps(d, ensure_ascii=False), year, limits=limits)

    @property
    def version(self) -> str:
        """name@fingerprint: changes whenever any value changes."""
        return call_string(lib.ducha_policy_version, self)

    def to_json(self) -> str:
        return call_string(lib.ducha_policy_to_json, self)


@dataclasses.dataclass(frozen=True)
class SubTargetResult:
    status: Status
    label: str
    reason: Reason
    ratio: Optional[fractions.Fraction]
    ratio_pct: Optional[decimal.Decimal]
    expected: fractions.Fraction
    gap_pp: Optional[decimal.Decimal]
    explanation: str
    text: Optional[str] = None
    kind: Optional[Kind] = None
    comparator: Optional[Comparator] = None
    target: Optional[decimal.Decimal] = None       # the target figure, exact
    target_unit: Optional[str] = None
    actual: Optional[decimal.Decimal] = None       # the reported figure, exact; None when none
    actual_unit: Optional[str] = None


@dataclasses.dataclass(frozen=True)
class ItemResult:
    id: str
    status: Status
    label: str
    reason: Reason
    assessed: bool
    official_status: Optional[Status]
    agrees_with_official: Optional[bool]
    explanation: str
    expected: fractions.Fraction
    sub_targets: List[SubTargetResult]
    text: Optional[str] = None
    kind: Optional[ItemKind] = None


class Evaluation(Handle):
    """The result of Plan.evaluate(): read-only, safe to read from many threads."""

    _free = staticmethod(lib.ducha_evaluation_free)

    def __len__(self):
        out = ctypes.c_size_t()
        lib.ducha_evaluation_item_count(self, ctypes.byref(out))
        return out.value

    def item(self, index: int) -> ItemResult:
        r = n.ItemResult()
        lib.ducha_item_result_init(ctypes.byref(r), n.ITEM_RESULT_VERSION)
        lib.ducha_evaluation_item(self, index, ctypes.byref(r))
        subs = []
        for k in range(r.sub_target_count):
            s = n.SubTargetResult()
            lib.ducha_sub_target_result_init(ctypes.byref(s), n.SUB_TARGET_RESULT_VERSION)
            lib.ducha_evaluation_sub_target(self, index, k, ctypes.byref(s))
            subs.append(SubTargetResult(
                status=Status.from_code(s.status), label=v.to_str(s.label), reason=Reason.from_code(s.reason),
                ratio=v.to_fraction(s.ratio), ratio_pct=v.to_decimal(s.ratio_pct),
                expected=v.to_fraction(s.expected), gap_pp=v.to_decimal(s.gap_pp),
                explanation=v.to_str(s.explanation), text=v.to_str(s.text), kind=Kind.from_code(s.kind),
                comparator=Comparator.from_code(s.comparator), target=v.to_decimal(s.target_value),
                target_unit=v.to_str(s.target_unit), actual=v.to_decimal(s.actual_value),
                actual_unit=v.to_str(s.actual_unit)))
        return ItemResult(
            id=v.to_str(r.id), status=Status.from_code(r.status), label=v.to_str(r.label),
            reason=Reason.from_code(r.reason), assessed=bool(r.assessed),
            official_status=None if r.official_status < 0 else Status.from_code(r.official_status),
            agrees_with_official=None if r.agrees_with_official < 0 else bool(r.agrees_with_official),
            explanation=v.to_str(r.explanation), expected=v.to_fraction(r.expected), sub_targets=subs,
            text=v.to_str(r.text), kind=ItemKind.from_code(r.kind))

    def __getitem__(self, index: int) -> ItemResult:
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        return self.item(index)

    def __iter__(self):
        return (self.item(i) for i in range(len(self)))

    def records(self) -> List[dict]:
        """One dict per sub-target (item id, text, kind, status, reason, the sub-target's
        text, kind, target and actual figures with units, ratio "p/q"), values as exact
        strings, for csv.DictWriter."""
        rows = []
        for it in self:
            for k, s in enumerate(it.sub_targets or [None]):
                rows.append({
                    "item": it.id, "item_text": it.text, "item_kind": it.kind.value, "item_status": it.status.value,
                    "sub_target": k if s else None, "text": s.text if s else None,
                    "kind": s.kind.value if s else None, "status": s.status.value if s else None,
                    "reason": s.reason.value if s else it.reason.value,
                    "target": None if not s or s.target is None else str(s.target),
                    "target_unit": s.target_unit if s else None,
                    "actual": None if not s or s.actual is None else str(s.actual),
                    "actual_unit": s.actual_unit if s else None,
                    "ratio": None if not s or s.ratio is None else f"{s.ratio.numerator}/{s.ratio.denominator}"})
        return rows

    def to_pandas(self):
        """records() as a pandas DataFrame, with target, actual as Decimal and ratio as
        Fraction objects (exact), statuses and reasons as categoricals."""
        import pandas as pd
        df = pd.DataFrame(self.records())
        for col in ("target", "actual"):
            df[col] = [None if x is None else decimal.Decimal(x) for x in df[col]]
        df["ratio"] = [None if x is None else fractions.Fraction(x) for x in df["ratio"]]
        for col, enum in (("status", Status), ("item_status", Status), ("reason", Reason)):
            df[col] = pd.Categorical(df[col], categories=[m.value for m in enum])
        return df

    @property
    def items(self) -> List[ItemResult]:
        return [self.item(i) for i in range(len(self))]

    def to_json(self) -> str:
        """The evaluation document (docs/format.md)."""
        return call_string(lib.ducha_evaluation_to_json, self)

    def as_dict(self) -> dict:
        return json.loads(self.to_json())

    def render(self, format: str = "text") -> str:
        """The evaluation as "text" (one line per item), "json", or the office's report:
        "md", "html", "csv" or "summary" (docs/reports.md)."""
        return call_string(lib.ducha_evaluation_render, self, v.text(format, "format"))


class Plan(Handle):
    """A work report's items. Load one (Plan.load), parse one (Plan.from_json) or build one (Plan.create)."""

    _free = staticmethod(lib.ducha_plan_free)

    @classmethod
    def create(cls, name: str, year: int) -> "Plan":
        ptr = ctypes.c_void_p()
        lib.ducha_plan_create(v.text(name, "name"), year, ctypes.byref(ptr))
        return cls(ptr.value)

    @classmethod
    def load(cls, path, *, limits: Limits = None) -> "Plan":
        ptr = ctypes.c_void_p()
        lib.ducha_plan_load_limited(v.text(str(path), "path"), call_limits(limits), ctypes.byref(ptr))
        return cls(ptr.value)

    @classmethod
    def from_json(cls, text: str, *, limits: Limits = None) -> "Plan":
        t = v.text(text, "text")
        ptr = ctypes.c_void_p()
        lib.ducha_plan_parse_limited(t, len(t), call_limits(limits), ctypes.byref(ptr))
        return cls(ptr.value)

    def __len__(self):
        out = ctypes.c_size_t()
        lib.ducha_plan_item_count(self, ctypes.byref(out))
        return out.value

    def to_json(self) -> str:
        return call_string(lib.ducha_plan_to_json, self)

    def save(self, path) -> None:
        lib.ducha_plan_save(self, v.text(str(path), "path"))

    def set_as_of(self, as_of) -> None:
        lib.ducha_plan_set_as_of(self, v.date_text(as_of))

    def add_unit(self, id: str, name: str, aliases=()) -> None:
        """Registers a responsible unit (责任单位) with its other names."""
        lib.ducha_plan_add_unit(self, v.text(id, "id"), v.text(name, "name"))
        for alias in aliases:
            lib.ducha_plan_add_unit_alias(self, v.text(id, "id"), v.text(alias, "alias"))

    def add_item(self, id: str, kind: str, text: str, *, lead=(), cooperating=(), progress_text=None,
                 official_status=None, override=None, assessment=None) -> int:
        """Appends an indicator or task; returns its index. override/assessment: (status, reason, by)."""
        index = ctypes.c_size_t()
        k = v.enum_index(kind, ["indicator", "task"], "kind")
        lib.ducha_plan_add_item(self, v.text(id, "id"), k, v.text(text, "text"), ctypes.byref(index))
        i = index.value
        for role, names in ((0, lead), (1, cooperating)):
            for name in names:
                lib.ducha_plan_item_add_unit(self, i, role, v.text(name, "unit"))
        if progress_text is not None:
            lib.ducha_plan_item_set_progress_text(self, i, v.text(progress_text, "progress_text"))
        if official_status is not None:
            lib.ducha_plan_item_set_official_status(self, i, v.enum_index(official_status, v.STATUSES, "official_status"))
        for setter, judgement in ((lib.ducha_plan_item_set_override, override),
                                  (lib.ducha_plan_item_set_assessment, assessment)):
            if judgement is not None:
                status, reason, by = (tuple(judgement) + (None, None))[:3]
                setter(self, i, v.enum_index(status, v.STATUSES, "status"), v.text(reason, "reason", True),
                       v.text(by, "by", True))
        return i

    def add_sub_target(self, item: int, kind: str, target=None, *, comparator: str = "reach", text: str = None,
                       lower_is_better: bool = False, progress=None) -> int:
        """Adds a sub-target to item `item`; target is (value, unit). progress: a dict with value, unit,
        text, estimated, as_of (see set_progress). Returns the sub-target's index."""
        d = n.SubTargetDesc()
        lib.ducha_sub_target_desc_init(ctypes.byref(d), n.SUB_TARGET_DESC_VERSION)
        d.kind = v.enum_index(kind, v.KINDS, "kind")
        d.comparator = v.enum_index(comparator, v.COMPARATORS, "comparator")
        d.text = v.text(text, "text", True)
        d.lower_is_better = 1 if lower_is_better else 0
        if target is not None:
            value, unit = target
            d.target_value = v.number_text(value, "target value")
            d.target_unit = v.text(unit, "target unit")
        index = ctypes.c_size_t()
        lib.ducha_plan_item_add_sub_target(self, item, ctypes.byref(d), ctypes.byref(index))
        if progress is not None:
            self.set_progress(item, index.value, **progress)
        return index.value

    def set_progress(self, item: int, sub: int, *, value=None, unit=None, text=None, estimated=False,
                     as_of=None) -> None:
        """Records what was reported for a sub-target: the figure (value, unit) if any, its text,
        whether it is an estimate (预计/约) and its own date."""
        d = n.ProgressDesc()
        lib.ducha_progress_desc_init(ctypes.byref(d), n.PROGRESS_DESC_VERSION)
        d.value = None if value is None else v.number_text(value, "value")
        d.unit = v.text(unit, "unit", True)
        d.text = v.text(text, "text", True)
        d.estimated = 1 if estimated else 0
        d.as_of = v.date_text(as_of, "as_of", optional=True)
        lib.ducha_plan_sub_target_set_progress(self, item, sub, ctypes.byref(d))

    def evaluate(self, as_of=None, policy: Policy = None) -> Evaluation:
        """Evaluates every item as of `as_of` (a date or "YYYY-MM-DD"; default the plan's own date)."""
        ptr = ctypes.c_void_p()
        lib.ducha_evaluate(self, policy, v.date_text(as_of, optional=True), ctypes.byref(ptr))
        return Evaluation(ptr.value)

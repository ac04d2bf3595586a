"""Columnar batch evaluation: arrays in, arrays out (ducha_evaluate_columns).

No Python object is built per row on the way in beyond what joining the texts
costs, and none on the way out: the results are arrays of C numbers, turned into
enums, Fractions or a pandas DataFrame only when asked.
"""
import array
import ctypes
from fractions import Fraction
from typing import Iterator, Optional, Sequence

from . import _values as v
from ._native import Columns, COLUMNS_VERSION, lib
from .enums import Comparator, Kind, Reason, Status
from .errors import error_for

_FLAG = {"indicator": 1, "lower_is_better": 2, "estimated": 4}


def _texts(values, name: str) -> bytes:
    """The values as one buffer of NUL-terminated decimal texts ("" for None)."""
    try:
        joined = "\0".join(values)  # the fast path: a sequence of str
    except TypeError:
        joined = "\0".join("" if x is None else v.number_text(x, name).decode() for x in values)
    if name == "target values" and ("" in values or None in values):
        raise ValueError("target values: an empty value; every row needs its target")
    return (joined + "\0").encode("utf-8")


def _codes(values, enum, name: str, count: int) -> Optional[array.array]:
    if values is None:
        return None
    if isinstance(values, (str, enum)):
        values = [values] * count
    table = {m.value: m.code for m in enum}
    try:
        return array.array("i", [table[x] for x in values])
    except KeyError as e:
        raise ValueError(f"{name}: {e.args[0]!r} is not a {enum.__name__}") from None


def _ptr(arr, ctype):
    return None if arr is None else (ctype * len(arr)).from_buffer(arr)


class ColumnResults:
    """The results of evaluate_columns, one row per input row, as arrays:
    statuses and reasons (C codes), ratio_numerators/ratio_denominators (the exact
    ratio p/q; q == 0: none) and errors (0, or the row's ducha_error_code)."""

    def __init__(self, statuses, reasons, numerators, denominators, errors):
        self.statuses, self.reasons = statuses, reasons
        self.ratio_numerators, self.ratio_denominators = numerators, denominators
        self.errors = errors

    def __len__(self) -> int:
        return len(self.statuses)

    def status(self, i: int) -> Status:
        return Status.from_code(self.statuses[i])

    def reason(self, i: int) -> Reason:
        return Reason.from_code(self.reasons[i])

    def ratio(self, i: int) -> Optional[Fraction]:
        q = self.ratio_denominators[i]
        return Fraction(self.ratio_numerators[i], q) if q else None

    def error(self, i: int) -> Optional[str]:
        """The exception class name for a row that could not be evaluated, else None."""
        code = self.errors[i]
        return error_for(code, "").__class__.__name__ if code else None

    def __getitem__(self, i: int) -> dict:
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return {"status": self.status(i), "reason": self.reason(i), "ratio": self.ratio(i), "error": self.error(i)}

    def __iter__(self) -> Iterator[dict]:
        return (self[i] for i in range(len(self)))

    def records(self) -> list:
        """One dict per row with plain values (status and reason as code strings, ratio as
        "p/q" or None), for csv.DictWriter."""
        return [{"status": r["status"].value, "reason": r["reason"].value,
                 "ratio": None if r["ratio"] is None else f"{r['ratio'].numerator}/{r['ratio'].denominator}",
                 "error": r["error"]} for r in self]

    def to_pandas(self):
        """A DataFrame: status and reason as categoricals, the exact ratio as two int64
        columns (ratio_numerator, ratio_denominator; 0 where there is none), error codes."""
        import numpy as np
        import pandas as pd
        statuses = sorted(Status, key=lambda m: m.code)
        reasons = sorted(Reason, key=lambda m: m.code)
        return pd.DataFrame({
            "status": pd.Categorical.from_codes(np.frombuffer(self.statuses, dtype=np.int32),
                                                categories=[m.value for m in statuses]),
            "reason": pd.Categorical.from_codes(np.frombuffer(self.reasons, dtype=np.int32),
                                                categories=[m.value for m in reasons]),
            "ratio_numerator": np.frombuffer(self.ratio_numerators, dtype=np.int64),
            "ratio_denominator": np.frombuffer(self.ratio_denominators, dtype=np.int64),
            "error": np.frombuffer(self.errors, dtype=np.int32),
        })


def evaluate_columns(target_values: Sequence, target_units: Sequence[str], done_values: Sequence = None,
                     done_units: Sequence[str] = None, *, kinds=None, comparators=None, indicator=False,
                     lower_is_better=False, estimated=False, as_of, year: int = None,
                     policy=None) -> ColumnResults:
    """Evaluates many sub-targets given as columns (sequences of equal length): target
    values and units, done values (None or "" where nothing was reported) and units, and
    optionally kinds and comparators (a sequence, or one value for all rows; default
    cumulative and reach). indicator, lower_is_better and estimated are one bool for all
    rows or a sequence of bools. Values are exact: str, int or Decimal; floats are refused."""
    from .assess import _year_of
    count = len(target_values)
    if len(target_units) != count:
        raise ValueError(f"target_units has {len(target_units)} rows, target_values {count}")
    if done_values is None:
        done_values, done_units = [""] * count, [""] * count
    if len(done_values) != count or len(done_units) != count:
        raise ValueError("done_values and done_units need as many rows as target_values")
    units = {}
    target_idx = array.array("i", [units.setdefault(u, len(units)) for u in target_units])
    done_idx = array.array("i", [units.setdefault(u, len(units)) for u in done_units])
    targets, dones = _texts(target_values, "target values"), _texts(done_values, "done values")
    kind_codes = _codes(kinds, Kind, "kinds", count)
    cmp_codes = _codes(comparators, Comparator, "comparators", count)
    flags = _flags(count, indicator=indicator, lower_is_better=lower_is_better, estimated=estimated)
    out = [array.array("i", bytes(4 * count)) for _ in range(3)] + [array.array("q", bytes(8 * count))
                                                                     for _ in range(2)]
    unit_names = (ctypes.c_char_p * max(len(units), 1))(*[v.text(u, "unit") for u in units])
    c = Columns()
    lib.ducha_columns_init(ctypes.byref(c), COLUMNS_VERSION)
    c.count, c.unit_names, c.unit_count = count, unit_names, len(units)
    c.target_values, c.target_values_size = targets, len(targets)
    c.done_values, c.done_values_size = dones, len(dones)
    c.target_units, c.done_units = _ptr(target_idx, ctypes.c_int32), _ptr(done_idx, ctypes.c_int32)
    c.kinds, c.comparators = _ptr(kind_codes, ctypes.c_int32), _ptr(cmp_codes, ctypes.c_int32)
    c.flags = _ptr(flags, ctypes.c_int32)
    c.errors, c.statuses, c.reasons = (_ptr(a, ctypes.c_int32) for a in out[:3])
    c.ratio_numerators, c.ratio_denominators = (_ptr(a, ctypes.c_int64) for a in out[3:])
    lib.ducha_evaluate_columns(ctypes.byref(c), policy, _year_of(as_of, year), v.date_text(as_of))
    errors, statuses, reasons, numerators, denominators = out
    return ColumnResults(statuses, reasons, numerators, denominators, errors)


def _flags(count: int, **named) -> Optional[array.array]:
    if not any(named.values()):
        return None
    columns = {name: ([bool(x)] * count if isinstance(x, bool) else list(map(bool, x))) for name, x in named.items()}
    return array.array("i", [sum(_FLAG[n] for n, col in columns.items() if col[i]) for i in range(count)])

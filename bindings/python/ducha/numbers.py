"""Exact decimals, fractions and units through the library."""
import ctypes
import decimal
import fractions

from . import _values as v
from ._native import call_string, lib


def normalize(value) -> decimal.Decimal:
    """The value as the library reads it ("+007.50" → Decimal("7.50")); raises ParseError, OutOfRangeError."""
    t = v.number_text(value)
    return decimal.Decimal(call_string(lib.ducha_decimal_normalize, t, len(t)))


def compare(a, b) -> int:
    """-1, 0 or 1 as a <, =, > b, compared exactly."""
    ta, tb = v.number_text(a, "a"), v.number_text(b, "b")
    out = ctypes.c_int()
    lib.ducha_decimal_compare(ta, len(ta), tb, len(tb), ctypes.byref(out))
    return out.value


def ratio(a, b) -> fractions.Fraction:
    """a / b exactly, as a Fraction."""
    ta, tb = v.number_text(a, "a"), v.number_text(b, "b")
    return fractions.Fraction(call_string(lib.ducha_decimal_ratio, ta, len(ta), tb, len(tb)))


def format_number(value, places: int = 2, rounding: str = "half_even", percent: bool = False) -> str:
    """A decimal or Fraction printed with `places` decimals, rounded by `rounding` (× 100 if percent)."""
    t = v.fraction_text(value)
    mode = v.enum_index(rounding, v.ROUNDINGS, "rounding")
    return call_string(lib.ducha_number_format, t, len(t), places, mode, 1 if percent else 0)


def dimension(unit: str) -> str:
    """The dimension of a unit: dimension("万平方米") == "area"."""
    u = v.text(unit, "unit")
    out = ctypes.c_int()
    lib.ducha_unit_dimension(u, len(u), ctypes.byref(out))
    return v.DIMENSIONS[out.value]


def convert(value, from_unit: str, to_unit: str) -> fractions.Fraction:
    """value in from_unit expressed in to_unit, exactly: convert(1, "亩", "平方米") == Fraction(2000, 3)."""
    t, f, to = v.number_text(value), v.text(from_unit, "from_unit"), v.text(to_unit, "to_unit")
    return fractions.Fraction(call_string(lib.ducha_quantity_convert, t, len(t), f, len(f), to, len(to)))


def target_hints(text: str, unit: str):
    """(kind, comparator, lower_is_better) suggested by a target's wording and unit."""
    t, u = v.text(text, "text"), v.text(unit, "unit")
    kind, cmp, lower = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    lib.ducha_target_hints(t, len(t), u, len(u), ctypes.byref(kind), ctypes.byref(cmp), ctypes.byref(lower))
    return v.KINDS[kind.value], v.COMPARATORS[cmp.value], bool(lower.value)

"""Conversions between Python values and the C interface's exact strings."""
import datetime
import decimal
import fractions

from .enums import Comparator, Dimension, Kind, Rounding, Status

# Code lists in C numbering order, from the enums (ducha.h is their one table).
STATUSES = [m.value for m in sorted(Status, key=lambda m: m.code)]
KINDS = [m.value for m in sorted(Kind, key=lambda m: m.code)]
COMPARATORS = [m.value for m in sorted(Comparator, key=lambda m: m.code)]
ROUNDINGS = [m.value for m in sorted(Rounding, key=lambda m: m.code)]
DIMENSIONS = [m.value for m in sorted(Dimension, key=lambda m: m.code)]


def number_text(value, name: str = "value") -> bytes:
    """An exact number as the library's decimal text. Floats are refused: they are not exact."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"{name}: {type(value).__name__} is not exact; pass a str, int or decimal.Decimal")
    if isinstance(value, int):
        return str(value).encode()
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{name}: {value} is not a finite number")
        return format(value, "f").encode()
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"{name}: expected str, int or decimal.Decimal, not {type(value).__name__}")


def fraction_text(value, name: str = "value") -> bytes:
    if isinstance(value, fractions.Fraction):
        return f"{value.numerator}/{value.denominator}".encode()
    return number_text(value, name)


def text(value, name: str, optional: bool = False):
    if value is None:
        if optional:
            return None
        raise TypeError(f"{name} is required")
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected str, not {type(value).__name__}")
    return value.encode("utf-8")


def date_text(value, name: str = "as_of", optional: bool = False):
    if value is None and optional:
        return None
    if isinstance(value, datetime.datetime):
        raise TypeError(f"{name}: pass a datetime.date, not a datetime")
    if isinstance(value, datetime.date):
        return value.isoformat().encode()
    return text(value, name)


def enum_index(value, names, name: str) -> int:
    if value not in names:
        raise ValueError(f"{name}: {value!r} is not one of {', '.join(names)}")
    return names.index(value)


def to_fraction(s):
    return None if s is None else fractions.Fraction(s.decode() if isinstance(s, bytes) else s)


def to_decimal(s):
    return None if s is None else decimal.Decimal(s.decode() if isinstance(s, bytes) else s)


def to_str(s):
    return None if s is None else s.decode("utf-8")

"""Bounds on the work and memory one input can cause (docs/reliability.md, "Limits").

set_limits() sets those of the loaded library, process-wide; each call that reads input
also takes limits= (a Limits) for that call alone. A call past one raises
OutOfRangeError naming it ("target: text of 20000 bytes, over the limit text-bytes = 16384").
"""
import ctypes
import dataclasses

from . import _native as n
from ._native import lib


@dataclasses.dataclass(frozen=True)
class Limits:
    """input_bytes: a plan, policy or case text; line_bytes: the text given to extract();
    items: items of a plan; sub_targets: sub-targets of an item; text_bytes: one target or
    progress text (assess, check_rules); clause_bytes: one clause of such a text."""
    input_bytes: int
    line_bytes: int
    items: int
    sub_targets: int
    text_bytes: int
    clause_bytes: int

    @classmethod
    def defaults(cls) -> "Limits":
        raw = n.Limits()
        lib.ducha_limits_init(ctypes.byref(raw), n.LIMITS_VERSION)
        return cls._from(raw)

    @classmethod
    def _from(cls, raw) -> "Limits":
        return cls(*(getattr(raw, f.name) for f in dataclasses.fields(cls)))


def limits() -> Limits:
    """The limits in force."""
    raw = n.Limits(version=n.LIMITS_VERSION)
    lib.ducha_limits_get(ctypes.byref(raw))
    return Limits._from(raw)


def _checked(values: dict, changes: dict, where: str) -> dict:
    for name, value in changes.items():
        if name not in values:
            raise TypeError(f"{where}: unknown limit {name!r} (limits: {', '.join(values)})")
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{where}: {name} must be an int, not {type(value).__name__}")
        if value < 1 or value >= 1 << 63:
            raise ValueError(f"{where}: {name} = {value} is outside 1..2**63-1")
        values[name] = value
    return values


def set_limits(new: Limits = None, **fields) -> Limits:
    """Sets the limits (a Limits, or some fields by name: set_limits(text_bytes=1 << 20))
    for every later call; returns the limits that were in force. Each is an int of at least 1."""
    previous = limits()
    values = _checked(dataclasses.asdict(previous), dataclasses.asdict(new) if new else {}, "set_limits")
    values = _checked(values, fields, "set_limits")
    lib.ducha_limits_set(ctypes.byref(n.Limits(version=n.LIMITS_VERSION, **values)))
    return previous


def call_limits(given: "Limits | None"):
    """The ducha_limits pointer of a call's limits= (None: the process-wide limits)."""
    if given is None:
        return None
    if not isinstance(given, Limits):
        raise TypeError(f"limits: expected a ducha.Limits, not {type(given).__name__}")
    values = dataclasses.asdict(given)
    return ctypes.byref(n.Limits(version=n.LIMITS_VERSION, **_checked(dict(values), values, "limits")))

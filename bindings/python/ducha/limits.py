"""Bounds on the work and memory one input can cause (docs/reliability.md, "Limits").

The limits are those of the loaded library, process-wide: a call past one raises
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


def set_limits(new: Limits = None, **fields) -> Limits:
    """Sets the limits (a Limits, or some fields by name: set_limits(text_bytes=1 << 20))
    for every later call; returns the limits that were in force. Each is an int of at least 1."""
    previous = limits()
    values = dataclasses.asdict(new or previous)
    for name, value in fields.items():
        if name not in values:
            raise TypeError(f"set_limits: unknown limit {name!r} (limits: {', '.join(values)})")
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"set_limits: {name} must be an int, not {type(value).__name__}")
        if value < 1 or value >= 1 << 63:
            raise ValueError(f"set_limits: {name} = {value} is outside 1..2**63-1")
        values[name] = value
    lib.ducha_limits_set(ctypes.byref(n.Limits(version=n.LIMITS_VERSION, **values)))
    return previous

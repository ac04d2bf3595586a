"""The enums of ducha.h as Python enums.

Each member is also its stable code as a str (Status.LAGGING == "lagging"), so it
compares, hashes, formats and serialises to JSON as the code; `.code` is its number
in the C interface. The numbering is the header's: tests/consistency checks every
value against ducha.h.
"""
import enum
from typing import Dict


class _CodedEnum(str, enum.Enum):
    code: int

    def __new__(cls, value: str, code: int):
        member = str.__new__(cls, value)
        member._value_ = value
        member.code = code
        return member

    def __str__(self) -> str:
        return self.value

    __format__ = str.__format__

    @classmethod
    def from_code(cls, code: int):
        """The member with this C number (ValueError for an unknown one)."""
        try:
            return cls._by_code()[code]
        except KeyError:
            raise ValueError(f"{code} is not a {cls.__name__} code") from None

    @classmethod
    def _by_code(cls) -> Dict[int, "_CodedEnum"]:
        table = cls.__dict__.get("_codes")
        if table is None:
            table = {m.code: m for m in cls}
            setattr(cls, "_codes", table)
        return table

    @classmethod
    def parse(cls, value):
        """A member from itself or its code string ("lagging"); ValueError otherwise."""
        if isinstance(value, cls):
            return value
        try:
            return cls(value)
        except ValueError:
            names = ", ".join(m.value for m in cls)
            raise ValueError(f"{value!r} is not a {cls.__name__}: one of {names}") from None


class Status(_CodedEnum):
    """The status of an item or sub-target."""
    COMPLETED = ("completed", 0)
    ON_TRACK = ("on_track", 1)
    LAGGING = ("lagging", 2)
    SEVERELY_LAGGING = ("severely_lagging", 3)
    NO_PROGRESS = ("no_progress", 4)
    NOT_ASSESSABLE = ("not_assessable", 5)
    MEETS = ("meets", 6)
    BELOW = ("below", 7)
    ON_SCHEDULE = ("on_schedule", 8)
    NOT_COMPLETED = ("not_completed", 9)


class Reason(_CodedEnum):
    """Why a status was given (docs/evaluation.md)."""
    TARGET_REACHED = ("target_reached", 0)
    ON_PACE = ("on_pace", 1)
    BEHIND_PACE = ("behind_pace", 2)
    FAR_BEHIND_PACE = ("far_behind_pace", 3)
    GROWTH_MEETS = ("growth_meets", 4)
    GROWTH_BELOW = ("growth_below", 5)
    LEVEL_REACHED = ("level_reached", 6)
    LEVEL_WITHIN_BAND = ("level_within_band", 7)
    LEVEL_BELOW_BAND = ("level_below_band", 8)
    WITHIN_ALLOWANCE = ("within_allowance", 9)
    ALLOWANCE_AHEAD = ("allowance_ahead", 10)
    ALLOWANCE_FAR_AHEAD = ("allowance_far_ahead", 11)
    ALLOWANCE_EXCEEDED = ("allowance_exceeded", 12)
    MILESTONE_REACHED = ("milestone_reached", 13)
    MILESTONE_PENDING = ("milestone_pending", 14)
    NO_PROGRESS_REPORTED = ("no_progress_reported", 15)
    NO_FIGURE = ("no_figure", 16)
    UNIT_MISMATCH = ("unit_mismatch", 17)
    QUALITATIVE = ("qualitative", 18)
    INVALID_TARGET = ("invalid_target", 19)
    ASSESSED = ("assessed", 20)
    DETERIORATING = ("deteriorating", 21)
    SUB_TARGET_UNASSESSED = ("sub_target_unassessed", 22)
    NOT_REACHED_BY_END = ("not_reached_by_end", 23)
    TARGET_EXCEEDED = ("target_exceeded", 24)
    MILESTONE_MISSED = ("milestone_missed", 25)
    NO_RECORD = ("no_record", 26)


class Kind(_CodedEnum):
    """A sub-target's kind."""
    CUMULATIVE = ("cumulative", 0)
    GROWTH = ("growth", 1)
    LEVEL = ("level", 2)
    CEILING = ("ceiling", 3)
    MILESTONE = ("milestone", 4)
    QUALITATIVE = ("qualitative", 5)


class Comparator(_CodedEnum):
    """How a figure is compared with its target."""
    REACH = ("reach", 0)
    AT_LEAST = ("at_least", 1)
    EXCEED = ("exceed", 2)
    AROUND = ("around", 3)
    AT_MOST = ("at_most", 4)
    FULL = ("full", 5)


class ItemKind(_CodedEnum):
    """Indicator (指标) or task (任务)."""
    INDICATOR = ("indicator", 0)
    TASK = ("task", 1)


class Role(_CodedEnum):
    """A responsible unit's part: lead (责任单位) or cooperating (配合单位)."""
    LEAD = ("lead", 0)
    COOPERATING = ("cooperating", 1)


class Rounding(_CodedEnum):
    """Rounding modes for printed figures."""
    HALF_EVEN = ("half_even", 0)
    HALF_UP = ("half_up", 1)
    HALF_DOWN = ("half_down", 2)
    TOWARD_ZERO = ("toward_zero", 3)
    AWAY_FROM_ZERO = ("away_from_zero", 4)
    FLOOR = ("floor", 5)
    CEILING = ("ceiling", 6)


class Dimension(_CodedEnum):
    """A unit's dimension."""
    COUNT = ("count", 0)
    PEOPLE = ("people", 1)
    AREA = ("area", 2)
    LENGTH = ("length", 3)
    VOLUME = ("volume", 4)
    MASS = ("mass", 5)
    MONEY = ("money", 6)
    DURATION = ("duration", 7)
    PERCENT = ("percent", 8)
    PERCENTAGE_POINT = ("percentage_point", 9)
    ENERGY = ("energy", 10)
    DATA = ("data", 11)
    FREQUENCY = ("frequency", 12)
    POWER = ("power", 13)
    USD = ("usd", 14)
    EUR = ("eur", 15)
    HKD = ("hkd", 16)

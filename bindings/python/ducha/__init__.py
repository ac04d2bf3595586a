"""ducha: exact, explainable supervision of government work-report targets.

Pure ctypes bindings to libducha.so.1: the copy bundled in the package, else the one
in the install prefix, else the system loader's (DUCHA_LIBRARY overrides). Values
are exact: pass str, int or decimal.Decimal, receive decimal.Decimal and
fractions.Fraction; floats are refused.

    >>> import ducha
    >>> from datetime import date
    >>> r = ducha.assess(target=("30", "个"), done=("2", "个"), as_of=date(2022, 6, 30))
    >>> r.status, r.ratio, r.explanation
    ('severely_lagging', Fraction(1, 15), '已完成2/30(6.67%),低于序时进度50.00%的1/3,严重滞后')
"""
from ._native import lib as _lib
from .assess import Assessment, BatchResult, RuleResult, TextAssessment, assess, batch, check_rules, extract
from .columns import ColumnResults, evaluate_columns
from .limits import Limits, limits, set_limits
from .enums import Comparator, Dimension, ItemKind, Kind, Reason, Role, Rounding, Status
from .errors import (DivisionByZeroError, DuchaError, DuchaIOError, DuchaMemoryError, HandleError,
                     InternalError, InvalidArgumentError, InvalidDateError, NotFoundError,
                     OutOfRangeError, ParseError, UnitMismatchError, UnknownUnitError, Utf8Error,
                     VersionError)
from .numbers import compare, convert, dimension, format_number, normalize, ratio, target_hints
from .plan import Evaluation, ItemResult, Plan, Policy, SubTargetResult

from ._version import __version__


def library_version() -> str:
    """The version of the libducha actually loaded."""
    return _lib.ducha_version_string().decode()


__all__ = [
    "ColumnResults", "evaluate_columns", "Comparator", "Dimension", "ItemKind", "Kind", "Reason", "Role", "Rounding", "Status",
    "Assessment", "BatchResult", "RuleResult", "TextAssessment", "Evaluation", "ItemResult", "Plan", "Policy", "SubTargetResult",
    "assess", "batch", "check_rules", "extract", "compare", "convert", "dimension", "format_number", "library_version",
    "normalize", "ratio", "target_hints", "Limits", "limits", "set_limits",
    "DuchaError", "DivisionByZeroError", "DuchaIOError", "DuchaMemoryError", "HandleError",
    "InternalError", "InvalidArgumentError", "InvalidDateError", "NotFoundError", "OutOfRangeError",
    "ParseError", "UnitMismatchError", "UnknownUnitError", "Utf8Error", "VersionError",
]

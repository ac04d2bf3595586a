"""Exceptions: one class per ducha_error_code code, all under DuchaError."""


class DuchaError(Exception):
    """A ducha call failed. `code` is the ducha_error_code value, `message` the library's text."""

    code = -99

    def __init__(self, message: str, code: int = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidArgumentError(DuchaError, ValueError):
    code = -1


class ParseError(DuchaError, ValueError):
    code = -2


class OutOfRangeError(DuchaError, ValueError):
    code = -3


class UnknownUnitError(DuchaError, ValueError):
    code = -4


class UnitMismatchError(DuchaError, ValueError):
    code = -5


class InvalidDateError(DuchaError, ValueError):
    code = -6


class DuchaIOError(DuchaError, OSError):
    code = -7


class Utf8Error(DuchaError, UnicodeError):
    code = -8


class DuchaMemoryError(DuchaError, MemoryError):
    code = -9


class NotFoundError(DuchaError, LookupError):
    code = -10


class HandleError(DuchaError):
    code = -11


class DivisionByZeroError(DuchaError, ZeroDivisionError):
    code = -12


class VersionError(DuchaError):
    code = -13


class InternalError(DuchaError):
    code = -99


BY_CODE = {cls.code: cls for cls in (
    InvalidArgumentError, ParseError, OutOfRangeError, UnknownUnitError, UnitMismatchError,
    InvalidDateError, DuchaIOError, Utf8Error, DuchaMemoryError, NotFoundError, HandleError,
    DivisionByZeroError, VersionError, InternalError)}


def error_for(code: int, message: str) -> DuchaError:
    """The exception for a ducha_error_code code (DuchaError for codes this package does not know)."""
    cls = BY_CODE.get(code, DuchaError)
    return cls(message or f"ducha error {code}", code)

"""Loading libducha.so.1 and declaring every C prototype in one table.

Every function that returns a ducha_error_code gets an errcheck that raises the
matching exception with the library's message; nothing else in the package
calls ctypes directly on the raw library.
"""
import ctypes
import ctypes.util
import os
import sys
from pathlib import Path
from ctypes import (POINTER, Structure, c_char_p, c_int, c_int32, c_int64, c_size_t, c_void_p)

P = POINTER

from .errors import error_for

from ._version import __version__

ABI_MAJOR = 1            # the SONAME this package loads
# The oldest library version this package works with: its own major.minor.
VERSION_MAJOR, VERSION_MINOR = (int(p) for p in (__version__.split(".") + ["0", "0"])[:2]) \
    if __version__[0].isdigit() else (0, 0)


class Buf(Structure):
    _fields_ = [("ptr", c_void_p), ("size", c_size_t)]


class SubTargetDesc(Structure):
    _fields_ = [("version", c_int), ("text", c_char_p), ("kind", c_int), ("target_value", c_char_p),
                ("target_unit", c_char_p), ("comparator", c_int), ("lower_is_better", c_int)]


class ProgressDesc(Structure):
    _fields_ = [("version", c_int), ("value", c_char_p), ("unit", c_char_p), ("text", c_char_p),
                ("estimated", c_int), ("as_of", c_char_p)]


class ItemResult(Structure):
    _fields_ = [("version", c_int), ("status", c_int), ("reason", c_int), ("assessed", c_int),
                ("official_status", c_int), ("agrees_with_official", c_int), ("sub_target_count", c_size_t),
                ("id", c_char_p), ("label", c_char_p), ("reason_name", c_char_p),
                ("explanation", c_char_p), ("expected", c_char_p),
                ("text", c_char_p), ("kind", c_int)]  # version 2


class SubTargetResult(Structure):
    _fields_ = [("version", c_int), ("status", c_int), ("reason", c_int), ("label", c_char_p),
                ("reason_name", c_char_p), ("ratio", c_char_p), ("ratio_pct", c_char_p),
                ("expected", c_char_p), ("gap_pp", c_char_p), ("explanation", c_char_p),
                ("text", c_char_p), ("kind", c_int), ("comparator", c_int),  # version 2
                ("target_value", c_char_p), ("target_unit", c_char_p),
                ("actual_value", c_char_p), ("actual_unit", c_char_p)]


class BatchInput(Structure):
    _fields_ = [("version", c_int), ("target_value", c_char_p), ("target_unit", c_char_p), ("done_value", c_char_p),
                ("done_unit", c_char_p), ("kind", c_int), ("comparator", c_int), ("flags", c_int)]


class BatchOutput(Structure):
    _fields_ = [("version", c_int), ("error", c_int), ("status", c_int), ("reason", c_int),
                ("ratio_numerator", c_int64), ("ratio_denominator", c_int64)]


class Columns(Structure):
    _fields_ = [("version", c_int), ("count", c_size_t), ("unit_names", P(c_char_p)), ("unit_count", c_size_t),
                ("target_values", c_char_p), ("target_values_size", c_size_t), ("target_units", P(c_int32)),
                ("done_values", c_char_p), ("done_values_size", c_size_t), ("done_units", P(c_int32)),
                ("kinds", P(c_int32)), ("comparators", P(c_int32)), ("flags", P(c_int32)),
                ("errors", P(c_int32)), ("statuses", P(c_int32)), ("reasons", P(c_int32)),
                ("ratio_numerators", P(c_int64)), ("ratio_denominators", P(c_int64))]


class Limits(Structure):
    _fields_ = [("version", c_int), ("input_bytes", c_size_t), ("line_bytes", c_size_t), ("items", c_size_t),
                ("sub_targets", c_size_t), ("text_bytes", c_size_t), ("clause_bytes", c_size_t)]


SUB_TARGET_DESC_VERSION = PROGRESS_DESC_VERSION = 1
LIMITS_VERSION = 1
ITEM_RESULT_VERSION = SUB_TARGET_RESULT_VERSION = 2
COLUMNS_VERSION = BATCH_VERSION = 1

Plan_p = c_void_p
Policy_p = c_void_p
Evaluation_p = c_void_p
P = POINTER

# (name, argtypes, restype, checked): checked functions return a ducha_error_code.
# Arguments in ducha.h's one order: handle, inputs, policy, date, outputs last.
PROTOTYPES = [
    ("ducha_error_last", [], c_char_p, False),
    ("ducha_error_last_code", [], c_int, False),
    ("ducha_version_number", [], c_int, False),
    ("ducha_version_string", [], c_char_p, False),
    ("ducha_buf_free", [P(Buf)], None, False),
    ("ducha_status_name", [c_int], c_char_p, False),
    ("ducha_status_label", [c_int], c_char_p, False),
    ("ducha_reason_name", [c_int], c_char_p, False),
    ("ducha_dimension_name", [c_int], c_char_p, False),
    ("ducha_decimal_normalize", [c_char_p, c_size_t, P(Buf)], c_int, True),
    ("ducha_decimal_compare", [c_char_p, c_size_t, c_char_p, c_size_t, P(c_int)], c_int, True),
    ("ducha_decimal_ratio", [c_char_p, c_size_t, c_char_p, c_size_t, P(Buf)], c_int, True),
    ("ducha_number_format", [c_char_p, c_size_t, c_int, c_int, c_int, P(Buf)], c_int, True),
    ("ducha_unit_dimension", [c_char_p, c_size_t, P(c_int)], c_int, True),
    ("ducha_quantity_convert", [c_char_p, c_size_t, c_char_p, c_size_t, c_char_p, c_size_t, P(Buf)], c_int, True),
    ("ducha_target_hints", [c_char_p, c_size_t, c_char_p, c_size_t, P(c_int), P(c_int), P(c_int)], c_int, True),
    ("ducha_plan_create", [c_char_p, c_int, P(Plan_p)], c_int, True),
    ("ducha_plan_load", [c_char_p, P(Plan_p)], c_int, True),
    ("ducha_plan_parse", [c_char_p, c_size_t, P(Plan_p)], c_int, True),
    ("ducha_plan_free", [Plan_p], None, False),
    ("ducha_plan_to_json", [Plan_p, P(Buf)], c_int, True),
    ("ducha_plan_save", [Plan_p, c_char_p], c_int, True),
    ("ducha_plan_item_count", [Plan_p, P(c_size_t)], c_int, True),
    ("ducha_plan_set_as_of", [Plan_p, c_char_p], c_int, True),
    ("ducha_plan_add_unit", [Plan_p, c_char_p, c_char_p], c_int, True),
    ("ducha_plan_add_unit_alias", [Plan_p, c_char_p, c_char_p], c_int, True),
    ("ducha_plan_add_item", [Plan_p, c_char_p, c_int, c_char_p, P(c_size_t)], c_int, True),
    ("ducha_plan_item_add_unit", [Plan_p, c_size_t, c_int, c_char_p], c_int, True),
    ("ducha_plan_item_set_progress_text", [Plan_p, c_size_t, c_char_p], c_int, True),
    ("ducha_plan_item_set_official_status", [Plan_p, c_size_t, c_int], c_int, True),
    ("ducha_plan_item_set_override", [Plan_p, c_size_t, c_int, c_char_p, c_char_p], c_int, True),
    ("ducha_plan_item_set_assessment", [Plan_p, c_size_t, c_int, c_char_p, c_char_p], c_int, True),
    ("ducha_sub_target_desc_init", [P(SubTargetDesc), c_int], c_int, True),
    ("ducha_plan_item_add_sub_target", [Plan_p, c_size_t, P(SubTargetDesc), P(c_size_t)], c_int, True),
    ("ducha_progress_desc_init", [P(ProgressDesc), c_int], c_int, True),
    ("ducha_plan_sub_target_set_progress", [Plan_p, c_size_t, c_size_t, P(ProgressDesc)], c_int, True),
    ("ducha_policy_create", [P(Policy_p)], c_int, True),
    ("ducha_policy_load", [c_char_p, c_int, P(Policy_p)], c_int, True),
    ("ducha_policy_parse", [c_char_p, c_size_t, c_int, P(Policy_p)], c_int, True),
    ("ducha_policy_free", [Policy_p], None, False),
    ("ducha_policy_to_json", [Policy_p, P(Buf)], c_int, True),
    ("ducha_policy_version", [Policy_p, P(Buf)], c_int, True),
    ("ducha_evaluate", [Plan_p, Policy_p, c_char_p, P(Evaluation_p)], c_int, True),
    ("ducha_evaluation_free", [Evaluation_p], None, False),
    ("ducha_evaluation_to_json", [Evaluation_p, P(Buf)], c_int, True),
    ("ducha_evaluation_render", [Evaluation_p, c_char_p, P(Buf)], c_int, True),
    ("ducha_evaluation_item_count", [Evaluation_p, P(c_size_t)], c_int, True),
    ("ducha_item_result_init", [P(ItemResult), c_int], c_int, True),
    ("ducha_sub_target_result_init", [P(SubTargetResult), c_int], c_int, True),
    ("ducha_evaluation_item", [Evaluation_p, c_size_t, P(ItemResult)], c_int, True),
    ("ducha_evaluation_sub_target", [Evaluation_p, c_size_t, c_size_t, P(SubTargetResult)], c_int, True),
    ("ducha_batch_input_init", [P(BatchInput), c_int], c_int, True),
    ("ducha_batch_output_init", [P(BatchOutput), c_int], c_int, True),
    ("ducha_evaluate_batch", [P(BatchInput), c_size_t, Policy_p, c_int, c_char_p, P(BatchOutput)], c_int, True),
    ("ducha_extract", [c_char_p, c_size_t, c_int, P(Buf)], c_int, True),
    ("ducha_columns_init", [P(Columns), c_int], c_int, True),
    ("ducha_limits_init", [P(Limits), c_int], c_int, True),
    ("ducha_limits_get", [P(Limits)], c_int, True),
    ("ducha_limits_set", [P(Limits)], c_int, True),
    ("ducha_plan_load_limited", [c_char_p, P(Limits), P(Plan_p)], c_int, True),
    ("ducha_plan_parse_limited", [c_char_p, c_size_t, P(Limits), P(Plan_p)], c_int, True),
    ("ducha_policy_load_limited", [c_char_p, c_int, P(Limits), P(Policy_p)], c_int, True),
    ("ducha_policy_parse_limited", [c_char_p, c_size_t, c_int, P(Limits), P(Policy_p)], c_int, True),
    ("ducha_extract_limited", [c_char_p, c_size_t, c_int, P(Limits), P(Buf)], c_int, True),
    ("ducha_check_rules_limited", [c_char_p, c_size_t, Policy_p, P(Limits), P(Buf), P(c_size_t)], c_int, True),
    ("ducha_assess_text_limited",
     [c_char_p, c_size_t, c_char_p, c_size_t, c_int, Policy_p, c_int, c_char_p, P(Limits), P(Buf)], c_int, True),
    ("ducha_evaluate_columns", [P(Columns), Policy_p, c_int, c_char_p], c_int, True),
    ("ducha_check_rules", [c_char_p, c_size_t, Policy_p, P(Buf), P(c_size_t)], c_int, True),
    ("ducha_assess_text", [c_char_p, c_size_t, c_char_p, c_size_t, c_int, Policy_p, c_int, c_char_p, P(Buf)],
     c_int, True),
]


def _prefix_dirs():
    """lib directories of the prefix this package was installed into, and Python's."""
    here = Path(__file__).resolve().parent
    prefixes = [p.parent for p in here.parents if p.name in ("lib", "lib64")]
    prefixes += [Path(sys.prefix), Path(sys.base_prefix)]
    dirs = []
    for prefix in prefixes:
        for lib in (prefix / "lib", prefix / "lib64"):
            if lib.is_dir():
                dirs += [lib, *sorted(lib.glob("*-linux-gnu"))]
    return dirs


def _candidates():
    """Where libducha is looked for, in order: DUCHA_LIBRARY (an override), the copy
    bundled into the package by the in-tree backend, the install prefix, the loader."""
    override = os.environ.get("DUCHA_LIBRARY")
    if override:
        return [override]
    soname = f"libducha.so.{ABI_MAJOR}"
    names = [str(Path(__file__).resolve().parent / "_lib" / soname)]
    names += [str(d / soname) for d in _prefix_dirs() if (d / soname).exists()]
    names.append(soname)
    found = ctypes.util.find_library("ducha")
    if found:
        names.append(found)
    return names


def _load():
    tried = []
    for name in _candidates():
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            tried.append(f"{name}: {e}")
    raise ImportError("cannot load libducha: install it (cmake --install) or build the package with "
                      "--config-settings libducha=PATH to bundle it, or set DUCHA_LIBRARY; tried:\n  "
                      + "\n  ".join(tried))


def _check(lib):
    def errcheck(result, func, args):
        if result < 0:
            message = lib.ducha_error_last()
            raise error_for(result, message.decode("utf-8", "replace") if message else "")
        return result
    return errcheck


def _bind(lib):
    check = _check(lib)
    for name, argtypes, restype, checked in PROTOTYPES:
        try:
            fn = getattr(lib, name)
        except AttributeError:
            raise ImportError(f"{lib._name} has no {name}: the library is older than this package "
                              f"(needs ducha {VERSION_MAJOR}.{VERSION_MINOR} or newer)") from None
        fn.argtypes = argtypes
        fn.restype = restype
        if checked:
            fn.errcheck = check
    version = lib.ducha_version_number()
    major, minor = version // 10000, version // 100 % 100
    if major != VERSION_MAJOR or minor < VERSION_MINOR:
        raise ImportError(f"{lib._name} is ducha {major}.{minor}; this package needs "
                          f"{VERSION_MAJOR}.{VERSION_MINOR} or a newer {VERSION_MAJOR}.x")
    return lib


lib = _bind(_load())


def take_string(buf: Buf) -> str:
    """Copies a library-owned ducha_buf into a str and frees it."""
    try:
        return ctypes.string_at(buf.ptr, buf.size).decode("utf-8") if buf.ptr else ""
    finally:
        lib.ducha_buf_free(ctypes.byref(buf))


def call_string(fn, *args) -> str:
    """Calls a function whose last parameter is a ducha_buf out-parameter."""
    buf = Buf()
    fn(*args, ctypes.byref(buf))
    return take_string(buf)

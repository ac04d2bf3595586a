"""Runs one case of tests/data/bad-input/cases.tsv on its surface and returns
(outcome, message): for the command line the exit status and the first
"ducha: …" line of stderr; for the C interface the status name and
ducha_error_last(); for Python the exception's class name and text.

Placeholders in a call: {dir} the bad-input folder, {ex} examples/, {repo} the
source tree. Command lines may end with "< FILE" (standard input) and
"> FILE" (standard output, e.g. /dev/full).
"""
import ctypes
import json
import os
import shlex
import subprocess
from pathlib import Path

REPO = Path(os.environ.get("DUCHA_SOURCE_DIR", Path(__file__).resolve().parents[2]))
DIR = REPO / "tests/data/bad-input"
TABLE = DIR / "cases.tsv"
COLUMNS = ["name", "surface", "call", "outcome", "message"]
STATUS_NAMES = {0: "DUCHA_OK", -1: "DUCHA_EINVALID", -2: "DUCHA_EPARSE", -3: "DUCHA_ERANGE", -4: "DUCHA_EUNIT",
                -5: "DUCHA_EMISMATCH", -6: "DUCHA_EDATE", -7: "DUCHA_EIO", -8: "DUCHA_EUTF8", -9: "DUCHA_ENOMEM",
                -10: "DUCHA_ENOTFOUND", -11: "DUCHA_EHANDLE", -12: "DUCHA_EDIVZERO", -13: "DUCHA_EVERSION",
                -99: "DUCHA_EINTERNAL"}


def expand(text):
    return text.replace("{dir}", str(DIR)).replace("{ex}", str(REPO / "examples")).replace("{repo}", str(REPO))


def shorten(text):
    return text.replace(str(DIR), "{dir}").replace(str(REPO / "examples"), "{ex}").replace(str(REPO), "{repo}")


def read_table():
    rows = []
    for number, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            raise ValueError(f"{TABLE}:{number}: {len(fields)} columns, expected {len(COLUMNS)}")
        rows.append(dict(zip(COLUMNS, fields)))
    return rows


def run_cli(call):
    words = shlex.split(call)
    stdin = stdout = None
    if len(words) >= 2 and words[-2] == ">":
        stdout, words = expand(words[-1]), words[:-2]
    if len(words) >= 2 and words[-2] == "<":
        stdin, words = expand(words[-1]), words[:-2]
    args = [os.environ["DUCHA_BIN"], *map(expand, words)]
    with open(stdin or os.devnull, "rb") as fin, open(stdout or os.devnull, "wb") as fout:
        r = subprocess.run(args, stdin=fin, stdout=fout, stderr=subprocess.PIPE, timeout=120)
    err = r.stderr.decode("utf-8", "replace")
    line = next((l for l in err.splitlines() if l.startswith("ducha:")), err.strip()[:300])
    return str(r.returncode), shorten(line)


_lib = None


def library():
    global _lib
    if _lib is None:
        _lib = ctypes.CDLL(os.environ["DUCHA_LIBRARY"])
        _lib.ducha_error_last.restype = ctypes.c_char_p
    return _lib


class BatchInput(ctypes.Structure):
    _fields_ = [("version", ctypes.c_int), ("target_value", ctypes.c_char_p), ("target_unit", ctypes.c_char_p), ("done_value", ctypes.c_char_p),
                ("done_unit", ctypes.c_char_p), ("kind", ctypes.c_int), ("comparator", ctypes.c_int),
                ("flags", ctypes.c_int)]


class BatchOutput(ctypes.Structure):
    _fields_ = [("version", ctypes.c_int), ("error", ctypes.c_int), ("status", ctypes.c_int),
                ("reason", ctypes.c_int), ("ratio_numerator", ctypes.c_int64), ("ratio_denominator", ctypes.c_int64)]


def run_batch(target_value, target_unit, done_value, done_unit):
    """One cumulative input to ducha_evaluate_batch: its own error's name (the call itself succeeds)."""
    lib = library()
    inputs = (BatchInput * 1)(BatchInput(1, target_value.encode(), target_unit.encode(), done_value.encode(),
                                         done_unit.encode(), 0, 0, 0))
    outputs = (BatchOutput * 1)(BatchOutput(1))  # version 1, as ducha_batch_output_init sets
    status = lib.ducha_evaluate_batch(inputs, ctypes.c_size_t(1), None, 2022, b"2022-06-30", outputs)
    if status != 0:
        return STATUS_NAMES.get(status, str(status)), lib.ducha_error_last().decode()
    return STATUS_NAMES.get(outputs[0].error, str(outputs[0].error)), f"ratio {outputs[0].ratio_numerator}/{outputs[0].ratio_denominator}"


class Limits(ctypes.Structure):
    _fields_ = [("version", ctypes.c_int), ("input_bytes", ctypes.c_size_t), ("line_bytes", ctypes.c_size_t),
                ("items", ctypes.c_size_t), ("sub_targets", ctypes.c_size_t), ("text_bytes", ctypes.c_size_t),
                ("clause_bytes", ctypes.c_size_t)]


class Buf(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("size", ctypes.c_size_t)]


def set_limits(settings):
    """Sets ducha_limits from "name=value" words over the defaults; returns its status."""
    limits = Limits()
    library().ducha_limits_init(ctypes.byref(limits), 1)
    for setting in settings:
        name, value = setting.split("=")
        setattr(limits, name, int(value))
    return library().ducha_limits_set(ctypes.byref(limits))


def run_text_call(function, argument):
    """ducha_assess_text (a JSON line's target and progress), ducha_check_rules (a case file)
    or ducha_extract (a text file); the status and, on failure, the message."""
    lib = library()
    buf = Buf()
    data = Path(argument).read_bytes()
    if function == "assess_text":
        line = json.loads(data.decode("utf-8").splitlines()[0])
        t, p = line["target"].encode(), line.get("progress", "").encode()
        status = lib.ducha_assess_text(t, ctypes.c_size_t(len(t)), p, ctypes.c_size_t(len(p)), 1, None, 2022,
                                       b"2022-06-30", ctypes.byref(buf))
    elif function == "check_rules":
        failed = ctypes.c_size_t()
        status = lib.ducha_check_rules(data, ctypes.c_size_t(len(data)), None, ctypes.byref(buf), ctypes.byref(failed))
    else:
        status = lib.ducha_extract(data, ctypes.c_size_t(len(data)), 2022, ctypes.byref(buf))
    if status == 0:
        lib.ducha_buf_free(ctypes.byref(buf))
        return "DUCHA_OK", ""
    return STATUS_NAMES.get(status, str(status)), shorten(lib.ducha_error_last().decode())


def run_capi(call):
    """`FUNCTION ARGUMENT [limit=value …]`: the limits (ducha_limits_set) hold for this call only."""
    lib = library()
    if call.startswith("evaluate_batch "):
        return run_batch(*shlex.split(call)[1:])
    function, argument, *settings = shlex.split(call)
    if function == "limits_set":
        status = set_limits([argument])
        message = "" if status == 0 else lib.ducha_error_last().decode()
        set_limits([])
        return STATUS_NAMES.get(status, str(status)), message
    if settings and set_limits(settings) != 0:
        raise ValueError(f"{call}: ducha_limits_set failed: {lib.ducha_error_last().decode()}")
    try:
        return run_capi_call(lib, function, expand(argument))
    finally:
        if settings:
            set_limits([])


def run_capi_call(lib, function, argument):
    if function in ("assess_text", "check_rules", "extract"):
        return run_text_call(function, argument)
    handle = ctypes.c_void_p()
    if function == "plan_parse":
        data = Path(argument).read_bytes()
        status = lib.ducha_plan_parse(data, ctypes.c_size_t(len(data)), ctypes.byref(handle))
        free = lib.ducha_plan_free
    elif function == "plan_load":
        status = lib.ducha_plan_load(argument.encode(), ctypes.byref(handle))
        free = lib.ducha_plan_free
    elif function == "policy_parse":
        data = Path(argument).read_bytes()
        status = lib.ducha_policy_parse(data, ctypes.c_size_t(len(data)), 2022, ctypes.byref(handle))
        free = lib.ducha_policy_free
    elif function == "decimal_normalize":
        buf = Buf()
        data = argument.encode()
        status = lib.ducha_decimal_normalize(data, ctypes.c_size_t(len(data)), ctypes.byref(buf))
        if status == 0:
            lib.ducha_buf_free(ctypes.byref(buf))
        return STATUS_NAMES.get(status, str(status)), "" if status == 0 else shorten(lib.ducha_error_last().decode())
    else:
        raise ValueError(f"unknown C function {function}")
    if status == 0:
        free(handle)
        return "DUCHA_OK", ""
    return STATUS_NAMES.get(status, str(status)), shorten(lib.ducha_error_last().decode())


def run_python(call):
    import ducha  # noqa: F401 (used by the expression)
    names = {"ducha": ducha, "text": lambda p: (DIR / p).read_text(encoding="utf-8"), "path": lambda p: str(DIR / p)}
    try:
        eval(call, names)  # the table's own expressions, not input
    except Exception as e:  # the class is the outcome
        return type(e).__name__, shorten(str(e))
    return "no error", ""


def run(surface, call):
    return {"cli": run_cli, "capi": run_capi, "python": run_python}[surface](call)

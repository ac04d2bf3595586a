"""One source of truth: the version is written once (CMakeLists.txt) and every
enum's numbering once (ducha.h); everything else is generated from or checked
against them."""
import ctypes
import os
import re
import subprocess
from pathlib import Path

SOURCE = Path(os.environ.get("DUCHA_SOURCE_DIR", Path(__file__).resolve().parents[2]))
VERSION = re.search(r"project\(ducha VERSION ([0-9.]+)", (SOURCE / "CMakeLists.txt").read_text()).group(1)


def tracked_files():
    out = subprocess.run(["git", "-C", str(SOURCE), "ls-files"], capture_output=True, text=True, check=True).stdout
    return [SOURCE / f for f in out.splitlines()]


def test_the_version_is_written_once():
    pattern = re.compile(r"(?<![\d.])" + re.escape(VERSION) + r"(?![\d.])")
    skip = {"CMakeLists.txt", "CHANGELOG.md", "tests/abi/libducha.abi"}
    found = []
    for path in tracked_files():
        rel = path.relative_to(SOURCE).as_posix()
        if rel in skip or rel.startswith(("tests/data/", "examples/")) or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{rel}:{text.count(chr(10), 0, m.start()) + 1}" for m in pattern.finditer(text)]
    assert found == [], f"the version {VERSION} is written outside CMakeLists.txt: {found}"


def header_enums():
    header = (SOURCE / "capi/include/ducha.h").read_text(encoding="utf-8")
    enums = {}
    for name, body in re.findall(r"typedef enum (\w+) \{(.*?)\} \1;", header, re.S):
        enums[name] = {k: int(v) for k, v in re.findall(r"(DUCHA_\w+) = (-?\d+)", body)}
    return enums


def test_the_built_library_names_every_header_value():
    lib = ctypes.CDLL(os.environ["DUCHA_LIBRARY"])
    for fn in ("ducha_status_name", "ducha_reason_name", "ducha_dimension_name"):
        getattr(lib, fn).restype = ctypes.c_char_p
    lib.ducha_version_string.restype = ctypes.c_char_p
    assert lib.ducha_version_string().decode() == VERSION
    enums = header_enums()
    for enum, prefix, fn in [("ducha_status", "DUCHA_STATUS_", lib.ducha_status_name),
                             ("ducha_reason", "DUCHA_REASON_", lib.ducha_reason_name),
                             ("ducha_dimension", "DUCHA_DIM_", lib.ducha_dimension_name)]:
        values = enums[enum]
        assert sorted(values.values()) == list(range(len(values))), enum
        for name, value in values.items():
            assert fn(value).decode() == name[len(prefix):].lower(), name
        assert fn(len(values)) is None, f"the library knows a {enum} value the header lacks"


def test_python_enums_match_the_header():
    import sys
    sys.path.insert(0, str(SOURCE / "bindings/python"))
    import ducha
    enums = header_enums()
    for cls, enum, prefix in [(ducha.Status, "ducha_status", "DUCHA_STATUS_"),
                              (ducha.Reason, "ducha_reason", "DUCHA_REASON_"),
                              (ducha.Kind, "ducha_kind", "DUCHA_KIND_"),
                              (ducha.Comparator, "ducha_comparator", "DUCHA_CMP_"),
                              (ducha.ItemKind, "ducha_item_kind", "DUCHA_ITEM_"),
                              (ducha.Role, "ducha_role", "DUCHA_ROLE_"),
                              (ducha.Rounding, "ducha_rounding", "DUCHA_ROUND_"),
                              (ducha.Dimension, "ducha_dimension", "DUCHA_DIM_")]:
        header = {name[len(prefix):].lower(): value for name, value in enums[enum].items()}
        python = {member.value: member.code for member in cls}
        assert python == header, enum
    assert ducha.__version__ == VERSION
    codes = {value for name, value in enums["ducha_error_code"].items() if name != "DUCHA_OK"}
    assert set(ducha.errors.BY_CODE) == codes, "Python's exception classes and ducha_error_code differ"
    for code, cls in ducha.errors.BY_CODE.items():
        assert cls.code == code and issubclass(cls, ducha.DuchaError), cls


def test_generated_files_carry_the_version():
    build = Path(os.environ["DUCHA_BUILD_DIR"])
    assert f'#define DUCHA_VERSION_STRING "{VERSION}"' in (build / "include/ducha/version.h").read_text()
    assert f"Version: {VERSION}" in (build / "capi/ducha.pc").read_text()
    assert (build / f"capi/libducha.so.{VERSION}").exists()


def header_functions():
    """name -> [kind of each parameter] for every function ducha.h declares."""
    header = (SOURCE / "capi/include/ducha.h").read_text(encoding="utf-8")
    header = re.sub(r"/\*.*?\*/", "", header, flags=re.S)
    functions = {}
    for name, params in re.findall(r"DUCHA_API [\w\s\*]+?\b(ducha_\w+)\(([^)]*)\);", header):
        params = " ".join(params.split())
        functions[name] = [] if params in ("", "void") else [c_kind(p) for p in params.split(",")]
    return functions


def c_kind(param):
    """A C parameter's kind as ctypes sees it: text, size, int, handle or pointer."""
    stars = param.count("*")
    if stars == 1 and re.search(r"\bchar\b", param):
        return "text"
    if stars == 1 and re.search(r"\bducha_(plan|policy|evaluation)\b", param):
        return "handle"
    if stars:
        return "pointer"
    return "size" if "size_t" in param else "int"


def ctypes_kind(t):
    if t is ctypes.c_char_p:
        return "text"
    if t is ctypes.c_void_p:
        return "handle"
    if t is ctypes.c_size_t:
        return "size"
    if t in (ctypes.c_int, ctypes.c_int32):
        return "int"
    return "pointer"


def test_python_prototypes_match_the_header():
    """Every ctypes signature has the header's parameters, in the header's order."""
    import sys
    sys.path.insert(0, str(SOURCE / "bindings/python"))
    from ducha._native import PROTOTYPES
    functions = header_functions()
    assert set(functions) == {name for name, *_ in PROTOTYPES}, "functions the header and PROTOTYPES do not share"
    for name, argtypes, _, _ in PROTOTYPES:
        assert [ctypes_kind(t) for t in argtypes] == functions[name], name


def test_outputs_come_last_in_the_header():
    """ducha.h's one order: handle, inputs, policy, date, limits, outputs last (named out…)."""
    header = re.sub(r"/\*.*?\*/", "", (SOURCE / "capi/include/ducha.h").read_text(encoding="utf-8"), flags=re.S)
    for name, params in re.findall(r"DUCHA_API [\w\s\*]+?\b(ducha_\w+)\(([^)]*)\);", header):
        names = [p.split()[-1].lstrip("*") for p in " ".join(params.split()).split(",") if p.strip() not in ("", "void")]
        outs = [i for i, n in enumerate(names) if n.startswith("out")]
        assert outs == list(range(len(names) - len(outs), len(names))), f"{name}: outputs not last: {names}"
        if "policy" in names and name != "ducha_policy_free":
            after = names[names.index("policy") + 1:]
            assert all(n in ("year", "as_of", "limits") or n.startswith("out") for n in after), f"{name}: {names}"
        if "limits" in names and not name.startswith("ducha_limits_"):  # there limits is the struct acted on
            assert names.index("limits") == len(names) - len(outs) - 1, f"{name}: limits not just before outputs"

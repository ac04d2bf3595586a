"""A minimal in-tree PEP 517 backend: builds a wheel from ducha/.

It exists so that installing the bindings needs nothing from a package index.
The version comes from CMakeLists.txt (the one place it is written) and is
carried in ducha/_generated_version.py. With `--config-settings libducha=PATH`
the wheel bundles that libducha.so.1 (ducha/_lib/), so that the installed package
needs no environment variable to find it; the wheel is then tagged for this
platform instead of py3-none-any.
"""
import base64
import hashlib
import os
import platform
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "ducha"


def _version() -> str:
    pkg_info = ROOT / "PKG-INFO"  # an unpacked sdist
    if pkg_info.exists():
        return re.search(r"^Version: (.+)$", pkg_info.read_text(encoding="utf-8"), re.M).group(1).strip()
    cmake = (ROOT.parent.parent / "CMakeLists.txt").read_text(encoding="utf-8")
    return re.search(r"project\(ducha\s+VERSION\s+([0-9.]+)", cmake).group(1)


VERSION = _version()
DIST_INFO = f"{NAME}-{VERSION}.dist-info"
TAG = "py3-none-any"


def _library(config_settings):
    path = (config_settings or {}).get("libducha")
    if not path:
        return None
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"--config-settings libducha={path}: no such file")
    return path


def _tag(library) -> str:
    return f"py3-none-linux_{platform.machine()}" if library else TAG


def _metadata() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
            "Summary: Exact, explainable supervision of government work-report targets\n"
            "Requires-Python: >=3.9\nDescription-Content-Type: text/markdown\n\n" + readme)


def _wheel_file(library=None) -> str:
    purelib = "false" if library else "true"
    return f"Wheel-Version: 1.0\nGenerator: ducha_build\nRoot-Is-Purelib: {purelib}\nTag: {_tag(library)}\n"


def _record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    target = Path(metadata_directory) / DIST_INFO
    target.mkdir(parents=True, exist_ok=True)
    (target / "METADATA").write_text(_metadata(), encoding="utf-8")
    (target / "WHEEL").write_text(_wheel_file(_library(config_settings)), encoding="utf-8")
    return DIST_INFO


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    library = _library(config_settings)
    wheel_name = f"{NAME}-{VERSION}-{_tag(library)}.whl"
    files = {}
    for path in sorted((ROOT / NAME).rglob("*.py")):
        if path.name != "_generated_version.py":
            files[path.relative_to(ROOT).as_posix()] = path.read_bytes()
    files[f"{NAME}/py.typed"] = b""
    files[f"{NAME}/_generated_version.py"] = f'VERSION = "{VERSION}"\n'.encode()
    if library:
        files[f"{NAME}/_lib/{library.name}"] = library.read_bytes()
    files[f"{DIST_INFO}/METADATA"] = _metadata().encode()
    files[f"{DIST_INFO}/WHEEL"] = _wheel_file(library).encode()
    record = [_record_line(name, data) for name, data in files.items()]
    record.append(f"{DIST_INFO}/RECORD,,")
    files[f"{DIST_INFO}/RECORD"] = ("\n".join(record) + "\n").encode()
    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(Path(wheel_directory) / wheel_name, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o755 if "/_lib/" in name else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    import tarfile
    name = f"{NAME}-{VERSION}"
    out = Path(sdist_directory) / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz") as tf:
        for rel in ["pyproject.toml", "README.md", "_build/ducha_build.py", *[
                p.relative_to(ROOT).as_posix() for p in sorted((ROOT / NAME).rglob("*.py"))]]:
            tf.add(ROOT / rel, arcname=f"{name}/{rel}")
        info = tarfile.TarInfo(f"{name}/PKG-INFO")
        data = _metadata().encode()
        info.size = len(data)
        import io
        tf.addfile(info, io.BytesIO(data))
    return out.name

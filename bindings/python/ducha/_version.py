"""The package version. It is written once, in CMakeLists.txt's project(); a wheel
built by the in-tree backend carries it in _generated_version.py, and a source tree
used directly (PYTHONPATH) reads it from CMakeLists.txt."""
import re
from pathlib import Path


def _find() -> str:
    try:
        from ._generated_version import VERSION  # type: ignore[import-not-found]
        return VERSION
    except ImportError:
        pass
    cmake = Path(__file__).resolve().parents[3] / "CMakeLists.txt"
    try:
        m = re.search(r"project\(ducha\s+VERSION\s+([0-9.]+)", cmake.read_text(encoding="utf-8"))
    except OSError:
        m = None
    return m.group(1) if m else "0+unknown"


__version__ = _find()

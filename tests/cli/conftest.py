import os
import subprocess
from pathlib import Path

import pytest

SOURCE = Path(os.environ.get("DUCHA_SOURCE_DIR", Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="session")
def ducha():
    binary = os.environ.get("DUCHA_BIN")
    if not binary:
        pytest.fail("DUCHA_BIN is not set; run these tests through ctest")

    def run(*args, stdin=None):
        return subprocess.run([binary, *map(str, args)], input=stdin, capture_output=True,
                              text=True, timeout=60)

    return run


@pytest.fixture(scope="session")
def source():
    return SOURCE

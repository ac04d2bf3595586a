import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def reference_plan_path():
    return ROOT / "examples/shapingba-2022h1/plan.json"


@pytest.fixture(scope="session", autouse=True)
def library_is_configured():
    if not os.environ.get("DUCHA_LIBRARY"):
        pytest.fail("DUCHA_LIBRARY is not set; run these tests through ctest")

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("STORYLINE_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"real evaluation data not found at {SHARED}")
    return SHARED

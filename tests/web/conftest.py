"""Fixtures for the web tests: a store built by hand (no pipeline needed) and a labelled stand-in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The test data module lives beside the tests; make it importable as a plain module.
sys.path.insert(0, str(Path(__file__).parent))
from webdata import build_store, one_story_per_new_article  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "s.db")


@pytest.fixture
def fake_analyze(monkeypatch):
    from storyline.service import Storyline

    monkeypatch.setattr(Storyline, "analyze", one_story_per_new_article)

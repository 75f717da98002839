"""Packaging metadata: building the package (as `pip install -e .` does) gives no licence warning."""

from __future__ import annotations

import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_metadata_builds_without_a_licence_warning(tmp_path, monkeypatch, capsys):
    from setuptools import build_meta

    monkeypatch.chdir(ROOT)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        name = build_meta.prepare_metadata_for_build_wheel(str(tmp_path))
    printed = capsys.readouterr()
    about_licence = [str(w.message) for w in caught if "licen" in str(w.message).lower()]
    assert about_licence == []
    assert "licen" not in (printed.out + printed.err).lower()
    metadata = (tmp_path / name / "METADATA").read_text(encoding="utf-8")
    assert "License-Expression: Apache-2.0" in metadata.splitlines()
    assert "Name: storyline" in metadata.splitlines()

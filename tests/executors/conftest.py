"""The executor contract: analyse a small corpus under given options and return its report."""

from __future__ import annotations

import json

import pytest

from storyline.options import Options
from storyline.service import Storyline


@pytest.fixture
def analyze_corpus(tmp_path):
    """``analyze_corpus(records, options, name)``: the report of ``records`` (dicts written as JSON
    Lines) analysed in a fresh store ``name``, without its ``generated_at`` so reports compare."""

    def run(records: list[dict], options: Options, name: str) -> dict:
        corpus = tmp_path / "corpus.jsonl"  # one path for every run: sources compare equal
        corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        svc = Storyline.open(tmp_path / f"{name}.db", options)
        try:
            svc.ingest([str(corpus)])
            report = svc.analyze()
        finally:
            svc.close()
        report.pop("generated_at", None)
        return report

    return run

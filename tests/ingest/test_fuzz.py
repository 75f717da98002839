"""The fast part of the ingest fuzz harness (benchmarks/fuzz_ingest.py): a few hundred seeded
hostile inputs, in this process, small bombs. Every input must give articles or named
rejections: no crash, no silent drop, no good record lost, none slow."""

import importlib.util
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_ingest.py"


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_ingest", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_ingest"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    module.warm(0)
    return module


def test_generated_hostile_inputs(fuzz, tmp_path):
    results = []
    for i, case in fuzz.generate(seed=20261204, n=200, scale=0.004):
        r = fuzz.run_inprocess(case, str(tmp_path / str(i)))
        r["i"] = i
        results.append(r)
    bad = [r for r in results if r["crash"] or r["silent"] or r["lost"]]  # times: see the harness (load-bound here)
    assert not bad, bad[:5]
    summary = fuzz.summarise(results, 0)
    assert summary["inputs"] == 200 and len(summary["families"]) == len(fuzz.FAMILIES)


def test_generation_is_seeded(fuzz):
    a = [(c.family, sorted(c.files)) for _, c in fuzz.generate(seed=5, n=30, scale=0.01)]
    b = [(c.family, sorted(c.files)) for _, c in fuzz.generate(seed=5, n=30, scale=0.01)]
    assert a == b

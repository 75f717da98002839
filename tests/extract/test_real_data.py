"""Real-data checks (slow): small slices of the shared benchmarks, skipped without the data."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench_modules():
    sys.path.insert(0, str(BENCH))
    try:
        import dates_tempeval
        import quotes_polnear

        yield quotes_polnear, dates_tempeval
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.slow
def test_polnear_dev_slice(shared_data, extractor, bench_modules):
    quotes_polnear, _ = bench_modules
    docs = quotes_polnear.load_split(shared_data / "polnear", "dev")[:15]
    res = quotes_polnear.evaluate(docs, extractor)
    assert res["content_overlap"]["f1"] >= 0.65
    assert res["speaker"]["p"] >= 0.6


@pytest.mark.slow
def test_tempeval_timebank_slice(shared_data, extractor, bench_modules):
    _, dates_tempeval = bench_modules
    files = sorted((shared_data / "tempeval3_tbaq" / "TBAQ-cleaned" / "TimeBank").glob("*.tml"))[:20]
    res = dates_tempeval.evaluate(files, extractor)
    assert res["value_accuracy_matched"] >= 0.75
    assert res["extent_relaxed"]["f1"] >= 0.75

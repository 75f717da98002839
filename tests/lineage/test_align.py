from __future__ import annotations

import numpy as np

from storyline.lineage.align import monotonic_one_to_one


def test_monotonic_alignment_keeps_order_and_maximises_score() -> None:
    score = np.array([
        [0.9, 0.0, 0.7],
        [0.0, 0.8, 0.0],
        [0.0, 0.0, 0.75],
    ], dtype=np.float32)
    pairs = monotonic_one_to_one(score, 0.6)
    assert [(i, j) for i, j, _ in pairs] == [(0, 0), (1, 1), (2, 2)]


def test_monotonic_alignment_drops_crossing_pairs() -> None:
    # (0, 2) and (2, 0) cross: only one of them can be kept, the higher one.
    score = np.array([
        [0.0, 0.0, 0.9],
        [0.0, 0.7, 0.0],
        [0.8, 0.0, 0.0],
    ], dtype=np.float32)
    pairs = monotonic_one_to_one(score, 0.6)
    assert len(pairs) == 1 and pairs[0][:2] == (0, 2)


def test_monotonic_alignment_respects_threshold_and_empty_input() -> None:
    assert monotonic_one_to_one(np.full((2, 2), 0.5, dtype=np.float32), 0.6) == []
    assert monotonic_one_to_one(np.zeros((0, 3), dtype=np.float32), 0.6) == []

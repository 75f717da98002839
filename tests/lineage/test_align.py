from __future__ import annotations

import numpy as np

from storyline.lineage.align import monotonic_one_to_one, monotonic_runs


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


def test_monotonic_runs_aligns_a_unit_with_a_run_of_sentences() -> None:
    # Two units against four sentences: unit 0 renders sentences 0-1, unit 1 sentences 2-3; each
    # scores low against a single sentence and high against its run.
    score = np.zeros((2, 4, 3), dtype=np.float32)
    score[0, :, 0] = [0.55, 0.4, 0.1, 0.0]
    score[1, :, 0] = [0.0, 0.1, 0.45, 0.6]
    score[0, 0, 1] = 0.8
    score[1, 2, 1] = 0.85
    score[1, 1, 2] = 0.7  # sentences 1-3 overlap unit 0's run
    found = monotonic_runs(score, 0.5)
    assert [(i, j, r) for i, j, r, _ in found] == [(0, 0, 2), (1, 2, 2)]
    # With runs of one only, the best is one sentence per unit.
    assert [(i, j, r) for i, j, r, _ in monotonic_runs(score[:, :, :1], 0.5)] == [(0, 0, 1), (1, 3, 1)]

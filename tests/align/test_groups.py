"""Pair finding and agglomeration over square score matrices (storyline/align/groups.py)."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.align import groups
from storyline.align.groups import agglomerate, upper_pairs


def _reference_pairs(score: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray]:
    iu, ju = np.triu_indices(score.shape[0], k=1)
    keep = score[iu, ju] >= floor
    return iu[keep], ju[keep]


@pytest.mark.parametrize("cells", [1, 7, 64, 1 << 22])
def test_upper_pairs_are_the_pairs_above_the_diagonal_in_row_order_whatever_the_block(monkeypatch, cells):
    monkeypatch.setattr(groups, "PAIR_BLOCK_CELLS", cells)
    rng = np.random.default_rng(3)
    for n in (0, 1, 2, 9, 31):
        m = rng.random((n, n)).astype(np.float32)
        m = (m + m.T) / 2
        m[rng.random((n, n)) < 0.2] = 0.5  # ties exactly at the floor count
        got = upper_pairs(m, 0.5)
        want = _reference_pairs(m, 0.5)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert all(i < j for i, j in zip(*got))


def test_agglomeration_does_not_depend_on_the_block(monkeypatch):
    rng = np.random.default_rng(5)
    m = rng.random((40, 40)).astype(np.float32)
    m = (m + m.T) / 2
    m[:10, :10] = 0.9  # ties among the strongest pairs: the order among them is the row order
    out = agglomerate(m, 0.7, lambda i, j: True, 0.6)
    assert sorted(i for g in out for i in g) == list(range(40)) and len(out) < 40
    monkeypatch.setattr(groups, "PAIR_BLOCK_CELLS", 13)
    assert agglomerate(m, 0.7, lambda i, j: True, 0.6) == out


def _reference_agglomerate(score, threshold, compatible, mean_floor, eligible=None):
    """The grouping without the memo of refused group pairs: every pair checks every cross pair."""
    n = score.shape[0]
    iu, ju = _reference_pairs(score, threshold)
    order = np.argsort(-score[iu, ju], kind="stable")
    group_of = list(range(n))
    members = {i: [i] for i in range(n)}
    for i, j in zip(iu[order].tolist(), ju[order].tolist()):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or (eligible is not None and not eligible(i, j)):
            continue
        a, b = members[gi], members[gj]
        if float(score[np.ix_(a, b)].mean()) < mean_floor or not all(compatible(x, y) for x in a for y in b):
            continue
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a.extend(b)
        for x in b:
            group_of[x] = gi
        del members[gj]
    return [sorted(m) for m in members.values()]


def test_refused_group_pairs_are_not_checked_again_and_groups_are_unchanged():
    # Copies: 30 prints each of three statements; the last print of the first and of the second
    # clash (one changed a figure), so the 900 pairs between their groups are refused once, not
    # 900 times over nearly every cross pair.
    rng = np.random.default_rng(11)
    kind = np.repeat([0, 1, 2], 30)
    score = np.where(kind[:, None] == kind[None, :], 0.97, 0.0).astype(np.float32)
    score[np.ix_(kind < 2, kind < 2)] = np.maximum(score[np.ix_(kind < 2, kind < 2)], 0.9)
    score[np.ix_(kind == 2, kind < 2)] = score[np.ix_(kind < 2, kind == 2)] = 0.5
    score += rng.random(score.shape).astype(np.float32) * 0.01
    score = (score + score.T) / 2
    calls = 0

    def compatible(i: int, j: int) -> bool:
        nonlocal calls
        calls += 1
        return {i, j} != {29, 59}

    got = agglomerate(score, 0.8, compatible, 0.6)
    assert got == [list(range(0, 30)), list(range(30, 60)), list(range(60, 90))]
    assert calls < 3 * 900  # each of the 900 refused pairs would test up to 900 cross pairs
    naive_calls = calls
    calls = 0
    assert _reference_agglomerate(score, 0.8, compatible, 0.6) == got
    assert calls > 100 * naive_calls


def test_grouping_equals_the_reference_on_random_scores():
    rng = np.random.default_rng(2)
    for trial in range(20):
        n = int(rng.integers(2, 40))
        m = rng.random((n, n)).astype(np.float32)
        m = (m + m.T) / 2
        bad = {(int(a), int(b)) for a, b in rng.integers(0, n, size=(n, 2))}

        def compatible(i: int, j: int) -> bool:
            return (i, j) not in bad and (j, i) not in bad

        def eligible(i: int, j: int) -> bool:
            return (i + j) % 5 != 0

        for floor in (0.3, 0.55):
            assert agglomerate(m, 0.6, compatible, floor, eligible) == \
                _reference_agglomerate(m, 0.6, compatible, floor, eligible)

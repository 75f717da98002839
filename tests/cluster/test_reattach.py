"""Reattachment: a split-off group of a few reports rejoins its bigger story (batch and stream)."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.cluster import StreamClusterer, cluster_batch
from storyline.cluster.graph import reattach_small
from storyline.model import Article, Story
from storyline.options import Options
from storyline.resources import embedder
from tests.cluster.test_cluster import IRAN, ITALY, SPANISH_ITALY, make


def grouping(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def block(sizes: list[int], inside: float, between: dict[tuple[int, int], float]) -> np.ndarray:
    """A similarity matrix of groups: ``inside`` within each group, ``between[(a, b)]`` across (else 0)."""
    starts = np.cumsum([0, *sizes])
    sim = np.zeros((starts[-1], starts[-1]))
    for g, n in enumerate(sizes):
        sim[starts[g] : starts[g] + n, starts[g] : starts[g] + n] = inside
    for (a, b), v in between.items():
        sim[starts[a] : starts[a + 1], starts[b] : starts[b + 1]] = v
        sim[starts[b] : starts[b + 1], starts[a] : starts[a + 1]] = v
    return sim


def test_small_group_joins_its_best_bigger_cluster_above_the_ratio():
    # Groups: two stories of 4, one pair close to the second story, one singleton far from both.
    sim = block([4, 4, 2, 1], 0.9, {(1, 2): 0.45, (0, 2): 0.4, (0, 3): 0.2})
    labels = np.repeat([0, 1, 2, 3], [4, 4, 2, 1])
    out = reattach_small(sim, labels, threshold=0.5, size=2, ratio=0.8)
    assert out[8] == out[9] == out[4] != out[0]  # 0.45 >= 0.8 x 0.5, and beats story 0's 0.4
    assert out[10] not in (out[0], out[4])  # 0.2 < 0.4: stays alone
    assert sorted(set(out.tolist())) == [0, 1, 2]  # labels stay consecutive


def test_reattach_needs_a_bigger_cluster_and_can_be_turned_off():
    sim = block([2, 2], 0.9, {(0, 1): 0.45})
    labels = np.repeat([0, 1], [2, 2])
    # Two small groups never absorb each other: only a cluster bigger than ``size`` takes one.
    assert reattach_small(sim, labels, 0.5, 2, 0.8).tolist() == labels.tolist()
    assert reattach_small(sim, labels, 0.5, 1, 0.8).tolist() == labels.tolist()
    big = block([3, 1], 0.9, {(0, 1): 0.45})
    one = np.repeat([0, 1], [3, 1])
    assert len(set(reattach_small(big, one, 0.5, 1, 0.8).tolist())) == 1
    assert reattach_small(big, one, 0.5, 0, 0.8).tolist() == one.tolist()  # size 0: off
    assert reattach_small(big, one, 0.5, 1, 0.95).tolist() == one.tolist()  # 0.45 < 0.95 x 0.5


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    embedder()  # load once for the module
    es = Article(id="es0", source="t", title=SPANISH_ITALY[0], text=SPANISH_ITALY[1], published="2016-08-25")
    return [*make("it", ITALY, "2016-08-24"), es, *make("ir", IRAN, "2016-08-25")]


def strict(size: int) -> Options:
    # At threshold 0.59 the Spanish report (average ~0.54 with the Italian ones) falls just under
    # the cut while each English story still holds together; 0.8 x 0.59 takes it back.
    return Options().with_overrides(
        {"cluster.threshold": 0.59, "cluster.reattach_size": size, "cluster.reattach_ratio": 0.8}
    )


def test_batch_reattaches_a_report_that_fell_just_under_the_cut(corpus):
    italy = frozenset({"it0", "it1", "it2", "es0"})
    iran = frozenset({"ir0", "ir1", "ir2"})
    assert grouping(cluster_batch(corpus, strict(1))) == {italy, iran}
    assert grouping(cluster_batch(corpus, strict(0))) == {italy - {"es0"}, frozenset({"es0"}), iran}


def test_stream_reattaches_like_batch(corpus):
    italy = frozenset({"it0", "it1", "it2", "es0"})
    sc = StreamClusterer(strict(1))
    events = sc.add_many(corpus)
    assert italy in grouping(sc.stories())
    joined = next(e for e in events if "es0" in e.article_ids)
    assert joined.kind == "add" and joined.story_id == sc.stories()[0].id
    off = StreamClusterer(strict(0))
    off.add_many(corpus)
    assert frozenset({"es0"}) in grouping(off.stories())

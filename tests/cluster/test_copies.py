"""Copies of one text (a lineage family) count as one report in story clustering."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from storyline.cluster import StreamClusterer, cluster_batch
from storyline.cluster.graph import copy_groups, kth_best, reattach_small
from storyline.model import Article
from storyline.options import Options
from storyline.text import sentence_spans

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_copy_groups_number_each_family_once():
    groups = copy_groups(6, [np.array([1, 4]), np.array([2, 3, 5])])
    assert groups[1] == groups[4]
    assert groups[2] == groups[3] == groups[5]
    assert len(set(groups.tolist())) == 3  # {0}, {1, 4}, {2, 3, 5}


def test_kth_best_leaves_out_an_articles_own_copies():
    # Article 0 has two rewrites of itself (1, 2) and two other reports (3, 4).
    i = np.array([0, 0, 0, 0, 1])
    j = np.array([1, 2, 3, 4, 2])
    s = np.array([0.8, 0.8, 0.5, 0.4, 0.85])
    groups = copy_groups(5, [np.array([0, 1, 2])])
    assert kth_best(5, i, j, s, 2)[0] == 0.8  # its own copies would make a crowd
    assert kth_best(5, i, j, s, 2, groups=groups)[0] == 0.4
    # Copies still count as neighbours of other articles, and ``below`` still applies.
    assert kth_best(5, i, j, s, 1, groups=groups)[3] == 0.5
    assert kth_best(5, i, j, s, 1, below=0.45, groups=groups)[0] == 0.4


def block(sizes: list[int], inside: float, between: float) -> np.ndarray:
    starts = np.concatenate([[0], np.cumsum(sizes)])
    sim = np.full((starts[-1], starts[-1]), between)
    for g, n in enumerate(sizes):
        sim[starts[g] : starts[g] + n, starts[g] : starts[g] + n] = inside
    return sim


def test_reattach_counts_a_groups_distinct_reports():
    # A story of 6 reports and a split-off group of 6 articles that are 2 reports x 3 copies.
    sim = block([6, 6], 0.9, 0.45)
    labels = np.repeat([0, 1], [6, 6])
    assert len(set(reattach_small(sim, labels, 0.5, 5, 0.8).tolist())) == 2  # 6 articles > 5
    copies = np.array([0, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7])
    assert len(set(reattach_small(sim, labels, 0.5, 5, 0.8, copies).tolist())) == 1  # 2 reports <= 5


def test_stream_copy_groups_follow_families_and_survive_a_state_round_trip():
    from tests.cluster.test_cluster import ITALY, make

    arts = make("it", ITALY, "2016-08-24")
    reprint = Article(id="it0r", source="t", title=ITALY[0][0], text=ITALY[0][1] + " (Reuters)",
                      published="2016-08-25")
    sc = StreamClusterer(Options())
    sc.add_many(arts)
    sc.add(reprint, family_of="it0")
    state = sc.to_state()
    copy = {rec["id"]: rec["copy"] for rec in state["items"]}
    assert copy["it0r"] == copy["it0"] == "it0"
    assert copy["it1"] == "it1" and copy["it2"] == "it2"
    restored = StreamClusterer.from_state(Options(), json.loads(json.dumps(state)))
    assert restored.to_state()["items"] == state["items"]
    # A state written before copy groups (no "copy") still loads: each article is its own group.
    for rec in state["items"]:
        del rec["copy"]
    older = StreamClusterer.from_state(Options(), state)
    assert {rec["copy"] for rec in older.to_state()["items"]} == {"it0", "it1", "it2", "it0r"}


def _edited(text: str, rng: random.Random) -> str:
    """A reprint with light edits: one sentence after the lead dropped, the rest reordered."""
    sents = [text[s:e] for s, e in sentence_spans(text)]
    if len(sents) > 3:
        sents.pop(rng.randrange(1, len(sents)))
        tail = sents[1:]
        rng.shuffle(tail)
        sents = sents[:1] + tail
    return " ".join(sents)


def _bcubed_f1(labels: list[str], gold: list[str]) -> float:
    clusters: dict[str, set[int]] = defaultdict(set)
    classes: dict[str, set[int]] = defaultdict(set)
    for k, (c, g) in enumerate(zip(labels, gold)):
        clusters[c].add(k)
        classes[g].add(k)
    p = sum(len(clusters[c] & classes[g]) / len(clusters[c]) for c, g in zip(labels, gold)) / len(gold)
    r = sum(len(clusters[c] & classes[g]) / len(classes[g]) for c, g in zip(labels, gold)) / len(gold)
    return 2 * p * r / (p + r)


@pytest.mark.slow
def test_reprints_of_real_reports_cluster_like_their_originals():
    from storyline.ingest import iter_inputs
    from storyline.options import IngestOptions

    path = DATA / "ecbplus" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    story_of = {rec["id"]: rec["story"] for rec in map(json.loads, path.open(encoding="utf-8"))}
    originals = [a for a in iter_inputs([str(path)], IngestOptions()) if isinstance(a, Article)]
    rng = random.Random(7)
    corpus: list[Article] = []
    for r in range(3):
        for a in originals:
            text = _edited(a.text, rng) if r else a.text
            corpus.append(Article(id=f"{a.id}~{r}", source="t", title=a.title, text=text, url=a.url,
                                  published=a.published))
    gold = [story_of[a.external_id or a.id] for _ in range(3) for a in originals]
    families = [[f"{a.id}~{r}" for r in range(3)] for a in originals]
    options = Options()

    def batch_f1(articles: list[Article], fams: list[list[str]] | None, truth: list[str]) -> float:
        story = {aid: s.id for s in cluster_batch(articles, options, families=fams) for aid in s.article_ids}
        return _bcubed_f1([story[a.id] for a in articles], truth)

    # Before copies counted as one report, the copies' own crowd damped every score and the
    # stories fell apart (B-cubed F1 0.93 alone, 0.87 with two edited reprints of each report).
    alone = batch_f1(originals, None, gold[: len(originals)])
    assert batch_f1(corpus, families, gold) >= alone - 0.02
    sc = StreamClusterer(options)
    sc.add_many(corpus, [None if a.id.endswith("~0") else a.id.rsplit("~", 1)[0] + "~0" for a in corpus])
    story = {aid: s.id for s in sc.stories() for aid in s.article_ids}
    assert _bcubed_f1([story[a.id] for a in corpus], gold) >= alone - 0.03

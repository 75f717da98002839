"""Batch clustering of a whole corpus into stories."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from storyline.cluster.describe import describe, headline
from storyline.cluster.features import Features, featurize
from storyline.cluster.graph import cluster_graph, effective_days
from storyline.cluster.ids import assign_ids, story_id
from storyline.model import Article, Extraction, Story
from storyline.options import Options

if TYPE_CHECKING:  # pragma: no cover
    from storyline.executors import Executor


def family_groups(ids: list[str], families: list[list[str]] | None) -> list[np.ndarray]:
    """Row positions of each lineage family, overlapping families united; unknown ids ignored."""
    if not families:
        return []
    pos = {aid: p for p, aid in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    touched: set[int] = set()
    for fam in families:
        rows = [pos[a] for a in fam if a in pos]
        touched.update(rows)
        for r in rows[1:]:
            ra, rb = find(rows[0]), find(r)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for r in sorted(touched):
        groups.setdefault(find(r), []).append(r)
    return [np.array(g, dtype=np.int64) for g in groups.values() if len(g) > 1]


def cluster_batch(
    articles: list[Article],
    options: Options,
    families: list[list[str]] | None = None,
    previous: list[Story] | None = None,
    extractions: dict[str, Extraction] | None = None,
    executor: "Executor | None" = None,
    signals: Mapping[str, dict[str, list[str]]] | None = None,
    leads: Mapping[str, np.ndarray] | None = None,
) -> list[Story]:
    """Cluster a corpus into stories; lineage ``families`` always share a story.

    With ``executor``, candidate edges (per time window) and the clustering of each connected
    component run as its map stages (``storyline.cluster.stages``), with the same stories;
    without, all in this process.

    ``extractions`` (article id -> the enrichment stage's extraction) add the event arguments
    (typed names, counted numbers, resolved event dates) that the fitted pair model weighs;
    without them clustering uses its own word, name and year statistics only. ``signals`` gives
    the same arguments already drawn from each extraction (``signals.article_signals``).
    ``leads`` (article id -> the vector of its clustering lead, ``features.lead_text``, as the
    enrichment encoded it) spares encoding those leads again.

    Story ids come from each story's founding article (earliest published, then first in
    input order), so re-running on the corpus plus new articles keeps the ids of stories
    that did not change; pass ``previous`` to carry ids over by overlap as well.
    """
    if not articles:
        return []
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dup = next(a for a in ids if ids.count(a) > 1)
        raise ValueError(f"article id {dup!r} occurs more than once")
    co = options.cluster
    feats = featurize(articles, options, extractions, signals, leads)
    groups = family_groups(ids, families)
    if executor is not None:
        from storyline.cluster.stages import cluster_labels

        labels = cluster_labels(feats, groups, options, executor)
    else:
        labels = cluster_graph(
            feats, co.threshold, co.window_days, co.neighbours, co.max_component, groups, co.undated_reach,
            co.density_neighbours, co.density_floor, co.density_copy_score, co.reattach_size, co.reattach_ratio,
        )
    stories = build_stories(articles, feats, labels)
    return assign_ids(stories, previous) if previous else stories


def build_stories(articles: list[Article], feats: Features, labels: np.ndarray) -> list[Story]:
    eff = effective_days(feats.days)
    # Founding order: published day (undated: the arrival-order day), then input order.
    order = np.lexsort((np.arange(len(articles)), eff))
    members: dict[int, list[int]] = {}
    for r in order:
        members.setdefault(int(labels[r]), []).append(int(r))
    stories: list[Story] = []
    for rows in members.values():
        title, keywords, entities = describe(feats, np.array(rows), lambda r: headline(articles[r]))
        stories.append(
            Story(
                id=story_id(articles[rows[0]].id),
                article_ids=[articles[r].id for r in rows],
                title=title,
                keywords=keywords,
                top_entities=entities,
            )
        )
    return stories

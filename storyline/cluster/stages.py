"""Clustering as stages an executor can spread: two maps and two barriers.

    edges (map over time windows) -> graph (barrier: dedupe, density, threshold, components)
        -> components (map: one item per connected component) -> labels (barrier)

*Edges*: the articles, sorted by effective day (``graph.effective_days``: undated ones by
arrival), are cut into row blocks; an item carries the rows of up to ``cluster.edge_task_rows``
articles, their candidate columns (the articles within twice the window of them: the overlap
between neighbouring items; for an undated article also its ``undated_reach`` neighbours in input
order) and the feature rows of those articles only (``Features.take``, which keeps the corpus's
idf-weighted rows, common columns, year factors and pair model, so every score equals the whole
corpus's). It returns its rows' top-k candidate edges with their pair scores, as
``graph.knn_edges`` finds them. *Graph* unites and dedupes the edges, sets the density scales,
thresholds, and cuts the connected components (oversize ones again at a higher score), as
``graph.cluster_graph`` does. *Components* clusters each component exactly (average linkage, its
lineage families forced together, small groups reattached) from its members' feature rows
alone. *Labels* numbers the stories in component order, as ``cluster_graph`` does, so every
executor gives the stories and story ids of :func:`storyline.cluster.batch.cluster_batch`.

Parameters travel inside the items (a few numbers each): an executor keeps the first instance
of a stage it meets by name, so a stage must not carry per-run settings itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.cluster.features import Features
from storyline.cluster.graph import (
    assign_labels,
    block_edges,
    candidate_blocks,
    common_columns,
    component_jobs,
    component_score,
    copy_groups,
    group_labels,
    story_edges,
)
from storyline.options import Options

if TYPE_CHECKING:  # pragma: no cover
    from storyline.executors import Executor, MapStage

COMPONENT_BATCH = 8  # components per map task: most components are a handful of articles


@dataclass(frozen=True, slots=True)
class EdgeParams:
    k: int
    window: float
    min_score: float
    raw: bool  # also return the edges' unfactored scores (density scaling reads them)


@dataclass(slots=True)
class EdgeBlock:
    """One edge task: candidate-search blocks over the feature rows of their articles only."""

    ids: np.ndarray  # the article (position in the whole corpus) of each feature row, ascending
    feats: Features  # those articles' rows (Features.take)
    blocks: list[tuple[np.ndarray, np.ndarray]]  # (rows, cols) as positions in ``feats``
    params: EdgeParams


@dataclass(slots=True)
class Edges:
    """An edge task's edges (i < j, positions in the whole corpus), sorted."""

    i: np.ndarray
    j: np.ndarray
    s: np.ndarray  # float32 pair scores
    raw: np.ndarray | None  # scores without the event-year and argument factors; None unless asked


@dataclass(frozen=True, slots=True)
class ComponentParams:
    threshold: float
    window: float
    reattach_size: int
    reattach_ratio: float


@dataclass(slots=True)
class Component:
    """One component task: its members' feature rows (with their density scales) and its forced groups."""

    ids: np.ndarray  # the article (position in the whole corpus) of each member
    feats: Features  # the members' rows, in member order (Features.take)
    forced: list[np.ndarray]  # positions among the members of each lineage family
    copies: np.ndarray  # copy group of each member
    params: ComponentParams


class EdgeStage:
    """Map over time-window blocks: the top-k candidate edges of each block's rows, scored."""

    name = "cluster-edges"

    def setup(self, options: Options) -> None:
        pass  # nothing to load: the features travel with the items

    def process(self, batch: list[EdgeBlock]) -> list[Edges]:
        out = []
        for item in batch:
            p = item.params
            i, j, s, raw = block_edges(item.feats, item.blocks, p.k, p.window, p.min_score, p.raw)
            out.append(Edges(item.ids[i], item.ids[j], s, raw))
        return out


class ComponentStage:
    """Map over connected components: each one's average-linkage + reattach labels (0..)."""

    name = "cluster-components"

    def setup(self, options: Options) -> None:
        pass

    def process(self, batch: list[Component]) -> list[np.ndarray]:
        out = []
        for item in batch:
            p = item.params
            out.append(group_labels(item.feats, np.arange(len(item.ids)), p.threshold, p.window, item.forced,
                                    p.reattach_size, p.reattach_ratio, item.copies))
        return out


def edge_tasks(feats: Features, params: EdgeParams, undated_reach: int, rows_per_task: int) -> Iterator[EdgeBlock]:
    """Consecutive candidate-search blocks (``graph.candidate_blocks``) grouped into tasks of at
    least ``rows_per_task`` rows (the last may be smaller), each with its articles' rows only;
    made one at a time (each holds a copy of its window's rows)."""
    blocks = candidate_blocks(feats, params.window, undated_reach)
    common = common_columns(feats)
    start = 0
    while start < len(blocks):
        stop, rows = start, 0
        while stop < len(blocks) and (rows < rows_per_task or stop == start):
            rows += len(blocks[stop][0])
            stop += 1
        group = blocks[start:stop]
        ids = np.unique(np.concatenate([part for block in group for part in block]))
        local = [(np.searchsorted(ids, r), np.searchsorted(ids, c)) for r, c in group]
        yield EdgeBlock(ids, feats.take(ids, common), local, params)
        start = stop


def merge_edges(found: list[Edges], raw: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The edges of every task, each pair once, sorted: what ``graph.block_edges`` gives on the
    whole corpus (a pair's score is the same in every task that found it)."""
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32), (np.zeros(0) if raw else None)
    pairs = np.stack([np.concatenate([e.i for e in found]), np.concatenate([e.j for e in found])], axis=1)
    pairs, first = np.unique(pairs, axis=0, return_index=True)
    s = np.concatenate([e.s for e in found])[first].astype(np.float32)
    r = np.concatenate([e.raw for e in found])[first] if raw else None
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64), s, r


def component_tasks(
    feats: Features, jobs: list[tuple[np.ndarray, list[np.ndarray]]], copies: np.ndarray, params: ComponentParams
) -> Iterator[Component]:
    """The task of each job of two or more articles, in job order, made one at a time."""
    common = common_columns(feats)
    for members, forced in jobs:
        if len(members) > 1:
            yield Component(members, feats.take(members, common), forced, copies[members], params)


def map_waves(executor: "Executor", stage: "MapStage", items: Iterable[Any], batch_size: int, wave: int) -> list[Any]:
    """``executor.map`` over ``items`` made ``wave`` at a time: the tasks of a large corpus (each
    a copy of its rows) are never all held at once."""
    out: list[Any] = []
    pending: list[Any] = []
    for item in items:
        pending.append(item)
        if len(pending) >= wave:
            out.extend(executor.map(stage, pending, batch_size))
            pending = []
    if pending:
        out.extend(executor.map(stage, pending, batch_size))
    return out


def cluster_labels(feats: Features, families: list[np.ndarray], options: Options, executor: "Executor") -> np.ndarray:
    """Story label per article, as ``graph.cluster_graph`` gives them with ``options.cluster``,
    with the edge and component maps on ``executor``; sets ``feats.scale`` (density scaling)."""
    co = options.cluster
    n = feats.emb.shape[0]
    feats.scale = None
    low = component_score(co.threshold, co.reattach_size, co.reattach_ratio)
    density = co.density_neighbours > 0
    # Density scales come from the unscaled scores of every candidate pair: no threshold before them.
    params = EdgeParams(co.neighbours, co.window_days, -np.inf if density else low, density)
    # Two tasks per worker where the corpus is small (each worker gets work), at most
    # ``edge_task_rows`` rows each where it is large (each task ships its window's overlap).
    workers = max(1, executor.workers)
    rows = min(co.edge_task_rows, max(1, -(-n // (2 * workers))))
    found: list[Edges] = map_waves(executor, EdgeStage(), edge_tasks(feats, params, co.undated_reach, rows), 1,
                                   2 * workers)
    i, j, s, raw = merge_edges(found, density)
    del found
    copies = copy_groups(n, families)
    i, j, s, feats.scale = story_edges(n, i, j, s, raw, families, copies, low, co.density_neighbours,
                                       co.density_floor, co.density_copy_score)
    jobs = component_jobs(n, i, j, s, low, co.max_component, families)
    cparams = ComponentParams(co.threshold, co.window_days, co.reattach_size, co.reattach_ratio)
    own = iter(map_waves(executor, ComponentStage(), component_tasks(feats, jobs, copies, cparams), COMPONENT_BATCH,
                         16 * COMPONENT_BATCH * workers))
    return assign_labels(n, jobs, [next(own) if len(members) > 1 else None for members, _ in jobs])


__all__ = ["COMPONENT_BATCH", "Component", "ComponentParams", "ComponentStage", "EdgeBlock", "EdgeParams", "EdgeStage",
           "Edges", "cluster_labels", "component_tasks", "edge_tasks", "map_waves", "merge_edges"]

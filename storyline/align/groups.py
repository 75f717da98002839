"""Grouping helpers shared by quote, claim and timeline alignment.

Lineage families: every lineage edge (duplicate, near-duplicate, rewrite, translation)
joins two articles, and a family is a connected component. Articles of one family count
once as a source, because a copy or rewrite adds no independent support.

Groups: average-linkage agglomeration driven by the strongest pairs first. Plain
single-linkage chains "12 killed" -> "killed in the quake" -> "15 killed" into one group;
requiring every cross pair to be compatible and the mean link to stay high stops that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from storyline.model import LineageEdge


class UnionFind:
    __slots__ = ("parent",)

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The lexically smaller root wins, so family ids are deterministic.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def family_map(article_ids: Iterable[str], edges: Iterable[LineageEdge]) -> dict[str, str]:
    """Article id -> family id (the smallest article id of its lineage component).

    Edges through articles outside ``article_ids`` still join the family: if A and B were
    both copied from C, they are one source even when C is not in this story.
    """
    uf = UnionFind()
    for e in edges:
        uf.union(e.origin, e.derived)
    ids = list(article_ids)
    members: dict[str, list[str]] = {}
    for a in ids:
        members.setdefault(uf.find(a), []).append(a)
    out: dict[str, str] = {}
    for group in members.values():
        fid = min(group)
        for a in group:
            out[a] = fid
    return out


# Cells of the square score matrix compared per block in :func:`upper_pairs` (a boolean each).
PAIR_BLOCK_CELLS = 1 << 22


def upper_pairs(score: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns (i < j) of the pairs of the square ``score`` at ``floor`` or above, in
    row-major order, found a block of rows at a time. All n(n-1)/2 index pairs at once
    (``np.triu_indices``) cost 16 bytes a pair, several gigabytes for a story of tens of thousands
    of sentences (a story of many near copies), where a block costs a byte a cell."""
    n = score.shape[0]
    step = max(1, PAIR_BLOCK_CELLS // max(n, 1))
    rows, cols = [], []
    for r0 in range(0, n, step):
        # Block row b is row r0 + b; keeping columns j >= r0 + b + 1 keeps the pairs i < j.
        bi, bj = np.nonzero(np.triu(score[r0 : r0 + step] >= floor, k=r0 + 1))
        rows.append(bi + r0)
        cols.append(bj)
    if not rows:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    return np.concatenate(rows), np.concatenate(cols)


def agglomerate(
    score: np.ndarray,
    threshold: float,
    compatible: Callable[[int, int], bool],
    mean_floor: float,
    eligible: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Group items 0..n-1 by descending pair ``score``.

    A pair at or above ``threshold`` merges its two groups when every cross pair is
    ``compatible`` and the mean cross score is at least ``mean_floor``. ``eligible``
    filters which pairs may trigger a merge (e.g. only pairs from different articles).
    """
    n = score.shape[0]
    if n == 0:
        return []
    iu, ju = upper_pairs(score, threshold)
    order = np.argsort(-score[iu, ju], kind="stable")
    pairs = list(zip(iu[order].tolist(), ju[order].tolist()))
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Two groups found not to merge stay so until one of them grows (a group only grows, by
    # appending, so its id and size name its members): the many pairs between two groups of
    # copies are refused once, not each with up to |a| x |b| compatibility tests (measured on
    # 22 reports with 59 near copies each: 94 million tests; alignment 44.5 -> 19.6 s, same report).
    refused: set[tuple[int, int, int, int]] = set()
    for i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or (eligible is not None and not eligible(i, j)):
            continue
        a, b = members[gi], members[gj]
        seen = (gi, gj, len(a), len(b))
        if seen in refused:
            continue
        cross = score[np.ix_(a, b)]
        if float(cross.mean()) < mean_floor or not all(compatible(x, y) for x in a for y in b):
            refused.add(seen)
            continue
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a.extend(b)
        for x in b:
            group_of[x] = gi
        del members[gj]
    return [sorted(m) for m in members.values()]


def translated_pairs(units: list, edges: list[LineageEdge]) -> set[tuple[int, int]]:
    """Rows of ``units`` (positions in the list) that are one sentence and its translation: the
    sentence pairs a translation edge aligned in order (``LineageEdge.aligned``), where each of the
    two sentences is one unit. Across distant scripts a sentence and its translation can read less
    alike in the encoder than any claim threshold; the translation's alignment says they are one."""
    rows: dict[tuple[str, int], list[int]] = {}
    for r, u in enumerate(units):
        rows.setdefault((u.article_id, u.sentence_index), []).append(r)
    return _aligned_singletons(rows, edges)


def translated_items(items: list[tuple[str, int, int]], texts: dict[str, str], edges: list[LineageEdge]) -> set[tuple[int, int]]:
    """Positions of ``items`` ((article id, start, end) each: quotes) that are one item and its
    translation: each the only item of one of two sentences a translation edge aligned
    (``LineageEdge.aligned`` indexes ``sentence_spans`` of the article text)."""
    if not any(e.kind == "translation" and e.aligned for e in edges):
        return set()
    from storyline.text import sentence_spans

    spans = {aid: sentence_spans(t) for aid, t in texts.items()}
    in_sentence: dict[tuple[str, int], list[int]] = {}
    for r, (aid, s, e) in enumerate(items):
        for k, (a, b) in enumerate(spans.get(aid, [])):
            if s < b and a < e:
                in_sentence.setdefault((aid, k), []).append(r)
    return _aligned_singletons(in_sentence, edges)


def _aligned_singletons(rows: dict[tuple[str, int], list[int]], edges: list[LineageEdge]) -> set[tuple[int, int]]:
    """Pairs of rows, each the only row of (article, sentence index) in ``rows``, whose two sentences a
    translation edge aligned."""
    out: set[tuple[int, int]] = set()
    for e in edges:
        if e.kind != "translation":
            continue
        for i, j, _ in e.aligned:
            a, b = rows.get((e.origin, i), []), rows.get((e.derived, j), [])
            if len(a) == 1 and len(b) == 1 and a[0] != b[0]:
                out.add((min(a[0], b[0]), max(a[0], b[0])))
    return out


def join_translations(score: np.ndarray, pairs: set[tuple[int, int]], threshold: float) -> None:
    """An item and its translation (``pairs``, see translated_items) are one (in place): their pair
    scores at least ``threshold`` and each reads against the other items as the closer of the two,
    since across distant scripts a translation can read less alike in the encoder than its original."""
    for i, j in sorted(pairs):
        row = np.maximum(score[i], score[j])
        score[i], score[j] = row, row
        score[:, i], score[:, j] = row, row
        score[i, i] = score[j, j] = 0.0
        score[i, j] = score[j, i] = max(float(score[i, j]), threshold)


def align_copies(score: np.ndarray, articles: list[tuple[str, int]], family: dict[str, str], threshold: float,
                 floor: float) -> None:
    """Raise mutual-best pairs of items from two articles of one copy family to ``threshold`` (in
    place) when they score at least ``floor``: a copy or translation states the same claim or quote
    however its wording drifted. ``articles`` gives each item's (article id, row in ``score``)."""
    by_article: dict[str, list[int]] = {}
    for aid, index in articles:
        by_article.setdefault(aid, []).append(index)
    ids = sorted(by_article)
    for x, a in enumerate(ids):
        for b in ids[x + 1 :]:
            if family.get(a, a) != family.get(b, b):
                continue
            ra, rb = np.array(by_article[a]), np.array(by_article[b])
            sub = score[np.ix_(ra, rb)]
            best_b, best_a = sub.argmax(axis=1), sub.argmax(axis=0)
            for i, j in enumerate(best_b.tolist()):
                if best_a[j] == i and floor <= sub[i, j] < threshold:
                    score[ra[i], rb[j]] = score[rb[j], ra[i]] = threshold

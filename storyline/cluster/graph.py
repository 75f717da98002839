"""Candidate neighbours and exact average-linkage clustering inside candidate groups.

Scale comes from two facts. Articles are compared only with articles published
within twice the window (undated ones take the date of the last dated article before
them in input order: arrival order; and since that date is a guess, they also meet the
``undated_reach`` articles before and after them in input order), and only their top-k
neighbours are kept. And every average-linkage cluster with linkage >= threshold is
connected by pairs scoring >= threshold (the maximum of a set is at least its mean), so
the connected components of the thresholded neighbour graph can each be clustered
exactly and independently. Density scales (``features.density_scale``) are set from the
unscaled candidate-pair scores before the threshold applies to the scaled ones; an article's
own lineage family (its reprints, rewrites and translations) is not a crowd around it.

Average linkage at one threshold leaves split-off groups of one to a few reports of a
story (a report that dwells on a side aspect, a rewrite with its own quotes). Each
group of at most ``reattach_size`` articles joins the largest-scoring bigger cluster of
its candidate group when their average score reaches ``reattach_ratio`` x threshold
(:func:`reattach_small`); components are then taken at that lower score, so the rule
sees every cluster it could join, and a split-off group never forms a story of its own
only because it fell just under the cut.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components

from storyline.cluster.features import Features, density_scale

_BLOCK = 256  # rows per similarity block: 256 x window columns of float32


def effective_days(days: np.ndarray) -> np.ndarray:
    """Published day, or for undated articles the last known day before them (arrival order)."""
    eff = days.copy()
    known = ~np.isnan(eff)
    if not known.any():
        return np.zeros_like(eff)
    idx = np.where(known, np.arange(len(eff)), 0)
    np.maximum.accumulate(idx, out=idx)
    eff = eff[idx]
    first = eff[np.argmax(known)]
    lead = np.arange(len(eff)) < np.argmax(known)
    eff[lead] = first
    return eff


def common_columns(feats: Features, max_share: float = 0.05, floor: int = 50) -> np.ndarray:
    """Columns of ``feats.sparse`` too common for candidate search (in more than ``max_share`` of
    the corpus and more than ``floor`` documents), from the whole corpus's document frequencies;
    a row subset (:meth:`Features.take`) carries its corpus's."""
    if feats.common is not None:
        return feats.common
    n = feats.sparse.shape[0]
    # One document frequency per column, each block padded to its width (an empty block is one column).
    df = np.concatenate([
        np.pad(np.asarray(v.df, dtype=np.int64), (0, max(1, len(v.df)) - len(v.df)))
        for v in (feats.terms, feats.names)
    ])
    width = feats.sparse.shape[1]
    df = np.pad(df, (0, max(0, width - len(df))))[:width]
    return np.flatnonzero(df > max(floor, max_share * n))


def candidate_filter(feats: Features) -> sp.csr_matrix:
    """The sparse block without very common columns, for cheap candidate search only."""
    keep = np.ones(feats.sparse.shape[1], dtype=np.float32)
    keep[common_columns(feats)] = 0.0
    return sp.csr_matrix(feats.sparse @ sp.diags(keep))


def _top_k(feats: Features, cand: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray, k: int) -> np.ndarray | None:
    """Each row's ``k`` best-scoring columns (candidate score: common columns left out), or None."""
    s = feats.emb_weight * (feats.emb[rows] @ feats.emb[cols].T)
    s += (cand[rows] @ cand[cols].T).toarray()
    s[rows[:, None] == cols[None, :]] = -np.inf
    kk = min(k, len(cols) - 1)
    if kk <= 0:
        return None
    return cols[np.argpartition(-s, kk - 1, axis=1)[:, :kk]]


def candidate_blocks(feats: Features, window: float, undated_reach: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """(rows, cols) of each candidate-search block: every article (rows, by effective day, up to
    ``_BLOCK`` a block) meets the articles within twice the window of it (cols) and, for an
    undated article, also the ``undated_reach`` articles either side of it in input order."""
    n = feats.emb.shape[0]
    if n < 2:
        return []
    eff = effective_days(feats.days)
    order = np.argsort(eff, kind="stable")
    sorted_days = eff[order]
    span = 2.0 * max(window, 1.0)
    out = []
    for p0 in range(0, n, _BLOCK):
        p1 = min(n, p0 + _BLOCK)
        lo = np.searchsorted(sorted_days, sorted_days[p0] - span, side="left")
        hi = np.searchsorted(sorted_days, sorted_days[p1 - 1] + span, side="right")
        out.append((order[p0:p1], order[lo:hi]))
    undated = np.flatnonzero(np.isnan(feats.days)) if undated_reach > 0 else np.zeros(0, np.int64)
    p0 = 0
    while p0 < len(undated):
        # A block spans at most ``undated_reach`` positions, so it meets at most 3x that many columns.
        p1 = min(len(undated), p0 + _BLOCK, int(np.searchsorted(undated, undated[p0] + undated_reach, "right")))
        rows = undated[p0:p1]
        p0 = p1
        out.append((rows, np.arange(max(0, int(rows[0]) - undated_reach), min(n, int(rows[-1]) + undated_reach + 1))))
    return out


def block_edges(
    feats: Features, blocks: list[tuple[np.ndarray, np.ndarray]], k: int, window: float, min_score: float,
    raw: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Edges (i, j, score) with i < j, sorted, among the top-k candidate neighbours of each
    block's rows in its cols (positions in ``feats``), scoring at least ``min_score``; with
    ``raw``, also each edge's score without the event-year and argument factors."""
    none = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32), (np.zeros(0) if raw else None)
    if not blocks:
        return none
    cand = candidate_filter(feats)
    ii: list[np.ndarray] = []
    jj: list[np.ndarray] = []
    for rows, cols in blocks:
        top = _top_k(feats, cand, rows, cols, k)
        if top is not None:
            ii.append(np.repeat(rows, top.shape[1]))
            jj.append(top.ravel())
    if not ii:
        return none
    i = np.concatenate(ii)
    j = np.concatenate(jj)
    a, b = np.minimum(i, j), np.maximum(i, j)
    pairs = np.unique(np.stack([a, b], axis=1), axis=0)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    scores = feats.pair_scores(pairs[:, 0], pairs[:, 1], window)
    keep = scores >= min_score
    i, j, s = pairs[keep, 0], pairs[keep, 1], scores[keep].astype(np.float32)
    # The crowd and the copy cap are read from scores without the event-year and argument
    # factors: a shared year or place says "same event", not "copy" or "crowd".
    return i, j, s, (s / feats.pair_factor(i, j) if raw else None)


def knn_edges(
    feats: Features, k: int, window: float, min_score: float, undated_reach: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges (i, j, score) with i < j among each article's top-k candidate neighbours.

    Candidates are the articles within twice the window (undated: by arrival date) and,
    for an undated article, the ``undated_reach`` articles either side of it in input order.
    """
    i, j, s, _ = block_edges(feats, candidate_blocks(feats, window, undated_reach), k, window, min_score)
    return i, j, s


def copy_groups(n: int, families: list[np.ndarray] | None = None) -> np.ndarray:
    """Group number per article: the members of one lineage family (copies, reprints, rewrites
    and translations of one text) share a number; every other article has its own."""
    out = np.arange(n)
    for fam in families or []:
        if len(fam) > 1:
            out[np.asarray(fam)] = out[fam[0]]
    return out


def kth_best(
    n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, k: int, below: float = np.inf,
    groups: np.ndarray | None = None,
) -> np.ndarray:
    """Each article's k-th best score among the edges (i, j, s) scoring under ``below``;
    -inf where there are fewer than k.

    With copy ``groups`` (:func:`copy_groups`), edges inside a group do not count: an
    article's own reprints and rewrites are not a crowd around it.
    """
    keep = s < below
    if groups is not None:
        keep &= groups[i] != groups[j]
    i, j, s = i[keep], j[keep], s[keep]
    a = np.concatenate([i, j])
    v = np.concatenate([s, s]).astype(np.float64)
    order = np.lexsort((-v, a))  # by article, best score first
    a, v = a[order], v[order]
    start = np.searchsorted(a, np.arange(n))
    count = np.bincount(a, minlength=n)
    out = np.full(n, -np.inf)
    has = count >= k
    out[has] = v[start[has] + k - 1]
    return out


def average_linkage(sim: np.ndarray, threshold: float) -> np.ndarray:
    """Labels 0.. of average-linkage clusters whose linkage stays >= threshold."""
    m = sim.shape[0]
    if m == 1:
        return np.zeros(1, dtype=np.int64)
    # Scores can exceed 1 (a shared event year multiplies them): distances are taken from the
    # top score, which shifts every average alike and keeps their order, instead of clipping.
    iu = np.triu_indices(m, 1)
    top = max(1.0, float(sim[iu].max()))
    z = linkage((top - sim[iu]).astype(np.float64), method="average")
    # A hair above the cut so a linkage exactly at the threshold still merges.
    return fcluster(z, t=top - threshold + 1e-9, criterion="distance").astype(np.int64) - 1


def reattach_small(
    sim: np.ndarray, labels: np.ndarray, threshold: float, size: int, ratio: float, copies: np.ndarray | None = None
) -> np.ndarray:
    """Labels 0.. after each cluster of <= ``size`` members joins its best bigger cluster.

    A small cluster joins the bigger cluster (more than ``size`` members) with the highest
    average score to it when that average reaches ``ratio`` x ``threshold``. Smallest
    clusters go first (ties: lowest position); a cluster grows as groups join it. With
    ``copies`` (a copy-group number per position, :func:`copy_groups`) a cluster's size is
    its number of distinct copy groups: five reprints of one split-off report are one report.
    """
    if size <= 0 or ratio >= 1.0 or len(labels) < 2:
        return labels
    groups: dict[int, np.ndarray] = {int(lab): np.flatnonzero(labels == lab) for lab in np.unique(labels)}

    def count(rows: np.ndarray) -> int:
        return len(rows) if copies is None else len(np.unique(copies[rows]))

    sizes = {lab: count(rows) for lab, rows in groups.items()}
    large = [lab for lab in groups if sizes[lab] > size]
    if not large:
        return labels
    small = sorted((lab for lab in groups if sizes[lab] <= size),
                   key=lambda lab: (sizes[lab], int(groups[lab][0])))
    out = labels.copy()
    for lab in small:
        rows = groups[lab]
        scores = [float(sim[np.ix_(rows, groups[big])].mean()) for big in large]
        best = int(np.argmax(scores))
        if scores[best] >= ratio * threshold:
            target = large[best]
            out[rows] = target
            groups[target] = np.concatenate([groups[target], rows])
    return np.unique(out, return_inverse=True)[1].astype(np.int64)


def group_labels(
    feats: Features,
    members: np.ndarray,
    threshold: float,
    window: float,
    forced: list[np.ndarray],
    reattach_size: int = 0,
    reattach_ratio: float = 1.0,
    copies: np.ndarray | None = None,
) -> np.ndarray:
    """Average-linkage labels for ``members``; each array in ``forced`` (positions) stays together.

    Forced pairs get similarity 1 (distance 0), so they merge before anything else and
    then count as ordinary members in every later average. Small clusters then rejoin a
    bigger one as :func:`reattach_small` says (``copies``: copy group per member).
    """
    sim = feats.block_scores(members, members, window)
    # Forced pairs score at least as high as any other pair (1, or more where years raised scores).
    top = max(1.0, float(sim.max())) if len(members) else 1.0
    for group in forced:
        if len(group) > 1:
            sim[np.ix_(group, group)] = top
    return reattach_small(sim, average_linkage(sim, threshold), threshold, reattach_size, reattach_ratio, copies)


def cluster_graph(
    feats: Features,
    threshold: float,
    window: float,
    k: int,
    max_component: int,
    families: list[np.ndarray],
    undated_reach: int = 0,
    density_k: int = 0,
    density_floor: float = 0.0,
    copy_score: float = np.inf,
    reattach_size: int = 0,
    reattach_ratio: float = 1.0,
) -> np.ndarray:
    """Story label per article for the whole batch; sets ``feats.scale`` (density scaling).

    In this process; ``storyline.cluster.stages`` runs the same steps as map stages (candidate
    edges per time window, labels per component) on an executor, with the same labels."""
    n = feats.emb.shape[0]
    feats.scale = None
    low = component_score(threshold, reattach_size, reattach_ratio)
    # Scales come from unscaled scores of every candidate pair, before any threshold.
    i, j, s, raw = block_edges(feats, candidate_blocks(feats, window, undated_reach), k, window,
                               -np.inf if density_k > 0 else low, raw=density_k > 0)
    copies = copy_groups(n, families)
    i, j, s, feats.scale = story_edges(n, i, j, s, raw, families, copies, low, density_k, density_floor, copy_score)
    jobs = component_jobs(n, i, j, s, low, max_component, families)
    return assign_labels(n, jobs, [
        group_labels(feats, members, threshold, window, forced, reattach_size, reattach_ratio, copies[members])
        if len(members) > 1 else None
        for members, forced in jobs
    ])


def component_score(threshold: float, reattach_size: int = 0, reattach_ratio: float = 1.0) -> float:
    """The score components are taken at: the lowest any rule may join at (see reattach_small)."""
    return threshold * min(1.0, reattach_ratio) if reattach_size > 0 else threshold


def story_edges(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    s: np.ndarray,
    raw: np.ndarray | None,
    families: list[np.ndarray],
    copies: np.ndarray,
    low: float,
    density_k: int = 0,
    density_floor: float = 0.0,
    copy_score: float = np.inf,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The story graph from the candidate edges (i, j, s) of every article: with ``density_k``,
    each article's density scale from the unscaled, unfactored scores ``raw`` of all of them and
    the edges scaled and kept at ``low``; then one edge of score 1 from each family's first
    member to each other member. Returns the edges and the scales (None without density)."""
    scale = None
    if density_k > 0:
        assert raw is not None, "density scaling reads the unfactored scores"
        scale = density_scale(kth_best(n, i, j, raw, density_k, copy_score, copies), density_floor)
        s = s * scale[i] * scale[j]
        keep = s >= low
        i, j, s = i[keep], j[keep], s[keep].astype(np.float32)
    fi: list[np.ndarray] = []
    fj: list[np.ndarray] = []
    for fam in families:
        if len(fam) > 1:
            fi.append(np.full(len(fam) - 1, fam[0]))
            fj.append(fam[1:])
    if fi:
        i = np.concatenate([i, *fi])
        j = np.concatenate([j, *fj])
        s = np.concatenate([s, np.full(sum(len(x) for x in fi), 1.0, np.float32)])
    return i, j, s, scale


def component_jobs(
    n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, tau: float, max_component: int,
    families: list[np.ndarray],
) -> list[tuple[np.ndarray, list[np.ndarray]]]:
    """The groups clustered exactly, in labelling order: each connected component of the edges
    scoring >= tau (members by position) with the positions, among its members, of each lineage
    family it holds; a component over ``max_component`` is cut again at a higher tau."""
    family_of = np.full(n, -1, dtype=np.int64)
    for f, fam in enumerate(families):
        family_of[fam] = f
    jobs: list[tuple[np.ndarray, list[np.ndarray]]] = []
    pending = [(np.arange(n), i, j, s, tau)]
    while pending:
        nodes, i, j, s, tau = pending.pop()
        local = {int(v): p for p, v in enumerate(nodes)}
        keep = s >= tau
        li = np.fromiter((local[int(x)] for x in i[keep]), np.int64, int(keep.sum()))
        lj = np.fromiter((local[int(x)] for x in j[keep]), np.int64, int(keep.sum()))
        g = sp.coo_matrix((np.ones(len(li)), (li, lj)), shape=(len(nodes), len(nodes)))
        count, comp = connected_components(g, directed=False)
        order = np.argsort(comp, kind="stable")
        bounds = np.searchsorted(comp[order], np.arange(count + 1))
        for c in range(count):
            members = nodes[order[bounds[c] : bounds[c + 1]]]
            if len(members) == 1:
                jobs.append((members, []))
                continue
            if len(members) > max_component and tau < 1.0:
                inside = np.isin(i, members) & np.isin(j, members)
                pending.append((members, i[inside], j[inside], s[inside], min(1.0, tau + 0.05)))
                continue
            pos = {int(v): p for p, v in enumerate(members)}
            forced = [
                np.array([pos[int(v)] for v in families[f] if int(v) in pos])
                for f in np.unique(family_of[members])
                if f >= 0
            ]
            jobs.append((members, forced))
    return jobs


def assign_labels(
    n: int, jobs: list[tuple[np.ndarray, list[np.ndarray]]], local: list[np.ndarray | None]
) -> np.ndarray:
    """Labels 0.. per article from each job's own labels (None: a single article), numbered
    in job order."""
    labels = np.full(n, -1, dtype=np.int64)
    next_label = 0
    for (members, _), own in zip(jobs, local, strict=True):
        if own is None:
            labels[members] = next_label
            next_label += 1
            continue
        labels[members] = own + next_label
        next_label += int(own.max()) + 1
    return labels

"""Candidate pairs at scale, never all pairs.

Three cheap indexes, each catching what the others miss:

* MinHash LSH over word-shingle hashes: copies and reprints. The MinHash signatures are
  computed for many articles at once with numpy (multiply-shift hashing of the 64-bit
  shingle hashes, ``minimum.reduceat`` per article), which is much faster than
  ``MinHash.update`` per shingle. The banding is datasketch's (``MinHashLSH`` chooses the
  bands and rows for the threshold); the buckets are grouped here as a shuffle: each band is
  an independent task, and within a band the articles whose rows are equal form a bucket
  (:func:`band_pairs`), so the same pairs come out whether the bands run in one process or
  are spread over many (a band's rows can further be partitioned by bucket hash).
* An exact-sentence index: articles that share long sentences verbatim. This catches a
  heavily cut reprint whose Jaccard with the full text is too low for LSH.
* Nearest neighbours of per-article embeddings (mean of the lead sentences' multilingual
  sentence vectors), by blocked matrix products: rewrites and translations, which share
  few or no shingles.

Every index is a *key shuffle*: each article emits keys (a band's rows, a sentence key, an
anchor), articles are grouped by key (:func:`key_groups`), and each group of two or more
yields its pairs. Only compact per-article features travel: signatures, key hashes, vectors.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storyline.lineage.prepare import Prepared
from storyline.options import LineageOptions

_SEED = 20261123


def minhash_signatures(shingle_sets: list[np.ndarray], num_perm: int, chunk: int = 60_000) -> np.ndarray:
    """MinHash signatures, shape (len(shingle_sets), num_perm), values in [0, 2**32).

    Each permutation is the multiply-shift hash ``(a * x + b) >> 32`` of the 64-bit shingle
    hash (a universal family; no modulo needed). Articles are processed in chunks of about
    ``chunk`` shingles so memory stays bounded.
    """
    rng = np.random.default_rng(_SEED)
    a = (rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    out = np.full((len(shingle_sets), num_perm), np.uint64(2**32 - 1), dtype=np.uint64)
    start = 0
    while start < len(shingle_sets):
        end, total = start, 0
        while end < len(shingle_sets) and (total == 0 or total + len(shingle_sets[end]) <= chunk):
            total += len(shingle_sets[end])
            end += 1
        block = [s for s in shingle_sets[start:end] if len(s)]
        rows = [i for i in range(start, end) if len(shingle_sets[i])]
        if block:
            flat = np.concatenate(block)
            offsets = np.cumsum([0] + [len(s) for s in block[:-1]])
            with np.errstate(over="ignore"):
                vals = (flat[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
            out[rows] = np.minimum.reduceat(vals, offsets, axis=0)
        start = end
    return out


def lsh_pairs(signatures: np.ndarray, threshold: float) -> set[tuple[int, int]]:
    """Pairs (i < j) whose signatures collide in at least one LSH band (datasketch MinHashLSH)."""
    n, num_perm = signatures.shape
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    template = MinHash(num_perm=num_perm, scheme="affine32")
    sketches = []
    for i in range(n):
        template.hashvalues = signatures[i]
        sketches.append(LeanMinHash(template))
    with lsh.insertion_session() as session:
        for i in range(n):
            session.insert(i, sketches[i])
    pairs: set[tuple[int, int]] = set()
    for i in range(n):
        for j in lsh.query(sketches[i]):
            if j != i:
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band that datasketch's ``MinHashLSH`` picks for this threshold
    (its weighted false-positive / false-negative optimum)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def keyed_groups(keys: np.ndarray, owners: np.ndarray, min_size: int = 2,
                 max_size: int | None = None) -> list[tuple[int, np.ndarray]]:
    """The reduce side of a key shuffle: each key held by ``min_size`` to ``max_size`` owners,
    with its owners (sorted). ``keys`` and ``owners`` are parallel arrays; an owner emits a key
    at most once. Keys can be partitioned (by hash) and each partition reduced on its own."""
    if len(keys) == 0:
        return []
    order = np.lexsort((owners, keys))
    k, o = keys[order], owners[order]
    cuts = np.flatnonzero(k[1:] != k[:-1]) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [len(k)]))
    sizes = ends - starts
    keep = sizes >= min_size
    if max_size is not None:
        keep &= sizes <= max_size
    return [(int(k[s]), o[s:e]) for s, e in zip(starts[keep], ends[keep])]


def key_groups(keys: np.ndarray, owners: np.ndarray, min_size: int = 2,
               max_size: int | None = None) -> list[np.ndarray]:
    """The owners of each key :func:`keyed_groups` keeps."""
    return [g for _, g in keyed_groups(keys, owners, min_size, max_size)]


def _group_pairs(groups: Iterable[np.ndarray]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for g in groups:
        members = g.tolist()
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def band_pairs(band: np.ndarray, signatures: np.ndarray | None = None, partners: int = 0,
               cache: dict[bytes, set[tuple[int, int]]] | None = None) -> set[tuple[int, int]]:
    """Pairs (i < j) whose rows of one LSH band are equal: one band's buckets.

    ``band`` is the (articles, rows) slice of the signatures for that band; the bucket of a
    row is the row itself (no hash, so no collision adds a pair datasketch would not give).
    With ``partners`` > 0 (and the full ``signatures``), a bucket of more than ``partners + 1``
    articles gives only each member's ``partners`` nearest (:func:`bounded_group_pairs`).
    """
    if len(band) < 2:
        return set()
    _, bucket = np.unique(np.ascontiguousarray(band), axis=0, return_inverse=True)
    return bounded_group_pairs(key_groups(bucket.reshape(-1), np.arange(len(band))), signatures, partners, cache)


def bounded_group_pairs(groups: Iterable[np.ndarray], signatures: np.ndarray | None, partners: int,
                        cache: dict[bytes, set[tuple[int, int]]] | None = None) -> set[tuple[int, int]]:
    """Every pair of each group of up to ``partners + 1`` members; of a larger group, each
    member's ``partners`` nearest by MinHash agreement (:func:`nearest_partners`) and the
    pairs of its spanning tree of most agreement (:func:`spanning_pairs`). ``cache``
    keeps a large group's pairs by its members, for the other bands and keys that group them
    alike (a family of near copies is one bucket in most bands and shares most sentences).
    ``partners`` 0 or no ``signatures``: every pair of every group."""
    groups = list(groups)
    if partners <= 0 or signatures is None:
        return _group_pairs(groups)
    pairs = _group_pairs(g for g in groups if len(g) <= partners + 1)
    for g in groups:
        if len(g) <= partners + 1:
            continue
        key = g.tobytes()
        found = cache.get(key) if cache is not None else None
        if found is None:
            # g is sorted, so a local pair (a < b) is the article pair (g[a] < g[b]).
            local = signatures[g]
            # Nearest partners alone can leave a group in pieces (two sub-families, each member's
            # nearest all in its own): the tree of most agreement joins them by their closest pair,
            # the one most likely to verify as a copy.
            found = {(int(g[a]), int(g[b])) for a, b in nearest_partners(local, partners) | spanning_pairs(local)}
            if cache is not None:
                cache[key] = found
        pairs |= found
    return pairs


def spanning_pairs(signatures: np.ndarray) -> set[tuple[int, int]]:
    """Pairs (a < b, row positions) of a spanning tree of most MinHash agreement (Prim's, from
    row 0; ties to the earlier row): m - 1 pairs that join every row, each row to the row it
    agrees with most among those already joined. Time m^2 x signature length, memory m."""
    m = len(signatures)
    out: set[tuple[int, int]] = set()
    if m < 2:
        return out
    joined = np.zeros(m, dtype=bool)
    joined[0] = True
    best = (signatures == signatures[0]).sum(axis=1)
    parent = np.zeros(m, dtype=np.int64)
    for _ in range(m - 1):
        j = int(np.argmax(np.where(joined, -1, best)))
        p = int(parent[j])
        out.add((p, j) if p < j else (j, p))
        joined[j] = True
        row = (signatures == signatures[j]).sum(axis=1)
        better = (row > best) & ~joined
        best[better] = row[better]
        parent[better] = j
    return out


def nearest_partners(signatures: np.ndarray, k: int, cells: int = 1 << 22) -> set[tuple[int, int]]:
    """Pairs (a < b, row positions) where b is among a's ``k`` rows of most MinHash agreement or
    a among b's; ties go to the earlier row (the pipeline orders articles by publication date,
    so among equal copies the first printed is kept). A bucket of many near copies (a wire story
    and its reprints) then costs about ``k`` verified pairs per member, not one per pair of
    members; each copy still meets the copies, and the original, nearest to it."""
    m = len(signatures)
    out: set[tuple[int, int]] = set()
    if m < 2 or k <= 0:
        return out
    k = min(k, m - 1)
    rows_per = max(1, cells // max(1, m * signatures.shape[1]))
    idx = np.arange(m)
    for start in range(0, m, rows_per):
        end = min(m, start + rows_per)
        agree = (signatures[start:end, None, :] == signatures[None, :, :]).sum(axis=2)
        agree[np.arange(end - start), idx[start:end]] = -1  # never one's own partner
        top = np.lexsort((np.broadcast_to(idx, agree.shape), -agree))[:, :k]
        for a, cols in zip(range(start, end), top.tolist()):
            out.update((a, b) if a < b else (b, a) for b in cols)
    return out


def banded_lsh_pairs(signatures: np.ndarray, threshold: float, partners: int = 0) -> set[tuple[int, int]]:
    """Pairs (i < j) whose signatures collide in at least one band: the pairs
    :func:`lsh_pairs` (datasketch ``MinHashLSH``) gives, each band grouped on its own; with
    ``partners`` > 0, a large bucket gives its members' nearest partners only (:func:`band_pairs`)."""
    n, num_perm = signatures.shape
    b, r = lsh_bands(threshold, num_perm)
    pairs: set[tuple[int, int]] = set()
    cache: dict[bytes, set[tuple[int, int]]] = {}
    for k in range(b):
        pairs |= band_pairs(signatures[:, k * r : (k + 1) * r], signatures, partners, cache)
    return pairs


def shared_key_pairs(key_sets: list[np.ndarray], max_posting: int = 50, signatures: np.ndarray | None = None,
                     partners: int = 0) -> set[tuple[int, int]]:
    """Pairs of articles that share a key (a hashed sentence key); keys held by more than
    ``max_posting`` articles are boilerplate and skipped. Each array holds one article's
    distinct keys. With ``partners`` > 0 and the articles' MinHash ``signatures``, a key held by
    more than ``partners + 1`` articles pairs each with its nearest only (:func:`bounded_group_pairs`)."""
    if not key_sets:
        return set()
    keys = np.concatenate([np.asarray(k, dtype=np.uint64) for k in key_sets])
    owners = np.repeat(np.arange(len(key_sets)), [len(k) for k in key_sets])
    return bounded_group_pairs(key_groups(keys, owners, 2, max_posting), signatures, partners, {})


def shared_sentence_pairs(
    prepared: list[Prepared], min_words: int = 8, max_posting: int = 50
) -> set[tuple[int, int]]:
    """Pairs of articles that print at least one long sentence verbatim (after folding).

    Sentences found in more than ``max_posting`` articles are boilerplate (bylines, notices)
    and are skipped: they would link everything to everything.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, p in enumerate(prepared):
        seen: set[str] = set()
        for key, ws in zip(p.sent_keys, p.sent_words):
            if len(ws) >= min_words and key not in seen:
                seen.add(key)
                postings[key].append(idx)
    pairs: set[tuple[int, int]] = set()
    for docs in postings.values():
        if 1 < len(docs) <= max_posting:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    pairs.add((docs[x], docs[y]))
    return pairs


# Similarities one block of :func:`embedding_pairs` computes at most (rows x corpus): 16 M cells
# keep 1,024-row blocks up to 16,384 articles and bound the block's working set to about 200 MB.
EMBEDDING_CELLS = 1 << 24


def embedding_pairs(
    vectors: np.ndarray, k: int, min_similarity: float, block: int = 1024,
    languages: Sequence[str | None] | None = None, cross_min_similarity: float | None = None,
    cells: int = EMBEDDING_CELLS,
) -> set[tuple[int, int]]:
    """Pairs (i < j) where j is among i's ``k`` nearest neighbours (cosine >= ``min_similarity``;
    with ``languages``, two articles in different languages need only ``cross_min_similarity``).

    Rows are scored ``block`` at a time, fewer where ``block`` rows against the whole corpus
    would pass ``cells`` similarities: a block's scores and their ranking take 12 bytes a cell
    (16 with the negated copy ranked before; 1,024 rows against 100,000 articles were 1.6 GB)."""
    n = len(vectors)
    cross = languages is not None and cross_min_similarity is not None
    lang = np.array([x or "" for x in languages]) if cross else None
    pairs: set[tuple[int, int]] = set()
    if n < 2 or k <= 0:
        return pairs
    kk = min(k + 1, n)
    block = max(1, min(block, cells // n))
    for start in range(0, n, block):
        sims = vectors[start : start + block] @ vectors.T
        rows = np.arange(sims.shape[0])
        sims[rows, rows + start] = -1.0  # never one's own neighbour
        np.negative(sims, out=sims)  # ranked by descending score, without a negated copy
        top = np.argpartition(sims, kk - 1, axis=1)[:, :kk]
        np.negative(sims, out=sims)
        for r, cols in enumerate(top):
            i = start + r
            for j in cols:
                floor = cross_min_similarity if cross and lang[i] != lang[j] else min_similarity
                if sims[r, j] >= floor:
                    j = int(j)
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def packed_pairs(pairs: set[tuple[int, int]], n: int) -> np.ndarray:
    """Pairs (i < j < n) as one int64 each, ``i * n + j``: sorted as the pairs sort."""
    if not pairs:
        return np.empty(0, dtype=np.int64)
    flat = np.fromiter(itertools.chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs))
    return flat[0::2] * n + flat[1::2]


def unpacked_pairs(packed: np.ndarray, n: int) -> np.ndarray:
    """:func:`packed_pairs`' numbers back as an (pairs, 2) int64 array."""
    return np.stack(np.divmod(packed.astype(np.int64, copy=False), n), axis=1)


def anchor_pairs(anchor_keys: list[np.ndarray], languages: list[str], min_shared: int,
                 max_posting: int = 50) -> set[tuple[int, int]]:
    """Pairs of articles in *different* languages sharing at least ``min_shared`` rare anchors
    (figures and names, which a translation keeps) and at least a third of the smaller set.
    ``anchor_keys``: each article's distinct anchors as uint64 hashes (``stages.anchor_keys``).

    Anchors printed by more than ``max_posting`` articles are common (years, big names) and skipped.
    """
    counts: dict[tuple[int, int], int] = defaultdict(int)
    if anchor_keys:
        keys = np.concatenate(anchor_keys).astype(np.uint64, copy=False)
        owners = np.repeat(np.arange(len(anchor_keys)), [len(k) for k in anchor_keys])
        for group in key_groups(keys, owners, 2, max_posting):
            docs = group.tolist()
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    i, j = docs[x], docs[y]
                    if languages[i] != languages[j]:
                        counts[(i, j)] += 1
    out = set()
    for (i, j), n in counts.items():
        if n >= min_shared and n >= min(len(anchor_keys[i]), len(anchor_keys[j])) / 3:
            out.add((i, j))
    return out


def credit_pairs(outlets: list[str | None], credit_lines: list[tuple[str, ...]],
                 opts: LineageOptions = LineageOptions()) -> set[tuple[int, int]]:
    """Pairs where one article's provenance lines (credit, translation line: ``credit_lines``,
    see :func:`credit_lines_of`) name the other's outlet."""
    from storyline.lineage import cues

    by_outlet: dict[str, list[int]] = defaultdict(list)
    for idx, outlet in enumerate(outlets):
        if outlet and len(outlet) >= opts.outlet_min_chars:
            by_outlet[outlet].append(idx)
    if not by_outlet:
        return set()
    out: set[tuple[int, int]] = set()
    for idx, lines in enumerate(credit_lines):
        for line in lines:
            for outlet, docs in by_outlet.items():
                if outlet != outlets[idx] and len(docs) <= opts.credit_outlet_max_articles \
                        and cues.names_outlet(line, outlet, opts):
                    out.update((min(idx, j), max(idx, j)) for j in docs if j != idx)
    return out


def credit_lines_of(p: Prepared, opts: LineageOptions = LineageOptions()) -> tuple[str, ...]:
    """An article's provenance lines that say it is a translation or first appeared elsewhere."""
    from storyline.lineage import cues

    return tuple(ln for ln in cues.provenance_lines(p.article, p.sentences, opts)
                 if cues.translation_line([ln]) or cues.origin_line([ln]))

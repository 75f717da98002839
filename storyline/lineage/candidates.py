"""Candidate pairs at scale, never all pairs.

Three cheap indexes, each catching what the others miss:

* MinHash LSH (datasketch ``MinHashLSH``) over word-shingle hashes: copies and reprints.
  The MinHash signatures are computed for many articles at once with numpy
  (multiply-shift hashing of the 64-bit shingle hashes, ``minimum.reduceat`` per article),
  which is much faster than ``MinHash.update`` per shingle.
* An exact-sentence index: articles that share long sentences verbatim. This catches a
  heavily cut reprint whose Jaccard with the full text is too low for LSH.
* Nearest neighbours of per-article embeddings (mean of the lead sentences' multilingual
  sentence vectors), by blocked matrix products: rewrites and translations, which share
  few or no shingles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storyline.lineage.prepare import Prepared

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


def embedding_pairs(
    vectors: np.ndarray, k: int, min_similarity: float, block: int = 1024
) -> set[tuple[int, int]]:
    """Pairs (i < j) where j is among i's ``k`` nearest neighbours (cosine >= ``min_similarity``)."""
    n = len(vectors)
    pairs: set[tuple[int, int]] = set()
    if n < 2 or k <= 0:
        return pairs
    kk = min(k + 1, n)
    for start in range(0, n, block):
        sims = vectors[start : start + block] @ vectors.T
        rows = np.arange(sims.shape[0])
        sims[rows, rows + start] = -1.0  # never one's own neighbour
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        for r, cols in enumerate(top):
            i = start + r
            for j in cols:
                if sims[r, j] >= min_similarity:
                    j = int(j)
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def union(*sets: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for s in sets:
        out.update(s)
    return sorted(out)


def anchor_pairs(anchor_sets: list[frozenset[str]], languages: list[str], min_shared: int,
                 max_posting: int = 50) -> set[tuple[int, int]]:
    """Pairs of articles in *different* languages sharing at least ``min_shared`` rare anchors
    (figures and names, which a translation keeps) and at least a third of the smaller set.

    Anchors printed by more than ``max_posting`` articles are common (years, big names) and skipped.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, anchors in enumerate(anchor_sets):
        for a in anchors:
            postings[a].append(idx)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for docs in postings.values():
        if 1 < len(docs) <= max_posting:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    i, j = docs[x], docs[y]
                    if languages[i] != languages[j]:
                        counts[(i, j)] += 1
    out = set()
    for (i, j), n in counts.items():
        if n >= min_shared and n >= min(len(anchor_sets[i]), len(anchor_sets[j])) / 3:
            out.add((i, j))
    return out


def credit_pairs(prepared: list[Prepared]) -> set[tuple[int, int]]:
    """Pairs where one article's provenance lines (credit, translation line) name the other's outlet."""
    from storyline.lineage import cues

    by_outlet: dict[str, list[int]] = defaultdict(list)
    for idx, p in enumerate(prepared):
        if p.article.outlet and len(p.article.outlet) >= 3:
            by_outlet[p.article.outlet].append(idx)
    if not by_outlet:
        return set()
    out: set[tuple[int, int]] = set()
    for idx, p in enumerate(prepared):
        lines = [ln for ln in cues.provenance_lines(p.article, p.sentences)
                 if cues.translation_line([ln]) or cues.origin_line([ln])]
        for line in lines:
            for outlet, docs in by_outlet.items():
                if outlet != p.article.outlet and len(docs) <= 50 and cues.names_outlet(line, outlet):
                    out.update((min(idx, j), max(idx, j)) for j in docs if j != idx)
    return out

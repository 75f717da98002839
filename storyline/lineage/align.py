"""Sentence alignment between two texts: which sentence of one is which of the other.

The sentence matcher scores a sentence pair by the larger of two similarities:

* lexical: Dice overlap of the folded word sets (verbatim and lightly edited copies);
* semantic: cosine of multilingual sentence embeddings (paraphrases and translations).

Taking the larger keeps a reprinted sentence whose number was edited aligned (its words
still match) so drift can be reported on it, while a spun sentence aligns on meaning.
Alignment is one-to-one and greedy by score; order is not required (reprints reorder
paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def lexical_matrix(a: list[frozenset[str]], b: list[frozenset[str]]) -> np.ndarray:
    out = np.zeros((len(a), len(b)), dtype=np.float32)
    for i, wa in enumerate(a):
        if not wa:
            continue
        for j, wb in enumerate(b):
            if wb:
                out[i, j] = 2.0 * len(wa & wb) / (len(wa) + len(wb))
    return out


@dataclass(slots=True)
class Alignment:
    pairs: list[tuple[int, int, float]]  # (sentence of a, sentence of b, score)
    lexical: dict[tuple[int, int], float]  # lexical score of each aligned pair
    n_a: int
    n_b: int

    @property
    def share_a(self) -> float:
        return len(self.pairs) / self.n_a if self.n_a else 0.0

    @property
    def share_b(self) -> float:
        return len(self.pairs) / self.n_b if self.n_b else 0.0

    @property
    def share_shorter(self) -> float:
        return max(self.share_a, self.share_b)

    @property
    def share_longer(self) -> float:
        return min(self.share_a, self.share_b)


def greedy_one_to_one(score: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Pairs with score >= threshold, best first, each sentence used at most once."""
    rows, cols = np.nonzero(score >= threshold)
    if not len(rows):
        return []
    vals = score[rows, cols]
    # Stable tie-break on position keeps identical inputs giving identical output.
    order = np.lexsort((cols, rows, -vals))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for k in order:
        i, j = int(rows[k]), int(cols[k])
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j, float(vals[k])))
    out.sort()
    return out


def align(
    words_a: list[frozenset[str]],
    words_b: list[frozenset[str]],
    threshold: float,
    vectors_a: np.ndarray | None = None,
    vectors_b: np.ndarray | None = None,
    lexical_threshold: float | None = None,
) -> Alignment:
    """Align two sentence lists.

    Without vectors only the lexical score is used (cheap; enough for reprints). With
    vectors the score is ``max(lexical, cosine)``.
    """
    lex = lexical_matrix(words_a, words_b)
    if vectors_a is not None and vectors_b is not None and len(vectors_a) and len(vectors_b):
        score = np.maximum(lex, (vectors_a @ vectors_b.T).astype(np.float32))
        thr = threshold
    else:
        score = lex
        thr = threshold if lexical_threshold is None else lexical_threshold
    pairs = greedy_one_to_one(score, thr)
    return Alignment(
        pairs=pairs,
        lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
        n_a=len(words_a),
        n_b=len(words_b),
    )


def monotonic_one_to_one(score: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Best order-preserving one-to-one alignment: pairs (i, j) with i and j both increasing,
    each scoring >= threshold, maximising the summed score (weighted LCS by dynamic programming).

    A rewrite walks through its source sentence by sentence, so most of its sentences align
    *in order*; independent reports of one event match only a few sentences, out of order.
    """
    n, m = score.shape
    if not n or not m:
        return []
    gain = np.where(score >= threshold, score, 0.0).astype(np.float64)
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    for i in range(1, n + 1):
        row, prev, g = best[i], best[i - 1], gain[i - 1]
        for j in range(1, m + 1):
            take = prev[j - 1] + g[j - 1] if g[j - 1] > 0 else 0.0
            row[j] = max(prev[j], row[j - 1], take)
    out: list[tuple[int, int, float]] = []
    i, j = n, m
    while i > 0 and j > 0:
        if best[i, j] == best[i - 1, j]:
            i -= 1
        elif best[i, j] == best[i, j - 1]:
            j -= 1
        else:
            out.append((i - 1, j - 1, float(score[i - 1, j - 1])))
            i -= 1
            j -= 1
    out.reverse()
    return out


def monotonic_runs(score: np.ndarray, threshold: float) -> list[tuple[int, int, int, float]]:
    """Best order-preserving alignment of units of a with *runs* of consecutive sentences of b:
    ``score[i, j, r - 1]`` scores unit i against sentences j .. j + r - 1 read as one text.
    Returns (i, first j, run length r, score) with i and the runs both increasing and disjoint,
    each scoring >= threshold, maximising the summed score (:func:`monotonic_one_to_one` with
    runs: a paragraph of a text without sentence marks against the sentences translating it).
    """
    n, m, longest = score.shape
    if not n or not m:
        return []
    gain = np.where(score >= threshold, score, 0.0).astype(np.float64)
    best = np.zeros((n + 1, m + 1), dtype=np.float64)
    step = np.zeros((n + 1, m + 1), dtype=np.int64)  # 0: skip unit, -1: skip sentence, r: run of r
    for i in range(1, n + 1):
        for j in range(0, m + 1):
            v, how = best[i - 1, j], 0
            if j and best[i, j - 1] > v:
                v, how = best[i, j - 1], -1
            for r in range(1, min(longest, j) + 1):
                g = gain[i - 1, j - r, r - 1]
                if g > 0 and best[i - 1, j - r] + g > v:
                    v, how = best[i - 1, j - r] + g, r
            best[i, j], step[i, j] = v, how
    out: list[tuple[int, int, int, float]] = []
    i, j = n, m
    while i > 0 and j > 0:
        how = int(step[i, j])
        if how == 0:
            i -= 1
        elif how < 0:
            j -= 1
        else:
            out.append((i - 1, j - how, how, float(score[i - 1, j - how, how - 1])))
            i -= 1
            j -= how
    out.reverse()
    return out


def score_matrix(words_a: list[frozenset[str]], words_b: list[frozenset[str]],
                 vectors_a: np.ndarray, vectors_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(matcher score max(lexical, cosine), lexical score) for every sentence pair."""
    lex = lexical_matrix(words_a, words_b)
    if not len(vectors_a) or not len(vectors_b):
        return lex, lex
    return np.maximum(lex, (vectors_a @ vectors_b.T).astype(np.float32)), lex

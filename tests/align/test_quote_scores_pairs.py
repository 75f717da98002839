"""Quote scores from an inverted index of 3-grams equal the all-pairs walk they replace."""

from __future__ import annotations

import random
from types import SimpleNamespace as NS

import numpy as np

from storyline.align.quotes import quote_scores, sentence_scores
from storyline.text import shingles


def _all_pairs(items, sim):
    sim = np.maximum(sim, sentence_scores(items)) if len(items) > 1 else sim.copy()
    sh = [shingles(it.quote.text, 3) for it in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = sh[i], sh[j]
            if a and b and min(items[i].n_words, items[j].n_words) >= 4:
                c = len(a & b) / min(len(a), len(b))
                if c > sim[i, j]:
                    sim[i, j] = sim[j, i] = c
    return sim


def test_same_scores_as_all_pairs() -> None:
    rng = random.Random(5)
    vocab = "la ministra dijo que no vamos a ceder the minister said we will not give up wir geben nicht auf".split()
    for trial in range(200):
        n = rng.randint(0, 10)
        items = []
        for _ in range(n):
            k = rng.randint(0, 10)
            items.append(NS(quote=NS(text=" ".join(rng.choice(vocab) for _ in range(k))), n_words=k))
        vecs = np.random.default_rng(trial).normal(size=(n, 6)).astype(np.float32)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        got = quote_scores(items, vecs)
        assert np.array_equal(got, _all_pairs(items, vecs @ vecs.T)), trial

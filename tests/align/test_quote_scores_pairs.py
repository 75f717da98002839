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


def test_sentence_scores_do_not_depend_on_the_block(monkeypatch) -> None:
    # Quotes of one, two and three sentences (and quotes with no sentence long enough); the best
    # sentence pair of every two quotes is the same when the similarities are made a run of quotes
    # at a time as when they are made whole.
    from storyline.align import quotes

    rng = random.Random(9)
    clauses = ["the harbour stays closed until Friday", "crews are still pumping out the tunnels",
               "wir öffnen den Hafen erst am Freitag", "le port restera fermé jusqu'à vendredi",
               "nobody was hurt in the night", "el puerto seguirá cerrado hasta el viernes", "no comment"]
    items = []
    for _ in range(60):
        k = rng.choice([1, 1, 2, 3])
        items.append(NS(quote=NS(text=". ".join(rng.choice(clauses) for _ in range(k)) + ".")))
    whole = sentence_scores(items)
    assert whole.max() > 0.9  # the same sentence in two quotes
    for cells in (1, 500, 5000):
        monkeypatch.setattr(quotes, "SENTENCE_BLOCK_CELLS", cells)
        assert np.array_equal(sentence_scores(items), whole), cells

"""A story's title, keywords and top entities, from its most central article and its members."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from storyline.cluster.features import Features
from storyline.model import Article
from storyline.text import sentence_spans

_KEYWORDS = 8
_ENTITIES = 5


def describe(
    feats: Features, rows: np.ndarray, headline_of: Callable[[int], str]
) -> tuple[str, list[str], list[str]]:
    """(title, keywords, top_entities) of the story made of ``rows``; ``headline_of(row)`` titles a row."""
    emb = feats.emb[rows]
    sub = feats.sparse[rows]
    esum = emb.sum(axis=0)
    zsum = np.asarray(sub.sum(axis=0)).ravel()
    centrality = feats.emb_weight * (emb @ esum) + sub @ zsum
    central = int(rows[int(np.argmax(centrality))])
    return headline_of(central), keywords(feats, sub, zsum), top_entities(feats, sub, zsum)


def headline(article: Article) -> str:
    if article.title and article.title.strip():
        return article.title.strip()
    for s, e in sentence_spans(article.text):
        return article.text[s:e][:200]
    return ""


def _ranked(zsum: np.ndarray, support: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Columns in [lo, hi) by how many members use them, then by summed weight."""
    cols = np.arange(lo, min(hi, len(zsum)))
    cols = cols[zsum[cols] > 0]
    return cols[np.lexsort((-zsum[cols], -support[cols]))]


def keywords(feats: Features, sub, zsum: np.ndarray) -> list[str]:
    support = np.asarray((sub > 0).sum(axis=0)).ravel()
    cols = _ranked(zsum, support, 0, len(feats.terms.tokens))
    return [feats.terms.tokens[c] for c in cols[:_KEYWORDS]]


def top_entities(feats: Features, sub, zsum: np.ndarray) -> list[str]:
    support = np.asarray((sub > 0).sum(axis=0)).ravel()
    off = feats.name_offset
    out: list[str] = []
    seen: list[str] = []
    for c in _ranked(zsum, support, off, off + len(feats.names.tokens)):
        key = feats.names.tokens[c - off]
        kind, _, name = key.partition(":")
        if kind == "n":
            continue
        # A lone word already inside a chosen phrase ("reid" after "tara reid") adds nothing.
        if any(name in s.split() or (kind == "p" and name in s) for s in seen):
            continue
        seen.append(name)
        out.append(feats.display.get(name, name))
        if len(out) >= _ENTITIES:
            break
    return out

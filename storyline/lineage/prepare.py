"""Per-article features the candidate and verification stages share.

Everything is computed once per article: sentence ranges into the clean text, folded word
sets per sentence, an exact key per sentence, and the article's word-shingle hashes.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from storyline.model import Article
from storyline.text import _WORD, sentence_spans, words

# Odd 64-bit multipliers for the position of each word in a shingle (polynomial rolling hash).
_POS_MULT = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
     0x85EBCA77C2B2AE63, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits so the shingle hash behaves like a random one."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def shingle_hashes(tokens: list[str], n: int) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word n-grams of ``tokens`` (deterministic across runs)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    tok = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))
    n = max(1, min(n, len(_POS_MULT)))
    if len(tok) < n:
        n = len(tok)
    m = len(tok) - n + 1
    acc = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            acc += tok[k : k + m] * _POS_MULT[k]
    return np.unique(_mix64(acc))


@dataclass(slots=True)
class Prepared:
    """An article with the features lineage needs, computed once."""

    article: Article
    spans: list[tuple[int, int]]
    sentences: list[str]
    sent_words: list[frozenset[str]]
    sent_keys: list[str]  # folded words joined: equal keys = the same sentence verbatim
    shingles: np.ndarray  # sorted unique uint64
    language: str
    n_words: int
    sent_vectors: np.ndarray | None = field(default=None)
    doc_vector: np.ndarray | None = field(default=None)  # unit mean of sentence vectors (whole text)
    # Folded text, word set and numbers of the whole text, read by every drift check of the article.
    context: tuple | None = field(default=None)
    # What the article says about itself whatever it is compared with (lineage.direction): the
    # options and page fields it was read with, and the reading.
    own_cues: tuple | None = field(default=None)


def fast_words(s: str) -> list[str]:
    """``storyline.text.words`` with a fast path: folding ASCII text is just lower-casing.

    Identical output; the character-by-character accent stripping in ``fold`` dominated the
    candidate stage's cost on large corpora.
    """
    if s.isascii():
        return _WORD.findall(s.lower())
    return words(s)


def prepare(article: Article, shingle_size: int, language: str) -> Prepared:
    spans = sentence_spans(article.text)
    sents = [article.text[s:e] for s, e in spans]
    sent_toks = [fast_words(s) for s in sents]
    all_toks = [t for toks in sent_toks for t in toks]
    return Prepared(
        article=article,
        spans=spans,
        sentences=sents,
        sent_words=[frozenset(t) for t in sent_toks],
        sent_keys=[" ".join(t) for t in sent_toks],
        shingles=shingle_hashes(all_toks, shingle_size),
        language=language,
        n_words=len(all_toks),
    )


def detect_language(text: str) -> str:
    """Language code of ``text`` as ingest detects it (storyline.clean.metadata.detect_language),
    "und" when the text says nothing."""
    from storyline.clean.metadata import detect_language as detect
    from storyline.options import CleanOptions

    return detect(text, None, CleanOptions(language_min_chars=1, language_min_score=0.0)) or "und"

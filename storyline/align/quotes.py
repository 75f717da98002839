"""Quote groups: one statement as every outlet printed it, and who they say said it.

Outlets shorten, paraphrase and translate quotes. Variants join on multilingual sentence
embeddings, on shared content words, or when a partial quote's words are contained in a
longer one. A group whose outlets name different people is a misattribution.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from storyline.align.groups import agglomerate
from storyline.align.units import TITLES as _TITLES
from storyline.model import Article, Extraction, Quote
from storyline.text import fold, shingles, words

MISATTRIBUTION_MATCH = 0.85
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their"}


@dataclass(slots=True)
class QuoteItem:
    index: int
    quote: Quote
    n_words: int
    person: bool  # the extraction tagged the speaker as a PERSON entity


def _speaker_is_person(q: Quote, ext: Extraction) -> bool:
    key = speaker_key(q.speaker)
    if key is None:
        return False
    for ent in ext.entities:
        if ent.label != "PERSON":
            continue
        if q.speaker_span and ent.start < q.speaker_span[1] and ent.end > q.speaker_span[0]:
            return True
        canon = speaker_key(str(ent.attrs.get("canonical") or ent.text))
        if canon is not None and same_speaker(key, canon):
            return True
    return False


def speaker_key(name: str | None) -> frozenset[str] | None:
    """Name tokens without titles; None unless the speaker is named.

    "police", "a spokesman" or "he" say who spoke only vaguely; differing from a name is
    not a misattribution, so only capitalised names take part.
    """
    if not name:
        return None
    named = [t for t in re.findall(r"\w+", name) if t[:1].isupper() and fold(t) not in _TITLES]
    toks = [t for t in re.findall(r"\w+", fold(name)) if t not in _TITLES]
    if not named or not toks or (len(toks) == 1 and toks[0] in _PRONOUNS):
        return None
    return frozenset(toks)


def same_speaker(a: frozenset[str], b: frozenset[str]) -> bool:
    # "Obama" / "Barack Obama" / "President Obama" are one person.
    return a <= b or b <= a


def speaker_identities(names: list[str]) -> list[list[str]]:
    """Cluster speaker names into people."""
    people: list[tuple[list[frozenset[str]], list[str]]] = []
    for name in names:
        key = speaker_key(name)
        if key is None:
            continue
        for keys, members in people:
            if any(same_speaker(key, k) for k in keys):
                keys.append(key)
                members.append(name)
                break
        else:
            people.append(([key], [name]))
    return [members for _, members in people]


def collect_quotes(articles: list[Article], extractions: dict[str, Extraction]) -> list[QuoteItem]:
    items: list[QuoteItem] = []
    for article in articles:
        ext = extractions.get(article.id)
        if ext is None:
            continue
        for q in ext.quotes:
            if not (0 <= q.start < q.end <= len(article.text)):
                raise ValueError(f"quote {q.start}-{q.end} lies outside article {article.id}")
            n = len(words(q.text))
            if n >= 3:
                items.append(QuoteItem(len(items), q, n, _speaker_is_person(q, ext)))
    return items


def quote_scores(items: list[QuoteItem], vectors: np.ndarray) -> np.ndarray:
    sim = vectors @ vectors.T if items else np.zeros((0, 0), dtype=np.float32)
    sh = [shingles(it.quote.text, 3) for it in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = sh[i], sh[j]
            if not a or not b:
                continue
            shorter = min(items[i].n_words, items[j].n_words)
            # A partial quote (at least four words) contained in the full one is the same quote.
            if shorter >= 4:
                c = len(a & b) / min(len(a), len(b))
                if c > sim[i, j]:
                    sim[i, j] = sim[j, i] = c
    return sim


def group_quotes(
    items: list[QuoteItem], vectors: np.ndarray, threshold: float
) -> list[list[int]]:
    score = quote_scores(items, vectors)
    keys = [speaker_key(it.quote.speaker) for it in items]

    def eligible(i: int, j: int) -> bool:
        # A pair naming different people joins two groups only on strong evidence, since
        # that join is what reports a misattribution.
        a, b = keys[i], keys[j]
        if a is None or b is None or same_speaker(a, b):
            return True
        return bool(score[i, j] >= MISATTRIBUTION_MATCH)

    return agglomerate(score, threshold, lambda i, j: True, threshold - 0.15, eligible)


def quote_report(items: list[QuoteItem], members: list[int], order: dict[str, int]) -> dict:
    chosen = sorted((items[m] for m in members), key=lambda it: (order.get(it.quote.article_id, 0), it.quote.start))
    quotes = [it.quote for it in chosen]
    person = {id(it.quote): it.person for it in chosen}
    speakers = [q.speaker for q in quotes if speaker_key(q.speaker) is not None]
    people = speaker_identities(speakers)
    speaker = None
    if people:
        # The person most outlets name; within that person, the fullest form of the name.
        top = max(people, key=len)
        speaker = max(top, key=lambda n: (Counter(top)[n], len(n)))
    texts = Counter(q.text for q in quotes)
    text = max(texts, key=lambda t: (texts[t], len(t)))
    ids: list[str] = []
    for q in quotes:
        if q.article_id not in ids:
            ids.append(q.article_id)
    return {
        "speaker": speaker,
        "text": text,
        "article_ids": ids,
        "speakers": sorted({n for p in people for n in p}),
        "variants": [
            {
                "article_id": q.article_id,
                "text": q.text,
                "speaker": q.speaker,
                "start": q.start,
                "end": q.end,
                "direct": q.direct,
                "speaker_is_person": person[id(q)],
                **({"speaker_span": list(q.speaker_span)} if q.speaker_span else {}),
            }
            for q in quotes
        ],
    }

"""Quote groups: one statement as every outlet printed it, and who they say said it.

Outlets shorten, paraphrase and translate quotes. Variants join on multilingual sentence
embeddings (of the whole quote, or of its best pair of sentences, so a translation that
quotes one sentence more still joins), on shared content words, when a partial quote's words
are contained in a longer one, or as mutual best matches of two articles of one copy family
(reprint, rewrite, translation). A group whose outlets name different people is a
misattribution. A group is as direct as its most direct variant.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from storyline import lang
from storyline.align.groups import agglomerate, align_copies, join_translations
from storyline.align.units import titles
from storyline.extract.entities import _romanised
from storyline.model import Article, Extraction, Quote
from storyline.options import QuoteGroupOptions
from storyline.scripts import unspaced, word_count
from storyline.text import fold, sentence_spans, shingles, words


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Pronouns of every language (lang/<code>/quotes.py SPEAKER_PRONOUNS), folded like the name
    tokens they are compared with: quotes of every language are grouped."""
    return frozenset(fold(p) for p in lang.values("quotes", "SPEAKER_PRONOUNS"))


@dataclass(slots=True)
class QuoteItem:
    index: int
    quote: Quote
    n_words: int
    person: bool  # the extraction tagged the speaker as a PERSON entity


def _speaker_is_person(q: Quote, ext: Extraction) -> bool:
    # The entities' canonical names are the story's after its entity merge, as ``who`` is.
    key = speaker_key(who(q))
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
    named = [t for t in re.findall(r"\w+", name) if t[:1].isupper() and fold(t) not in titles()]
    toks = [t for t in re.findall(r"\w+", fold(name)) if t not in titles()]
    if not named or not toks or (len(toks) == 1 and toks[0] in _pronouns()):
        return None
    # Romanised, so an original and its translation name one person alike ("Алексей"/"Aleksei").
    return frozenset(_romanised(t) for t in toks)


def same_speaker(a: frozenset[str], b: frozenset[str]) -> bool:
    # "Obama" / "Barack Obama" / "President Obama" are one person.
    return a <= b or b <= a


def who(q: Quote) -> str | None:
    """The name a quote's speaker is compared by: the story's name of the speaker's entity where the
    story's entity merge gave one (one name for every spelling and script), else the printed name."""
    return q.speaker_entity or q.speaker


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


def collect_quotes(articles: list[Article], extractions: dict[str, Extraction],
                   opts: QuoteGroupOptions = QuoteGroupOptions()) -> list[QuoteItem]:
    items: list[QuoteItem] = []
    for article in articles:
        ext = extractions.get(article.id)
        if ext is None:
            continue
        for q in ext.quotes:
            if not (0 <= q.start < q.end <= len(article.text)):
                raise ValueError(f"quote {q.start}-{q.end} lies outside article {article.id}")
            n = quote_words(q.text)
            if n >= opts.min_words:
                items.append(QuoteItem(len(items), q, n, _speaker_is_person(q, ext)))
    return items


_KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}


def quote_words(text: str) -> int:
    """Words of a quotation in any script: a Chinese, Japanese or Thai run counts by its length
    (storyline/scripts.py), where ``\\w+`` reads a whole clause as one word."""
    return word_count(text) if unspaced(text) else len(words(text))


def _sentences(text: str, opts: QuoteGroupOptions = QuoteGroupOptions()) -> list[str]:
    # The article's sentence splitter knows every script's sentence ends (。！？ need no space after
    # them), so a quotation of two sentences in Chinese or Japanese is two sentences as in English;
    # a colon or semicolon before a space still cuts too.
    pieces = [p for s, e in sentence_spans(text) for p in re.split(r"(?<=[.!?:;])\s+", text[s:e])]
    return [p for p in pieces if quote_words(p) >= opts.sentence_min_words]


# Sentence similarities computed per run of quotes in :func:`sentence_scores` (float32 cells).
SENTENCE_BLOCK_CELLS = 1 << 22


def sentence_scores(items: list[QuoteItem], opts: QuoteGroupOptions = QuoteGroupOptions()) -> np.ndarray:
    """Best cosine between any sentence of one quote and any of the other (multilingual
    encoder, so a translation matches its original); only quotes of several sentences."""
    n = len(items)
    pieces = [_sentences(it.quote.text, opts) for it in items]
    if n < 2 or not any(len(p) > 1 for p in pieces):
        return np.zeros((n, n), dtype=np.float32)
    flat = [s for p in pieces for s in p]
    from storyline.resources import embedder

    vecs = np.asarray(embedder().encode(flat), dtype=np.float32)
    counts = np.array([len(p) for p in pieces])
    has = np.nonzero(counts)[0]
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[has]
    # Block maxima: the best sentence pair of every two quotes, a run of quotes at a time, so the
    # sentence similarities are never held whole (a story of many copies has thousands of quoted
    # sentences: the square was hundreds of megabytes). A row of a product of this many rows or
    # more does not depend on the other rows (see resources), so the maxima are the same.
    from storyline.resources import _MIN_BATCH_ROWS as least

    block = np.empty((len(has), len(has)), dtype=np.float32)
    step = max(least, SENTENCE_BLOCK_CELLS // len(flat))
    q0 = 0
    while q0 < len(has):
        r0 = int(starts[q0])
        q1 = max(q0 + 1, int(np.searchsorted(starts, r0 + step, side="left")))
        if q1 < len(has) and len(flat) - int(starts[q1]) < least:
            q1 = len(has)  # no short last run: it joins this one
        r1 = int(starts[q1]) if q1 < len(has) else len(flat)
        rows = np.maximum.reduceat(vecs[r0:r1] @ vecs.T, starts[q0:q1] - r0, axis=0)
        block[q0:q1] = np.maximum.reduceat(rows, starts, axis=1)
        q0 = q1
    # A single sentence against a single sentence is the whole cosine: left to it (in place: a
    # story of copies holds thousands of quotes, and each square of them is tens of megabytes).
    single = np.flatnonzero(counts[has] == 1)
    block[np.ix_(single, single)] = 0.0
    if len(has) == n:
        out = block
    else:
        out = np.zeros((n, n), dtype=np.float32)
        out[np.ix_(has, has)] = block
    np.fill_diagonal(out, 0.0)
    return np.maximum(out, out.T)


def quote_scores(items: list[QuoteItem], vectors: np.ndarray, opts: QuoteGroupOptions = QuoteGroupOptions()) -> np.ndarray:
    sim = vectors @ vectors.T if items else np.zeros((0, 0), dtype=np.float32)
    if len(items) > 1:
        sim = np.maximum(sim, sentence_scores(items, opts))
    sh = [shingles(it.quote.text, 3) for it in items]
    # A partial quote (at least opts.containment_min_words words) contained in the full one is the same quote: the
    # share of the shorter one's word 3-grams found in the other raises the score. Pairs that
    # share no 3-gram have a share of 0, so only the pairs an inverted index finds are counted
    # one by one (every pair was, a quadratic walk on large stories).
    ok = np.array([bool(a) and it.n_words >= opts.containment_min_words for a, it in zip(sh, items)], dtype=bool)
    if ok.sum() > 1:
        upper = np.triu(np.outer(ok, ok), 1)  # pairs i < j, as the score is read at [i, j]
        below = upper & (sim < 0.0)
        sim[below] = 0.0
        sim[below.T] = 0.0
        holders: dict[str, list[int]] = {}
        for i in np.flatnonzero(ok).tolist():
            for g in sh[i]:
                holders.setdefault(g, []).append(i)
        pairs = {(i, j) for held in holders.values() for x, i in enumerate(held) for j in held[x + 1 :]}
        for i, j in pairs:
            a, b = sh[i], sh[j]
            c = len(a & b) / min(len(a), len(b))
            if c > sim[i, j]:
                sim[i, j] = sim[j, i] = c
    return sim


def group_quotes(
    items: list[QuoteItem], vectors: np.ndarray, threshold: float, family: dict[str, str] | None = None,
    opts: QuoteGroupOptions = QuoteGroupOptions(), translated: set[tuple[int, int]] | None = None,
) -> list[list[int]]:
    """``translated``: positions of quotes that are a quote and its translation (groups.translated_items)."""
    score = quote_scores(items, vectors, opts)
    if family:
        align_copies(score, [(it.quote.article_id, it.index) for it in items], family, threshold, opts.family_match)
    if translated:
        join_translations(score, translated, threshold)
    keys = [speaker_key(who(it.quote)) for it in items]

    def eligible(i: int, j: int) -> bool:
        # A pair naming different people joins two groups only on strong evidence, since
        # that join is what reports a misattribution.
        a, b = keys[i], keys[j]
        if a is None or b is None or same_speaker(a, b):
            return True
        return bool(score[i, j] >= opts.misattribution_match)

    return agglomerate(score, threshold, lambda i, j: True, threshold - 0.15, eligible)


def quote_report(items: list[QuoteItem], members: list[int], order: dict[str, int]) -> dict:
    chosen = sorted((items[m] for m in members), key=lambda it: (order.get(it.quote.article_id, 0), it.quote.start))
    quotes = [it.quote for it in chosen]
    person = {id(it.quote): it.person for it in chosen}
    # People by the story's name of each speaker; each person's names as the articles print them.
    named = [(q.speaker, who(q)) for q in quotes if q.speaker and speaker_key(who(q)) is not None]
    people = [[printed for printed, ident in named if ident in idents]
              for idents in speaker_identities([ident for _, ident in named])]
    speaker = None
    if people:
        # The person most outlets name; within that person, the form most print, on a tie the
        # story's name of the person (accents kept), then the fullest form.
        top = max(people, key=len)
        story_names = {ident for _, ident in named}
        speaker = max(top, key=lambda n: (Counter(top)[n], n in story_names, len(n)))
    else:
        # No outlet names anyone: the role or body they do name ("a spokesman", "the union"),
        # the one most variants give. It takes no part in misattribution (speaker_key is None).
        roles = Counter(q.speaker for q in quotes if q.speaker and q.speaker.strip())
        if roles:
            speaker = max(roles, key=lambda n: (roles[n], len(n)))
    best_rank = min(_KIND_RANK[_kind(q)] for q in quotes)
    texts = Counter(q.text for q in quotes if _KIND_RANK[_kind(q)] == best_rank)
    text = max(texts, key=lambda t: (texts[t], len(t)))
    ids: list[str] = []
    for q in quotes:
        if q.article_id not in ids:
            ids.append(q.article_id)
    kinds = [_kind(q) for q in quotes]
    return {
        "speaker": speaker,
        # The group is as direct as its most direct variant: an outlet's paraphrase of a
        # quotation is still that quotation.
        "kind": min(kinds, key=_KIND_RANK.__getitem__),
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
                "kind": _kind(q),
                "speaker_is_person": person[id(q)],
                **({"speaker_entity": q.speaker_entity} if q.speaker_entity else {}),
                **({"speaker_span": list(q.speaker_span)} if q.speaker_span else {}),
            }
            for q in quotes
        ],
    }


def _kind(q: Quote) -> str:
    kind = getattr(q, "kind", None)
    if kind in _KIND_RANK:
        return str(kind)
    return "direct" if q.direct else "indirect"

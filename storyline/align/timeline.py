"""Timeline: the dated events of a story, merged across articles and sorted.

A date mention belongs to its sentence (the event). Mentions of the same date (or one
date refining the other: 2013-05 and 2013-05-03) whose sentences say the same thing are
one entry citing every article, dated at the finest granularity a source gives.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from storyline.align.units import boilerplate
from storyline.model import Article, DateMention, Extraction
from storyline.options import UnitOptions
from storyline.text import shingles, words


@dataclass(slots=True)
class _Entry:
    value: str
    members: list[int]


def collect_dates(articles: list[Article], extractions: dict[str, Extraction],
                  opts: UnitOptions = UnitOptions()) -> list[DateMention]:
    out: list[DateMention] = []
    for article in articles:
        ext = extractions.get(article.id)
        if ext is None:
            continue
        for d in ext.dates:
            if not d.value or not d.sentence:
                continue
            if len(words(d.sentence)) < opts.date_sentence_min_words or boilerplate().search(d.sentence):
                continue  # a dateline or a bare date is the article's date, not an event
            out.append(d)
    return out


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def build_timeline(
    mentions: list[DateMention], vectors: np.ndarray, threshold: float, order: dict[str, int]
) -> list[dict]:
    sh = [shingles(m.sentence, 3) for m in mentions]
    # Finer dates first, so a coarse mention joins the precise entry rather than founding its own.
    idx = sorted(range(len(mentions)), key=lambda i: (-len(mentions[i].value or ""), order.get(mentions[i].article_id, 0)))
    entries: list[_Entry] = []
    for i in idx:
        value = mentions[i].value or ""
        best, best_sim = None, threshold
        for entry in entries:
            if not _compatible(entry.value, value):
                continue
            sims = []
            for j in entry.members:
                s = float(vectors[i] @ vectors[j])
                if sh[i] and sh[j]:
                    s = max(s, len(sh[i] & sh[j]) / min(len(sh[i]), len(sh[j])))
                sims.append(s)
            sim = float(np.mean(sims))
            if sim >= best_sim:
                best, best_sim = entry, sim
        if best is None:
            entries.append(_Entry(value, [i]))
        else:
            best.members.append(i)
            if len(value) > len(best.value):
                best.value = value
    out: list[dict] = []
    for entry in entries:
        ms = [mentions[i] for i in entry.members]
        ms.sort(key=lambda m: (order.get(m.article_id, 0), m.start))
        ids: list[str] = []
        for m in ms:
            if m.article_id not in ids:
                ids.append(m.article_id)
        rep = next((m for m in ms if m.value == entry.value), ms[0])
        gran = {4: "year", 7: "month", 10: "day"}.get(len(entry.value), rep.granularity)
        out.append(
            {
                "date": entry.value,
                "granularity": gran,
                "text": rep.sentence,
                "article_ids": ids,
                "relative": all(m.relative for m in ms),
                "spans": [
                    {"article_id": m.article_id, "start": m.sentence_start, "end": m.sentence_end}
                    if m.sentence_end > m.sentence_start
                    else {"article_id": m.article_id, "start": m.start, "end": m.end}
                    for m in ms
                ],
                "date_spans": [{"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text} for m in ms],
            }
        )
    out.sort(key=lambda e: (e["date"], -len(e["article_ids"]), e["text"]))
    return out

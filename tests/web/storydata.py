"""A large invented story for the story-page views: 25 articles in copy families, a figure
conflict and a speaker conflict with copies on each side, clock times, undated articles and
articles without an outlet (named by title, record id or first words)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storyline.model import Article, DateCandidate
from storyline.store import open_store

N_ARTICLES = 25
ORIGIN = "Ferry service to the island of Brenna was suspended on Monday after a storm damaged the pier."
QUOTE = "We will rebuild the pier before the summer season starts"
FIGURE_A = "The storm caused damage estimated at 3,200 euros per metre of pier, the port office said."
FIGURE_B = "The storm caused damage estimated at 4,800 euros per metre of pier, the port office said."
TEXTS = {
    "en": "Ferry service to the island of Brenna was suspended on Monday after a storm damaged the pier.",
    "fr": "Le service de ferry vers l'île de Brenna a été suspendu lundi après qu'une tempête a endommagé la jetée.",
    "de": "Der Fährverkehr zur Insel Brenna wurde am Montag eingestellt, nachdem ein Sturm den Anleger beschädigt hatte.",
    "es": "El servicio de ferry a la isla de Brenna se suspendió el lunes después de que una tormenta dañara el muelle.",
}
# Hashes, as ingest makes ids: a page must never show these to a reader.
def aid(n: int) -> str:
    return f"a{n:02d}f3c9e1b7d2a6c4"


def _article(n: int) -> Article:
    lang = ("en", "fr", "de", "es")[n % 4]
    text = f"{TEXTS[lang]}\n\n{FIGURE_A if n < 12 else FIGURE_B}\n\n\"{QUOTE},\" the mayor said. Report {n}."
    kwargs: dict[str, Any] = {"outlet": f"Outlet {chr(65 + n % 26)}{n}", "title": f"Brenna ferry halted ({n})"}
    if n == 20:  # no outlet: named by its title
        kwargs = {"outlet": None, "title": "Storm cuts Brenna off from the mainland"}
    if n == 21:  # no outlet, no title, a dump's record id
        kwargs = {"outlet": None, "title": None, "external_id": "rec-7781"}
    if n == 22:  # nothing but the text: named by its first words
        kwargs = {"outlet": None, "title": None}
    day = None if n in (23, 24) else f"2025-03-{3 + n // 8:02d}"
    cands = []
    if day:
        cands = [DateCandidate(day, "published", 0.85, f"{day}T{6 + n % 12:02d}:{(n * 7) % 60:02d}:00Z")]
    return Article(id=aid(n), source=f"dump.jsonl#{181 + n}", text=text, published=day, language=lang,
                   date_candidates=cands, **kwargs)


def articles() -> list[Article]:
    return [_article(n) for n in range(N_ARTICLES)]


def lineage() -> list[dict[str, Any]]:
    """Two families: a00 with a chain a00 -> a01 -> a02 -> a03 -> a04, fan-outs and a20 -> a21 (its
    direction unknown); a12 with its copies. Every article is in one."""
    edges = []

    def edge(o: int, d: int, kind: str = "duplicate", known: bool = True, drift: list | None = None) -> None:
        edges.append({"origin": aid(o), "derived": aid(d), "kind": kind, "score": 0.9, "confidence": 0.8,
                      "direction": "known" if known else "unknown", "evidence": [f"{aid(d)} credits {aid(o)}"],
                      "drift": drift or []})

    for o, d in ((0, 1), (1, 2), (2, 3), (3, 4)):
        edge(o, d, "near_duplicate")
    for d in range(5, 12):
        edge(0, d, "rewrite" if d % 2 else "duplicate")
    edge(0, 22, "translation")
    edge(2, 23)
    for d in range(13, 20):
        edge(12, d)
    edge(12, 24, "rewrite")
    edge(20, 21, "rewrite", known=False, drift=[
        {"origin_text": "The pier was damaged.", "derived_text": "The pier was damaged!", "note": "punctuation",
         "kind": "number"},  # no real change: must not be listed
        {"origin_text": "A storm hit on Monday.", "derived_text": "A storm hit on Sunday.",
         "note": f"date differs: Monday ({aid(20)}) / Sunday ({aid(21)})", "kind": "date"},
    ])
    edge(0, 20, "rewrite", drift=[
        {"origin_text": "Damage reached 3,200 euros per metre, the office said.",
         "derived_text": "According to the office, the bill came to 4,800 euros for each metre.",
         "note": "number changed: 3,200 -> 4,800", "kind": "number"},
        {"origin_text": "", "derived_text": "Residents queued for the last boat.", "note": "claim not in origin",
         "kind": "addition"},
    ])
    return edges


def big_story() -> dict[str, Any]:
    ids = [aid(n) for n in range(N_ARTICLES)]
    figure_statements = (
        [{"article_id": aid(n), "text": FIGURE_A, "value": "3,200"} for n in (0, 1, 5)]
        + [{"article_id": aid(n), "text": FIGURE_B, "value": "4,800"} for n in (12, 13)]
    )
    speaker_statements = (
        [{"article_id": aid(n), "text": QUOTE, "value": "Mira Holt"} for n in (0, 5, 7)]
        + [{"article_id": aid(n), "text": QUOTE, "value": "Jon Vask"} for n in (12, 14)]
    )
    return {
        "id": "s-brenna",
        "title": "Storm halts the Brenna ferry",
        "article_ids": ids,
        "keywords": ["ferry", "storm"],
        "published_range": ["2025-03-03", "2025-03-05"],
        "outlets": [a.outlet for a in articles() if a.outlet],
        "lineage": lineage(),
        "entities": [],
        "quotes": [],
        "claims": [],
        "conflicts": [
            {"kind": "number", "about": "the damage per metre", "statements": figure_statements},
            {"kind": "speaker", "about": f"who said \u201c{QUOTE}\u201d", "statements": speaker_statements,
             "speakers": [["Mira Holt"], ["Jon Vask"]]},
        ],
        "timeline": [],
        "cited_sources": [],
        "brief": [{"text": ORIGIN, "article_ids": [aid(0), aid(21)]}],
    }


def build_big_store(path: Path) -> Path:
    store = open_store(path)
    store.add_articles(articles())
    store.replace_stories([big_story()])
    store.close()
    return path

"""Test data for the web tests: articles and stories written by hand in the report format."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyline.model import Article
from storyline.store import open_store

WIRE = (
    "VALDERA, March 3 (Wire) - The port of Valdera closed on Tuesday after a chemical spill, "
    "officials said.\n\n"
    "About 40 tonnes of sulphuric acid leaked from a storage tank, the harbour authority said. "
    "\"We have contained the leak and nobody was hurt,\" said harbour master Ana Ruiz.\n\n"
    "The port handles a fifth of the region's grain exports. It is expected to reopen on Friday."
)
HERALD = (
    "The port of Valdera closed on Tuesday after a chemical spill, officials said.\n\n"
    "About 400 tonnes of sulphuric acid leaked from a storage tank, the harbour authority said. "
    "\"We have contained the leak and nobody was hurt,\" said harbour master Ana Ruiz.\n\n"
    "The port is expected to reopen on Friday, according to the Wire."
)
LEDGER = (
    "Grain shipments from Valdera are on hold. Harbour master Ana Ruiz told reporters: "
    "\"We have contained the leak, nobody was hurt.\" Traders fear delays into next week, "
    "and the port may stay shut until Monday.\n\nThe spill happened on 2 March, the Ledger learned."
)
HOSTILE_TEXT = (
    "Breaking <script>window.__pwned = 1; document.title = 'pwned'</script> news.\n"
    "<img src=x onerror=\"window.__pwned = 2; alert('img')\"> and <svg onload=alert('svg')></svg>\n"
    "Click <a href=\"javascript:window.__pwned=3\">here</a> or javascript:alert(4).\n"
    "\"}</mark><script>alert(5)</script>\" ended the statement."
)
HOSTILE = "<script>window.__pwned=9</script><img src=x onerror=alert(6)>"


def span(article_id: str, text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"article_id": article_id, "start": start, "end": start + len(part)}


def articles() -> list[Article]:
    return [
        Article(id="a-wire", source="wire.txt", text=WIRE, title="Chemical spill closes port of Valdera",
                outlet="Wire Service", published="2024-03-03", url="https://wire.example/valdera",
                authors=["Jo Reyes"], language="en",
                removed=["Subscribe to our newsletter", "Share on social media"]),
        Article(id="a-herald", source="herald.html", text=HERALD, title="Valdera port shut by acid spill",
                outlet="Coastal Herald", published="2024-03-04", url="https://herald.example/port",
                language="en", format="html"),
        Article(id="a-ledger", source="ledger.txt", text=LEDGER, title="Valdera grain stuck after spill",
                outlet="Daily Ledger", published="2024-03-05", language="en"),
        Article(id="a-evil", source="evil<script>.html", text=HOSTILE_TEXT, title=HOSTILE + " title",
                outlet=HOSTILE + " outlet", published="2024-01-01", url="javascript:window.__pwned=7",
                authors=[HOSTILE], language="en", removed=[HOSTILE + " boilerplate"]),
    ]


def valdera_story() -> dict[str, Any]:
    quote_w = "We have contained the leak and nobody was hurt"
    quote_l = "We have contained the leak, nobody was hurt."
    return {
        "id": "s-valdera",
        "title": "Chemical spill closes port of Valdera",
        "article_ids": ["a-wire", "a-herald", "a-ledger"],
        "keywords": ["port", "spill", "sulphuric acid"],
        "published_range": ["2024-03-03", "2024-03-05"],
        "outlets": ["Wire Service", "Coastal Herald", "Daily Ledger"],
        "lineage": [
            {"origin": "a-wire", "derived": "a-herald", "kind": "near_duplicate", "score": 0.82, "confidence": 0.9,
             "direction": "known", "evidence": ["cites the Wire", "published a day later"],
             "drift": [{"origin_text": "About 40 tonnes of sulphuric acid leaked from a storage tank",
                        "derived_text": "About 400 tonnes of sulphuric acid leaked from a storage tank",
                        "note": "number changed: 40 tonnes -> 400 tonnes", "kind": "number"}]},
            {"origin": "a-herald", "derived": "a-ledger", "kind": "rewrite", "score": 0.41, "confidence": 0.5,
             "direction": "unknown", "evidence": [], "drift": []},
        ],
        "entities": [
            {"name": "Valdera", "type": "GPE", "aliases": ["Valdera", "VALDERA"],
             "article_ids": ["a-wire", "a-herald", "a-ledger"], "mentions": 5},
            {"name": "Ana Ruiz", "type": "PERSON", "aliases": ["Ana Ruiz"],
             "article_ids": ["a-wire", "a-herald", "a-ledger"], "mentions": 3},
        ],
        "quotes": [
            {"speaker": "Ana Ruiz", "text": quote_w, "article_ids": ["a-wire", "a-herald", "a-ledger"],
             "variants": [
                 {**span("a-wire", WIRE, quote_w), "text": quote_w, "speaker": "Ana Ruiz"},
                 {**span("a-herald", HERALD, quote_w), "text": quote_w, "speaker": "Ana Ruiz"},
                 {**span("a-ledger", LEDGER, quote_l), "text": quote_l, "speaker": "Ana Ruiz"},
             ]},
        ],
        "claims": [
            {"text": "The port of Valdera closed on Tuesday after a chemical spill.",
             "article_ids": ["a-wire", "a-herald"], "independent_sources": 1, "status": "single_source",
             "spans": [span("a-wire", WIRE, "The port of Valdera closed on Tuesday after a chemical spill"),
                       span("a-herald", HERALD, "The port of Valdera closed on Tuesday after a chemical spill")]},
            {"text": "Nobody was hurt.", "article_ids": ["a-wire", "a-ledger"], "independent_sources": 2,
             "status": "corroborated",
             "spans": [span("a-wire", WIRE, "nobody was hurt"), span("a-ledger", LEDGER, "nobody was hurt")]},
        ],
        "conflicts": [
            {"about": "reopening date", "kind": "date", "statements": [
                {**span("a-wire", WIRE, "It is expected to reopen on Friday."),
                 "text": "It is expected to reopen on Friday."},
                {**span("a-ledger", LEDGER, "the port may stay shut until Monday"),
                 "text": "the port may stay shut until Monday"},
            ]},
        ],
        "timeline": [
            {"date": "2024-03-02", "text": "The spill happened.", "article_ids": ["a-ledger"]},
            {"date": "2024-03-05", "text": "The port closed after a chemical spill.", "article_ids": ["a-wire"]},
        ],
        "cited_sources": [{"name": "Wire", "article_ids": ["a-herald"]}],
        "brief": [
            {"text": "The port of Valdera closed on Tuesday after a chemical spill.",
             "article_ids": ["a-wire", "a-herald"],
             "spans": [span("a-wire", WIRE, "The port of Valdera closed on Tuesday after a chemical spill")]},
            {"text": "About 40 tonnes of sulphuric acid leaked from a storage tank.", "article_ids": ["a-wire"],
             "spans": [span("a-wire", WIRE, "About 40 tonnes of sulphuric acid leaked from a storage tank")]},
            {"text": "Traders fear delays into next week.", "article_ids": ["a-ledger"]},
        ],
    }


def hostile_story() -> dict[str, Any]:
    bad = "<script>window.__pwned=1</script>"
    return {
        "id": "s-evil",
        "title": HOSTILE + " story",
        "article_ids": ["a-evil"],
        "keywords": [bad],
        "published_range": ["2024-01-01", "2024-01-01"],
        "outlets": [HOSTILE + " outlet"],
        "lineage": [],
        "entities": [{"name": bad, "type": "ORG", "aliases": [HOSTILE], "article_ids": ["a-evil"]}],
        "quotes": [{"speaker": HOSTILE, "text": bad, "article_ids": ["a-evil"],
                    "variants": [{"article_id": "a-evil", "text": bad, "speaker": HOSTILE, "start": 0, "end": 8}]}],
        "claims": [{"text": bad, "article_ids": ["a-evil"], "independent_sources": 1, "status": "single_source",
                    "spans": [span("a-evil", HOSTILE_TEXT, "<script>window.__pwned = 1;")]}],
        "conflicts": [{"about": bad, "statements": [{"article_id": "a-evil", "text": HOSTILE}]}],
        "timeline": [{"date": "2024-01-01", "text": bad, "article_ids": ["a-evil"]}],
        "cited_sources": [{"name": HOSTILE, "article_ids": ["a-evil"]}],
        "brief": [{"text": bad, "article_ids": ["a-evil"],
                   "spans": [span("a-evil", HOSTILE_TEXT, "<img src=x onerror=\"window.__pwned = 2; alert('img')\">")]}],
    }


def build_store(path: Path) -> Path:
    store = open_store(path)
    store.add_articles(articles())
    store.replace_stories([valdera_story(), hostile_story()])
    store.close()
    return path


# --- a stand-in for the (heavy) analysis ------------------------------------------------------------


def one_story_per_new_article(self, progress=None):
    """STAND-IN for Storyline.analyze, so web tests take milliseconds, not the real pipeline's model
    loading (test_upload_runs_the_real_analysis, marked slow, uses the real one): keeps the stored
    stories and puts every article that is in no story into a story of its own."""
    from storyline.report import build_report

    stories = self.store.stories()
    covered = {a for s in stories for a in s["article_ids"]}
    fresh = [a for a in self.store.articles() if a.id not in covered]
    for n, a in enumerate(fresh, 1):
        if progress:
            progress("stand-in", n, len(fresh))
        stories.append({
            "id": f"s-{a.id}", "title": a.title or a.id, "article_ids": [a.id], "keywords": [],
            "published_range": [a.published, a.published], "outlets": [a.outlet] if a.outlet else [],
            "lineage": [], "entities": [], "quotes": [], "claims": [], "conflicts": [], "timeline": [],
            "cited_sources": [], "brief": [{"text": a.text.split(".")[0][:200] or a.id, "article_ids": [a.id]}],
        })
    self.store.replace_stories(stories)
    return build_report(self.store.articles(), stories)


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free 127.0.0.1 port in a thread; yields its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()

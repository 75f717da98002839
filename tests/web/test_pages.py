"""The HTML pages over TestClient: what a reader sees, and that article content stays inert text."""

from __future__ import annotations

import html
from html.parser import HTMLParser
import time
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient warns about httpx vs httpx2
    from fastapi.testclient import TestClient

from storyline.web.app import create_app

from webdata import HOSTILE_TEXT, WIRE, span


@pytest.fixture
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def page(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_root_redirects_to_stories(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"] == "/stories"


def test_story_list_filters_and_sorts(client):
    body = page(client, "/stories")
    assert body.index("Chemical spill closes port of Valdera") < body.index("story</a>")  # largest first
    assert 'href="/stories/s-valdera"' in body
    body = page(client, "/stories?q=acid&outlet=&entity=&from=&to=&sort=recent")
    assert "1 of 2 stories" in body and "s-evil" not in body
    body = page(client, "/stories?entity=Ana+Ruiz")
    assert 'href="/stories/s-valdera"' in body and 'href="/stories/s-evil"' not in body
    body = page(client, "/stories?from=yesterday")
    assert "must be a date" in body
    body = page(client, "/stories?q=zzzz")
    assert "No story matches" in body


def test_story_page_sections(client):
    body = page(client, "/stories/s-valdera")
    for heading in ("Brief", "Claims", "Conflicts", "Quotes", "Timeline", "Copy lineage", "Entities",
                    "Cited sources", "Articles"):
        assert f">{heading}</h2>" in body, heading
    # citations open the cited article at the span
    s = span("a-wire", WIRE, "The port of Valdera closed on Tuesday after a chemical spill")
    assert html.escape(f"/articles/a-wire?start={s['start']}&end={s['end']}#hl") in body
    # an article cited without a span links to the whole article
    assert 'href="/articles/a-ledger"' in body
    # every outlet's variant of the quote, with the speaker
    variants = body[body.index('class="variants"'):]
    variants = variants[: variants.index("</table>")]
    for outlet in ("Wire Service", "Coastal Herald", "Daily Ledger"):
        assert outlet in variants
    assert "Ana Ruiz" in variants and "We have contained the leak, nobody was hurt." in variants
    # claims with independent-source counts and status
    assert "2 independent sources" in body and "1 independent source " in body
    assert "corroborated" in body and "single source" in body
    # conflicts, timeline
    assert "reopening date" in body and "stay shut until Monday" in body
    assert "<time>2024-03-02</time>" in body
    # lineage: a server-drawn SVG with one node per article and the drift as a word diff
    svg = body[body.index('<svg class="lineage-graph"'):]
    svg = svg[: svg.index("</svg>")]
    assert svg.count('<g class="node">') == 3
    assert 'marker-end="url(#arrow)"' in svg and "edge kind-rewrite unknown" in svg
    assert "<del>40</del>" in body and "<ins>400</ins>" in body
    assert "number changed: 40 tonnes -&gt; 400 tonnes" in body
    # the nested origin -> copies list
    tree = body[body.index('class="lineage-tree"'):]
    assert tree.index("Wire Service") < tree.index("Coastal Herald") < tree.index("Daily Ledger")


def test_article_page_highlights_the_span(client):
    s = span("a-wire", WIRE, "About 40 tonnes of sulphuric acid leaked from a storage tank")
    body = page(client, f"/articles/a-wire?start={s['start']}&end={s['end']}")
    assert '<mark id="hl">About 40 tonnes of sulphuric acid leaked from a storage tank</mark>' in body
    assert "<details" in body and "Subscribe to our newsletter" in body
    assert 'href="https://wire.example/valdera"' in body and "Jo Reyes" in body
    body = page(client, "/articles/a-wire?start=10&end=99999")
    assert "<mark" not in body and "outside this article" in body
    body = page(client, "/articles/a-wire?start=x&end=4")
    assert "<mark" not in body and "whole number" in body


def test_not_found_pages_are_html(client):
    assert "no story" in page(client, "/stories/nope", 404)
    assert "no article" in page(client, "/articles/nope", 404)
    assert "no job" in page(client, "/jobs/nope", 404)


class TagAudit(HTMLParser):
    """Every element the browser would build from the page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("url", ["/stories", "/stories/s-evil", "/articles/a-evil", "/articles/a-evil?start=9&end=40"])
def test_hostile_content_is_escaped(client, url):
    body = page(client, url)
    audit = TagAudit()
    audit.feed(body)
    assert [a for t, a in audit.tags if t == "script"] == [{"src": "/static/app.js", "defer": None}]
    assert not [t for t, _ in audit.tags if t in ("img", "iframe", "object", "embed")]
    # the only SVGs are the app's own charts, drawn from numbers
    assert [a.get("class") for t, a in audit.tags if t == "svg"] in ([], ["coverage-chart"])
    for tag, attrs in audit.tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
            assert not value.startswith(("http:", "https:", "//")) or tag == "a", (tag, attrs)
    assert "&lt;script&gt;" in body


def test_hostile_article_text_is_shown_verbatim(client):
    body = page(client, "/articles/a-evil")
    shown = body[body.index('id="text">') + len('id="text">'): body.index("</div>", body.index('id="text">'))]
    assert html.unescape(shown) == HOSTILE_TEXT
    assert "javascript:window.__pwned=7" in html.unescape(body)  # printed, never linked
    assert 'href="javascript' not in body


def test_ingest_form_upload_redirects_to_job_page(client, fake_analyze):
    body = page(client, "/ingest")
    assert 'enctype="multipart/form-data"' in body and 'name="files"' in body and 'name="text"' in body
    r = client.post(
        "/ingest",
        files=[("files", ("note.txt", b"Bridge reopens in Tamsin\n\nThe Tamsin bridge reopened on Friday.", "text/plain"))],
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    for _ in range(200):
        if client.get(f"/api/jobs/{job_id}").json()["finished"]:
            break
        time.sleep(0.05)
    body = page(client, r.headers["location"])
    assert '<strong id="added">1</strong>' in body and ">done<" in body
    added = client.get(f"/api/jobs/{job_id}").json()["ingest"]["article_ids"]
    assert "Stories with these articles" in body and f'href="/stories/s-{added[0]}"' in body
    assert f'href="/stories/s-{added[0]}"' in page(client, "/stories")


def test_ingest_form_errors_are_shown_on_the_form(client):
    r = client.post("/ingest", files=[("files", ("scan.pdf", b"%PDF-1.4 \x00\xff" * 10, "application/pdf"))])
    assert r.status_code == 400 and "scan.pdf" in r.text and 'id="ingest-form"' in r.text
    r = client.post("/ingest", data={"text": ""})
    assert r.status_code == 400 and "nothing to ingest" in r.text


def test_api_index_lists_routes(client):
    body = page(client, "/api")
    assert "/api/stories/{story_id}/export" in body and 'href="/openapi.json"' in body


def test_minimal_story_renders(tmp_path):
    """Only the schema's required fields, an edge without direction, articles without metadata."""
    from storyline.model import Article
    from storyline.store import open_store

    store = open_store(tmp_path / "m.db")
    store.add_articles([Article(id="m1", source="m1.txt", text="One. Two."), Article(id="m2", source="m2.txt", text="One.")])
    store.replace_stories([{
        "id": "s-min", "title": "", "article_ids": ["m1", "m2"],
        "lineage": [{"origin": "m1", "derived": "m2", "kind": "duplicate", "score": 1.0, "confidence": 0.5, "drift": []}],
        "entities": [], "quotes": [], "claims": [], "conflicts": [], "timeline": [], "cited_sources": [],
        "brief": [{"text": "One.", "article_ids": ["m1"]}],
    }])
    store.close()
    with TestClient(create_app(tmp_path / "m.db")) as c:
        body = page(c, "/stories/s-min")
        assert "<h1>s-min</h1>" in body and "unknown outlet" in body
        assert body.count('<g class="node">') == 2
        assert 'href="/stories/s-min">s-min</a>' in page(c, "/stories")  # untitled: listed by id
        assert c.get("/api/stories/s-min").json()["title"] == ""


def test_story_list_pages(tmp_path):
    from storyline.model import Article
    from storyline.store import open_store

    store = open_store(tmp_path / "p.db")
    store.add_articles([Article(id=f"p{i}", source=f"p{i}.txt", text=f"Item {i}.") for i in range(60)])
    store.replace_stories([
        {"id": f"s{i:02d}", "title": f"Story number {i:02d}", "article_ids": [f"p{i}"], "lineage": [], "entities": [],
         "quotes": [], "claims": [], "conflicts": [], "timeline": [], "cited_sources": [],
         "brief": [{"text": f"Item {i}.", "article_ids": [f"p{i}"]}]}
        for i in range(60)
    ])
    store.close()
    with TestClient(create_app(tmp_path / "p.db")) as c:
        first = page(c, "/stories?q=story")
        assert first.count('class="story-item"') == 50 and "page 1 of 2" in first
        assert 'href="/stories?q=story&amp;page=2"' in first
        second = page(c, "/stories?q=story&page=2")
        assert second.count('class="story-item"') == 10 and "Story number 59" in second
        assert 'href="/stories?q=story&amp;page=1"' in second


def test_why_page_explains_each_article_by_name(client):
    """The real Storyline.why (it loads the text models: a few seconds)."""
    body = page(client, "/stories/s-valdera")
    assert 'href="/stories/s-valdera/why"' in body
    body = page(client, "/stories/s-valdera/why")
    table = body[body.index('class="why-table"'):]
    for name in ("Wire Service", "Coastal Herald", "Daily Ledger"):
        assert name in table
    assert "near duplicate of" in table and "copied by" in table and "Ana Ruiz" in table
    assert "a-wire<" not in table  # articles named, ids only inside links
    assert "no story" in page(client, "/stories/nope/why", 404)
    assert "no link to explain" in page(client, "/stories/s-evil/why")


def test_search_page_finds_and_marks_words(client):
    body = page(client, "/search")
    assert 'action="/search"' in body and "result-count" not in body
    # An article word: the store indexes every stored article's text at ingest.
    found = page(client, "/search?q=sulphuric")
    assert "<mark>sulphuric</mark>" in found
    assert 'id="result-count"' in found and "<mark>" in found
    assert "/articles/" in found and "/api/search.csv?" in found


def test_search_page_reports_query_mistakes_as_400(client):
    body = page(client, '/search?q=%22unclosed', status=400)
    assert 'role="alert"' in body


def test_search_page_escapes_hostile_text(client):
    body = page(client, "/search?q=pwned")
    assert "<mark>" in body and "&lt;script&gt;" in body and "<script>window" not in body


def test_search_page_kind_filter_and_nothing_found(client):
    body = page(client, "/search?q=zzzqqqxx&kind=claim")
    assert "Nothing matches." in body and '<option value="claim" selected>' in body

"""GET /api/search and /api/search.csv: results, filters, paging, and a query mistake as 400 (never 500)."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient warns about httpx vs httpx2
    from fastapi.testclient import TestClient

from storyline.model import Article
from storyline.store import open_store
from storyline.web.app import create_app

NL = "De dijk bij Oosterwold is dinsdag doorgebroken. Burgemeester Wim de Graaf sprak van een ramp."
ES = "El alcalde de Riosalado pidió calma tras la crecida del río. «Nadie está en peligro», dijo Lucía Ortega."
ZH = "昨天河口镇的堤坝决口，五百人被疏散。"


@pytest.fixture
def client(tmp_path: Path):
    path = tmp_path / "s.db"
    with open_store(path) as s:
        s.add_articles([
            Article(id="a-nl", source="nl.txt", text=NL, title="Dijk doorgebroken", outlet="Polderpost"),
            Article(id="a-es", source="es.txt", text=ES, title="Crecida en Riosalado", outlet="Diario del Río"),
            Article(id="a-zh", source="zh.txt", text=ZH, title="堤坝决口", outlet="河口日报"),
        ])
        quote = "Nadie está en peligro"
        at = ES.index(quote)
        s.replace_stories([
            {"id": "s-river", "title": "River floods", "article_ids": ["a-es", "a-zh"], "entities": [],
             "claims": [{"id": "c1", "text": "五百人被疏散", "article_ids": ["a-zh"],
                         "spans": [{"article_id": "a-zh", "start": ZH.index("五"), "end": ZH.index("五") + 6}]}],
             "quotes": [{"speaker": "Lucía Ortega", "text": quote, "article_ids": ["a-es"],
                         "variants": [{"article_id": "a-es", "text": quote, "speaker": "Lucía Ortega",
                                       "start": at, "end": at + len(quote)}]}]},
            {"id": "s-dike", "title": "Dike breach", "article_ids": ["a-nl"], "entities": [], "claims": [],
             "quotes": []},
        ])
    with TestClient(create_app(path)) as c:
        yield c


def hits(response):
    assert response.status_code == 200, response.text
    return [(r["kind"], r["article_id"], r["item"]) for r in response.json()["results"]]


def test_search_finds_text_claims_and_quotes(client):
    assert hits(client.get("/api/search", params={"q": "dijk oosterwold"})) == [("article", "a-nl", None)]
    assert sorted(hits(client.get("/api/search", params={"q": "疏散"}))) == [("article", "a-zh", None),
                                                                         ("claim", "a-zh", "c1")]
    body = client.get("/api/search", params={"q": "lucia peligro", "kind": "quote"}).json()
    assert body["total"] == 1 and body["query"] == "lucia peligro"
    quote = body["results"][0]
    assert quote["speaker"] == "Lucía Ortega" and quote["stories"] == [{"id": "s-river", "title": "River floods"}]
    assert ES[quote["start"] : quote["end"]] == "Nadie está en peligro"
    assert [quote["snippet"][s:e] for s, e in quote["highlights"]] == ["peligro"]
    assert quote["speaker_highlights"] == [[0, 5]]


def test_filters_and_paging(client):
    assert sorted(hits(client.get("/api/search", params={"q": "riosalado OR 河口 OR dijk", "kind": ["article"]}))) == [
        ("article", "a-es", None), ("article", "a-nl", None), ("article", "a-zh", None)]
    assert sorted(hits(client.get("/api/search", params={"q": "riosalado OR 河口 OR dijk", "story": "s-river"}))) == [
        ("article", "a-es", None), ("article", "a-zh", None)]
    page = client.get("/api/search", params={"q": "riosalado OR 河口 OR dijk", "limit": 2, "offset": 2}).json()
    assert page["total"] == 3 and len(page["results"]) == 1 and page["limit"] == 2 and page["offset"] == 2


@pytest.mark.parametrize("q, message", [
    ('"dijk', "unclosed quote"), ("-dijk", "at least one word"), ("dijk OR", "OR needs"), ("!!", "no words"),
])
def test_a_query_mistake_is_a_400_saying_why(client, q, message):
    for path in ("/api/search", "/api/search.csv"):
        r = client.get(path, params={"q": q})
        assert r.status_code == 400, r.text
        assert message in r.json()["detail"]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "dijk", "kind": "claims"}, {"q": "dijk", "limit": 0},
                                    {"q": "dijk", "limit": 1001}, {"q": "dijk", "offset": -1}, {"q": "x" * 1001}])
def test_bad_parameters_are_422(client, params):
    assert client.get("/api/search", params=params).status_code == 422


def test_no_query_syntax_is_a_server_error(client):
    for q in ['"', "*", "NEAR(", "a:b", "^x", "(x", "x)", "'", "\\", "{", "OR OR", "<->", "x & !y", "-\"\"", "a -", "é*"]:
        assert client.get("/api/search", params={"q": q}).status_code in (200, 400), q


def test_search_csv(client):
    r = client.get("/api/search.csv", params={"q": "疏散 OR dijk"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="search.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted((x["kind"], x["article_id"], x["item"]) for x in rows) == [
        ("article", "a-nl", ""), ("article", "a-zh", ""), ("claim", "a-zh", "c1")]
    claim = next(x for x in rows if x["kind"] == "claim")
    assert claim["story_ids"] == "s-river" and claim["outlet"] == "河口日报" and claim["snippet"] == "五百人被疏散"


def test_openapi_documents_search(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "400" in paths["/api/search"]["get"]["responses"] and "/api/search.csv" in paths
    names = {p["name"] for p in paths["/api/search"]["get"]["parameters"]}
    assert names == {"q", "kind", "story", "limit", "offset"}

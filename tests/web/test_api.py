"""The JSON API over TestClient: listing and filters, stories, articles, exports, ingest, limits."""

from __future__ import annotations

import json
import time
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient warns about httpx vs httpx2
    from fastapi.testclient import TestClient

from storyline.web.app import create_app
from storyline.web.security import CONTENT_SECURITY_POLICY

from webdata import WIRE, valdera_story


@pytest.fixture
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def ids(response):
    assert response.status_code == 200, response.text
    return [s["id"] for s in response.json()["stories"]]


def wait_job(client, job_id, timeout=20.0):
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["finished"] or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def test_list_search_and_filters(client):
    assert ids(client.get("/api/stories")) == ["s-valdera", "s-evil"]  # largest first
    assert ids(client.get("/api/stories", params={"q": "valdera port"})) == ["s-valdera"]
    assert ids(client.get("/api/stories", params={"q": "valdera nothinglikethis"})) == []
    assert ids(client.get("/api/stories", params={"outlet": "coastal herald"})) == ["s-valdera"]
    assert ids(client.get("/api/stories", params={"entity": "VALDERA"})) == ["s-valdera"]
    assert ids(client.get("/api/stories", params={"from": "2024-03-04"})) == ["s-valdera"]
    assert ids(client.get("/api/stories", params={"to": "2024-02-01"})) == ["s-evil"]
    assert ids(client.get("/api/stories", params={"sort": "recent"})) == ["s-valdera", "s-evil"]
    page = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 2 and [s["id"] for s in page["stories"]] == ["s-evil"]
    first = client.get("/api/stories").json()["stories"][0]
    assert first["size"] == 3 and first["conflicts"] == 1 and first["claims"] == 2
    assert first["first_published"] == "2024-03-03" and "Ana Ruiz" in first["entities"]


@pytest.mark.parametrize("params", [{"from": "March"}, {"sort": "alphabetical"}, {"limit": 0}])
def test_list_rejects_bad_parameters(client, params):
    assert client.get("/api/stories", params=params).status_code == 422


def test_story_comes_back_exactly_as_stored(client):
    r = client.get("/api/stories/s-valdera")
    assert r.status_code == 200
    assert r.json() == valdera_story()  # no fields dropped, no nulls invented


def test_story_articles_and_article(client):
    arts = client.get("/api/stories/s-valdera/articles").json()
    assert [a["id"] for a in arts] == ["a-wire", "a-herald", "a-ledger"]
    a = client.get("/api/articles/a-wire").json()
    assert a["text"] == WIRE and a["outlet"] == "Wire Service" and a["format"] == "text"
    assert a["removed"] == ["Subscribe to our newsletter", "Share on social media"]
    assert a["stories"] == ["s-valdera"]


@pytest.mark.parametrize(
    "url",
    ["/api/stories/nope", "/api/stories/nope/articles", "/api/stories/nope/export?format=json",
     "/api/articles/nope", "/api/jobs/nope"],
)
def test_unknown_ids_are_404_json(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "nope" in r.json()["detail"]


def test_export_formats(client):
    r = client.get("/api/stories/s-valdera/export", params={"format": "json"})
    assert r.headers["content-type"].startswith("application/json")
    sub = json.loads(r.text)
    assert sub["stories"][0]["id"] == "s-valdera" and len(sub["articles"]) == 3
    r = client.get("/api/stories/s-valdera/export", params={"format": "markdown"})
    assert r.headers["content-type"].startswith("text/markdown")
    assert r.text.startswith("# Chemical spill closes port of Valdera")
    r = client.get("/api/stories/s-evil/export", params={"format": "html"})
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-disposition"].startswith("attachment")
    assert "<script>window" not in r.text and "&lt;script&gt;" in r.text
    assert client.get("/api/stories/s-valdera/export", params={"format": "pdf"}).status_code == 422


def test_report(client):
    r = client.get("/api/report")
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["version"] == 1
    assert {s["id"] for s in report["stories"]} == {"s-valdera", "s-evil"}
    assert len(report["articles"]) == 4


def test_openapi_lists_the_routes(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [
        ("/api/stories", "get"), ("/api/stories/{story_id}", "get"), ("/api/stories/{story_id}/export", "get"),
        ("/api/articles/{article_id}", "get"), ("/api/ingest", "post"), ("/api/jobs/{job_id}", "get"),
        ("/api/report", "get"), ("/api/analyze", "post"),
    ]:
        assert method in paths[path], path
    assert "multipart/form-data" in paths["/api/ingest"]["post"]["requestBody"]["content"]
    assert "StoryOut" in spec["components"]["schemas"]
    assert not any(p.startswith("/stories") for p in paths)  # pages stay out of the API schema
    # /docs is Swagger UI from the package (static/swagger-ui), not FastAPI's CDN-backed page
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and "<script>" not in docs.text
    assert 'data-spec-url="/openapi.json"' in docs.text
    assert "img-src 'self' data:" in docs.headers["content-security-policy"]
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger-ui/LICENSE").status_code == 200


@pytest.mark.parametrize("url", ["/stories", "/api/stories", "/openapi.json", "/static/style.css", "/nope", "/api/nope"])
def test_security_headers_on_every_response(client, url):
    r = client.get(url)
    assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


# --- ingest -----------------------------------------------------------------------------------------


def test_ingest_text_then_analysis_job(client, fake_analyze):
    text = "Flood hits the town of Marlow\n\nRiver levels rose overnight in Marlow, the mayor said on Monday."
    r = client.post("/api/ingest", data={"text": text, "name": "marlow.txt"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 1 and body["existing"] == 0 and body["rejected"] == []
    job = wait_job(client, body["job_id"])
    assert job["state"] == "done", job
    assert job["ingest"]["added"] == 1 and job["result"]["stories"] == 3
    assert len(client.get("/api/stories").json()["stories"]) == 3  # the stories updated
    again = client.post("/api/ingest", data={"text": text, "name": "marlow.txt"}).json()
    assert again["added"] == 0 and again["existing"] == 1 and again["job"]["state"] == "skipped"


def test_ingest_files_reports_each_rejected_file(client, fake_analyze):
    files = [
        ("files", ("good.txt", b"Storm warning\n\nA storm is expected to reach the coast on Sunday.", "text/plain")),
        ("files", ("bad.pdf", b"%PDF-1.4 \x00\x01\x02\xff", "application/pdf")),
    ]
    r = client.post("/api/ingest", files=files)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 1
    assert [x["source"] for x in body["rejected"]] == ["upload:bad.pdf"] and body["rejected"][0]["reason"]
    wait_job(client, body["job_id"])


def test_ingest_unreadable_file_is_400_naming_it(client):
    r = client.post("/api/ingest", files=[("files", ("scan.pdf", b"%PDF-1.4 \x00\x01\x02\xff" * 10, "application/pdf"))])
    assert r.status_code == 400
    assert "scan.pdf" in r.json()["detail"]


def test_ingest_nothing_is_400(client):
    r = client.post("/api/ingest", data={"text": "   "})
    assert r.status_code == 400 and "nothing to ingest" in r.json()["detail"]


def test_upload_size_limit(db):
    with TestClient(create_app(db, max_upload_bytes=1000)) as c:
        r = c.post("/api/ingest", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))])
        assert r.status_code == 413
        assert "limit" in r.json()["detail"]
        assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY

        def chunks():  # no Content-Length: the cap must hold on the streamed bytes too
            for _ in range(10):
                yield b"text=" + b"y" * 500

        r = c.post("/api/ingest", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413
        page = c.post("/ingest", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))])
        assert page.status_code == 413 and "text/html" in page.headers["content-type"]
        assert "limit" in page.text


def test_cross_site_posts_are_refused(client):
    evil = {"origin": "http://evil.example"}
    r = client.post("/api/ingest", data={"text": "Planted story\n\nPlanted text."}, headers=evil)
    assert r.status_code == 403 and "evil.example" in r.json()["detail"]
    assert client.post("/api/analyze", headers=evil).status_code == 403
    assert client.post("/ingest", data={"text": "x"}, headers=evil).status_code == 403
    assert client.get("/api/stories").json()["total"] == 2  # nothing was planted
    same = {"origin": "http://testserver"}
    assert client.post("/api/ingest", data={"text": "   "}, headers=same).status_code == 400  # let through


def test_server_errors_still_carry_the_security_headers(db, monkeypatch):
    from storyline.service import Storyline

    def broken(self, story_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Storyline, "story", broken)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        for url in ("/api/stories/s-valdera", "/stories/s-valdera"):
            r = c.get(url)
            assert r.status_code == 500
            assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
            assert "disk on fire" not in r.text  # no internals leak to the client


REPRINT = (
    "Wildfire forces evacuation of Pine Hollow\n\n"
    "PINE HOLLOW, June 4 - A fast-moving wildfire forced about 2,000 residents of Pine Hollow to leave their "
    "homes on Tuesday, fire officials said. \"The wind changed direction and the fire jumped the ridge,\" said "
    "fire chief Dana Morrow. Crews from three counties were fighting the blaze, which had burned 4,500 acres "
    "by evening. No injuries were reported. Officials expect the evacuation order to last at least two days."
)


@pytest.mark.slow
def test_upload_runs_the_real_analysis(db):
    """End to end through the real pipeline (spaCy, sentence embeddings; slow): a story and its reprint,
    uploaded together, end up in one analysed story."""
    copy = REPRINT.replace("PINE HOLLOW, June 4 - ", "").replace("about 2,000", "some 2,000")
    with TestClient(create_app(db)) as c:
        r = c.post("/api/ingest", files=[
            ("files", ("fire-wire.txt", REPRINT.encode(), "text/plain")),
            ("files", ("fire-copy.txt", ("Pine Hollow residents flee wildfire\n\n" + copy.split("\n\n", 1)[1]).encode(),
                       "text/plain")),
        ])
        assert r.status_code == 200, r.text
        added = r.json()["article_ids"]
        assert len(added) == 2
        job = wait_job(c, r.json()["job_id"], timeout=900)
        assert job["state"] == "done", job["error"]
        stories = [c.get(f"/api/stories/{s['id']}").json() for s in c.get("/api/stories").json()["stories"]]
        together = [s for s in stories if set(added) <= set(s["article_ids"])]
        assert len(together) == 1, [s["article_ids"] for s in stories]
        assert c.get(f"/stories/{together[0]['id']}").status_code == 200

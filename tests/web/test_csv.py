"""CSV exports: each story table and the story list, over the API, the page links and the CLI."""

from __future__ import annotations

import csv
import io
import warnings

import pytest
from click.testing import CliRunner

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from storyline.cli import main
from storyline.export_csv import STORY_TABLES
from storyline.web.app import create_app


@pytest.fixture
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_story_table_is_csv(client):
    story = client.get("/api/stories/s-valdera").json()
    for table in STORY_TABLES:
        r = client.get("/api/stories/s-valdera/export", params={"format": "csv", "table": table})
        assert r.status_code == 200, (table, r.text)
        assert r.headers["content-type"].startswith("text/csv")
        assert f"-{table}.csv" in r.headers["content-disposition"]
        got = rows(r.text)
        if table == "claims":
            assert [g["text"] for g in got] == [c["text"] for c in story["claims"]]
        if table == "articles":
            assert len(got) == len(story["article_ids"]) and all(g["article_id"] for g in got)
        if table == "conflicts":
            assert len(got) == sum(len(c["statements"]) for c in story["conflicts"])
    assert client.get("/api/stories/s-valdera/export", params={"format": "csv", "table": "x"}).status_code == 422


def test_story_list_csv_uses_the_filters(client):
    all_ = rows(client.get("/api/stories.csv").text)
    listed = client.get("/api/stories").json()["stories"]
    assert [r["id"] for r in all_] == [s["id"] for s in listed]
    some = rows(client.get("/api/stories.csv", params={"q": "Valdera"}).text)
    assert [r["id"] for r in some] == ["s-valdera"]


def test_story_page_links_every_csv(client):
    page = client.get("/stories/s-valdera").text
    for table in STORY_TABLES:
        assert f"format=csv&amp;table={table}" in page


def test_cli_export_csv(db, tmp_path):
    out = tmp_path / "claims.csv"
    r = CliRunner().invoke(main, ["export", "s-valdera", "--db", str(db), "--format", "csv", "--table", "quotes",
                                  "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert rows(out.read_text(encoding="utf-8"))[0].keys() >= {"speaker", "kind", "text", "outlets"}

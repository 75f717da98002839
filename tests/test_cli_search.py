"""`storyline search`: articles as soon as they are ingested, claims and quotes after an analysis,
filters, JSON, and query mistakes as usage errors (exit 2, no traceback)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.store import open_store

ARTICLES = [
    {"id": "r1", "outlet": "Lakeside Herald", "published": "2025-02-10", "title": "Dam repairs begin",
     "text": "Engineers began repairs on the Lakeside dam on Monday after inspectors found 14 cracks. "
             "The county said the work would cost 2.5 million euros and take six weeks."},
    {"id": "r2", "outlet": "Valley Post", "published": "2025-02-10", "title": "Repairs start at Lakeside dam",
     "text": "Engineers began repairs on the Lakeside dam on Monday after inspectors found 14 cracks. "
             "The county said the work would cost 2.5 million euros and take six weeks."},
    {"id": "r3", "outlet": "Seeblatt", "published": "2025-02-11", "title": "Reparatur am Staudamm",
     "text": "Die Reparatur des Staudamms in Seewald beginnt. Bürgermeisterin Jördis Kähler sagte, "
             "die Straße bleibe gesperrt."},
    {"id": "r4", "outlet": "湖畔新聞", "published": "2025-02-11", "title": "ダム修理",
     "text": "湖畔のダムで修理が始まった。点検で亀裂が見つかった。"},
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    path = str(tmp_path / "s.db")
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", path])
    assert r.exit_code == 0, r.output
    return path


def run(*args: str):
    return CliRunner().invoke(main, ["search", *args])


def test_ingested_articles_are_searchable_at_once(db):
    r = run("--db", db, "strasse", "KAHLER")  # accents and case do not matter
    assert r.exit_code == 0, r.output
    assert r.output.startswith("1 result for 'strasse KAHLER' (showing 1-1)")
    assert "Seeblatt" in r.output and "Reparatur am Staudamm" in r.output and "Kähler" in r.output
    assert "\x1b[" not in r.output  # no terminal codes off a terminal
    # Named as a reader knows it: outlet and title first; the store id last, labelled, for `article`.
    header = r.output.splitlines()[2]
    assert re.search(r"\]  Seeblatt · Reparatur am Staudamm  \(article [0-9a-f]+\)$", header), header
    r = run("--db", db, "亀裂")  # inside a run of Japanese text
    assert r.exit_code == 0 and "湖畔新聞" in r.output
    r = run("--db", db, "lakeside", "-herald", "-Seeblatt")  # -word leaves out, typed as it comes
    assert r.exit_code == 0 and r.output.startswith("2 results") and "Valley Post" in r.output
    r = run("--db", db, "tsunami")
    assert r.exit_code == 0 and r.output.strip() == "no results for 'tsunami'"


def test_json_kinds_paging(db):
    r = run("--db", db, "--json", "lakeside", "dam")
    found = json.loads(r.output)
    assert found["total"] == 2 and {x["outlet"] for x in found["results"]} == {"Lakeside Herald", "Valley Post"}
    assert {x["kind"] for x in found["results"]} == {"article"}
    hit = found["results"][0]
    assert all(hit["snippet"][s:e].lower() in ("lakeside", "dam") for s, e in hit["highlights"])
    page = json.loads(run("--db", db, "--json", "--limit", "1", "--offset", "1", "lakeside").output)
    assert page["total"] == 2 and len(page["results"]) == 1 and page["offset"] == 1
    assert json.loads(run("--db", db, "--json", "--kind", "claim", "lakeside").output)["total"] == 0


def test_claims_and_quotes_after_an_analysis(db):
    with open_store(db) as s:
        ids = sorted(a.id for a in s.articles())
        texts = {a.id: a.text for a in s.articles()}
        de = next(i for i in ids if "Staudamm" in texts[i])
        start = texts[de].index("die Straße bleibe gesperrt")
        s.replace_stories([{
            "id": "s-dam", "title": "Dam repairs", "article_ids": ids,
            "claims": [{"id": "c1", "text": "Die Reparatur des Staudamms in Seewald beginnt.", "article_ids": [de],
                        "spans": [{"article_id": de, "start": 0, "end": 47}]}],
            "quotes": [{"speaker": "Jördis Kähler", "text": "die Straße bleibe gesperrt", "article_ids": [de],
                        "variants": [{"article_id": de, "text": "die Straße bleibe gesperrt",
                                      "speaker": "Jördis Kähler", "start": start, "end": start + 26}]}]}])
    r = run("--db", db, "--kind", "quote", "gesperrt")
    assert r.exit_code == 0, r.output
    assert "quote q1  [s-dam Dam repairs]" in r.output and "Jördis Kähler: “die Straße bleibe gesperrt”" in r.output
    r = run("--db", db, "--kind", "claim", "--story", "s-dam", "seewald")
    assert "claim c1" in r.output and "1 result" in r.output
    assert "no results" in run("--db", db, "--story", "s-other", "seewald").output


@pytest.mark.parametrize("query, message", [
    ('"open quote', "unclosed quote"),
    ("-only", "at least one word to find"),
    ("OR", "OR needs a word"),
    ("&&", "no words to search for"),
])
def test_query_mistakes_are_usage_errors(db, query, message):
    r = run("--db", db, "--", query)
    assert r.exit_code == 2, r.output
    assert message in r.output and "Traceback" not in r.output


def test_usage_errors_before_any_search(tmp_path, db):
    r = run("--db", str(tmp_path / "missing.db"), "dam")
    assert r.exit_code == 2 and "no store at" in r.output
    assert not (tmp_path / "missing.db").exists()
    assert run("--db", db).exit_code == 2  # no words
    assert run("--db", db, "--kind", "claims", "dam").exit_code == 2
    assert run("--db", db, "--limit", "0", "dam").exit_code == 2

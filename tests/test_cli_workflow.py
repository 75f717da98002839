"""The ingest -> analyze -> read workflow on the command line, and its usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main

ARTICLES = [
    {"id": "r1", "outlet": "Lakeside Herald", "published": "2025-02-10", "title": "Dam repairs begin",
     "text": "Engineers began repairs on the Lakeside dam on Monday after inspectors found 14 cracks. "
             "The county said the work would cost 2.5 million euros and take six weeks."},
    {"id": "r2", "outlet": "Valley Post", "published": "2025-02-10", "title": "Repairs start at Lakeside dam",
     "text": "Engineers began repairs on the Lakeside dam on Monday after inspectors found 14 cracks. "
             "The county said the work would cost 2.5 million euros and take six weeks."},
]


def _corpus(tmp_path: Path) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return p


def test_ingest_then_analyze_the_store(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    r = runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--db", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["analyze", "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert summary["articles"] == 2 and summary["stories"] == 1 and summary["out"] is None
    r = runner.invoke(main, ["stories", "--db", db, "--limit", "1"])
    assert r.exit_code == 0 and "2 articles" in r.output


def test_one_story_is_singular(tmp_path):
    r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--out", str(tmp_path / "r.json")])
    assert r.exit_code == 0, r.output
    assert "2 articles, 1 story," in r.output


def test_analyze_needs_paths_or_a_store(tmp_path):
    r = CliRunner().invoke(main, ["analyze", "--out", str(tmp_path / "r.json")])
    assert r.exit_code == 2 and "PATHS" in r.output


def test_analyze_without_db_needs_out(tmp_path):
    r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path))])
    assert r.exit_code == 2 and "--out" in r.output


def test_out_into_a_missing_folder_fails_before_any_work(tmp_path):
    r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--out", str(tmp_path / "nope" / "r.json")])
    assert r.exit_code == 2 and "does not exist" in r.output


def test_reading_commands_refuse_a_missing_store(tmp_path):
    missing = str(tmp_path / "typo.db")
    for args in (["stories"], ["show", "s-x"], ["article", "a"], ["export", "s-x"]):
        r = CliRunner().invoke(main, [*args, "--db", missing])
        assert r.exit_code == 2 and "no store" in r.output, (args, r.output)
    assert not Path(missing).exists()


def test_analyze_of_a_missing_store_without_paths_is_refused(tmp_path):
    r = CliRunner().invoke(main, ["analyze", "--db", str(tmp_path / "typo.db")])
    assert r.exit_code == 2 and "no store" in r.output


def test_bad_dates_are_usage_errors(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    assert runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--db", db]).exit_code == 0
    r = runner.invoke(main, ["stories", "--db", db, "--from", "2013-13-01"])
    assert r.exit_code == 2 and "not a date" in r.output

"""`storyline analyze` on the bundled sample corpus, checked against its answer key (docs/sample-key.md)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.report import validate_report

SAMPLE = Path(__file__).resolve().parents[1] / "sample"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("e2e") / "report.json"
    db = out.parent / "s.db"
    result = CliRunner().invoke(main, ["analyze", str(SAMPLE), "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    data["_db"] = str(db)
    return data


def _by_file(report):
    return {Path(a["source"].split("#")[0]).name + ("#" + a["source"].split("#")[1] if "#" in a["source"] else ""): a
            for a in report["articles"]}


def _id(report, prefix):
    matches = [a["id"] for name, a in _by_file(report).items() if name.startswith(prefix)]
    assert len(matches) == 1, (prefix, matches)
    return matches[0]


def _story_of(report, aid):
    return next(s for s in report["stories"] if aid in s["article_ids"])


def test_report_is_valid_and_complete(report):
    validate_report({k: v for k, v in report.items() if not k.startswith("_")})
    assert len(report["articles"]) == 15
    assert report["rejected"] == []


def test_events_become_stories(report):
    quake = _story_of(report, _id(report, "northwire"))
    for name in ("dailycourier", "midlandgazette", "newspulse24", "elfarodigital", "bosphorusobserver", "globaldispatch"):
        assert _id(report, name) in quake["article_ids"], name
    rates = _story_of(report, _id(report, "meridianmarkets"))
    for name in ("pacificbusinessreview", "continentalpost", "wires-and-feeds-2024.jsonl#1", "wires-and-feeds-2024.jsonl#2"):
        assert _id(report, name) in rates["article_ids"], name
    port = _story_of(report, _id(report, "eastmouthpost"))
    assert _id(report, "freightweekly") in port["article_ids"]
    assert quake["id"] != rates["id"] != port["id"]


def _edge(story, a, b):
    for e in story["lineage"]:
        if {e["origin"], e["derived"]} == {a, b}:
            return e
    return None


def test_copy_lineage_kinds_and_direction(report):
    wire = _id(report, "northwire")
    quake = _story_of(report, wire)
    expected = {"dailycourier": "duplicate", "midlandgazette": "near_duplicate", "newspulse24": "rewrite",
                "elfarodigital": "translation"}
    for name, kind in expected.items():
        e = _edge(quake, wire, _id(report, name))
        assert e is not None, f"no lineage edge northwire - {name}"
        assert e["kind"] == kind, (name, e["kind"])
    # The Midland Gazette reprint is dated a day later and adds a local paragraph: Northwire is the origin.
    e = _edge(quake, wire, _id(report, "midlandgazette"))
    assert e["origin"] == wire
    for name in ("bosphorusobserver", "globaldispatch"):
        assert all(_id(report, name) not in (e["origin"], e["derived"]) for e in quake["lineage"]), name


def test_rewrite_drift_names_the_changed_facts(report):
    wire = _id(report, "northwire")
    e = _edge(_story_of(report, wire), wire, _id(report, "newspulse24"))
    notes = " ".join(d["note"] for d in e["drift"]) if e else ""
    assert "57" in notes and "75" in notes


def test_independent_sources_never_count_a_family_twice(report):
    family = {a["id"]: a.get("family", a["id"]) for a in report["articles"]}
    for story in report["stories"]:
        for claim in story["claims"]:
            assert claim["independent_sources"] == len({family[a] for a in claim["article_ids"]}), claim["text"]
            assert (claim["status"] == "corroborated") == (claim["independent_sources"] >= 2) or claim["status"] == "disputed"


def test_death_toll_conflict_is_reported(report):
    quake = _story_of(report, _id(report, "northwire"))
    texts = [" ".join(st["text"] for st in c["statements"]) for c in quake["conflicts"]]
    assert any("57" in t and "61" in t for t in texts), texts


def test_misattributed_quote_is_drift_of_the_rewrite(report):
    # The content farm's rewrite moves a quote from the minister to the agency chief. A rewrite is
    # a copy, not a second source: its change is drift on the lineage edge (not a dispute between
    # independent sources), and the quote group keeps the origin's speaker.
    wire = _id(report, "northwire")
    quake = _story_of(report, wire)
    e = _edge(quake, wire, _id(report, "newspulse24"))
    notes = " ".join(d["note"] for d in e["drift"]) if e else ""
    assert "Aydin" in notes and "Oran" in notes
    group = next(q for q in quake["quotes"] if "working through the night" in q["text"])
    assert "Aydin" in group["speaker"]
    assert any("Oran" in (v.get("speaker") or "") for v in group["variants"]), "the copy's wording stays visible"


def test_scrape_date_is_not_the_publication_date(report):
    post = _by_file(report)["continentalpost-valdoria-peso-bonds.txt"]
    assert post["published"] == "2024-03-13"


def test_timeline_resolves_dates(report):
    rates = _story_of(report, _id(report, "meridianmarkets"))
    dates = [t["date"] for t in rates["timeline"]]
    assert "2014-03" in dates
    assert dates == sorted(dates)
    assert "2024-03-12" in dates


def test_brief_cites_supporting_articles(report):
    texts = {a["id"]: a["text"] for a in report["articles"]}
    for story in report["stories"]:
        assert story["brief"], story["id"]
        for sentence in story["brief"]:
            assert sentence["article_ids"]
            for span in sentence.get("spans", []):
                assert 0 <= span["start"] < span["end"] <= len(texts[span["article_id"]])


def test_cited_outlets_are_found(report):
    quake = _story_of(report, _id(report, "northwire"))
    names = {c["name"] for c in quake["cited_sources"]}
    assert {"AFP", "Financial Times"} <= names


def test_show_and_stories_read_the_stored_analysis(report):
    db = report["_db"]
    r = CliRunner().invoke(main, ["stories", "--db", db, "--json"])
    ids = [s["id"] for s in json.loads(r.output)]
    assert sorted(ids) == sorted(s["id"] for s in report["stories"])
    r = CliRunner().invoke(main, ["show", ids[0], "--db", db])
    assert r.exit_code == 0 and "## Brief" in r.output


def test_reanalysis_keeps_story_ids(report, tmp_path):
    db = report["_db"]
    before = {s["id"]: set(s["article_ids"]) for s in report["stories"]}
    out = tmp_path / "again.json"
    r = CliRunner().invoke(main, ["analyze", str(SAMPLE), "--out", str(out), "--db", db])
    assert r.exit_code == 0, r.output
    after = {s["id"]: set(s["article_ids"]) for s in json.loads(out.read_text())["stories"]}
    assert after == before

"""CLI behaviour: exit codes, --json output, usage errors. End-to-end runs are in test_end_to_end.py."""

import json

from click.testing import CliRunner

from storyline.cli import main
from storyline.model import Article
from storyline.store import open_store


def _store_with_story(path):
    store = open_store(path)
    store.add_articles([Article(id="a1", source="x.txt", text="Quake hits town.", title="Quake", outlet="Northwire")])
    story = {"id": "s-1", "title": "Quake hits town", "article_ids": ["a1"], "keywords": ["quake"],
             "published_range": ["2024-03-03", "2024-03-03"], "outlets": ["Northwire"], "lineage": [],
             "entities": [{"name": "Ankara", "type": "GPE", "aliases": ["ANKARA"], "article_ids": ["a1"]}],
             "quotes": [], "claims": [], "conflicts": [], "timeline": [], "cited_sources": [],
             "brief": [{"text": "Quake hits town.", "article_ids": ["a1"]}]}
    store.replace_stories([story])
    store.close()


def test_usage_errors_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["ingest"])
    assert r.exit_code == 2
    _store_with_story(str(tmp_path / "s.db"))
    r = CliRunner().invoke(main, ["show", "nope", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 2 and "no story 'nope'" in r.output
    r = CliRunner().invoke(main, ["stories", "--db", str(tmp_path / "missing" / "s.db")])
    assert r.exit_code == 2 and "no store" in r.output
    r = CliRunner().invoke(main, ["analyze", "x.txt", "--out", str(tmp_path / "r.json"), "--set", "nope=1"])
    assert r.exit_code == 2 and "unknown option" in r.output


def test_stories_show_and_export(tmp_path):
    db = str(tmp_path / "s.db")
    _store_with_story(db)
    r = CliRunner().invoke(main, ["stories", "--db", db, "--json"])
    assert r.exit_code == 0
    assert json.loads(r.output)[0]["id"] == "s-1"
    r = CliRunner().invoke(main, ["stories", "--db", db, "--entity", "ankara", "--json"])
    assert [s["id"] for s in json.loads(r.output)] == ["s-1"]
    r = CliRunner().invoke(main, ["stories", "--db", db, "-q", "volcano", "--json"])
    assert json.loads(r.output) == []
    r = CliRunner().invoke(main, ["show", "s-1", "--db", db])
    assert r.exit_code == 0 and "Quake hits town. [1]" in r.output
    r = CliRunner().invoke(main, ["show", "s-1", "--db", db, "--json"])
    assert json.loads(r.output)["brief"][0]["article_ids"] == ["a1"]
    r = CliRunner().invoke(main, ["export", "s-1", "--db", db, "--format", "html"])
    assert r.exit_code == 0 and "Content-Security-Policy" in r.output
    r = CliRunner().invoke(main, ["article", "a1", "--db", db, "--json"])
    assert json.loads(r.output)["outlet"] == "Northwire"


def test_typed_set_values_are_usage_errors(tmp_path):
    for bad in ("abc", "1.5", "-1"):
        r = CliRunner().invoke(main, ["ingest", "x.txt", "--db", str(tmp_path / "s.db"),
                                      "--set", f"ingest.max_record_bytes={bad}"])
        assert r.exit_code == 2 and "ingest.max_record_bytes" in r.output


def test_nested_set_keys_are_typed_too(tmp_path):
    from storyline.cli import _options

    assert _options(("align.conflicts.quantity_match=0.6",)).align.conflicts.quantity_match == 0.6
    r = CliRunner().invoke(main, ["ingest", "x.txt", "--db", str(tmp_path / "s.db"),
                                  "--set", "align.conflicts.quantity_match=abc"])
    assert r.exit_code == 2 and "align.conflicts.quantity_match" in r.output and "float" in r.output
    r = CliRunner().invoke(main, ["ingest", "x.txt", "--db", str(tmp_path / "s.db"),
                                  "--set", "align.conflicts.quantity_mach=0.6"])
    assert r.exit_code == 2 and "unknown option" in r.output and "align.conflicts.quantity_match" in r.output


def test_a_crash_of_the_tool_exits_3_and_keeps_what_was_stored(tmp_path, monkeypatch):
    import storyline.ingest as ingest

    body = "Rada powiatu zatwierdziła budowę wału przeciwpowodziowego, poinformował rzecznik starostwa we wtorek."
    (tmp_path / "a.txt").write_text(f"Wał zatwierdzony\n{body}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Digue\nLe conseil a approuvé la digue mardi, a indiqué la présidente.", encoding="utf-8")
    real = ingest.build_article

    def buggy(rec, options, now=None):
        if rec.source.endswith("b.txt"):
            raise NameError("a bug, not a bad input")
        return real(rec, options, now)

    monkeypatch.setattr(ingest, "build_article", buggy)
    db = str(tmp_path.parent / f"{tmp_path.name}.db")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", db])
    assert r.exit_code == 3 and "storyline failed" in r.output
    assert open_store(db).count_articles() == 1  # a.txt was committed before b.txt failed


def test_merged_inputs_are_listed(tmp_path):
    page = "Digue\nLe conseil régional a approuvé mardi la nouvelle digue, a indiqué la présidente.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(page, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--json"])
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert out["added"] == 1 and [m["source"] for m in out["merged"]] == [str(tmp_path / "in" / "b.txt")]


def test_every_option_has_help_text():
    import click

    missing = [f"{name} {p.opts[0]}" for name, cmd in main.commands.items() for p in cmd.params
               if isinstance(p, click.Option) and not p.help]
    assert missing == []


def test_ctrl_c_exits_130_not_the_rejected_code(tmp_path, monkeypatch):
    from storyline.service import Storyline

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Storyline, "ingest", interrupted)
    (tmp_path / "a.txt").write_text("Titre\nLe conseil a voté mardi la nouvelle digue, a dit la maire.", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 130 and "interrupted" in r.output and "Aborted" not in r.output


def test_analyze_reports_each_stages_seconds_and_peak_memory(tmp_path):
    """--timings prints each stage's seconds and the process's memory high-water mark when it
    ended; --json carries both, under the same stage names."""
    from storyline import memory

    for name, text in (("a.txt", "Floodwater closed the ring road in Varnholm on Monday, the council said.\n"),
                       ("b.txt", "La crue a fermé lundi le périphérique de Varnholm, a indiqué la mairie.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db",
                                  str(tmp_path / "s.db"), "--json", "--timings"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert set(summary["timings"]) >= {"enrich", "lineage", "cluster", "align"}
    if memory.peak_rss_mb() is None:  # no resource module on this platform
        assert summary["peak_rss_mb"] == {}
        return
    peaks = summary["peak_rss_mb"]
    assert set(peaks) == set(summary["timings"]) and all(v > 0 for v in peaks.values())
    assert list(peaks.values()) == sorted(peaks.values())  # a high-water mark never falls
    lines = [ln for ln in r.stderr.splitlines() if ln.strip().startswith("lineage")]
    assert len(lines) == 1 and lines[0].rstrip().endswith("MB") and "peak" in lines[0]

"""The ingest -> analyze -> read workflow on the command line, and its usage errors."""

from __future__ import annotations

import io
import json
import os
import re
import stat
from pathlib import Path

import pytest

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


def test_one_story_is_singular_and_the_report_is_readable_like_any_file(tmp_path):
    old = os.umask(0o022)
    try:
        r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--out", str(tmp_path / "r.json")])
    finally:
        os.umask(old)
    assert r.exit_code == 0, r.output
    assert "2 articles, 1 story," in r.output
    assert "the store was temporary" in r.output  # nothing is left for `stories`/`serve`: said so
    assert stat.S_IMODE((tmp_path / "r.json").stat().st_mode) == 0o644


def test_report_file_mode_follows_the_umask_and_an_existing_file(tmp_path):
    from storyline.report import write_report

    report = {"version": 1, "articles": [], "families": [], "rejected": [], "merged": [], "stories": []}
    old = os.umask(0o077)
    try:
        write_report(report, tmp_path / "private.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600
    shared = tmp_path / "shared.json"
    shared.write_text("{}")
    shared.chmod(0o664)
    write_report(report, shared)  # replacing a file keeps its mode, as writing it in place would
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


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


def test_a_missing_path_is_the_same_usage_error_in_ingest_and_analyze(tmp_path):
    missing = str(tmp_path / "inbox-typo")
    for args in (["ingest", missing, "--db", str(tmp_path / "a.db")],
                 ["analyze", missing, "--db", str(tmp_path / "b.db")],
                 ["analyze", missing, "--out", str(tmp_path / "r.json")],
                 ["ingest", str(_corpus(tmp_path)), missing, "--db", str(tmp_path / "c.db")]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2 and "no such file or folder" in r.output and "inbox-typo" in r.output, (args, r.output)
    assert not list(tmp_path.glob("*.db"))  # refused before a store was created


def test_set_errors_name_the_option_and_its_type(tmp_path):
    runner = CliRunner()
    corpus = str(_corpus(tmp_path))
    r = runner.invoke(main, ["analyze", corpus, "--db", str(tmp_path / "s.db"), "--set", "lineage.lsh_threshold=abc"])
    assert r.exit_code == 2 and "lineage.lsh_threshold" in r.output and "float" in r.output, r.output
    r = runner.invoke(main, ["ingest", corpus, "--db", str(tmp_path / "s.db"), "--set", "lineage.lsh_treshold=0.4"])
    assert r.exit_code == 2 and "unknown option 'lineage.lsh_treshold'" in r.output
    assert "did you mean lineage.lsh_threshold" in r.output
    r = runner.invoke(main, ["ingest", corpus, "--db", str(tmp_path / "s.db"), "--set", "workers"])
    assert r.exit_code == 2 and "KEY=VALUE" in r.output
    r = runner.invoke(main, ["watch", corpus, "--db", str(tmp_path / "s.db"), "--set", "watch.interval_seconds=soon"])
    assert r.exit_code == 2 and "watch.interval_seconds" in r.output and "float" in r.output
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("setting,says", [
    ("lineage.lsh_threshold=7", "between 0 and 1"), ("align.claim_match=-0.1", "non-negative"),
    ("workers=0", "at least 1"), ("executor=spark", "one of auto, local, pool, ray"),
    ("encoder_device=tpu", "cpu, cuda, cuda:N"), ("watch.interval_seconds=0", "more than 0 seconds"),
])
def test_set_values_no_run_can_use_are_usage_errors(tmp_path, setting, says):
    r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--db", str(tmp_path / "s.db"), "--set", setting])
    assert r.exit_code == 2 and setting.split("=")[0] in r.output and says in r.output, r.output
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("bad", ["2013-13-01", "2013-02-30", "yesterday", "2013/01/02"])
def test_every_bad_day_is_a_usage_error(tmp_path, bad):
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(main, ["ingest", str(_corpus(tmp_path)), "--db", db]).exit_code == 0
    for flag in ("--from", "--to"):
        r = CliRunner().invoke(main, ["stories", "--db", db, flag, bad])
        assert r.exit_code == 2 and flag in r.output and "not a date" in r.output


def _stages(bars):
    bars.stage("enrich", 0, 3)
    bars.stage("enrich", 2, 3)
    bars.stage("enrich", 3, 3)
    bars.stage("align", 40, 40)  # every story reused from an earlier run: no rate from nothing
    bars.close()


def test_progress_off_a_terminal_is_plain_lines(monkeypatch):
    from storyline.cli import _Bars

    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    bars = _Bars(True, tty=False)
    for _ in range(5):
        bars.item(object())
    _stages(bars)
    text = err.getvalue()
    assert "\r" not in text and "\x1b" not in text
    lines = text.splitlines()
    assert [ln.split(":")[0] for ln in lines] == ["ingest", "enrich", "align"], lines
    assert lines[0].startswith("ingest: 5 in ") and lines[1].startswith("enrich: 3/3 in ")
    assert lines[2] == lines[2].split(",")[0] + ", 40 done before" and "/s" not in lines[2]


def test_progress_on_a_terminal_never_moves_the_cursor_up(monkeypatch):
    from storyline.cli import _Bars

    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    _stages(_Bars(True, tty=True))
    text = err.getvalue()
    assert "enrich" in text and "align" in text
    assert "\x1b[A" not in text  # one bar at a time: no stacked bars to climb back to
    # A stage that starts with cached items counts only the work of this run in its rate.
    assert re.search(r"align: 100%\S* 40/40 \[[^\]]*\?story/s\]", text), text


def test_unreadable_inputs_give_the_same_exit_code_in_ingest_and_analyze(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (bad / "empty.txt").write_bytes(b"")
    r1 = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(tmp_path / "a.db")])
    r2 = CliRunner().invoke(main, ["analyze", str(bad), "--out", str(tmp_path / "r.json")])
    assert r1.exit_code == r2.exit_code == 1, (r1.output, r2.output)
    for r in (r1, r2):
        assert "rejected: " in r.output and "blob.bin" in r.output and "empty.txt" in r.output
    assert "nothing to analyse" in r2.output and not (tmp_path / "r.json").exists()
    (tmp_path / "none").mkdir()
    r = CliRunner().invoke(main, ["analyze", str(tmp_path / "none"), "--out", str(tmp_path / "r.json")])
    assert r.exit_code == 2 and "no files" in r.output


def test_an_unavailable_encoder_device_is_a_usage_error_before_any_work(tmp_path, monkeypatch):
    import storyline.gpu as gpu

    # Whatever this machine has, a device that cannot run is refused with the reason, exit 2,
    # before a store is created (the real check is gpu.device_problem; here it reports a miss).
    monkeypatch.setattr(gpu, "device_problem", lambda device: f"encoder_device={device!r}: no CUDA device here")
    r = CliRunner().invoke(main, ["analyze", str(_corpus(tmp_path)), "--db", str(tmp_path / "s.db"),
                                  "--set", "encoder_device=cuda"])
    assert r.exit_code == 2 and "no CUDA device here" in r.output, r.output
    assert not (tmp_path / "s.db").exists()


def test_device_problem_names_what_is_missing():
    from storyline.gpu import device_problem

    assert device_problem("cpu") is None
    problem = device_problem("cuda:99")
    try:
        import torch
    except ImportError:
        assert problem is not None and "needs torch" in problem
    else:
        assert problem is not None and "cuda:99" in problem  # no machine has 100 CUDA devices

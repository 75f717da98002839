"""`storyline watch`: one pass at a time (--once) over a folder, what it prints, and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import main

PASS_EN = ("Storm closes mountain pass\n\nA storm closed the Varn mountain pass on Friday 7 March 2025, stranding "
           "40 trucks, the regional road agency said. Snow ploughs were expected to reopen the road by Sunday.\n")
PASS_ES = ("La tormenta cierra el paso de Varn\n\nUna tormenta cerró el viernes 7 de marzo de 2025 el paso de montaña "
           "de Varn y dejó varados 40 camiones, según la agencia regional de carreteras. Se espera reabrir la vía "
           "el domingo.\n")
PASS_IT = ("Tempesta chiude il passo di Varn\n\nUna tempesta ha chiuso venerdì 7 marzo 2025 il passo montano di Varn, "
           "bloccando 40 camion, ha riferito l'agenzia stradale regionale. La strada dovrebbe riaprire domenica.\n")
STRIKE_PL = ("Strajk nauczycieli w Orlinie\n\nNauczyciele w Orlinie rozpoczęli w poniedziałek 3 listopada 2025 strajk, "
             "domagając się podwyżek o 12 procent, poinformował związek zawodowy Oświata. Szkoły pozostaną "
             "zamknięte do środy.\n")

FAST = ["--set", "watch.settle_seconds=0"]


def test_watch_once_reports_new_then_grown_stories(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "en.txt").write_text(PASS_EN, encoding="utf-8")
    (inbox / "es.txt").write_text(PASS_ES, encoding="utf-8")
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    r = runner.invoke(main, ["watch", str(inbox), "--db", db, "--once", *FAST])
    assert r.exit_code == 0, r.output
    assert "2 added" in r.output and "analysed 2 articles into 1 story" in r.output
    assert "  new   s-" in r.output and "2 articles" in r.output
    (inbox / "it.txt").write_text(PASS_IT, encoding="utf-8")
    (inbox / "pl.txt").write_text(STRIKE_PL, encoding="utf-8")
    r = runner.invoke(main, ["watch", str(inbox), "--db", db, "--once", "--json", *FAST])
    assert r.exit_code == 0, r.output
    p = json.loads(r.stdout)
    # A new watch process reads the folder again: the two stored articles are found, not stored twice.
    assert p["ingest"]["added"] == 2 and p["ingest"]["existing"] == 2 and p["analyzed"]
    kinds = {c["kind"]: c for c in p["changes"]}
    assert set(kinds) == {"new", "grew"}, p["changes"]
    assert kinds["grew"]["size"] == 3 and len(kinds["grew"]["added"]) == 1
    assert kinds["new"]["size"] == 1 and kinds["new"]["from"] == []
    r = runner.invoke(main, ["stories", "--db", db])
    assert "3 articles" in r.output and "1 article " in r.output


def test_watch_once_with_nothing_new_says_so_and_does_not_analyse(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    r = CliRunner().invoke(main, ["watch", str(inbox), "--db", str(tmp_path / "s.db"), "--once"])
    assert r.exit_code == 0, r.output
    assert "0 added" in r.output and "analysed" not in r.output


def test_watch_usage_errors(tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["watch", "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 2 and "feed URLs" in r.output
    r = runner.invoke(main, ["watch", str(tmp_path / "nope"), "--db", str(tmp_path / "s.db"), "--once"])
    assert r.exit_code == 2 and "no such file or folder" in r.output
    r = runner.invoke(main, ["watch", "--feeds", str(tmp_path / "feeds.txt"), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 2 and "feeds.txt" in r.output
    r = runner.invoke(main, ["watch", "-", "--db", str(tmp_path / "s.db")], input="text")
    assert r.exit_code == 2 and "storyline ingest -" in r.output
    assert not (tmp_path / "s.db").exists()


def test_watch_once_exits_1_when_an_input_was_not_read(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "blob.bin").write_bytes(bytes(range(256)) * 4)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/closed.rss\n", encoding="utf-8")  # port 9 (discard): nothing answers
    r = CliRunner().invoke(main, ["watch", str(inbox), "--feeds", str(feeds), "--db", str(tmp_path / "s.db"),
                                  "--once", *FAST, "--set", "watch.fetch_timeout_seconds=2"])
    assert r.exit_code == 1, r.output
    assert "rejected: " in r.output and "blob.bin" in r.output
    assert "not read: http://127.0.0.1:9/closed.rss: feed not read:" in r.output


def test_ctrl_c_stops_the_loop_cleanly(tmp_path):
    """A long-running watch stops on SIGINT between steps, says so, and exits 0."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "watch", str(inbox), "--db",
                             str(tmp_path / "s.db"), "--interval", "0.3"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=Path(__file__).resolve().parents[1])
    try:
        line = proc.stderr.readline().decode()
        assert line.startswith("watching "), line
        time.sleep(1.0)  # a few passes
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after the current step" in err.decode() and "stopped" in err.decode()
    assert "Traceback" not in err.decode()

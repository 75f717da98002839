"""The service layer over real readers and a real store: idempotence, resume after a kill, bad input."""

import json
import sqlite3
import subprocess
import sys
import textwrap

from storyline.service import Storyline


def _pages(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i:04d}.txt").write_text(
            f"Town council approves budget number {i}\n\n"
            f"The council of town {i} approved a budget of {i * 7} million on Tuesday after a long debate. "
            f"Mayor Ana Ruiz said the plan for district {i} would fund {i % 13} new schools.\n",
            encoding="utf-8",
        )


def test_ingest_is_idempotent(tmp_path):
    _pages(tmp_path / "in", 5)
    svc = Storyline.open(tmp_path / "s.db")
    first = svc.ingest([str(tmp_path / "in")])
    again = svc.ingest([str(tmp_path / "in")])
    assert len(first.added) == 5 and not first.rejected
    assert again.added == [] and sorted(again.existing) == sorted(first.added)
    assert svc.store.count_articles() == 5


def test_bad_files_are_listed_and_the_rest_is_stored(tmp_path):
    _pages(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "blob.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "in" / "dump.jsonl").write_text('{"text": "A fine record about a flood in the valley."}\n{broken\n')
    svc = Storyline.open(tmp_path / "s.db")
    result = svc.ingest([str(tmp_path / "in")])
    assert svc.store.count_articles() == 4
    sources = sorted(r.source for r in result.rejected)
    assert any(s.endswith("empty.txt") for s in sources)
    assert any(s.endswith("blob.bin") for s in sources)
    assert any(s.endswith("dump.jsonl#2") for s in sources)
    assert all(r.reason for r in result.rejected)
    assert {r.source for r in svc.store.rejects()} == {r.source for r in result.rejected}


def test_resume_after_kill(tmp_path):
    """A process killed (SIGKILL) mid-ingest keeps every committed batch; a re-run completes the set."""
    _pages(tmp_path / "in", 700)
    db = tmp_path / "s.db"
    script = textwrap.dedent(f"""
        import os, signal
        from storyline.service import Storyline
        svc = Storyline.open({str(db)!r})
        seen = 0
        def on_item(item):
            global seen
            seen += 1
            if seen == 450:  # each page is committed before the next is read
                os.kill(os.getpid(), signal.SIGKILL)
        svc.ingest([{str(tmp_path / "in")!r}], on_item=on_item)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -9
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    assert stored == 449  # every file read before the kill is stored; the one being read is not
    svc = Storyline.open(db)
    result = svc.ingest([str(tmp_path / "in")])
    assert len(result.added) == 251 and len(result.existing) == 449
    assert svc.store.count_articles() == 700


def test_ingest_bytes_picks_the_reader_by_name(tmp_path):
    svc = Storyline.open(tmp_path / "s.db")
    rec = {"id": "x1", "title": "Flood", "text": "Heavy rain flooded the valley on Monday, officials said."}
    result = svc.ingest_bytes("upload.jsonl", (json.dumps(rec) + "\n").encode())
    assert len(result.added) == 1
    assert svc.article(result.added[0]).external_id == "x1"
    bad = svc.ingest_bytes("upload.exe", b"MZ\x90\x00" + bytes(300))
    assert bad.rejected and not bad.added


WHY_ARTICLES = [
    {"id": "w1", "outlet": "Harbour Daily", "published": "2025-05-06", "title": "Ferry runs aground near Kelvra",
     "text": "A passenger ferry ran aground near the port of Kelvra on Tuesday, and all 212 passengers were "
             "taken off safely, the coastguard said. Captain Orin Maddox said the tide was lower than charted."},
    {"id": "w2", "outlet": "Küstenbote", "published": "2025-05-06", "title": "Fähre bei Kelvra auf Grund gelaufen",
     "text": "Eine Passagierfähre ist am Dienstag vor dem Hafen von Kelvra auf Grund gelaufen; alle 212 Passagiere "
             "wurden in Sicherheit gebracht, teilte die Küstenwache mit. Kapitän Orin Maddox sagte, die Flut sei "
             "niedriger gewesen als angegeben."},
    {"id": "w3", "outlet": "Gazette du Port", "published": "2025-05-07", "title": "Un ferry échoue près de Kelvra",
     "text": "Un ferry de passagers s'est échoué mardi près du port de Kelvra et les 212 passagers ont été évacués "
             "sains et saufs, selon les garde-côtes. Le capitaine Orin Maddox a déclaré que la marée était plus "
             "basse que prévu."},
]


def test_why_explains_each_article_of_a_story(tmp_path, monkeypatch):
    import storyline.cluster.explain as explain
    from storyline.cluster.signals import FEATURES

    seen = {}
    real = explain.why

    def spy(articles, ids, options, extractions=None):
        seen["extractions"] = dict(extractions or {})
        return real(articles, ids, options, extractions)

    monkeypatch.setattr(explain, "why", spy)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in WHY_ARTICLES) + "\n", encoding="utf-8")
    svc = Storyline.open(tmp_path / "s.db")
    try:
        svc.ingest([str(src)])
        report = svc.analyze()
        big = max(report["stories"], key=lambda s: len(s["article_ids"]))
        assert len(big["article_ids"]) >= 2
        rows = svc.why(big["id"])
        assert [r["article_id"] for r in rows] == big["article_ids"]
        for r in rows:
            assert r["with"] in big["article_ids"] and r["with"] != r["article_id"]
            assert r["score"] > 0 and set(r["top"]) <= {"embedding", "words", "names"} and r["top"]
            parts = [r[k] for k in r["top"]]
            assert parts == sorted(parts, reverse=True)
            assert 0 <= r["date_factor"] <= 1 and 0 <= r["year_factor"] <= 1
            assert r["lineage"] is None or r["lineage"]["with"] in big["article_ids"]
            assert r["argument_factor"] > 0 and set(r["arguments"]) <= set(FEATURES)
        # The analysis cached the extractions, so the event arguments (one place, one day, one
        # figure) take part in the explanation as they did in the clustering.
        assert sorted(seen["extractions"]) == sorted(big["article_ids"])
        # The three reports share a place, a person and a figure: every link names the place and the figure.
        for r in rows:
            assert {"kelvra", "212"} <= {n.lower() for n in r["shared_names"]}, r
        single = [s for s in report["stories"] if len(s["article_ids"]) == 1]
        for s in single:
            assert svc.why(s["id"]) == []
        try:
            svc.why("s-nope")
        except KeyError:
            pass
        else:
            raise AssertionError("an unknown story must raise KeyError")
    finally:
        svc.close()


# --- Watcher: folders, list files and feed URLs -------------------------------------------------

import http.server  # noqa: E402
import os  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from storyline.options import Options  # noqa: E402
from storyline.service import Watcher  # noqa: E402

PAGES = {
    "en.txt": "Storm closes mountain pass\n\nA storm closed the Varn mountain pass on Friday, stranding 40 trucks, "
              "the regional road agency said. Snow ploughs were expected to reopen the road by Sunday.\n",
    "es.txt": "La tormenta cierra el paso de Varn\n\nUna tormenta cerró el viernes el paso de montaña de Varn y dejó "
              "varados 40 camiones, según la agencia regional de carreteras. Se espera reabrir la vía el domingo.\n",
    "pl.txt": "Strajk nauczycieli w Orlinie\n\nNauczyciele w Orlinie rozpoczęli w poniedziałek strajk, domagając się "
              "podwyżek o 12 procent, poinformował związek zawodowy. Szkoły pozostaną zamknięte do środy.\n",
}


def _old(path):
    """Date a file back past the settle time, as if it had been copied in a while ago."""
    past = time.time() - 3600
    os.utime(path, (past, past))


def _watcher(tmp_path, targets=(), lists=(), settle=0.0):
    svc = Storyline.open(tmp_path / "s.db", Options().with_overrides({"watch.settle_seconds": settle}))
    calls = []
    svc.run = lambda progress=None: calls.append(svc.store.count_articles())  # the pipeline is tested elsewhere
    return svc, Watcher(svc, targets, lists), calls


def test_watcher_reads_new_and_changed_files_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "en.txt").write_text(PAGES["en.txt"], encoding="utf-8")
    (inbox / ".partial.txt").write_text(PAGES["es.txt"], encoding="utf-8")  # hidden: skipped, like ingest
    svc, w, calls = _watcher(tmp_path, [str(inbox)])
    first = w.run_once()
    assert len(first.ingest.added) == 1 and first.analyzed and calls == [1]
    again = w.run_once()
    assert not again.ingest.added and not again.ingest.existing and not again.analyzed and calls == [1]
    (inbox / "sub").mkdir()
    (inbox / "sub" / "pl.txt").write_text(PAGES["pl.txt"], encoding="utf-8")
    third = w.run_once()
    assert len(third.ingest.added) == 1 and calls == [1, 2]
    # A file removed and copied back is looked at again (and found already stored).
    (inbox / "en.txt").unlink()
    w.run_once()
    (inbox / "en.txt").write_text(PAGES["en.txt"], encoding="utf-8")
    back = w.run_once()
    assert len(back.ingest.existing) == 1 and not back.ingest.added and calls == [1, 2]
    svc.close()


def test_a_file_still_being_written_waits_for_the_next_pass(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "es.txt").write_text(PAGES["es.txt"][:60], encoding="utf-8")  # half copied, just now
    svc, w, calls = _watcher(tmp_path, [str(inbox)], settle=3600.0)
    first = w.run_once()
    assert first.waiting == [str(inbox / "es.txt")] and not first.ingest.added and calls == []
    (inbox / "es.txt").write_text(PAGES["es.txt"], encoding="utf-8")  # the copy goes on: changed again
    _old(inbox / "es.txt")  # ...and then it stops changing
    second = w.run_once()
    assert len(second.ingest.added) == 1 and not second.waiting
    article = svc.article(second.ingest.added[0])
    assert "domingo" in article.text  # the whole file, not the half seen first
    svc.close()


def test_a_file_unchanged_between_passes_is_read_even_when_young(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "pl.txt").write_text(PAGES["pl.txt"], encoding="utf-8")
    svc, w, _ = _watcher(tmp_path, [str(inbox)], settle=3600.0)
    assert w.run_once().waiting
    assert len(w.run_once().ingest.added) == 1  # same size and time as one pass ago: settled
    svc.close()


def test_stop_ends_the_pass_after_the_current_file_and_the_next_start_analyses(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in PAGES.items():
        (inbox / name).write_text(text, encoding="utf-8")
    svc, w, calls = _watcher(tmp_path, [str(inbox)])
    stop = threading.Event()
    p = w.run_once(stop, on_item=lambda item: stop.set())
    assert p.stopped and len(p.ingest.added) == 1 and not p.analyzed and calls == []
    # A new watcher (a restart) finds articles no analysis has seen and analyses them at once.
    w2 = Watcher(svc, [str(inbox)])
    p2 = w2.run_once()
    assert len(p2.ingest.added) == 2 and p2.analyzed and calls == [3]
    svc.close()


def test_changes_name_new_grown_and_gone_stories():
    from storyline.model import Story

    before = {"s-a": Story("s-a", ["1", "2"], "Pass closed"), "s-b": Story("s-b", ["3"], "Strike"),
              "s-c": Story("s-c", ["4"], "Fire")}
    after = {"s-a": Story("s-a", ["1", "2", "5", "6"], "Pass closed"), "s-b": Story("s-b", ["3", "4"], "Strike"),
             "s-d": Story("s-d", ["7"], "Flood")}
    changes = Watcher.changes(before, after)
    assert changes == [
        {"kind": "new", "story_id": "s-d", "title": "Flood", "size": 1, "added": ["7"], "from": []},
        {"kind": "grew", "story_id": "s-a", "title": "Pass closed", "size": 4, "added": ["5", "6"]},
        {"kind": "grew", "story_id": "s-b", "title": "Strike", "size": 2, "added": ["4"]},
        {"kind": "gone", "story_id": "s-c", "title": "Fire", "into": ["s-b"]},
    ]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Regional wire</title><link>http://wire.example/</link>
<item><title>Storm closes mountain pass</title><link>http://wire.example/pass</link>
<pubDate>Fri, 07 Mar 2025 09:00:00 GMT</pubDate>
<description>A storm closed the Varn mountain pass on Friday, stranding 40 trucks, the regional road agency said.
Snow ploughs were expected to reopen the road by Sunday.</description></item>
<item><title>Sturm sperrt Varn-Pass</title><link>http://wire.example/pass-de</link>
<pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate>
<description>Ein Sturm hat am Freitag den Varn-Pass gesperrt; 40 Lastwagen sitzen fest, teilte die regionale
Straßenbehörde mit. Die Straße soll bis Sonntag wieder frei sein.</description></item>
</channel></rss>"""


class _Feeds(http.server.BaseHTTPRequestHandler):
    hits: list[tuple[str, str | None]] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        _Feeds.hits.append((self.path, self.headers.get("If-None-Match")))
        if self.path != "/wire.rss":
            self.send_error(404, "Not Found")
            return
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        body = RSS.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


def _closed_port() -> int:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now: a connection is refused
    return port


def test_feed_urls_from_a_list_file_are_fetched_and_failures_do_not_stop_the_pass(tmp_path):
    srv, base = _server()
    _Feeds.hits = []
    try:
        (tmp_path / "local").mkdir()
        (tmp_path / "local" / "pl.txt").write_text(PAGES["pl.txt"], encoding="utf-8")
        feeds = tmp_path / "feeds.txt"
        down = f"http://127.0.0.1:{_closed_port()}/down.rss"
        feeds.write_text(f"# newsroom feeds\n{base}/wire.rss\n\n{down}\n"
                         f"{base}/missing.rss\nftp://wire.example/x.rss\nlocal\n", encoding="utf-8")
        svc, w, calls = _watcher(tmp_path, lists=[str(feeds)])
        p = w.run_once()
        assert len(p.ingest.added) == 3 and p.analyzed  # two feed entries and the listed local folder
        sources = sorted(svc.article(a).source for a in p.ingest.added)
        assert sources[0].endswith("pl.txt") and sources[1:] == [f"{base}/wire.rss#1", f"{base}/wire.rss#2"]
        reasons = {prob.source: prob.reason for prob in p.problems}
        assert set(reasons) == {down, f"{base}/missing.rss", "ftp://wire.example/x.rss"}
        assert reasons[down].startswith("feed not read:") and "refused" in reasons[down].lower()
        assert reasons[f"{base}/missing.rss"] == "feed not read: HTTP 404 Not Found"
        assert "only http:// and https://" in reasons["ftp://wire.example/x.rss"]
        # The next pass asks conditionally: the unchanged feed costs one 304 and adds nothing.
        again = w.run_once()
        assert not again.ingest.added and not again.analyzed and len(again.problems) == 3
        assert ("/wire.rss", '"v1"') in _Feeds.hits
        svc.close()
    finally:
        srv.shutdown()


def test_a_target_file_of_feed_urls_is_a_feed_list(tmp_path):
    srv, base = _server()
    try:
        urls = tmp_path / "feeds.txt"
        urls.write_text(f"# wires\n{base}/wire.rss\n", encoding="utf-8")
        article = tmp_path / "note.txt"
        article.write_text(f"Sources\nThe wire at {base}/wire.rss confirmed the closure on Friday.\n", encoding="utf-8")
        svc, w, _ = _watcher(tmp_path, [str(urls), str(article)])
        assert w.lists == [str(urls)] and w.targets == [str(article)]
        p = w.run_once()
        sources = sorted(svc.article(a).source for a in p.ingest.added)
        assert sources == sorted([f"{base}/wire.rss#1", f"{base}/wire.rss#2", str(article)]) and not p.problems
        svc.close()
    finally:
        srv.shutdown()

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


def test_why_explains_each_article_of_a_story(tmp_path):
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

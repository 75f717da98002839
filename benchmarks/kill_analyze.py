"""kill -9 during `analyze`: the store stays whole, readers keep a finished analysis, a re-run completes.

    python benchmarks/kill_analyze.py ../shared/data/ecbplus/articles.jsonl --kills 25 --articles 60

A store of ``--articles`` ECB+ articles is analysed once to completion (the reference). Then, ``--kills``
times, a copy of the store is analysed again and SIGKILLed at a random moment of a timed full run
(half the copies already hold the reference analysis, half were never analysed). After each kill:
``PRAGMA integrity_check`` must be ok, no article may be lost or duplicated, and the stories must be
either the reference analysis or none at all (never half an analysis); then a re-run must complete and
give the reference stories. Prints JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = [sys.executable, "-m", "storyline.cli"]


def stories(db: str) -> list[tuple[str, tuple[str, ...]]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT s.id, sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id")
        out: dict[str, list[str]] = {}
        for sid, aid in rows:
            out.setdefault(sid, []).append(aid)
        return sorted((k, tuple(sorted(v))) for k, v in out.items())
    finally:
        con.close()


def audit(db: str) -> tuple[bool, int, int]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        return ok, n, distinct
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "c.jsonl"
        corpus.write_text("".join([line for line in args.data.open(encoding="utf-8") if line.strip()][: args.articles]),
                          encoding="utf-8")
        bare = str(Path(tmp) / "bare.db")
        subprocess.run([*EXE, "ingest", str(corpus), "--db", bare], check=True, capture_output=True)
        done = str(Path(tmp) / "done.db")
        shutil.copy(bare, done)
        t = time.perf_counter()
        subprocess.run([*EXE, "analyze", "--db", done], check=True, capture_output=True)
        full = time.perf_counter() - t
        reference = stories(done)
        n_articles = audit(done)[1]
        again = str(Path(tmp) / "again.db")  # a re-analysis reuses cached extractions: time it too
        shutil.copy(done, again)
        t = time.perf_counter()
        subprocess.run([*EXE, "analyze", "--db", again], check=True, capture_output=True)
        full_again = time.perf_counter() - t
        rows = []
        for k in range(args.kills):
            src = bare if k % 2 else done
            db = str(Path(tmp) / f"k{k}.db")
            shutil.copy(src, db)
            at = rnd.uniform(0.05, 0.95) * (full if src == bare else full_again)
            proc = subprocess.Popen([*EXE, "analyze", "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(at)
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            ok, n, distinct = audit(db)
            after = stories(db)
            whole = after == reference or (after == [] and src == bare)
            rerun = subprocess.run([*EXE, "analyze", "--db", db], capture_output=True)
            rows.append({"killed": killed, "at_s": round(at, 1), "integrity_ok": ok, "lost": n_articles - distinct,
                         "duplicated": n - distinct, "whole_analysis": whole, "rerun_ok": rerun.returncode == 0,
                         "rerun_same": stories(db) == reference, "was_analysed": src == done})
            print(json.dumps(rows[-1]), file=sys.stderr)
    summary = {
        "benchmark": "kill_analyze", "kills": sum(r["killed"] for r in rows), "runs": len(rows),
        "full_analyze_s": round(full, 1), "articles": n_articles,
        "integrity_ok": sum(r["integrity_ok"] for r in rows), "lost": sum(r["lost"] for r in rows),
        "duplicated": sum(r["duplicated"] for r in rows), "half_analyses": sum(not r["whole_analysis"] for r in rows),
        "reruns_ok": sum(r["rerun_ok"] for r in rows), "reruns_same_stories": sum(r["rerun_same"] for r in rows),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

"""kill -9 during `storyline ingest`: nothing lost, nothing stored twice, the store stays sound.

A corpus of pages, JSON Lines and CSV dumps (every record carries a unique token) is ingested
by the real command, which is killed with SIGKILL at a random moment; after each kill the
store must pass ``PRAGMA integrity_check`` and hold no token twice, and a run to completion
must then hold every token exactly once. ``--mode fresh`` (default) kills each round's new
store at a random point of a full run (timed first) and resumes it; ``--mode resume`` kills
one store again and again, then finishes it.

    python benchmarks/kill_ingest.py --kills 25 --seed 1 [--records 3000] [--mode fresh|resume]

The last line printed is the JSON summary.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter

WORDS = ("council river bridge officials storm water report minister tuesday village rada rzeka most "
         "conseil rivière pont tempête meclis nehir köprü совет река мост").split()


def text(rnd: random.Random, token: str) -> str:
    sents = []
    for i in range(rnd.randint(2, 4)):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(12, 20))]
        if i == 0:
            words.insert(3, token)
        sents.append(" ".join(words).capitalize() + ".")
    return "\n".join(sents)


def build(folder: str, records: int, rnd: random.Random) -> list[str]:
    """Pages, dumps and CSVs holding ``records`` records in all; returns their tokens."""
    os.makedirs(folder, exist_ok=True)
    tokens = [f"tok{i}q{rnd.randrange(10**6)}" for i in range(records)]
    i = 0
    part = 0
    while i < len(tokens):
        kind = rnd.choice(["txt", "jsonl", "csv"])
        if kind == "txt":
            with open(os.path.join(folder, f"p{part:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Headline {part}\n{text(rnd, tokens[i])}\n")
            i += 1
        elif kind == "jsonl":
            chunk = tokens[i : i + rnd.randint(10, 200)]
            with open(os.path.join(folder, f"d{part:05d}.jsonl"), "w", encoding="utf-8") as f:
                for t in chunk:
                    f.write(json.dumps({"id": t, "title": f"Title {t}", "text": text(rnd, t)}, ensure_ascii=False) + "\n")
            i += len(chunk)
        else:
            chunk = tokens[i : i + rnd.randint(5, 50)]
            buf = io.StringIO(newline="")
            w = csv.DictWriter(buf, fieldnames=["id", "title", "text"])
            w.writeheader()
            for t in chunk:
                w.writerow({"id": t, "title": f'Title "{t}"', "text": text(rnd, t)})
            with open(os.path.join(folder, f"c{part:05d}.csv"), "w", encoding="utf-8", newline="") as f:
                f.write(buf.getvalue())
            i += len(chunk)
        part += 1
    return tokens


def audit(db: str, tokens: list[str]) -> dict:
    con = sqlite3.connect(db)
    ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = [r[0] for r in con.execute("SELECT text FROM articles")]
    con.close()
    wanted = set(tokens)
    seen = Counter(w.strip(".,").lower() for t in texts for w in t.split() if w.strip(".,").lower() in wanted)
    return {"integrity_ok": ok, "articles": len(texts), "tokens_stored": len(seen),
            "duplicated": sum(1 for n in seen.values() if n > 1)}


def _run(cmd: list[str], kill_after: float | None) -> bool:
    """Run the command; SIGKILL it after ``kill_after`` seconds. True when it finished first."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=kill_after)
        return True
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mode", choices=["fresh", "resume"], default="fresh",
                    help="fresh: each round a new store, killed at a random point of a full run, then resumed "
                         "to completion; resume: one store, killed again and again, then finished")
    ap.add_argument("--max-wait", type=float, default=15.0, help="resume mode: latest kill, seconds after start")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    root = tempfile.mkdtemp(prefix="kill-ingest-")
    folder = os.path.join(root, "in")
    tokens = [t.lower() for t in build(folder, args.records, rnd)]
    exe = os.path.join(os.path.dirname(sys.executable), "storyline")

    def cmd(db: str) -> list[str]:
        return [exe, "ingest", folder, "--db", db, "--no-progress"]

    started = time.monotonic()
    rounds = []
    full_s = None
    if args.mode == "fresh":
        t0 = time.monotonic()
        _run(cmd(os.path.join(root, "full.db")), None)
        full_s = time.monotonic() - t0
    db = os.path.join(root, "s.db")
    for k in range(args.kills):
        if args.mode == "fresh":
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            wait = rnd.uniform(0.05, 0.95) * full_s
        else:
            wait = rnd.uniform(1.0, args.max_wait)
        finished = _run(cmd(db), wait)
        a = audit(db, tokens) if os.path.exists(db) else {"integrity_ok": True, "articles": 0, "tokens_stored": 0,
                                                          "duplicated": 0}
        a.update({"kill": k, "after_s": round(wait, 2), "finished_before_kill": finished})
        if args.mode == "fresh":
            done = _run(cmd(db), None)
            end = audit(db, tokens)
            a.update({"resumed_ok": done and end["integrity_ok"], "lost_after_resume": len(tokens) - end["tokens_stored"],
                      "duplicated_after_resume": end["duplicated"]})
        rounds.append(a)
        print(json.dumps(a), file=sys.stderr, flush=True)
    if args.mode == "resume":
        final = subprocess.run(cmd(db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        end = audit(db, tokens)
        tail = {"final_exit": final.returncode, "final_integrity_ok": end["integrity_ok"],
                "lost": len(tokens) - end["tokens_stored"], "duplicated": end["duplicated"]}
    else:
        tail = {"resumed_ok": sum(r["resumed_ok"] for r in rounds),
                "lost": sum(r["lost_after_resume"] for r in rounds),
                "duplicated": sum(r["duplicated_after_resume"] for r in rounds), "full_run_s": round(full_s, 1)}
    summary = {
        "mode": args.mode,
        "kills": sum(not r["finished_before_kill"] for r in rounds),
        "runs": len(rounds),
        "records": len(tokens),
        "stored_at_kill": [r["tokens_stored"] for r in rounds],
        "integrity_ok_after_kills": sum(r["integrity_ok"] for r in rounds),
        "duplicated_after_kills": sum(r["duplicated"] for r in rounds),
        **tail,
        "wall_s": round(time.monotonic() - started, 1),
        "seed": args.seed,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

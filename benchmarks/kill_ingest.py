"""kill -9 during `storyline ingest`: nothing lost, nothing stored twice, the store stays sound.

A corpus of pages, JSON Lines and CSV dumps (every record carries a unique token) is ingested
by the real command, which is killed with SIGKILL at a random moment, again and again; after
each kill the store must pass ``PRAGMA integrity_check`` and hold no token twice. A last run
to completion must then hold every token exactly once.

    python benchmarks/kill_ingest.py --kills 25 --seed 1 [--records 3000]

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-wait", type=float, default=12.0, help="latest kill, seconds after the start")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    root = tempfile.mkdtemp(prefix="kill-ingest-")
    folder, db = os.path.join(root, "in"), os.path.join(root, "s.db")
    tokens = [t.lower() for t in build(folder, args.records, rnd)]
    exe = os.path.join(os.path.dirname(sys.executable), "storyline")
    cmd = [exe, "ingest", folder, "--db", db, "--no-progress"]
    rounds = []
    started = time.monotonic()
    for k in range(args.kills):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait = rnd.uniform(1.0, args.max_wait)
        try:
            proc.wait(timeout=wait)
            finished = True
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            finished = False
        a = audit(db, tokens) if os.path.exists(db) else {"integrity_ok": True, "articles": 0, "tokens_stored": 0,
                                                          "duplicated": 0}
        a.update({"kill": k, "after_s": round(wait, 2), "finished_before_kill": finished})
        rounds.append(a)
        print(json.dumps(a), file=sys.stderr, flush=True)
    final = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    end = audit(db, tokens)
    summary = {
        "kills": sum(not r["finished_before_kill"] for r in rounds),
        "runs": len(rounds),
        "records": len(tokens),
        "integrity_ok_after_kills": sum(r["integrity_ok"] for r in rounds),
        "duplicated_after_kills": sum(r["duplicated"] for r in rounds),
        "final_exit": final.returncode,
        "final_integrity_ok": end["integrity_ok"],
        "lost": len(tokens) - end["tokens_stored"],
        "duplicated": end["duplicated"],
        "wall_s": round(time.monotonic() - started, 1),
        "seed": args.seed,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

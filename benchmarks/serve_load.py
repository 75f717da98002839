"""`serve` under write load: HTTP requests while `analyze` (and `ingest`) write the same store.

    python benchmarks/serve_load.py ../shared/data/ecbplus/articles.jsonl --requests 2000 --threads 8

Ingests the first half of the corpus and analyses it, then starts `storyline serve` on 127.0.0.1 (a
free port) and, while a second process ingests the other half and analyses the whole store, sends
``--requests`` GETs from ``--threads`` threads over the story list, story pages, story JSON and
article pages. Counts errors (5xx, connection failures, "database is locked" in a body) and reports
latency percentiles. Traffic goes to loopback only; the request loop is bounded in count and time.
Prints JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

EXE = [sys.executable, "-m", "storyline.cli"]


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get(url: str, timeout: float = 30.0) -> tuple[int, float, str]:
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            body = r.read().decode("utf-8", "replace")
            return r.status, time.perf_counter() - t, body
    except urllib.error.HTTPError as e:
        return e.code, time.perf_counter() - t, e.read().decode("utf-8", "replace")
    except Exception as e:  # connection refused/reset, timeout: an error the user would see
        return -1, time.perf_counter() - t, repr(e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--articles", type=int, default=300, help="articles in all (half before, half during)")
    ap.add_argument("--max-seconds", type=float, default=900)
    args = ap.parse_args()
    lines = [line for line in args.data.open(encoding="utf-8") if line.strip()][: args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "a.jsonl", Path(tmp) / "b.jsonl"
        first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
        second.write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
        db = str(Path(tmp) / "s.db")
        subprocess.run([*EXE, "analyze", str(first), "--db", db], check=True, capture_output=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([*EXE, "serve", "--db", db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while get(base + "/api/stories", 2)[0] != 200:
                if time.monotonic() > deadline:
                    raise SystemExit("serve did not start")
                time.sleep(0.5)
            stories = json.loads(get(base + "/api/stories?limit=1000")[2])["stories"]
            story_ids = [s["id"] for s in stories]
            article_ids = json.loads(get(base + f"/api/stories/{story_ids[0]}")[2])["article_ids"]
            writer = subprocess.Popen(
                ["bash", "-c", f"{' '.join(EXE)} ingest {second} --db {db} && {' '.join(EXE)} analyze --db {db}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            urls = []
            rng = random.Random(7)
            for _ in range(args.requests):
                kind = rng.randrange(4)
                sid = rng.choice(story_ids)
                urls.append([base + "/stories", base + f"/stories/{sid}", base + f"/api/stories/{sid}",
                             base + f"/articles/{rng.choice(article_ids)}"][kind])
            results: list[tuple[int, float, str]] = []
            lock = threading.Lock()
            stop_at = time.monotonic() + args.max_seconds
            during = [0]

            def worker(chunk: list[str]) -> None:
                for u in chunk:
                    if time.monotonic() > stop_at:
                        return
                    r = get(u)
                    with lock:
                        results.append(r)
                        if writer.poll() is None:
                            during[0] += 1

            chunks = [urls[i :: args.threads] for i in range(args.threads)]
            threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            writer_rc = writer.wait(timeout=args.max_seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lat = sorted(r[1] for r in results)
    errors = [r for r in results if r[0] != 200 or "database is locked" in r[2]]
    out = {
        "benchmark": "serve_load", "requests": len(results), "threads": args.threads,
        "during_writes": during[0], "errors": len(errors), "status_codes": sorted({r[0] for r in results}),
        "p50_ms": round(1000 * statistics.median(lat), 1), "p95_ms": round(1000 * lat[int(0.95 * (len(lat) - 1))], 1),
        "wall_s": round(wall, 1), "writer_exit": writer_rc,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()

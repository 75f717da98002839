"""Story clustering throughput, peak memory and streaming latency at 10k and 100k articles.

Usage: python benchmarks/cluster_speed.py /work/shared/data/ecbplus/articles.jsonl [--sizes 10000 100000]
       [--stream 5000]

Real article text (ECB+) is replicated and perturbed to scale: each replica drops one
sentence, shuffles the rest after the lead, renumbers digits and is dated as a later
period, so replicas are different stories to the clusterer, as a year of news would be
(about 300 articles a day). Each size runs in a fresh process so peak memory (max RSS)
is its own. Prints one JSON object on the last line.

With ``--extract-cache FILE`` (the pickle ``cluster_ecbplus.py --extract-cache`` writes; made
here when missing) each replica is clustered with its original article's extraction, as
``storyline analyze`` passes the enrichment's extractions in, so the pair model's event
arguments are part of the measured cost. A replica keeps its original's names only: its digits
were renumbered and it was re-dated, so the original's figures and dates would tie replicas
together that this corpus means as different stories.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storyline.model import Article  # noqa: E402
from storyline.options import Options  # noqa: E402
from storyline.text import sentence_spans  # noqa: E402

_PER_DAY = 300


def corpus(path: str, n: int, seed: int = 13) -> list[Article]:
    base = [json.loads(line) for line in open(path, encoding="utf-8")]
    rng = random.Random(seed)
    out: list[Article] = []
    start = date(2020, 1, 1).toordinal()
    while len(out) < n:
        r, k = divmod(len(out), len(base))
        rec = base[k]
        text = rec["text"]
        sents = [text[s:e] for s, e in sentence_spans(text)]
        if r:
            if len(sents) > 3:
                sents.pop(rng.randrange(1, len(sents)))
                tail = sents[1:]
                rng.shuffle(tail)
                sents = sents[:1] + tail
            text = re.sub(r"\d", lambda m: str(rng.randrange(10)), " ".join(sents))
        day = start + len(out) // _PER_DAY
        out.append(
            Article(id=f"{rec['id']}~{r}", source=path, text=text, published=date.fromordinal(day).isoformat())
        )
    return out


def extractions_for(path: str, arts: list[Article], cache: str | None) -> dict | None:
    """Each replica's original article's extraction (see the module docstring), or None."""
    if not cache:
        return None
    from cluster_ecbplus import extract, load  # type: ignore[import-not-found]

    from storyline.model import Extraction

    base = extract(load(path)[0], Options(), cache)
    out = {}
    for a in arts:
        aid, r = a.id.split("~")
        x = base[aid]
        # A replica keeps its original's names; its digits were renumbered and it was re-dated,
        # so the original's figures and dates would be wrong for it and are not carried.
        out[a.id] = x if r == "0" else Extraction(a.id, sentences=x.sentences, entities=x.entities)
    return out


def measure_batch(path: str, n: int, cache: str | None = None) -> dict:
    from storyline.cluster import cluster_batch
    from storyline.resources import embedder

    arts = corpus(path, n)
    ext = extractions_for(path, arts, cache)
    embedder()
    t0 = time.perf_counter()
    stories = cluster_batch(arts, Options(), extractions=ext)
    dt = time.perf_counter() - t0
    return {
        "articles": n,
        "seconds": round(dt, 1),
        "articles_per_s": round(n / dt, 1),
        "stories": len(stories),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def measure_stream(path: str, n: int, cache: str | None = None) -> dict:
    from storyline.cluster import StreamClusterer
    from storyline.resources import embedder

    arts = corpus(path, n)
    ext = extractions_for(path, arts, cache) or {}
    embedder()
    sc = StreamClusterer(Options())
    lat: list[float] = []
    t0 = time.perf_counter()
    for a in arts:
        t = time.perf_counter()
        sc.add(a, None, ext.get(a.id))
        lat.append(time.perf_counter() - t)
    dt = time.perf_counter() - t0
    lat.sort()
    return {
        "articles": n,
        "seconds": round(dt, 1),
        "articles_per_s": round(n / dt, 1),
        "latency_ms_median": round(1000 * statistics.median(lat), 2),
        "latency_ms_p95": round(1000 * lat[int(0.95 * (len(lat) - 1))], 2),
        "latency_ms_max": round(1000 * lat[-1], 2),
        "stories": len(sc.stories()),
        "events": len(sc.events()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--stream", type=int, default=5_000, help="articles fed to the streaming clusterer")
    ap.add_argument("--one", choices=["batch", "stream"], help=argparse.SUPPRESS)
    ap.add_argument("--timeout", type=int, default=900, help="seconds allowed per measurement")
    ap.add_argument("--extract-cache", help="cluster with the ECB+ extractions kept in this pickle")
    args = ap.parse_args()
    if not Path(args.data).exists():
        print(json.dumps({"skipped": f"{args.data} not found"}))
        return
    if args.one:
        fn = measure_batch if args.one == "batch" else measure_stream
        print(json.dumps(fn(args.data, args.sizes[0], args.extract_cache)))
        return
    result: dict = {"machine_cores": len(__import__("os").sched_getaffinity(0)), "batch": [], "stream": None}
    jobs = [("batch", n) for n in args.sizes] + ([("stream", args.stream)] if args.stream else [])
    for kind, n in jobs:
        cmd = [sys.executable, __file__, args.data, "--one", kind, "--sizes", str(n)]
        if args.extract_cache:
            cmd += ["--extract-cache", args.extract_cache]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=True)
            figures = json.loads(proc.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            figures = {"articles": n, "error": f"over {args.timeout} s"}
        except subprocess.CalledProcessError as exc:
            figures = {"articles": n, "error": exc.stderr.strip().splitlines()[-1] if exc.stderr else str(exc)}
        if kind == "batch":
            result["batch"].append(figures)
        else:
            result["stream"] = figures
    ok = [b for b in result["batch"] if "seconds" in b]
    if len(ok) >= 2:
        a, b = ok[0], ok[-1]
        # 1.0 = linear; 2.0 = quadratic.
        import math

        result["growth_exponent"] = round(math.log(b["seconds"] / a["seconds"]) / math.log(b["articles"] / a["articles"]), 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

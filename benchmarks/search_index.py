"""Full-text search: what indexing costs at ingest, how long a search takes, and the backfill of a store
made before search.

    python benchmarks/search_index.py ../shared/data/ecbplus [--n 10000] [--db postgresql://...]

ECB+ records are replicated into ``--n`` articles (a copy number and a rotated sentence order make
each one distinct), then stored in batches of 200 (as ``ingest`` does) twice: with the search index
and without it (indexing switched off), so the difference is what search costs at ingest. Then 40
stories of 5 claims and 3 quotes each are stored (``replace_stories``), searches are timed (words,
phrases, prefixes, exclusions, a story filter; the median and p95 of 5 runs each), and the index is
rebuilt from scratch as on the first open of an older store. SQLite in a temporary folder; with
``--db`` a PostgreSQL URL instead (its tables must not exist yet). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = ["earthquake", "police arrested", '"police said"', "earthq*", "killed -earthquake",
           "fire OR blaze", "magnitude indonesia", "oscar nominated actress", "zzznotaword"]


def _articles(src: Path, n: int) -> list:
    from storyline.model import Article

    records = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        rec = records[i % len(records)]
        lines = rec["text"].split("\n")
        k = (i // len(records)) % max(1, len(lines))
        body = lines[:1] + lines[1:][k:] + lines[1:][:k] if len(lines) > 2 else lines
        text = "\n".join(body) + f"\nThis is copy number {i}."
        out.append(Article(id=f"b{i:06d}", source=f"{rec['id']}-{i}", text=text, title=lines[0][:120]))
    return out


def _stories(articles: list) -> list[dict]:
    stories = []
    for k in range(40):
        members = articles[k * 25 : k * 25 + 25]
        claims, quotes = [], []
        for j, a in enumerate(members[:5]):
            sentence = a.text.split(". ")[min(1, a.text.count(". "))][:300]
            start = max(0, a.text.find(sentence))
            claims.append({"id": f"c{j + 1}", "text": sentence, "article_ids": [a.id],
                           "spans": [{"article_id": a.id, "start": start, "end": start + len(sentence)}]})
        for j, a in enumerate(members[5:8]):
            words = a.text.split()[5:20]
            quotes.append({"speaker": f"Speaker {j}", "text": " ".join(words), "article_ids": [a.id],
                           "variants": [{"article_id": a.id, "text": " ".join(words), "speaker": f"Speaker {j}",
                                         "start": 0, "end": 10}]})
        stories.append({"id": f"s{k:03d}", "title": f"story {k}", "article_ids": [a.id for a in members],
                        "claims": claims, "quotes": quotes, "entities": []})
    return stories


def _ingest(url: str, articles: list) -> tuple[float, float]:
    from storyline.store import open_store

    with open_store(url) as s:
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(articles), 200):
            s.add_articles(articles[i : i + 200])
        return time.perf_counter() - t0, time.process_time() - c0


def _size(url: str) -> int | None:
    if "://" in url:
        return None
    return sum(p.stat().st_size for p in Path(url).parent.glob(Path(url).name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path, help="folder holding articles.jsonl (ECB+)")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--db", default=None, help="a PostgreSQL URL (default: SQLite files in a temporary folder)")
    args = ap.parse_args()
    src = args.data_dir / "articles.jsonl" if args.data_dir.is_dir() else args.data_dir
    if not src.exists():
        raise SystemExit(f"no ECB+ articles at {src}")
    from storyline.store import open_store
    from storyline.store import search as S

    articles = _articles(src, args.n)
    out: dict = {"n": args.n, "backend": "postgresql" if args.db else "sqlite"}
    with tempfile.TemporaryDirectory() as tmp:
        plain_url = None if args.db else str(Path(tmp) / "plain.db")
        url = args.db or str(Path(tmp) / "search.db")
        if plain_url:  # the same ingest with indexing switched off: what search adds
            real = S.article_doc
            S.article_doc = lambda a: S.Doc("article", a.id, [], [])  # noqa: E731 - an empty row, no terms
            try:
                wall, cpu = _ingest(plain_url, articles)
            finally:
                S.article_doc = real
            out["ingest_without_index"] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                                           "articles_per_cpu_s": round(args.n / cpu), "bytes": _size(plain_url)}
        wall, cpu = _ingest(url, articles)
        out["ingest_with_index"] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                                    "articles_per_cpu_s": round(args.n / cpu), "bytes": _size(url)}
        with open_store(url) as s:
            t0 = time.perf_counter()
            s.replace_stories(_stories(articles))
            out["replace_stories_s"] = round(time.perf_counter() - t0, 3)
            timings = {}
            for q in QUERIES + ["story:said"]:
                runs = []
                for _ in range(5):
                    t0 = time.perf_counter()
                    if q.startswith("story:"):
                        found = s.search(q.split(":", 1)[1], story_id="s003")
                    else:
                        found = s.search(q)
                    runs.append(time.perf_counter() - t0)
                timings[q] = {"total": found["total"], "median_ms": round(statistics.median(runs) * 1000, 1),
                              "max_ms": round(max(runs) * 1000, 1)}
            out["search"] = timings
            all_ms = sorted(t["median_ms"] for t in timings.values())
            out["search_median_ms"] = statistics.median(all_ms)
            out["search_slowest_ms"] = all_ms[-1]
            s.put_state(S.STATE_KEY, None)  # as a store made before search, or under an older index version
        t0 = time.perf_counter()
        open_store(url).close()
        out["backfill_s"] = round(time.perf_counter() - t0, 2)
    for key, value in out.items():
        print(f"{key}: {value}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()

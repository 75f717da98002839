"""PostgreSQL vs SQLite store: the same corpus through both, timings and the same report.

    python benchmarks/store_backends.py ../shared/data/ecbplus/articles.jsonl --pg auto \\
        --analyze 1000 --store 10000

Two parts, each on a fresh store of each backend:

- **analysis** (``--analyze N``): ECB+ replicated to N articles with light word edits (the corpus of
  ``benchmarks/pipeline_speed.py``), ``Storyline.ingest`` then ``Storyline.analyze``; wall seconds
  of each and of each stage; the two reports must be equal apart from ``generated_at``, and so must
  the reports rebuilt from each store (``Storyline.report``). Models are loaded before the first
  timed run, so neither backend pays for them.
- **store** (``--store M``): the store alone on M articles read once (no NLP): ``add_articles`` in
  ingest's batches, a paged read of everything (``iter_articles``), 1,000 lookups by id, extraction
  writes, ``replace_stories`` of M/10 synthetic stories, 200 story searches (and whether both
  backends found the same stories), and two writer processes adding overlapping halves at once
  (nothing may be lost or added twice).

``--pg URL`` names a server whose user may create databases (each run creates a database and
drops it); ``--pg auto`` starts a throwaway cluster in a temporary folder on 127.0.0.1 (needs
PostgreSQL's ``initdb``; as root it runs the server as the ``postgres`` user). Prints one JSON
object on its last line.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import multiprocessing as mp
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import make_corpus  # noqa: E402  (the same replicated corpus)


# --- a PostgreSQL server ---------------------------------------------------------------

@contextlib.contextmanager
def throwaway_cluster():
    """A PostgreSQL cluster in a temporary folder on 127.0.0.1 and a free port; removed after."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    bindir = bins[-1] if bins else str(Path(shutil.which("initdb") or "initdb").parent)
    if not Path(bindir, "initdb").exists():
        sys.exit("--pg auto needs PostgreSQL's initdb (apt-get install postgresql)")
    as_user: list[str] = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = tempfile.mkdtemp(prefix="storyline-pg-bench-")
    if as_user:
        shutil.chown(folder, "postgres")
    os.chmod(folder, 0o755)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = f"{folder}/data"
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True, text=True)  # noqa: E731
    try:
        run(f"{bindir}/initdb", "-D", data, "-U", "storyline", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        # Durable settings (fsync on, the defaults): the comparison with SQLite's WAL file is fair.
        run(f"{bindir}/pg_ctl", "-D", data, "-l", f"{folder}/server.log", "-w", "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}", "start")
        yield f"postgresql://storyline@127.0.0.1:{port}/postgres"
    finally:
        if Path(data, "postmaster.pid").exists():
            subprocess.run([*as_user, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"],
                           capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def fresh_database(server: str):
    """A new database on ``server`` for one run, dropped afterwards; yields its URL."""
    import psycopg

    name = f"storyline_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    head, _, _ = server.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(f"DROP DATABASE {name} WITH (FORCE)")


@contextlib.contextmanager
def backend_url(kind: str, server: str, tmp: Path):
    if kind == "sqlite":
        path = tmp / f"{uuid.uuid4().hex[:8]}.db"
        yield str(path)
        for p in tmp.glob(path.name + "*"):
            p.unlink()
    else:
        with fresh_database(server) as url:
            yield url


# --- analysis --------------------------------------------------------------------------

def _first_difference(a, b, path="report") -> str:
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:80]!r} vs {str(b)[:80]!r}"


def _without_time(report: dict) -> dict:
    return {k: v for k, v in report.items() if k != "generated_at"}


def analysis(corpus: Path, n: int, server: str, tmp: Path) -> dict:
    from storyline.service import Storyline

    # Load the models once, outside the timings (a tiny corpus analysed into a scratch store).
    warm = tmp / "warm.jsonl"
    warm.write_text("".join(list(corpus.open(encoding="utf-8"))[:5]), encoding="utf-8")
    svc = Storyline.open(tmp / "warm.db")
    svc.ingest([str(warm)])
    svc.analyze()
    svc.close()

    runs, reports = {}, {}
    for kind in ("sqlite", "postgres"):
        with backend_url(kind, server, tmp) as url:
            svc = Storyline.open(url)
            try:
                t0 = time.perf_counter()
                result = svc.ingest([str(corpus)])
                t1 = time.perf_counter()
                report = svc.analyze()
                t2 = time.perf_counter()
                rebuilt = svc.report()
                t3 = time.perf_counter()
                runs[kind] = {
                    "ingest_s": round(t1 - t0, 2), "ingest_articles_per_s": round(n / (t1 - t0), 1),
                    "analyze_s": round(t2 - t1, 2), "analyze_articles_per_s": round(n / (t2 - t1), 2),
                    "report_from_store_s": round(t3 - t2, 2),
                    "stages_s": {k: round(v, 2) for k, v in svc.last_timings.items()},
                    "stored": len(result.added), "stories": len(report["stories"]),
                }
                reports[kind] = (_without_time(report), _without_time(rebuilt))
            finally:
                svc.close()
        print(json.dumps({"analysis": kind, **runs[kind]}), file=sys.stderr)
    same = reports["sqlite"][0] == reports["postgres"][0]
    same_rebuilt = reports["sqlite"][1] == reports["postgres"][1]
    out = {"articles": n, "runs": runs, "same_report": same, "same_rebuilt_report": same_rebuilt}
    if not same:
        out["first_difference"] = _first_difference(reports["sqlite"][0], reports["postgres"][0])
    if not same_rebuilt:
        out["first_difference_rebuilt"] = _first_difference(reports["sqlite"][1], reports["postgres"][1])
    return out


# --- the store alone -------------------------------------------------------------------

def _writer(url: str, articles: list, out) -> None:
    from storyline.store import open_store

    store = open_store(url)
    added = []
    for i in range(0, len(articles), 200):
        added.extend(store.add_articles(articles[i : i + 200]))
    store.close()
    out.put(added)


def _stories(articles: list) -> list[dict]:
    stories = []
    for k in range(0, len(articles), 10):
        members = articles[k : k + 10]
        title = members[0].title or members[0].text[:60]
        words = [w.strip(".,:;\"'()") for w in title.split()]
        names = [w for w in words if w[:1].isupper() and len(w) > 2][:4]
        dates = sorted(a.published for a in members if a.published)
        stories.append({
            "id": f"s-{k // 10:05d}", "title": title, "article_ids": [a.id for a in members],
            "keywords": [w.lower() for w in words if len(w) > 3][:6], "outlets": sorted({a.outlet or "" for a in members} - {""}),
            "published_range": [dates[0], dates[-1]] if dates else [None, None], "claims": [], "conflicts": [],
            "entities": [{"name": n, "type": "PERSON", "aliases": [], "article_ids": [members[0].id]} for n in names],
        })
    return stories


def store_ops(corpus: Path, m: int, server: str, tmp: Path) -> dict:
    from storyline.ingest import iter_inputs
    from storyline.model import Article
    from storyline.options import Options
    from storyline.store import open_store

    articles = [a for a in iter_inputs([str(corpus)], Options().ingest) if isinstance(a, Article)]
    articles = list({a.id: a for a in articles}.values())
    rng = random.Random(7)
    lookups = rng.sample([a.id for a in articles], min(1000, len(articles)))
    stories = _stories(articles)
    vocabulary = sorted({w for s in stories for w in s["keywords"] if w.isalpha()})
    queries = rng.sample(vocabulary, min(200, len(vocabulary)))
    extraction = {"sentences": [[i * 80, i * 80 + 79] for i in range(25)], "entities": [["PERSON", 0, 9]] * 10}
    runs, found = {}, {}
    for kind in ("sqlite", "postgres"):
        r: dict = {}
        with backend_url(kind, server, tmp) as url:
            store = open_store(url)
            t = time.perf_counter()
            for i in range(0, len(articles), 200):
                store.add_articles(articles[i : i + 200])
            r["add_articles_per_s"] = round(len(articles) / (time.perf_counter() - t))
            t = time.perf_counter()
            assert sum(1 for _ in store.iter_articles()) == len(articles)
            r["iter_articles_per_s"] = round(len(articles) / (time.perf_counter() - t))
            t = time.perf_counter()
            for aid in lookups:
                store.article(aid)
            r["lookups_per_s"] = round(len(lookups) / (time.perf_counter() - t))
            t = time.perf_counter()
            assert len(store.articles(lookups)) == len(lookups)
            r["articles_by_ids_1000_s"] = round(time.perf_counter() - t, 3)
            t = time.perf_counter()
            for i in range(0, len(articles), 500):
                store.put_extractions([(a.id, extraction) for a in articles[i : i + 500]], "bench")
            r["put_extractions_per_s"] = round(len(articles) / (time.perf_counter() - t))
            t = time.perf_counter()
            store.replace_stories(stories)
            r["replace_stories_s"] = round(time.perf_counter() - t, 3)
            t = time.perf_counter()
            found[kind] = [[s["id"] for s in store.find_stories(query=q)] for q in queries]
            r["find_stories_ms"] = round(1000 * (time.perf_counter() - t) / len(queries), 2)
            store.close()
        with backend_url(kind, server, tmp) as url:
            open_store(url).close()  # migrated before the writers race
            half = len(articles) * 6 // 10  # two 60 % slices: a fifth of the articles in both
            queue = mp.get_context("spawn").Queue()
            procs = [mp.get_context("spawn").Process(target=_writer, args=(url, part, queue))
                     for part in (articles[:half], list(reversed(articles[-half:])))]
            t = time.perf_counter()
            for p in procs:
                p.start()
            added = [queue.get(timeout=1800) for _ in procs]
            for p in procs:
                p.join()
            r["two_writers_s"] = round(time.perf_counter() - t, 2)
            store = open_store(url)
            r["two_writers_stored"] = store.count_articles()
            r["two_writers_added_once"] = sorted(added[0] + added[1]) == sorted(a.id for a in articles)
            store.close()
        runs[kind] = r
        print(json.dumps({"store": kind, **r}), file=sys.stderr)
    agree = sum(a == b for a, b in zip(found["sqlite"], found["postgres"]))
    return {"articles": len(articles), "stories": len(stories), "runs": runs,
            "search_queries": len(queries), "search_same_results": agree,
            "search_hits": {k: sum(len(v) for v in found[k]) for k in found}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="ecbplus/articles.jsonl")
    ap.add_argument("--pg", default=os.environ.get("STORYLINE_TEST_PG", "auto"),
                    help="a PostgreSQL server URL whose user may create databases, or 'auto' (a throwaway cluster)")
    ap.add_argument("--analyze", type=int, default=1000, help="articles for the analysis part (0: skip)")
    ap.add_argument("--store", type=int, default=10000, help="articles for the store-only part (0: skip)")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"no such file: {args.data} (the benchmark needs ../shared/data/ecbplus/articles.jsonl)")
    out: dict = {"benchmark": "store_backends"}
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(throwaway_cluster()) if args.pg == "auto" else args.pg
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="storyline-bench-")))
        if args.store:
            corpus = tmp / "store.jsonl"
            make_corpus(args.data, args.store, corpus)
            out["store"] = store_ops(corpus, args.store, server, tmp)
        if args.analyze:
            corpus = tmp / "analysis.jsonl"
            make_corpus(args.data, args.analyze, corpus)
            out["analysis"] = analysis(corpus, args.analyze, server, tmp)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Incremental re-analysis: add articles to an analysed store, analyse again, compare with a full run.

    python benchmarks/incremental.py ../shared/data/ecbplus/articles.jsonl --size 1000 --add 100
    python benchmarks/incremental.py ../shared/data/ecbplus/articles.jsonl --size 10000 --add 100 --workers 2

The store is built as ``pipeline_speed.py`` builds its corpus: real ECB+ articles replicated to
``--size`` with light random word edits (near copies). ``--mode new`` (default) holds whole ECB+
gold stories out of the store and adds ``--add`` of their articles afterwards: the day's news,
new events that mostly make new stories. ``--mode copies`` adds near copies of stored articles
instead, so every added article joins (and changes) a stored story: the worst case.

Steps: ingest the base corpus and run a full analysis (timed: the full run); ingest the added
articles; copy the store; analyse the store again (timed: the incremental run); on the copy, run
with ``Options(incremental=False)``, which recomputes everything (timed: a full run on the final
store) and compare the two reports apart from ``generated_at``. ``--no-check`` skips that
reference run (then ``ratio`` is against the first full run, on ``--add`` fewer articles).
Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_corpora(src: Path, size: int, add: int, mode: str, base_out: Path, add_out: Path,
                 seed: int = 7) -> dict:
    """Write the base corpus (``size`` articles) and the added one (``add`` articles)."""
    records = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
    rng = random.Random(seed)
    held: list[dict] = []
    if mode == "new":
        stories: dict[str, list[dict]] = {}
        for r in records:
            stories.setdefault(r["story"], []).append(r)
        names = sorted(stories)
        rng.shuffle(names)
        for name in names:  # whole gold stories, until there are enough articles to add
            if len(held) >= add:
                break
            held.extend(stories[name])
        out_ids = {r["id"] for r in held}
        base = [r for r in records if r["id"] not in out_ids]
        added = held[:add]
    else:
        base = records
        added = []

    def perturbed(r: dict, i: int) -> dict:
        words = r["text"].split(" ")
        for _ in range(max(1, len(words) // 40)):  # one word in 40 replaced: a near copy
            j = rng.randrange(len(words))
            words[j] = rng.choice(words)
        return {"id": f"{r['id']}-{i}", "text": " ".join(words)}

    with base_out.open("w", encoding="utf-8") as fh:
        for i in range(size):
            r = base[i % len(base)]
            rec = {"id": f"{r['id']}-{i}", "text": r["text"]} if i < len(base) else perturbed(r, i)
            fh.write(json.dumps(rec) + "\n")
    if mode == "copies":
        added = [perturbed(base[rng.randrange(len(base))], size + k) for k in range(add)]
    with add_out.open("w", encoding="utf-8") as fh:
        for k, r in enumerate(added):
            rec = r if mode == "copies" else {"id": f"{r['id']}-new{k}", "text": r["text"]}
            fh.write(json.dumps(rec) + "\n")
    return {"base_records": len(base), "held_out_stories": len({r["story"] for r in held})}


def analyse(store, options) -> tuple[dict, dict]:
    from storyline.pipeline import run_pipeline
    from storyline.report import build_report

    t0 = time.perf_counter()
    ctx = run_pipeline(store, options)
    report = build_report(ctx.articles, ctx.story_reports, ctx.families, store.rejects(), store.merges())
    wall = time.perf_counter() - t0
    report.pop("generated_at", None)
    return report, {
        "wall_s": round(wall, 2),
        "stages": {k: round(v, 2) for k, v in ctx.timings.items()},
        "articles": len(ctx.articles),
        "extractions_cached": ctx.cached,
        "articles_encoded": ctx.encoded,
        "stories": len(ctx.stories),
        "stories_reused": ctx.reused,
        "lineage_pairs_reused": getattr(ctx, "pairs_reused", None),
        "lineage_features_reused": getattr(ctx, "features_reused", None),
    }


def first_difference(a: object, b: object, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for k in list(dict.fromkeys([*a, *b])):
            if k not in a or k not in b:
                return f"{path}.{k}: missing on one side"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} != {len(b)} items"
        for k, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{k}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="ecbplus/articles.jsonl")
    ap.add_argument("--size", type=int, default=1000, help="articles in the store before the addition")
    ap.add_argument("--add", type=int, default=100, help="articles added")
    ap.add_argument("--mode", choices=["new", "copies"], default="new")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--no-check", action="store_true", help="skip the full reference run on the final store")
    ap.add_argument("--keep", type=Path, help="keep the stores in this folder")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"no such file: {args.data} (the benchmark needs ../shared/data/ecbplus/articles.jsonl)")

    from storyline.options import Options
    from storyline.service import Storyline

    tmp = args.keep or Path(tempfile.mkdtemp(prefix="storyline-incremental-"))
    tmp.mkdir(parents=True, exist_ok=True)
    base_file, add_file = tmp / "base.jsonl", tmp / "added.jsonl"
    corpus = make_corpora(args.data, args.size, args.add, args.mode, base_file, add_file)
    db = tmp / "store.db"
    for p in tmp.glob("store.db*"):
        p.unlink()
    options = Options(workers=args.workers)
    load = [round(x, 2) for x in os.getloadavg()]

    svc = Storyline.open(str(db), options)
    svc.ingest([str(base_file)])
    base_report, full = analyse(svc.store, options)
    svc.ingest([str(add_file)])
    ref_db = tmp / "reference.db"
    if not args.no_check:
        with sqlite3.connect(db) as src, sqlite3.connect(ref_db) as dst:
            src.backup(dst)  # the store as the incremental run finds it: same history, same story ids
    report, inc = analyse(svc.store, options)
    svc.close()

    out = {"benchmark": "incremental", "mode": args.mode, "size": args.size, "added": args.add,
           "workers": args.workers, "corpus": corpus, "full_run": full, "incremental_run": inc,
           "stories_touched": inc["stories"] - inc["stories_reused"]}
    if not args.no_check:
        ref = Storyline.open(str(ref_db), Options(workers=args.workers, incremental=False))
        full_report, reference = analyse(ref.store, ref.options)
        ref.close()
        diff = first_difference(report, full_report)
        out.update(reference_full_run=reference, reports_equal=diff is None, first_difference=diff,
                   ratio=round(inc["wall_s"] / reference["wall_s"], 4))
    else:
        out["ratio_vs_base_full_run"] = round(inc["wall_s"] / full["wall_s"], 4)
    out["load_average_start"] = load
    out["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

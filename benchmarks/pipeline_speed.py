"""Whole pipeline speed: ingest -> report, articles/s and the share of time per stage.

    python benchmarks/pipeline_speed.py ../shared/data/ecbplus/articles.jsonl --sizes 1000 10000
    python benchmarks/pipeline_speed.py ../shared/data/ecbplus/articles.jsonl --sizes 772 --workers 1 2 --floor

Real ECB+ articles are replicated to size with light random word edits (so copies are
near duplicates, not identical), written as a JSON Lines dump and run through
``Storyline.ingest`` + ``Storyline.analyze`` on a fresh SQLite store. The stories are
scored against ECB+'s gold story of each copy's source article (B-cubed F1): copies of one
report must land in its story. Prints one JSON object on its last line.

``--corpus fixed`` keeps the copy density fixed instead, as in a real feed where a wire story gets
a few reprints however many other stories there are: every original has 12 near copies (the same
light word edits), dated with it at 300 articles a day. The first 772 originals are the ECB+
articles; further ones are variants of them with half their words replaced by words drawn from the
whole corpus (no 5-word shingle or sentence in common with their source, so they are new texts to
lineage, not copies), each variant set dated a month after the last. Copy families and stories then
stay the same size however large the corpus, and time growth with size measures the pipeline, not
the square of a family. B-cubed is scored on the ECB+ originals and their copies.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(src: Path, n: int, out: Path, seed: int = 7) -> None:
    records = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            r = records[i % len(records)]
            words = r["text"].split(" ")
            if i >= len(records):  # a replica: perturb a few words so it is a near copy
                for _ in range(max(1, len(words) // 40)):
                    j = rng.randrange(len(words))
                    words[j] = rng.choice(words)
            fh.write(json.dumps({"id": f"{r['id']}-{i}", "text": " ".join(words)}) + "\n")


def story_b3(src: Path, report: dict) -> float:
    """B-cubed F1 of the report's stories against the gold story of each copy's source."""
    gold_of = {r["id"]: r["story"] for r in map(json.loads, src.open(encoding="utf-8"))}
    source = {a["id"]: (a.get("external_id") or a["id"]).rsplit("-", 1)[0] for a in report["articles"]}
    label = {aid: s["id"] for s in report["stories"] for aid in s["article_ids"]}
    return b3(label, {aid: gold_of[source[aid]] for aid in label if source.get(aid) in gold_of})


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pool workers are joined at close)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


COPIES = 12  # near copies of each original in the fixed-density corpus
PER_DAY = 300


def make_fixed_corpus(src: Path, n: int, out: Path, seed: int = 7) -> None:
    from datetime import date, timedelta

    records = [json.loads(line) for line in src.open(encoding="utf-8") if line.strip()]
    vocab = [w for r in records for w in r["text"].split(" ") if w]
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        for j in range(-(-n // (COPIES + 1))):
            variant, r = divmod(j, len(records))
            rec = records[r]
            words = rec["text"].split(" ")
            if variant:
                vr = random.Random(f"{seed}-{j}")
                words = [vr.choice(vocab) if w and vr.random() < 0.5 else w for w in words]
            day = (start + timedelta(days=written // PER_DAY)).isoformat()
            for c in range(COPIES + 1):
                if written == n:
                    return
                copy = list(words)
                if c:  # a near copy: a few words edited, as make_corpus does
                    for _ in range(max(1, len(copy) // 40)):
                        copy[rng.randrange(len(copy))] = rng.choice(words)
                fh.write(json.dumps({"id": f"{rec['id']}~{variant}-{c}", "text": " ".join(copy),
                                     "published": day}) + "\n")
                written += 1


def fixed_b3(src: Path, report: dict) -> float:
    """B-cubed F1 over the ECB+ originals and their copies (variant set 0), where an article's gold
    story is its original's ECB+ story within its variant set; articles of other variant sets count
    against precision where they join these stories. The variants' own stories are not scored: half
    their words are random, so their stories are not ECB+'s."""
    gold_of = {r["id"]: r["story"] for r in map(json.loads, src.open(encoding="utf-8"))}
    gold = {}
    for a in report["articles"]:
        ext = a.get("external_id") or a["id"]
        rec, _, rest = ext.partition("~")
        gold[a["id"]] = (gold_of.get(rec), rest.split("-")[0])
    label = {aid: s["id"] for s in report["stories"] for aid in s["article_ids"]}
    return b3(label, {aid: gold[aid] for aid in label if aid in gold}, lambda aid: gold[aid][1] == "0")


def b3(label: dict, gold: dict, scored=lambda aid: True) -> float:
    """B-cubed F1 of the clusters ``label`` against ``gold``, averaged over the articles ``scored``."""
    clusters: dict = {}
    classes: dict = {}
    for aid in gold:
        clusters.setdefault(label[aid], set()).add(aid)
        classes.setdefault(gold[aid], set()).add(aid)
    ids = [aid for aid in gold if scored(aid)]
    if not ids:
        return 0.0
    p = sum(len(clusters[label[a]] & classes[gold[a]]) / len(clusters[label[a]]) for a in ids) / len(ids)
    r = sum(len(clusters[label[a]] & classes[gold[a]]) / len(classes[gold[a]]) for a in ids) / len(ids)
    return round(2 * p * r / (p + r), 4)


def floor(src: Path, n: int) -> dict:
    """The least work analyze must do: one full spaCy parse of each article and one encoding of
    each distinct sentence (one encoder thread), models loaded once, nothing else."""
    from storyline.resources import embedder, spacy_nlp
    from storyline.text import sentence_spans

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(src, n, corpus)
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    c0, t0 = cpu_seconds(), time.perf_counter()
    nlp = spacy_nlp()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    sentences = list(dict.fromkeys(t[s:e] for t in texts for s, e in sentence_spans(t)))
    emb = embedder(1)
    emb.encode(sentences)
    return {"articles": n, "sentences": len(sentences), "cpu_s": round(cpu_seconds() - c0, 2),
            "wall_s": round(time.perf_counter() - t0, 2)}


def run(src: Path, n: int, workers: int = 1, executor: str = "auto", kind: str = "copies",
        overrides: dict | None = None, report_file: bool = False) -> dict:
    import hashlib
    import os

    from storyline.options import Options
    from storyline.service import Storyline

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        (make_fixed_corpus if kind == "fixed" else make_corpus)(src, n, corpus)
        svc = Storyline.open(Path(tmp) / "s.db",
                             Options(workers=workers, executor=executor).with_overrides(overrides or {}))
        t0 = time.perf_counter()
        result = svc.ingest([str(corpus)])
        t_ingest = time.perf_counter() - t0
        c1, t1 = cpu_seconds(), time.perf_counter()
        if report_file:
            # As `storyline analyze --out` does: the report is written a story at a time, never whole
            # in this process; it is read back below only as the stories' members and one hash.
            svc.analyze_to(Path(tmp) / "report.json")
        else:
            report = svc.analyze()
        t_analyze = time.perf_counter() - t1
        cpu_analyze = cpu_seconds() - c1
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        timings = dict(svc.last_timings)
        stage_peaks = dict(svc.last_peak_rss)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest worker reaped
        if report_file:
            report = _report_outline(svc, Path(tmp) / "report.json", Path(tmp))
        svc.close()
    if report_file:
        report_sha = report.pop("file_sha")
    else:
        # Reports of two runs compare by this hash (generated_at aside; the corpus path is the temporary one).
        report.pop("generated_at", None)
        for a in report["articles"]:
            a.pop("source", None)
        report_sha = hashlib.sha256(json.dumps(report, sort_keys=True).encode()).hexdigest()[:16]
    total = t_ingest + t_analyze
    stages = {"ingest": t_ingest, **timings}
    return {
        "articles": n,
        "workers": workers,
        "executor": executor,
        "corpus": kind,
        "options": overrides or {},
        "report_sha": report_sha,
        "load_average": [round(x, 2) for x in os.getloadavg()],  # the box may be shared: say so
        "analyze_wall_s": round(t_analyze, 2),
        "analyze_cpu_s": round(cpu_analyze, 2),
        "stored": len(result.added),
        "stories": len(report["stories"]),
        "b3_f1": story_b3(src, report) if kind == "copies" else fixed_b3(src, report),
        "lineage_edges": report["lineage_edges"] if report_file else sum(len(s["lineage"]) for s in report["stories"]),
        "families": len(report.get("families", [])),
        "seconds": round(total, 2),
        "articles_per_s": round(n / total, 1),
        "ingest_articles_per_s": round(n / t_ingest, 1),
        "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
        "stage_share": {k: round(v / total, 3) for k, v in stages.items()},
        "peak_rss_mb": round(peak_rss, 1),  # at the end of analyze, before any scoring here
        "stage_peak_rss_mb": stage_peaks,  # the driver's high-water mark at each stage's end
        "worker_peak_rss_mb": round(children, 1),  # the largest worker process's peak (0: one process)
        "report": "file, a story at a time (report_sha of the file's bytes)" if report_file else "dict",
    }


def _report_outline(svc, path: Path, folder: Path) -> dict:
    """What scoring reads of a report written to ``path``, without holding the report: each story's
    members (read from the store a story at a time), the articles' ids, external ids and lineage
    edge count, and a hash of the file's bytes with ``generated_at`` and the temporary folder cut out."""
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for line in fh:
            if line.startswith(b' "generated_at": '):
                continue
            digest.update(line.replace(str(folder).encode(), b""))
    stories, edges = [], 0
    for summary in svc.store.story_summaries():
        story = svc.store.story(summary["id"])
        stories.append({"id": story["id"], "article_ids": story["article_ids"]})
        edges += len(story["lineage"])
    articles = [{"id": a.id, "external_id": a.external_id} for a in svc.store.iter_articles()]
    families = [f for f in svc._families() if len(f) > 1]
    return {"stories": stories, "articles": articles, "families": families, "lineage_edges": edges,
            "file_sha": digest.hexdigest()[:16]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="ecbplus/articles.jsonl")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1], help="worker counts to run each size with")
    ap.add_argument("--floor", action="store_true", help="also measure the floor (one parse + one encoding)")
    ap.add_argument("--executor", nargs="+", default=["auto"], choices=["auto", "local", "pool", "ray"],
                    help="executors to run each size and worker count with (ray: CPU of its processes is not counted)")
    ap.add_argument("--corpus", choices=["copies", "fixed"], default="copies",
                    help="copies: near copies of ECB+ (families grow with the corpus); fixed: 12 copies each")
    ap.add_argument("--report-file", action="store_true",
                    help="write the report to a file a story at a time (as `analyze --out`), not as one dict")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="an option, as storyline --set")
    args = ap.parse_args()
    overrides = {k: json.loads(v) for k, v in (x.split("=", 1) for x in args.set)}
    if not args.data.is_file():
        sys.exit(f"no such file: {args.data} (the benchmark needs ../shared/data/ecbplus/articles.jsonl)")
    results = []
    floors = {}
    for n in args.sizes:
        for w, ex in [(w, ex) for ex in args.executor for w in args.workers]:
            r = run(args.data, n, w, ex, args.corpus, overrides, args.report_file)
            print(json.dumps(r), file=sys.stderr)
            results.append(r)
        if args.floor:
            # In a child process, so its model loads and CPU are its own.
            import subprocess

            out = subprocess.run([sys.executable, __file__, str(args.data), "--floor-only", str(n)],
                                 capture_output=True, text=True, check=True).stdout
            floors[n] = json.loads(out.strip().splitlines()[-1])
            for r in results:
                if r["articles"] == n:
                    r["cpu_over_floor"] = round(r["analyze_cpu_s"] / floors[n]["cpu_s"], 2)
            print(json.dumps(floors[n]), file=sys.stderr)
    base = {r["articles"]: r["analyze_wall_s"] for r in results if r["workers"] == 1 and r["executor"] != "ray"}
    for r in results:
        if r["articles"] in base and (r["workers"] > 1 or r["executor"] == "ray"):
            r["wall_vs_1_worker"] = round(r["analyze_wall_s"] / base[r["articles"]], 3)
    print(json.dumps({"benchmark": "pipeline_speed", "runs": results, "floor": floors}))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--floor-only":
        print(json.dumps(floor(Path(sys.argv[1]), int(sys.argv[3]))))
    else:
        main()

"""Lineage throughput and peak memory, against plain datasketch MinHashLSH.

Usage: python benchmarks/lineage_speed.py /work/shared/data/ecbplus/articles.jsonl
           [--lsh-sizes 10000,30000,100000] [--detector-sizes 2000,10000] [--peer-sizes 10000,30000]
           [--stage-sizes 2000] [--executor local pool ray] [--workers 1 2]

Corpus: real ECB+ sentences remixed into articles of 8-20 sentences with ~3% random word
edits, plus 10% of articles that are perturbed copies of another (reprints with word edits
and a cut). This keeps the share of copies constant as the corpus grows, so the cost
curve shows the algorithm, not a corpus whose copy families grow with its size.
Each measurement runs in a fresh process pinned to 2 CPUs (where possible): seconds,
articles/s and peak RSS (ru_maxrss) of that process, corpus building excluded.
* lsh: storyline's candidate stage (numpy MinHash, then the LSH band buckets grouped per band,
  and datasketch MinHashLSH insert/query on the same signatures: the same pairs, both timed);
* peer: datasketch MinHash with MinHash.update per shingle, MinHashLSH insert + query, on
  the same word 5-gram shingles and the same threshold/num_perm;
* detector: the full LineageDetector.detect (candidates incl. embedding neighbours,
  verification, direction, drift; it encodes every sentence and parses the articles whose drift
  needs names, as the enrichment would);
* stages: lineage as the pipeline runs it (``storyline.lineage.stages.run_lineage``), the
  sentence vectors given as the enrichment gives them (encoding not timed) and no entity mentions
  (the parse is the enrichment's cost), the feature and verification maps on ``--executor`` with
  each of ``--workers``; seconds per stage, and a hash of the edges to show every executor
  agrees. A ray run's time includes starting its local cluster.
Last line: one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import time


def make_corpus(path: str, n: int, seed: int = 11) -> list[str]:
    from storyline.text import sentences

    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    pool = [s for r in rows for s in sentences(r["text"]) if len(s.split()) >= 5]
    vocab = sorted({w for s in pool[:3000] for w in s.split() if w.isalpha() and w.islower()})
    rng = random.Random(seed)

    def perturb(text: str, rate: float) -> str:
        toks = text.split(" ")
        for k in range(len(toks)):
            if rng.random() < rate:
                toks[k] = rng.choice(vocab)
        return " ".join(toks)

    out: list[str] = []
    for _ in range(n):
        if out and rng.random() < 0.1:
            src = rng.choice(out).split("\n")
            keep = src[: max(4, int(len(src) * rng.uniform(0.7, 1.0)))]
            out.append(perturb("\n".join(keep), 0.02))
        else:
            k = rng.randint(8, 20)
            out.append(perturb("\n".join(rng.choice(pool) for _ in range(k)), 0.03))
    return out


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))[:2]
        os.sched_setaffinity(0, cpus)


def _run(kind: str, path: str, n: int, q: mp.Queue, executor: str = "local", workers: int = 1) -> None:
    _pin()
    texts = make_corpus(path, n)
    from storyline.options import Options

    opt = Options().lineage
    extra: dict = {}
    t0 = time.perf_counter()
    if kind == "lsh":
        from storyline.lineage import candidates as cand
        from storyline.lineage.prepare import fast_words, shingle_hashes

        shingles = [shingle_hashes(fast_words(t), opt.shingle_size) for t in texts]
        t1 = time.perf_counter()
        sigs = cand.minhash_signatures(shingles, opt.num_perm)
        t2 = time.perf_counter()
        pairs = cand.banded_lsh_pairs(sigs, opt.lsh_threshold)
        t3 = time.perf_counter()
        same = cand.lsh_pairs(sigs, opt.lsh_threshold) == pairs
        extra = {"pairs": len(pairs), "shingle_s": round(t1 - t0, 2), "minhash_s": round(t2 - t1, 2),
                 "band_buckets_s": round(t3 - t2, 2), "datasketch_lsh_s": round(time.perf_counter() - t3, 2),
                 "same_pairs_as_datasketch": same}
        t0 += time.perf_counter() - t3  # the datasketch check is not part of storyline's cost
    elif kind == "peer":
        from datasketch import MinHash, MinHashLSH

        from storyline.text import shingles as text_shingles

        lsh = MinHashLSH(threshold=opt.lsh_threshold, num_perm=opt.num_perm)
        sketches = []
        for i, t in enumerate(texts):
            m = MinHash(num_perm=opt.num_perm)
            for s in text_shingles(t, opt.shingle_size):
                m.update(s.encode("utf-8"))
            sketches.append(m)
            lsh.insert(i, m)
        pairs = set()
        for i, m in enumerate(sketches):
            for j in lsh.query(m):
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
        extra = {"pairs": len(pairs)}
    elif kind == "stages":
        import hashlib

        from storyline.executors import make_executor
        from storyline.lineage import stages
        from storyline.model import Article
        from storyline.options import Options as Opts
        from storyline.resources import embedder
        from storyline.text import sentence_spans

        options = Opts(executor=executor, workers=workers)
        arts = [Article(id=f"a{i:06d}", source="bench", text=t, language="en") for i, t in enumerate(texts)]
        sents = {a.id: [a.text[s:e] for s, e in sentence_spans(a.text)] for a in arts}
        flat = list(dict.fromkeys(x for v in sents.values() for x in v))
        vecs = dict(zip(flat, embedder().encode(flat)))
        items = [stages.LineageItem(a, {x: vecs[x] for x in sents[a.id]}, None, []) for a in arts]
        t0 = time.perf_counter()
        ex = make_executor(options)
        try:
            result = stages.run_lineage(items, options, ex)
        finally:
            ex.close()
        edges = json.dumps([e.to_report() for e in result.edges], sort_keys=True)
        extra = {"executor": executor, "workers": workers, "edges": len(result.edges),
                 "candidates": result.candidates, "blocks": result.blocks,
                 "stage_seconds": {k: round(v, 2) for k, v in result.seconds.items()},
                 "edges_sha": hashlib.sha256(edges.encode()).hexdigest()[:16],
                 "load_average": [round(x, 2) for x in os.getloadavg()]}
    else:
        from storyline.lineage import LineageDetector
        from storyline.model import Article
        from storyline.options import Options as Opts

        det = LineageDetector(Opts())
        det.setup()
        t0 = time.perf_counter()  # model loading is not per-article cost
        arts = [Article(id=f"a{i:06d}", source="bench", text=t, language="en") for i, t in enumerate(texts)]
        edges = det.detect(arts)
        extra = {"edges": len(edges)}
    secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    q.put({"kind": kind, "n": n, "seconds": round(secs, 2), "articles_per_s": round(n / secs, 1),
           "peak_rss_mb": round(peak_mb, 1), **extra})


def measure(kind: str, path: str, n: int, executor: str = "local", workers: int = 1) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_run, args=(kind, path, n, q, executor, workers))
    p.start()
    result = q.get()
    p.join()
    print(json.dumps(result), file=sys.stderr, flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--lsh-sizes", default="10000,30000,100000")
    ap.add_argument("--peer-sizes", default="10000,30000")
    ap.add_argument("--detector-sizes", default="2000,10000")
    ap.add_argument("--stage-sizes", default="", help="sizes for the staged lineage (the pipeline's path)")
    ap.add_argument("--executor", nargs="+", default=["local"], choices=["local", "pool", "ray"])
    ap.add_argument("--workers", type=int, nargs="+", default=[1])
    args = ap.parse_args()
    sizes = lambda s: [int(x) for x in s.split(",") if x]  # noqa: E731
    results = []
    for n in sizes(args.lsh_sizes):
        results.append(measure("lsh", args.path, n))
    for n in sizes(args.peer_sizes):
        results.append(measure("peer", args.path, n))
    for n in sizes(args.detector_sizes):
        results.append(measure("detector", args.path, n))
    for n in sizes(args.stage_sizes):
        for ex in args.executor:
            for w in args.workers if ex != "local" else [1]:
                results.append(measure("stages", args.path, n, ex, w))
    print(json.dumps({"cpus": 2, "results": results}))


if __name__ == "__main__":
    main()

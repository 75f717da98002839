"""Main-text extraction benchmark on ScrapingHub's article-extraction-benchmark pages.

    python benchmarks/extraction.py ../shared/data/article_extraction

Metric (the upstream evaluate.py): per page, word 4-gram shingles (multisets, tokens
``\\w+``) of prediction and truth give tp/fp/fn, normalised by their sum; precision and
recall are averaged over pages (pages with tp+fp = 0, resp. tp+fn = 0, are skipped), and
F1 is computed from the two means. Compared in one process:

- ``storyline_html``: our HTML path (trafilatura + htmldate + fallback to the text cleaner)
- ``storyline_text``: the whole page rendered to plain text, then our boilerplate cleaner
- ``trafilatura``: ``trafilatura.extract`` with default settings (peer baseline)
- ``page_text``: the whole page text without cleaning (floor)
- ``justext``: jusText with the English stop list, when installed (peer baseline)

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    p = statistics.mean(_precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(_recall(*x) for x in rows if x[0] + x[2] > 0)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted by id)")
    ap.add_argument("--worst", type=int, default=0, help="print the N worst pages per method")
    args = ap.parse_args()
    truth_path = args.data_dir / "ground-truth.json"
    if not truth_path.exists():
        print(json.dumps({"skipped": f"{truth_path} not found"}))
        return

    import trafilatura

    from storyline.clean.boilerplate import clean_text
    from storyline.ingest.decode import decode_bytes
    from storyline.ingest.html import extract_html, page_text

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)
    if args.limit:
        ids = ids[: args.limit]
    methods = {
        "storyline_html": lambda html, url: extract_html(html, url).text,
        "storyline_text": lambda html, url: clean_text(page_text(html)).text,
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
        "page_text": lambda html, url: page_text(html),
    }
    try:
        import justext

        stop = justext.get_stoplist("English")
        methods["justext"] = lambda html, url: "\n".join(
            p.text for p in justext.justext(html.encode("utf-8"), stop) if not p.is_boilerplate
        )
    except ImportError:  # optional peer baseline
        pass
    rows: dict[str, list[tuple[float, float, float]]] = {m: [] for m in methods}
    seconds: dict[str, float] = {m: 0.0 for m in methods}
    per_page: dict[str, list[tuple[float, str]]] = {m: [] for m in methods}
    for pid in ids:
        raw = gzip.decompress((args.data_dir / "html" / f"{pid}.html.gz").read_bytes())
        html, _ = decode_bytes(raw)
        url = truth[pid].get("url")
        gold = truth[pid].get("articleBody", "")
        for name, fn in methods.items():
            t0 = time.perf_counter()
            pred = fn(html, url)
            seconds[name] += time.perf_counter() - t0
            row = tp_fp_fn(gold, pred)
            rows[name].append(row)
            per_page[name].append((row[0], pid))
    out = {"pages": len(ids)}
    for name in methods:
        out[name] = metrics(rows[name]) | {"ms_per_page": round(1000 * seconds[name] / len(ids), 1)}
    out["published_f1"] = {"trafilatura_2.0": 0.958, "newspaper4k": 0.949, "readability-lxml": 0.922,
                           "justext": 0.804, "page_text": 0.665}
    if args.worst:
        for name in methods:
            worst = sorted(per_page[name])[: args.worst]
            print(name, "worst:", [(round(s, 2), pid[:12]) for s, pid in worst], file=sys.stderr)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Reprints among real ECB+ articles: shared text must end in one lineage family.

Usage: python benchmarks/ecbplus_reprints.py /work/shared/data/ecbplus/articles.jsonl

Detection runs over ALL articles at once (not per story). Among same-story pairs:
* pairs sharing >= 50% of word 5-grams (of the shorter text) must share a family (recall);
* pairs sharing < 10% must not be linked unless one rewrote the other: the linked ones are
  printed for inspection (rate reported).
Last line: one JSON object with the figures.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections import defaultdict

from storyline.lineage import LineageDetector, family_of
from storyline.model import Article
from storyline.options import Options
from storyline.text import ngram_overlap


def main(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    articles = [Article(id=r["id"], source=path, text=r["text"], language="en") for r in rows]
    story = {r["id"]: r["story"] for r in rows}
    t0 = time.perf_counter()
    det = LineageDetector(Options())
    det.setup()
    edges = det.detect(articles)
    elapsed = time.perf_counter() - t0
    fam = family_of([a.id for a in articles], edges)
    linked = {(e.origin, e.derived) for e in edges} | {(e.derived, e.origin) for e in edges}
    text = {a.id: a.text for a in articles}
    by_story: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r["id"])
    high = high_ok = low = low_linked = mid = 0
    low_pairs = []
    for ids in by_story.values():
        for x, y in itertools.combinations(sorted(ids), 2):
            ov = ngram_overlap(text[x], text[y], 5)
            if ov >= 0.5:
                high += 1
                high_ok += fam[x] == fam[y]
                if fam[x] != fam[y]:
                    print(f"MISSED reprint {x} {y} overlap={ov:.2f}", file=sys.stderr)
            elif ov < 0.1:
                low += 1
                if (x, y) in linked:
                    low_linked += 1
                    low_pairs.append((x, y, ov))
            else:
                mid += 1
    by_pair = {(e.origin, e.derived): e for e in edges}
    for x, y, ov in low_pairs:
        e = by_pair.get((x, y)) or by_pair.get((y, x))
        print(f"\nLINKED low-overlap pair {x} {y} overlap={ov:.3f} kind={e.kind} score={e.score}")
        for i, j, s in e.aligned[:6]:
            o = det_sentence(articles, e.origin, i)
            d = det_sentence(articles, e.derived, j)
            print(f"  {s:.2f}  O: {o[:140]}\n        D: {d[:140]}")
    cross = sum(1 for e in edges if story[e.origin] != story[e.derived])
    kinds = defaultdict(int)
    for e in edges:
        kinds[e.kind] += 1
    figures = {
        "articles": len(articles),
        "edges": len(edges),
        "edge_kinds": dict(kinds),
        "cross_story_edges": cross,
        "reprint_pairs": high,
        "reprint_recall": round(high_ok / high, 4) if high else None,
        "low_overlap_pairs": low,
        "low_overlap_linked": low_linked,
        "low_overlap_linked_rate": round(low_linked / low, 4) if low else None,
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(figures))


def det_sentence(articles: list[Article], aid: str, k: int) -> str:
    from storyline.text import sentences

    art = next(a for a in articles if a.id == aid)
    return sentences(art.text)[k]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

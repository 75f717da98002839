"""Quote (attribution content) and speaker extraction on PolNeAR.

Usage: python benchmarks/quotes_polnear.py /work/shared/data/polnear [--splits dev,train] [--limit N]
       [--sample N --offset K --seed S] [--errors errors.jsonl]

``--sample`` evaluates a random slice of each split (shuffled with ``--seed``, texts
``offset .. offset+N``), so rules can be tuned on one train slice and checked on another:
seed 7, offset 0, 250 texts is slice "A" and offset 250, 200 texts slice "B" in the notes.
``--errors`` writes one JSON line per speaker error (a prediction whose speaker misses the
gold Source, or a gold Content with a Source that no prediction attributes rightly).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions in brat standoff:
``Source`` (speaker), ``Cue`` and ``Content`` spans tied by ``Attribution`` events. Content
includes indirect speech. Some texts were annotated by several annotators (one ``.ann``
per annotator); the lexically first annotation of each text is used as gold.

Figures (per split):
- content overlap P/R/F1: a predicted quote is correct when it overlaps a gold Content
  fragment; a gold Content is found when some prediction overlaps it.
- content exact P/R/F1: the same with equal boundaries after trimming whitespace, quote
  marks and final punctuation (against the whole gold span or one of its fragments).
- speaker P/R/F1: a prediction with a speaker span is correct when the gold Content it
  overlaps most has a Source overlapping that speaker span; recall is over gold Contents
  that have a Source.
- direct quotes: the gold direct quotes are the Contents holding a quotation mark; a
  predicted quote of kind ``direct`` or ``partial`` (words in quotation marks) is correct when
  it overlaps one (precision), a gold direct quote is found when such a prediction overlaps
  it (recall), and speaker accuracy is the share of found gold direct quotes with a Source
  whose best-overlapping prediction names a speaker span overlapping that Source.
Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from storyline.extract import Extractor
from storyline.model import Article
from storyline.options import Options

Frag = tuple[int, int]


@dataclass(slots=True)
class Gold:
    content: list[Frag]
    source: list[Frag] | None


def _frags(spec: str) -> list[Frag]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[Frag]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, spec = cols[1].partition(" ")
            spans[cols[0]] = (label, _frags(spec))
        elif line.startswith("E") and len(cols) >= 2:
            roles = dict(part.split(":", 1) for part in cols[1].split())
            events.append(roles)
    gold = []
    for ev in events:
        cid = ev.get("Content")
        if cid is None or cid not in spans:
            continue
        sid = ev.get("Source")
        gold.append(Gold(spans[cid][1], spans[sid][1] if sid in spans else None))
    return gold


def load_split(root: Path, split: str) -> list[tuple[str, str, list[Gold]]]:
    texts = {p.stem: p for p in (root / split / "text").glob("*.txt")}
    anns: dict[str, Path] = {}
    for p in sorted((root / split / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", p.stem)
        anns.setdefault(stem, p)  # first annotator of each text
    out = []
    for stem in sorted(texts):
        if stem in anns:
            out.append((stem, texts[stem].read_text(encoding="utf-8"), read_ann(anns[stem])))
    return out


# Double quotation marks of every style (single ones are mostly apostrophes in this corpus).
_MARKS = re.compile(r"[\"“”«»„‟]|``|''")

_TRIM = " \t\n\"'“”‘’«».,;:!?"


def _norm(text: str, s: int, e: int) -> Frag:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlap(a: Frag, b: Frag) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "n_pred": n_p, "n_gold": n_r}


def _snippet(text: str, s: int, e: int, width: int = 200) -> str:
    return text[s:e][:width]


def evaluate(docs: list[tuple[str, str, list[Gold]]], extractor: Extractor, direct_only: bool = False,
             errors: list[dict] | None = None) -> dict:
    arts = [Article(id=stem, source=stem, text=text, language="en", published=None) for stem, text, _ in docs]
    t0 = time.perf_counter()
    results = extractor.extract_many(arts)
    elapsed = time.perf_counter() - t0
    c = defaultdict(int)
    for (stem, text, gold), x in zip(docs, results):
        preds = [q for q in x.quotes if q.direct or not direct_only]
        gold_whole = [(g.content[0][0], g.content[-1][1]) for g in gold]
        gold_norm = [{_norm(text, *g_w)} | {_norm(text, *f) for f in g.content} for g, g_w in zip(gold, gold_whole)]
        found_over = [False] * len(gold)
        found_exact = [False] * len(gold)
        found_spk = [False] * len(gold)
        for q in preds:
            span = (q.start, q.end)
            ov = [max((_overlap(span, f) for f in g.content), default=0) for g in gold]
            c["pred"] += 1
            if any(ov):
                c["pred_over"] += 1
            for i, o in enumerate(ov):
                if o:
                    found_over[i] = True
            ns = _norm(text, *span)
            ex = [i for i, gn in enumerate(gold_norm) if ns in gn]
            if ex:
                c["pred_exact"] += 1
                for i in ex:
                    found_exact[i] = True
            if q.speaker_span is not None:
                c["pred_spk"] += 1
                ok = False
                g = None
                if any(ov):
                    best = max(range(len(gold)), key=lambda i: ov[i])
                    g = gold[best]
                    if g.source and any(_overlap(q.speaker_span, f) for f in g.source):
                        c["pred_spk_ok"] += 1
                        found_spk[best] = True
                        ok = True
                if errors is not None and not ok:
                    kind = ("no_gold_content" if g is None
                            else "gold_without_source" if not g.source else "wrong_speaker")
                    errors.append({"doc": stem, "kind": kind, "quote": _snippet(text, *span), "direct": q.direct,
                                   "cue": q.cue, "speaker": _snippet(text, *q.speaker_span),
                                   "gold_content": _snippet(text, g.content[0][0], g.content[-1][1]) if g else None,
                                   "gold_source": [_snippet(text, *f) for f in g.source] if g and g.source else None})
        if errors is not None:
            for i, g in enumerate(gold):
                if g.source and not found_spk[i]:
                    errors.append({"doc": stem, "kind": "missed_with_content" if found_over[i] else "missed_content",
                                   "gold_content": _snippet(text, g.content[0][0], g.content[-1][1]),
                                   "gold_source": [_snippet(text, *f) for f in g.source]})
        _direct_counts(text, gold, x.quotes, c)
        c["gold"] += len(gold)
        c["gold_src"] += sum(1 for g in gold if g.source)
        c["gold_over"] += sum(found_over)
        c["gold_exact"] += sum(found_exact)
        c["gold_spk"] += sum(found_spk)
    return {
        "docs": len(docs),
        "content_overlap": _prf(c["pred_over"], c["pred"], c["gold_over"], c["gold"]),
        "content_exact": _prf(c["pred_exact"], c["pred"], c["gold_exact"], c["gold"]),
        "speaker": _prf(c["pred_spk_ok"], c["pred_spk"], c["gold_spk"], c["gold_src"]),
        "direct": {**_prf(c["d_pred_ok"], c["d_pred"], c["d_gold_found"], c["d_gold"]),
                   "speaker_accuracy": round(c["d_spk_ok"] / c["d_spk"], 4) if c["d_spk"] else 0.0,
                   "n_speaker": c["d_spk"]},
        "seconds": round(elapsed, 2),
    }


def _direct_counts(text: str, gold: list[Gold], quotes: list, c: defaultdict) -> None:
    """Direct-quote figures: gold Contents holding a quotation mark against predicted quotes
    of kind direct or partial."""
    gold_d = [g for g in gold if any(_MARKS.search(text[s:e]) for s, e in g.content)]
    preds = [q for q in quotes if getattr(q, "kind", "direct" if q.direct else "indirect") in ("direct", "partial")]
    c["d_gold"] += len(gold_d)
    c["d_pred"] += len(preds)
    for q in preds:
        if any(_overlap((q.start, q.end), f) for g in gold_d for f in g.content):
            c["d_pred_ok"] += 1
    for g in gold_d:
        ov = [(max((_overlap((q.start, q.end), f) for f in g.content), default=0), q) for q in preds]
        ov = [(o, q) for o, q in ov if o]
        if not ov:
            continue
        c["d_gold_found"] += 1
        if g.source:
            c["d_spk"] += 1
            best = max(ov, key=lambda x: x[0])[1]
            if best.speaker_span is not None and any(_overlap(best.speaker_span, f) for f in g.source):
                c["d_spk_ok"] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--splits", default="dev,train")
    ap.add_argument("--limit", type=int, default=0, help="first N texts per split (0 = all)")
    ap.add_argument("--sample", type=int, default=0, help="a random slice of N texts per split (0 = all)")
    ap.add_argument("--offset", type=int, default=0, help="where the random slice starts in the shuffled split")
    ap.add_argument("--seed", type=int, default=7, help="shuffle seed for --sample")
    ap.add_argument("--errors", type=Path, default=None, help="write speaker errors as JSON lines here")
    args = ap.parse_args()
    if not (args.data / "dev").is_dir():
        print(json.dumps({"skipped": f"no PolNeAR data at {args.data}"}))
        sys.exit(0)
    extractor = Extractor(Options())
    extractor.setup()
    out: dict[str, dict] = {}
    for split in args.splits.split(","):
        docs = load_split(args.data, split)
        if args.sample:
            random.Random(args.seed).shuffle(docs)
            docs = docs[args.offset : args.offset + args.sample]
        if args.limit:
            docs = docs[: args.limit]
        errors: list[dict] | None = [] if args.errors else None
        out[split] = evaluate(docs, extractor, errors=errors)
        if args.errors and errors is not None:
            path = args.errors
            if "," in args.splits:  # one file per split: errors.dev.jsonl, errors.train.jsonl
                path = path.with_name(f"{path.stem}.{split}{path.suffix}")
            path.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
        print(split, json.dumps(out[split]), file=sys.stderr)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Date mentions against TempEval-3 TBAQ (TimeBank + AQUAINT) gold TIMEX3 type=DATE.

Usage: python benchmarks/dates_tempeval.py /work/shared/data/tempeval3_tbaq

Each document's creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is
given to the extractor as the publication date. Figures per part:
- extent strict P/R/F1: predicted span equal to a gold DATE span;
- extent relaxed P/R/F1: predicted span overlapping a gold DATE span;
- value accuracy: over gold DATEs matched (relaxed) by a prediction, the share whose
  predicted value equals the gold value (gold time-of-day suffixes such as "TMO" are
  dropped; our week/quarter/decade values are written the TimeML way for the comparison);
  also given over all gold DATEs (unmatched counted wrong).
Gold DATE values we cannot express (PRESENT_REF, PAST_REF, FUTURE_REF, seasons, "XXXX")
still count in recall and in the all-gold accuracy.
Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
from pathlib import Path

from storyline.extract import Extractor
from storyline.model import Article, DateMention
from storyline.options import Options

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path) -> tuple[str, str | None, list[tuple[int, int, str]]]:
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(0)))
        dct = attrs.get("value", "")[:10] or None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    src = body.group(1) if body else ""
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[tuple[int, int, str]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for t in _TAG.finditer(src):
        chunk = html.unescape(src[pos : t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name, rest = t.group(1), t.group(2), t.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(rest)))
        elif open_timex is not None:
            start, attrs = open_timex
            if attrs.get("type") == "DATE":
                gold.append((start, length, attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(src[pos:]))
    return "".join(out), dct, gold


def timeml_value(d: DateMention) -> str | None:
    if d.value is None:
        return None
    v = d.value
    if d.granularity == "decade":
        return v[:3]
    if d.granularity == "quarter":
        y, m = v.split("-")[:2]
        return f"{y}-Q{(int(m) - 1) // 3 + 1}"
    if d.granularity == "week":
        day = dt.date.fromisoformat(v)
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    return v


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(files: list[Path], extractor: Extractor) -> dict:
    docs = [parse_tml(p) for p in files]
    arts = [Article(id=p.stem, source=str(p), text=t, published=dct, language="en") for p, (t, dct, _) in zip(files, docs)]
    t0 = time.perf_counter()
    xs = extractor.extract_many(arts)
    secs = time.perf_counter() - t0
    n_pred = n_gold = strict_p = strict_r = rel_p = rel_r = matched = correct = 0
    for (text, _dct, gold), x in zip(docs, xs):
        preds = x.dates
        n_pred += len(preds)
        n_gold += len(gold)
        for d in preds:
            strict_p += any(d.start == s and d.end == e for s, e, _ in gold)
            rel_p += any(d.start < e and s < d.end for s, e, _ in gold)
        for s, e, value in gold:
            strict_r += any(d.start == s and d.end == e for d in preds)
            over = [d for d in preds if d.start < e and s < d.end]
            if over:
                rel_r += 1
                matched += 1
                best = max(over, key=lambda d: min(e, d.end) - max(s, d.start))
                correct += timeml_value(best) == value.split("T")[0]
    return {
        "docs": len(files),
        "gold_dates": n_gold,
        "predicted": n_pred,
        "extent_strict": _prf(strict_p, n_pred, strict_r, n_gold),
        "extent_relaxed": _prf(rel_p, n_pred, rel_r, n_gold),
        "value_accuracy_matched": round(correct / matched, 4) if matched else 0.0,
        "matched_gold": matched,
        "value_accuracy_all_gold": round(correct / n_gold, 4) if n_gold else 0.0,
        "seconds": round(secs, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    base = args.data / "TBAQ-cleaned"
    if not base.is_dir():
        print(json.dumps({"skipped": f"no TempEval-3 data at {base}"}))
        sys.exit(0)
    extractor = Extractor(Options())
    extractor.setup()
    out = {}
    for part in ("TimeBank", "AQUAINT"):
        files = sorted((base / part).glob("*.tml"))
        out[part] = evaluate(files, extractor)
        print(part, json.dumps(out[part]), file=sys.stderr)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Ingest speed: articles per second for reading + cleaning + metadata (no store).

    python benchmarks/ingest_speed.py ../shared/data/ecbplus [--n 10000] [--repeat 3]

Real ECB+ records are replicated and perturbed (a record number added to the text, the
sentence order rotated) into 10k articles, written to a temporary JSON Lines dump and to
a temporary folder of ``.txt`` pages wrapped in typical page clutter (navigation, share
bar, related teasers, footer) so that the text path runs the cleaner on every page.
Prints the median articles/s (wall clock and per CPU second) of ``--repeat`` runs, one
process, one core; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

CLUTTER_HEAD = "Skip to content\nHome | News | World | Business | Sport\nShare this article\nFacebook Twitter Email\n"
CLUTTER_TAIL = ("Related stories\nMarkets rally as rates hold\nStorm warning issued for coast\n"
                "Sign up for our daily newsletter\n© 2024 Example News. All rights reserved.\n")


def _perturbed(records: list[dict], n: int) -> list[dict]:
    out = []
    for i in range(n):
        rec = records[i % len(records)]
        lines = rec["text"].split("\n")
        k = (i // len(records)) % max(1, len(lines))
        body = lines[:1] + lines[1:][k:] + lines[1:][:k] if len(lines) > 2 else lines
        out.append({"id": f"{rec['id']}-{i}", "text": "\n".join(body) + f"\nThis is copy number {i}."})
    return out


def _run(paths: list[str]) -> tuple[int, int, float, float]:
    from storyline.ingest import iter_inputs
    from storyline.model import Article
    from storyline.options import IngestOptions

    t0, c0 = time.perf_counter(), time.process_time()
    ok = bad = 0
    for item in iter_inputs(paths, IngestOptions()):
        if isinstance(item, Article):
            ok += 1
        else:
            bad += 1
    return ok, bad, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", type=Path, help="folder holding articles.jsonl (ECB+)")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    src = args.data_dir / "articles.jsonl" if args.data_dir.is_dir() else args.data_dir
    if not src.exists():
        print(json.dumps({"skipped": f"{src} not found"}))
        return
    records = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    data = _perturbed(records, args.n)
    out: dict[str, object] = {"articles": args.n, "repeat": args.repeat}
    with tempfile.TemporaryDirectory(prefix="storyline-ingest-bench-") as tmp:
        dump = Path(tmp) / "dump.jsonl"
        dump.write_text("".join(json.dumps(r) + "\n" for r in data), encoding="utf-8")
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for r in data:
            (pages / f"{r['id']}.txt").write_text(CLUTTER_HEAD + r["text"] + "\n" + CLUTTER_TAIL, encoding="utf-8")
        _run([str(dump)])  # warm-up: imports and the language model load
        for name, path in (("jsonl", dump), ("txt_folder", pages)):
            rates, cpu_rates, counts = [], [], None
            for _ in range(args.repeat):
                ok, bad, secs, cpu = _run([str(path)])
                rates.append(ok / secs)
                cpu_rates.append(ok / cpu)
                counts = {"articles": ok, "rejected": bad}
            # Wall-clock rates suffer when the machine is shared; CPU-time rates do not.
            out[name] = {"articles_per_s_median": round(statistics.median(rates), 1),
                         "articles_per_cpu_s_median": round(statistics.median(cpu_rates), 1),
                         "runs": [round(r, 1) for r in rates], **(counts or {})}
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Conflict precision on real news: every conflict Storyline reports over all of ECB+, judged by a reader.

Usage:
    storyline analyze /work/shared/data/ecbplus/articles.jsonl --out ecb.json      # minutes
    python benchmarks/conflicts_ecbplus.py ecb.json                       # list the conflicts to judge
    python benchmarks/conflicts_ecbplus.py ecb.json --judged benchmarks/judged_conflicts.md

Each conflict is printed with a stable key (kind, the values, the record ids of its articles), its
subject and every statement. A reader judges each one by the rule written at the top of
``judged_conflicts.md`` and records ``genuine`` or ``not genuine`` on the conflict's line there. With
``--judged`` the script matches the report's conflicts to those lines and prints the precision;
conflicts not yet judged are listed as such, so a changed pipeline cannot pass on stale judgements.

Prints one JSON object on the last line: {"conflicts", "judged", "genuine", "precision", "unjudged",
"by_kind"}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path


def conflict_key(conflict: dict, record: dict[str, str]) -> str:
    """Kind, values and record ids: the same disagreement keeps its key across runs."""
    values = sorted({re.sub(r"\s+", " ", str(s.get("value", ""))).strip() for s in conflict["statements"]})
    ids = sorted({record.get(s["article_id"], s["article_id"][:10]) for s in conflict["statements"]})
    return f"{conflict['kind']}|{' / '.join(values)}|{','.join(ids)}"


def read_judged(path: Path) -> dict[str, bool]:
    """Lines "| key | genuine | ..." or "| key | not genuine | ..." of the judged list."""
    out: dict[str, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        # The key holds "|" itself, so it is quoted in backticks.
        m = re.match(r"^\|\s*`(.+?)`\s*\|\s*(genuine|not genuine)\s*\|", line)
        if m:
            out[m.group(1)] = m.group(2) == "genuine"
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", help="report JSON of `storyline analyze` over ECB+")
    ap.add_argument("--judged", help="the judged list (benchmarks/judged_conflicts.md)")
    args = ap.parse_args(argv)
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    record = {a["id"]: str(a.get("external_id") or a["id"][:10]) for a in report["articles"]}
    judged = read_judged(Path(args.judged)) if args.judged else {}
    rows = []
    for story in report["stories"]:
        for c in story.get("conflicts", []):
            key = conflict_key(c, record)
            rows.append((key, story["id"], c))
    genuine = judged_n = 0
    unjudged = []
    by_kind: Counter[str] = Counter()
    for key, sid, c in rows:
        by_kind[c["kind"]] += 1
        verdict = judged.get(key)
        if verdict is None:
            unjudged.append(key)
        else:
            judged_n += 1
            genuine += verdict
        print(f"\n[{'unjudged' if verdict is None else ('genuine' if verdict else 'NOT genuine')}] `{key}`")
        print(f"  story {sid}: {c['kind']}: {c['about']}")
        for s in c["statements"]:
            print(f"   - {record.get(s['article_id'])} [{s.get('value')}]: {s['text'][:300]}")
    print(json.dumps({
        "conflicts": len(rows), "judged": judged_n, "genuine": genuine,
        "precision": round(genuine / judged_n, 3) if judged_n else None,
        "unjudged": len(unjudged), "by_kind": dict(by_kind),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])

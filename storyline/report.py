"""The report: Storyline's public output format, and its validation.

The shape is fixed by ``storyline/schema/report.schema.json``; fields are only ever added.
Validation checks the schema and what a schema cannot say: every article id refers to an
article of the report and every span lies inside that article's text.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.model import Article, Rejected

REPORT_VERSION = 1


class ReportError(ValueError):
    pass


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("storyline").joinpath("schema/report.schema.json").read_text("utf-8"))


def build_report(
    articles: list[Article],
    stories: list[dict[str, Any]],
    families: list[list[str]] | None = None,
    rejected: list[Rejected] | None = None,
    merged: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    family_of = {a: fam[0] for fam in (families or []) for a in fam}
    out_articles = []
    for a in articles:
        item = a.to_report()
        if a.id in family_of:
            item["family"] = family_of[a.id]
        out_articles.append(item)
    return {
        "version": REPORT_VERSION,
        "storyline_version": __version__,
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rejected": [{"source": r.source, "reason": r.reason} for r in (rejected or [])],
        "merged": [{k: m[k] for k in ("source", "article_id", "reason")} for m in (merged or [])],
        "families": [list(f) for f in (families or []) if len(f) > 1],
        "articles": out_articles,
        "stories": stories,
    }


def validate_report(report: dict[str, Any]) -> None:
    """Raise ReportError naming the first problem found."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        raise ReportError(f"report does not match the schema at {where}: {err.message}")
    texts = {a["id"]: a["text"] for a in report["articles"]}
    if len(texts) != len(report["articles"]):
        raise ReportError("report lists an article id twice")
    for s in report["stories"]:
        sid = s["id"]
        for aid in s["article_ids"]:
            if aid not in texts:
                raise ReportError(f"story {sid} names unknown article {aid}")
        for field, item in _cited(s):
            for aid in item.get("article_ids", []):
                if aid not in texts:
                    raise ReportError(f"story {sid} {field} cites unknown article {aid}")
            for span in _spans(field, item):
                aid = span["article_id"]
                if aid not in texts:
                    raise ReportError(f"story {sid} {field} has a span in unknown article {aid}")
                if not 0 <= span["start"] <= span["end"] <= len(texts[aid]):
                    raise ReportError(
                        f"story {sid} {field} span {span['start']}-{span['end']} is outside article {aid}"
                    )


def _cited(story: dict[str, Any]):
    for field in ("entities", "quotes", "claims", "facts", "timeline", "cited_sources", "brief"):
        for item in story.get(field, []):
            yield field, item
    for c in story.get("conflicts", []):
        yield "conflicts", {"article_ids": [st["article_id"] for st in c["statements"]], **c}


def _spans(field: str, item: dict[str, Any]):
    if field == "quotes":
        yield from item.get("variants", [])
    else:
        yield from item.get("spans", [])
    if field == "conflicts":
        yield from (st for st in item["statements"] if "start" in st and "end" in st)


def _file_mode(path: Path) -> int:
    """The mode a plain ``open(path, "w")`` would give: the existing file's, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)  # the one portable way to read the umask; restored at once
        os.umask(mask)
        return 0o666 & ~mask


def write_report(report: dict[str, Any], path: str | Path) -> None:
    """Write atomically: a reader never sees half a report, a crash never leaves one."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent.resolve()))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600; a report is shared like any export
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

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
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from storyline import __version__
from storyline.model import Article, Rejected

REPORT_VERSION = 1


class ReportError(ValueError):
    pass


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("storyline").joinpath("schema/report.schema.json").read_text("utf-8"))


def report_head(
    families: list[list[str]] | None = None,
    rejected: list[Rejected] | None = None,
    merged: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The report's fields before its articles and stories, in the report's order."""
    return {
        "version": REPORT_VERSION,
        "storyline_version": __version__,
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rejected": [{"source": r.source, "reason": r.reason} for r in (rejected or [])],
        "merged": [{k: m[k] for k in ("source", "article_id", "reason")} for m in (merged or [])],
        "families": [list(f) for f in (families or []) if len(f) > 1],
    }


def article_items(articles: Iterable[Article], families: list[list[str]] | None = None) -> Iterator[dict[str, Any]]:
    """Each article as the report lists it (with its copy family's first member, if any)."""
    family_of = {a: fam[0] for fam in (families or []) for a in fam}
    for a in articles:
        item = a.to_report()
        if a.id in family_of:
            item["family"] = family_of[a.id]
        yield item


def build_report(
    articles: list[Article],
    stories: Iterable[dict[str, Any]],
    families: list[list[str]] | None = None,
    rejected: list[Rejected] | None = None,
    merged: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        **report_head(families, rejected, merged),
        "articles": list(article_items(articles, families)),
        "stories": stories if isinstance(stories, list) else list(stories),
    }


def write_report_stream(
    path: str | Path,
    articles: Iterable[Article],
    stories: Iterable[dict[str, Any]],
    families: list[list[str]] | None = None,
    rejected: list[Rejected] | None = None,
    merged: list[dict[str, Any]] | None = None,
) -> tuple[int, int]:
    """Write the report :func:`build_report` would make, byte for byte as :func:`write_report` writes
    it, an article and a story at a time: a corpus's report is never whole in memory. Each part is
    validated as it is written (the schema, then ids and spans against the articles written
    before it); a report that fails leaves no file. Returns the numbers of articles and stories."""
    head = report_head(families, rejected, merged)
    validate_report({**head, "articles": [], "stories": []})
    check_article, check_story = _item_check("articles"), _item_check("stories")
    lengths: dict[str, int] = {}
    counts = [0, 0]

    def write(fh: Any) -> None:
        fh.write("{")
        for key, value in head.items():
            fh.write(f"\n {json.dumps(key)}: {_indented(value, 1)},")
        fh.write('\n "articles": [')
        for n, item in enumerate(article_items(articles, families)):
            check_article(item, n)
            if item["id"] in lengths:
                raise ReportError("report lists an article id twice")
            lengths[item["id"]] = len(item["text"])
            fh.write(("," if n else "") + "\n  " + _indented(item, 2))
            counts[0] += 1
        fh.write("\n ]," if counts[0] else "],")
        fh.write('\n "stories": [')
        for n, story in enumerate(stories):
            check_story(story, n)
            _check_story_refs(story, lengths)
            fh.write(("," if n else "") + "\n  " + _indented(story, 2))
            counts[1] += 1
        fh.write("\n ]" if counts[1] else "]")
        fh.write("\n}")

    _atomic_write(path, write)
    return counts[0], counts[1]


def _indented(value: Any, level: int) -> str:
    """``value`` as ``json.dump(..., indent=1)`` writes it ``level`` levels deep in a document."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def _item_check(field: str) -> Any:
    """A check of one item of the report's ``field`` array against its schema (the fast predicates,
    and jsonschema's verdict and words where they do not vouch for the item)."""
    sub = schema()["properties"][field]["items"]
    try:
        fast = _compile(sub)
    except _Unsupported:
        fast = None

    def check(item: Any, n: int) -> None:
        if fast is not None and fast(item):
            return
        import jsonschema

        errors = sorted(jsonschema.Draft202012Validator(sub).iter_errors(item), key=lambda e: list(e.absolute_path))
        if errors:
            err = errors[0]
            where = "/".join([field, str(n), *(str(p) for p in err.absolute_path)])
            raise ReportError(f"report does not match the schema at {where}: {err.message}")

    return check


def validate_report(report: dict[str, Any]) -> None:
    """Raise ReportError naming the first problem found."""
    check = _fast_check()
    if check is None or not check(report):
        # jsonschema has the last word (and words the error); the fast check only vouches for a
        # report that is certainly valid.
        import jsonschema

        validator = jsonschema.Draft202012Validator(schema())
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
        if errors:
            err = errors[0]
            where = "/".join(str(p) for p in err.absolute_path) or "(root)"
            raise ReportError(f"report does not match the schema at {where}: {err.message}")
    lengths = {a["id"]: len(a["text"]) for a in report["articles"]}
    if len(lengths) != len(report["articles"]):
        raise ReportError("report lists an article id twice")
    for s in report["stories"]:
        _check_story_refs(s, lengths)


def _check_story_refs(s: dict[str, Any], lengths: dict[str, int]) -> None:
    """What the schema cannot say of a story: its ids are the report's articles, its spans inside them."""
    sid = s["id"]
    for aid in s["article_ids"]:
        if aid not in lengths:
            raise ReportError(f"story {sid} names unknown article {aid}")
    for field, item in _cited(s):
        for aid in item.get("article_ids", []):
            if aid not in lengths:
                raise ReportError(f"story {sid} {field} cites unknown article {aid}")
        for span in _spans(field, item):
            aid = span["article_id"]
            if aid not in lengths:
                raise ReportError(f"story {sid} {field} has a span in unknown article {aid}")
            if not 0 <= span["start"] <= span["end"] <= lengths[aid]:
                raise ReportError(
                    f"story {sid} {field} span {span['start']}-{span['end']} is outside article {aid}"
                )


# --- a compiled check of the schema's keywords ------------------------------------------------
#
# jsonschema walks a report node by node through its generic machinery: on a report of a few
# hundred articles that is most of the time spent writing it. The schema uses a handful of
# keywords, so it is compiled here into plain Python predicates with the same meaning. The
# check answers "certainly valid" or "not sure": any keyword it does not know makes it decline
# (None), and a report it does not vouch for goes to jsonschema, so it can never pass a report
# jsonschema would refuse. tests/test_report_check.py holds it to jsonschema's verdicts.

_ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$comment", "examples", "default"})


class _Unsupported(Exception):
    pass


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_TYPES: dict[str, Any] = {
    "string": lambda x: isinstance(x, str),
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
    "number": _is_number,
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "array": lambda x: isinstance(x, list),
    "object": lambda x: isinstance(x, dict),
}
_SCALARS = (str, int, float, bool, type(None))


def _same(x: Any, v: Any) -> bool:
    """Equal for enum/const, certainly: same scalar type and value (anything else: not sure)."""
    return type(x) is type(v) and isinstance(x, _SCALARS) and x == v


def _compile(node: Any) -> Any:
    import re

    if not isinstance(node, dict):
        raise _Unsupported(repr(node)[:40])
    checks: list[Any] = []
    for key, value in node.items():
        if key in _ANNOTATIONS or key in ("properties", "items"):
            continue
        if key == "type":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or any(n not in _TYPES for n in names):
                raise _Unsupported(f"type {value!r}")
            tests = [_TYPES[n] for n in names]
            checks.append(tests[0] if len(tests) == 1 else (lambda x, tests=tests: any(t(x) for t in tests)))
        elif key == "required":
            names = list(value)
            checks.append(lambda x, names=names: not isinstance(x, dict) or all(n in x for n in names))
        elif key in ("minimum", "maximum"):
            if not _is_number(value):
                raise _Unsupported(key)
            if key == "minimum":
                checks.append(lambda x, v=value: not _is_number(x) or x >= v)
            else:
                checks.append(lambda x, v=value: not _is_number(x) or x <= v)
        elif key == "minLength":
            checks.append(lambda x, n=int(value): not isinstance(x, str) or len(x) >= n)
        elif key == "minItems":
            checks.append(lambda x, n=int(value): not isinstance(x, list) or len(x) >= n)
        elif key == "pattern":
            rx = re.compile(value)
            checks.append(lambda x, rx=rx: not isinstance(x, str) or rx.search(x) is not None)
        elif key == "enum":
            options = list(value)
            checks.append(lambda x, options=options: any(_same(x, v) for v in options))
        elif key == "const":
            checks.append(lambda x, v=value: _same(x, v))
        else:
            raise _Unsupported(key)
    props = {k: _compile(v) for k, v in node.get("properties", {}).items()}
    items = _compile(node["items"]) if "items" in node else None

    def check(x: Any) -> bool:
        for c in checks:
            if not c(x):
                return False
        if props and isinstance(x, dict):
            for k, sub in props.items():
                if k in x and not sub(x[k]):
                    return False
        if items is not None and isinstance(x, list):
            for v in x:
                if not items(v):
                    return False
        return True

    return check


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    try:
        return _compile(schema())
    except _Unsupported:
        return None


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
    _atomic_write(path, lambda fh: json.dump(report, fh, ensure_ascii=False, indent=1))


def _atomic_write(path: str | Path, write: Callable[[Any], None]) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent.resolve()))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600; a report is shared like any export
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

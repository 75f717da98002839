"""CSV exports of a story's tables and of the story list, for spreadsheets and datasette.

One CSV holds one table, so a story exports as several: ``claims``, ``facts``, ``quotes``,
``conflicts`` (one row per statement), ``lineage`` and ``articles``. Lists become ``; ``-joined
cells; every article is named by its outlet (or title) beside its id, as the pages do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from storyline.model import Article

STORY_TABLES = ("claims", "facts", "quotes", "conflicts", "lineage", "articles")


def _name(a: Article | None, aid: str) -> str:
    if a is None:
        return aid
    return a.outlet or a.title or a.external_id or aid


def _ids(ids: Iterable[str]) -> str:
    return "; ".join(ids)


def _names(ids: Iterable[str], articles: dict[str, Article]) -> str:
    return "; ".join(dict.fromkeys(_name(articles.get(i), i) for i in ids))


def _write(header: list[str], rows: Iterable[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, as spreadsheets expect
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def story_csv(story: dict[str, Any], articles: dict[str, Article], table: str) -> str:
    """One table of a story (see STORY_TABLES) as CSV text."""
    sid = story["id"]
    if table == "claims":
        return _write(
            ["story_id", "claim_id", "status", "independent_sources", "text", "article_ids", "outlets"],
            ([sid, c.get("id"), c.get("status"), c.get("independent_sources"), c.get("text"),
              _ids(c.get("article_ids", [])), _names(c.get("article_ids", []), articles)]
             for c in story.get("claims", [])),
        )
    if table == "facts":
        return _write(
            ["story_id", "fact_id", "status", "independent_sources", "quantity", "value", "text", "article_ids",
             "outlets"],
            ([sid, f.get("id"), f.get("status"), f.get("independent_sources"), f.get("quantity"), f.get("value"),
              f.get("text"), _ids(f.get("article_ids", [])), _names(f.get("article_ids", []), articles)]
             for f in story.get("facts", [])),
        )
    if table == "quotes":
        return _write(
            ["story_id", "kind", "speaker", "text", "article_ids", "outlets"],
            ([sid, q.get("kind"), q.get("speaker"), q.get("text"), _ids(q.get("article_ids", [])),
              _names(q.get("article_ids", []), articles)] for q in story.get("quotes", [])),
        )
    if table == "conflicts":
        return _write(
            ["story_id", "conflict", "kind", "about", "article_id", "outlet", "value", "text"],
            ([sid, n, c.get("kind"), c.get("about"), st.get("article_id"),
              _name(articles.get(st.get("article_id", "")), st.get("article_id", "")), st.get("value"), st.get("text")]
             for n, c in enumerate(story.get("conflicts", []), 1) for st in c.get("statements", [])),
        )
    if table == "lineage":
        return _write(
            ["story_id", "origin", "origin_outlet", "derived", "derived_outlet", "kind", "direction", "score",
             "confidence", "evidence", "drift"],
            ([sid, e["origin"], _name(articles.get(e["origin"]), e["origin"]), e["derived"],
              _name(articles.get(e["derived"]), e["derived"]), e.get("kind"), e.get("direction"), e.get("score"),
              e.get("confidence"), " | ".join(map(str, e.get("evidence", []))),
              " | ".join(d.get("note", "") for d in e.get("drift", []))] for e in story.get("lineage", [])),
        )
    if table == "articles":
        return _write(
            ["story_id", "article_id", "outlet", "title", "published", "language", "url", "external_id"],
            ([sid, aid, a.outlet, a.title, a.published, a.language, a.url, a.external_id]
             for aid in story["article_ids"] if (a := articles.get(aid)) is not None),
        )
    raise ValueError(f"unknown table {table!r}: use one of {', '.join(STORY_TABLES)}")


def stories_csv(summaries: list[dict[str, Any]]) -> str:
    """The story list (as ``Storyline.stories`` returns it) as CSV text."""
    keys = ["id", "title", "size", "first_published", "last_published", "outlets"]
    return _write(keys, ([("; ".join(s.get(k) or []) if k == "outlets" and isinstance(s.get(k), list) else s.get(k))
                          for k in keys] for s in summaries))

"""RSS and Atom feed files (feedparser): every entry is an article.

An entry's full content is preferred to its summary; HTML markup is stripped to text.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

import lxml.html
from lxml import etree

from storyline.clean.metadata import field_date, split_authors
from storyline.model import DateCandidate, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import InputError, read_nonempty
from storyline.ingest.html import page_text
from storyline.ingest.record import Record


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one block per line."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    return page_text(f"<html><body>{fragment}</body></html>")


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def _entry_date(entry: Any) -> list[DateCandidate]:
    out = []
    for key, origin in (("published", "feed"), ("updated", "updated")):
        value = dict.get(entry, key)  # plain lookup: FeedParserDict would map "updated" to "published"
        if value:
            cand = field_date(value, origin=origin)
            if cand is not None:
                if origin == "updated":
                    cand.confidence = min(cand.confidence, 0.4)
                out.append(cand)
    return out


def read_feed(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    import feedparser

    try:
        data = read_nonempty(path, options.max_record_bytes)
    except InputError as exc:
        yield Rejected(source, f"{exc}")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        yield Rejected(source, f"no RSS/Atom entries found{why}")
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries, 1):
        where = f"{source}#{i}"
        text = _entry_text(entry)
        raw = json.dumps({k: dict.get(entry, k) for k in ("id", "link", "title", "published", "updated", "author", "summary", "content")},
                         ensure_ascii=False, default=str)
        authors = split_authors([a.get("name") for a in entry.get("authors", []) if a.get("name")] or entry.get("author"))
        yield Record(
            source=where,
            format="feed",
            raw=raw,
            text=text,
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            outlet=feed_title or None,
            authors=authors,
            external_id=entry.get("id") or None,
            dates=_entry_date(entry),
            clean="auto",
        )

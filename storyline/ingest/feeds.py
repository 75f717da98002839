"""RSS and Atom feed files (feedparser): every entry is an article.

An entry's full content is preferred to its summary; HTML markup is stripped to text.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

import lxml.html
from lxml import etree

from storyline.clean.metadata import split_authors
from storyline.model import DateCandidate, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import InputError, read_nonempty
from storyline.ingest.dumps import capped_date
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


def _entry_date(entry: Any, max_chars: int = 100) -> list[DateCandidate]:
    out = []
    for key, origin in (("published", "feed"), ("updated", "updated")):
        value = dict.get(entry, key)  # plain lookup: FeedParserDict would map "updated" to "published"
        if value:
            cand = capped_date(value, max_chars, origin=origin)
            if cand is not None:
                if origin == "updated":
                    cand.confidence = min(cand.confidence, 0.4)
                out.append(cand)
    return out


def _entry_outlet(entry: Any) -> str | None:
    """The outlet an item names itself: RSS ``<source url="...">Outlet</source>`` (aggregator
    feeds carry items of many outlets) or Atom ``<source><title>``."""
    src = entry.get("source")
    if isinstance(src, dict):
        name = (src.get("title") or "").strip()
        return name or None
    return None


# An internal DTD subset that declares entities: the one way a feed can make a parser expand
# text (billion laughs) or read local files (external entities). No real feed needs one.
_ENTITY_DECL = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.I | re.S)


def read_feed(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    import feedparser

    try:
        data = read_nonempty(path, options.max_record_bytes, options)
    except InputError as exc:
        yield Rejected(source, f"{exc}")
        return
    if _ENTITY_DECL.search(data[:65536]) or b"<!ENTITY" in data[:65536].upper():
        yield Rejected(source, "feed declares XML entities in a DOCTYPE: refused (entity expansion is never done)")
        return
    tags = data.count(b"<")
    if tags > options.max_elements:
        yield Rejected(source, f"feed with more than max_elements={options.max_elements} tags ({tags}): refused")
        return
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
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
            outlet=_entry_outlet(entry) or feed_title or None,
            authors=authors,
            external_id=entry.get("id") or None,
            dates=_entry_date(entry, options.max_date_chars),
            clean="auto",
        )

"""HTML pages: main text and metadata via trafilatura, publication date via htmldate.

htmldate always receives the HTML itself, never a bare URL (a URL alone would be fetched).
When trafilatura finds no main text, the page is rendered to plain text and handed to the
plain-text cleaner instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

import lxml.html
from lxml import etree

from storyline.clean.boilerplate import clean_text
from storyline.clean.metadata import split_authors
from storyline.model import DateCandidate, Rejected
from storyline.options import CleanOptions, IngestOptions

from storyline.ingest.decode import InputError, decode_bytes, read_nonempty
from storyline.ingest.record import Record

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
    "footer", "nav", "aside", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure",
    "figcaption", "form", "main", "title", "hr", "address", "details", "summary", "caption", "option",
}
_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head"}


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    sitename: str | None = None
    url: str | None = None
    language: str | None = None
    dates: list[DateCandidate] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    fallback: bool = False  # True when the plain-text cleaner produced the text


def read_html_file(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    try:
        html, _ = decode_bytes(read_nonempty(path, options.max_record_bytes, options))
    except InputError as exc:
        yield Rejected(source, f"{exc}")
        return
    yield Record(source=source, format="html", raw=html, html=html, url=_canonical(html))


_CANON = re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)[\"']|"
                    r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)[\"']", re.I)


def _canonical(html: str) -> str | None:
    m = _CANON.search(html[:200_000])
    if not m:
        return None
    url = (m.group(1) or m.group(2) or "").strip()
    return url if url.startswith(("http://", "https://")) else None


def page_text(html: str) -> str:
    """Whole visible page text, one block element per line (scripts and styles removed)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _DROP or not tag:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag.lower() in _BLOCK
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    text = "".join(parts)
    lines = (" ".join(ln.split()) for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


# Line kinds of trafilatura's text that stay in it (metadata evidence, or too often body there).
_KEPT = frozenset({"date", "byline", "signature", "widget", "symbols"})


def _drop_clutter_lines(text: str) -> tuple[str, list[str]]:
    # The extractor's text is the article: the cleaner's record mode takes out what trafilatura
    # lets through (share bars, promos, teaser lists and rails, credits, glued photo credits);
    # date and byline lines stay, the page's metadata is read from this text too.
    cleaned = clean_text(text, whole=True, keep_kinds=_KEPT)
    return cleaned.text.strip(), cleaned.removed


def extract_html(html: str, url: str | None = None, now: date | None = None,
                 opts: CleanOptions = CleanOptions()) -> HtmlResult:
    """Main text and metadata of an HTML page (trafilatura + htmldate)."""
    import trafilatura
    from htmldate import find_date

    today = now or date.today()
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=False
    )
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text, removed = _drop_clutter_lines((meta.get("text") or "").strip())
    result = HtmlResult(
        text=text,
        title=(meta.get("title") or None),
        authors=split_authors(meta.get("author")),
        sitename=(meta.get("sitename") or None),
        url=url or meta.get("url") or None,
        language=meta.get("language") or None,
        removed=removed,
    )
    found = find_date(html, original_date=True, extensive_search=False, url=url, max_date=today.isoformat())
    if found:
        result.dates.append(DateCandidate(found, "htmldate", 0.8, "htmldate (original date, structured markup)"))
    else:
        found = find_date(html, original_date=True, extensive_search=True, url=url, max_date=today.isoformat())
        if found:
            result.dates.append(DateCandidate(found, "htmldate", 0.55, "htmldate (extensive search of the page text)"))
    if not text:
        cleaned = clean_text(page_text(html), opts=opts)
        result.text = cleaned.text
        result.title = result.title or cleaned.title
        result.authors = result.authors or cleaned.byline_authors
        result.removed += cleaned.removed
        result.fallback = True
    return result

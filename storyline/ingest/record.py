"""One input record as a reader found it, and its conversion into an :class:`Article`.

Article ids are content-derived so that ingesting the same article twice gives the same
id: ``"a" + sha256(external_id + "\\n" + url + "\\n" + normalised text)`` in hex, first 15
digits, where missing fields are empty strings and the text is NFC-normalised with runs of
whitespace collapsed to one space. A record with neither an id nor a URL (a scraped page)
adds its normalised raw input to the key: two pages whose clean text is the same (a
verbatim reprint under another masthead) are two articles, and only the same input read
twice is one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from storyline.clean.boilerplate import CleanResult, clean_text, looks_cluttered
from storyline.clean.dates import choose_published
from storyline.clean.header import split_record_header
from storyline.clean.metadata import detect_language, html_page_evidence, page_metadata
from storyline.model import Article, DateCandidate, OutletEdition, Rejected
from storyline.options import IngestOptions

RAW_CAP = 5_000_000  # characters of raw input kept on an Article; longer raws are cut and marked
RAW_CUT_MARK = "\n[raw input truncated at 5,000,000 characters]"


@dataclass(slots=True)
class Record:
    source: str
    format: str
    raw: str
    text: str | None = None  # plain text (txt, dumps, feeds)
    html: str | None = None  # HTML to extract (html, warc, dumps with an html field)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    external_id: str | None = None
    dates: list[DateCandidate] = field(default_factory=list)
    clean: str = "auto"  # "always" (scraped page), "auto" (clean when cluttered), "never"
    scrape_date: date | None = None  # the day the file was saved (its mtime), for header dates
    language: str | None = None


def article_id(external_id: str | None, url: str | None, text: str, raw: str | None = None) -> str:
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    key = f"{external_id or ''}\n{url or ''}\n{norm}"
    if raw and not external_id and not url:
        raw_norm = " ".join(unicodedata.normalize("NFC", raw).split())
        if raw_norm != norm:
            key += "\n" + raw_norm
    return "a" + hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:15]


def _raw(raw: str, keep: bool) -> str:
    if not keep:
        return ""
    return raw if len(raw) <= RAW_CAP else raw[:RAW_CAP] + RAW_CUT_MARK


def build_article(rec: Record, options: IngestOptions, now: date | None = None) -> Article | Rejected:
    """Clean, describe and identify one record; Rejected when no article text is left."""
    today = now or date.today()
    removed: list[str] = []
    dates = list(rec.dates)
    url, title, authors, outlet, language = rec.url, rec.title, list(rec.authors), rec.outlet, rec.language
    edition: OutletEdition | None = None
    cut_note = None
    if rec.text is not None and len(rec.text) > 2 * options.max_article_chars:
        # Cut before cleaning too, so the cleaner's time stays bounded; clutter may take half.
        cut_note = _cut_note(len(rec.text), options.max_article_chars)
        rec.text = rec.text[: 2 * options.max_article_chars]
    if rec.html is not None:
        from storyline.ingest.html import extract_html

        tags = rec.html.count("<")
        if tags > options.max_elements:
            return Rejected(rec.source, f"HTML with more than max_elements={options.max_elements} tags ({tags}): refused")

        res = extract_html(rec.html, url, today, options.clean)
        text = res.text
        url = url or res.url
        title = title or res.title
        authors = authors or res.authors
        removed = res.removed
        language = language or detect_language(text, None, options.clean) or res.language or options.default_language
        # The page's own words, markup and URL are evidence too (stamps, dateline, masthead, title):
        # clean.metadata weighs them with the markup dates and names the outlet.
        outlet, edition, page_dates = html_page_evidence(
            rec.html, text, url, today, res.dates, outlet, res.sitename, language, title, options.crawl_gap_days, options.clean
        )
        dates += page_dates
    else:
        text = rec.text or ""
        head = split_record_header(text, today)
        if head.url:
            url = url or head.url
            title = title or head.title
            dates += head.dates
            text = head.text
            if not text.strip() and head.title:
                # A record that is only URL, date and headline: the headline is its text.
                text = head.title
                head.removed.remove(head.title)
            removed += head.removed
        if rec.clean == "always" or (rec.clean == "auto" and looks_cluttered(text)):
            cleaned = clean_text(text, opts=options.clean)
        elif rec.clean == "auto":
            # A dump or feed record's text is the article, yet teasers, follow prompts, captions
            # and credits still come with it: they leave the body without a page region chosen.
            cleaned = clean_text(text, whole=True, title=title, opts=options.clean)
        else:
            lines = [ln.strip() for ln in text.split("\n")]
            body = "\n".join(ln for ln in lines if ln)
            first = next((ln for ln in lines if ln), "")
            cleaned = CleanResult(text=body, first_paragraph=first)
        meta = page_metadata(cleaned, url, rec.scrape_date, options.default_language, today, dates, outlet=outlet,
                             crawl_gap_days=options.crawl_gap_days, opts=options.clean)
        text = cleaned.text
        removed += cleaned.removed
        url = url or meta.url
        title = title or meta.title
        authors = authors or meta.authors
        outlet = meta.outlet  # the stated outlet unless it is a digest wrapper's title
        edition = meta.outlet_edition
        language = language or meta.language
        dates = meta.date_candidates
    text = text.strip()
    if not text:
        return Rejected(rec.source, f"no article text found ({rec.format})")
    if len(text) > options.max_article_chars:
        cut_note = cut_note or _cut_note(len(text), options.max_article_chars)
        text = text[: options.max_article_chars].rstrip()
    if cut_note:
        removed = [*removed, cut_note]
    return Article(
        id=article_id(rec.external_id, url, text, rec.raw),
        source=rec.source,
        text=text,
        raw=_raw(rec.raw, options.keep_raw),
        external_id=rec.external_id,
        url=url,
        outlet=outlet,
        outlet_edition=edition,
        title=_one_line(title),
        authors=authors,
        published=choose_published(dates, today),
        language=language,
        removed=removed,
        date_candidates=dates,
        format=rec.format,
    )


def _cut_note(length: int, limit: int) -> str:
    return f"[text cut: {length} characters, more than ingest.max_article_chars={limit}]"


def _one_line(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", " ", s).strip()
    return s or None

"""Read articles from files, folders and stdin, in every supported format.

:func:`iter_inputs` yields an :class:`Article` per article found and a :class:`Rejected`
(one-line reason naming the file and record) per input that could not be read; it never
raises for a bad file, so one broken input does not stop a batch.

Formats by extension (content sniffing decides for ``-`` and unknown extensions):

=================================  ===========================================
``.txt`` ``.text``                 scraped plain-text page -> boilerplate cleaner
``.html`` ``.htm`` (``.gz``)       trafilatura main text + htmldate
``.jsonl`` ``.ndjson`` (``.gz``)   JSON Lines dump, streamed
``.json`` (``.gz``)                JSON array (streamed) or object
``.csv`` (``.gz``)                 CSV dump, streamed
``.xml`` ``.rss`` ``.atom``        RSS/Atom feed, one article per entry
``.warc`` ``.warc.gz``             WARC, one article per HTML response
=================================  ===========================================

Folders are walked recursively in sorted order; hidden files and folders (".name") are
skipped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from typing import BinaryIO

from storyline.model import Article, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import looks_binary, peek, sniff
from storyline.ingest.dumps import read_csv, read_json, read_jsonl
from storyline.ingest.feeds import read_feed
from storyline.ingest.html import read_html_file
from storyline.ingest.record import Record, article_id, build_article
from storyline.ingest.text import read_text_file
from storyline.ingest.warc import read_warc

Reader = Callable[[str, str, IngestOptions], Iterator[Record | Rejected]]

READERS: dict[str, Reader] = {
    "text": read_text_file,
    "html": read_html_file,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "feed": read_feed,
    "warc": read_warc,
}
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}

__all__ = ["iter_inputs", "format_for", "article_id", "READERS", "IngestOptions"]


def format_for(path: str) -> str | None:
    """Reader named by a file's extension (a trailing ``.gz`` is looked through)."""
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _EXTENSIONS.get(os.path.splitext(name)[1])


def iter_inputs(
    paths: list[str],
    options: IngestOptions,
    stdin: BinaryIO | None = None,
    now: date | None = None,
) -> Iterator[Article | Rejected]:
    """Articles and rejections from ``paths`` (files, folders, ``-`` for ``stdin``), in order."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, options, now)
            continue
        if os.path.isdir(path):
            for file in _walk(path):
                yield from _read_file(file, file, None, options, now)
        elif os.path.isfile(path):
            yield from _read_file(path, path, None, options, now)
        else:
            yield Rejected(path, f"no such file or folder")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _read_file(
    path: str, source: str, forced: str | None, options: IngestOptions, now: date | None
) -> Iterator[Article | Rejected]:
    fmt = forced or format_for(path)
    if fmt is None:
        try:
            head = peek(path)
        except OSError as exc:
            yield Rejected(source, f"cannot read file ({exc.strerror or exc})")
            return
        fmt = sniff(head)
        if fmt is None:
            ext = os.path.splitext(path)[1] or "(none)"
            what = "empty file" if not head.strip() else ("binary content" if looks_binary(head) else "content not recognised")
            yield Rejected(source, f"unknown extension {ext} and {what}")
            return
    if fmt in {"jsonl", "json"}:
        # A .json file holding JSON Lines (or the reverse) is read by what it really holds.
        try:
            real = sniff(peek(path, 65536))
        except OSError:
            real = None
        if real in {"jsonl", "json"}:
            fmt = real
    if fmt in {"text", "html", "feed", "csv", "jsonl", "json"}:
        try:
            head = peek(path)
        except OSError:
            head = b""
        if looks_binary(head):
            yield Rejected(source, f"binary content, not a {fmt} file")
            return
    yield from _records_to_articles(READERS[fmt](path, source, options), source, options, now)


def _records_to_articles(
    records: Iterator[Record | Rejected], source: str, options: IngestOptions, now: date | None
) -> Iterator[Article | Rejected]:
    done = 0
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not end the batch
            yield Rejected(source, f"reader failed after record {done} ({type(exc).__name__}: {str(exc)[:160]})")
            return
        done += 1
        if isinstance(rec, Rejected):
            yield rec
            continue
        try:
            yield build_article(rec, options, now)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, MemoryError) as exc:
            # An extractor choking on one odd record must not stop the batch; the reason says why.
            yield Rejected(rec.source, f"could not extract article ({type(exc).__name__}: {str(exc)[:160]})")


def _read_stdin(stdin: BinaryIO | None, options: IngestOptions, now: date | None) -> Iterator[Article | Rejected]:
    if stdin is None:
        yield Rejected("-", "stdin requested but no input stream given")
        return
    # Spooled to a temporary file so that every reader can stream and re-open it.
    with tempfile.TemporaryDirectory(prefix="storyline-stdin-") as tmp:
        spool = os.path.join(tmp, "stdin")
        with open(spool, "wb") as out:
            shutil.copyfileobj(stdin, out, 1 << 20)
        head = peek(spool)
        if not head.strip():
            yield Rejected("-", "stdin is empty")
            return
        fmt = sniff(head)
        if fmt is None:
            if looks_binary(head):
                yield Rejected("-", "stdin holds binary content")
                return
            fmt = "text"
        yield from _read_file(spool, "-", fmt, options, now)

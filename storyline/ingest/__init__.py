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
skipped. FIFOs, sockets, devices, symlink loops, symlinked folders and unreadable folders are
rejections with their reason, never silence (a FIFO would block the batch forever).

Hostile input is bounded by ``IngestOptions``: decompressed bytes per file (absolute and as
an inflation ratio), records and listed rejections per file, characters per article (cut with
a note in ``removed``), tags per HTML/XML document, JSON nesting, date-field length and wall
time per record. Strings are made valid Unicode (lone surrogates replaced, undecodable file
names escaped) before anything hashes or stores them. Only errors that input can cause
(``INPUT_ERRORS``) become rejections; a bug of this tool propagates, so the command exits
with its own code.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import os
import shutil
import signal
import stat
import tempfile
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from typing import BinaryIO

from lxml import etree

from storyline.model import Article, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import InputError, display_path, looks_binary, peek, sniff, valid_text, wide_encoding
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

__all__ = ["iter_inputs", "input_of", "format_for", "article_id", "READERS", "IngestOptions"]


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
    """Articles and rejections from ``paths`` (files, folders, ``-`` for ``stdin``), in order.

    Every string in what is yielded is valid Unicode (lone surrogates replaced), and every
    file yields at least one item unless it holds nothing to report (so no input is dropped
    without a trace): non-regular files, symlink loops and unreadable folders are rejections.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, options, now)
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Rejected(display_path(path), _stat_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            for file, problem in _walk(path):
                if problem:
                    yield Rejected(display_path(file), problem)
                else:
                    yield from _read_file(file, display_path(file), None, options, now)
        elif stat.S_ISREG(st.st_mode):
            yield from _read_file(path, display_path(path), None, options, now)
        else:
            yield Rejected(display_path(path), f"not a regular file ({_kind(st.st_mode)}): skipped")


# Exceptions that a malformed or hostile record makes a parser raise (lxml's, csv's and
# zlib's errors derive from these); they become one-line rejections.
INPUT_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, LookupError, RecursionError,
                MemoryError, OverflowError, EOFError, OSError, InputError, etree.Error, zlib.error, csv.Error)


def input_of(source: str) -> str:
    """The file a source names: ``path#12`` (record 12 of a dump), ``path#3.2`` (item 2 of the
    wrapper object on line 3) -> ``path``."""
    head, sep, tail = source.rpartition("#")
    return head if sep and tail.replace(".", "", 1).isdigit() else source


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file or folder"


def _stat_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop: skipped"
    if exc.errno == errno.ENOENT:
        return "no such file or folder (or a broken symlink)"
    return f"cannot read ({exc.strerror or exc})"


def _walk(folder: str) -> Iterator[tuple[str, str | None]]:
    """``(path, None)`` per regular file and ``(path, reason)`` per thing skipped, sorted.

    Symlinked folders inside a walked folder are not followed (one to ``/`` or to an ancestor
    would walk the disk or loop); each is reported, and can be given as a path of its own.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield (exc.filename or root), f"cannot read folder ({exc.strerror or exc})"
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            if os.path.islink(os.path.join(root, d)):
                yield os.path.join(root, d), "symlinked folder not followed (it may loop); give it as a path to read it"
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                fst = os.stat(path)
            except OSError as exc:
                yield path, _stat_reason(exc)
                continue
            if stat.S_ISREG(fst.st_mode):
                yield path, None
            elif not stat.S_ISDIR(fst.st_mode):
                yield path, f"not a regular file ({_kind(fst.st_mode)}): skipped"
    while errors:
        exc = errors.pop(0)
        yield (exc.filename or folder), f"cannot read folder ({exc.strerror or exc})"


def _read_file(
    path: str, source: str, forced: str | None, options: IngestOptions, now: date | None
) -> Iterator[Article | Rejected]:
    try:
        fmt = _format_of(path, source, forced)
    except _Refused as exc:
        yield Rejected(source, str(exc))
        return
    if fmt in {"text", "html", "feed", "csv", "jsonl", "json"}:
        try:
            head = peek(path)
        except (OSError, InputError):
            head = b""
        if looks_binary(head):
            yield Rejected(source, f"binary content, not a {fmt} file")
            return
    yield from _records_to_articles(READERS[fmt](path, source, options), source, options, now)


class _Refused(Exception):
    pass


def _format_of(path: str, source: str, forced: str | None) -> str:
    fmt = forced or format_for(path)
    if fmt is None:
        try:
            head = peek(path)
        except OSError as exc:
            raise _Refused(f"cannot read file ({exc.strerror or exc})") from exc
        fmt = sniff(head)
        if fmt is None:
            ext = os.path.splitext(path)[1] or "(none)"
            what = "empty file" if not head.strip() else ("binary content" if looks_binary(head) else "content not recognised")
            raise _Refused(f"unknown extension {display_path(ext)} and {what}")
    if fmt in {"jsonl", "json"}:
        # A .json file holding JSON Lines (or the reverse) is read by what it really holds.
        try:
            head = peek(path, 65536)
            wide = wide_encoding(head)
            real = sniff(head.decode(wide, errors="ignore").encode("utf-8") if wide else head)
        except (OSError, LookupError):
            real = None
        if real in {"jsonl", "json"}:
            fmt = real
    return fmt


def _records_to_articles(
    records: Iterator[Record | Rejected], source: str, options: IngestOptions, now: date | None
) -> Iterator[Article | Rejected]:
    done = 0
    rejected = 0
    unlisted: Counter[str] = Counter()  # rejections past max_rejects_per_file, by reason

    def reject(item: Rejected) -> Iterator[Rejected]:
        nonlocal rejected
        rejected += 1
        # A rejection that says the rest of the file is unread is always listed: it explains the count.
        if rejected <= options.max_rejects_per_file or "the rest" in item.reason:
            yield _valid_rejected(item)
        else:
            unlisted[item.reason[:80]] += 1

    while True:
        try:
            rec = next(records)
        except StopIteration:
            break
        except INPUT_ERRORS as exc:
            # What odd input makes parsers raise; anything else (NameError, ImportError...) is a bug
            # of this tool and propagates, so the command exits with its own code, not "rejected".
            yield from reject(Rejected(source, f"reader failed after record {done} ({type(exc).__name__}: {str(exc)[:160]})"))
            break
        done += 1
        if done > options.max_records_per_file + 1:  # + 1: the reader's own "rest not read" line
            yield from reject(Rejected(f"{source}#{done}", f"more than max_records_per_file={options.max_records_per_file} "
                                                           "records; the rest of the file is not read"))
            break
        if isinstance(rec, Rejected):
            yield from reject(rec)
            continue
        try:
            item = _timed_build(_valid_record(rec), options, now)
        except INPUT_ERRORS as exc:  # an extractor choking on one odd record must not stop the batch
            yield from reject(Rejected(rec.source, f"could not extract article ({type(exc).__name__}: {str(exc)[:160]})"))
            continue
        if isinstance(item, Rejected):
            yield from reject(item)
        else:
            yield _valid_article(item)
    if unlisted:
        total = sum(unlisted.values())
        top = "; ".join(f"{n} x {reason}" for reason, n in unlisted.most_common(3))
        yield Rejected(source, f"{total} more records rejected, not listed one by one (max_rejects_per_file="
                               f"{options.max_rejects_per_file}): {top}")


class _RecordTimeout(Exception):
    pass


def _timed_build(rec: Record, options: IngestOptions, now: date | None) -> Article | Rejected:
    """``build_article`` under the per-record wall-time limit (main thread only: it uses SIGALRM)."""
    limit = options.max_record_seconds
    if not limit or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return build_article(rec, options, now)

    def expire(_signum: int, _frame: object) -> None:
        raise _RecordTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return build_article(rec, options, now)
    except _RecordTimeout:
        return Rejected(rec.source, f"extraction took longer than max_record_seconds={limit:g}: skipped")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _valid_record(rec: Record) -> Record:
    """Lone surrogates out of a record before anything hashes or stores its strings."""
    for name in ("source", "raw", "text", "html", "url", "title", "outlet", "external_id", "language"):
        value = getattr(rec, name)
        if isinstance(value, str):
            setattr(rec, name, valid_text(value))
    rec.authors = [valid_text(a) for a in rec.authors if isinstance(a, str)]
    return rec


def _valid_rejected(r: Rejected) -> Rejected:
    source, reason = valid_text(r.source), valid_text(r.reason)
    return r if (source, reason) == (r.source, r.reason) else Rejected(source, reason)


def _valid_article(a: Article) -> Article:
    """Lone surrogates (JSON escapes like "\\ud800", common in scraped dumps) replaced in every field."""
    changes = {}
    for name in ("source", "text", "raw", "external_id", "url", "outlet", "title", "published", "language", "format"):
        value = getattr(a, name)
        if isinstance(value, str) and valid_text(value) is not value:
            changes[name] = valid_text(value)
    for name in ("authors", "removed"):
        values = getattr(a, name)
        fixed = [valid_text(v) if isinstance(v, str) else v for v in values]
        if any(f is not v for f, v in zip(fixed, values)):
            changes[name] = fixed
    cands = []
    for c in a.date_candidates:
        fixed_c = {k: valid_text(v) for k, v in vars_of(c).items() if isinstance(v, str) and valid_text(v) is not v}
        cands.append(dataclasses.replace(c, **fixed_c) if fixed_c else c)
    if any(x is not y for x, y in zip(cands, a.date_candidates)):
        changes["date_candidates"] = cands
    return dataclasses.replace(a, **changes) if changes else a


def vars_of(obj: object) -> dict:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


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

"""Article dumps: JSON Lines, JSON arrays and CSV, streamed record by record.

No dump is read whole: JSON Lines and CSV go line by line, JSON arrays are split into
their top-level elements by a small scanner, so a file of hundreds of megabytes costs the
memory of one record. A record larger than ``max_record_bytes`` is rejected unread, a
malformed record is rejected alone, and a file cut short (truncated gzip) keeps the
records before the break and rejects the rest.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from typing import Any, BinaryIO, Iterator

from storyline.clean.metadata import field_date, split_authors
from storyline.model import DateCandidate, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import (InputError, Utf8Lines, decode_bytes, loads_json, open_binary, read_capped, text_stream,
                                     wide_encoding)
from storyline.ingest.record import Record

_STREAM_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError, InputError)

TEXT_KEYS = ("text", "body", "content", "articlebody", "article_body", "maintext", "main_text", "full_text",
             "fulltext", "article", "story", "article_text", "body_text", "content_text")
HTML_KEYS = ("html", "raw_html", "content_html", "body_html", "page")
SUMMARY_KEYS = ("description", "summary", "abstract", "lead", "snippet")
TITLE_KEYS = ("title", "headline", "name", "heading")
URL_KEYS = ("url", "link", "uri", "canonical_url", "source_url", "permalink", "web_url")
DATE_KEYS = ("published", "date", "pubdate", "pub_date", "published_at", "publishedat", "date_published",
             "datepublished", "publish_date", "publication_date", "published_date", "pubdatetime", "created_at",
             "datetime", "timestamp", "time")
OUTLET_KEYS = ("outlet", "source", "publisher", "site", "sitename", "site_name", "source_name", "domain",
               "media", "newspaper", "publication")
AUTHOR_KEYS = ("author", "authors", "byline", "creator", "creators", "writer", "writers")
ID_KEYS = ("id", "_id", "article_id", "doc_id", "docid", "uuid", "guid", "uid", "key")
LANG_KEYS = ("language", "lang", "locale")
_HTMLISH = re.compile(r"^\s*<(?:!doctype|html|head|body|div|article|p|section|main)\b", re.I)


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


def _name(v: Any) -> str | None:
    if isinstance(v, dict):
        v = v.get("name") or v.get("title") or v.get("id")
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def capped_date(value: Any, max_chars: int, origin: str = "field") -> DateCandidate | None:
    """``field_date`` for a value that can be a date: a number or a string of plausible length.

    dateparser takes seconds on long strings (minutes on 100 KB); a date is never that long.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, str) and len(value.strip()) > max_chars:
        return None
    return field_date(value, origin=origin)


def record_from_fields(obj: Any, source: str, fmt: str, raw: str, max_date_chars: int = 100) -> Record | Rejected:
    """Map a dump record's fields (text/body/content..., title, url, date, outlet, author, id)."""
    if not isinstance(obj, dict):
        return Rejected(source, f"record is a JSON {type(obj).__name__}, not an object")
    if not obj:
        return Rejected(source, "empty record ({})")
    low = {str(k).lower().replace("-", "_"): v for k, v in obj.items()}
    text = _pick(low, TEXT_KEYS)
    html = _pick(low, HTML_KEYS)
    if isinstance(text, list):
        text = "\n".join(str(t) for t in text)
    if text is None and html is None:
        text = _pick(low, SUMMARY_KEYS)
    if text is None and html is None:
        keys = ", ".join(sorted(map(str, obj))[:8])
        return Rejected(source, f"no text field (text/body/content/articleBody) among keys: {keys}")
    if isinstance(text, str) and html is None and _HTMLISH.match(text):
        html, text = text, None
    url = _name(_pick(low, URL_KEYS))
    date_value = _pick(low, DATE_KEYS)
    cand = capped_date(date_value, max_date_chars) if date_value is not None else None
    ext = _pick(low, ID_KEYS)
    return Record(
        source=source,
        format=fmt,
        raw=raw,
        text=str(text) if text is not None else None,
        html=str(html) if html is not None and text is None else None,
        url=url if url and re.match(r"^(?:https?://|www\.)", url, re.I) else None,
        title=_name(_pick(low, TITLE_KEYS)),
        outlet=_name(_pick(low, OUTLET_KEYS)),
        authors=split_authors(_pick(low, AUTHOR_KEYS)),
        external_id=str(ext) if ext is not None else None,
        dates=[cand] if cand else [],
        language=_name(_pick(low, LANG_KEYS)),
    )


def _decode_record(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data)[0]


def _capped_lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of ``f``; None for a line longer than ``limit`` (skipped without holding it)."""
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line in bounded pieces
                more = f.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


_BODY_KEYS = frozenset(TEXT_KEYS + HTML_KEYS)
_EMPTY_JSON = frozenset({b"{}", b"[]", b"null", b'""', b"0", b"true", b"false"})


def _container_items(obj: Any) -> list[dict] | None:
    """The article list of a wrapper object (``{"articles": [...]}``, what ``json.dump`` writes)."""
    if isinstance(obj, dict) and obj and not any(str(k).lower() in _BODY_KEYS for k in obj):
        for key in _CONTAINER_KEYS:
            items = obj.get(key)
            if isinstance(items, list) and items and all(isinstance(x, dict) for x in items):
                return items
    return None


def read_jsonl(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    n = blank = 0
    yielded = False
    try:
        with open_binary(path, options) as f:
            try:
                wide = wide_encoding(f.peek(4096)[:4096])
            except _STREAM_ERRORS:
                wide = None
            stream: Any = Utf8Lines(f, wide) if wide else f
            lines = _capped_lines(stream, options.max_record_bytes)
            while True:
                try:
                    line = next(lines)
                except StopIteration:
                    break
                except _STREAM_ERRORS as exc:
                    yield Rejected(f"{source}#{n + 1}", f"file is truncated, corrupt or over a limit after record {n} ({exc}); the rest is unreadable")
                    return
                if line is not None and not line.strip():
                    blank += 1
                    if blank > options.max_records_per_file:
                        # Gigabytes of empty lines would take minutes to skip one by one.
                        yield Rejected(f"{source}#{n + 1}", f"more than max_records_per_file={options.max_records_per_file} "
                                                            "empty lines; the rest of the file is not read")
                        return
                    continue
                n += 1
                where = f"{source}#{n}"
                if n > options.max_records_per_file:
                    yield Rejected(where, f"more than max_records_per_file={options.max_records_per_file} records; "
                                          "the rest of the file is not read")
                    return
                if line is None:
                    yield Rejected(where, f"record larger than max_record_bytes={options.max_record_bytes}")
                    continue
                if len(line) < 8 and line.strip() in _EMPTY_JSON:
                    yield Rejected(where, "empty record")  # millions of these make a CPU bomb: no parsing
                    continue
                try:
                    raw = _decode_record(line).strip().lstrip("\ufeff")
                    obj = loads_json(raw, options.max_json_depth)
                except (ValueError, InputError) as exc:
                    yield Rejected(where, f"malformed JSON line ({str(exc)[:120]})")
                    continue
                yielded = True
                items = _container_items(obj)
                if items is not None:
                    # One line holding a whole JSON document with an article list: read its articles.
                    for i, item in enumerate(items, 1):
                        yield record_from_fields(item, f"{where}.{i}", "json", json.dumps(item, ensure_ascii=False),
                                                 options.max_date_chars)
                    continue
                yield record_from_fields(obj, where, "jsonl", raw, options.max_date_chars)
    except OSError as exc:
        yield Rejected(source, f"cannot read file ({exc.strerror or exc})")
        return
    if n == 0 and not yielded:
        yield Rejected(source, f"empty file (no JSON lines)")


_JSON_TOKENS = re.compile(rb'[\\"\[\]{},]')


def _json_array_elements(f: BinaryIO, limit: int, chunk_size: int = 1 << 20) -> Iterator[bytes | None]:
    """Top-level elements of a JSON array, streamed; None for an element above ``limit`` bytes.

    Raises InputError when the array is cut off before its closing bracket.
    """
    depth = 0
    in_str = False
    skip_at = -1
    base = 0
    buf = bytearray()
    over = False
    started = done = False
    while not done:
        data = f.read(chunk_size)
        if not data:
            break
        seg = 0
        for m in _JSON_TOKENS.finditer(data):
            p = m.start()
            if base + p == skip_at:
                continue
            c = data[p : p + 1]
            if in_str:
                if c == b"\\":
                    skip_at = base + p + 1
                elif c == b'"':
                    in_str = False
                continue
            if c == b'"':
                in_str = True
            elif not started:
                if c != b"[":
                    raise InputError("not a JSON array")
                started = True
                depth = 1
                seg = p + 1
            elif c in (b"[", b"{"):
                depth += 1
            elif c in (b"]", b"}"):
                depth -= 1
                if depth == 0:
                    piece = data[seg:p]
                    elem = bytes(buf) + piece if not over else b""
                    if over or elem.strip():
                        yield None if over or len(elem) > limit else elem
                    done = True
                    break
            elif c == b"," and depth == 1:
                elem = bytes(buf) + data[seg:p] if not over else b""
                yield None if over or len(elem) > limit else elem
                buf.clear()
                over = False
                seg = p + 1
        if not done and started:
            if not over:
                buf += data[seg:]
                if len(buf) > limit:
                    over = True
                    buf.clear()
        base += len(data)
    if not done:
        raise InputError("JSON array is cut off before its closing bracket" if started else "no JSON array found")


_NOT_OBJECT = "record is not a JSON object (an article is an object with a text field)"
_CONTAINER_KEYS = ("articles", "items", "data", "results", "records", "docs", "documents", "entries", "rows", "posts")


def read_json(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    try:
        with open_binary(path, options) as f:
            head = f.read(4096)
    except _STREAM_ERRORS as exc:
        yield Rejected(source, f"cannot read file ({exc})")
        return
    wide = wide_encoding(head)
    if wide:
        head = head.decode(wide, errors="ignore").encode("utf-8")
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not first:
        yield Rejected(source, f"empty file")
        return
    if first != b"[":
        yield from _read_json_object(path, source, options)
        return
    n = 0
    try:
        with open_binary(path, options) as f:
            stream: Any = Utf8Lines(f, wide) if wide else f
            for elem in _json_array_elements(stream, options.max_record_bytes):
                n += 1
                where = f"{source}#{n}"
                if n > options.max_records_per_file:
                    yield Rejected(where, f"more than max_records_per_file={options.max_records_per_file} records; "
                                          "the rest of the file is not read")
                    return
                if elem is None:
                    yield Rejected(where, f"record larger than max_record_bytes={options.max_record_bytes}")
                    continue
                if elem.lstrip(b" \t\r\n")[:1] != b"{":
                    # Not an object: rejected without parsing (millions of them make a CPU bomb).
                    yield Rejected(where, _NOT_OBJECT)
                    continue
                try:
                    raw = _decode_record(elem).strip()
                    obj = loads_json(raw, options.max_json_depth)
                except (ValueError, InputError) as exc:
                    yield Rejected(where, f"malformed JSON record ({str(exc)[:120]})")
                    continue
                yield record_from_fields(obj, where, "json", raw, options.max_date_chars)
    except InputError as exc:
        yield Rejected(f"{source}#{n + 1}", f"{exc} after record {n}")
        return
    except _STREAM_ERRORS as exc:
        yield Rejected(f"{source}#{n + 1}", f"file is truncated or corrupt after record {n} ({exc})")
        return
    if n == 0:
        yield Rejected(source, f"JSON array holds no records")


def _read_json_object(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    try:
        raw = _decode_record(read_capped(path, options.max_record_bytes, options)).strip().lstrip("\ufeff")
        obj = loads_json(raw, options.max_json_depth)
    except (InputError, ValueError) as exc:
        yield Rejected(source, f"not readable as JSON ({str(exc)[:120]})")
        return
    except OSError as exc:
        yield Rejected(source, f"cannot read file ({exc.strerror or exc})")
        return
    items = _container_items(obj)
    if items is not None:
        for i, item in enumerate(items, 1):
            yield record_from_fields(item, f"{source}#{i}", "json", json.dumps(item, ensure_ascii=False),
                                     options.max_date_chars)
        return
    yield record_from_fields(obj, source, "json", raw, options.max_date_chars)


def csv_dialect(sample: str) -> type[csv.Dialect]:
    """RFC 4180 (the ``excel`` dialect: quoted cells may hold newlines, ``""`` is a quote) with the
    delimiter of the header line.

    Only the delimiter is guessed, from the header line's cells outside quotes: csv.Sniffer on
    one line guesses quoting from too little, and a wrong guess cuts every cell at its first
    doubled quote.
    """
    header = next(csv.reader(io.StringIO(sample[:65536])), None) if sample else None
    line = sample.split("\n", 1)[0]
    counts = {d: 0 for d in ",;\t|"}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0 or (best == "," and header and len(header) > 1):
        best = ","

    class Dialect(csv.excel):
        delimiter = best

    return Dialect


def read_csv(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    limit = options.max_record_bytes
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    n = 0
    try:
        with open_binary(path, options) as f:
            try:
                head = f.peek(65536)[:65536] if hasattr(f, "peek") else b""
            except _STREAM_ERRORS as exc:
                yield Rejected(source, f"truncated, corrupt or over a limit ({exc})")
                return
            if not head.strip():
                yield Rejected(source, f"empty file")
                return
            stream = text_stream(f, head)
            sample = head.decode(stream.encoding, errors="ignore").lstrip("\ufeff")
            reader = csv.DictReader(stream, dialect=csv_dialect(sample))
            rows = iter(reader)
            while True:
                try:
                    row = next(rows)
                except StopIteration:
                    break
                except csv.Error as exc:
                    n += 1
                    yield Rejected(f"{source}#{n}", f"unreadable CSV row ({exc})")
                    if "field larger than field limit" in str(exc):
                        # The reader cannot resume inside an over-long cell: the rest is one field.
                        yield Rejected(f"{source}#{n + 1}", f"the rest of the file is inside a cell over max_record_bytes={limit}")
                        return
                    continue
                except _STREAM_ERRORS as exc:
                    yield Rejected(f"{source}#{n + 1}", f"file is truncated, corrupt or over a limit after row {n} ({exc})")
                    return
                n += 1
                where = f"{source}#{n}"
                if n > options.max_records_per_file:
                    yield Rejected(where, f"more than max_records_per_file={options.max_records_per_file} rows; "
                                          "the rest of the file is not read")
                    return
                size = sum(len(v) for v in row.values() if isinstance(v, str))
                if size > limit:
                    yield Rejected(where, f"record larger than max_record_bytes={limit}")
                    continue
                clean = {(k.lstrip("\ufeff") if isinstance(k, str) else k): v for k, v in row.items() if k is not None}
                raw = json.dumps(clean, ensure_ascii=False)
                yield record_from_fields(clean, where, "csv", raw, options.max_date_chars)
    except OSError as exc:
        yield Rejected(source, f"cannot read file ({exc.strerror or exc})")
        return
    if n == 0:
        yield Rejected(source, f"CSV has a header but no rows")

"""WARC archives (warcio): each HTML response record goes down the HTML path.

The record's WARC-Target-URI becomes the article URL; the WARC-Date is kept as weak
evidence (it is the crawl day, not the publication day). Other records (requests,
metadata, non-HTML responses) are skipped as not articles.
"""

from __future__ import annotations

import gzip
import zlib
from typing import Iterator

from storyline.model import DateCandidate, Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import InputError, decode_bytes, open_binary
from storyline.ingest.record import Record


def read_warc(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = options.max_record_bytes
    n = 0
    try:
        # Decompressed here, not by warcio: gzip members one after another and one gzip stream
        # over the whole archive both read through, and the limits (size, inflation ratio, line
        # length: warcio reads header lines whole) apply.
        with open_binary(path, options, max_line=limit) as f:
            records = iter(ArchiveIterator(f))
            while True:
                try:
                    rec = next(records)
                except StopIteration:
                    break
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                n += 1
                where = f"{source}#{n}"
                if n > options.max_records_per_file:
                    yield Rejected(where, f"more than max_records_per_file={options.max_records_per_file} records; "
                                          "the rest of the file is not read")
                    return
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                try:
                    length = int(rec.rec_headers.get_header("Content-Length") or 0)
                except ValueError:
                    length = 0
                if length > limit:
                    yield Rejected(where, f"record larger than max_record_bytes={limit} ({uri})")
                    continue
                body = rec.content_stream().read(limit + 1)
                if len(body) > limit:
                    yield Rejected(where, f"record larger than max_record_bytes={limit} ({uri})")
                    continue
                try:
                    html, _ = decode_bytes(body)
                except InputError as exc:
                    yield Rejected(where, f"{exc} ({uri})")
                    continue
                if not html.strip():
                    yield Rejected(where, f"empty response body ({uri})")
                    continue
                crawl = rec.rec_headers.get_header("WARC-Date") or ""
                dates = [DateCandidate(crawl[:10], "crawl", 0.0, f"WARC-Date {crawl}")] if len(crawl) >= 10 else []
                yield Record(source=where, format="warc", raw=html, html=html, url=uri or None, dates=dates)
    except (ArchiveLoadFailed, EOFError, gzip.BadGzipFile, zlib.error, OSError, ValueError, InputError) as exc:
        yield Rejected(f"{source}#{n + 1}", f"WARC is truncated or corrupt after record {n} ({str(exc)[:160]})")
        return
    if n == 0:
        yield Rejected(source, f"no HTML response records in WARC")

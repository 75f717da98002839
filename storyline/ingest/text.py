"""Plain-text article files, usually scraped pages: always run through the cleaner."""

from __future__ import annotations

import os
from typing import Iterator

from storyline.clean.dates import mtime_date
from storyline.model import Rejected
from storyline.options import IngestOptions

from storyline.ingest.decode import InputError, decode_bytes, read_nonempty
from storyline.ingest.record import Record


def read_text_file(path: str, source: str, options: IngestOptions) -> Iterator[Record | Rejected]:
    try:
        text, _ = decode_bytes(read_nonempty(path, options.max_record_bytes, options))
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        yield Rejected(source, f"cannot read file ({exc.strerror or exc})")
        return
    except InputError as exc:
        yield Rejected(source, f"{exc}")
        return
    if not text.strip():
        yield Rejected(source, f"empty file (whitespace only)")
        return
    yield Record(source=source, format="text", raw=text, text=text, clean="always", scrape_date=mtime_date(mtime))

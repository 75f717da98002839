"""Bytes to text, compressed files, binary detection and format sniffing.

Encodings are decided in this order: a BOM (UTF-8/16/32), strict UTF-8, then a file that
is UTF-8 with a few stray single-byte lines (mixed encodings: each line decoded on its
own), then charset_normalizer's guess, then cp1252 (a superset of printable latin-1).
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from typing import BinaryIO

import charset_normalizer

GZIP_MAGIC = b"\x1f\x8b"
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


class InputError(Exception):
    """A file or record that cannot be read; the message is the one-line reason."""


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in text without a UTF-16/32 BOM."""
    if not head or bom_encoding(head) in {"utf-16", "utf-32"}:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as text: ``(text, encoding used)``. Raises InputError for binary data."""
    enc = bom_encoding(data[:4])
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid {enc} text after its byte-order mark ({exc.reason} at byte {exc.start})") from exc
    if looks_binary(data[:65536]):
        raise InputError("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines = sum(1 for ln in lines if _is_utf8(ln) and re.search(rb"[\xc2-\xf4][\x80-\xbf]", ln))
    if utf8_lines:
        # Mixed: most lines UTF-8 (with multi-byte characters), some in a legacy code page.
        out = []
        for ln in lines:
            out.append(ln.decode("utf-8") if _is_utf8(ln) else ln.decode("cp1252", errors="replace"))
        return "\n".join(out), "utf-8+cp1252"
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    # Short Western texts fool the detector (cp1252 read as cp1257...); trust it only for
    # other scripts (Cyrillic, Greek, CJK ...), where cp1252 would give mojibake.
    if best is not None and best.encoding.startswith(_OTHER_SCRIPTS):
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_OTHER_SCRIPTS = ("cp1251", "koi8", "iso8859_5", "cp866", "cp855", "mac_cyrillic", "kz1048", "ptcp154", "cp1253",
                  "iso8859_7", "mac_greek", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "big5", "gb", "hz",
                  "shift_jis", "cp932", "euc", "iso2022", "cp949", "cp950", "johab", "tis_620", "cp874", "utf_16",
                  "utf_32")


def _is_utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def open_binary(path: str) -> BinaryIO:
    """Open a file, transparently gunzipping when it starts with the gzip magic number."""
    f = open(path, "rb")
    head = f.read(2)
    f.seek(0)
    if head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[return-value]
    return f


def read_capped(path: str, limit: int) -> bytes:
    """Whole (decompressed) content, refusing anything above ``limit`` bytes without reading it all."""
    with open_binary(path) as f:
        try:
            data = f.read(limit + 1)
        except (EOFError, gzip.BadGzipFile, OSError, zlib.error) as exc:
            raise InputError(f"truncated or corrupt compressed data ({exc})") from exc
    if len(data) > limit:
        raise InputError(f"larger than max_record_bytes={limit}")
    return data


def read_nonempty(path: str, limit: int) -> bytes:
    """``read_capped`` for a one-record file: unreadable, oversized and empty files are an InputError."""
    try:
        data = read_capped(path, limit)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError("empty file")
    return data


def peek(path: str, n: int = 4096) -> bytes:
    """First ``n`` decompressed bytes (fewer if the file is shorter or its gzip is broken)."""
    with open_binary(path) as f:
        try:
            return f.read(n)
        except (EOFError, OSError, zlib.error):
            return b""


def sniff(head: bytes) -> str | None:
    """Guess a format from the first bytes: warc, feed, html, json, jsonl; None when unsure."""
    if not head:
        return None
    enc = bom_encoding(head)
    try:
        text = head.decode(enc or "utf-8", errors="ignore") if enc else head.decode("utf-8", errors="ignore")
    except LookupError:
        return None
    s = text.lstrip("\ufeff \t\r\n")
    low = s[:2000].lower()
    if s.startswith("WARC/"):
        return "warc"
    if low.startswith("<?xml") or low.startswith("<rss") or low.startswith("<feed"):
        if "<rss" in low or "<feed" in low or "<rdf:rdf" in low:
            return "feed"
        if "<html" in low:
            return "html"
        return None
    if low.startswith("<!doctype html") or low.startswith("<html") or re.match(r"<(head|body|meta|title)\b", low):
        return "html"
    if s.startswith("["):
        return "json"
    if s.startswith("{"):
        first = s.split("\n", 1)[0].strip()
        import json

        try:
            obj = json.loads(first)
        except ValueError:
            return "json"  # one object over several lines
        return "jsonl" if isinstance(obj, dict) else None
    return None


def text_stream(binary: BinaryIO, head: bytes) -> io.TextIOWrapper:
    """Line-decoding wrapper for streamed CSV: the encoding is decided from the first bytes."""
    enc = bom_encoding(head)
    if enc is None:
        try:
            head.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is still UTF-8.
            enc = "utf-8" if exc.start >= len(head) - 3 else "cp1252"
    return io.TextIOWrapper(binary, encoding=enc, errors="replace", newline="")

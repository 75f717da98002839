"""Bytes to text, compressed files, binary detection and format sniffing.

Encodings are decided in this order: a BOM (UTF-8/16/32), strict UTF-8, then a file that
is UTF-8 with a few stray single-byte lines (mixed encodings: each line decoded on its
own), then charset_normalizer's guess, then cp1252 (a superset of printable latin-1).
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import zlib
from typing import TYPE_CHECKING, BinaryIO

import charset_normalizer

if TYPE_CHECKING:
    from storyline.options import IngestOptions

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


def bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for UTF-16 text without a BOM, else None.

    Text in a Latin, Cyrillic, Greek... script written as UTF-16 has a NUL as every other byte
    (the high byte of each code unit); random or binary data does not, and decoding must then
    give mostly letters and spaces.
    """
    sample = head[: 4096 - (len(head[:4096]) % 2)]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Latin text: nearly every high byte is NUL; Cyrillic or Greek text still has NUL high
        # bytes for its spaces, digits and punctuation. Low bytes are almost never NUL.
        if high.count(0) / len(high) >= 0.1 and low.count(0) / len(low) < 0.01:
            try:
                text = sample.decode(enc)
            except UnicodeDecodeError:
                continue
            if _texty(text) >= 0.95:
                return enc
    return None


def _texty(text: str) -> float:
    """Share of characters that are printable or ordinary whitespace."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r\f")
    return good / len(text)


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in text that is not UTF-16/32."""
    if not head or bom_encoding(head) in {"utf-16", "utf-32"} or bomless_utf16(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if control / len(head) > 0.05:
        return True
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return False  # a multi-byte character cut by the sample's end
    # Not UTF-8: a legacy code page has mostly letters; random bytes decode to a mix in which
    # C1 controls and unassigned code points are common.
    text = head.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    wordy = sum(1 for ch in text if ch.isalpha() or ch.isspace() or ch in ".,;:'\"-()!?0123456789") / len(text)
    if c1 / len(text) <= 0.08 and wordy >= 0.8:
        return False
    return not _legacy_script(head)


def _legacy_script(head: bytes) -> bool:
    """True when charset_normalizer reads ``head`` as a coherent legacy-encoded text."""
    best = charset_normalizer.from_bytes(head).best()
    # Short samples fool the detector more easily: it must then be sure.
    return best is not None and best.chaos < (0.2 if len(head) >= 64 else 0.05)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as text: ``(text, encoding used)``. Raises InputError for binary data."""
    enc = bom_encoding(data[:4]) or bomless_utf16(data[:4096])
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


class LimitedReader(io.RawIOBase):
    """A decompressed stream that stops (InputError) past an absolute size or inflation ratio.

    ``compressed`` is the underlying file, whose position tells how many bytes went in. A run
    of more than ``max_line`` bytes without a newline is refused too when set (WARC headers are
    read line by line: a stream of zeros would otherwise become one endless line in memory).
    """

    def __init__(self, inner: BinaryIO, compressed: BinaryIO | None, max_bytes: int, max_ratio: float,
                 grace: int, max_line: int = 0) -> None:
        self.inner, self.compressed = inner, compressed
        self.max_bytes, self.max_ratio, self.grace, self.max_line = max_bytes, max_ratio, grace, max_line
        self.out = 0
        self.since_newline = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        data = self.inner.read(len(buf))
        n = len(data)
        buf[:n] = data
        self._count(data)
        return n

    def _count(self, data: bytes) -> None:
        self.out += len(data)
        if self.out > self.max_bytes:
            raise InputError(f"more than max_file_bytes={self.max_bytes} bytes of content")
        if self.compressed is not None and self.out > self.grace:
            try:
                went_in = max(1, self.compressed.tell())
            except (OSError, ValueError):
                went_in = 1
            if self.out / went_in > self.max_ratio:
                raise InputError(f"compressed data inflates more than max_compression_ratio={self.max_ratio:g} "
                                 f"times ({went_in} bytes gave {self.out}): refused as a decompression bomb")
        if self.max_line:
            cut = data.rfind(b"\n")
            self.since_newline = len(data) - cut - 1 if cut >= 0 else self.since_newline + len(data)
            if self.since_newline > self.max_line:
                raise InputError(f"a line longer than {self.max_line} bytes (no line breaks): not a text record stream")

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            if self.compressed is not None:
                self.compressed.close()
            super().close()


def open_binary(path: str, options: "IngestOptions | None" = None, max_line: int = 0) -> BinaryIO:
    """Open a file, transparently gunzipping (every member) when it starts with the gzip magic number.

    The stream is bounded by ``options`` (decompressed size and ratio, see IngestOptions).
    """
    from storyline.options import IngestOptions

    opts = options or IngestOptions()
    f = open(path, "rb")
    head = f.read(2)
    f.seek(0)
    if head == GZIP_MAGIC:
        inner: BinaryIO = gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[assignment]
        raw = LimitedReader(inner, f, opts.max_file_bytes, opts.max_compression_ratio, opts.ratio_grace_bytes, max_line)
    else:
        raw = LimitedReader(f, None, opts.max_file_bytes, opts.max_compression_ratio, opts.ratio_grace_bytes, max_line)
    return io.BufferedReader(raw, 1 << 16)  # type: ignore[return-value]


def read_capped(path: str, limit: int, options: "IngestOptions | None" = None) -> bytes:
    """Whole (decompressed) content, refusing anything above ``limit`` bytes without reading it all."""
    with open_binary(path, options) as f:
        try:
            data = f.read(limit + 1)
        except (EOFError, gzip.BadGzipFile, OSError, zlib.error) as exc:
            raise InputError(f"truncated or corrupt compressed data ({exc})") from exc
    if len(data) > limit:
        raise InputError(f"larger than max_record_bytes={limit}")
    return data


def read_nonempty(path: str, limit: int, options: "IngestOptions | None" = None) -> bytes:
    """``read_capped`` for a one-record file: unreadable, oversized and empty files are an InputError."""
    try:
        data = read_capped(path, limit, options)
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
        except (EOFError, OSError, zlib.error, InputError):
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
        try:
            obj = loads_json(first, 100)
        except (ValueError, InputError):
            return "json"  # one object over several lines (or cut by the sample's end)
        return "jsonl" if isinstance(obj, dict) else None
    return None


_DEPTH_TOKENS = re.compile(r'[\\"\[\]{}]')


def json_depth_over(raw: str, limit: int) -> bool:
    """True when ``raw`` nests arrays/objects deeper than ``limit`` (strings are skipped)."""
    if raw.count("[") + raw.count("{") <= limit:
        return False
    depth = 0
    in_str = False
    skip = -1
    for m in _DEPTH_TOKENS.finditer(raw):
        p = m.start()
        if p == skip:
            continue
        c = raw[p]
        if in_str:
            if c == "\\":
                skip = p + 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def loads_json(raw: str, max_depth: int) -> object:
    """``json.loads`` with a nesting limit: too deep is an InputError, never a RecursionError."""
    import json

    if json_depth_over(raw, max_depth):
        raise InputError(f"JSON nested deeper than max_json_depth={max_depth}")
    try:
        return json.loads(raw)
    except RecursionError as exc:
        raise InputError("JSON nested too deep to read") from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(s: str) -> str:
    """``s`` with lone surrogates (from JSON escapes or undecodable file names) as U+FFFD."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)


def display_path(path: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 appear as ``\\xNN`` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")


class Utf8Lines:
    """A UTF-16/32 byte stream re-encoded as UTF-8, for the line and chunk readers."""

    def __init__(self, binary: BinaryIO, encoding: str) -> None:
        self.text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self.text.readline(size).encode("utf-8", errors="replace")

    def read(self, size: int = -1) -> bytes:
        return self.text.read(size).encode("utf-8", errors="replace")


def wide_encoding(head: bytes) -> str | None:
    """The encoding of a UTF-16/32 stream (BOM or BOM-less UTF-16), else None."""
    enc = bom_encoding(head)
    if enc in {"utf-16", "utf-32"}:
        return enc
    return bomless_utf16(head)


def text_stream(binary: BinaryIO, head: bytes) -> io.TextIOWrapper:
    """Line-decoding wrapper for streamed CSV: the encoding is decided from the first bytes."""
    enc = bom_encoding(head) or bomless_utf16(head)
    if enc is None:
        try:
            head.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is still UTF-8.
            enc = "utf-8" if exc.start >= len(head) - 3 else "cp1252"
    return io.TextIOWrapper(binary, encoding=enc, errors="replace", newline="")

"""Offset-preserving text helpers shared by every stage.

Sentences are returned as ``(start, end)`` character ranges into the original string, so
anything derived from them can be cited back to the exact words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# A sentence ends at . ! ? ؟ (optionally followed by closing quotes/brackets) and whitespace, at
# the full-width 。！？ of Chinese and Japanese (no space follows them; one inside a closing quote
# mark ends the quote, not the sentence: 「…。」と述べた), or at a line break. Abbreviations,
# initials and ordinal days ("12. Juni") are protected below.
_BOUNDARY = re.compile(r"""(?<=[.!?؟])["'”’»)\]]*\s+|(?<=[。！？])(?![」』”’）〉》。！？!?])\s*|\n+""")
_ORDINAL_DAY = re.compile(r"\d{1,2}")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
@lru_cache(maxsize=1)
def _protected() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """Every language's abbreviations (storyline/lang/<code>/sentences.py), those that hold only
    before a number, and month names: read once, on the first split."""
    from storyline import lang
    from storyline.clean.dates import month_names

    return (
        frozenset(lang.values("sentences", "ABBREVIATIONS")),
        frozenset(lang.values("sentences", "NUMBER_ABBREVIATIONS")),
        month_names(),
    )


_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)


def period_ends_sentence(word: str) -> bool:
    """Whether the period ``word`` ends with closes a sentence ("Thursday."): not after initials
    ("J.", "H.R.") or an abbreviation of any language ("Mr.", "U.S.", "St.")."""
    if not word.endswith("."):
        return False
    stem = word.lower().rstrip(".")
    if all(len(part) <= 1 for part in stem.split(".")):
        return False
    return stem not in _protected()[0]


def inflected_pair(a: str, b: str, tail: int) -> bool:
    """Same words but the last, whose stems agree after a case ending of up to ``tail`` letters
    each; the shared stem must hold at least six letters and most of the longer word."""
    if a == b:
        return bool(a)
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False
    x, y = wa[-1], wb[-1]
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    return k >= 6 and len(x) - k <= tail and len(y) - k <= tail and k >= 0.75 * max(len(x), len(y))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence ranges, trimming surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if "\n" not in m.group(0) and text[cut - 1] not in "。！？":
            before = text[start:cut].rstrip("\"'”’»)]")
            last = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.split() else ""
            nxt = text[m.end() : m.end() + 1]
            if before.endswith("."):
                abbreviations, before_number, months = _protected()
                # "Mr. Smith", "U.S. officials", "J. Smith", "Nr. 5": not the end of a sentence.
                if last in abbreviations or (len(last) == 1 and last.isalpha()):
                    continue
                if last in before_number and nxt.isdigit():
                    continue
                # "am 12. Juni": a day written as an ordinal, then its month.
                word = _NEXT_WORD.match(text, m.end())
                if word and _ORDINAL_DAY.fullmatch(last) and word.group(0).lower() in months:
                    continue
            if nxt and nxt.islower():
                continue
        closing = len(m.group(0)) - len(m.group(0).lstrip("\"'”’»)]"))
        _add(text, start, cut + closing, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    out.append((start + lead, start + lead + len(stripped)))


# Key under which a parse made here keeps the string it was made from (Doc.user_data; DocBin
# does not store user data). spaCy's tokenizer is non-destructive, so that string *is* Doc.text,
# which otherwise costs a join over every token of the article on each read.
DOC_TEXT = ("storyline", "text")


def doc_text(doc: "Doc") -> str:
    """``doc.text``, read from the string the parse was made from when it was kept."""
    kept = doc.user_data.get(DOC_TEXT) if doc.user_data else None
    return kept if kept is not None else doc.text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def fold(s: str) -> str:
    """Lower-case, strip accents and unify punctuation: for matching, never for display."""
    if s.isascii():  # NFKD leaves ASCII as it is and it has no curly quotes: only the case changes
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return s.lower()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    for m in _WORD.finditer(text):
        yield m.start(), m.end()


def shingles(text: str, n: int = 5) -> set[str]:
    toks = words(text)
    if len(toks) < n:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def ngram_overlap(a: str, b: str, n: int = 5) -> float:
    """Share of the shorter text's word n-grams that the other text also has."""
    sa, sb = shingles(a, n), shingles(b, n)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))

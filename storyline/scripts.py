"""Word counts in every script.

Chinese, Japanese and Thai are written without spaces between words, so a count of
space-separated (or ``\\w+``) chunks reads a whole clause as one word. Where a language's quote
data gives ``UNSPACED_LETTERS`` (lang/<code>/quotes.py: code point ranges with the characters a
word has there on average), a chunk of those letters counts by its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline import lang


@lru_cache(maxsize=1)
def _unspaced() -> tuple[tuple[re.Pattern[str], int], ...]:
    return tuple((re.compile(f"[{rng}]"), int(n)) for rng, n in lang.values("quotes", "UNSPACED_LETTERS"))


@lru_cache(maxsize=1)
def _any_unspaced() -> re.Pattern[str] | None:
    ranges = "".join(rng for rng, _ in lang.values("quotes", "UNSPACED_LETTERS"))
    return re.compile(f"[{ranges}]") if ranges else None


def word_count(s: str) -> int:
    """Words of ``s``: space-separated chunks, a chunk of an unspaced script by its length."""
    if not unspaced(s):
        return len(s.split())
    n = 0
    for chunk in s.split():
        letters = 0
        for rx, per_word in _unspaced():
            k = len(rx.findall(chunk))
            if k:
                letters += max(1, round(k / per_word))
        n += letters or 1
    return n


def unspaced(s: str) -> bool:
    """Does ``s`` hold letters of a script written without spaces?"""
    rx = _any_unspaced()
    return rx is not None and rx.search(s) is not None

"""Regular expressions tried only where a match can open.

A pattern that opens with a lookbehind (``(?<![\\w-])name``) or with many alternatives is tried by
the regex engine at every character of a text: it cannot skip ahead to a literal it knows a
match starts with. :func:`heads_pattern` derives from a pattern's own parse what every match of
it opens with (literal words, character classes), and :func:`finditer` tries the pattern only at
the positions where one of those can start: the matches of ``Pattern.finditer``, at a fraction
of the cost on news text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser


Head = tuple[str, str]  # ("literal", a run of characters) or ("class", a character class as regex text)


def _heads(seq: list, i: int, tail: list) -> set[Head] | None:
    """Heads one of which every match of the parsed sequence ``seq[i:]``, then of the sequences in
    ``tail``, opens with; None when some way through it opens otherwise (or with nothing), so
    that no head bounds it."""
    while i < len(seq):
        op, av = seq[i]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: the next item opens
            i += 1
            continue
        if op is sre.LITERAL:
            run = ""
            while i < len(seq) and seq[i][0] is sre.LITERAL:
                run += chr(seq[i][1])
                i += 1
            return {("literal", run)}
        if op is sre.IN:
            atom = _class_atom(av)
            return {("class", atom)} if atom is not None else None
        if op is sre.BRANCH:
            out: set[Head] = set()
            for branch in av[1]:
                heads = _heads(list(branch), 0, [(seq, i + 1)] + tail)
                if heads is None:
                    return None
                out |= heads
            return out
        if op is sre.SUBPATTERN:
            return _heads(list(av[3]), 0, [(seq, i + 1)] + tail)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            lo, _hi, item = av
            first = _heads(list(item), 0, [(seq, i + 1)] + tail)
            if first is None:
                return None
            if lo == 0:  # optional: what follows it may open the match as well
                rest = _heads(seq, i + 1, tail)
                return None if rest is None else first | rest
            return first
        return None  # any character, a back reference...: not bounded here
    if tail:
        (nxt, j), *more = tail
        return _heads(nxt, j, more)
    return None  # the match may be empty


def _class_atom(items: list) -> str | None:
    """A character class of the parsed class ``items`` as regex text, or None for a kind not handled."""
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # a negated class and the rest: left unbounded
            return None
    return "[" + "".join(parts) + "]"


def _category_atoms() -> dict:
    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}


_CATEGORIES = _category_atoms()



def _parsed_heads(rx: re.Pattern[str]) -> set[Head] | None:
    return _heads(list(_parser.parse(rx.pattern, rx.flags)), 0, [])


def _atom(head: Head, first_only: bool = False) -> str:
    kind, value = head
    if kind == "class":
        return value
    return re.escape(value[:1] if first_only else value)


@functools.lru_cache(maxsize=256)
def heads_pattern(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern (with ``rx``'s flags) one of whose alternatives every match of ``rx`` opens with,
    derived from ``rx``'s parse; None when some way through ``rx`` is not bounded so (it may match
    nothing, or open with any character)."""
    heads = _parsed_heads(rx)
    if not heads:
        return None
    return re.compile("|".join(sorted((_atom(h) for h in heads), key=len, reverse=True)), rx.flags)


@functools.lru_cache(maxsize=256)
def _first_chars(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """One character that a match of ``rx`` can open with (with ``rx``'s flags), or None."""
    heads = _parsed_heads(rx)
    if not heads:
        return None
    return re.compile("|".join(sorted({_atom(h, first_only=True) for h in heads})), rx.flags)


def finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, with ``rx`` tried only at the characters its matches can open with.
    A bounded pattern never matches the empty string, so its matches are found left to right,
    each after the previous one's end, as ``finditer`` finds them."""
    starts = _first_chars(rx)
    if starts is None:
        yield from rx.finditer(text)
        return
    heads = heads_pattern(rx)
    assert heads is not None  # bounded, as its first characters are
    match, opens, pos = rx.match, heads.match, 0
    for c in starts.finditer(text):
        p = c.start()
        if p < pos or opens(text, p) is None:
            continue
        m = match(text, p)  # lookbehinds still see the text before p
        if m is not None:
            yield m
            pos = m.end()


def search(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)``, tried only where a match can open (see :func:`finditer`)."""
    return next(finditer(rx, text), None)

"""The date grammar is tried only where one of its alternatives can open; the matches are the
grammar's own ``finditer``."""

from __future__ import annotations

import re

from storyline.extract import dates as D

TEXTS = [
    "On Tuesday morning the harbour of Brellow reopened; by March 3, 2031 the ferries ran again.",
    "In the '90s and the ’80s, in mid-2020 and mid-March, during the third quarter of 2031 (fiscal 2030).",
    "SEPTEMBER 3, 2031 — a few days ago, 12 days ago, two weeks earlier, last week, this year's first quarter.",
    "Tonight, yesterday, today and tomorrow; the 1st of May 2030, 4 July, Sept. 9, late 2029, early June.",
    "Numbers that are no dates: 3,500 people, $2031 and 20.31 percent, route 66, the 1530s quay.",
    "ſeptember 3, 2031 and ٣ days ago",
    "",
]


def test_heads_are_bounded() -> None:
    heads = D._grammar_heads()
    assert heads is not None
    assert heads.match("the ") and heads.match("2031") and heads.match("’90s") and not heads.match("harbour")


def test_same_matches_as_the_grammar() -> None:
    grammar = D._grammar()
    for text in TEXTS:
        assert [m.span() for m in D._grammar_matches(text)] == [m.span() for m in grammar.finditer(text)]


def test_heads_of_small_patterns() -> None:
    from re import _parser

    from storyline.rx import _heads

    def heads(p: str) -> set | None:
        return _heads(list(_parser.parse(p, re.IGNORECASE)), 0, [])

    assert heads(r"\b(?:on\s+)?(?:Monday|Friday)\b") == {("literal", "on"), ("literal", "Monday"), ("literal", "Friday")}
    assert heads(r"(?<!\d)\d+\s+days") == {("class", r"[\d]")}
    assert heads(r"(?:the\s+)?") is None  # may match nothing: unbounded
    assert heads(r".x") is None
    assert heads(r"[^a]b") is None

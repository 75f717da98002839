"""storyline.rx finds what Pattern.finditer and Pattern.search find, trying fewer positions."""

from __future__ import annotations

import re

from storyline import rx

TEXTS = [
    "Click here to subscribe. All rights reserved © 2031 Brellow Gazette; see also: the ferry timetable.",
    "CLICK HERE, click  here and clickhere; Copyright-free, copyrighted, COPYRIGHT.",
    "Moravec said, 'Moravec' and Moravec-Brandt; anti-Moravec; Ilse Moravec and Moravecs.",
    "ſubscribe and ſign up (long s), K for Kelvin: no match expected but the scan must agree.",
    "",
]
PATTERNS = [
    re.compile(r"https?://|www\.|©|\bcopyright\b|all rights reserved|\bclick here\b|\bsubscribe\b|\bsign up\b"
               r"|\bsee also\b|\bcomments?\b.*\bpost", re.IGNORECASE),
    re.compile(r"(?<![\w'’-])(?:Ilse Moravec|Moravec)(?![\w-])"),
    re.compile(r"(?<![\w.,\-/])(?:\d+(?:[.,]\d+)*|one|two|ten)(?![\w])", re.IGNORECASE),
]


def test_same_matches_as_finditer_and_search() -> None:
    for pattern in PATTERNS:
        assert rx.heads_pattern(pattern) is not None
        for text in TEXTS:
            assert [m.span() for m in rx.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
            plain = pattern.search(text)
            found = rx.search(pattern, text)
            assert (found.span() if found else None) == (plain.span() if plain else None)


def test_unbounded_patterns_fall_back_to_finditer() -> None:
    for pattern in (re.compile(r"\w*"), re.compile(r".ab"), re.compile(r"[^x]y|z")):
        assert rx.heads_pattern(pattern) is None
        for text in ("abc zz xy ay", ""):
            assert [m.span() for m in rx.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]

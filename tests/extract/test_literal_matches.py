"""entities._literal_matches finds what ``finditer`` of its lookaround pattern finds."""

from __future__ import annotations

import re

from storyline.extract.entities import _literal_matches

TEXTS = [
    "Moravec said. Moravec's boat, Moravecs, anti-Moravec, 'Moravec' and Moravec-Brandt; Moravec",
    "MoravecMoravec Moravec Moravec",
    "no name here",
    "",
]


def test_same_matches_as_finditer() -> None:
    for name in ("Moravec", "Ilse Moravec", "Mor"):
        rx = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])")
        for text in TEXTS:
            assert [m.span() for m in _literal_matches(rx, name, text)] == [m.span() for m in rx.finditer(text)]
    rx = re.compile(r"(?<![\w'’-])Moravec(?![\w-])")
    assert len(list(_literal_matches(rx, "Moravec", TEXTS[0]))) == 3

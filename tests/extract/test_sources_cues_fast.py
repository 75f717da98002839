"""Cue phrases that open with punctuation or a non-word (the matcher's ``rest`` regex) are tried only
where their first character is, with the matches of the plain scan."""

from __future__ import annotations

import storyline.extract.sources as S

TEXTS = [
    "Source: Brellow Gazette. Fotos (via Harbour Wire) and more.",
    "SOURCE:Harbour Wire\nQuelle: Nordkurier Blatt; fuente:Diario Veloz",
    "ИСТОЧНИК: Вестник Ланы. Kaynak: Gazete Mavi. źródło: Kurier Zatoki",
    "a-t-elle déclaré à Quotidien Brellow, a-t-il précisé à Radio Lune",
    "No cue here at all, only words: sources, resource and outsource.",
    "ıstanbul kaynak: x (VIA Radio Lune (via Harbour Wire)",
    "",
]


def test_rest_phrases_found_as_by_the_plain_scan() -> None:
    tables = [S._cues(name, S._CASED) for name in ("CITE_BEFORE", "CREDIT_BEFORE", "REPORT_BEFORE", "REPORT_AFTER", "CITE_AFTER")]
    with_rest = [m for m in tables if m is not None and m.rest is not None]
    assert with_rest  # the tables of every language hold such phrases ("source:", "(via")
    for matcher in with_rest:
        for text in TEXTS:
            plain = [(m.start(), m.end()) for m in matcher.rest.finditer(text)]
            assert [(m.start(), m.end()) for m in matcher._rest_finditer(text)] == plain


def test_some_rest_phrase_is_found() -> None:
    matcher = S._cues("CREDIT_BEFORE", S._CASED)
    assert matcher is not None and matcher.rest is not None and matcher.rest_starts is not None
    assert sum(1 for t in TEXTS for _ in matcher._rest_finditer(t)) >= 4

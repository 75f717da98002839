"""Country names in every encoder language (Babel's territory names, plus the usual short and
older names of lang/<code>/lineage.py COUNTRY_ALIASES), read as territory codes: a text's countries
(lineage drift) and the country an entity names (the entity merge), whatever language writes it."""

from __future__ import annotations

import re
from functools import lru_cache

from storyline import lang
from storyline.text import inflected_pair, words


@lru_cache(maxsize=1)
def country_names() -> tuple[dict[tuple[str, ...], str], int]:
    """Folded country names in every encoder language (Babel) as word tuples -> territory code."""
    from babel import Locale

    table: dict[tuple[str, ...], str] = {}
    for loc in lang.LANGUAGES:
        for code, name in Locale.parse(loc).territories.items():
            if code.isalpha() and len(code) == 2:  # countries, not regions ("001", "150")
                toks = tuple(words(name))
                if toks and len(toks[0]) > 2:
                    table.setdefault(toks, code)
    for alias, code in lang.values("lineage", "COUNTRY_ALIASES"):
        table.setdefault(tuple(alias.split()), code)
    return table, max(len(k) for k in table)


def countries(text: str) -> list[str]:
    """Territory codes of the countries a text names, in any encoder language, in order, repeated."""
    return list(_countries(text))


@lru_cache(maxsize=16384)
def _countries(text: str) -> tuple[str, ...]:
    # Memoised like ``numbers``: the same sentence is read once per copy it is compared with.
    table, longest = country_names()
    toks = [_bare(t) for t in words(text)]
    out, k = [], 0
    while k < len(toks):
        for n in range(min(longest, len(toks) - k), 0, -1):
            code = table.get(tuple(toks[k : k + n]))
            if code:
                out.append(code)
                k += n
                break
        else:
            k += 1
    return tuple(out)


def _bare(token: str) -> str:
    """A word without its elided article or possessive: "d'italie" -> "italie", "oman's" -> "oman"."""
    parts = re.split(r"['’]", token)
    if len(parts) == 1:
        return token
    return parts[0] if parts[-1] in ("s", "") else parts[-1]


@lru_cache(maxsize=65536)
def country_code(name: str, language: str | None = None, tail: int = 2) -> str | None:
    """The territory code of a name that is a country's in any encoder language ("Thailand",
    "Tajlandia"). In a language that declines names (lang/<code>/entities.py DECLINES_NAMES), also of
    an inflected form of that language's own name ("w Tajlandii": :func:`storyline.text.inflected_pair`,
    a case ending of up to ``tail`` letters). Only there: an English adjective would otherwise read as
    another language's country ("Italian" / "Italia")."""
    table, _ = country_names()
    toks = tuple(_bare(t) for t in words(name))
    if not toks:
        return None
    code = table.get(toks)
    if code is not None or not language or not getattr(lang.table("entities", language), "DECLINES_NAMES", False):
        return code
    written = " ".join(toks)
    return next((code for key, code in _own_names(language).get(len(toks), ())
                 if inflected_pair(written, " ".join(key), tail)), None)


@lru_cache(maxsize=16)
def _own_names(language: str) -> dict[int, list[tuple[tuple[str, ...], str]]]:
    """One language's country names (Babel) by their word count."""
    from babel import Locale, UnknownLocaleError

    out: dict[int, list[tuple[tuple[str, ...], str]]] = {}
    try:
        territories = Locale.parse(language).territories.items()
    except (UnknownLocaleError, ValueError):
        return out
    for code, name in territories:
        toks = tuple(words(name))
        if code.isalpha() and len(code) == 2 and toks:
            out.setdefault(len(toks), []).append((toks, code))
    return out

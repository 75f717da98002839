"""Per-language data, in one place per language (spaCy's ``lang/xx`` idea).

Each language the multilingual encoder covers has a package ``storyline/lang/<code>/`` with one
module per concern (``cleaning``, ``dates``, ``entities``, ``quotes``, ``sources``, ``lineage``,
``numbers``, ...). A concern module holds plain data: upper-case names bound to tuples, sets or
dicts of words and phrases. Logic never holds language words; it asks this module for them:

    from storyline import lang
    lang.values("cleaning", "TEASER_OPENERS")            # every language's entries, merged
    lang.values("quotes", "SPEECH_VERBS", ["fr", "de"])  # only these languages
    lang.table("numbers", "pl")                           # the module itself, or None

A language without a module for a concern simply contributes nothing. Modules are imported
lazily and cached; importing this package loads nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

# The languages of the multilingual sentence encoder (USE multilingual v3).
LANGUAGES: tuple[str, ...] = ("ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr", "ru")
# Those written in the Latin alphabet: a name in Latin letters can be a word of these only.
LATIN_SCRIPT: tuple[str, ...] = ("nl", "en", "fr", "de", "it", "pl", "pt", "es", "tr")


@lru_cache(maxsize=None)
def table(concern: str, language: str) -> ModuleType | None:
    """The data module ``storyline.lang.<language>.<concern>``, or None when it has none."""
    if language not in LANGUAGES:
        return None
    name = f"storyline.lang.{language}.{concern}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def values(concern: str, name: str, languages: Iterable[str] | None = None) -> list[Any]:
    """``name`` from each language's ``concern`` module, concatenated (lists, tuples and sets
    are flattened in language order; dicts are merged, earlier languages winning)."""
    return list(_values(concern, name, tuple(languages) if languages is not None else LANGUAGES))


@lru_cache(maxsize=None)
def _values(concern: str, name: str, languages: tuple[str, ...]) -> tuple[Any, ...]:
    out: list[Any] = []
    seen: set[Any] = set()
    for code in languages:
        mod = table(concern, code)
        data = getattr(mod, name, None) if mod is not None else None
        if data is None:
            continue
        items = data.items() if isinstance(data, dict) else data
        for item in items:
            key = item[0] if isinstance(data, dict) else item
            if key in seen:
                continue
            seen.add(key)
            out.append(item)
    return tuple(out)


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list of ``language`` (empty when spaCy has none).

    The list is read from its own file: importing ``spacy.lang.<code>`` would first build
    that language's tokenizer exceptions, which costs seconds for some languages.
    """
    import importlib.util

    import spacy

    if language not in LANGUAGES:
        return frozenset()
    path = Path(spacy.__file__).parent / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_storyline_stop_words_{language}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(getattr(module, "STOP_WORDS", ()))


def words(concern: str, name: str, languages: Iterable[str] | None = None, *, folded: bool = False) -> frozenset[str]:
    """``name`` of ``concern`` as a set of words over ``languages`` (all when None), read once and
    kept; ``folded`` compares them as :func:`storyline.text.fold` writes text (case and accents off)."""
    return _words(concern, name, tuple(languages) if languages is not None else LANGUAGES, folded)


@lru_cache(maxsize=None)
def _words(concern: str, name: str, languages: tuple[str, ...], folded: bool) -> frozenset[str]:
    items = _values(concern, name, languages)
    if not folded:
        return frozenset(items)
    from storyline.text import fold  # lazily: importing this package loads nothing

    return frozenset(fold(w) for w in items)


def mapping(concern: str, name: str, languages: Iterable[str] | None = None) -> dict[Any, Any]:
    """Dict-valued data merged over languages (earlier languages win on a shared key)."""
    return dict(values(concern, name, languages))


__all__ = ["LANGUAGES", "mapping", "stop_words", "table", "values", "words"]

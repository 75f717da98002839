"""Language editions in outlet names: "Brand 日本語版", "BRAND – Deutsche Ausgabe", "Brand | النسخة العربية".

An outlet that publishes in several languages prints its brand with an edition label; the outlet is
the brand (one outlet in every edition: one independent source), the label is kept as the
article's :class:`~storyline.model.OutletEdition`. The labels are language data
(``EDITION_LABELS`` and ``EDITION_LANGUAGE_NAMES`` of ``storyline/lang/<code>/outlets.py``); the
edition's language is the code of the table that names it.

A label is read only at the edge of a name, as whole words: "The English Review" and a brand whose
first word is a language adjective keep their names. A bare language name ("English", "中文") is a
label only when a separator sets it off from the brand or when it is written in another script
than the brand. Before a label in another script than the brand, the brand written in the label's
script ("Brand 브랜드 한국어판") is the edition's name for the outlet: kept with the edition.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from storyline import lang
from storyline.model import OutletEdition

# A separator between a brand and its label: a bar, a bullet, a colon, a slash, a dash (a hyphen
# only with spaces around it: "Brand-Name" is one name).
_SEP = r"\s*[|｜•·:：/–—]\s*|\s+-\s+"
# Scripts written without spaces between words: a label there may follow the brand directly.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}"
_SCRIPTS = (
    ("cjk", regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")), ("hangul", regex.compile(r"\p{Hangul}")),
    ("thai", regex.compile(r"\p{Thai}")), ("arabic", regex.compile(r"\p{Arabic}")),
    ("cyrillic", regex.compile(r"\p{Cyrillic}")), ("greek", regex.compile(r"\p{Greek}")),
    ("hebrew", regex.compile(r"\p{Hebrew}")), ("latin", regex.compile(r"\p{Latin}")),
)
_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True, slots=True)
class _Tables:
    language_of: dict[str, str]  # label, case-folded -> language code
    trailing_label: regex.Pattern[str]
    trailing_name: regex.Pattern[str]
    leading: regex.Pattern[str]


def _alternation(items: list[str]) -> str:
    return "|".join(regex.escape(s) for s in sorted(set(items), key=len, reverse=True))


@functools.cache
def _tables() -> _Tables:
    language_of: dict[str, str] = {}
    labels: list[str] = []
    names: list[str] = []
    for code in lang.LANGUAGES:
        table = lang.table("outlets", code)
        for attr, out in (("EDITION_LABELS", labels), ("EDITION_LANGUAGE_NAMES", names)):
            for item in getattr(table, attr, ()) if table is not None else ():
                language_of.setdefault(item.casefold(), code)
                out.append(item)
    lab, nam = _alternation(labels), _alternation(names)
    end = r"(?:\s*\))?\s*$"  # "Brand (English Edition)"
    # A label after a separator, a space or an opening bracket, or glued to the brand when the
    # label is written in a script without spaces; it ends the name.
    trailing_label = regex.compile(
        rf"^(?P<brand>.*?\S)(?P<sep>{_SEP}|\s*\(\s*|\s+|(?=[{_UNSPACED}]))(?P<label>{lab})(?![\p{{L}}\p{{N}}]){end}",
        regex.I | regex.V1,
    )
    trailing_name = regex.compile(
        rf"^(?P<brand>.*?\S)(?P<sep>{_SEP}|\s*\(\s*|\s+)(?P<label>{nam})(?![\p{{L}}\p{{N}}]){end}", regex.I | regex.V1
    )
    # A label before the brand only with a separator: "Deutsche Ausgabe | Brand".
    leading = regex.compile(rf"^\s*(?P<label>{lab}|{nam})(?P<sep>{_SEP})(?P<brand>\S.*?)\s*$", regex.I | regex.V1)
    return _Tables(language_of, trailing_label, trailing_name, leading)


def script_of(text: str) -> str | None:
    """The script class of the first letter of ``text`` (Han and kana are one class), or None."""
    m = _LETTER.search(text)
    if not m:
        return None
    return next((name for name, rx in _SCRIPTS if rx.match(m.group(0))), "other")


def _scripts(word: str) -> set[str]:
    return {script_of(ch) or "" for ch in word if _LETTER.match(ch)}


def _local_name(brand: str, label_script: str | None) -> tuple[str, str | None]:
    """``brand`` without the brand written again in the label's script before the label
    ("Brand 브랜드" before "한국어판" -> "Brand", "브랜드"); unchanged when the brand itself is
    in that script."""
    if label_script is None or script_of(brand) in (None, label_script):
        return brand, None
    words = brand.split()
    k = len(words)
    while k > 1 and _scripts(words[k - 1]) == {label_script}:
        k -= 1
    if k == len(words):
        # Glued in an unspaced script: "Brand 品牌报" keeps its Latin words, drops the rest.
        last = words[-1]
        cut = next((i for i in range(len(last)) if _scripts(last[i:]) == {label_script}), None)
        if cut and _scripts(last[:cut]) and label_script not in _scripts(last[:cut]):
            return " ".join(words[:-1] + [last[:cut]]).strip(), last[cut:]
        return brand, None
    return " ".join(words[:k]), " ".join(words[k:])


def _clean_brand(brand: str) -> str:
    return regex.sub(rf"(?:{_SEP}|\s*[(\[]\s*)+$", "", brand).strip()


def split_edition(name: str) -> tuple[str, OutletEdition | None]:
    """``(brand, edition)`` of an outlet name; ``(name, None)`` when the name carries no edition
    label, or when nothing but the label would be left."""
    s = name.strip()
    if not s:
        return name, None
    t = _tables()
    found = None
    m = t.trailing_label.match(s)
    if m and (m.group("sep") or _differs(m.group("brand"), m.group("label"))):
        found = m
    if found is None:
        m = t.trailing_name.match(s)
        if m and (m.group("sep").strip() or _differs(m.group("brand"), m.group("label"))):
            found = m
    if found is None:
        m = t.leading.match(s)
        found = m if m else None
    if found is None:
        return name, None
    label = found.group("label")
    brand = _clean_brand(found.group("brand"))
    if not _LETTER.search(brand):
        return name, None
    brand, local = _local_name(brand, script_of(label))
    brand = _clean_brand(brand)
    if not _LETTER.search(brand):
        return name, None
    return brand, OutletEdition(label=label, language=_language(label), local_name=local)


def _language(label: str) -> str:
    """The code of the language table that lists ``label`` (as the name printed it, in any case)."""
    t = _tables()
    code = t.language_of.get(label.casefold())
    if code is None:  # a case the table's folding does not give back ("İ"): compare as the pattern did
        code = next(c for k, c in t.language_of.items() if regex.fullmatch(regex.escape(k), label, regex.I | regex.V1))
    return code


def _differs(brand: str, label: str) -> bool:
    """A label glued or set off by a space only: written in another script than the brand's
    first word (a name in the label's own script may end with those words: "… 日本語版" after a
    kana brand stays whole)."""
    return script_of(brand) != script_of(label)


def is_edition_label(segment: str) -> bool:
    """A title segment that is nothing but an edition label ("… | Brand | English Edition")."""
    s = segment.strip()
    return bool(s) and s.casefold() in _tables().language_of


__all__ = ["split_edition", "is_edition_label", "script_of"]

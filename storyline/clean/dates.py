"""Publication-date evidence in a page, and the decision whether it is trustworthy.

A page shows many dates: the publication date, an "Updated" stamp, the scrape day in a
site header, dates the story talks about. Each place a date can come from is turned into
a :class:`~storyline.model.DateCandidate` with an origin and a confidence;
:func:`choose_published` then sets a publication date only when the strong evidence
agrees, and leaves it empty (keeping the candidates) when it does not.

Month and weekday names come from Babel's locale data for every language of the encoder
(:func:`month_names`, :func:`month_number`: the one shared source of month names); the words
that label a stamp ("Published", "aktualizacja", "Mis à jour", "scraped") are per-language
data in ``storyline/lang/<code>/dates.py``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from storyline import lang
from storyline.model import DateCandidate

# Languages whose month names date lines may use: the encoder's languages first (they win a
# name two languages read differently), then neighbours whose pages share their scripts.
EXTRA_DATE_LANGUAGES = (
    "ca", "gl", "ro", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "sv", "da", "nb", "fi", "et", "lv", "lt", "id",
    "ms", "sq", "uk", "bg", "mk", "el", "af",
)
DATE_LANGUAGES = lang.LANGUAGES + EXTRA_DATE_LANGUAGES


def _babel_names(code: str, kind: str) -> list[tuple[str, int]]:
    """(name, number) pairs of Babel's month (``kind="month"``) or weekday names for one language."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    locales = [code] + (["en_GB", "en_US"] if code == "en" else [])
    out: list[tuple[str, int]] = []
    for loc in locales:
        try:
            Locale.parse(loc)
        except (UnknownLocaleError, ValueError):
            continue
        get = get_month_names if kind == "month" else get_day_names
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get(width, context, loc).items():
                    out.append((str(name), int(number)))
    return out


def _clean_name(name: str) -> str | None:
    n = name.lower().strip().rstrip(".")
    # Numeric forms ("3月", "3월") are read by the numeric patterns; one- and two-letter
    # abbreviations would date ordinary words.
    if len(n) < 3 or not all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in n.replace(" ", "")):
        return None  # letters and combining marks (Thai vowels and tone marks are marks, not letters)
    return n


@functools.cache
def _month_table(languages: tuple[str, ...]) -> dict[str, int]:
    months: dict[str, int] = {}
    clash: set[str] = set()
    for code in languages:
        own: dict[str, int] = {}
        for name, number in _babel_names(code, "month"):
            n = _clean_name(name)
            if n:
                own[n] = number
        for n, number in own.items():
            if n in months and months[n] != number:
                if code in lang.LANGUAGES:
                    clash.add(n)  # two encoder languages disagree: the name dates nothing
                continue  # a neighbour language never overrides an earlier reading
            months[n] = number
    for n in clash:
        months.pop(n, None)
    # English "Sept" and "Sept." (Babel's en_GB has "Sept") and the dotless forms come out above.
    return months


def month_names(languages: Iterable[str] | None = None) -> dict[str, int]:
    """Month names and abbreviations (lower case, no trailing dot) -> month number, from Babel.

    The shared source of month names for the whole project. With ``languages`` only those
    languages' names (a page whose language is known reads "listopad" its own way); without,
    every date language, where a name two encoder languages read differently is left out.
    """
    return dict(_month_table(tuple(languages) if languages is not None else DATE_LANGUAGES))


def month_number(name: str, language: str | None = None) -> int | None:
    """Month number of a month name or abbreviation (any date language, or ``language`` first)."""
    n = name.lower().strip().rstrip(".")
    if language:
        own = _month_table((language,)).get(n)
        if own:
            return own
    return _month_table(DATE_LANGUAGES).get(n)


@functools.cache
def weekday_names() -> frozenset[str]:
    """Weekday names and abbreviations of every date language (lower case, no dot), from Babel."""
    months = _month_table(DATE_LANGUAGES)
    out: set[str] = set()
    for code in DATE_LANGUAGES:
        for name, _ in _babel_names(code, "day"):
            n = _clean_name(name)
            if n and n not in months:
                out.add(n)
    return frozenset(out)


def _alt(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after
_ORD = r"(?:st|nd|rd|th|er|º|°|\.)?"


# A month's place is matched by shape (one word) and the word is then looked up in the month
# table: one small pattern instead of an alternation over every language's ~600 names.
# Letters, and the combining marks of scripts (Thai) whose words carry them.
_LETTER = r"(?:[^\W\d_]|[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])"
_MON = rf"(?<![^\W\d_])({_LETTER}{{3,14}})\.?(?!{_LETTER})"
_WORD_PATTERNS: dict[str, re.Pattern[str]] = {
    # "June 2, 2024", "Feb 4, 2026", "Sept. 15 2025"
    "mdy": re.compile(rf"{_MON}\s+(\d{{1,2}}){_ORD}(?!\d),?\s+(\d{{4}})(?!\d)"),
    # "2 June 2024", "5 de mayo de 2024", "3. März 2024", "1er avril 2024", "9 Mar 2026"
    "dmy": re.compile(rf"(?<![\d.])(\d{{1,2}}){_ORD}\s*(?:de\s+|of\s+)?{_MON},?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d)", re.I),
    # "June 2", "Sept 15": no year
    "md": re.compile(rf"{_MON}\s+(\d{{1,2}}){_ORD}(?!\d)"),
    # "3 mars", "15. September": no year
    "dm": re.compile(rf"(?<![\d.])(\d{{1,2}}){_ORD}\s*(?:de\s+|of\s+)?{_MON}", re.I),
}
_TOKEN = re.compile(r"[^\W\d_]+\.?")


def _word_dates(tag: str, s: str, language: str | None) -> list[tuple[int, int, int, int, re.Match[str]]]:
    """``(month, day, year or 0, start, match)`` for each place ``tag``'s shape holds a real month name."""
    pat = _WORD_PATTERNS[tag]
    out = []
    pos = 0
    while True:
        m = pat.search(s, pos)
        if not m:
            return out
        g = m.groups()
        name, day = (g[0], g[1]) if tag in ("mdy", "md") else (g[1], g[0])
        month = month_number(name, language)
        if month:
            out.append((month, int(day), int(g[2]) if len(g) > 2 else 0, m.start(), m))
            pos = m.end()
        else:
            pos = m.start() + 1  # the shape held another word: look again just after it


_NUMERIC: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?=\b|T|\s|$)")),
    ("ymd", re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")),
    # "2024年3月9日", "2024년 3월 9일"
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")),
    # "2024. 3. 9." (Korean), "2024.03.09"
    ("ymd", re.compile(r"(?<!\d)(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?:\.|(?!\d))")),
    # "03.11.2024": dots are day-first wherever they are written
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")),
    ("num", re.compile(r"(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?![\d/])")),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A full calendar date written in a text; ``alt`` is the other reading of an ambiguous
    numeric date ("04/06/2024": April 6 or 4 June), None when the writing is unambiguous."""

    value: date
    start: int
    end: int
    alt: date | None = None


# "9: 39 AM", "12 / 23 / 12": tokenised corpora put spaces inside times and dates.
_SPACED_COLON = re.compile(r"(\d)\s*:\s*(\d)")
_SPACED_SLASH = re.compile(r"(\d)\s+/\s+(\d)")
_ISO_T = re.compile(r"(\d)T(\d)")


def normalize_spacing(s: str) -> str:
    s = _ISO_T.sub(r"\1 \2", s)
    return _SPACED_SLASH.sub(r"\1/\2", _SPACED_SLASH.sub(r"\1/\2", _SPACED_COLON.sub(r"\1:\2", s)))


def _valid(y: int, m: int, d: int) -> date | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


@functools.cache
def era_offsets(language: str | None = None) -> tuple[int, ...]:
    """Years a language's own era runs ahead of the common era (``ERA_YEAR_OFFSET`` in
    lang/<code>/dates.py: Thai 543), of ``language`` or of every language."""
    out = []
    for code in [language] if language else lang.LANGUAGES:
        mod = lang.table("dates", code) if code in lang.LANGUAGES else None
        off = getattr(mod, "ERA_YEAR_OFFSET", 0) if mod is not None else 0
        if off and off not in out:
            out.append(off)
    return tuple(out)


def common_era(year: int, language: str | None = None) -> int:
    """``year`` in the common era: a year of 2400-2700 (no news date of the common era) is read
    in the era of ``language`` (of any language with one when None)."""
    if 2400 <= year <= 2700:
        for off in era_offsets(language):
            return year - off
    return year


def _has_word(s: str) -> bool:
    # Only text with a letter run and a four-digit number can hold a written-out dated month.
    return bool(re.search(r"[^\W\d_]{3}", s)) and bool(re.search(r"\d{4}", s))


def scan_dates(text: str, dayfirst: bool | None = None, language: str | None = None) -> list[FoundDate]:
    """Full calendar dates written in ``text``, leftmost first (offsets into ``normalize_spacing(text)``).

    ``dayfirst`` orders an ambiguous numeric date ("04/06/2024"): True reads 4 June, False
    April 6, None the month-first reading; the other reading is kept in ``alt`` either way.
    """
    s = normalize_spacing(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(value: date | None, m: re.Match[str], alt: date | None = None) -> None:
        if value is not None:
            found.append(FoundDate(value, m.start(), m.end(), alt))
            taken.append((m.start(), m.end()))

    for tag, pat in _NUMERIC:
        for m in pat.finditer(s):
            if not free(m.start(), m.end()):
                continue
            a, b, c = (int(g) for g in m.groups())
            if tag == "ymd":
                add(_valid(a, b, c), m)
            elif tag == "dmy":
                add(_valid(c, b, a), m)
            else:
                y = c + 2000 if c < 100 and c <= 69 else (c + 1900 if c < 100 else c)
                if a > 12 or b > 12 or a == b:
                    add(_valid(y, b, a) if a > 12 else _valid(y, a, b), m)
                else:
                    mdy, dmy = _valid(y, a, b), _valid(y, b, a)
                    add(dmy, m, mdy) if dayfirst else add(mdy, m, dmy)
    if _has_word(s):
        for tag in ("mdy", "dmy"):
            for month, day, year, _, m in _word_dates(tag, s, language):
                if free(m.start(), m.end()):
                    # Thai pages count years in the Buddhist era (2569 = 2026).
                    add(_valid(common_era(year), month, day), m)
    found.sort(key=lambda f: f.start)
    return found


def find_dates(text: str, dayfirst: bool | None = None) -> list[tuple[date, int, int]]:
    """Full calendar dates written in ``text`` as ``(date, start, end)``, leftmost first.

    Offsets are into ``normalize_spacing(text)``.
    """
    return [(f.value, f.start, f.end) for f in scan_dates(text, dayfirst)]


def month_day(text: str, language: str | None = None) -> tuple[int, int, int, int] | None:
    """A day of a month without a year ("Sept 15", "3 mars"): ``(month, day, start, end)``."""
    s = normalize_spacing(text)
    if not re.search(r"[^\W\d_]{3}", s):
        return None
    best: tuple[int, int, int, int] | None = None
    for tag in ("md", "dm"):
        for month, day, _, start, m in _word_dates(tag, s, language)[:1]:
            if 1 <= day <= 31 and (best is None or start < best[2]):
                best = (month, day, start, m.end())
    return best


# ---------------------------------------------------------------------------------------------
# Date stamps: lines that say when a page was published, updated or fetched.

_TIME = re.compile(
    r"(?<!\d)\d{1,2}(?:[:.h]\d{2}(?::\d{2})?)?\s*(?:[ap]\.?\s?m\.?(?![^\W\d_])|uhr\b)|(?<![\d.])\d{1,2}[:h]\d{2}(?::\d{2})?(?:\.\d+)?(?!\d)"
    r"|(?<!\d)\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?",  # "9時40分", "9시 40분"
    re.I,
)
# Zones are written in capitals; lower-case "est" or "first" are words.
_ZONE = re.compile(
    r"(?<![^\W\d_])(?:UTC|GMT|Z|[A-Z]{1,3}[SD]T|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|ET|CT|MT|PT)(?![^\W\d_])"
    r"(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}(?!\d)"
)
_READ_TIME = re.compile(r"\d+\s*(?:min(?:ute)?s?|mins?\.?)\s*(?:read|de lecture|lesezeit|lectura|lettura|leestijd|czytania)?", re.I)
_SEGMENT = re.compile(r"\s+(?:\||•|·|/|—|–|-{1,2}|::)\s+|\s*\|\s*|\s*[•·]\s*")
_FILLER = re.compile(r"[\s,|@•·\-–—:;/()\[\]（）【】：，、]+")
_WORD = re.compile(r"[^\W\d_]+")
# A place (and agency) in front of the date: "WASHINGTON, DC, April 28, 2009", "LONDON (Reuters), May 2, 2013".
_PLACE_PREFIX = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2})"
    r"(?:\s*,\s*[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][A-Za-z.]{1,15})?){0,2}"
    r"\s*(?:\(\s*[A-Za-z][A-Za-z .&/-]{0,30}\))?\s*[,\-–—:]?\s*$"
)
_DIGIT = re.compile(r"\d")
_BYLINE_START = re.compile(r"^\s*(?:by|von|par|por|door|przez|di|da)\s", re.I)


@functools.cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every language's stamp labels, and label (lower case) -> kind."""
    kinds: dict[str, str] = {}
    for kind, name in (("crawl", "CRAWL_LABELS"), ("updated", "UPDATED_LABELS"), ("published", "PUBLISHED_LABELS")):
        for word in lang.values("dates", name):
            kinds.setdefault(word.lower(), kind)
    links = _alt(w.lower() for w in lang.values("dates", "LABEL_LINKS"))
    pat = re.compile(
        rf"^[\s\[(（【]*(?P<label>{_alt(kinds)}){_R}\s*(?::|：|-|–|—)?\s*(?:(?:{links}){_R}\s*)?[:：]?\s*", re.I
    )
    return pat, kinds


@functools.cache
def _embedded_label() -> re.Pattern[str]:
    """Updated and crawl labels inside a line: "10:32 AM GMT+2 Updated 3 hours ago"."""
    words = lang.values("dates", "UPDATED_LABELS") + [w for w in lang.values("dates", "CRAWL_LABELS") if len(w) > 5]
    # After a space, or after the bracket that opens an update note: "21:40 (updated ...)",
    # "21:40（更新：...）" (CJK writes no space before a full-width bracket).
    return re.compile(rf"(?:\s*[(（\[【]\s*|\s)(?=(?:{_alt(w.lower() for w in words)}){_R})", re.I)


@functools.cache
def _relative() -> re.Pattern[str]:
    words = _alt(w.lower() for w in lang.values("dates", "RELATIVE_WORDS"))
    return re.compile(rf"{_L}(?:{words}){_R}", re.I)


def stamp_label(s: str) -> tuple[str, str]:
    """``(kind, rest)``: kind "published", "updated", "crawl" or "" for a stamp's leading label."""
    pat, kinds = _labels()
    m = pat.match(s)
    if not m:
        return "", s
    return kinds.get(m.group("label").lower(), ""), s[m.end() :]


@functools.cache
def _links() -> re.Pattern[str]:
    """Small words inside a stamp ("on", "le", "am", "alle ore"): every language's LABEL_LINKS."""
    return re.compile(rf"{_L}(?:{_alt(w.lower() for w in lang.values('dates', 'LABEL_LINKS'))}){_R}\.?", re.I)


def _leftover(rest: str) -> int:
    """Characters of ``rest`` that are not time, zone, weekday, reading time or filler."""
    rest = _READ_TIME.sub(" ", rest)
    rest = _ZONE.sub(" ", _TIME.sub(" ", rest))
    if re.search(r"[^\W\d_]{3}", rest):
        days = weekday_names()
        rest = _TOKEN.sub(lambda t: " " if t.group().lower().rstrip(".") in days else t.group(), rest)
    rest = _links().sub(" ", rest)
    return len(_FILLER.sub("", rest))


@dataclass(slots=True)
class Stamp:
    """What one stamp line says. ``published`` is its first unlabelled or published-labelled date."""

    is_stamp: bool = False
    published: date | None = None
    label: str = ""  # "published" when a label said so, "" when the date stood alone
    updated: date | None = None
    crawl: date | None = None
    alt: date | None = None  # the other reading of an ambiguous numeric ``published``
    partial: tuple[int, int] | None = None  # (month, day) of a date without a year
    names: tuple[str, ...] = ()  # short segments beside the date (a name, a role, an outlet)
    zones: tuple[str, ...] = ()  # time zones written in the stamp
    text_after: str = ""  # what follows a labelled date on the same line ("date 2019-03-02 Headline")


def _segments(line: str) -> list[str]:
    parts: list[str] = []
    for seg in _SEGMENT.split(line):
        parts += [p for p in _embedded_label().split(seg) if p.strip()]
    return [p.strip() for p in parts if p.strip()]


def read_stamp(line: str, dayfirst: bool | None = None, language: str | None = None, max_chars: int = 160) -> Stamp:
    """Read a date stamp line in any language: "Name | Role - Tue, 11/05/2019 - 14:10",
    "First published 07:40 GMT, 2 May 2024 | Updated …", "27.09.2024, 21:40 | aktualizacja: …",
    "[scraped 2028-07-23 05:31 UTC] https://…", "published 2024-10-07 Outlet name".

    A line is a stamp when it holds a date and everything else on it is short (names, roles,
    times, zones, reading times, relative stamps); a labelled date may be followed by any text.
    """
    s = normalize_spacing(line.strip())
    out = Stamp()
    if not s or len(s) > max_chars * 4 or not _DIGIT.search(s):
        return out  # every stamp has a digit: a date, a time, or "3 hours ago"
    kind0, rest0 = stamp_label(s)
    if kind0:
        # A label right before a date: the line is a stamp whatever follows ("date 2019-03-02 Headline…").
        found = scan_dates(rest0[:40], dayfirst, language)
        if found and _leftover(rest0[: found[0].start]) <= 2 and len(s) > max_chars:
            f = found[0]
            _assign(out, kind0, f.value, f.alt)
            out.is_stamp = True
            out.text_after = rest0[f.end :].strip(" ,|-–—:")
            return out
    if len(s) > max_chars:
        return out
    names: list[str] = []
    zones: list[str] = []
    dated = relative = 0
    for seg in _segments(s):
        kind, rest = stamp_label(seg)
        zones += [z.lower() for z in _ZONE.findall(rest) if not z.startswith(("+", "-"))]
        found = scan_dates(rest, dayfirst, language)
        if found:
            f = found[0]
            before, after = rest[: f.start], rest[f.end :]
            if _leftover(before) + _leftover(after) > 3:
                if kind and _leftover(before) <= 2:
                    out.text_after = after.strip(" ,|-–—:")  # labelled date followed by text
                elif not (_PLACE_PREFIX.match(before) and not _BYLINE_START.match(before) and _leftover(after) <= 3):
                    return Stamp()  # a sentence with a date in it, not a stamp
            _assign(out, kind, f.value, f.alt)
            dated += 1
            continue
        md = month_day(rest, language)
        if md and _leftover(rest[: md[2]] + " " + rest[md[3] :]) <= 3:
            if out.partial is None and kind in ("", "published"):
                out.partial = (md[0], md[1])
                out.label = out.label or kind
            dated += 1
            continue
        if kind and (not rest.strip() or _relative().search(rest) or _leftover(rest) <= 3):
            relative += 1  # "Updated 3 hours ago", "aktualizacja:" with its date in the next segment
            continue
        if _leftover(rest) <= 3:
            continue  # a time, a zone, a weekday, "5 min read"
        if _relative().search(seg) and re.search(r"\d", seg) and len(seg.split()) <= 4:
            relative += 1  # "2 days ago", "il y a 3 heures"
            continue
        # A name, a role, an outlet: a few words ("By <name>, <role>" a few more), never a sentence.
        limit = 8 if _BYLINE_START.match(seg) else 5
        if len(seg.split()) <= limit and len(seg) <= 60 and not seg.endswith((".", "?", "!")):
            names.append(seg)
            continue
        return Stamp()
    if not dated and not (relative and not names):
        return Stamp()
    out.is_stamp = True
    out.names = tuple(names)
    out.zones = tuple(zones)
    return out


def _assign(out: Stamp, kind: str, value: date, alt: date | None) -> None:
    if kind == "updated":
        out.updated = out.updated or value
    elif kind == "crawl":
        out.crawl = out.crawl or value
    elif out.published is None:
        out.published, out.alt, out.label = value, alt, kind


def parse_date_line(line: str, dayfirst: bool | None = None) -> tuple[date | None, str, bool]:
    """Read a line that is only a date stamp: ``(date or None, label, is_date_line)``.

    ``label`` is "published", "updated", "today" (a crawl or "today is" date: the day the page
    was looked at) or "". A line such as "Jul. 7 5:59 PM EDT" is a date line without a year
    (date None). Lines with other words are not date lines.
    """
    st = read_stamp(line, dayfirst, max_chars=90)
    if not st.is_stamp:
        return None, "", False
    if st.published is not None or st.partial is not None:
        return st.published, st.label, True
    if st.crawl is not None:
        return st.crawl, "today", True
    if st.updated is not None:
        return st.updated, "updated", True
    return None, "updated" if st.label == "updated" else "", True


_URL_DATE = [
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])"),
    re.compile(r"/((?:19|20)\d{2})/([^\W\d_]{3,9})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:/|$|[-_])"),
    re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$|[-_.])"),
]


def url_date(url: str | None) -> date | None:
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pat in _URL_DATE:
        m = pat.search(path)
        if not m:
            continue
        y, mo, d = m.groups()
        month = int(mo) if mo.isdigit() else (month_number(mo) or 0)
        value = _valid(int(y), month, int(d))
        if value is not None:
            return value
    return None


# A wire or press-release dateline: "HELSINKI, June 2, 2024 /Org/ —", "LYON, 3 mars 2024 (Agence) -",
# "WASHINGTON, March 3 (Reuters) -", "LISBON/MADRID, July 21 (Wire) -", "PARIS, 12 juin 2026 (AFP) - ".
_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_'’.-]*(?:[ /'’.-]{1,2}[^\W\d_][^\W\d_'’.-]*){0,4})"
    r"(?:,\s*(?P<region>[^\W\d_][^\W\d_. ]{1,25}))?"
    r"(?:,?\s+(?P<date>(?:[^\W\d_]{2,10},?\s+)?(?:[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}(?:\.|º|er)?\s+(?:de\s+)?[^\W\d_]{3,12}\.?(?:,?\s+(?:de\s+)?\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}))"
    # "2025 r." (Polish roku), "2026 г." (Russian goda) after the year; a clock time after the date.
    r"(?:\s+(?:r|г)\.)?"
    r"(?:\s*,?\s*\d{1,2}[:.h]\d{2}(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?)?)?\.?"
    r"\s*(?:\((?P<agency>[^\W\d_][\w .&'’/-]{0,40})\)|/(?P<agency2>[^\W\d_][^/\n]{0,50})/)?"
    # The separator: a dash or colon; Spanish ".-" ("(EFE).-"); after an agency also a bare full stop
    # ("/ТАСС/. Правительство").
    r"(?:\s*(?:[-–—]{1,2}|:|\.\s?[-–—])\s|(?<=[)/])\.\s)"
)


def dateline(first_paragraph: str, language: str | None = None) -> tuple[str | None, int | None, int | None, int | None, str]:
    """Parse a wire dateline: ``(agency, year, month, day, matched text)``; day parts may be None."""
    m = _DATELINE.match(first_paragraph[:300])
    if not m or not (m.group("date") or m.group("agency") or m.group("agency2")):
        return None, None, None, None, ""
    place = m.group("place")
    if not place[:1].isupper() or len(place.split()) > 4:
        return None, None, None, None, ""
    agency = (m.group("agency") or m.group("agency2") or "").strip() or None
    year = month = day = None
    if m.group("date"):
        ds = m.group("date")
        full = scan_dates(ds, True, language)
        if full:
            v = full[0].value
            year, month, day = v.year, v.month, v.day
        else:
            md = month_day(ds, language)
            if md:
                month, day = md[0], md[1]
            else:
                # Words that are not a date ("Brzegowo, Sobota -"): a place with a region, no date.
                if not agency:
                    return None, None, None, None, ""
    return agency, year, month, day, m.group(0)


def _as_date(value: str) -> date:
    return date.fromisoformat(value)


# Origins whose date is a publication date when confident; the others are kept as evidence only.
_PUBLISHING = {"field", "published", "dateline", "url", "header_line", "htmldate", "feed", "warc", "stamp"}


def choose_published(
    candidates: list[DateCandidate], now: date | None = None, min_confidence: float = 0.6
) -> str | None:
    """The publication date when the confident candidates agree (within a day), else None.

    Dates in the future are never publication dates; "updated" stamps, page-header dates
    (the scrape day), crawl stamps and "today is" lines are evidence only. An "updated" stamp
    is an upper bound: a candidate later than the earliest confident one is set aside. A
    header-line date later than other confident evidence is taken for the scrape day and set aside.
    """
    today = now or date.today()
    usable = [
        c
        for c in candidates
        if c.origin in _PUBLISHING and c.confidence >= min_confidence and _as_date(c.value) <= today
    ]
    bounds = [_as_date(c.value) for c in candidates if c.origin == "updated" and c.confidence > 0]
    if bounds:
        bound = min(bounds)
        usable = [c for c in usable if _as_date(c.value) <= bound + timedelta(days=1)]
    if not usable:
        return None
    others = [c for c in usable if c.origin != "header_line"]
    if others:
        earliest = min(_as_date(c.value) for c in others)
        usable = [c for c in usable if c.origin != "header_line" or _as_date(c.value) <= earliest + timedelta(days=1)]
    best = max(usable, key=lambda c: c.confidence)
    b = _as_date(best.value)
    if any(abs((_as_date(c.value) - b).days) > 1 for c in usable):
        return None
    return best.value


# Origins that may be the day a page was looked at rather than written (a site header's date line).
_HEADER_ORIGINS = {"header_line", "header", "today"}


def story_crawl_dates(
    articles: dict[str, list[DateCandidate]], published: dict[str, str | None], gap_days: int = 60
) -> dict[str, str]:
    """Articles of one story whose publication date rests only on a page-header date far after
    the other articles' dates: ``{article id: reason}``. Such a date is the crawl day; the
    caller sets ``published`` to None and marks the candidate rejected with the reason.

    The story's other articles are the anchor: at least two of them must have dates, and the
    date must be ``gap_days`` after their latest one.
    """
    out: dict[str, str] = {}
    for aid, value in published.items():
        if not value:
            continue
        cands = [c for c in articles.get(aid, []) if c.value == value and c.confidence >= 0.6]
        if not cands or any(c.origin not in _HEADER_ORIGINS for c in cands):
            continue
        others = [_as_date(v) for k, v in published.items() if k != aid and v]
        if len(others) < 2:
            continue
        gap = (_as_date(value) - max(others)).days
        if gap > gap_days:
            out[aid] = f"rejected: crawl date, {gap} days after the story's other articles: {cands[0].evidence}"[:200]
    return out


def mtime_date(timestamp: float | None) -> date | None:
    return datetime.fromtimestamp(timestamp).date() if timestamp else None


__all__ = [
    "DATE_LANGUAGES", "FoundDate", "Stamp", "choose_published", "dateline", "find_dates", "month_day", "month_names",
    "month_number", "mtime_date", "normalize_spacing", "parse_date_line", "read_stamp", "scan_dates", "stamp_label",
    "story_crawl_dates", "url_date", "weekday_names",
]

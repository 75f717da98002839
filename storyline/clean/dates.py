"""Publication-date evidence in a page, and the decision whether it is trustworthy.

A page shows many dates: the publication date, an "Updated" stamp, the scrape day in a
site header, dates the story talks about. Each place a date can come from is turned into
a :class:`~storyline.model.DateCandidate` with an origin and a confidence;
:func:`choose_published` then sets a publication date only when the strong evidence
agrees, and leaves it empty (keeping the candidates) when it does not.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from storyline.model import DateCandidate

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
_WEEKDAY = _WEEKDAY_WORD + r",?\s+"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"

# Each pattern yields (year, month, day) groups in the order named by its tag.
_PATTERNS: list[tuple[str, re.Pattern[str] | None]] = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?=\b|T)")),
    ("ymd", re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")),
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I)),
    ("dmy", re.compile(rf"\b(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I)),
    ("dmy_intl", None),  # built lazily from dateparser's month names: see _intl_patterns
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")),
    ("num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
    ("dmy_dot", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
]
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)

# Languages whose month and weekday names date lines may use (names come from dateparser's
# locale data). Latin, Cyrillic and Greek scripts with Western digits; CJK dates are numeric.
DATE_LANGUAGES = (
    "en", "es", "fr", "de", "it", "pt", "nl", "ca", "gl", "ro", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu",
    "sv", "da", "nb", "fi", "et", "lv", "lt", "tr", "id", "ms", "tl", "sq", "ru", "uk", "bg", "mk", "el", "af",
)
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@functools.cache
def _names() -> tuple[dict[str, int], frozenset[str]]:
    """Month names (lower case, no dot) -> month number, and weekday names, over DATE_LANGUAGES.

    A name that means different months in two languages (Croatian "listopad" is October,
    Czech and Polish November) is left out: a line using it is not dated at all.
    """
    from dateparser.languages.loader import default_loader  # costly import, only when a line needs it

    months: dict[str, int] = dict(_MONTHS)
    clash: set[str] = set()
    weekdays: set[str] = set()
    for lang in DATE_LANGUAGES:
        info = default_loader.get_locale(lang).info
        for number, key in enumerate(_MONTH_KEYS, 1):
            for name in info.get(key, []):
                n = name.lower().rstrip(".")
                if len(n) < 3 or not n.isalpha():
                    continue
                if months.get(n, number) != number:
                    clash.add(n)
                months[n] = number
        for key in _WEEKDAY_KEYS:
            weekdays.update(w.lower().rstrip(".") for w in info.get(key, []) if len(w.rstrip(".")) >= 3)
    for n in clash:
        months.pop(n, None)
    return months, frozenset(weekdays - set(months))


@functools.cache
def _intl_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(day month year, day month, weekday word) patterns over every known month name."""
    months, weekdays = _names()
    alt = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    wd = "|".join(re.escape(n) for n in sorted(weekdays, key=len, reverse=True))
    # "3 de marzo de 2024", "3. März 2024", "3 mars 2024", "3 марта 2024", "1er avril 2024"
    day = r"(\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?"
    dmy = re.compile(rf"(?<![\w.])(?:{day})\s+(?:de\s+|of\s+)?({alt})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d)", re.I)
    dm = re.compile(rf"(?<![\w.])(?:{day})\s+(?:de\s+|of\s+)?({alt})(?![^\W\d_])\.?", re.I)
    return dmy, dm, re.compile(rf"(?<![^\W\d_])(?:{wd})(?![^\W\d_])\.?", re.I)


def month_number(name: str) -> int | None:
    """Month number of a month name or abbreviation in any of DATE_LANGUAGES."""
    return _names()[0].get(name.lower().rstrip("."))

# "9: 39 AM", "12 / 23 / 12": tokenised corpora put spaces inside times and dates.
_SPACED_COLON = re.compile(r"(\d)\s*:\s*(\d)")
_SPACED_SLASH = re.compile(r"(\d)\s+/\s+(\d)")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[ap]|uhr)?(?!\w)", re.I)
# Extras a date stamp may carry: "• 6 min read", "by admin", "/ CBS News".
_STAMP_EXTRA = re.compile(r"(?:\s(?:by|von|par|por)\s+[^|•·/]{1,40}$)|(?:\d+\s*min(?:ute)?s?\.?\s*read)", re.I)
_SEGMENT = re.compile(r"\s+(?:\||•|·|/|—|–)\s+")
_TZ = re.compile(
    r"\b(?:utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|ist|aest|aedt|jst|hkt|sgt|z)\b"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?",
    re.I,
)
_LABEL = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published|posted|updated|last\s+updated|last\s+modified|modified|"
    r"date|dated|released|created|today\s+is|today|scraped|crawled|fetched|retrieved|accessed|"
    # the same stamps in other languages (es/pt, fr, de, it, nl)
    r"publicad[oa]|actualizad[oa]|atualizad[oa]|modificad[oa]|fecha|data|publié(?:e)?|mis\s+à\s+jour|modifié(?:e)?|"
    r"veröffentlicht|aktualisiert|geändert|datum|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt)"
    r"\b\s*(?:on|at|el|le|am|em|il|op)?\s*[:\-–—|]?\s*",
    re.I,
)
_SCRAPE_LABEL = ("scraped", "crawled", "fetched", "retrieved", "accessed")
_FILLER = re.compile(
    r"[\s,|@•·\-–—:;/()\[\]]+|\b(?:on|at|the|of|de|del|el|le|la|à|às|a\s+las|um|am|alle|ore|h|hrs|года|г)\b",
    re.I,
)
# A place (and agency) in front of the date: "WASHINGTON, DC, April 28, 2009", "LONDON (Reuters), May 2, 2013".
_PLACE_PREFIX = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2})"
    r"(?:\s*,\s*[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][A-Za-z.]{1,15})?){0,2}"
    r"\s*(?:\(\s*[A-Za-z][A-Za-z .&/-]{0,30}\))?\s*[,\-–—:]?\s*$"
)
_NOT_PLACE = re.compile(r"^\s*(?:by|von|par|por|posted|written|updated|published)\b", re.I)


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


def _has_word(s: str) -> bool:
    # Only text with a letter run and a four-digit number can hold a written-out dated month.
    return bool(re.search(r"[^\W\d_]{3}", s)) and bool(re.search(r"\d{4}", s))


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full calendar dates written in ``text`` as ``(date, start, end)``, leftmost first.

    Offsets are into ``normalize_spacing(text)``.
    """
    s = normalize_spacing(text)
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for tag, pat in _PATTERNS:
        if pat is None:
            if not _has_word(s):
                continue
            pat = _intl_patterns()[0]
        for m in pat.finditer(s):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groups()
            value: date | None
            if tag == "ymd":
                value = _valid(int(g[0]), int(g[1]), int(g[2]))
            elif tag == "mdy":
                value = _valid(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif tag == "dmy":
                value = _valid(int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0]))
            elif tag == "dmy_intl":
                value = _valid(int(g[2]), month_number(g[1]) or 0, int(g[0]))
            elif tag == "dmy_dot":
                value = _valid(int(g[2]), int(g[1]), int(g[0]))
            else:  # num: US order unless the first number cannot be a month
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                y = y + 2000 if y < 100 and y <= 69 else (y + 1900 if y < 100 else y)
                value = _valid(y, a, b) if a <= 12 else _valid(y, b, a)
            if value is not None:
                found.append((value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def parse_date_line(line: str) -> tuple[date | None, str, bool]:
    """Read a line that is only a date stamp: ``(date or None, label, is_date_line)``.

    ``label`` is "published", "updated", "today" or "". A line such as "Jul. 7 5:59 PM EDT"
    is a date line without a year (date None). Lines with other words are not date lines.
    """
    s = normalize_spacing(line.strip())
    if not s or len(s) > 90:
        return None, "", False
    label = ""
    m = _LABEL.match(s)
    if m:
        word = m.group(0).lower()
        if "today" in word or word.startswith(_SCRAPE_LABEL):
            label = "today"  # the day the page was looked at, not when it was written
        elif any(k in word for k in ("updat", "modifi", "actualiza", "atualiza", "jour", "aktualis", "geändert",
                                     "aggiornat", "bijgewerkt")):
            label = "updated"
        else:
            label = "published"
        s = s[m.end() :]
    # "on Sept 14, 2013 11:41am | Updated on September 14, 2013 11:41am": the first stamp wins.
    parts = re.split(r"\|\s*(?=(?:last\s+)?updated|modified)", s, maxsplit=1, flags=re.I)
    head = _STAMP_EXTRA.sub(" ", parts[0])
    segs = [g for g in _SEGMENT.split(head) if g.strip()]
    if len(segs) > 1:
        # "March 3, 2023 / 6:40 PM / CBS News": the date segment, if the rest is short.
        dated = [g for g in segs if find_dates(g) or _MONTH_DAY.search(normalize_spacing(g))]
        if dated and all(len(g.split()) <= 4 for g in segs if g is not dated[0]):
            head = dated[0] + " " + " ".join(g for g in segs if g is not dated[0] and _TIME.search(normalize_spacing(g)))
    dates = find_dates(head)
    head = normalize_spacing(head)
    if dates:
        _, a, b = dates[0]
    else:
        md = _MONTH_DAY.search(head) or (_intl_patterns()[1].search(head) if _has_letters(head) else None)
        if not md:
            return None, label, False
        a, b = md.start(), md.end()
    if _stamp_leftover(head[:a] + " " + head[b:]) > 3:
        # "LONDON (Reuters), May 2, 2013": a dateline's place before the date, nothing after it.
        if label or _NOT_PLACE.match(head) or not _PLACE_PREFIX.match(head[:a]) or _stamp_leftover(head[b:]) > 3:
            return None, label, False
    return (dates[0][0] if dates else None), label, True


def _has_letters(s: str) -> bool:
    return bool(re.search(r"[^\W\d_]{3}", s))


def _stamp_leftover(rest: str) -> int:
    """Characters of ``rest`` that are not time, zone, weekday or filler."""
    rest = _TZ.sub(" ", _TIME.sub(" ", rest))
    rest = re.sub(rf"\b{_WEEKDAY_WORD}", " ", rest, flags=re.I)
    if _has_letters(rest):
        rest = _intl_patterns()[2].sub(" ", rest)
    return len(_FILLER.sub("", rest))


_URL_DATE = [
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])"),
    re.compile(rf"/((?:19|20)\d{{2}})/{_MONTH}/(\d{{1,2}})(?:/|$)", re.I),
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
        month = int(mo) if mo.isdigit() else _MONTHS.get(mo.lower().rstrip("."), 0)
        value = _valid(int(y), month, int(d))
        if value is not None:
            return value
    return None


# "WASHINGTON, March 3 (Reuters) -", "LONDON (AP) — ", "Dekalb, Ill. — ", "PARIS, 3 mars (AFP) -"
_DATELINE = re.compile(
    r"^\s*([A-ZÀ-Ö][A-ZÀ-ÖØ-Þ .'’-]{1,40}|[A-ZÀ-Ö][a-zß-ÿ]+(?: [A-ZÀ-Ö][a-zß-ÿ]+)?)(?:,\s*(?:[^\W\d_]|[. ]){2,25})?"
    r"(?:,?\s+(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?(?:,?\s+(?:de\s+)?\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\))?\s*[-–—]{1,2}\s"
)


def dateline(first_paragraph: str) -> tuple[str | None, int | None, int | None, str | None, str]:
    """Parse a wire dateline: ``(agency, year, month, day, matched text)``; day parts may be None."""
    m = _DATELINE.match(first_paragraph)
    if not m or not (m.group("date") or m.group("agency")):
        return None, None, None, None, ""
    year = month = day = None
    if m.group("date"):
        ds = m.group("date")
        full = find_dates(ds)
        if full:
            v = full[0][0]
            year, month, day = v.year, v.month, v.day
        else:
            md = _MONTH_DAY.search(ds)
            dm = _intl_patterns()[1].search(ds)
            if md:
                month, day = _MONTHS[md.group(1).lower().rstrip(".")], int(md.group(2))
            elif dm and month_number(dm.group(2)):
                month, day = month_number(dm.group(2)), int(dm.group(1))
            else:
                return m.group("agency"), None, None, None, m.group(0)
    return m.group("agency"), year, month, day, m.group(0)  # type: ignore[return-value]


def _as_date(value: str) -> date:
    return date.fromisoformat(value)


# Origins whose date is a publication date when confident; the others are kept as evidence only.
_PUBLISHING = {"field", "published", "dateline", "url", "header_line", "htmldate", "feed", "warc"}


def choose_published(
    candidates: list[DateCandidate], now: date | None = None, min_confidence: float = 0.6
) -> str | None:
    """The publication date when the confident candidates agree (within a day), else None.

    Dates in the future are never publication dates; "updated" stamps, page-header dates
    (the scrape day) and "today is" lines are evidence only. A header-line date later than
    other confident evidence is taken for the scrape day and set aside.
    """
    today = now or date.today()
    usable = [
        c
        for c in candidates
        if c.origin in _PUBLISHING and c.confidence >= min_confidence and _as_date(c.value) <= today
    ]
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


def mtime_date(timestamp: float | None) -> date | None:
    return datetime.fromtimestamp(timestamp).date() if timestamp else None

"""Publication-date evidence in a page, and the decision whether it is trustworthy.

A page shows many dates: the publication date, an "Updated" stamp, the scrape day in a
site header, dates the story talks about. Each place a date can come from is turned into
a :class:`~storyline.model.DateCandidate` with an origin and a confidence;
:func:`choose_published` then sets a publication date only when the strong evidence
agrees, and leaves it empty (keeping the candidates) when it does not.
"""

from __future__ import annotations

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
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?=\b|T)")),
    ("ymd", re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")),
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I)),
    ("dmy", re.compile(rf"\b(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I)),
    ("num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
    ("dmy_dot", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
]
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)

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
    r"date|dated|released|created|today\s+is|today)\b\s*(?:on|at)?\s*[:\-–—|]?\s*",
    re.I,
)
_FILLER = re.compile(r"[\s,|@•·\-–—:;/()\[\]]+|\b(?:on|at|the|of)\b", re.I)


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


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full calendar dates written in ``text`` as ``(date, start, end)``, leftmost first.

    Offsets are into ``normalize_spacing(text)``.
    """
    s = normalize_spacing(text)
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for tag, pat in _PATTERNS:
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
        if "today" in word:
            label = "today"
        elif "updated" in word or "modified" in word:
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
        rest = head[:a] + " " + head[b:]
    else:
        md = _MONTH_DAY.search(head)
        if not md:
            return None, label, False
        rest = head[: md.start()] + " " + head[md.end() :]
    rest = _TZ.sub(" ", _TIME.sub(" ", rest))
    rest = re.sub(rf"\b{_WEEKDAY_WORD}", " ", rest, flags=re.I)
    leftover = _FILLER.sub("", rest)
    if len(leftover) > 3:
        return None, label, False
    return (dates[0][0] if dates else None), label, True


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
    r"^\s*([A-Z][A-Z .'’-]{1,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Za-z. ]{2,25})?"
    r"(?:,?\s+(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?))?"
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
            dm = re.search(rf"(\d{{1,2}})\s+{_MONTH}", ds, re.I)
            if md:
                month, day = _MONTHS[md.group(1).lower().rstrip(".")], int(md.group(2))
            elif dm:
                month, day = _MONTHS[dm.group(2).lower().rstrip(".")], int(dm.group(1))
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

"""A record that opens with its own URL, title and date lines (as ECB+ ``*ecbplus`` texts do).

    http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504
    Lindsay Lohan checks into Betty Ford Center
    May 03, 2013
    After skipping out on entering a Newport Beach rehabilitation facility ...

The header lines become ``url``, ``title`` and a date candidate and leave the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from storyline.clean.boilerplate import headline_like
from storyline.clean.dates import parse_date_line
from storyline.model import DateCandidate

_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


@dataclass(slots=True)
class RecordHeader:
    text: str
    url: str | None = None
    title: str | None = None
    dates: list[DateCandidate] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def split_record_header(text: str, now: date | None = None, window: int = 5) -> RecordHeader:
    """Take a leading URL line and the title/date lines right after it out of ``text``."""
    lines = text.split("\n")
    if not lines or not _URL_LINE.match(lines[0].strip()):
        return RecordHeader(text=text)
    today = now or date.today()
    url = lines[0].strip()
    title: str | None = None
    dates: list[DateCandidate] = []
    taken = 1
    pending: list[str] = []  # deck lines between title and a later date line
    seen_date = False
    kept: list[str] = []
    for i in range(1, min(len(lines), 1 + window)):
        s = lines[i].strip()
        if not s:
            taken = i + 1 if not pending else taken
            continue
        value, label, is_date = parse_date_line(s)
        if is_date:
            if value is not None:
                origin = {"updated": "updated", "today": "today"}.get(label, "published" if label else "header_line")
                conf = {"updated": 0.4, "today": 0.0}.get(label, 0.8)
                if value > today:
                    dates.append(DateCandidate(value.isoformat(), origin, 0.0, f"in the future: {s}"))
                else:
                    dates.append(DateCandidate(value.isoformat(), origin, conf, s))
            seen_date = True
            taken = i + 1
            # Deck lines that are sentences may be the lede itself: they stay in the text.
            kept += [ln for ln in pending if ln.endswith((".", "!", "?", '."', ".”"))]
            pending = []
            continue
        if title is None and headline_like(s) and not s.endswith((".", "”", '"')):
            title = s
            taken = i + 1
            continue
        if title is not None and not seen_date and len(s.split()) <= 40:
            pending.append(s)  # a deck, kept only if a date line follows
            continue
        break
    removed = [ln.strip() for ln in lines[:taken] if ln.strip() and ln.strip() not in kept]
    rest = "\n".join(kept + lines[taken:]).strip("\n")
    return RecordHeader(text=rest, url=url, title=title, dates=dates, removed=removed)

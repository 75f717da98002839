"""Date mentions: a regular grammar finds the spans, then each is resolved against the
article's publication date (DCT) with the granularity the words support.

Values follow the model's ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` shapes. Coarser periods
keep that shape and say what they are in ``granularity``: a week is the date of its
Monday (``week``), a quarter the month it starts (``quarter``), a decade its first year
(``decade``). So every value parses as a date and a timeline can still order them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyline import lang
from storyline.clean.dates import common_era, era_offsets, month_names
from storyline.rx import heads_pattern
from storyline.model import DateMention
from storyline.options import ExtractOptions

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100, "several": None, "few": None, "a few": None,
}


@functools.cache
def _quarter_ordinals() -> dict[str, int]:
    """Ordinals of a quarter ("third quarter") -> its number, from lang/en/dates.py (lower case)."""
    return {k.lower(): v for k, v in lang.mapping("dates", "QUARTER_ORDINALS", ["en"]).items()}


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a\s+few|several)"
_UNIT = r"(?:day|week|month|year|decade)s?"
# The ordinals come from lang/en/dates.py when the grammar is first built (see _grammar).
_QUARTER_ORDINAL = "<quarter-ordinal>"
_QUARTER = rf"(?:{_QUARTER_ORDINAL})[\s-]+quarter"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_ANCHOR = r"(?:this|last|next|past|coming|previous)"

# Alternatives are tried in order at each position; longer, more specific forms first.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("wd_mdy", rf"\b(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    ("wd_dmy", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("month_of_rel", rf"\b(?:in\s+)?(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<anchor>this|last|next)\s+year\b"),
    ("anchor_month", rf"\b(?P<anchor>last|next|this)\s+(?P<mon>{_MONTH})\b"),
    ("my", rf"\b(?:(?P<part>early|late|mid)[\s-]+)?(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("md", rf"\b(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*(?:,\s*)?\d)"),
    ("dm", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})\b(?!\s*,?\s*\d)"),
    ("decade", rf"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<dec>1[5-9]\d0|20[0-2]0)'?s\b"),
    ("decade2", r"(?:\bthe\s+)?(?:(?:early|late|mid)[\s-]+)?['’](?P<dec2>[1-9]0)s\b"),
    ("quarter_y", rf"\b(?:the\s+)?(?P<q>{_QUARTER})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("quarter_rel", rf"\b(?:the\s+)?(?P<anchor>this|last|next|current|latest|previous)\s+quarter\b|\b(?P<anchor2>the)\s+quarter\b(?!\s+(?:of|to|ended|ending)\b)"),
    ("quarter_yq", rf"\b(?:the\s+)?(?P<y>{_YEAR})\s+(?P<q>{_QUARTER})\b"),
    ("quarter_relyear", rf"\b(?P<anchor>this|last|next)\s+year'?s\s+(?P<q>{_QUARTER})\b"),
    ("quarter", rf"\b(?:the\s+|this\s+year'?s\s+)?(?P<q>{_QUARTER})\b"),
    ("season_y", rf"\b(?:the\s+)?(?P<season>{_SEASON})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("fiscal", rf"\b(?:fiscal|financial)\s+(?:year\s+)?(?P<y>{_YEAR})\b"),
    ("ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?:ago|earlier|before)\b"),
    ("earlier_this", rf"\b(?P<pre>earlier|later|early|late)\s+(?:this|last|next)?\s*(?P<unit2>week|month|year)\b"),
    ("anchor_unit", rf"\b(?P<anchor>{_ANCHOR}|the)\s+(?P<unit>weekend)\b|\b(?P<anchor2>{_ANCHOR})\s+(?P<unit2>week|month|year)\b"),
    ("anchor_wd", rf"\b(?P<anchor>last|next|this|coming|past)\s+(?P<wd>{_WEEKDAY})\b"),
    ("wd", rf"\b(?:(?P<wdprep>on|by|until|since|from|late|early)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+{_MONTH}\s+\d|,?\s+\d{{1,2}}\s+{_MONTH})"),
    ("deictic", r"\b(?P<deixis>today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)\b"),
    ("in_month", rf"\b(?:(?P<prep>in|since|until|by|from|during|of|early|late|mid|through|last|this|next)\s+|mid-)(?P<mon>{_MONTH})(?![.]?\s*\d)\b"),
    ("year", rf"(?:\b(?:the\s+)?(?P<ypart>early|late|mid)[\s-]+|(?<![\d$£€.,/-]))\b(?P<y>{_YEAR})\b(?![\d%,.]\d|-\d|\s*(?:percent|per cent))"),
]
# Group names must be unique across alternatives, so each is prefixed with its pattern's name.
def _prefixed(name: str, pat: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}__{m.group(1)}>", pat)


@functools.cache
def _grammar() -> re.Pattern[str]:
    """The alternatives above as one pattern, built at first use (the quarter ordinals are data)."""
    ordinals = "|".join(re.escape(w) for w in _quarter_ordinals())
    return re.compile("|".join(f"(?P<_{n}>{_prefixed(n, p)})" for n, p in _PATTERNS).replace(_QUARTER_ORDINAL, ordinals),
                      re.IGNORECASE)


# Where a match of the grammar can start: every alternative opens with a word boundary before a
# word character, except the decade form ("'90s", "mid-’80s"), which may also open at an
# apostrophe or at "early"/"late"/"mid" (the grammar does not require a boundary there).
_STARTS = re.compile(r"(?=\b\w|['’]|(?:early|late|mid))", re.IGNORECASE)


@functools.cache
def _grammar_heads() -> re.Pattern[str] | None:
    """What every match of the grammar opens with (literal words such as month names, "the",
    "last"; digits; apostrophes), as one pattern with the grammar's flags, derived from the
    grammar's own parse; None when some alternative is not bounded so. Matching it at a position
    is a fraction of trying the grammar's alternatives there."""
    return heads_pattern(_grammar())


def _grammar_matches(text: str) -> Iterator[re.Match[str]]:
    """``_grammar().finditer(text)``, with the grammar tried only where a match can start (at
    every character, its 24 alternatives cost about 2 µs a character: most of date finding):
    at a word start, apostrophe or "early"/"late"/"mid" that one of the grammar's opening words,
    digits or marks is at (``_grammar_heads``)."""
    pos = 0
    match = _grammar().match
    heads = _grammar_heads()
    opens = heads.match if heads is not None else None
    for c in _STARTS.finditer(text):
        p = c.start()
        if p < pos:
            continue
        if opens is not None and opens(text, p) is None:
            continue  # no alternative of the grammar opens here
        m = match(text, p)  # \b and look-behinds still see the text before p
        if m is not None:
            yield m
            pos = m.end()

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|is due|are due|is set to|are set to|scheduled|plans? to|planned|"
    r"expects? to|is expected|are expected|upcoming)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Resolved:
    value: str | None
    granularity: str | None
    relative: bool


def _fmt(d: dt.date, gran: str) -> str:
    if gran in ("year", "decade"):
        return f"{d.year:04d}"
    if gran in ("month", "quarter"):
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _shift_months(d: dt.date, months: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + months
    y, mo = divmod(m, 12)
    return dt.date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


def _num(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _year_for_month(month: int, dct: dt.date, tense: str | None, opts: ExtractOptions = ExtractOptions()) -> int:
    """A bare month means the nearest such month; tense moves it only when that is far away.

    News mixes tenses around near dates ("said the offer expires in December"), so the
    clause's tense is weak evidence next to distance from the publication date.
    """
    cands = [(y, (y - dct.year) * 12 + month - dct.month) for y in (dct.year - 1, dct.year, dct.year + 1)]
    y, diff = min(cands, key=lambda c: abs(c[1]))
    if tense == "past" and diff > opts.tense_month_gap:
        y -= 1
    elif tense == "future" and diff < -opts.tense_month_gap:
        y += 1
    return y


def _calendar_day(year: int, month: int, day: int) -> bool:
    """Whether the calendar has this day (a mangled figure can write "31 June" or a year 0)."""
    return dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _year_for_day(month: int, day: int, dct: dt.date, tense: str | None,
                  opts: ExtractOptions = ExtractOptions()) -> int | None:
    """The year of a day and month written without one; None for a day no such month has
    ("30 February", "31 June", a day 0: a typo or a mangled figure, not a date)."""
    if not 1 <= month <= 12:
        return None
    cands = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)
             if 1 <= day <= calendar.monthrange(y, month)[1]]
    if not cands:
        return None
    best = min(cands, key=lambda c: abs((c - dct).days))
    delta = (best - dct).days
    if tense == "past" and delta > opts.tense_day_gap:
        return best.year - 1
    if tense == "future" and delta < -opts.tense_day_gap:
        return best.year + 1
    return best.year


def _quarter_start(q: int, year: int) -> dt.date:
    return dt.date(year, 3 * (q - 1) + 1, 1)


def resolve(kind: str, g: dict[str, str | None], dct: dt.date | None, tense: str | None,
            opts: ExtractOptions = ExtractOptions()) -> Resolved:
    """Turn one grammar match into a value; relative forms need ``dct``.

    ``tense`` of the clause: "past", "future" or None (unknown).
    """
    future = tense == "future"

    def mon() -> int:
        # Month names come from the one shared source (Babel, storyline.clean.dates).
        return month_names(("en",))[(g["mon"] or "").lower().rstrip(".")]

    def day() -> int:
        return int(re.sub(r"\D", "", g["d"] or "0"))

    if kind in ("iso", "wd_mdy", "wd_dmy"):
        m = int(g["m"]) if kind == "iso" else mon()
        y, d = int(g["y"] or 0), (int(g["d"] or 0) if kind == "iso" else day())
        if not _calendar_day(y, m, d):
            return Resolved(None, None, False)
        return Resolved(dt.date(y, m, d).isoformat(), "day", False)
    if kind == "my":
        return Resolved(f"{int(g['y'] or 0):04d}-{mon():02d}", "month", False)
    if kind in ("year", "fiscal"):
        return Resolved(f"{int(g['y'] or 0):04d}", "year", False)
    if kind == "decade":
        return Resolved(f"{int(g['dec'] or 0):04d}", "decade", False)
    if kind == "season_y":
        return Resolved(f"{int(g['y'] or 0):04d}", "year", False)
    if kind in ("quarter_y", "quarter_yq"):
        q = _quarter_ordinals()[re.split(r"[\s-]", (g["q"] or "").lower())[0]]
        return Resolved(_fmt(_quarter_start(q, int(g["y"] or 0)), "quarter"), "quarter", False)
    if kind == "decade2":
        # "the '60s": the most recent such decade not after the DCT (or the 1900s without one).
        dec = int(g["dec2"] or 0)
        base = dct.year if dct else 1999
        century = base // 100 * 100
        year = century + dec if century + dec <= base else century - 100 + dec
        return Resolved(f"{year:04d}", "decade", dct is not None)
    # Everything below is relative to the publication date.
    if dct is None:
        return Resolved(None, None, True)
    if kind in ("md", "dm"):
        m, d = mon(), day()
        y = _year_for_day(m, d, dct, tense, opts)
        if y is None or not _calendar_day(y, m, d):  # tense can move 29 February off a leap year
            return Resolved(None, None, True)
        return Resolved(dt.date(y, m, d).isoformat(), "day", True)
    if kind == "in_month":
        prep = (g["prep"] or "").lower()
        m = mon()
        if prep == "last":
            y = dct.year if m < dct.month else dct.year - 1
        elif prep == "next":
            y = dct.year if m > dct.month else dct.year + 1
        elif prep == "this":
            y = dct.year
        else:
            y = _year_for_month(m, dct, "future" if prep in ("until", "by") else tense, opts)
        return Resolved(f"{y:04d}-{m:02d}", "month", True)
    if kind == "anchor_month":
        anchor, m = (g["anchor"] or "").lower(), mon()
        if anchor == "last":
            # "last February" written in March is a year back: last month would be "last month".
            y = dct.year if m < dct.month - 1 else dct.year - 1
        elif anchor == "next":
            y = dct.year if m > dct.month + 1 else dct.year + 1
        else:
            y = dct.year
        return Resolved(f"{y:04d}-{m:02d}", "month", True)
    if kind == "month_of_rel":
        off = {"this": 0, "last": -1, "next": 1}[(g["anchor"] or "").lower()]
        return Resolved(f"{dct.year + off:04d}-{mon():02d}", "month", True)
    if kind == "quarter_relyear":
        q = _quarter_ordinals()[re.split(r"[\s-]", (g["q"] or "").lower())[0]]
        off = {"this": 0, "last": -1, "next": 1}[(g["anchor"] or "").lower()]
        return Resolved(_fmt(_quarter_start(q, dct.year + off), "quarter"), "quarter", True)
    if kind == "quarter_rel":
        anchor = (g["anchor"] or g["anchor2"] or "").lower()
        cur = (dct.month - 1) // 3
        # "the latest quarter" / "the quarter" in a results story: the last one completed.
        off = {"last": -1, "previous": -1, "next": 1, "latest": -1, "the": -1}.get(anchor, 0)
        y, q = divmod(dct.year * 4 + cur + off, 4)
        return Resolved(_fmt(_quarter_start(q + 1, y), "quarter"), "quarter", True)
    if kind == "quarter":
        q = _quarter_ordinals()[re.split(r"[\s-]", (g["q"] or "").lower())[0]]
        cur = (dct.month - 1) // 3 + 1
        y = dct.year if (q <= cur or future) else dct.year - 1
        return Resolved(_fmt(_quarter_start(q, y), "quarter"), "quarter", True)
    if kind == "ago":
        n = _num(g["n"] or "")
        if n is None:
            return Resolved(None, None, True)
        unit = (g["unit"] or "").lower().rstrip("s")
        if unit == "day":
            return Resolved((dct - dt.timedelta(days=n)).isoformat(), "day", True)
        if unit == "week":
            d = dct - dt.timedelta(weeks=n)
            return Resolved((d - dt.timedelta(days=d.weekday())).isoformat(), "week", True)
        if unit == "month":
            return Resolved(_fmt(_shift_months(dct, -n), "month"), "month", True)
        if unit == "year":
            return Resolved(f"{dct.year - n:04d}", "year", True)
        return Resolved(f"{(dct.year - 10 * n) // 10 * 10:04d}", "decade", True)
    if kind == "earlier_this":
        text = (g["_earlier_this"] or "").lower()
        unit = (g["unit2"] or "").lower()
        off = -1 if "last" in text else (1 if "next" in text else 0)
        return _unit_offset(unit, off, dct)
    if kind == "anchor_unit":
        anchor = (g["anchor"] or g["anchor2"] or "").lower()
        unit = (g["unit"] or g["unit2"] or "").lower()
        off = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(anchor, 0)
        if unit == "weekend":
            sat = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
            if off < 0 or (off == 0 and not future and sat > dct):
                sat -= dt.timedelta(days=7)
            return Resolved(sat.isoformat(), "day", True)
        return _unit_offset(unit, off, dct)
    if kind == "anchor_wd":
        anchor, wd = (g["anchor"] or "").lower(), WEEKDAYS[(g["wd"] or "").lower()]
        if anchor in ("last", "past"):
            back = (dct.weekday() - wd) % 7 or 7
            return Resolved((dct - dt.timedelta(days=back)).isoformat(), "day", True)
        if anchor == "this" and not future:
            # "rescued this Wednesday" in a report of that week: the current week's day, not next week's.
            back = (dct.weekday() - wd) % 7
            return Resolved((dct - dt.timedelta(days=back)).isoformat(), "day", True)
        fwd = (wd - dct.weekday()) % 7 or 7
        return Resolved((dct + dt.timedelta(days=fwd)).isoformat(), "day", True)
    if kind == "wd":
        wd = WEEKDAYS[(g["wd"] or "").lower()]
        # "until Thursday" ends a span that runs on from the day of writing, as "until March" does
        # (in_month), whatever the tense of the verb that reports it ("warned of rain until Thursday").
        if future or (g.get("wdprep") or "").lower() == "until":
            fwd = (wd - dct.weekday()) % 7
            return Resolved((dct + dt.timedelta(days=fwd)).isoformat(), "day", True)
        back = (dct.weekday() - wd) % 7
        return Resolved((dct - dt.timedelta(days=back)).isoformat(), "day", True)
    if kind == "deictic":
        deixis = (g["deixis"] or "").lower()
        off = -1 if deixis in ("yesterday", "last night") else (1 if deixis == "tomorrow" else 0)
        return Resolved((dct + dt.timedelta(days=off)).isoformat(), "day", True)
    return Resolved(None, None, True)


def _unit_offset(unit: str, off: int, dct: dt.date) -> Resolved:
    if unit == "week":
        monday = dct - dt.timedelta(days=dct.weekday()) + dt.timedelta(weeks=off)
        return Resolved(monday.isoformat(), "week", True)
    if unit == "month":
        return Resolved(_fmt(_shift_months(dct, off), "month"), "month", True)
    return Resolved(f"{dct.year + off:04d}", "year", True)


def parse_dct(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def is_future(clause: str) -> bool:
    return bool(_FUTURE.search(clause))


# "May" is also a verb and a name; only take it as a month with a day, a year or a
# temporal preposition, which the grammar requires except for the bare "in May" form.
_MAY_NOT_MONTH = re.compile(r"^may$", re.IGNORECASE)


def find_dates(
    text: str,
    article_id: str,
    published: str | None,
    sentences: list[tuple[int, int]],
    tense_at: Callable[[int, int], str | None] | None = None,
    opts: ExtractOptions = ExtractOptions(),
) -> list[DateMention]:
    """English date grammar over ``text``.

    ``tense_at(start, end)`` gives the tense of the clause around a span ("past", "future"
    or None; the caller may use a parse); without it a cue-word test over the sentence is used.
    """
    dct = parse_dct(published)
    out: list[DateMention] = []
    for m in _grammar_matches(text):
        kind = next(k[1:] for k, v in m.groupdict().items() if k.startswith("_") and v is not None)
        prefix = f"{kind}__"
        groups = {k[len(prefix) :]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
        start, end = m.span(f"_{kind}")
        matched = text[start:end]
        if kind == "in_month" and _MAY_NOT_MONTH.match(groups.get("mon") or "") and (groups.get("prep") or "mid").lower() not in ("in", "since", "until", "last", "next", "early", "late", "mid"):
            continue
        if kind == "md" and (groups.get("mon") or "").lower() == "may" and not (groups.get("mon") or "")[0].isupper():
            continue
        if kind == "year" and not _plausible_year(text, start, end, m.start("year__y")):
            continue
        if kind == "in_month":
            # Keep the preposition out of the span unless it is part of the expression ("early June").
            prep = (groups.get("prep") or "").lower()
            if prep in ("in", "since", "until", "by", "from", "during", "of", "through"):
                start = m.start(f"{kind}__mon")
                matched = text[start:end]
        if kind == "wd":
            lead = re.match(r"(?i)(on|by|until|since|from)\s+", matched)
            if lead:
                start += lead.end()
                matched = text[start:end]
        sent = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
        if tense_at is not None:
            tense = tense_at(start, end)
        else:
            tense = "future" if is_future(text[sent[0] : sent[1]]) else None
        res = resolve(kind, {**groups, f"_{kind}": m.group(f"_{kind}")}, dct, tense, opts)
        out.append(
            DateMention(
                article_id=article_id,
                start=start,
                end=end,
                text=matched,
                value=res.value,
                granularity=res.granularity,
                relative=res.relative,
                sentence=text[sent[0] : sent[1]],
                sentence_start=sent[0],
                sentence_end=sent[1],
            )
        )
    return out


def _plausible_year(text: str, start: int, end: int, ystart: int) -> bool:
    """A bare four-digit number is a year unless it counts something ("1500 troops")."""
    after = text[end : end + 30]
    nxt = re.match(r"\s+([a-z]+)", after)
    if nxt and nxt.group(1) not in {
        "and", "or", "to", "when", "after", "before", "until", "as", "in", "on", "at", "with", "the", "that",
        "was", "were", "is", "had", "has", "but", "because", "while", "through", "election", "elections",
        "season", "campaign", "census", "budget", "law", "act", "olympics", "games", "war", "crisis",
        "presidential", "general", "world", "for", "by", "from", "of", "during", "against", "levels",
        "level", "figures", "results", "data", "report", "earthquake", "attack", "attacks", "film", "movie",
        "he", "she", "it", "they", "we", "i", "there", "this", "his", "her", "their", "its", "which", "who",
        "model", "edition", "version", "tournament", "cup", "final", "finals", "vote", "referendum", "deal",
        "agreement", "accord", "treaty", "revolution", "uprising", "invasion", "annexation", "protests",
        "cycle", "race", "primary", "primaries", "run", "bid", "season's", "fiscal", "quarter", "alone",
    }:
        return False
    before = text[max(0, ystart - 12) : ystart]
    # "No. 1999", "page 2010", "$2000", "2000 -- 3000" style numbers.
    return not re.search(r"(?:no\.|number|page|pages|route|flight|room|\$|£|€|#)\s*$", before, re.IGNORECASE)


def _dateparser_languages() -> set[str]:
    from dateparser.languages.loader import default_loader

    return set(default_loader.get_locale_map().keys())


def find_dates_dateparser(
    text: str, article_id: str, published: str | None, language: str | None, sentences: list[tuple[int, int]],
    opts: ExtractOptions = ExtractOptions(),
) -> list[DateMention]:
    """Non-English articles: a grammar over the language's month and weekday names (Babel, via
    :mod:`storyline.clean.dates`) finds written dates ("19 października 2026", "em outubro de 2010",
    "lo scorso 19 ottobre", "el miércoles"); dateparser adds the relative words it knows ("ayer",
    "la semana pasada"), never a bare duration, age or clock time ("77 horas", "24 y 61 años")."""
    found = find_dates_intl(text, article_id, published, language, sentences, opts)
    taken = [(d.start, d.end) for d in found]
    for d in _dateparser_mentions(text, article_id, published, language, sentences):
        if any(d.start < e and s < d.end for s, e in taken):
            continue
        if _duration_or_clock(d.text, language):
            continue
        found.append(d)
    found.sort(key=lambda d: d.start)
    return found


# Languages whose month names inflect after the stem ("październik" -> "w październiku",
# "октябрь" -> "в октябре", "Ekim" -> "Ekim'de"): a month word may carry a short ending.
_INFLECTING = ("pl", "ru", "tr", "uk", "cs", "sk", "hr", "sl", "fi", "et", "lt", "lv", "hu")
_CJK_YMD = re.compile(r"(?<!\d)(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?:(?P<d>\d{1,2})\s*[日일])?")


def _unspaced(word: str) -> bool:
    # Thai, CJK and Hangul: words run together, or (Korean) carry their particles glued on.
    return bool(word) and ord(word[0]) >= 0x0E00


@functools.cache
def _relative_words(name: str, language: str | None) -> tuple[dict[str, int], dict[str, int]]:
    """``NAME`` and ``NAME_AFTER`` of lang/<code>/dates.py (``RELATIVE_YEARS``, ``RELATIVE_WEEKS``):
    word -> offset, for the words written before the month or weekday and those written after it."""
    codes = [language] if language else None
    return tuple(  # type: ignore[return-value]
        {k.lower(): v for k, v in lang.mapping("dates", n, codes).items()} for n in (name, name + "_AFTER")
    )


def _near_word(text: str, start: int, end: int, words: tuple[dict[str, int], dict[str, int]]) -> tuple[int, int, int] | None:
    """A relative word right before ``start`` or right after ``end`` (one space between at most),
    each where its language writes it: ``(offset, new start, new end)``."""
    low = text.lower()
    before, after = words
    for w in sorted(before, key=len, reverse=True):
        for gap in (0, 1):
            a = start - gap - len(w)
            if a >= 0 and low[a : start - gap] == w and (not gap or text[start - 1].isspace()):
                return before[w], a, end
    for w in sorted(after, key=len, reverse=True):
        for gap in (0, 1):
            b = end + gap
            if low[b : b + len(w)] == w and (not gap or text[end : end + 1].isspace()):
                return after[w], start, b + len(w)
    return None


@functools.cache
def _intl_tables(language: str | None) -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    from storyline.clean.dates import _babel_names, month_names

    langs = [language] if language and month_names([language]) else None
    if langs is None:
        language = None  # a language Babel does not name: every language's names, none inflected
    months = {n: m for n, m in month_names(langs).items() if len(n) >= 3}
    weekdays: dict[str, int] = {}
    for code in langs or lang.LANGUAGES:
        for name, number in _babel_names(code, "day"):
            n = name.lower().rstrip(".")
            # Short weekday abbreviations ("mar", "mié") are ordinary words too often; in CJK
            # scripts two characters ("周五") are a whole weekday name, one ("金") is not.
            # (Thai letters carry vowel and tone marks, which are not alphabetic themselves.)
            letters = all(c.isalpha() or unicodedata.category(c).startswith("M") for c in n.replace("-", ""))
            if (len(n) >= 4 or (len(n) >= 2 and _unspaced(n))) and letters and n not in months:
                weekdays[n] = number
    stems = []
    for n in sorted(months, key=len, reverse=True):
        if language in _INFLECTING and len(n) >= 5:
            stems.append(re.escape(n[:-1]) + r"[^\W\d_]{0,3}")
        stems.append(re.escape(n))
    mon = "|".join(stems)
    wd = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|e|-?го|'?[a-z]{0,2})?"
    conn = r"\s+(?:de\s+|del\s+|di\s+|of\s+)?"
    # A language with its own era writes its years too (Thai 25xx: 1957-2056).
    era = "".join(f"|{(2000 + o) // 100}\\d\\d" for o in era_offsets(language)) if language else ""
    year = rf"(?P<y>1[5-9]\d\d|20\d\d{era})(?!\d)"
    bare_year = rf"(?P<y2>19\d\d|20\d\d{era})(?!\d)"  # alone, only modern years: "1500" is more often a count
    # Names in scripts without spaces stand inside a run of letters ("เมื่อวันศุกร์ให้", "上周五"),
    # Korean ones carry particles ("금요일에"): no word boundary there.
    if any(_unspaced(n) for n in list(months) + list(weekdays)):
        b = e = ""
    else:
        b, e = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    ry_before, ry_after = (
        "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or r"(?!x)x"
        for ws in _relative_words("RELATIVE_YEARS", language)
    )
    alts = [
        rf"(?P<dmy>{b}{day}{conn}(?P<mon1>{mon}){e}\.?,?{conn}{year})",
        # "September last year", "去年九月": a month in a year counted from the day of writing.
        rf"(?P<rym>{b}(?:(?P<ry1>{ry_before})\s?(?P<mon4>{mon})|(?P<mon5>{mon})\s?(?P<ry2>{ry_after})){e})",
        rf"(?P<my>{b}(?P<mon2>{mon}){e}\.?,?{conn}{year.replace('?P<y>', '?P<y3>')})",
        rf"(?P<dm>{b}{day.replace('?P<d>', '?P<d2>')}{conn}(?P<mon3>{mon}){e})",
        rf"(?P<wd>{b}(?P<wdn>{wd}){e})" if wd else r"(?P<wd>(?!x)x)(?P<wdn>(?!x)x)",
        rf"(?P<yr>(?<![\d.,/-]){bare_year}(?![.,]\d|\s*%))",
    ]
    return re.compile("|".join(alts), re.IGNORECASE), months, weekdays


def _month_of(word: str, months: dict[str, int], language: str | None) -> int | None:
    w = word.lower().rstrip(".")
    if w in months:
        return months[w]
    if language in _INFLECTING:
        for n, m in months.items():
            if len(n) >= 5 and w.startswith(n[:-1]) and len(w) - len(n) <= 2:
                return m
    return None


def find_dates_intl(
    text: str, article_id: str, published: str | None, language: str | None, sentences: list[tuple[int, int]],
    opts: ExtractOptions = ExtractOptions(),
) -> list[DateMention]:
    """Written dates in any language with month names in Babel, resolved against ``published``."""
    rx, months, weekdays = _intl_tables(language)
    dct = parse_dct(published)
    out: list[DateMention] = []

    def emit(start: int, end: int, value: str | None, gran: str | None, relative: bool) -> None:
        sent = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
        out.append(DateMention(article_id, start, end, text[start:end], value, gran if value else None, relative,
                               text[sent[0] : sent[1]], sent[0], sent[1]))

    tense_of = _intl_tense(language)
    rel_years = _relative_words("RELATIVE_YEARS", language)
    rel_weeks = _relative_words("RELATIVE_WEEKS", language)
    until = _relative_words("UNTIL_WORDS", language)
    for m in rx.finditer(text):
        start, end = m.span()
        if m.group("dmy"):
            mo = _month_of(m.group("mon1"), months, language)
            y, d = common_era(int(m.group("y")), language), int(m.group("d"))
            if mo and _calendar_day(y, mo, d):
                emit(start, end, dt.date(y, mo, d).isoformat(), "day", False)
        elif m.group("rym"):
            mo = _month_of(m.group("mon4") or m.group("mon5"), months, language)
            if not mo:
                continue
            if dct is None:
                emit(start, end, None, None, True)
                continue
            off = rel_years[0].get((m.group("ry1") or "").lower(), rel_years[1].get((m.group("ry2") or "").lower(), 0))
            emit(start, end, f"{dct.year + off:04d}-{mo:02d}", "month", True)
        elif m.group("my"):
            mo = _month_of(m.group("mon2"), months, language)
            if mo:
                emit(start, end, f"{common_era(int(m.group('y3')), language):04d}-{mo:02d}", "month", False)
        elif m.group("dm"):
            mo = _month_of(m.group("mon3"), months, language)
            d = int(m.group("d2"))
            if not mo:
                continue
            if dct is None:
                emit(start, end, None, None, True)
                continue
            tense = tense_of(text, sentences, start, end)
            y = _year_for_day(mo, d, dct, tense, opts)
            if y is None:
                continue
            if tense == "past" and (mo, d) > (dct.month, dct.day) and y == dct.year:
                y -= 1  # "lo scorso 19 ottobre" written before 19 October: last year's
            if _calendar_day(y, mo, d):
                emit(start, end, dt.date(y, mo, d).isoformat(), "day", True)
        elif m.group("wd"):
            wd = weekdays.get(m.group("wdn").lower())
            if wd is None:
                continue
            if dct is None:
                emit(start, end, None, None, True)
                continue
            week = _near_word(text, start, end, rel_weeks) if any(rel_weeks) else None
            if week is not None:
                # "上周五", "Friday last week": that weekday of the week named.
                off, start, end = week
                monday = dct - dt.timedelta(days=dct.weekday())
                emit(start, end, (monday + dt.timedelta(days=7 * off + wd)).isoformat(), "day", True)
                continue
            # A weekday in a news report is the most recent one (the publication day itself
            # included), unless its clause speaks of the future ("giocherà domenica") or a span
            # runs until it ("até quinta-feira").
            if tense_of(text, sentences, start, end) == "future" \
                    or (any(until) and _near_word(text, start, end, until) is not None):
                fwd = (wd - dct.weekday()) % 7
                emit(start, end, (dct + dt.timedelta(days=fwd)).isoformat(), "day", True)
            else:
                back = (dct.weekday() - wd) % 7
                emit(start, end, (dct - dt.timedelta(days=back)).isoformat(), "day", True)
        elif m.group("yr"):
            year = common_era(int(m.group('y2')), language)
            if _counted_number_is_year(text, end, year):
                emit(start, end, f"{year:04d}", "year", False)
    for m in _CJK_YMD.finditer(text):
        mo, d = int(m.group("m")), int(m.group("d") or 0)
        start, end = m.span()
        # "去年9月", "지난해 9월": the year is named relative to the day of writing.
        rel = _near_word(text, start, end, rel_years) if any(rel_years) and not m.group("y") else None
        if not 1 <= mo <= 12 or not (m.group("y") or d or rel):
            continue
        if rel is not None and dct is not None:
            off, start, end = rel
            end = start + len(text[start:end].rstrip())
            y = dct.year + off
            if d and _calendar_day(y, mo, d):
                emit(start, end, dt.date(y, mo, d).isoformat(), "day", True)
            elif not d:
                emit(start, end, f"{y:04d}-{mo:02d}", "month", True)
            continue
        if m.group("y"):
            y = int(m.group("y"))
        elif dct is not None:
            y = _year_for_day(mo, d, dct, None, opts) if d else dct.year
            if y is None:
                continue
        else:
            emit(m.start(), m.end(), None, None, True)
            continue
        if d and _calendar_day(y, mo, d):
            emit(m.start(), m.end(), dt.date(y, mo, d).isoformat(), "day", not m.group("y"))
        elif not d:
            emit(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", False)
    # A year inside a longer date ("2026年10月19日") is part of it, not a mention of its own.
    out = [d for d in out if not any(o is not d and o.start <= d.start and d.end <= o.end and o.end - o.start > d.end - d.start for o in out)]
    out.sort(key=lambda d: d.start)
    return out


@functools.cache
def _intl_tense(language: str | None) -> Callable[[str, list[tuple[int, int]], int, int], str | None]:
    """Tense of the clause around a date from the language's cue words (lang/<code>/timeline.py):
    "past" when a past word stands just before the date ("lo scorso 19 ottobre"), "future" when
    the sentence has a future word or verb ending, else None."""
    codes = [language] if language else None
    future = lang.values("timeline", "FUTURE_WORDS", codes)
    endings = lang.values("timeline", "FUTURE_ENDINGS", codes)
    past = lang.values("timeline", "PAST_WORDS", codes)
    fut_rx = re.compile(
        "|".join([rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])" for w in future]
                 + [rf"(?<![^\W\d_])[^\W\d_]{{3,}}{re.escape(e)}(?![^\W\d_])" for e in endings]) or r"(?!x)x",
        re.IGNORECASE,
    )
    past_rx = re.compile(
        "|".join(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])" for w in past) or r"(?!x)x", re.IGNORECASE
    )

    def tense(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> str | None:
        s, e = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        if past_rx.search(text, max(s, start - 25), start) or past_rx.match(text, end + 1):
            return "past"
        return "future" if fut_rx.search(text, s, e) else None

    return tense


@functools.cache
def _unit_words(language: str | None) -> frozenset[str]:
    """Words of time units in ``language`` ("horas", "dni", "Stunden"), from Babel's unit names."""
    from babel.units import format_unit

    out: set[str] = set()
    for code in [language] if language else lang.LANGUAGES:
        for unit in ("second", "minute", "hour", "day", "week", "month", "year", "century"):
            for n in (1, 2, 5, 21):
                try:
                    txt = format_unit(n, f"duration-{unit}", length="long", locale=code)
                except (ValueError, LookupError):
                    continue  # a locale without this unit's name contributes nothing
                out.update(w.lower() for w in re.findall(r"[^\W\d_]+", txt))
    return frozenset(out)


def _duration_or_clock(frag: str, language: str | None) -> bool:
    """"77 horas", "24 y 61 años", "una semana", "las 04:12 horas": a length or a time, not a date."""
    if re.search(r"\d{1,2}:\d{2}", frag):
        return True
    words = re.findall(r"[^\W\d_]+", frag.lower())
    units = _unit_words(language)
    if words and words[-1] in units and (re.search(r"\d", frag) or len(words) <= 2):
        return True
    # Bare numbers that dateparser reads as dates ("24 y 61").
    return bool(re.search(r"\d", frag)) and not re.search(r"\d{4}", frag)


def _counted_number_is_year(text: str, end: int, year: int) -> bool:
    """Whether a number dateparser read as a bare year can be one: a year the grammar reads too
    (``_YEAR``), not followed by what it counts ("около 1300 человек", "about 1,300 people": the
    counted nouns of every language, lang/<code>/numbers.py COUNTED_CLASSES)."""
    from storyline.extract.numbers import counted_class

    if not re.fullmatch(_YEAR, f"{year:04d}"):
        return False
    nxt = re.match(r"\s*([^\W\d_]+)", text[end : end + 40])
    return not (nxt and counted_class(nxt.group(1)))


def _dateparser_mentions(
    text: str, article_id: str, published: str | None, language: str | None, sentences: list[tuple[int, int]]
) -> list[DateMention]:
    """Non-English articles: dateparser finds and resolves; offsets are recovered by search."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    dct = parse_dct(published)
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    langs = [language] if language and language in _dateparser_languages() else None
    # A language dateparser does not know is detected by dateparser itself (langs=None).
    found = search_dates(text, languages=langs, settings=settings) or []
    ddp = DateDataParser(languages=langs, settings=settings)
    out: list[DateMention] = []
    pos = 0
    for frag, when in found:
        # A lone number or a short word is the commonest false hit of search_dates.
        if len(frag.strip()) < 4 or not re.search(r"\d|\w{4,}", frag):
            continue
        start = text.find(frag, pos)
        if start < 0:
            continue
        end = start + len(frag)
        # search_dates keeps neighbouring particles ("le 3 mars 2021 à"): trim short
        # non-numeric words at either end.
        lead = re.match(r"(?:[^\W\d]{1,2}\s+)+", frag)
        if lead and lead.end() < len(frag):
            start += lead.end()
        tail = re.search(r"(?:\s+[^\W\d]{1,2})+$", text[start:end])
        if tail and tail.start() > 0:
            end = start + tail.start()
        frag = text[start:end]
        pos = end
        data = ddp.get_date_data(frag)
        period = data.period if data and data.date_obj else "day"
        gran = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period or "day", "day")
        has_number = bool(re.search(r"\d{4}", frag))
        if gran == "year" and not _counted_number_is_year(text, end, when.year):
            continue
        relative = not has_number
        value: str | None = _fmt(when.date(), gran) if (dct or has_number) else None
        if gran == "week" and value:
            d = when.date()
            value = (d - dt.timedelta(days=d.weekday())).isoformat()
        sent = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
        out.append(
            DateMention(article_id, start, end, frag, value, gran if value else None, relative,
                        text[sent[0] : sent[1]], sent[0], sent[1])
        )
    return out

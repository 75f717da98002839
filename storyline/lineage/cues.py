"""Evidence a single text carries about its own provenance, in any of the encoder's languages.

Each finder reads the clean text's opening and closing sentences and the lines cleaning moved
to ``article.removed`` (a credit or translation line is often taken out of the body there), and
returns the line it found, so the direction decision can quote it as evidence. The words come
from ``storyline/lang/<code>/lineage.py``; language names from Babel's locale data.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from storyline import lang
from storyline.model import Article
from storyline.options import LineageOptions
from storyline.text import fold


@lru_cache(maxsize=32768)
def _fold(s: str) -> str:
    # Memoised: the same opening and closing lines are read for every pair an article is in.
    return " ".join(fold(s).split())


@lru_cache(maxsize=None)
def _cues(name: str) -> tuple[str, ...]:
    return tuple(sorted({_fold(c) for c in lang.values("lineage", name) if _fold(c)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def language_names() -> tuple[tuple[str, str], ...]:
    """(folded language name, code) for every encoder language, named in every encoder language."""
    from babel import Locale

    out: dict[str, str] = {}
    for loc in lang.LANGUAGES:
        try:
            names = Locale.parse(loc).languages
        except Exception as exc:  # a Babel without this locale: its names are simply not known
            raise RuntimeError(f"Babel has no locale data for {loc!r}") from exc
        for code in lang.LANGUAGES:
            name = names.get(code)
            if name and len(_fold(name)) >= 4:
                out.setdefault(_fold(name), code)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def provenance_lines(article: Article, sentences: list[str], opts: LineageOptions = LineageOptions()) -> list[str]:
    """Lines where a page states where its text comes from: removed lines, first and last sentences
    (``opts.provenance_edge_sentences`` each), of at most ``opts.provenance_max_words`` words."""
    edge = opts.provenance_edge_sentences
    lines = list(article.removed) + sentences[:edge] + sentences[-edge:]
    if article.title:
        lines.append(article.title)
    seen: set[str] = set()
    out = []
    for line in lines:
        if line and line not in seen and len(line.split()) <= opts.provenance_max_words:
            seen.add(line)
            out.append(line)
    return out


def _find(lines: list[str], name: str) -> str | None:
    for line in lines:
        if _has_cue(line, name):
            return line
    return None


@lru_cache(maxsize=65536)
def _has_cue(line: str, name: str) -> bool:
    fl = _fold(line)
    return any(c in fl for c in _cues(name))


def translation_line(lines: list[str]) -> str | None:
    """A line saying the text is a translation ("Translated from French by ...", "Traduit de ...")."""
    return _find(lines, "TRANSLATION_CUES")


def origin_line(lines: list[str]) -> str | None:
    """A line saying the text first appeared elsewhere ("This article first appeared in ...")."""
    return _find(lines, "ORIGIN_CUES")


# A page's own timestamp ("June 12, 2026 4:12 PM UTC Updated 2 hours ago") says when the page
# changed, not that its text was revised against an earlier copy: no evidence.
_TIMESTAMP = re.compile(r"\d{1,2}[:h.]\d{2}\b|\b\d+\s*\w+\s+ago\b", re.IGNORECASE)


def is_timestamp(line: str) -> bool:
    return bool(_TIMESTAMP.search(line))


def update_line(lines: list[str]) -> str | None:
    """A line saying the text was revised after first publication (an update, a correction note)."""
    return _find([ln for ln in lines if not _TIMESTAMP.search(ln)], "UPDATE_CUES")


def is_provenance(line: str, opts: LineageOptions = LineageOptions()) -> bool:
    """A line about the page rather than the event: a translation or origin credit, a press
    release's marks, a timestamp. Such lines are not claims a copy added or cut. (An update or
    correction note is kept: what it corrects is a claim.)"""
    return bool(is_timestamp(line) and len(line.split()) <= opts.timestamp_line_max_words) \
        or about_heading(line, opts) or any(
        _find([line], name) for name in ("TRANSLATION_CUES", "ORIGIN_CUES", "PRESS_RELEASE_CUES"))


def languages_named(line: str) -> set[str]:
    """Codes of the languages a line names ("from French", "de l'anglais", "aus dem Englischen")."""
    toks = re.findall(r"\w+", _fold(line))
    out = set()
    for name, code in language_names():
        parts = name.split()
        n = len(parts)
        for k in range(len(toks) - n + 1):
            if toks[k : k + n - 1] == parts[:-1] and toks[k + n - 1].startswith(parts[-1]):
                out.add(code)
                break
    return out


def names_outlet(line: str, outlet: str | None, opts: LineageOptions = LineageOptions()) -> bool:
    if not outlet or len(outlet) < opts.outlet_min_chars:
        return False
    return _outlet_pattern(outlet).search(_fold(line)) is not None


@lru_cache(maxsize=4096)
def _outlet_pattern(outlet: str) -> re.Pattern[str]:
    # One per outlet: the lines of every pair an article is in are searched for the same few names.
    return re.compile(rf"(?<!\w){re.escape(_fold(outlet))}(?!\w)")


# "AMSTERDAM, 3 February 2026 /NewsRelay Europe/ --": a newswire press-release dateline.
_PR_DATELINE = re.compile(r"^[^\n/]{2,80}\s/[^/\n]{2,50}/\s*(?:--|[-–—])", re.M)
# "PARIS, June 12 (Harbour Wire) -": an agency's own dateline naming itself.
_OWN_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\n()]{1,60}\(([^()\n]{2,40})\)\s*[-–—]", re.M)


def press_release(article: Article, lines: list[str], opts: LineageOptions = LineageOptions()) -> str | None:
    """A press release's marks: a PRESS RELEASE header or media-contacts block, a ``/Org/``
    dateline, or an "About <Organisation>" heading line."""
    m = _PR_DATELINE.search(article.text[:600])
    if m:
        return m.group(0)
    hit = _find(lines, "PRESS_RELEASE_CUES")
    if hit:
        return hit
    for line in article.text.splitlines():
        if about_heading(line, opts):
            return line.strip()
    return None


def about_heading(line: str, opts: LineageOptions = LineageOptions()) -> bool:
    """A heading such as "About Nordbank AG" on a line of its own, a few words long
    (``opts.about_heading_max_words``)."""
    fl = _fold(line)
    return 1 < len(fl.split()) <= opts.about_heading_max_words and line.strip()[-1:] not in ".?!" \
        and any(fl.startswith(a + " ") for a in _cues("ABOUT_WORDS"))


def own_dateline(article: Article) -> str | None:
    """The agency dateline at the top of a text ("PARIS, June 12 (Harbour Wire) -")."""
    m = _OWN_DATELINE.search(article.text[:400])
    return m.group(0) if m else None


# Clock times with an optional zone in the evidence of a date candidate.
_CLOCK = re.compile(
    r"(?<!\d)(\d{1,2})(?::|h)(\d{2})(?::\d{2})?(?:\.\d+)?\s*(?:([ap])\.?m\.?)?\s*"
    r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})?(?!\d)", re.IGNORECASE,
)


def publication_time(article: Article) -> tuple[datetime, bool] | None:
    """The article's publication time finer than a day, from the date candidate that supports its
    ``published`` day: (time, whether the page gave its zone). A naive time is returned in UTC
    with ``False``: its zone is unknown."""
    if not article.published:
        return None
    for cand in article.date_candidates:
        if cand.value != article.published:
            continue
        m = _CLOCK.search(cand.evidence or "")
        if not m:
            continue
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
        if h > 23 or mi > 59:
            continue
        try:
            day = datetime.strptime(article.published, "%Y-%m-%d")
        except ValueError:
            return None
        t = day.replace(hour=h, minute=mi)
        zone = m.group(4)
        if zone is None:
            return t.replace(tzinfo=timezone.utc), False
        if zone.upper() in ("Z", "UTC", "GMT"):
            return t.replace(tzinfo=timezone.utc), True
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return (t - sign * off).replace(tzinfo=timezone.utc), True
    return None


def time_order(a: Article, b: Article, min_gap_minutes: float, naive_gap_minutes: float) -> tuple[int, str] | None:
    """+1 when ``a`` was published first by clock time, -1 when ``b`` was, with the evidence line.

    A time without a zone is read in the other page's zone (or both as the same zone), so the
    gap must then exceed ``naive_gap_minutes`` (the spread of neighbouring zones) to count.
    """
    ta, tb = publication_time(a), publication_time(b)
    if ta is None or tb is None:
        return None
    (xa, za), (xb, zb) = ta, tb
    if za != zb:
        # Read the naive clock in the other's zone: shift it by the other's offset.
        aware, naive_is_a = (b, True) if not za else (a, False)
        off = _zone_offset(aware)
        if naive_is_a:
            xa = xa - off
        else:
            xb = xb - off
    gap = (xb - xa).total_seconds() / 60.0
    need = min_gap_minutes if (za and zb) else naive_gap_minutes
    if abs(gap) < need:
        return None
    first, second = (a, b) if gap > 0 else (b, a)
    tf, ts = (xa, xb) if gap > 0 else (xb, xa)
    zone_note = "" if (za and zb) else " (a page gave no zone)"
    return (1 if gap > 0 else -1,
            f"published {tf:%Y-%m-%d %H:%M} UTC ({first.id}) before {ts:%Y-%m-%d %H:%M} UTC ({second.id}){zone_note}")


def _zone_offset(article: Article) -> timedelta:
    for cand in article.date_candidates:
        if cand.value != article.published:
            continue
        m = _CLOCK.search(cand.evidence or "")
        if m and m.group(4) and m.group(4).upper() not in ("Z", "UTC", "GMT"):
            z = m.group(4)
            digits = z[1:].replace(":", "")
            off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            return off if z[0] == "+" else -off
    return timedelta(0)

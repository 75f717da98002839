"""Cited sources: the outlets and agencies an article relies on.

Found by attribution patterns ("according to AFP", "told Reuters", "the Financial Times
reported", "(Reuters) -", "With reports from El Universal and AP"). A name is taken as a
media outlet when it is a known outlet, looks like one (Times, Post, News, Agency ...),
or stands in a pattern only media fill ("X reported", a dateline, "with reports from").
The article's own outlet is never listed.
"""

from __future__ import annotations

import re

from storyline.model import Span
from storyline.text import fold

KNOWN_OUTLETS = {
    "reuters", "afp", "agence france-presse", "agence france presse", "ap", "associated press",
    "the associated press", "bloomberg", "bloomberg news", "bbc", "bbc news", "cnn", "fox news", "nbc",
    "nbc news", "cbs", "cbs news", "abc", "abc news", "npr", "al jazeera", "xinhua", "tass", "ria novosti",
    "interfax", "kyodo", "kyodo news", "yonhap", "ansa", "efe", "dpa", "anadolu", "anadolu agency", "pti",
    "ians", "upi", "new york times", "washington post", "wall street journal", "financial times",
    "guardian", "times", "le monde", "el pais", "der spiegel", "spiegel", "politico", "axios", "breitbart",
    "haaretz", "the hill", "sky news", "cnbc", "msnbc", "usa today", "los angeles times", "daily mail",
    "telegraph", "independent", "economist", "newsweek", "buzzfeed", "buzzfeed news", "vox", "huffpost",
    "huffington post", "folha", "folha de s.paulo", "folha de sao paulo", "el universal", "o globo",
    "globo", "nikkei", "south china morning post", "times of india", "hindustan times", "the intercept",
    "propublica", "mcclatchy", "new york post", "daily beast", "the atlantic", "new yorker", "slate",
    "salon", "wired", "forbes", "fortune", "business insider", "insider", "cnet", "the verge", "vice",
    "rt", "sputnik", "dw", "deutsche welle", "france 24", "euronews", "el mundo", "la repubblica",
    "corriere della sera", "frankfurter allgemeine", "faz", "sueddeutsche zeitung", "le figaro",
    "liberation", "asahi", "yomiuri", "straits times", "jakarta post", "dawn", "arab news", "al arabiya",
    "wafa", "irna", "isna", "fars", "tasnim", "kcna", "yonhap news agency", "xinhua news agency",
    "the washington times", "washington times", "chicago tribune", "boston globe", "miami herald",
    "houston chronicle", "detroit free press", "politifact", "rasmussen reports", "the daily caller",
    "daily caller", "national review", "mother jones", "the nation", "talking points memo", "abc7",
    "wcvb", "kpix", "telemundo", "univision", "milenio", "reforma", "la jornada", "clarin", "la nacion",
    "el tiempo", "semana", "infobae", "the times of israel", "times of israel", "jerusalem post",
    "ynet", "kommersant", "vedomosti", "izvestia", "pravda", "ukrainska pravda", "kyiv independent",
    "meduza", "novaya gazeta", "gazeta wyborcza", "the sun", "the mirror", "metro", "the scotsman",
    "irish times", "rte", "abc australia", "sydney morning herald", "the australian", "nzherald",
    "cbc", "cbc news", "globe and mail", "toronto star", "national post", "ctv", "ctv news",
}
_MEDIA_WORDS = {
    "times", "post", "news", "journal", "herald", "tribune", "guardian", "telegraph", "press", "agency",
    "agence", "tv", "radio", "television", "broadcasting", "gazette", "daily", "magazine", "chronicle",
    "observer", "independent", "mail", "express", "mirror", "standard", "reporter", "wire", "network",
    "channel", "zeitung", "monde", "pais", "folha", "globo", "universal", "spiegel", "nachrichten",
    "newspaper", "weekly", "courier", "dispatch", "examiner", "inquirer", "sentinel", "gazeta", "diario",
    "corriere", "stampa", "repubblica", "figaro", "nouvel", "cronica", "noticias", "jornal", "estado",
}

# A capitalised name; dots only inside a word ("S.Paulo"), so a name never runs past a full stop.
_W = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = rf"(?P<name>(?:the\s+)?{_W}(?:\s+(?:of|de|do|da|del|la|le|el|and|&|{_W}))*)"
_PATTERNS = [
    ("according", rf"\baccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+)?{_NAME}"),
    ("told", rf"\b(?:told|to\s+tell|telling|speaking\s+to|in\s+an\s+interview\s+with|interviewed\s+by|quoted\s+by|cited\s+by)\s+{_NAME}"),
    ("reported", rf"{_NAME}\s*(?:,\s*(?:which|citing)[^,.]{{0,80}},?\s*)?\s+(?:first\s+|also\s+|earlier\s+|previously\s+|has\s+|had\s+)?(?:reported|reports|has\s+learned|revealed|quoted|cited|broke\s+the\s+news)\b"),
    ("reported_by", rf"\b(?:reported|reports|said|quoted|cited)\s+(?:by\s+)?{_NAME}(?=\s*[,.;])"),
    ("report_in", rf"\b(?:a\s+)?(?:report|story|article|interview|investigation)\s+(?:by|in|from|with)\s+{_NAME}"),
    ("dateline", rf"\((?P<dl>{_W}(?:\s+{_W})*)\)\s*[-–—]"),
    ("with_reports", r"\b(?:with\s+)?(?:additional\s+)?(?:reports?|reporting)\s+(?:from|by)\s+(?P<list>[A-Z][^.\n]{0,160})"),
]
_GRAMMAR = [(k, re.compile(p)) for k, p in _PATTERNS]
# Patterns in which only a media outlet fits, so an unknown capitalised name is accepted.
_STRONG = {"reported", "dateline", "with_reports", "reported_by"}
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|&|;)\s*")


def normalise_outlet(name: str) -> str:
    n = fold(name).strip()
    n = re.sub(r"^(?:https?://)?(?:www\.)?", "", n)
    n = re.sub(r"\.(?:com|co\.uk|org|net|de|fr|es|it|com\.br|com\.mx|co)(?:/.*)?$", "", n)
    n = re.sub(r"^the\s+", "", n)
    n = re.sub(r"[^\w&]+", " ", n).strip()
    return n


def _looks_like_outlet(name: str) -> bool:
    n = normalise_outlet(name)
    if n in KNOWN_OUTLETS or f"the {n}" in KNOWN_OUTLETS:
        return True
    return any(w in _MEDIA_WORDS for w in n.split())


def _is_own(name: str, own: str | None) -> bool:
    if not own:
        return False
    a, b = normalise_outlet(name), normalise_outlet(own)
    if not a or not b:
        return False
    return a == b or a.replace(" ", "") == b.replace(" ", "") or (len(a) > 3 and (a in b or b in a))


def _trim(name: str) -> str:
    # Trailing lower-case words were not captured; drop trailing function words kept by the pattern.
    name = re.sub(r"(?:\s+(?:of|de|do|da|del|la|le|el|and|&))+$", "", name.strip())
    return name


def find_sources(
    text: str, article_id: str, own_outlet: str | None, people: list[tuple[int, int]] | None = None
) -> list[Span]:
    """``people``: PERSON mention ranges; a person "reported" is a reporter, not an outlet."""
    people = people or []
    found: dict[tuple[int, int], Span] = {}

    def add(start: int, end: int, kind: str) -> None:
        name = text[start:end]
        trimmed = _trim(name)
        end = start + len(trimmed)
        lead = re.match(r"(?i)the\s+", trimmed)
        label_text = trimmed[lead.end() :] if lead else trimmed
        if not label_text or len(label_text) < 2 or not label_text[0].isupper():
            return
        if normalise_outlet(label_text).split()[0] in _NOT_OUTLET:
            return
        strong = kind in _STRONG
        if not (_looks_like_outlet(label_text) or (strong and _plausible_name(label_text))):
            return
        if not _looks_like_outlet(label_text) and any(s < end and start < e for s, e in people):
            return
        if _is_own(label_text, own_outlet):
            return
        if any(s <= start and end <= e for s, e in found):
            return
        found[(start, end)] = Span(article_id, start, end, "source", label_text, text[start:end], {"cue": kind})

    for kind, rx in _GRAMMAR:
        for m in rx.finditer(text):
            if kind == "with_reports":
                base = m.start("list")
                items = m.group("list")
                pos = 0
                for part in _LIST_SPLIT.split(items):
                    idx = items.find(part, pos)
                    if idx < 0 or not part:
                        continue
                    pos = idx + len(part)
                    cap = re.match(r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:de|do|da|del|la|le|el|of|[A-Z][\w.&'’-]*))*", part)
                    if cap:
                        add(base + idx, base + idx + cap.end(), kind)
                continue
            group = "dl" if kind == "dateline" else "name"
            add(m.start(group), m.end(group), kind)
    return sorted(found.values(), key=lambda s: s.start)


_NOT_OUTLET = {
    "he", "she", "they", "it", "we", "i", "officials", "police", "sources", "witnesses", "state", "media",
    "state media", "the", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "president", "minister", "spokesman", "spokeswoman", "with", "according", "in",
    "on", "at", "as", "but", "and", "a", "an", "reports", "his", "her", "their", "its", "our", "my",
}


def _plausible_name(name: str) -> bool:
    n = normalise_outlet(name)
    if not n or n in _NOT_OUTLET or n.split()[0] in _NOT_OUTLET:
        return False
    # A person's name is the usual false hit of "X reported"; outlets rarely look like "First Last".
    return len(n.split()) <= 5

"""Cited sources: the outlets and agencies an article relies on, in any language.

A cue (per-language data in ``storyline/lang/<code>/sources.py``) marks where a name may stand:
before it ("according to X", "selon X", "según X", "laut X", "a précisé à X") or after it
("X reported", "X meldde", "X informó", "X'in haberine göre", "X によると"). The name is read
from the text next to the cue: capitalised words with the lower-case particles names carry
("La Voce del Lago", "Jornal do Planalto"), a quoted name, or, in scripts without
capitals, the run of characters ending in an outlet suffix ("…日报") or following a media
descriptor ("صحيفة X").

Whether the name is a media organisation is decided from evidence, and the evidence a cue
needs depends on who can fill its slot:

- ``credit`` cues are filled only by publishers: wire datelines "(X) -", "/X/ --",
  "originally appeared on X", "translated from … published by X", bylines and credit lines
  ("By Jane Doe, X", "Par X avec Y", "Source: X"). Any plausible name is taken.
- ``report`` cues are mostly filled by media ("X reported", "X meldde"): taken unless the
  name looks like a person or a non-media body (bank, ministry, police ...).
- ``cite`` cues are filled by anyone ("according to X", "told X", "X said"): the name must
  show it is an outlet: a media descriptor before it ("the daily X", "la emisora X"), an
  outlet word in it (Times, Wire, Radio, Gazette, Haber ...), a brand with digits
  ("Sport24"), or it is a known outlet (a small world list plus the outlets of the story's
  own articles).

The article's own outlet (its ``outlet`` field, and the names of its © lines) is never a
cited source of itself. Credit lines that cleaning moved to ``Article.removed`` are read too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from storyline import lang
from storyline.model import Article, Extraction, Span
from storyline.options import SourceOptions
from storyline.text import fold

__all__ = ["canonical_outlet", "find_sources", "credit_line_sources", "story_cited_sources", "normalise_outlet", "own_names"]

_CONCERN = "sources"
# The longest name, how far from a cue it is read and the longest credit line: SourceOptions
# (storyline/options.py, extract.sources).

_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“", "‘": "’", "「": "」", "『": "』"}


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    frame: str  # credit, report, cite
    descriptor: bool
    cue: str
    credit: bool = False  # a credit of the page (dateline, byline, credit line, "originally appeared on X")


# --- language data -------------------------------------------------------------------


def _folded(name: str, languages: Sequence[str] | None = None) -> frozenset[str]:
    return frozenset(fold(v) for v in lang.values(_CONCERN, name, languages))


@functools.cache
def _data() -> dict[str, frozenset[str]]:
    names = ("OUTLET_WORDS", "NON_MEDIA_WORDS", "PARTICLES", "OPENERS", "DESCRIPTORS", "DESCRIPTORS_AFTER",
             "CREDIT_JOINERS", "BYLINE", "BETWEEN", "NAME_STOPS")
    out = {n: _folded(n) for n in names}
    out["KNOWN"] = frozenset(normalise_outlet(v) for v in lang.values(_CONCERN, "KNOWN_OUTLETS"))
    # Articles never open a name when written in lower case ("la emisora X", "o Jornal").
    out["ARTICLES"] = frozenset(v.lower() for v in lang.values(_CONCERN, "ARTICLES"))
    out["SOURCE_LABELS"] = frozenset(fold(v) for v in lang.values("outlets", "SOURCE_LABELS"))
    out["LEGAL"] = frozenset(n for v in lang.values("outlets", "LEGAL_SUFFIXES") if len(n := normalise_outlet(v)) >= 2)
    out["PREPOSITIONS"] = _folded("PREPOSITIONS")
    # Descriptors written with a capital in languages that capitalise nouns ("die Zeitung Bild").
    out["NOUN_DESCRIPTORS"] = frozenset(
        fold(v) for c in lang.LANGUAGES if getattr(lang.table(_CONCERN, c), "NOUNS_CAPITALISED", False)
        for v in lang.values(_CONCERN, "DESCRIPTORS", [c])
    )
    return out


@functools.cache
def _LIST_SEP() -> re.Pattern[str]:
    conj = "|".join(re.escape(c) for c in sorted(lang.values(_CONCERN, "CONJUNCTIONS"), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:,[ \t]*(?:(?:{conj})[ \t]+)?|(?:{conj})[ \t]+)", re.IGNORECASE)


def _phrase_rx(phrase: str) -> str:
    parts = []
    for chunk in phrase.split("…"):
        words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in chunk.split()]
        if words:
            parts.append(r"\s+".join(words))
    body = r"(?:\s+[^\s.!?]+){0,5}?\s+".join(parts)
    # Word boundaries only where words are spaced (not in Chinese, Japanese or Korean runs).
    lead = r"(?<![^\W\d_])" if phrase[:1].isalnum() and ord(phrase[0]) < 0x3000 else ""
    tail = r"(?![^\W\d_])" if phrase[-1:].isalnum() and ord(phrase[-1]) < 0x3000 else ""
    return lead + body + tail


class _CueMatcher:
    """``finditer`` of one alternation of cue phrases, found fast.

    One regex of every language's phrases is tried at every character of a text (hundreds of
    branches, each behind a lookbehind): a fifth of extraction time. Here phrases that start
    with a spaced word are grouped by that word; a text is walked word by word and only the
    phrases whose first word is this word are tried, in the same (longest-first) order, so the
    matches are exactly the single regex's: leftmost, non-overlapping. Phrases that start
    otherwise (punctuation, unspaced scripts) keep a small regex scanned the usual way.
    """

    _WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

    def __init__(self, phrases: list[str]) -> None:
        self.pattern = "|".join(_phrase_rx(p) for p in phrases)
        groups: dict[str, list[str]] = {}
        rest: list[str] = []
        for p in phrases:
            first = p.split()[0] if p.split() else ""
            m = self._WORD.fullmatch(first.split("…")[0])
            if m and ord(first[0]) < 0x3000:
                groups.setdefault(self._key(m.group()), []).append(p)
            else:
                rest.append(p)
        self.by_word = {w: re.compile("|".join(_phrase_rx(p) for p in ps), re.IGNORECASE) for w, ps in groups.items()}
        self.rest = re.compile("|".join(_phrase_rx(p) for p in rest), re.IGNORECASE) if rest else None
        # Where a phrase of ``rest`` can start: at its first character (each branch of ``rest``
        # opens with a lookbehind, so the regex engine cannot skip ahead by itself and tries every
        # branch at every character of the text; ~0.2 ms per text and table on news articles).
        firsts = [p.replace("…", " ").lstrip()[:1] for p in rest]
        self.rest_starts = re.compile("[" + "".join(re.escape(c) for c in sorted(set(firsts))) + "]",
                                      re.IGNORECASE) if firsts and all(firsts) else None

    @staticmethod
    def _key(word: str) -> str:
        # Turkish capital İ folds to i plus a combining dot; the phrase tables have plain i.
        return word.casefold().replace("’", "'").replace("\u0307", "")

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """The cue starting exactly at ``pos``, if any (as ``Pattern.match``)."""
        w = self._WORD.match(text, pos)
        rx = self.by_word.get(self._key(w.group())) if w else None
        m = rx.match(text, pos) if rx is not None else None
        if m is None and self.rest is not None:
            m = self.rest.match(text, pos)
        return m

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        found: list[re.Match[str]] = []
        by_word = self.by_word
        for start, key in _word_keys(text):
            rx = by_word.get(key)
            if rx is not None:
                m = rx.match(text, start)
                if m is not None:
                    found.append(m)
        if self.rest is not None:
            found.extend(self._rest_finditer(text))
        found.sort(key=lambda m: (m.start(), -m.end()))
        end = -1
        for m in found:
            if m.start() >= end and m.end() > m.start():
                end = m.end()
                yield m


    def _rest_finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.rest.finditer(text)``, the regex tried only where a phrase's first letter is."""
        assert self.rest is not None
        if self.rest_starts is None:
            yield from self.rest.finditer(text)
            return
        match = self.rest.match
        pos = 0
        for c in self.rest_starts.finditer(text):
            p = c.start()
            if p < pos:
                continue
            m = match(text, p)  # lookbehinds still see the text before p
            if m is not None:
                yield m
                pos = max(m.end(), p + 1)


@functools.lru_cache(maxsize=4)
def _word_keys(text: str) -> list[tuple[int, str]]:
    """Each word of ``text`` (its start) with its lookup key: read once per text for every
    cue table (five of them walk the same text; lookups by the same string hit at once)."""
    key = _CueMatcher._key
    return [(w.start(), key(w.group())) for w in _CueMatcher._WORD.finditer(text)]


@functools.cache
def _cues(name: str, languages: tuple[str, ...] | None = None) -> _CueMatcher | None:
    phrases = sorted({p for p in lang.values(_CONCERN, name, languages) if p.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    return _CueMatcher(phrases)


_CASED = tuple(c for c in lang.LANGUAGES if c not in ("zh", "ja", "ko", "ar", "th"))
_UNSPACED = ("zh", "ja", "ko")
_SPACED_CASELESS = ("ar", "th")


# --- names ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[«»“”\"„‘’「」『』]|[^\W_][\w&'’.\-]*|&|\S")
_ELISION = re.compile(r"^(?:l|d|dell|all|nell|sull|dall|qu)['’](?=\w)", re.IGNORECASE)


def normalise_outlet(name: str) -> str:
    """The key of an outlet's name: folded, without web address parts or a leading "the"; an
    agency named in another script is keyed by its Latin name (lang/<code>/sources.py ALIASES:
    "法新社", "AFP통신" and "AFP" are one key)."""
    # A story's analysis keys the same few names for each of its articles (its outlets, each
    # article's own names): short names are memoised; a whole text (read once) is not kept.
    return _outlet_key(name) if len(name) <= _KEY_MEMO_CHARS else _outlet_key.__wrapped__(name)


_KEY_MEMO_CHARS = 200


@functools.lru_cache(maxsize=65536)
def _outlet_key(name: str) -> str:
    n = _base_key(name)
    return _aliases().get(n, (n, ""))[0]


def canonical_outlet(name: str) -> str:
    """The name an outlet is shown by: an agency named in another script by its Latin name."""
    return _aliases().get(_base_key(name), ("", name))[1] or name


@functools.cache
def _aliases() -> dict[str, tuple[str, str]]:
    return {_base_key(k): (_base_key(v), v) for k, v in lang.mapping(_CONCERN, "ALIASES").items()}


def _base_key(name: str) -> str:
    n = fold(name).strip()
    n = re.sub(r"^(?:https?://)?(?:www\.)?", "", n)
    n = re.sub(r"\.(?:com|co\.uk|org|net|de|fr|es|it|pl|nl|pt|tr|eu|com\.br|com\.mx|co)(?:/.*)?$", "", n)
    n = re.sub(r"^the\s+", "", n)
    n = re.sub(r"[^\w&]+", " ", n).strip()
    return n


def _is_name_word(tok: str) -> bool:
    c = tok[0]
    if c.isupper():
        return True
    return c.isdigit() and any(ch.isalpha() for ch in tok)


def _tokens(s: str, base: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(s):
        a, b, t = m.start() + base, m.end() + base, m.group()
        # A word's final full stop ends the sentence ("… reported by Folha.").
        tail = []
        while len(t) > 1 and t[-1] in ".-" and not re.search(r"\.\w\.$", t):
            tail.insert(0, (b - 1, b, t[-1]))
            t, b = t[:-1], b - 1
        e = _ELISION.match(t)
        if e and len(t) > e.end() and t[e.end()].isupper():
            out.append((a, a + e.end(), t[: e.end()]))
            a, t = a + e.end(), t[e.end() :]
        out.append((a, b, t))
        out.extend(tail)  # the stripped full stop stays a token, so a name never runs past it
    return out


def _is_descriptor(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Is token ``k`` (with the one before it) a media descriptor ("daily", "news agency")?"""
    d = _data()["DESCRIPTORS"]
    t = toks[k][2]
    two = fold(f"{toks[k - 1][2]} {t}") if k > 0 else ""
    if fold(t) not in d and two not in d:
        return False
    if t[0].isupper() and not (
        fold(t) in _data()["NOUN_DESCRIPTORS"]
        and k > 0 and toks[k - 1][2] in _data()["ARTICLES"] and k + 1 < len(toks) and _is_name_word(toks[k + 1][2])
    ):
        # "TV Karkonosze", "Radio X", "o Jornal da Planície": a capitalised media word opens the name
        # itself, unless an article stands before it and a name right after it ("die Zeitung Bild").
        return False
    return True


def _read_name(toks: list[tuple[int, int, str]], i: int, opts: SourceOptions = SourceOptions()) -> tuple[int, int] | None:
    """Token range [i, j) of the name starting at token i, or None."""
    if i >= len(toks):
        return None
    t = toks[i][2]
    if t in _QUOTES:
        close = _QUOTES[t]
        for j in range(i + 1, min(len(toks), i + 12)):
            if toks[j][2] == close:
                return (i + 1, j) if j > i + 1 else None
        return None
    if not _is_name_word(t):
        return None
    particles = _data()["PARTICLES"]
    j = i + 1
    while j < len(toks) and j - i < opts.max_name_words:
        w = toks[j][2]
        if toks[j][0] - toks[j - 1][1] > 2 or "\n" in w:
            break
        if _is_name_word(w) and not _is_calendar_word(fold(w)):
            j += 1
            continue
        if w in ("&", "-") or (fold(w) in particles and w.islower()):
            # A particle stays only between two name words ("Times of India").
            k = j + 1
            while k < len(toks) and (fold(toks[k][2]) in particles and toks[k][2].islower()):
                k += 1
            if k < len(toks) and _is_name_word(toks[k][2]) and not _is_calendar_word(fold(toks[k][2])) and toks[k][0] - toks[k - 1][1] <= 2:
                j = k + 1
                continue
        break
    return (i, j)


def _read_after(text: str, pos: int, opts: SourceOptions = SourceOptions()) -> tuple[int, int, bool] | None:
    """The name just after ``pos`` (a cue's end): (start, end, preceded by a media descriptor)."""
    line_end = text.find("\n", pos)
    window = text[pos : min(len(text), pos + opts.window, line_end if line_end >= 0 else len(text))]
    toks = _tokens(window, pos)
    articles = _data()["ARTICLES"]
    i = 0
    while i < len(toks) and toks[i][2] in articles:
        i += 1
    # "the Italian daily X", "local broadcaster X", "la emisora X": up to four words ending in a descriptor.
    for k in range(i, min(i + 4, len(toks))):
        if toks[k][2] in ".,;:!?()":
            break
        if _is_descriptor(toks, k):
            n = k + 1
            while n < len(toks) and toks[n][2] in articles:
                n += 1
            span = _read_name(toks, n, opts)
            if span:
                return toks[span[0]][0], toks[span[1] - 1][1], True
    span = _read_name(toks, i, opts)
    if not span:
        return None
    return toks[span[0]][0], toks[span[1] - 1][1], False


def _read_before(text: str, pos: int, opts: SourceOptions = SourceOptions()) -> tuple[int, int, bool] | None:
    """The name ending just before ``pos`` (a cue's start)."""
    line_start = text.rfind("\n", 0, pos) + 1
    lo = max(line_start, pos - opts.window)
    toks = _tokens(text[lo:pos], lo)
    data = _data()
    j = len(toks)
    while j > 0 and fold(toks[j - 1][2]) in data["BETWEEN"] and toks[j - 1][2].islower():
        j -= 1
    descriptor = False
    if j > 0 and fold(toks[j - 1][2]) in data["DESCRIPTORS_AFTER"]:
        j, descriptor = j - 1, True
    if j == 0:
        return None
    end_tok = toks[j - 1]
    end = end_tok[1]
    # A case ending after an apostrophe belongs to the sentence, not the name ("Haber'in").
    suffix = re.search(r"['’][^\W\d_]{1,6}$", end_tok[2])
    if suffix and _is_name_word(end_tok[2]):
        end = end_tok[1] - (len(end_tok[2]) - suffix.start())
    elif end_tok[2] in _QUOTES.values():
        for i in range(j - 2, max(-1, j - 13), -1):
            if toks[i][2] in _QUOTES and i < j - 2:
                d = i > 0 and _is_descriptor(toks, i - 1)
                return toks[i + 1][0], toks[j - 2][1], d or descriptor
        return None
    if not _is_name_word(end_tok[2]):
        return None
    # Walk left over name words and inner particles.
    i = j - 1
    particles = data["PARTICLES"]
    while i > 0 and j - i < opts.max_name_words:
        w = toks[i - 1][2]
        if toks[i][0] - toks[i - 1][1] > 2:
            break
        if _is_name_word(w) and not _is_descriptor(toks, i - 1):
            i -= 1
            continue
        if w in ("&", "-") or (w.islower() and fold(w) in particles):
            k = i - 1
            while k > 0 and toks[k - 1][2].islower() and fold(toks[k - 1][2]) in particles:
                k -= 1
            if k > 0 and _is_name_word(toks[k - 1][2]) and toks[k][0] - toks[k - 1][1] <= 2:
                i = k - 1
                continue
        break
    # A sentence opener before the name is not part of it ("Yesterday Reuters reported").
    while i < j - 1 and fold(toks[i][2]) in data["OPENERS"]:
        i += 1
    k = i - 1
    while k >= 0 and toks[k][2] in data["ARTICLES"]:
        k -= 1
    if k >= 0 and _is_descriptor(toks, k):
        descriptor = True  # right before the name: "the daily X", "regional channel X"
    if not descriptor and i > 0 and toks[i - 1][2].islower() and fold(toks[i - 1][2]) in data["PREPOSITIONS"]:
        return None  # "operators on Malta and Gozo reported": the name is not the subject
    return toks[i][0], end, descriptor


# --- evidence ------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    return normalise_outlet(name).split()


@functools.lru_cache(maxsize=1 << 14)  # pure in the name; asked for every candidate of every text
def _outlet_word(name: str) -> bool:
    ow = _data()["OUTLET_WORDS"]
    for w in _words(name):
        if w in ow:
            return True
        # A compound brand ending in an outlet word: "Baltwire", "Beursblad", "Dagbladet".
        if any(len(o) >= 4 and w.endswith(o) and len(w) > len(o) for o in ow):
            return True
    return False


def _brand(name: str) -> bool:
    toks = name.split()
    return any(re.search(r"[^\W\d_]\d+$|^\d+[^\W\d_]", t) and not re.fullmatch(r"\d+(?:st|nd|rd|th|e|er|º|ª)", t) for t in toks) or (
        len(toks) >= 2 and any(t in ("24", "360", "365", "7") for t in toks)
    )


@functools.lru_cache(maxsize=1 << 14)  # pure in the name; asked for every candidate of every text
def _non_media(name: str) -> bool:
    """A bank, ministry, police force, company ("… N.V."): not a media organisation."""
    data = _data()
    nm = data["NON_MEDIA_WORDS"]
    for w in _words(name):
        if w in nm or any(len(x) >= 4 and w.endswith(x) for x in nm):
            return True
    padded = f" {normalise_outlet(name)} "
    return any(f" {x} " in padded for x in data["LEGAL"])


def _person_like(name: str) -> bool:
    """Two to four title-case words, lower-case particles allowed, no article or outlet word:
    "Marta Rivas", "Jana Verhoef"."""
    toks = name.split()
    caps = [t for t in toks if not (t.islower() and fold(t) in _data()["PARTICLES"])]
    if not 2 <= len(caps) <= 3 or len(toks) > 4 or toks[0].islower():
        return False
    if fold(toks[0]) in _LEADING_ARTICLES:
        return False
    return all(re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)?", t) and t[0].isupper() and not t.isupper() for t in caps)


# Capitalised articles that open titles, never given names ("Le Monde", "Het Parool", "El País").
_LEADING_ARTICLES = frozenset(("the", "le", "la", "les", "el", "los", "las", "il", "lo", "de", "het", "o", "os", "die", "der", "das", "l'"))


def _display(name: str) -> str:
    # An English leading article is not part of the name ("the Financial Times"); others are ("Le Monde").
    name = re.sub(r"^(?:the|The|THE)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" ,;:")


def _evidence(name: str, descriptor: bool, known: frozenset[str]) -> bool:
    n = normalise_outlet(name)
    return descriptor or n in known or n in _data()["KNOWN"] or _outlet_word(name) or _brand(name)


def _accept(name: str, frame: str, descriptor: bool, known: frozenset[str], person: bool) -> bool:
    n = normalise_outlet(name)
    if not n or len(n) < 2:
        return False
    words = n.split()
    data = _data()
    if words[0] in data["OPENERS"] and len(words) == 1:
        return False
    if _is_calendar_word(n):
        return False
    evidence = _evidence(name, descriptor, known)
    if person and not evidence:
        return False  # NER says person and nothing says outlet (NER often tags "Jornal do X" a person)
    if _non_media(name) and not (descriptor or _outlet_word(name) or n in known or n in data["KNOWN"]):
        return False
    if frame == "cite":
        return evidence
    if evidence:
        return True
    if _person_like(name):
        return False
    if frame == "report":
        # An unknown single word ("Geominserv reported") may be any body; several words with an
        # article or particle ("Het Beursblad", "El Faro de Coquimbo") read as a title.
        return len(words) >= 2
    return True  # credit


@functools.cache
def _calendar() -> frozenset[str]:
    from storyline.clean.dates import month_names, weekday_names

    return frozenset(fold(m) for m in month_names()) | frozenset(fold(w) for w in weekday_names())


def _is_calendar_word(n: str) -> bool:
    """A month, weekday or language name ("Friday", "Turkish"): never an outlet by itself."""
    return n in _calendar() or n in _language_names()


@functools.cache
def _language_names() -> frozenset[str]:
    # Names of languages in each encoder language, from Babel ("published in Turkish by X").
    from babel import Locale

    out: set[str] = set()
    for code in lang.LANGUAGES:
        try:
            loc = Locale.parse(code)
        except (ValueError, LookupError) as exc:  # pragma: no cover - Babel ships all of them
            raise RuntimeError(f"Babel has no locale {code}") from exc
        out.update(fold(v) for k, v in loc.languages.items() if k in lang.LANGUAGES)
    return frozenset(out)


# --- finding -------------------------------------------------------------------------


def own_names(article: Article, opts: SourceOptions = SourceOptions()) -> list[str]:
    """Names the article gives itself: its outlet and the holder of its © lines."""
    out = [article.outlet] if article.outlet else []
    removed = _removed_lines(article)
    for line in removed + article.text.splitlines()[-3:]:
        m = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s+)?([^\W\d_][^.|,©]{1,60}?)(?:\s+\d{4})?\s*(?:[.|,-]|$)", line, re.IGNORECASE)
        if m:
            out.append(m.group(1).strip())
    if not article.outlet:
        # A masthead: a removed line that is only a name in capitals ("DAILY COURIER").
        for line in removed:
            if 1 <= len(line.split()) <= opts.masthead_max_words and line.isupper() and re.fullmatch(r"[\w&' .-]+", line):
                out.append(line)
    if article.url:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", article.url).split("/")[0]
        if host:
            out.append(host.rsplit(".", 1)[0] if "." in host else host)
    return out


def _is_own(name: str, own: Iterable[str], opts: SourceOptions = SourceOptions()) -> bool:
    a = normalise_outlet(name)
    if not a:
        return False
    for o in own:
        b = normalise_outlet(o or "")
        if not b:
            continue
        a1, b1 = a.replace(" ", ""), b.replace(" ", "")
        short, long_ = sorted((a1, b1), key=len)
        # Equal, or one holds the other when that one is long enough to be a name of its own
        # ("gazetadosado" / "Gazeta do Sado"); "Times" is not "Financial Times".
        if a1 == b1 or (len(short) >= opts.own_name_min_chars and short in long_):
            return True
    return False


def find_sources(
    text: str,
    article_id: str,
    own_outlet: str | None,
    people: list[tuple[int, int]] | None = None,
    known: Iterable[str] = (),
    own: Iterable[str] = (),
    opts: SourceOptions = SourceOptions(),
    credits_only: bool = False,
) -> list[Span]:
    """Cited outlets in ``text``.

    ``credits_only``: read only credits (datelines, bylines, credit lines, "originally appeared
    on X"): for page clutter that cleaning removed, where a cookie or subscription notice naming
    "this website" cites nobody.

    ``people``: PERSON mention ranges (a person "reported" is a reporter, not an outlet);
    ``known``: outlet names known from elsewhere (the story's articles' own outlets);
    ``own``: more names of the article's own outlet (© lines, domain).
    """
    people = people or []
    known_set = frozenset(normalise_outlet(k) for k in known if k)
    owns = [o for o in [own_outlet, *own] if o]
    found: dict[tuple[int, int], Span] = {}

    def add(start: int, end: int, frame: str, descriptor: bool, cue: str) -> None:
        raw = text[start:end]
        # "The Herald's Jane Roe wrote": the outlet is the possessor.
        pos_m = re.search(r"['’]s?\b", raw)
        if pos_m and re.match(r"['’]s?(?:\s|$)", raw[pos_m.start():]):
            raw = raw[: pos_m.start()]
            end = start + len(raw)
        # "Jane Roe of the Herald": a person of an outlet cites the outlet.
        of = re.search(r"\s+of\s+(?:the\s+)?", raw)
        if of and _person_like(raw[: of.start()]):
            start, raw = start + of.end(), raw[of.end() :]
        name = _display(raw)
        if not name or fold(name) in _data()["DESCRIPTORS"]:
            return
        start = start + raw.find(name) if name in raw else start
        end = start + len(name)
        person = any(s < end and start < e for s, e in people)
        if not _accept(name, frame, descriptor, known_set, person):
            return
        if _is_own(name, owns, opts):
            return
        if any(s <= start and end <= e for s, e in found):
            return
        for key in [k for k in found if start <= k[0] and k[1] <= end]:
            del found[key]
        found[(start, end)] = Span(article_id, start, end, "source", canonical_outlet(name), text[start:end],
                                   {"cue": cue, "frame": frame})

    if credits_only and _labelled(text):
        credits_only = False  # "来源：…", "Source: …": the whole line is a credit
    for hit in _hits(text, opts):
        if credits_only and not hit.credit:
            continue
        add(hit.start, hit.end, hit.frame, hit.descriptor, hit.cue)
    return sorted(found.values(), key=lambda s: s.start)


def _labelled(line: str) -> bool:
    """A line opened by a source label of any language ("Source:", "来源：", "출처:")."""
    m = re.match(r"\s*([^\W\d_]+)\s*[:：]", line)
    return m is not None and fold(m.group(1)) in _data()["SOURCE_LABELS"] | {"source"}


def _hits(text: str, opts: SourceOptions = SourceOptions()) -> Iterable[_Hit]:
    # Cues with the name after them.
    for frame, name in (("cite", "CITE_BEFORE"), ("report", "REPORT_BEFORE"), ("credit", "CREDIT_BEFORE")):
        rx = _cues(name, _CASED)
        if rx is None:
            continue
        for m in rx.finditer(text):
            r = _read_after(text, m.end(), opts)
            if not r:
                continue
            start, end, desc = r
            # A one-word verb cue with the name after it ("…, reported Folha.") needs the name to
            # close its clause, or a descriptor: "reported Smith missing" names no outlet.
            if frame == "report" and " " not in m.group().strip() and not desc:
                if not re.match(r"\s*(?:[,.;:!?)]|$)", text[end : end + 2]):
                    continue
            yield _Hit(start, end, frame, desc, m.group().lower(), frame == "credit")
            # A list after the cue: "with reports from X, Y and Z".
            for _ in range(5):
                sep = _LIST_SEP().match(text, end)
                r = _read_after(text, sep.end(), opts) if sep else None
                if not r or r[0] != sep.end():
                    break
                start, end, _d = r
                yield _Hit(start, end, frame, desc, m.group().lower(), frame == "credit")
    # Cues with the name before them.
    for frame, name in (("report", "REPORT_AFTER"), ("cite", "CITE_AFTER")):
        rx = _cues(name, _CASED)
        if rx is None:
            continue
        for m in rx.finditer(text):
            if not re.match(r"\s", text[m.start() - 1 : m.start()] or "x"):
                continue
            r = _read_before(text, m.start(), opts)
            if r:
                yield _Hit(r[0], r[1], frame, r[2], m.group().lower())
    # Wire datelines: "PARIS (Agency) -", "CITY, date /Wire/ --".
    for m in re.finditer(r"\(([^()\n]{2,60})\)\s*[-–—]|(?<![\w/])/([^/\n]{2,60})/\s*(?:--|[-–—])", text):
        g = 1 if m.group(1) is not None else 2
        head = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        # A wire named in a script without capitals ("(เอเอฟพี) -") is read by its known name, after
        # a place and a date in that script.
        caseless = m.group(g).strip() in _caseless_wires()
        if len(head) > opts.dateline_head_chars or not _dateline_head(head, caseless):
            continue  # "(PPPT) – founded in 2012": an acronym, not a dateline
        if caseless:
            a = m.start(g) + m.group(g).find(m.group(g).strip())
            yield _Hit(a, a + len(m.group(g).strip()), "credit", False, "dateline", True)
            continue
        if not m.group(g)[:1].isupper():
            continue
        toks = _tokens(m.group(g), m.start(g))
        span = _read_name(toks, 0, opts)
        if span and span[1] == len(toks):
            yield _Hit(toks[0][0], toks[-1][1], "credit", False, "dateline", True)
    # "(서울=연합뉴스)": a place and the wire joined by a sign inside brackets.
    for joiner in lang.values(_CONCERN, "DATELINE_JOINERS"):
        j = re.escape(joiner)
        for m in re.finditer(rf"\(\s*[^()\n{j}]{{1,30}}\s*{j}\s*([^()\n{j}]{{2,40}}?)\s*\)", text):
            yield _Hit(m.start(1), m.end(1), "credit", False, "dateline", True)
    # "X巴黎6月12日电": a known wire opening a paragraph, its place and date, and the word that
    # closes a dispatch's dateline (DATELINE_ENDS).
    ends = lang.values(_CONCERN, "DATELINE_ENDS")
    if ends:
        wires = sorted(set(lang.values(_CONCERN, "KNOWN_OUTLETS", _UNSPACED)) | set(lang.mapping(_CONCERN, "ALIASES", _UNSPACED)),
                       key=len, reverse=True)
        rx = re.compile(rf"(?m)^\s*({'|'.join(re.escape(w) for w in wires)})[^\s。，,]{{0,24}}?(?:{'|'.join(re.escape(e) for e in ends)})(?=\s)")
        for m in rx.finditer(text):
            yield _Hit(m.start(1), m.end(1), "credit", False, "dateline", True)
    # Short lines: bylines, sign-offs and credit lines.
    pos = 0
    for line in text.split("\n"):
        if 0 < len(line.split()) <= opts.credit_line_words:
            for s, e in credit_line_sources(line, opts):
                yield _Hit(pos + s, pos + e, "credit", False, "credit line", True)
        pos += len(line) + 1
    yield from _caseless_hits(text)


def credit_line_sources(line: str, opts: SourceOptions = SourceOptions()) -> list[tuple[int, int]]:
    """Name ranges credited by a byline or credit line: "By Jane Doe, Wire", "Par X avec Y",
    "Source: X", "— Agency", "X and agencies"."""
    data = _data()
    out: list[tuple[int, int]] = []
    toks = _tokens(line, 0)
    if not toks:
        return out
    first = fold(toks[0][2])
    # "Source: X", also inside a meta line ("March 9 · 3 min read · Source: X").
    label = re.search(r"(?:^|[·|•,;]\s*)([^\W\d_]+)\s*:\s*(?=\S)", line)
    # "— AFP" / "- Reuters" closing a paragraph.
    sign = re.search(r"[-–—]\s*([^\W\d_][\w&.' -]{1,40})\s*$", line)
    if sign and re.search(r"[.!?\"”»]\s*[-–—]", line):
        t = _tokens(sign.group(1), sign.start(1))
        span = _read_name(t, 0, opts)
        if span and span[1] == len(t):
            out.append((t[0][0], t[-1][1]))
    if label and fold(label.group(1)) in data["SOURCE_LABELS"] | {"source", "fuente", "fonte", "quelle", "bron", "źródło", "kaynak", "источник"}:
        rest_start = label.end()
    elif first in data["BYLINE"] and len(toks) > 1 and _is_name_word(toks[1][2]):
        rest_start = toks[1][0]
    else:
        return out
    # Segments split by commas, bullets, bars and joiners ("with", "avec", "con").
    joiners = "|".join(re.escape(j) for j in sorted(data["CREDIT_JOINERS"], key=len, reverse=True))
    seg_start = rest_start
    segments: list[tuple[int, int]] = []
    sep = re.compile(rf"\s*(?:[,;|•·/]|\s[-–—]\s)\s*|\s+(?:{joiners})\s+", re.IGNORECASE)
    for m in sep.finditer(line[rest_start:] + ","):
        a, b = rest_start + m.start(), rest_start + m.end()
        if a > seg_start:
            segments.append((seg_start, a))
        seg_start = b
    for s, e in segments:
        seg = line[s:e]
        if re.search(r"(?i)\b(?:reporting|editing|writing|photos?|additional)\b", seg):
            continue
        t = _tokens(seg, s)
        span = _read_name(t, 0, opts)
        if not span or span[1] != len(t):
            continue
        name = line[t[0][0] : t[-1][1]]
        if _person_like(name) and not _outlet_word(name):
            continue
        out.append((t[0][0], t[-1][1]))
    return out


def _dateline_head(head: str, caseless: bool = False) -> bool:
    """What stands before a wire's name in a dateline: nothing, or a place and a date
    ("PARIS, 12 juin 2026", "Lisbon, July 21"): capitalised words, numbers and month names only;
    ``caseless``: also words of a script without capitals, where no capital marks a place."""
    for w in re.findall(r"[^\W_][\w.'’-]*", head):
        if caseless and w[0].isalpha() and w[0].upper() == w[0].lower():
            continue
        if not (w[0].isupper() or w[0].isdigit() or _is_calendar_word(fold(w).rstrip("."))):
            return False
    return True


@functools.lru_cache(maxsize=1)
def _caseless_wires() -> frozenset[str]:
    """Outlet names of the languages written without capitals, as printed (lang/<code>/sources.py
    KNOWN_OUTLETS and ALIASES)."""
    codes = _UNSPACED + _SPACED_CASELESS
    return frozenset(lang.values(_CONCERN, "KNOWN_OUTLETS", codes)) | frozenset(lang.mapping(_CONCERN, "ALIASES", codes))


_CJK = r"[\u3400-\u9fff\u30a0-\u30ff\uac00-\ud7a3A-Za-z0-9ー・]"


def _caseless_hits(text: str) -> Iterable[_Hit]:
    """Names in scripts without capitals: next to a cue, ending in an outlet suffix or known."""
    if not re.search(r"[\u3040-\u9fff\uac00-\ud7a3\u0600-\u06ff\u0e00-\u0e7f]", text):
        return
    suffixes = sorted(lang.values(_CONCERN, "NAME_SUFFIXES", _UNSPACED), key=len, reverse=True)
    known = sorted(set(lang.values(_CONCERN, "KNOWN_OUTLETS", _UNSPACED + _SPACED_CASELESS))
                   | set(lang.mapping(_CONCERN, "ALIASES", _UNSPACED + _SPACED_CASELESS)), key=len, reverse=True)
    if suffixes or known:
        alt = "|".join(re.escape(s) for s in suffixes)
        kn = "|".join(re.escape(k) for k in known)
        name_rx = rf"(?:{kn}|{_CJK}{{1,10}}?(?:{alt}))"
        before = _cues("CITE_BEFORE", _UNSPACED)
        if before is not None:
            for m in before.finditer(text):
                n = re.match(rf"\s*({name_rx})", text[m.end() : m.end() + 20])
                if n:
                    yield _Hit(m.end() + n.start(1), m.end() + n.end(1), "credit", True, m.group())
        for name in ("REPORT_AFTER", "CITE_AFTER"):
            rx = _cues(name, _UNSPACED)
            if rx is None:
                continue
            for m in rx.finditer(text):
                seg = text[max(0, m.start() - 20) : m.start()]
                n = re.search(rf"(?<!{_CJK})({name_rx})\s*$", seg)
                k = re.search(rf"({kn})\s*$", seg) if kn else None
                if k is not None and (n is None or k.start(1) > n.start(1)):
                    n = k  # "…综合法新社报道": a known wire closing a longer run is the name
                if n:
                    base = m.start() - len(seg)
                    a = base + n.start(1)
                    # "据X报道": the cue before the name is not part of it.
                    lead = before.match(text, a) if before is not None else None
                    if lead and lead.end() < base + n.end(1) - 1:
                        a = lead.end()
                    yield _Hit(a, base + n.end(1), "credit", True, m.group())
    # Arabic and Thai: the words after a media descriptor.
    desc = sorted(lang.values(_CONCERN, "DESCRIPTORS", _SPACED_CASELESS), key=len, reverse=True)
    stops = set(lang.values(_CONCERN, "NAME_STOPS", _SPACED_CASELESS))
    unspaced = [c for c in _SPACED_CASELESS if getattr(lang.table(_CONCERN, c), "UNSPACED", False)]
    joined = sorted(lang.values(_CONCERN, "DESCRIPTORS", unspaced), key=len, reverse=True)
    if joined:
        # Thai: the descriptor is written onto the words before it and the name onto it.
        kn = sorted(lang.values(_CONCERN, "KNOWN_OUTLETS", unspaced) + list(lang.mapping(_CONCERN, "ALIASES", unspaced)),
                    key=len, reverse=True)
        rx = re.compile(rf"(?:{'|'.join(re.escape(d) for d in joined)})\s*({'|'.join(re.escape(k) for k in kn)})")
        for m in rx.finditer(text):
            yield _Hit(m.start(1), m.end(1), "credit", True, text[m.start() : m.start(1)].strip())
    desc = [d for d in desc if d not in joined]
    if desc:
        rx = re.compile(rf"(?<![^\W\d_])(?:[لبو]?)(?:{'|'.join(re.escape(d) for d in desc)})\s*")
        for m in rx.finditer(text):
            words = []
            for w in re.finditer(r"[^\s،,.:;!?()«»\"]+", text[m.end() : m.end() + 80]):
                if w.group() in stops or len(words) == 3 or (words and w.start() - words[-1].end() > 1):
                    break
                words.append(w)
            if words:
                yield _Hit(m.end() + words[0].start(), m.end() + words[-1].end(), "credit", True, m.group().strip())


def _removed_lines(article: Article) -> list[str]:
    # Removed items are strings; a cleaner may keep them as records with a ``text`` and a ``kind``.
    out = []
    for item in article.removed:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out.append(str(item.get("text", "")))
        else:
            out.append(str(getattr(item, "text", item)))
    return out


def _header_lines(article: Article) -> list[str]:
    # A page header line that gave a date candidate is kept only as that candidate's evidence
    # ("March 9, 2026 · 3 min read · Source: Wire"); its credit counts like a removed line.
    out = []
    for c in article.date_candidates:
        origin = c.get("origin") if isinstance(c, dict) else c.origin
        evidence = c.get("evidence") if isinstance(c, dict) else c.evidence
        if origin == "header_line" and evidence:
            out.append(str(evidence))
    return out


# --- the story ------------------------------------------------------------------------


def _reading_holds(text: str, known: list[str], own: list[str], extracted: list[Span],
                   opts: SourceOptions = SourceOptions()) -> bool:
    """Would reading ``text`` again with the story's outlets (``known``) and the article's own names
    find just what its extraction found (same text, no known outlets, the outlet as only own name)?
    A known outlet changes the reading only where the text names it; an own name only drops a
    name it matches, and none of the extracted ones does. Then the article is not read again."""
    if known:
        body = normalise_outlet(text)
        if any(k and k in body for k in (normalise_outlet(o) for o in known)):
            return False
    return not any(_is_own(s.label or s.text, own, opts) for s in extracted)


def story_cited_sources(
    members: Sequence[Article], extractions: dict[str, Extraction], order: dict[str, int],
    opts: SourceOptions = SourceOptions(),
) -> list[dict]:
    """The story's cited outlets, each with the articles citing it and the spans in their text.

    Each article is read again with the story's own outlets as known outlets (an outlet that
    one article of the story is, another may cite), and its removed credit lines are read too.
    """
    # Each outlet once: they are read as a set, and a story of many copies repeats a few outlets.
    outlets = list(dict.fromkeys(a.outlet for a in members if a.outlet))
    names: dict[str, Counter[str]] = {}
    cites: dict[str, list[str]] = {}
    spans: dict[str, list[dict]] = {}

    def note(name: str, article_id: str, span: dict | None) -> None:
        key = normalise_outlet(name)
        if not key:
            return
        names.setdefault(key, Counter())[name] += 1
        if article_id not in cites.setdefault(key, []):
            cites[key].append(article_id)
        lst = spans.setdefault(key, [])
        if span and span not in lst:
            lst.append(span)

    for a in sorted(members, key=lambda a: order.get(a.id, 0)):
        ext = extractions.get(a.id)
        own = own_names(a, opts)
        known = [o for o in outlets if not _is_own(o, own, opts)]
        if ext is not None and _reading_holds(a.text, known, own, ext.cited_sources, opts):
            found = list(ext.cited_sources)
        else:
            people = [(s.start, s.end) for s in (ext.entities if ext else []) if s.label == "PERSON"]
            found = find_sources(a.text, a.id, a.outlet, people, known=known, own=own, opts=opts)
        seen = {(s.start, s.end) for s in found}
        for s in found + [s for s in (ext.cited_sources if ext else []) if (s.start, s.end) not in seen]:
            if _is_own(s.label or s.text, own, opts):
                continue
            note((s.label or s.text).strip(), a.id, {"article_id": a.id, "start": s.start, "end": s.end})
        for line in _removed_lines(a) + _header_lines(a):
            for s in find_sources(line, a.id, a.outlet, None, known=outlets, own=own, opts=opts, credits_only=True):
                note(s.label, a.id, None)
    out = [{"name": names[k].most_common(1)[0][0], "article_ids": cites[k], "spans": spans[k]} for k in names]
    out.sort(key=lambda c: (-len(c["article_ids"]), c["name"]))
    return out

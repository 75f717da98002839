"""Remove page clutter from a scraped plain-text article, keeping every sentence of the body.

The cleaner is line-based. Each line gets a kind from generic cues (length, sentence
punctuation, menu separators, words that only clutter uses: "share", "subscribe",
"all rights reserved" ...). The words come from every language's data module
``storyline/lang/<code>/cleaning.py`` and are matched case-insensitively, so a Polish
"Czytaj też:" opens a teaser list as an English "Read also:" does.

Two modes share one set of rules:

- a scraped page (:func:`clean_text`): the article body is the line range with the highest
  score, where body-like lines count for their length and clutter counts against it (the
  text analogue of link density: navigation is many short lines without sentence
  punctuation);
- a record whose text is already the article (``clean_text(text, whole=True)``: JSON Lines,
  CSV, feeds, the text an HTML extractor returned): every line is a candidate and only
  clutter lines, teaser lists and rails leave it.

Inside the body, clutter lines are dropped, and so are the teasers that follow a "related /
most popular / read more" marker, the headline rail at the end of a page (short
headline-like lines, often with comment counts or times), and photo credits glued into a
paragraph ("... Name/AGENCY via Getty Images"). Every dropped line or span lands in
``removed``; nothing is lost silently. Translation and first-publication credits ("Translated
from Polish by ...", "This article first appeared in ...", "The post ... appeared first on
...") are metadata, not body: they go to ``removed`` tagged with their kind
(``"[translation_credit] ..."``, ``"[credit] ..."``; see :func:`removed_kind`) so that the
lineage stage can read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from storyline import lang
from storyline.clean.dates import parse_date_line
from storyline.options import CleanOptions

# Khmer (។) and Myanmar (။) close sentences with marks of their own.
_TERMINAL = tuple(".!?…\"”’'»)。！？។။")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Scripts written without spaces between words whose paragraphs need not end in a mark:
# Thai and Lao have no sentence punctuation at all (a space separates clauses), Khmer and
# Myanmar use their own marks inconsistently. Letters only: the vowel and tone marks of
# these scripts (combining marks) add characters, not words.
_SEA = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}&&\p{L}]", regex.V1)
_SEA_TAIL = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}][\s\d\p{P}]*$", regex.V1)
# Scripts written without spaces between words count words by characters, so that the length
# rules made for spaced text (a body paragraph has 7 words or more, a headline at most 22, as the
# literals below) read them alike: a Chinese or Japanese word is about two characters, a Thai,
# Lao, Khmer or Myanmar word about four letters (vowel and tone marks not counted). Facts of the
# scripts, like those literals, not options a user tunes.
_CJK_CHARS_PER_WORD = 2.0
_SEA_LETTERS_PER_WORD = 4.0
# Thai and Lao write no sentence-final mark: a line of this many words or more, with its clauses
# set apart by spaces, is a paragraph (shorter ones are headlines and teasers).
_UNPUNCTUATED_BODY_WORDS = 15


# Cheap gates (the stdlib engine, one scan) before the Unicode-property counts: most lines of most
# pages hold no letter of these scripts, and this runs several times for every line of every page.
_WIDE = re.compile("[\u2e80-\U0010ffff]")
_SEA_RANGE = re.compile("[\u0e00-\u109f\u1780-\u17ff]")


def _words(line: str) -> int:
    """Words in a line; in scripts without spaces, letters divided by a typical word length."""
    n = len(line.split())
    cjk = len(_CJK.findall(line)) if _WIDE.search(line) else 0
    sea = len(_SEA.findall(line)) if _has_sea(line) else 0
    if not sea:
        return max(n, cjk // 2)
    # Tokens of other scripts (a name in Latin letters, a number) are words of their own.
    other = sum(1 for t in line.split() if not _SEA.search(t))
    return max(n, other + int(cjk / _CJK_CHARS_PER_WORD + sea / _SEA_LETTERS_PER_WORD))


def _has_sea(line: str) -> bool:
    return _SEA_RANGE.search(line) is not None


def _unpunctuated(s: str) -> bool:
    """A line ending in a script whose sentences end without a mark (Thai, Lao, ...)."""
    return _has_sea(s[-40:]) and bool(_SEA_TAIL.search(s))


def _data(name: str) -> list[str]:
    """Every language's ``cleaning.NAME`` entries, longest first (so alternations prefer them)."""
    return sorted({str(x) for x in lang.values("cleaning", name) if x}, key=len, reverse=True)


def _alt(name: str) -> str:
    """A non-capturing alternation of the regex fragments ``cleaning.NAME`` of every language."""
    return "(?:" + "|".join(_data(name)) + ")"


def _no_word_edge(entry: str) -> bool:
    # Scripts written without spaces (CJK, Thai) have no word boundaries to anchor on.
    return bool(entry) and (ord(entry[0]) >= 0x0E00)


def _words_alt(name: str) -> str:
    """Like :func:`_alt`, each entry bounded by non-word characters (none for CJK and Thai)."""
    data = _data(name)
    spaced = [e for e in data if not _no_word_edge(e)]
    unspaced = [e for e in data if _no_word_edge(e)]
    # One pair of boundary checks around the whole alternation: a search rejects a position
    # inside a word at once instead of trying every entry there.
    parts = ([rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)"] if spaced else []) + unspaced
    return "(?:" + "|".join(parts) + ")"


_META = set("\\()[]{}?*+|.^$")


def _fold(s: str) -> str:
    # Case-insensitive substring tests, Turkish dotted and dotless i included.
    return s.casefold().replace("\u0307", "").replace("ı", "i")


def _literal_heads(entry: str) -> list[str] | None:
    """The literal text every match of a regex fragment starts with (up to 4 characters per
    alternative), or None when the fragment may start with anything."""
    if entry.startswith("(?:"):
        depth, close = 0, -1
        for j, ch in enumerate(entry):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                close = j
                break
        inner = entry[3:close]
        if close < 0 or "(" in inner or entry[close + 1 : close + 2] in {"?", "*", "{"}:
            return None
        heads = [_literal_heads(alt) for alt in inner.split("|")]
        return None if any(h is None for h in heads) else [x for h in heads for x in h]  # type: ignore[union-attr]
    lit = ""
    for j, ch in enumerate(entry):
        if ch in _META:
            if ch in "?*{" and lit:
                lit = lit[:-1]  # the character before an optional mark may be absent
            break
        lit += ch
    lit = _fold(lit.replace("'", ""))[:4] if "'" not in lit[:4] else _fold(lit.split("'")[0])[:4]
    return [lit] if lit.strip() else None


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=8192)
def _word_heads(s: str) -> frozenset[str]:
    """The first one to four characters of every word (and punctuation mark) of a line, folded."""
    return frozenset(w[:k] for w in _TOKEN.findall(_fold(s)) for k in range(1, 5))


class _Gated:
    """A compiled pattern behind a cheap test: most lines hold none of its phrases, and a long
    alternation searched at every position of every line is slow. The test looks up the
    heads of the line's words (the phrases start at a word) in the heads of the phrases;
    phrases of scripts without spaces (CJK, Thai) are looked for as substrings."""

    def __init__(self, pattern: str, names: tuple[str, ...] = (), extra: tuple[str, ...] = (), flags: int = re.I):
        self.rx = re.compile(pattern, flags)
        heads: list[str] | None = [_fold(x) for x in extra]
        for name in names:
            for entry in _data(name):
                h = _literal_heads(entry)
                if h is None or heads is None:
                    heads = None
                    break
                heads += h
        self.gated = heads is not None
        spaced = [k for k in heads or () if not _no_word_edge(k)]
        self.words = frozenset(toks[0][:4] for toks in map(_TOKEN.findall, spaced) if toks)
        self.substrings = tuple(k for k in heads or () if _no_word_edge(k))

    def search(self, s: str) -> re.Match[str] | None:
        if self.gated and self.words.isdisjoint(_word_heads(s)) and not (
            self.substrings and _UNSPACED.search(s) and any(k in s for k in self.substrings)
        ):
            return None
        return self.rx.search(s)


# Upper- and lower-case letters of the Latin, Greek and Cyrillic alphabets, for name shapes
# ("Łukasz Żmuda", "Çağla Öztürk") that an ASCII class would cut.
_UP = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isalpha() and c.isupper()) + "Α-ΩА-ЯЁ"
_LO = "".join(c for c in map(chr, range(0x61, 0x250)) if c.isalpha() and c.islower()) + "α-ωа-яё"

# A teaser's comment or view count, "Headline (185)", "Headline 14 comments", "Headline 2 hours ago".
_COUNT_SUFFIX = re.compile(
    r"\s*(?:[(\[]\d[\d,.]*[kKmM]?[)\]]|[|·•–—-]?\s*\d[\d,.]*[kKmM]?\s+" + _words_alt("COUNT_WORDS") + r"|"
    r"[|·•–—-]?\s*\d{1,3}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?|godz\.?|std\.?|"
    r"saat|dk|ore|horas?|heures?|stunden?|uur|minuten|minutos|dakika)\.?\s*" + _words_alt("TIME_AGO") + r"|"
    r"[|·•–—-]?\s*\d{1,2}[:.]\d{2})$",
    re.I,
)
_TIME_PREFIX = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?:[|·•–—-]\s*)?\S")


def _ends_sentence(line: str) -> bool:
    # A teaser's comment or view count, "Headline (185)", is not sentence punctuation.
    s = line.rstrip()
    if s[-1:].isalnum() or s[-1:] in (")", "]"):
        tail = s[-60:]  # a count suffix is short: no need to search the whole line
        m = _COUNT_SUFFIX.search(tail)
        if m:
            s = s[: len(s) - len(tail) + m.start()].rstrip()
    return s.endswith(_TERMINAL)


# Social networks and messengers: brand names, the same in every language.
_NETWORKS = {
    "facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "telegram", "flipboard",
    "tumblr", "sms", "bluesky", "threads", "instagram", "youtube", "tiktok", "mastodon", "snapchat", "vk", "weibo",
    "wechat", "kakaotalk", "viber", "signal", "truth social", "google news",
}
_NETWORK_CORE = {"facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "flipboard",
                 "bluesky", "instagram"}
_SOCIAL = set(_data("SHARE_WORDS")) | _NETWORKS
_SOCIAL_CORE = set(_data("SHARE_CORE")) | _NETWORK_CORE
# A network named in a line: by name, inflected too ("na Facebooku", "Instagram'da"), short
# names whole, X only in capitals; or an @handle.
_NETWORK_RE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted((n for n in _NETWORKS if len(n) >= 5 and n not in {"signal", "threads"}), key=len,
                                   reverse=True)) + r"))|\bX\b|(?<![\w.])@[A-Za-z0-9_]{2,30}\b|"
    + "(?i:" + _words_alt("SOCIAL_MEDIA") + ")",
)

_AGENCIES = (
    r"getty images|afp|ap photo|ap|associated press|reuters|epa(?:-efe)?|efe|shutterstock|alamy|bloomberg|"
    r"anadolu agency|anadolu|xinhua|sipa(?: usa)?|zuma(?: press| wire)?|rex features|rex|pa(?: media| wire| images)?|"
    r"istock(?:photo)?|nurphoto|picture alliance|dpa|ansa|kyodo|yonhap|tass|imago|abaca|sopa images|lightrocket|"
    r"wireimage|filmmagic|the washington post|the new york times|cnn|bbc|nasa|handout|courtesy[^)]*|file|"
    r"pap|aa|iha|dha|lusa|belga|anp|ria novosti|kyodo news|europa press|agencia efe|ap images"
)
_SHARE_PHRASE = re.compile(
    r"\b(?:click|tap) to (?:share|email|print|tweet)\b|\(opens in (?:a )?new window\)|^share (?:on|via|to) \w+|"
    r"^(?:share|email|tweet|pin) (?:this|it)\b",
    re.I,
)
_CAPTION_LABEL = _alt("CAPTION_LABELS")
_CAPTION = [
    re.compile(rf"\((?:[A-Z]{{2,12}} )?{_CAPTION_LABEL}(?!\w)[^)]{{0,100}}\)\s*$", re.I),
    re.compile(rf"^{_CAPTION_LABEL}(?:\s*(?:by\s*)?[:|/：]|(?<=\.)\s+\S)", re.I),
    re.compile(rf"^{_alt('CAPTION_OPENERS')}(?!\w)", re.I),
    re.compile(rf"(?:/|\bvia\s|\||—|–|\s-\s|\(|\bphoto:?\s|\bcredit:?\s|\bimage:?\s|\bfoto:?\s|\bfot\.\s)\s*(?:{_AGENCIES})"
               rf"(?:\s*(?:/|via)\s*(?:getty images|{_AGENCIES}))?\s*\)?\s*$", re.I),
    re.compile(r"\b(?:getty\s*images|shutterstock|istockphoto)\b.{0,40}$", re.I),
]
# "(Photo: AGENCY / Name) Rescue workers search ...": a caption that opens with its credit.
_CAPTION_LEAD = re.compile(rf"^[\[(]{_CAPTION_LABEL}(?!\w)\s*(?:by|:|/|credit|©|\.)[^)\]]{{1,100}}[)\]]", re.I)

# Photo credits glued into a paragraph: "(Photo: ...)", "Foto: Name/AGENCY", "Name/AGENCY via Getty Images".
_NAME_TOKEN = rf"(?:[{_UP}]\.|[{_UP}][{_UP}{_LO}'’-]*)"
_NAMEISH = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}"
_AGENCY_CREDIT = rf"(?:{_AGENCIES})(?:\s*(?:/|via)\s*(?:getty images|{_AGENCIES}))?"
_CREDIT_SPANS = [
    re.compile(rf"[\[(]\s*{_CAPTION_LABEL}(?!\w)\s*(?:by\s*)?[:/：.]?\s*[^()\[\]]{{1,100}}[)\]]", re.I),
    re.compile(rf"(?<!\w)(?i:{_CAPTION_LABEL})(?!\w)(?:\s*(?i:by)\s+|\s*[:：]\s*|(?<=\.)\s*)(?:{_NAMEISH}\s*/\s*)?"
               # A name with no agency after it is cut at two words: "Foto: Lena Vogel Die Feuerwehr ...".
               rf"(?:(?i:{_AGENCY_CREDIT})(?!\w)|{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)"
               rf"(?:\s*(?:/|via)\s*(?i:getty images|{_AGENCIES})(?!\w))?"),
    re.compile(rf"{_NAMEISH}\s*/\s*(?i:{_AGENCY_CREDIT})(?!\w)"),
    re.compile(rf"(?:{_NAMEISH}\s*(?:/\s*(?i:{_AGENCIES})\s*)?)?(?i:via getty images)"),
    re.compile(rf"(?<!\w)(?i:{_AGENCIES})\s*/\s*{_NAMEISH}"),  # "AGENCY/Name"
]
_CAPTION_WORD = _Gated(rf"(?<!\w){_CAPTION_LABEL}(?!\w)", ("CAPTION_LABELS",))
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[\"“„«]?[^\W\d_]")
_CREDIT_BEFORE = tuple(".!?\"”’»)]|—–:")

_BYLINE = re.compile(
    rf"^{_alt('BYLINE_OPENERS')}(?P<sep>\s*[:：/／|]\s*|\s+)(?P<names>[^\W\d_][^\n]{{0,160}})$", re.I
)
_PARTICLES = "|".join(sorted({re.escape(p) for p in _data("NAME_PARTICLES")} | {"de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "el"}, key=len, reverse=True))
_NAME = rf"[{_UP}][{_LO}'’.-]+(?:\s+(?:[{_UP}][{_LO}'’-]*\.?|{_PARTICLES})){{1,3}}"
_ROLE = (
    r"reuters|ap|associated press|the associated press|afp|agence france-presse|bloomberg|cnn|bbc(?: news)?|"
    r"upi|dpa|efe|xinhua|staff writer|staff reporter|staff|correspondent|reporter|senior writer|writer|"
    r"editor|contributor|contributing writer|special correspondent|political editor|[a-z]+ editor|"
    r"[a-z]+ correspondent|[a-z]+ reporter|for [a-z .]{2,30}|special to [a-z .]{2,30}"
)
_NAME_ROLE = re.compile(rf"^(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:,|\||—|–|-)\s*(?P<org>{_ROLE})\.?$", re.I)
_NAME_STRICT = re.compile(rf"^{_NAME}$")
_SIGNATURE = re.compile(rf"^[-–—]\s*(?P<org>{_ROLE}|[A-Z][\w.&' ]{{1,30}})\s*$")
_TRAILER = re.compile(r"^\(?(?:reporting|writing|editing|additional reporting|compiled|produced) by\b[^\n]{0,200}\)?$", re.I)

_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|→|/|\||·|•|::)\s+")
_ARROW = re.compile(r"\s(?:>|›|»|→)\s")
_MENU_SEP = re.compile(r"\s*(?:\||•|·|▪|◦)\s*")

_RELATED = re.compile(rf"^[^\w]*{_alt('TEASER_MARKERS')}[\s:.!…»>›：-]*$", re.I)
_INLINE_PROMO = re.compile(rf"^[^\w¿¡]{{0,3}}{_alt('TEASER_OPENERS')}\s*[:|»>›：–—-]\s*\S", re.I)
# "Follow <outlet> on Facebook and Instagram", "Síguenos en WhatsApp": a follow prompt names a network.
_FOLLOW = _Gated(rf"(?:^|[^\w])" + _words_alt("FOLLOW_PHRASES"), ("FOLLOW_PHRASES",))
# "Got a story tip? Members ...": a prompt addressed to the reader, imperative or not.
_PROMPT = re.compile(rf"^[^\w¿¡]*{_alt('READER_PROMPTS')}", re.I)
_COMMENTS = re.compile(rf"^(?:\d+\s+)?{_alt('COMMENT_LINES')}[\s:.!()\d]*$", re.I)
_PROMO = _Gated(_words_alt("PROMO_WORDS"), ("PROMO_WORDS",))
# A sentence about subscribers is news; one that asks the reader to subscribe is a promo.
_CALL_TO_ACTION = re.compile(rf"^[^\w¿¡]*{_words_alt('CALLS_TO_ACTION')}|{_words_alt('PROMO_PHRASES')}", re.I)
# A labelled ad or sponsored teaser: "Sponsored: You won't believe ...", "Anzeige: ...".
_SPONSORED = re.compile(rf"^[\[(]?{_alt('SPONSORED_LABELS')}[\])]?\s*[:|»>›–—：-]\s*\S", re.I)
_COPYRIGHT_LINE = _Gated(rf"^\s*(?:©|\(c\)\s|copyright\b)|{_words_alt('RIGHTS_RESERVED')}|©\s*(?:19|20)\d{{2}}",
                         ("RIGHTS_RESERVED",), ("©", "(c)", "copyright"))
_COOKIE_WORD = _Gated(_words_alt("COOKIE_WORDS"), ("COOKIE_WORDS",))
_CONSENT = re.compile(_words_alt("CONSENT_WORDS"), re.I)
_TECH = _Gated(_alt("TECH_NOTICES"), ("TECH_NOTICES",))
_WIDGET = re.compile(rf"^{_alt('WIDGET_LINES')}[\s.:!…]*$", re.I)
_FOOTER = _Gated(rf"^©|^\(c\)\s|\bcopyright\s*(?:©|\(c\))?\s*(?:\d{{4}})?|{_words_alt('FOOTER_PHRASES')}|^our standards\b",
                 ("FOOTER_PHRASES",), ("©", "(c)", "copyright", "our standards"))
# "Tags: #earthquake #Turkey", "Topics: Turkey, Earthquakes, Europe": a page's topic links.
_TAGS = re.compile(rf"^{_alt('TAG_LABELS')}\s*[:|：]\s*\S", re.I)
_SECTIONISH = re.compile(r"^[\W\d_]*$")

# Credits that are metadata, not clutter: kept in ``removed`` with their kind for lineage.
_LEAD = r"^[\s(\[*_—–-]*"
_TRANSLATION = _alt("TRANSLATION_CREDITS")
_CREDIT = _alt("CREDIT_PHRASES")
_SELF = _words_alt("SELF_REFERENCES")
_TRANSLATION_LEAD = re.compile(_LEAD + _TRANSLATION, re.I)
_TRANSLATION_ANY = _Gated(_TRANSLATION, ("TRANSLATION_CREDITS",))
_CREDIT_LEAD = re.compile(_LEAD + _CREDIT, re.I)
_CREDIT_ANY = _Gated(_CREDIT, ("CREDIT_PHRASES",))
_SELF_RE = _Gated(_SELF, ("SELF_REFERENCES",))
# "Source: PAP", "Fuente: agencias": the source credit a page closes with.
_SOURCE_LINE = re.compile(rf"^{_alt('SOURCE_LABELS')}\s*[:：]\s*[^.!?。]{{1,80}}$", re.I)
METADATA_KINDS = ("translation_credit", "credit")
_TAG = re.compile(r"^\[(?P<kind>" + "|".join(METADATA_KINDS) + r")\] ")

BLOCKING = {"share", "caption", "byline", "crumb", "menu", "promo", "footer", "widget", "related", "comments",
            "inline_promo", "date", "trailer", "signature", "symbols", *METADATA_KINDS}


def removed_kind(entry: str) -> tuple[str | None, str]:
    """The kind and text of one ``removed`` entry: ``("translation_credit", "Translated from ...")`` for
    a tagged credit, ``(None, line)`` for any other removed clutter."""
    m = _TAG.match(entry)
    return (m.group("kind"), entry[m.end():]) if m else (None, entry)


def _credit_kind(s: str, nw: int) -> str | None:
    """"translation_credit" or "credit" for a credit line: one that opens with the credit, or
    names this article next to it ("This report was translated from the Spanish original...")."""
    if nw > 60:
        return None
    if (nw <= 30 and _TRANSLATION_LEAD.match(s)) or (_SELF_RE.search(s) and _TRANSLATION_ANY.search(s)):
        return "translation_credit"
    if (nw <= 30 and _CREDIT_LEAD.match(s)) or (_SELF_RE.search(s) and _CREDIT_ANY.search(s)):
        return "credit"
    if nw <= 10 and _SOURCE_LINE.match(s):
        return "credit"
    return None


def _is_follow(s: str, nw: int) -> bool:
    if nw > 30:
        return False
    m = _FOLLOW.search(s)
    # The prompt opens the line, or follows a short lead-in ("For more news, follow us on ...").
    # Verb-final languages put the network first ("Bizi Instagram'da takip edin").
    return bool(m) and m.start() <= 40 and not s[: m.start()].rstrip().endswith((".", "!", "?")) and bool(
        _NETWORK_RE.search(s)
    )


def _byline_kind(s: str, nw: int) -> bool:
    """"By Name", "Por Name", "Yazan: Name", "Name, Reuters": a byline, not a sentence that opens with "by"."""
    if nw > 18 or s.endswith("."):
        return False
    if _NAME_ROLE.match(s):
        return True
    m = _BYLINE.match(s)
    if not m:
        return False
    names = m.group("names").strip()
    if _split_names(names) or NOT_PERSON.search(names):
        return True
    # "By Reuters", "Di Redazione", "Autor: 张三": one capitalised name, or any short name after a colon.
    first = re.split(r"\s*(?:\||—|–|,|\d)", names)[0].strip()
    if first and _words(first) <= 4 and all(w[:1].isupper() for w in first.split()):
        return True
    return m.group("sep").strip() != "" and _words(names) <= 8 and not _ends_sentence(names)


def classify(line: str) -> str:
    """The kind of one stripped, non-empty line: "body", "short" or a clutter kind."""
    s = line.strip()
    if not s:
        return "blank"
    nw = _words(s)
    low = s.lower()
    if _SECTIONISH.match(s):
        return "symbols"
    if (_COOKIE_WORD.search(s) and _CONSENT.search(s)) or (nw <= 40 and _TECH.search(s)):
        return "promo"
    credit = _credit_kind(s, nw)
    if credit:
        return credit
    if nw > 40:  # every clutter pattern below is for short lines; long prose skips them
        return "body" if _is_body(s, nw) else "short"
    if nw <= 8 and _RELATED.match(s):
        return "related"
    if nw <= 25 and _COMMENTS.match(s):
        return "comments"
    # One teaser, or several on one line ("Trending: A | B"), each of headline length.
    if (nw <= 25 or (nw <= 60 and s.count(" | ") >= 1)) and _INLINE_PROMO.match(s) and not (
        nw > 12 and _ends_sentence(s) and s.endswith(".")
    ):
        return "inline_promo"
    if nw <= 12 and _WIDGET.match(s):
        return "widget"
    if nw <= 30 and _SPONSORED.match(s):
        return "promo"
    if nw <= 25 and _TAGS.match(s) and not (_ends_sentence(s) and nw >= 8):
        return "menu"
    if nw <= 14 and _SHARE_PHRASE.search(s):
        return "share"
    toks = re.findall(r"[\w'’-]+", low)
    if toks and nw <= 14 and all(t in _SOCIAL or t.isdigit() for t in toks) and any(t in _SOCIAL_CORE for t in toks):
        return "share"
    if _is_follow(s, nw) or (nw <= 40 and _PROMPT.match(s)):
        return "promo"
    if nw <= 40 and (
        (s.endswith(")") and _CAPTION[0].search(s[-160:]))
        or (("getty" in low or "shutterstock" in low or "istock" in low) and _CAPTION[4].search(s[-160:]))
    ) or (
        nw <= 40 and any(k in s for k in ("/", "via", "|", "(", "—", "–", " - ", "hoto", "redit", "mage", "oto", "ot."))
        and _CAPTION[3].search(s[-160:])
    ):
        return "caption"
    if _CAPTION_LEAD.match(s):
        return "caption"  # "(Photo: AGENCY / Name) Rescue workers search ...": a caption opening with its credit
    if any(p.search(s) for p in _CAPTION[1:3]):
        # "Fot. Name/AGENCY Firefighters evacuated ... . The school ...": a credit glued to the start
        # of a paragraph leaves the paragraph's sentences behind; with a one-sentence description
        # it is all caption.
        rest, cut = strip_credits(s)
        if not (cut and s.startswith(cut[0]) and _words(rest) >= 20 and _ends_sentence(rest)
                and len(_SENTENCE_BREAK.findall(rest)) >= 1):
            return "caption"
    prose = _ends_sentence(s) and nw >= 8
    if nw <= 40 and _COPYRIGHT_LINE.search(s):
        return "footer"
    if nw <= 30 and not prose and _FOOTER.search(s):
        return "footer"
    if nw <= 30 and _TRAILER.match(s):
        return "trailer"
    if _byline_kind(s, nw):
        return "byline"
    if nw <= 6 and _SIGNATURE.match(s):
        return "signature"
    if nw <= 30 and _PROMO.search(s) and (not prose or _CALL_TO_ACTION.search(s)):
        return "promo"
    parts = _CRUMB_SEP.split(s)
    if len(parts) >= 3 and all(0 < _words(p) <= 5 for p in parts) and not _ends_sentence(s):
        return "crumb"
    if len(parts) == 2 and parts[0].strip().lower() in {"home", "start", "news", "startseite", "accueil", "inicio"}:
        return "crumb"
    # "Politics > Justice": two short parts joined by an arrow are a section path, not a headline.
    if len(parts) == 2 and _ARROW.search(s) and all(0 < _words(p) <= 4 for p in parts) and not _ends_sentence(s):
        return "crumb"
    items = [p for p in _MENU_SEP.split(s) if p.strip()]
    if len(items) >= 3 and all(_words(p) <= 4 for p in items):
        return "menu"
    # A stamp in a script without spaces counts its label and time words by letters, past any
    # word limit: the stamp reader's own length and leftover rules decide there.
    if (nw <= 14 or _has_sea(s)) and any(ch.isdigit() for ch in s) and parse_date_line(s)[2]:
        return "date"
    if _is_body(s, nw):
        return "body"
    return "short"


def strip_credits(line: str) -> tuple[str, list[str]]:
    """A body line without the photo credits glued into it, and the credits.

    "(Photo: ...)" anywhere; "Photo: Name/AGENCY", "Fot. Name", "Name/AGENCY via Getty Images"
    only where a credit can stand: after a sentence end or at the line's start, and before
    another sentence or the line's end ("A Reuters/Ipsos poll found" is left alone).
    """
    found: list[str] = []
    low = line.lower()
    # Each credit shape needs a character or word that most paragraphs lack.
    needs = ("(" in line or "[" in line, _CAPTION_WORD.search(line) is not None, "/" in line, "getty" in low, "/" in line)
    for i, pat in enumerate(_CREDIT_SPANS):
        if not needs[i]:
            continue
        pos = 0
        while True:
            m = pat.search(line, pos)
            if not m:
                break
            a, b = m.start(), m.end()
            if i > 0:
                before = line[:a].rstrip()
                after = line[b:].lstrip()
                # "Photo: John Doe Rescuers searched ...": the name stops before the sentence's first word.
                if after[:1].islower() and i in (1, 4):
                    cut = re.match(rf"^(.*\S)\s+{_NAME_TOKEN}$", line[a:b])
                    # ... but a label with no name left ("FILE PHOTO: Traders work ...") is a caption's
                    # opening, not a credit.
                    if cut and len(line[a:b].split()) >= 3 and not cut.group(1).rstrip().endswith((":", "：")):
                        b = a + len(cut.group(1))
                        after = line[b:].lstrip()
                ok_before = not before or before.endswith(_CREDIT_BEFORE)
                ok_after = not after or after[:1].isupper() or after[:1] in "\"“„«‘'(["
                if not (ok_before and ok_after):
                    pos = m.start() + 1
                    continue
            found.append(line[a:b].strip())
            line = (line[:a].rstrip() + " " + line[b:].lstrip()).strip()
            pos = a
    return line, found


def _is_body(s: str, nw: int) -> bool:
    if _ends_sentence(s):
        return nw >= 7 or (len(s) >= 40 and not _title_case(s))
    if _unpunctuated(s):
        # No sentence mark to go by: a paragraph is long and its clauses are set apart by
        # spaces; a headline or a teaser is short, often one unbroken run of letters.
        return nw >= _UNPUNCTUATED_BODY_WORDS and len(s.split()) >= 2
    # Paragraphs cut mid-sentence or ending in a colon still read as prose when long.
    return (nw >= 25 and s.count(",") + s.count(".") >= 2) or (s.endswith((":", ";", ",")) and nw >= 10)


@lru_cache(maxsize=1)
def _small() -> frozenset[str]:
    """Words English title case leaves in lower case (lang/en/cleaning.py TITLE_SMALL_WORDS; English only:
    other languages write headlines in sentence case, and German capitalises every noun)."""
    return lang.words("cleaning", "TITLE_SMALL_WORDS", ["en"])


def _title_case(s: str) -> bool:
    ws = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s) if w.lower() not in _small()]
    if len(ws) < 2:
        return False
    return sum(w[0].isupper() for w in ws) / len(ws) >= 0.75


def headline_like(s: str) -> bool:
    """Short line that reads as a headline: few words, no closing full stop."""
    nw = _words(s)
    return 2 <= nw <= 22 and not s.rstrip().endswith((".", ",", ";", ":"))


@dataclass(slots=True)
class CleanResult:
    text: str
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    byline_authors: list[str] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)  # page lines above the body (title, byline, dates)
    footer_lines: list[str] = field(default_factory=list)  # page lines below the body
    bylines: list[str] = field(default_factory=list)  # byline / signature / trailer lines, anywhere
    first_paragraph: str = ""
    # Translation and first-publication credits, (kind, line): metadata for lineage, not body.
    credits: list[tuple[str, str]] = field(default_factory=list)


def _score(kind: str, s: str) -> float:
    if kind == "blank":
        return 0.0
    if kind == "body":
        return float(len(s))
    if kind == "short":
        return -(8.0 + 0.25 * len(s))
    return -(20.0 + 0.5 * len(s))


def _best_region(lines: list[str], kinds: list[str]) -> tuple[int, int]:
    """Maximum-sum line range [start, end) (Kadane); empty when no body line exists."""
    best, best_range = 0.0, (0, 0)
    cur, cur_start = 0.0, 0
    for i, (s, k) in enumerate(zip(lines, kinds)):
        if cur <= 0:
            cur, cur_start = 0.0, i
        cur += _score(k, s)
        if cur > best:
            best, best_range = cur, (cur_start, i + 1)
    return best_range


def _comments_cut(lines: list[str], kinds: list[str], start: int, end: int,
                  opts: CleanOptions = CleanOptions()) -> int:
    """A comments header after a good part of the body ends the article there."""
    total = sum(len(lines[i]) for i in range(start, end) if kinds[i] == "body")
    seen = 0
    for i in range(start, end):
        if kinds[i] == "body":
            seen += len(lines[i])
        elif kinds[i] == "comments" and (seen >= opts.comments_after_share * total or seen >= opts.comments_after_chars) \
                and not _in_share_bar(kinds, i):
            return i
    return end


def _in_share_bar(kinds: list[str], i: int) -> bool:
    """A "Comments" link between Facebook / Twitter / Print buttons is a widget, not a section."""
    near = [k for k in kinds[max(0, i - 3) : i] + kinds[i + 1 : i + 4] if k != "blank"]
    return sum(1 for k in near if k in {"share", "widget"}) >= 2


# Lines an article's own gaps are made of (list items, subheadings, table cells); any
# other kind in a long gap marks a boundary between page regions.
_GAP_PLAIN = {"short", "symbols"}
# How many non-prose lines in a row separate two blocks of text: CleanOptions.block_gap_lines.


def _densest_segment(lines: list[str], kinds: list[str], start: int, end: int,
                     opts: CleanOptions = CleanOptions()) -> tuple[int, int]:
    """Within the best range, the block of prose most likely to be the article.

    Long runs of non-prose lines (tag lists, menus, comment headers) split the range into
    blocks. Teaser and comment zones interleave prose with short lines (headline, author,
    "X says:"), so a block scores its prose length times the square of its prose share;
    a block right under a byline or date line (the article's header) counts double.
    Neighbouring blocks joined only by short plain lines (a list, subheadings) and mostly
    prose themselves are merged back into the chosen one.
    """
    blocks: list[tuple[int, int]] = []
    gaps: list[bool] = []  # for each boundary between blocks: does the gap hold clutter?
    run: list[int] = []
    first = last = None
    for i in range(start, end):
        k = kinds[i]
        if k == "blank":
            continue
        if k == "body":
            if len(run) >= opts.block_gap_lines and first is not None:
                blocks.append((first, last + 1))
                gaps.append(any(kinds[j] not in _GAP_PLAIN for j in run))
                first = None
            run = []
            first = i if first is None else first
            last = i
        else:
            run.append(i)
    if first is not None:
        blocks.append((first, last + 1))
    if len(blocks) <= 1:
        return start, end

    def share(a: int, b: int) -> float:
        filled = sum(1 for i in range(a, b) if kinds[i] != "blank")
        return sum(1 for i in range(a, b) if kinds[i] == "body") / filled if filled else 0.0

    def score(a: int, b: int) -> float:
        body = sum(len(lines[i]) for i in range(a, b) if kinds[i] == "body")
        before = [kinds[i] for i in range(max(start, a - 4), a) if kinds[i] != "blank"]
        cue = 2.0 if any(k in {"byline", "date"} for k in before) else 1.0
        return body * share(a, b) ** 2 * cue

    n = max(range(len(blocks)), key=lambda j: score(*blocks[j]))
    lo = hi = n
    while lo > 0 and not gaps[lo - 1] and share(*blocks[lo - 1]) >= opts.block_join_share:
        lo -= 1
    while hi < len(blocks) - 1 and not gaps[hi] and share(*blocks[hi + 1]) >= opts.block_join_share:
        hi += 1
    a, b = blocks[lo][0], blocks[hi][1]
    # Keep the lines just above the chosen block that the region held (title, byline...).
    top = a
    while a > start and kinds[a - 1] != "body" and top - a < opts.block_gap_lines - 1:
        a -= 1
    return a, b


def _teaser_end(lines: list[str], kinds: list[str], start: int, end: int, opts: CleanOptions = CleanOptions()) -> int:
    """Index after the teaser block that follows a "related" marker at ``start - 1``."""
    idx = [i for i in range(start, end) if kinds[i] != "blank"]
    if not idx:
        return end
    def tag(i: int) -> str:
        if kinds[i] in BLOCKING:
            return "M"  # section labels, dates, bylines inside teasers
        return "P" if kinds[i] == "body" and not headline_like(lines[i].strip()) else "H"

    tags = [tag(i) for i in idx]
    # Teasers with blurbs alternate headline, blurb, headline, blurb right from the marker.
    core = "".join(t for t in tags[:14] if t != "M")
    with_blurbs = core.startswith("HP") and core.count("HP") >= 2
    prev = "H"
    for i, t in zip(idx, tags):
        if t == "P" and (not with_blurbs or prev == "P" or _words(lines[i]) > opts.teaser_blurb_words):
            return i  # prose that is not a teaser's blurb: the body goes on
        prev = t if t != "M" else prev
    return end


def _tail_teasers(lines: list[str], kinds: list[str], start: int, end: int, opts: CleanOptions = CleanOptions()) -> int:
    """Start of a trailing run of headline+blurb pairs (teasers with no marker), else ``end``."""
    idx = [i for i in range(start, end) if kinds[i] != "blank"]
    pairs, pos, cut = 0, len(idx), end
    while pos >= 2:
        p, h = idx[pos - 1], idx[pos - 2]
        if kinds[p] == "body" and _words(lines[p]) <= opts.teaser_blurb_words and kinds[h] != "body" and headline_like(lines[h].strip()):
            pairs += 1
            pos -= 2
            cut = h
            while pos >= 1 and kinds[idx[pos - 1]] in {"date", "widget", "byline"}:
                pos -= 1
                cut = idx[pos]
        else:
            break
    return cut if pairs >= opts.tail_teaser_pairs else end


# Last words of a byline part that name a desk, a team or a job rather than a person:
# "NewsPulse Desk", "Business Reporter", "Reuters Staff", "Associated Press", "Redacción".
NOT_PERSON = re.compile(
    rf"{_words_alt('DESK_WORDS')}\.?$"
    # An outlet's name ("Eastmouth Evening Post"); two words may be a person ("Emily Post").
    rf"|^\S+\s+\S+.*\s{_alt('OUTLET_WORDS')}\.?$",
    re.I,
)
# "with additional reporting by", "and reporting by": joins a second group of names.
_EXTRA_REPORTING = re.compile(r"\s*,?\s*(?:with|and)?\s*(?:additional\s+)?reporting\s+by\s+", re.I)
# "Elif Sahin in Kale", "Tom Hale (Northwire)": a place or outlet after a name.
_NAME_TAIL = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\]|\s(?:in|at|from|en|aus|em|à|reporting from)\s+[A-Z].*)$")


def is_person_name(name: str) -> bool:
    """A byline part that reads as a person's name (not a desk, staff credit or job title)."""
    return bool(_NAME_STRICT.match(name)) and len(name.split()) <= 4 and not NOT_PERSON.search(name)


def _split_names(names: str) -> list[str]:
    names = _EXTRA_REPORTING.sub(", ", names)
    names = re.split(r"\s*(?:\||—|–|\bupdated\b|\bpublished\b|\bon\s+(?=[A-Z0-9])|\d{1,2}:\d{2})", names, flags=re.I)[0]
    out: list[str] = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bve\b)\s*", names):
        part = _NAME_TAIL.sub("", part.strip()).strip(" .:-")
        if part and is_person_name(part) and part not in out:
            out.append(part)
    return out


def byline_names(line: str) -> list[str]:
    """Author names in a byline, signature or trailer line ("By A and B", "A, Reuters")."""
    s = line.strip()
    m = _BYLINE.match(s)
    if m:
        return _split_names(m.group("names"))
    m = _NAME_ROLE.match(s)
    if m:
        return _split_names(m.group("names"))
    m = re.match(r"^\(?(?:reporting|writing|additional reporting) by\s+(?P<names>[^;)]+)", s, re.I)
    if m:
        return _split_names(m.group("names"))
    return []


_NOT_TITLE = re.compile(
    r"^[^\w\"'“‘¿¡]|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}|\bmin(?:ute)?s? read\b|"
    r"\b(?:lesezeit|tempo de leitura|temps de lecture|tiempo de lectura)\b|\bposted (?:on|by)\b|\bsigned in\b|"
    r"^(?:published|updated|posted|last updated)\b|\b(?:hours?|days?|minutes?|weeks?) ago\b",
    re.I,
)


def _title_candidate(s: str, k: str) -> bool:
    return k in {"short", "body"} and headline_like(s) and _words(s) >= 3 and not _NOT_TITLE.search(s) \
        and not _NAME_STRICT.match(s)  # an author's name on its own line is no headline


_NAV_KINDS = {"crumb", "menu", "widget"}


def _masthead_like(header: list[tuple[str, str]], i: int) -> bool:
    """The site's name at the top of the page: a few capitalised words before any other text."""
    s = header[i][0]
    if _words(s) > 5 or any(_title_candidate(*header[j]) for j in range(i)):
        return False
    ws = re.findall(r"[^\W\d_][\w'’&-]*", s)
    return bool(ws) and all(w[0].isupper() or w.lower() in _small() for w in ws)


def _pick_title(header: list[tuple[str, str]]) -> str | None:
    """The headline among the lines above the body.

    Headlines sit close above the byline, the date or the body, are several words long and
    stand alone; menu items come in runs of short lines. Lines below the byline (captions,
    ad teasers) lose to a candidate above it. A standfirst (deck) follows its headline and
    is usually the longer of the two, so when the best line has a headline-like line right
    above it, that line is the headline (the masthead at the top of the page excepted).
    """
    n = len(header)
    anchors = [i for i, (_, k) in enumerate(header) if k == "byline"] or [
        i for i, (_, k) in enumerate(header) if k == "date"
    ]
    first_anchor = anchors[0] if anchors else n
    above_anchor = any(_title_candidate(*header[i]) for i in range(first_anchor))
    best_i, best_score = -1, 0.0
    for i, (s, k) in enumerate(header):
        if not _title_candidate(s, k):
            continue
        score = min(_words(s), 14) / 2
        nxt = [kk for _, kk in header[i + 1 : i + 4]]
        if not nxt or any(kk in {"byline", "date"} for kk in nxt):
            score += 4  # right above the byline, the date or the body
        score -= 0.5 * (n - 1 - i) ** 0.5  # far above the body
        prev_short = sum(1 for _, kk in header[max(0, i - 3) : i] if kk == "short")
        next_short = sum(1 for kk in nxt if kk == "short")
        if prev_short >= 2 and next_short >= 2:
            score -= 4  # inside a run of menu items
        if s.endswith("."):
            score -= 3
        if above_anchor and i > first_anchor:
            score -= 4  # below the byline: a caption or a teaser
        elif any(
            header[j][1] in _NAV_KINDS and any(_title_candidate(*header[t]) for t in range(j + 1, first_anchor))
            for j in range(i + 1, first_anchor)
        ):
            score -= 4  # navigation, then another headline-like line: a masthead or site tagline
        if score > best_score:
            best_i, best_score = i, score
    if best_i < 0:
        return None
    # Walk up from a deck to its headline: at most two deck lines below a headline.
    for _ in range(2):
        j = best_i - 1
        if j < 0 or not _title_candidate(*header[j]) or _masthead_like(header, j):
            break
        above, cur = header[j][0], header[best_i][0]
        if _words(above) <= _words(cur) + 2 or (_title_case(above) and not _title_case(cur)):
            best_i = j
        else:
            break
    return header[best_i][0]


def _teaserish(s: str) -> bool:
    """A rail headline: headline-shaped, with a count or a time, or in title case."""
    return headline_like(s) and (bool(_COUNT_SUFFIX.search(s[-60:])) or bool(_TIME_PREFIX.match(s)) or _title_case(s))


_LIST_ITEM = re.compile(r"^(?:[-–—•*▪◦·]|\d{1,2}[.)])\s")


def _alpha_words(s: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", s)) or _words(s)


def _rail_lines(lines: list[str], kinds: list[str], drop: list[bool], start: int, end: int, whole: bool) -> list[int]:
    """Lines of teaser rails without a marker: the headline lines that close the body, and runs
    of headline lines between its paragraphs.

    At the end of the body two headlines (four words or more: a table row or a name list is
    shorter), or one with a comment count or a time, are a rail, unless they are a list the
    text introduces ("What we know:") or bullets. Between paragraphs, a run of lines with
    counts or times is a rail; on a page, so is a run of three headline-like lines or of two
    in title case. A record's own lists and tables stay (no navigation surrounds them), and
    a single short line is a subheading.
    """
    out: list[int] = []
    live = [i for i in range(start, end) if kinds[i] != "blank" and not drop[i]]
    if not any(kinds[i] == "body" for i in live):
        return out  # no prose to protect: a record of short lines is left whole
    counted = lambda i: bool(_COUNT_SUFFIX.search(lines[i][-60:]) or _TIME_PREFIX.match(lines[i]))  # noqa: E731
    # The closing rail.
    tail: list[int] = []
    for i in reversed(live):
        if kinds[i] == "body" or not headline_like(lines[i]) or _LIST_ITEM.match(lines[i]):
            break
        tail.append(i)
    if tail:
        first = min(tail)
        before = [i for i in live if i < first]
        introduced = bool(before) and lines[before[-1]].rstrip().endswith(":")
        long_enough = all(_alpha_words(lines[i]) >= 4 or counted(i) for i in tail)
        if not introduced and long_enough and (len(tail) >= 2 or any(counted(i) for i in tail)):
            out += tail
    # Runs between paragraphs.
    run: list[int] = []
    for i in live + [end]:
        if i < end and kinds[i] == "short" and headline_like(lines[i]) and i not in out:
            run.append(i)
            continue
        n_counted = sum(1 for n in run if counted(n))
        if n_counted >= 2 or (not whole and (len(run) >= 3 or (len(run) >= 2 and all(_teaserish(lines[n]) for n in run)))):
            out += run
        run = []
    return out


def clean_text(
    page_text: str, whole: bool = False, title: str | None = None, keep_kinds: frozenset[str] = frozenset(),
    opts: CleanOptions = CleanOptions(),
) -> CleanResult:
    """Split a scraped page into article body and removed clutter (see module docs).

    ``whole``: the text is already the article (a dump record, a feed item, an extractor's
    output), so no page region is chosen: every line is body unless it is clutter. ``title``:
    the record's headline, dropped where the text repeats it. ``keep_kinds``: line kinds to
    leave in the text (an extractor's date and byline lines that metadata still reads).
    """
    raw_lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln.strip() for ln in raw_lines]
    kinds = [classify(s) for s in lines]
    kinds = [("body" if _is_body(s, _words(s)) else "short") if k in keep_kinds else k for s, k in zip(lines, kinds)]
    if whole:
        start, end = 0, len(lines)
    else:
        start, end = _best_region(lines, kinds)
        if start != end:
            end = _comments_cut(lines, kinds, start, end, opts)
            start, end = _densest_segment(lines, kinds, start, end, opts)
    if start == end:
        # No prose at all: keep what is not obviously clutter so short items survive.
        keep = [s for s, k in zip(lines, kinds) if k in {"short", "body"}]
        gone = [_tagged(s, k) for s, k in zip(lines, kinds) if s and k not in {"short", "body"}]
        return CleanResult(text="\n".join(keep), removed=gone, bylines=[s for s, k in zip(lines, kinds) if k == "byline"],
                           credits=_credits(lines, kinds))

    drop = [False] * len(lines)
    i = start
    while i < end:
        k = kinds[i]
        if k == "related":
            drop[i] = True
            j = _teaser_end(lines, kinds, i + 1, end, opts)
            for n in range(i + 1, j):
                drop[n] = True
            i = j
            continue
        # A signature ("- Agency") closes the article; a dash line above more prose is a list item.
        if k in BLOCKING and not (k == "signature" and any(kinds[n] == "body" for n in range(i + 1, end))):
            drop[i] = True
        i += 1
    end = _tail_teasers(lines, kinds, start, end, opts)
    for n in _rail_lines(lines, kinds, drop, start, end, whole):
        drop[n] = True

    header = [(s, k) for s, k in zip(lines[:start], kinds[:start]) if s]
    title_line = None if whole else _pick_title(header)
    # The headline repeated at the top of the body is not body text.
    repeated = {t for t in (title_line, title) if t}
    norm = {" ".join(t.split()).casefold() for t in repeated}
    again = [i for i in range(start, end) if lines[i] and not drop[i] and (
        lines[i] in repeated or (kinds[i] != "body" and " ".join(lines[i].split()).casefold() in norm))]
    # ... unless the headline is all the record holds (a record of URL, date and headline).
    if any(lines[i] and not drop[i] and i not in again for i in range(start, end)):
        for i in again:
            drop[i] = True
    body_lines: list[str] = []
    removed: list[str] = []
    for i, s in enumerate(lines):
        if not s:
            continue
        if start <= i < end and not drop[i]:
            kept, credits = strip_credits(s)
            removed += credits
            if kept:
                body_lines.append(kept)
        else:
            removed.append(_tagged(s, kinds[i]))
    bylines = [s for s, k in zip(lines, kinds) if k in {"byline", "trailer", "signature"}]
    authors: list[str] = []
    for s in bylines:
        for name in byline_names(s):
            if name not in authors:
                authors.append(name)
    text = "\n".join(body_lines)
    first = next((s for s in body_lines if _words(s) >= 5), "")
    return CleanResult(
        text=text,
        removed=removed,
        title=title_line,
        byline_authors=authors,
        header_lines=[s for s, _ in header],
        footer_lines=[s for s in lines[end:] if s],
        bylines=bylines,
        first_paragraph=first,
        credits=_credits(lines, kinds),
    )


def _tagged(line: str, kind: str) -> str:
    return f"[{kind}] {line}" if kind in METADATA_KINDS else line


def _credits(lines: list[str], kinds: list[str]) -> list[tuple[str, str]]:
    return [(k, s) for s, k in zip(lines, kinds) if k in METADATA_KINDS]


# Page furniture that a clean article record never holds (teasers, prompts and credits can).
_CHROME = {"share", "crumb", "menu", "footer", "widget", "comments"}


def looks_cluttered(text: str) -> bool:
    """Whether a record's text is a whole scraped page (menus, share bars, footers...) whose
    article region must be found, rather than an article with some clutter lines in it."""
    clutter = 0
    for s in text.split("\n"):
        s = s.strip()
        if not s:
            continue
        if classify(s) in _CHROME:
            clutter += 1
            if clutter >= 2:
                return True
    return False

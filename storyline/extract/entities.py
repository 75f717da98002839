"""Named entities per article and one canonical entity per real entity across a story.

Per article: spaCy NER mentions, then in-article resolution of short forms (surname-only,
title references "the chancellor", acronyms defined in the text, descriptive epithets).
Per story (:func:`merge_entities`): variants of one name are merged by rules that each
need evidence: the same folded key (case, accents, hyphens), a close spelling
(transliterations; a misspelling only when the two share context entities), a surname or
an acronym that fits exactly one full name. Two people who share a surname are never
merged on the surname alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import regex
from rapidfuzz.distance import Indel

from storyline.countries import country_code
from storyline.extract.numbers import number_words
from storyline.model import Extraction, Span
from storyline.text import doc_text, fold, inflected_pair, sentence_spans
from storyline.options import ExtractOptions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from storyline.options import Options

# spaCy labels to our types; "PER" is the label of the non-English pipelines (WikiNER scheme).
GROUPS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "NORP": "NORP"}

# Role nouns a person may be introduced with; "the chancellor" later refers back to them.
TITLES = (
    "prime minister", "deputy prime minister", "foreign minister", "defence minister", "defense minister",
    "finance minister", "interior minister", "health minister", "minister", "president", "vice president",
    "chancellor", "secretary of state", "secretary-general", "secretary general", "secretary", "king",
    "queen", "prince", "crown prince", "princess", "pope", "governor", "mayor", "senator", "congressman",
    "congresswoman", "speaker", "premier", "ambassador", "general", "chairman", "chairwoman", "chief executive",
    "ceo", "spokesman", "spokeswoman", "spokesperson", "attorney general", "director", "commissioner",
    "emir", "sultan", "sheikh", "archbishop", "bishop", "judge", "justice", "chief justice", "coach",
    "manager", "leader", "opposition leader", "candidate", "nominee", "founder", "envoy", "minister-president",
)
_TITLE_RX = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_HONORIFIC = re.compile(
    rf"^(?:(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|capt|sgt|adm|pres|rev|sir|dame|lord|lady)\.?|{_TITLE_RX})\s+",
    re.IGNORECASE,
)

# Descriptive epithets: each names the entities it may stand for; it resolves only when
# exactly one of them is named in the same article.
EPITHETS: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    (re.compile(r"\bthe\s+(?:Gulf|oil-rich|desert)\s+kingdom\b", re.I), "GPE", ("Saudi Arabia", "Bahrain")),
    (re.compile(r"\bthe\s+kingdom\b", re.I), "GPE",
     ("Saudi Arabia", "Jordan", "Morocco", "Bahrain", "Thailand", "Spain", "Netherlands", "Belgium",
      "Sweden", "Norway", "Denmark", "Cambodia", "Bhutan", "Eswatini", "United Kingdom")),
    (re.compile(r"\bthe\s+Islamic\s+Republic\b", re.I), "GPE", ("Iran", "Pakistan", "Afghanistan", "Mauritania")),
    (re.compile(r"\bthe\s+Jewish\s+state\b", re.I), "GPE", ("Israel",)),
    (re.compile(r"\bthe\s+hermit\s+(?:kingdom|state)\b", re.I), "GPE", ("North Korea",)),
    (re.compile(r"\bthe\s+Middle\s+Kingdom\b"), "GPE", ("China",)),
    (re.compile(r"\bthe\s+(?:Asian|communist)\s+giant\b", re.I), "GPE", ("China", "India")),
    (re.compile(r"\bthe\s+Emerald\s+Isle\b", re.I), "GPE", ("Ireland",)),
    (re.compile(r"\bthe\s+Land\s+of\s+the\s+Rising\s+Sun\b", re.I), "GPE", ("Japan",)),
    (re.compile(r"\bthe\s+(?:island|city)[\s-]state\b", re.I), "GPE", ("Singapore", "Taiwan", "Malta")),
    (re.compile(r"\bthe\s+island\s+nation\b", re.I), "GPE",
     ("Japan", "Taiwan", "Sri Lanka", "Philippines", "Indonesia", "Cuba", "Haiti", "Iceland", "New Zealand", "Madagascar")),
    (re.compile(r"\bthe\s+emirate\b", re.I), "GPE", ("Qatar", "Kuwait", "United Arab Emirates", "Dubai", "Abu Dhabi")),
    (re.compile(r"\bthe\s+sultanate\b", re.I), "GPE", ("Oman", "Brunei")),
    (re.compile(r"\bthe\s+Alpine\s+(?:nation|country|republic)\b", re.I), "GPE", ("Switzerland", "Austria")),
    (re.compile(r"\bthe\s+bloc\b", re.I), "ORG", ("European Union", "EU", "NATO", "ASEAN", "OPEC", "African Union")),
    (re.compile(r"\bthe\s+alliance\b", re.I), "ORG", ("NATO",)),
    (re.compile(r"\bthe\s+Kremlin\b"), "ORG", ("Kremlin",)),
]



@lru_cache(maxsize=1)
def _stop_initials() -> frozenset[str]:
    """Words left out of a name's initials: every language's INITIALS_SKIP (lang/<code>/entities.py;
    names of any language are matched to acronyms), and the ampersand."""
    from storyline import lang

    return lang.words("entities", "INITIALS_SKIP") | {"&"}
_PAREN_ACRONYM = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z.&-]{1,9})\s*\)")


# Latin letters that NFKD leaves alone (no combining mark to strip), written as their usual
# ASCII transliteration: "Đokić" is spelled "Djokic", "Yılmazer" "Yilmazer", "Øre" "Ore".
_UNFOLDED = str.maketrans({"ł": "l", "ø": "o", "đ": "dj", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
                           "þ": "th", "ħ": "h", "ŀ": "l"})


@lru_cache(maxsize=1 << 16)  # a pure function called for the same few names again and again
def name_key(name: str) -> str:
    """Folded comparison key: case, accents, hyphens, dots and a possessive do not matter."""
    k = fold(name)
    k = re.sub(r"['’]s$", "", k)
    k = re.sub(r"^the\s+", "", k)
    k = k.replace(".", "")
    k = re.sub(r"[-‐–—_/·・＝]", " ", k)
    k = re.sub(r"[^\w\s&]", "", k)
    k = k.translate(_UNFOLDED)
    return re.sub(r"\s+", " ", k).strip()


def initials(name: str) -> str:
    toks = [t for t in re.split(r"[\s-]+", name) if t and t.lower() not in _stop_initials()]
    return "".join(t[0] for t in toks).upper() if len(toks) >= 2 else ""


@lru_cache(maxsize=65536)
def _initials_forms(name: str) -> tuple[str, str]:
    """The initials of a name with and without its company form; memoised, as every acronym of a
    story is looked up against every mention of every other name."""
    return initials(name), initials(strip_legal_suffix(name))


def _acronym_form(name: str) -> str:
    s = name.replace(".", "")
    return s if re.fullmatch(r"[A-Z][A-Za-z&]{1,8}", s) and sum(c.isupper() for c in s) >= 2 else ""


def clean_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading article or honorific/title and a possessive from an entity span."""
    seg = text[start:end]
    if "(" in seg:  # "World Health Organization (WHO": the bracket is a separate alias
        end = start + len(seg[: seg.index("(")].rstrip())
        seg = text[start:end]
    m = re.match(r"(?i)the\s+", seg)
    if m:
        start += m.end()
        seg = text[start:end]
    m = re.search(r"['’]s?$", seg)
    if m and len(seg) > 3:
        end -= len(m.group(0))
    return start, end


# --- language data ------------------------------------------------------------------


@lru_cache(maxsize=None)
def _words(name: str, language: str | None = None) -> frozenset[str]:
    """One entity word list (storyline/lang/<code>/entities.py), case-folded: that language's
    entries plus English ones (English names and titles turn up in every language's news), or
    every language's when ``language`` is None or has no data."""
    from storyline import lang

    langs = None
    if language and lang.table("entities", language) is not None:
        langs = [language, "en"]
    return frozenset(str(w).casefold() for w in lang.values("entities", name, langs))


@lru_cache(maxsize=None)
def _legal_suffix_rx() -> re.Pattern[str]:
    """A company-form suffix at the end of a name ("Name N.V.", "Name, S.A.", "Name sp. z o.o.")."""
    alts = sorted(_words("LEGAL_SUFFIXES"), key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s*") for a in alts)
    return re.compile(rf",?\s+(?:{body})(?![\w.])", re.IGNORECASE)


def strip_legal_suffix(name: str) -> str:
    """'Halvard Bank N.V.' -> 'Halvard Bank'; a name that is only a suffix is kept."""
    rx = _legal_suffix_rx()
    for m in rx.finditer(name):
        if m.end() == len(name) and m.start() > 0:
            return name[: m.start()].rstrip(" ,")
    return name


def legal_suffix_after(text: str, end: int) -> int:
    """The end of a company-form suffix written right after a name ending at ``end``, or ``end``.
    A short lowercase word is a word, not a suffix (", se" in French, "sa" in Polish)."""
    m = _legal_suffix_rx().match(text, end)
    if not m:
        return end
    suffix = m.group(0).strip(" ,")
    letters = [c for c in suffix if c.isalpha()]
    if any(c.isupper() for c in letters) or "." in suffix or (len(letters) >= 3 and suffix.casefold() not in _words("FUNCTION_WORDS")):
        return m.end()
    return end


@lru_cache(maxsize=None)
def _calendar_words(language: str | None) -> frozenset[str]:
    """Month and weekday names (Babel's CLDR data), capitalised in some languages but never a name."""
    from babel import Locale, UnknownLocaleError

    out: set[str] = set()
    for code in {language or "en", "en"}:
        try:
            loc = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                out.update(fold(v).rstrip(".") for v in loc.months[ctx][width].values())
                out.update(fold(v).rstrip(".") for v in loc.days[ctx][width].values())
    return frozenset(out)


@lru_cache(maxsize=None)
def _calendar_abbreviations(language: str | None) -> frozenset[str]:
    """Abbreviated month and weekday names that are not also a full one ("Jan", "Lis", "Mar"):
    also given names and surnames, so they count as dates only next to a number or a period."""
    from babel import Locale, UnknownLocaleError

    wide: set[str] = set()
    short: set[str] = set()
    for code in {language or "en", "en"}:
        try:
            loc = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for ctx in ("format", "stand-alone"):
            for table in (loc.months, loc.days):
                wide.update(fold(v).rstrip(".") for v in table[ctx]["wide"].values())
                short.update(fold(v).rstrip(".") for v in table[ctx]["abbreviated"].values())
    return frozenset(short - wide)


def _calendar_use(text: str, tok: tuple[int, int], language: str | None) -> bool:
    """Is this calendar word used as a date here? A full month or day name always; an
    abbreviation only when a period or a number is next to it ("12 Jan", "Jan. 3")."""
    a, b = tok
    if fold(text[a:b]) not in _calendar_abbreviations(language):
        return True
    return text[b : b + 1] == "." or bool(re.match(r"\s*\d", text[b : b + 4])) or bool(re.search(r"\d\.?\s*$", text[max(0, a - 5) : a]))


# --- names found by rule (languages without an installed NER model) -----------------

# A word: letters, with inner hyphens, apostrophes or dots ("Lądek-Zdrój", "d'État", "N.V").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
# An elided article or preposition glued to the next word: "l'Ardecom", "d'État", "dell'Interno".
_ELISION = re.compile(r"^([^\W\d_]{1,4}['’])(?=[^\W\d_])")
_COORDINATORS = frozenset({"and", "&", "i", "y", "e", "et", "und", "en", "ve", "и", "oraz"})


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _acronym_like(tok: str) -> bool:
    """An acronym, also one with a lowercase letter inside ("GDDKiA", "PiS")."""
    letters = tok.replace(".", "")
    return _is_acronym(tok) or (2 <= len(letters) <= 8 and letters.isalpha() and letters[0].isupper()
                                and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        e = _ELISION.match(text[a:b])
        if e and (e.group(1)[:-1].islower() or e.group(1)[:-1].istitle()):
            out.append((a, a + e.end()))
            a += e.end()
        # A case ending after an apostrophe is not part of the name ("Tunalı'nın", "Lavergne's").
        cut = re.search(r"['’]([^\W\d_]{1,5})$", text[a:b])
        if cut and cut.group(1).islower() and text[a:a + 1].isupper():
            b -= len(cut.group(0))
        out.append((a, b))
    return out


def rule_entity_spans(text: str, article_id: str, language: str | None,
                      opts: ExtractOptions = ExtractOptions()) -> list[Span]:
    """Names in a text no NER model covers: runs of capitalised words.

    A run may hold lowercase joining words ("Instituto de X", "Anke van der Berg"); a joining
    word stays inside only when the part before it is an institution or the part after it a
    surname, else the run splits there ("Portugal e Espanha" is two names). A run at a sentence
    start loses a first word that is a function word or is written lowercase elsewhere in the
    text; a lone capitalised word at a sentence start counts only when it is capitalised
    mid-sentence somewhere too. Types come from cue words: organisation words and legal
    suffixes (ORG), acronyms (ORG), honorifics and roles before the name (PERSON); otherwise a
    run of two to four words is a PERSON and a single word a place (GPE). Scripts without
    letter case (Arabic, Chinese, Japanese, Korean, Thai) get their names from
    :func:`script_entity_spans`; Latin names inside them are read as here.
    """
    script = script_entity_spans(text, article_id, language, opts)
    if _CASELESS.search(text):
        # Latin names inside a caseless script carry its particles glued on ("Norvexは", "AFP통신에"):
        # the caseless letters read as digits here, so they end a name and are no sentence start.
        text = _CASELESS.sub("0", text)
    latin = _latin_entity_spans(text, article_id, language)
    if not script:
        return latin
    taken = [(s.start, s.end) for s in script]
    return sorted(script + [s for s in latin if not any(a < s.end and s.start < b for a, b in taken)],
                  key=lambda s: s.start)


def _latin_entity_spans(text: str, article_id: str, language: str | None) -> list[Span]:
    connectors = _words("CONNECTORS", language) | _words("NAME_PARTICLES", language)
    particles = _words("NAME_PARTICLES", language)
    function = _words("FUNCTION_WORDS", language)
    # A count opening a sentence ("Zwölf Menschen wurden ...") is no part of a name after it.
    counts = frozenset(number_words(language)) if language else frozenset()
    org_words = _words("ORG_WORDS")
    cues = _words("PERSON_CUES", language)
    adj_endings = tuple(_words("ORG_ADJECTIVE_ENDINGS", language))
    calendar = _calendar_words(language)
    capitalised_nouns = _nouns_capitalised(language)
    lowercase_seen = {m.group(0) for m in _TOKEN.finditer(text) if m.group(0).islower()}
    nouns: list[list[tuple[int, int]]] = []  # runs of common nouns only (see _all_common_nouns)
    runs: list[tuple[list[tuple[int, int]], bool]] = []  # (tokens, starts its sentence)
    mid_caps: set[str] = set()
    for s, e in sentence_spans(text):
        toks = _tokens(text, s, e)
        i = 0
        while i < len(toks):
            a, b = toks[i]
            word = text[a:b]
            if not _is_cap(word):
                i += 1
                continue
            # Only opening quotes, dashes or bullets may stand between the sentence start and
            # its first word for that word to count as sentence-initial.
            at_start = i == 0 and not any(c.isalnum() for c in text[s:a])
            run = [toks[i]]
            j = i + 1
            while j < len(toks):
                gap = text[run[-1][1] : toks[j][0]]
                if not _joinable_gap(gap, text[run[-1][0] : run[-1][1]]):
                    break
                w = text[toks[j][0] : toks[j][1]]
                if _is_cap(w):
                    run.append(toks[j])
                    j += 1
                    continue
                # Up to three joining words, then a capitalised word.
                k = j
                while k < len(toks) and k - j < 3 and text[toks[k][0] : toks[k][1]].casefold() in connectors \
                        and _joinable_gap(text[toks[k - 1][1] : toks[k][0]], ""):
                    k += 1
                if k == j or k >= len(toks) or not _is_cap(text[toks[k][0] : toks[k][1]]) \
                        or not _joinable_gap(text[toks[k - 1][1] : toks[k][0]], ""):
                    break
                run.extend(toks[j : k + 1])
                j = k + 1
            if not at_start:
                mid_caps.update(text[x:y] for x, y in run if _is_cap(text[x:y]))
            runs.append((run, at_start))
            i = j
    out: list[Span] = []
    for run, at_start in runs:
        for piece in _split_run(text, run, connectors, particles, org_words):
            words = [text[a:b] for a, b in piece]
            # A role written before the name is a cue, not part of it ("Minister X", "Bakanı X").
            cue_at = [k for k, w in enumerate(words[:-1]) if _is_cue(w, cues)]
            if cue_at:
                piece, words = piece[cue_at[-1] + 1 :], words[cue_at[-1] + 1 :]
                while piece and not _is_cap(words[0]):
                    piece, words = piece[1:], words[1:]
                if not piece:
                    continue
            if at_start and piece[0] == run[0]:
                w0 = words[0]
                drop = w0.casefold() in function or w0.lower() in lowercase_seen or w0.rstrip("'’").casefold() in function \
                    or w0.casefold() in counts
                if w0.casefold() in particles and len(words) > 1 and not (
                        capitalised_nouns and _all_common_nouns(text, piece[1][0], words[1:], language, org_words, cues)):
                    drop = False  # "Van der Berg said": a surname's particle, capitalised (not "Der Streik")
                if drop:
                    piece, words = piece[1:], words[1:]
                    while piece and not _is_cap(words[0]):
                        piece, words = piece[1:], words[1:]
                    # What a sentence-opening count counts ("Zwölf Menschen") is a name only where
                    # the text capitalises it mid-sentence too, as for a lone sentence-initial word.
                    if w0.casefold() in counts and len(piece) == 1 and words[0] not in mid_caps \
                            and not _is_acronym(words[0]):
                        continue
                elif len(piece) == 1 and w0 not in mid_caps and not _is_acronym(w0):
                    continue
            while piece and ((fold(words[0]) in calendar and _calendar_use(text, piece[0], language)) or (words[0].casefold() in function and at_start and piece[0] == run[0]
                                                             and words[0].casefold() not in particles)) \
                    and not _is_acronym(words[0]):
                piece, words = piece[1:], words[1:]
            while piece and ((fold(words[-1]) in calendar and _calendar_use(text, piece[-1], language))
                             or not _is_cap(words[-1])):
                piece, words = piece[:-1], words[:-1]
            if not piece:
                continue
            # An acronym glued before a person's name is the person's organisation ("XYZ Anna
            # Nowak"): two entities, not one.
            if len(piece) >= 3 and _acronym_like(words[0]) and not any(_is_acronym(w) for w in words[1:]) \
                    and len(piece) <= 4 and not any(_org_word(w, org_words) for w in words[1:]) \
                    and all(_is_cap(w) for w in words[1:]):
                out.append(Span(article_id, piece[0][0], piece[0][1], "entity", "ORG", words[0], {"ner": "rule"}))
                piece, words = piece[1:], words[1:]
            start, end = piece[0][0], piece[-1][1]
            if capitalised_nouns and _all_common_nouns(text, start, words, language, org_words, cues):
                nouns.append(piece)  # "Streik", "Fahrgäste": maybe nouns, capitalised in this language
                continue
            if len(piece) == 1 and _portfolio(text, start, cues, connectors):
                continue  # "ministra da Saúde", "ministro de Minería": a portfolio, not a name
            if "." in words[-1] and text[end : end + 1] == ".":
                end += 1  # "N.V." keeps its last period
            end = _org_adjective(text, end, words, org_words, adj_endings, function, connectors)
            end = legal_suffix_after(text, end)
            name = text[start:end]
            if len(name) < 2:
                continue
            label = _rule_type(text, start, words, name, language, org_words)
            out.append(Span(article_id, start, end, "entity", label, name, {"ner": "rule"}))
    # A word the frequency lists take for a common noun is still a name when the text writes it
    # inside a person's full name too ("Anna Weber" ... "Weber said"); an organisation's
    # descriptor ("die Reederei X AG" ... "die Reederei") is not.
    named = {fold(w) for sp in out if sp.label == "PERSON" and len(sp.text.split()) >= 2 for w in sp.text.split()}
    for piece in nouns:
        words = [text[a:b] for a, b in piece]
        if all(fold(w) in named for w in words if _is_cap(w)):
            start, end = piece[0][0], piece[-1][1]
            out.append(Span(article_id, start, end, "entity", _rule_type(text, start, words, text[start:end], language, org_words),
                            text[start:end], {"ner": "rule"}))
    _type_by_surname(out)
    return out


# --- names in scripts without letter case (zh, ja, ko, th, ar) ------------------------

_CASELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Arabic}\u30fc]")
# A Latin name glossed in brackets right after a name in another script: "X（Étienne Y）", "X (ABC)".
_GLOSS = regex.compile(r"\s?[（(]\s*(\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{L}[\p{L}\p{M}.'’&-]*){0,4})\s*[）)]")


def _data(name: str, language: str | None) -> tuple:
    from storyline import lang

    return tuple(lang.values("entities", name, [language])) if language else ()


def _scalar(name: str, language: str, default: int) -> int:
    from storyline import lang

    return getattr(lang.table("entities", language), name, default)


@lru_cache(maxsize=8)
def _freq_dict(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    try:
        return get_frequency_dict(language)
    except (LookupError, ValueError):
        return {}


def _zipf(word: str, language: str) -> float:
    """The word's Zipf frequency in its language's list, looked up whole: wordfreq's own lookup
    tokenises Japanese with MeCab, which is not installed."""
    import math

    f = _freq_dict(language).get(word)
    return math.log10(f) + 9 if f else 0.0


def _common_word(word: str, language: str, opts: ExtractOptions) -> bool:
    return _zipf(word, language) >= opts.script_common_zipf


def script_entity_spans(text: str, article_id: str, language: str | None,
                        opts: ExtractOptions = ExtractOptions()) -> list[Span]:
    """Names in a caseless script, found by rules over the language's data (lang/<code>/entities.py):
    transliterated foreign names (a katakana or transliteration-character run, words joined by a
    middle dot), the name before or after a title or honorific, organisations and places by the
    word they end (zh, ja, ko) or begin (th, ar) with. A word the language's frequency list holds
    as a common word is no name on its own. A Latin name glossed in brackets after a name
    ("X（Étienne Y）") is recorded in ``attrs["gloss"]``: the two are one entity."""
    if not language or not _CASELESS.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    joiners = "".join(_data("NAME_JOINERS", language))
    titles_after = sorted(_data("TITLES_AFTER", language), key=len, reverse=True)
    titles_before = sorted(_data("TITLES_BEFORE", language), key=len, reverse=True)
    org_suffixes = sorted(_data("ORG_SUFFIXES", language), key=len, reverse=True)
    place_suffixes = _data("PLACE_SUFFIXES", language)
    org_prefixes = sorted(_data("ORG_PREFIXES", language), key=len, reverse=True)
    glossed = [(m.start(), m.group(1)) for m in _GLOSS.finditer(text)]
    lone: list[int] = []
    gloss_at = dict(glossed)

    def starts_any(pos: int, words) -> str:
        return next((w for w in words if text.startswith(w, pos)), "")

    # Foreign names by script (ja katakana) or by transliteration characters (zh).
    cls = ""
    if (scripts := _data("NAME_SCRIPTS", language)):
        cls = "".join(rf"\p{{{sc}}}" for sc in scripts) + "ー"
    elif (chars := "".join(_data("TRANSLIT_CHARS", language))):
        cls = regex.escape(chars)
    if cls:
        min_run = _scalar("TRANSLIT_MIN_RUN", language, 2)
        jx = rf"[{regex.escape(joiners)}]" if joiners else "(?!)"
        for m in regex.finditer(rf"[{cls}]+(?:{jx}[{cls}]+)*", text):
            a, b = m.span()
            parts = regex.split(jx, m.group(0))
            title = starts_any(b, titles_after)
            place = starts_any(b, place_suffixes)
            if any(len(p) < 2 for p in parts[1:]) or len(parts[0]) < 1:
                continue
            if len(parts) == 1:
                if _common_word(parts[0], language, opts) or not (title or place or b in gloss_at or len(parts[0]) >= min_run):
                    continue
                if scripts and not (title or place or b in gloss_at):
                    continue  # a lone katakana word is as often a loanword as a name
                if len(parts[0]) < 2:
                    continue
            elif scripts and all(_common_word(p, language, opts) for p in parts):
                continue  # a compound of loanwords ("ソーシャル・メディア")
            label = "GPE" if place and not title else "PERSON" if (title or len(parts) > 1) else "GPE"
            out.append((a, b, label))

    # A name right before a title (ja kanji, ko words) and organisations by their last word.
    caseless_word = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー·・]+")
    particles = sorted(_data("PARTICLES", language), key=len, reverse=True)
    spaced = language in ("ko",)
    if spaced:
        for m in regex.finditer(r"[\p{Hangul}·・]+", text):
            a, b = m.span()
            word = m.group(0)
            cut = next((p for p in particles if word.endswith(p) and len(word) - len(p) >= 2), "")
            stem_end = b - len(cut)
            stem = text[a:stem_end]
            suffix = next((s for s in org_suffixes if stem.endswith(s)), "")
            if suffix and len(stem) >= len(suffix) + (1 if len(suffix) > 1 else 2) \
                    and not (len(suffix) == 1 and _common_word(stem, language, opts)):
                out.append((a, stem_end, "ORG"))
                continue
            nxt = regex.match(r"\s+([\p{Hangul}]+)", text[b:])
            if cut == "" and nxt and any(nxt.group(1) == t or (nxt.group(1).startswith(t) and nxt.group(1)[len(t):] in particles)
                                        for t in titles_after) and len(stem) >= 2 \
                    and not _common_word(stem, language, opts) and not any(stem.endswith(s) for s in org_suffixes):
                out.append((a, stem_end, "PERSON"))
            elif stem_end in gloss_at or b in gloss_at:
                g = gloss_at.get(stem_end, gloss_at.get(b))
                n = len(g.split())
                words = [m.span()]
                # The gloss has as many words as the name ("에티엔 모르방(Étienne Y)").
                for w in reversed(list(regex.finditer(r"[\p{Hangul}]+", text[max(0, a - 40):a]))):
                    if len(words) >= n or not text[max(0, a - 40) + w.end() : words[0][0]].isspace():
                        break
                    words.insert(0, (max(0, a - 40) + w.start(), max(0, a - 40) + w.end()))
                if len(words) == n and not _common_word(stem, language, opts):
                    out.append((words[0][0], stem_end, "ORG" if _acronym_form(g) else "PERSON"))
    elif org_suffixes:
        stops = "".join(_data("NAME_STOP_CHARS", language)) + "".join(particles) + "".join(joiners)
        longest = _scalar("MAX_NAME_CHARS", language, 12)
        for m in caseless_word.finditer(text):
            word, w0 = m.group(0), m.start()
            for k in range(len(word)):
                suffix = starts_any(w0 + k, org_suffixes)
                if not suffix:
                    continue
                end = w0 + k + len(suffix)
                nxt = text[end : end + 1]
                if len(suffix) == 1 and nxt and _common_word(suffix + nxt, language, opts):
                    continue  # "部长", "社会": the ending starts another word
                start = end - len(suffix)
                # Back to a function character or a kana particle: no name holds one.
                while start > w0 and text[start - 1] not in stops and end - start < longest \
                        and not regex.match(r"\p{Hiragana}", text[start - 1]):
                    start -= 1
                name = text[start:end]
                if len(name) < len(suffix) + (1 if len(suffix) > 1 else 2) or len(name) > longest:
                    continue
                if len(suffix) == 1 and _common_word(name[-2:], language, opts):
                    continue  # "当局", "全部": a common word ends the run, no name
                out.append((start, end, "ORG"))
    # Titles before a name (th glued, ar a word before) and organisations by their first word.
    if titles_before and language in ("th", "ar"):
        false_starts = _data("TITLE_FALSE_STARTS", language)
        lone: list[int] = []
        stops = set(_data("NAME_STOP_WORDS", language))
        # Thai writes no space before the title ("...โดยนายX Y"): a title starts a word anywhere.
        word_rx = "|".join(regex.escape(t) + r"[\p{Thai}.]+" for t in titles_before) if language == "th" \
            else r"[\p{Arabic}.]+"
        for m in regex.finditer(word_rx, text):
            a, b = m.span()
            word = m.group(0)
            title = next((t for t in titles_before if word.startswith(t)), "")
            if not title or any(word.startswith(f) for f in false_starts):
                continue
            if language == "th":
                start = a + len(title)
                if start >= b:
                    continue
                nxt = regex.match(r" ([\p{Thai}]+)", text[b:])
                end = b
                if nxt and (b + nxt.end() in gloss_at or len(nxt.group(1)) <= 10):
                    end = b + nxt.end()
                if any(text.startswith(p, start) for p in org_prefixes) or end - start < 3:
                    continue
                out.append((start, end, "PERSON"))
                if end == b:
                    lone.append(len(out) - 1)
            elif word == title:
                names = []
                for w in regex.finditer(r"\p{Arabic}+|\S+", text[b : b + 60]):
                    t = w.group(0)
                    if len(names) == 2 or not regex.fullmatch(r"\p{Arabic}+", t) or t.startswith("ال") \
                            or t in stops or _common_word(t, language, opts):
                        break
                    names.append((b + w.start(), b + w.end()))
                if names:
                    out.append((names[0][0], names[-1][1], "PERSON"))
    if lone:
        # A title then one unspaced run: the name is a surname read in full elsewhere, the words
        # glued after it are the sentence ("นายYระบุว่า"); without one the end is unknown.
        surnames = {text[a:b].split()[-1] for a, b, _ in out if " " in text[a:b]}
        for k in reversed(lone):
            a, b, label = out[k]
            known = [x for x in surnames if text.startswith(x, a)]
            if known:
                out[k] = (a, a + len(max(known, key=len)), label)
            else:
                del out[k]
    if org_prefixes and language in ("th", "ar"):
        stops = tuple(_data("NAME_STOP_WORDS", language))
        conj = _data("CONJUNCTIONS", language)
        for m in regex.finditer(r"[\p{Thai}\p{Arabic}]+", text):
            a, b = m.span()
            lead = next((p for p in org_prefixes if m.group(0).startswith(p)), "")
            if not lead and language == "ar":  # a proclitic before the word ("لجهاز", "بمجلس")
                lead = next((p for p in org_prefixes if m.group(0)[1:].startswith(p) and m.group(0)[0] in "وبلف"), "")
                a += 1 if lead else 0
            if not lead:
                continue
            if language == "th":
                end = b
                for k in range(a + len(lead), b):
                    if any(text.startswith(s, k) for s in stops):
                        end = k
                        break
                # Without spaces between words the end is a guess: the name must recur as read
                # (a headline or a verb glued on reads once) or be glossed.
                if end - a - len(lead) >= 3 and (text.count(text[a:end]) >= 2 or end in gloss_at):
                    out.append((a, end, "ORG"))
                continue
            end = b
            words = list(regex.finditer(r"\S+", text[b : b + 120]))
            for x, w in enumerate(words[:6]):
                t = w.group(0)
                definite = t.startswith("ال")
                joined = t[:1] in conj and x + 1 < len(words) and words[x + 1].group(0).startswith("ال")
                if not regex.fullmatch(r"\p{Arabic}+", t) or not (definite or joined) or t in stops:
                    break
                end = b + w.end()
            if end > b or (end == b and b in gloss_at):
                out.append((a, end, "ORG"))
    # Longest first; a span inside another is dropped.
    out.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    spans: list[Span] = []
    for a, b, label in out:
        if spans and a < spans[-1].end:
            continue
        name = text[a:b]
        attrs = {"ner": "script"}
        g = _GLOSS.match(text, b)
        if g and not any(c.isdigit() for c in g.group(1)):
            attrs["gloss"] = g.group(1)
            if _acronym_form(g.group(1)):
                label = "ORG"
            elif len(g.group(1).split()) >= 2 and label == "GPE":
                label = "PERSON"
        spans.append(Span(article_id, a, b, "entity", label, name, attrs))
    # An organisation read from its ending also ends a longer run elsewhere ("法国X委员会",
    # "...提请X委员会"): where the text left the words before it off, they are not its name.
    orgs = {s.text for s in spans if s.label == "ORG"}
    for s in spans:
        inner = [o for o in orgs if o != s.text and s.text.endswith(o) and len(o) >= 3]
        if s.label == "ORG" and inner and language not in ("th", "ar"):
            s.start = s.end - len(max(inner, key=len))
            s.text = text[s.start : s.end]
    return spans


# Languages whose word frequencies say whether a capitalised word is a common noun: a name is
# written the same in other languages' news, a common noun is frequent in its own only.
_FREQ_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "tr")


@lru_cache(maxsize=None)
def _wordfreq():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a declared dependency; without it the evidence is unknown
        import logging

        logging.getLogger(__name__).warning("wordfreq is not installed: capitalised common nouns are kept as names")
        return None
    return zipf_frequency


@lru_cache(maxsize=65536)
def is_common_noun(word: str, language: str) -> bool:
    """A capitalised word that is a common noun of ``language``: frequent in that language
    (``extract.common_noun_zipf``) and rare in every other one, where a name ("Berlin", "Merkel",
    a surname) keeps its spelling. A compound unknown everywhere counts as a common noun when
    its tail is one ("Ersatzverbindungen"); an unknown word without such a tail is a name."""
    zipf = _wordfreq()
    if zipf is None or language not in _FREQ_LANGUAGES:
        return False
    if fold(word) in _territory_names(language):
        return False  # "Frankreich", "Ungarn": the language's own name of a country is rare elsewhere
    from storyline.options import Options

    opts = Options().extract
    own = zipf(word, language)
    other = max(zipf(word, code) for code in _FREQ_LANGUAGES if code != language)
    if own - other >= opts.common_noun_gap:
        return True  # "Polizei", "Stadt": everyday words that turn up a little in other languages' text
    if other >= opts.common_noun_other_zipf:
        return False
    if own >= opts.common_noun_zipf or (own >= opts.common_noun_rare_zipf and other == 0):
        return True
    if own == 0 and other == 0 and len(word) >= 9:
        for k in range(3, len(word) - 4):
            tail = word[k:].capitalize()
            if zipf(tail, language) >= opts.common_noun_zipf and \
                    max(zipf(tail, code) for code in _FREQ_LANGUAGES if code != language) < opts.common_noun_other_zipf:
                return True
    return False


@lru_cache(maxsize=None)
def _territory_names(language: str) -> frozenset[str]:
    """Country and region names as the language writes them (Babel's CLDR data), folded."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories.values()
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(fold(n) for n in names)


def _nouns_capitalised(language: str | None) -> bool:
    from storyline import lang

    table = lang.table("entities", language) if language else None
    return bool(getattr(table, "NOUNS_CAPITALISED", False))


def _all_common_nouns(text: str, start: int, words: list[str], language: str | None, org_words, cues) -> bool:
    """Every capitalised word of a run is a common noun ("Angaben der Polizei") and no role or
    honorific before it types it as a person's name."""
    if not language:
        return False
    caps = [w for w in words if _is_cap(w) and not _is_acronym(w)]
    if not caps or len(caps) != len([w for w in words if _is_cap(w)]):
        return False
    tail = fold(text[max(0, start - 40) : start].rstrip(" ,")).split()
    folded_cues = {fold(c) for c in cues}
    if any(len(tail) >= n and " ".join(tail[-n:]) in folded_cues for n in (1, 2, 3)):
        return False
    if len(words) >= 2 and _org_word(words[0], org_words) and _is_cap(words[1]):
        return False  # "Gewerkschaft X", "Reederei X": an organisation word naming what follows
    if fold(" ".join(caps)) in _territory_names(language):
        return False  # "Vereinigte Staaten"
    return all(is_common_noun(w, language) for w in caps)


def _portfolio(text: str, start: int, cues: frozenset[str], connectors: frozenset[str]) -> bool:
    m = re.search(r"([^\W\d_]+)\s+([^\W\d_]+['’]?)\s*$", text[max(0, start - 40) : start])
    return bool(m) and m.group(1).islower() and m.group(1).casefold() in cues and m.group(2).casefold() in connectors


def _is_cue(word: str, cues: frozenset[str]) -> bool:
    """A role or honorific; compounds ending in one count too ("Vorstandschef", "Bundeskanzler")."""
    w = word.casefold()
    return w in cues or any(len(c) >= 4 and w.endswith(c) and len(w) > len(c) + 2 for c in cues if " " not in c)


def _org_adjective(text: str, end: int, words: list[str], org_words, endings: tuple[str, ...], function, connectors) -> int:
    """Languages that write an institution's adjective in lower case ("Corte costituzionale"):
    one such word after an organisation word belongs to the name."""
    if not endings or not _org_word(words[-1], org_words):
        return end
    m = re.match(r"[ ]([^\W\d_]{4,})(?![\w'’-])", text[end : end + 40])
    if not m:
        return end
    w = m.group(1)
    if w.islower() and w not in function and w not in connectors and w.endswith(endings):
        return end + m.end()
    return end


def _org_adjective_any(text: str, end: int, last_word: str) -> int:
    """:func:`_org_adjective` with the data of the language whose institution word ends the
    name, whatever the article's language ("France's Conseil économique" in English)."""
    from storyline import lang

    for code in lang.LANGUAGES:
        endings = tuple(_words_of("ORG_ADJECTIVE_ENDINGS", code))
        if endings and last_word.casefold() in _words_of("ORG_WORDS", code):
            return _org_adjective(text, end, [last_word], _words_of("ORG_WORDS", code), endings,
                                  _words_of("FUNCTION_WORDS", code), _words_of("CONNECTORS", code))
    return end


@lru_cache(maxsize=None)
def _words_of(name: str, code: str) -> frozenset[str]:
    """One language's entity word list alone, case-folded."""
    from storyline import lang

    return frozenset(str(w).casefold() for w in lang.values("entities", name, [code]))


@lru_cache(maxsize=256)
def _words_of_all(name: str, codes: frozenset[str]) -> frozenset[str]:
    """The union of these languages' lists (:func:`_words_of`), made once per set of languages:
    a name's check asked for it once per word of the name and per mention."""
    return frozenset().union(*(_words_of(name, code) for code in codes))


def _joinable_gap(gap: str, prev: str) -> bool:
    """Words of one name are separated by spaces only (an initial's period too: 'J. Smith')."""
    if gap == " " or (gap and gap.isspace() and "\n" not in gap):
        return True
    return gap.startswith(".") and gap[1:].isspace() and "\n" not in gap and len(prev) == 1 and prev.isupper()


def _split_run(text: str, run: list[tuple[int, int]], connectors, particles, org_words) -> list[list[tuple[int, int]]]:
    """Cut a run at joining words that do not belong to one name (see rule_entity_spans)."""
    pieces: list[list[tuple[int, int]]] = [[]]
    i = 0
    while i < len(run):
        w = text[run[i][0] : run[i][1]]
        if _is_cap(w) or not pieces[-1]:
            pieces[-1].append(run[i])
            i += 1
            continue
        j = i
        while j < len(run) and not _is_cap(text[run[j][0] : run[j][1]]):
            j += 1
        joins = [text[a:b].casefold() for a, b in run[i:j]]
        before = [text[a:b].casefold() for a, b in pieces[-1]]
        institution = any(_org_word(b, org_words) for b in before)
        # Particles then one capitalised word that ends the run or is followed by a joining word.
        surname = all(x in particles for x in joins) and not any(x in _COORDINATORS for x in joins) \
            and len(pieces[-1]) <= 3 and j < len(run) and (j == len(run) - 1 or not _is_cap(text[run[j + 1][0] : run[j + 1][1]]))
        if institution or surname:
            pieces[-1].extend(run[i:j])
        else:
            pieces.append([])
        i = j
    return [p for p in pieces if p]


def _org_word(word: str, org_words: frozenset[str]) -> bool:
    w = word.casefold()
    return w in org_words or any(part in org_words for part in re.split(r"[-'’]", w) if part)


def _rule_type(text: str, start: int, words: list[str], name: str, language: str | None, org_words) -> str:
    if len(words) == 1 and _is_acronym(words[0]):
        return "ORG"
    if any(_org_word(w, org_words) for w in words) or strip_legal_suffix(name) != name:
        return "ORG"
    before = text[max(0, start - 40) : start].rstrip(" ,")
    cues = _words("PERSON_CUES", language)
    tail = fold(before).split()
    for n in (1, 2, 3):
        if len(tail) >= n and " ".join(tail[-n:]) in {fold(c) for c in cues}:
            return "PERSON"
    if all(w.isupper() for w in words):
        return "GPE"  # an upper-case run that is no acronym: a dateline place ("LYON, 3 mars")
    return "PERSON" if 2 <= len(words) <= 4 else "GPE"


def _type_by_surname(spans: list[Span]) -> None:
    """A lone word that is the surname of a person named in full in the article is that person."""
    surnames = {name_key(s.text).split()[-1] for s in spans if s.label == "PERSON" and len(s.text.split()) >= 2}
    for s in spans:
        if len(s.text.split()) == 1 and s.label == "GPE" and name_key(s.text) in surnames:
            s.label = "PERSON"


# --- span repair and acronym definitions (every language) ---------------------------

_SEGMENT_SEP = re.compile(r"\s*(?:\n+|\s[-–—|>]\s|:\s)\s*")


def article_entities(text: str, spans: list[Span], language: str | None = None, doc: "Doc | None" = None,
                     opts: ExtractOptions = ExtractOptions()) -> list[Span]:
    """The article's entity mentions: model or rule spans repaired, acronyms defined in the text
    added, then resolved within the article (:func:`resolve_article`). Each span records the
    article's language in ``attrs["lang"]`` for the story-level merge."""
    article_id = spans[0].article_id if spans else ""
    spans = repair_spans(text, spans, language, doc)
    spans = define_acronyms(text, spans, article_id)
    spans = _bare_surnames(text, spans, article_id)
    spans = resolve_article(text, spans, opts)
    for s in spans:
        s.attrs["lang"] = language or "en"
    return spans


_TITLE_ACRONYM = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]?[A-Z]{1,6})(?![\w-])")


def title_entities(title: str | None, article_id: str, body: list[Span]) -> list[Span]:
    """Acronyms in a headline that the body does not write: a party or a leader is often
    called by initials in the headline only ("AMLO vows ...", "PiS wins ..."). They carry
    offsets -1 (not in the body) and ``attrs["in"] = "title"``; the story merge attaches each
    to the one full name with those initials, or to an acronym defined elsewhere in the story.
    An all-caps headline has no acronyms to tell apart."""
    if not title or title.isupper():
        return []
    seen = {s.text for s in body}
    out: list[Span] = []
    for m in _TITLE_ACRONYM.finditer(title):
        acr = m.group(1)
        if acr in seen or not _acronym_form(acr):
            continue
        seen.add(acr)
        out.append(Span(article_id, -1, -1, "entity", "ORG", acr, {"canonical": acr, "in": "title", "ner": "title"}))
    return out


def repair_spans(text: str, spans: list[Span], language: str | None, doc: "Doc | None" = None) -> list[Span]:
    """Cut page-layout joins, leading function words and common nouns off a span; extend it over
    a surname's particles and a company-form suffix. "Politique > Justice\\n\\nLe Conseil" becomes
    "Conseil", "Customers of Halvard Bank" "Halvard Bank", "van der Berg" "Anke van der Berg"."""
    function = _words("FUNCTION_WORDS", language)
    connectors = _words("CONNECTORS", language) | _words("NAME_PARTICLES", language)
    particles = _words("NAME_PARTICLES", language)
    cues = _words("PERSON_CUES", language)
    out: list[Span] = []
    for s in spans:
        if s.attrs.get("ner") == "script":  # found by its script's own rules, nothing to repair
            out.append(s)
            continue
        start, end = _best_segment(text, s.start, s.end)
        start, end = _trim_edges(text, start, end, function, connectors, doc)
        if end - start < 2:
            continue
        toks = text[start:end].split()
        if s.label in ("PERSON", "PER") and len(toks) >= 3 and _acronym_form(toks[0]) and toks[1][:1].isupper():
            start = text.index(toks[1], start)  # "IMPT Luísa Correia": the body, then the person
        if s.attrs.get("ner") != "rule":
            start = _extend_left_caps(text, start, [(o.start, o.end) for o in spans if o is not s], function, cues,
                                      _calendar_words(language))
        # Rule spans already hold their particles (rule_entity_spans); model spans may not.
        if s.attrs.get("ner") != "rule" and (s.label in ("PERSON", "PER") or " " not in text[start:end]
                                             or text[start:end].split()[0].casefold() in particles):
            start = _extend_particles(text, start, particles, cues, function, s.label in ("PERSON", "PER"))
        if s.label not in ("PERSON", "PER", "GPE", "LOC"):
            end = _org_adjective_any(text, end, text[start:end].split()[-1])
            end = legal_suffix_after(text, end)
        name = text[start:end]
        if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
            continue
        s.start, s.end, s.text = start, end, name
        out.append(s)
    # Overlaps left by the repair: the longer span wins.
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for s in out:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def _bare_surnames(text: str, spans: list[Span], article_id: str) -> list[Span]:
    """A person's surname written alone where the NER tagged nothing ('"…," Demirci said')."""
    taken = [(s.start, s.end) for s in spans]
    particles = _words("NAME_PARTICLES")
    extra: list[Span] = []
    surnames: set[str] = set()
    for s in spans:
        toks = s.text.split()
        if s.label == "PERSON" and len(toks) >= 2 and not _acronym_form(toks[-1]):
            k = len(toks) - 1
            while k > 1 and toks[k - 1].casefold() in particles:
                k -= 1
            surnames.add(" ".join(toks[k:]))
    for name in surnames:
        if len(name) < 3 or name.casefold() in _words("FUNCTION_WORDS"):
            continue
        for m in _literal_matches(re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])"), name, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            extra.append(Span(article_id, m.start(), m.end(), "entity", "PERSON", m.group(0), {"ner": "surname"}))
            taken.append(m.span())
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans


def _literal_matches(rx: re.Pattern[str], literal: str, text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that is ``literal`` between lookarounds: tried only
    where ``literal`` occurs (found by ``str.find``), since a leading lookbehind keeps the regex
    engine trying the pattern at every character of the text."""
    pos = text.find(literal)
    while pos >= 0:
        m = rx.match(text, pos)  # lookarounds still see the whole text
        if m is not None:
            yield m
            pos = text.find(literal, max(m.end(), pos + 1))
        else:
            pos = text.find(literal, pos + 1)


def _extend_left_caps(text: str, start: int, taken: list[tuple[int, int]], function, cues, calendar) -> int:
    """'the Official Bulletin' tagged 'Bulletin': take in capitalised words right before a span."""
    while True:
        m = re.search(r"([^\W\d_][\w'’-]*)[ ]$", text[max(0, start - 40) : start])
        if not m:
            return start
        w = m.group(1)
        pos = start - len(m.group(0))
        if not w[:1].isupper() or w.isupper() or w.casefold() in function or _is_cue(w, cues) or _HONORIFIC.match(w + " ") \
                or fold(w) in calendar or _at_start(text, pos) or any(a < start and pos < b for a, b in taken):
            return start
        start = pos


def _best_segment(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    parts = [(m.start(), m.end()) for m in _SEGMENT_SEP.finditer(seg)]
    if not parts:
        return start, end
    bounds, pos = [], 0
    for a, b in parts:
        bounds.append((pos, a))
        pos = b
    bounds.append((pos, len(seg)))

    def score(ab: tuple[int, int]) -> tuple[int, int]:
        piece = seg[ab[0] : ab[1]]
        return sum(1 for w in piece.split() if w[:1].isupper()), len(piece)

    a, b = max((ab for ab in bounds if ab[1] > ab[0]), key=score, default=(0, len(seg)))
    return start + a, start + b


def _trim_edges(text: str, start: int, end: int, function, connectors, doc) -> tuple[int, int]:
    while True:
        m = re.match(r"[\s\"'“”‘’«»„(\[,.;:!?-]+", text[start:end])
        if m:
            start += m.end()
        m = re.search(r"[\s\"'“”‘’«»„)\],.;:!?-]+$", text[start:end])
        if m:
            end -= len(m.group(0))
            # An abbreviation keeps its final period ("N.V.", "S.A.", "Jr.").
            last = re.search(r"[^\W\d_](?:\.[^\W\d_])+$|\b[^\W\d_]$", text[start:end])
            if last and text[end : end + 1] == ".":
                end += 1
        m = re.match(r"[^\W\d_]+", text[start:end])
        if not m:
            return start, end
        first = m.group(0)
        after = text[start + m.end() : end]
        elided = after[:1] in ("'", "’") and len(first) <= 4
        if elided and (first.casefold() + "'") in function | connectors | {"l'", "d'", "dell'", "all'", "nell'"}:
            start += m.end() + 1
            continue
        if not after:
            return start, end
        if first.casefold() in function and not first.isupper() and (first.islower() or (_next_cap(after) and _at_start(text, start))):
            start += m.end()
            continue
        if doc is not None and _leading_common_noun(doc, start, start + m.end(), after, connectors):
            start += m.end()
            continue
        if first.islower() and first.casefold() not in connectors:
            start += m.end()
            continue
        # A trailing lowercase joining word ("Bank of") or possessive is not part of the name.
        m2 = re.search(r"\s+([^\W\d_]+)$", text[start:end])
        if m2 and m2.group(1).islower() and m2.group(1).casefold() in connectors | function:
            end -= len(m2.group(0))
            continue
        return start, end


def _at_start(text: str, pos: int) -> bool:
    """At the start of a line or sentence, where any word is capitalised."""
    before = text[:pos].rstrip(" \t\"'“”‘’«»„(")
    return not before or before.endswith(("\n", ".", "!", "?", ":", "|", "-", "–", "—", ">"))


def _next_cap(after: str) -> bool:
    nxt = after.lstrip()
    return bool(nxt[:1]) and nxt[:1].isupper()


def _leading_common_noun(doc, a: int, b: int, after: str, connectors) -> bool:
    """'Customers of X': a plural common noun and a joining word before the name proper."""
    span = doc.char_span(a, b)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    nxt = after.split(None, 1)
    return tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NOUN") and bool(nxt) and nxt[0].casefold() in connectors \
        and "Number=Plur" in str(tok.morph)


def _extend_particles(text: str, start: int, particles, cues, function, is_person: bool = True) -> int:
    """Take in the particles before a surname and the given name before them ("Anke van der
    Berg"); particles alone only when capitalised ("Van der Berg" at a sentence start)."""
    pos = start
    first_particle = ""
    while True:
        m = re.search(r"([^\W\d_]+(?:['’])?)[ \t]+$", text[max(0, pos - 30) : pos])
        if not m or m.group(1).casefold() not in particles or m.group(1).casefold() in _COORDINATORS:
            break
        pos -= len(m.group(0))
        first_particle = m.group(1)
    lead = text[start:].split(None, 1)[0] if text[start:].strip() else ""
    if not first_particle and lead.casefold() not in particles:
        return start
    m = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, pos - 30) : pos])
    if m and m.group(1)[:1].isupper() and not m.group(1).isupper() and not _is_cue(m.group(1), cues) \
            and m.group(1).casefold() not in function:
        return pos - len(m.group(0))
    if first_particle[:1].isupper() and is_person:
        return pos
    return start


_PAREN_SHORT = re.compile(r"\(\s*([^\W\d_][\w&.-]{1,11})\s*\)")


def define_acronyms(text: str, spans: list[Span], article_id: str) -> list[Span]:
    """Long forms of acronyms defined in the text, in any language: "Instituto X de Y (IXY)",
    "l'Autorité de contrôle … (Ardecom)". The long form is found by Schwartz & Hearst's
    algorithm (the acronym's letters in order in the words before the bracket, its first letter
    starting the first word); it becomes one ORG span (a PERSON span that ends there keeps its
    type) with ``attrs["acronym"]``, replacing partial spans inside it."""
    for m in _PAREN_SHORT.finditer(text):
        short = m.group(1).rstrip(".")
        letters = short.replace(".", "").replace("-", "")
        upper = sum(c.isupper() for c in letters)
        if not short[:1].isupper() or len(letters) < 2 or not letters.isalnum() or any(c.isdigit() for c in letters):
            continue
        if upper < 2 and re.search(rf"(?<!\w){re.escape(short.lower())}(?!\w)", text):
            continue  # an ordinary word in brackets
        end = m.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        line = text.rfind("\n", 0, end) + 1
        words = list(re.finditer(r"\S+", text[line:end]))
        limit = min(len(letters) + 5, 2 * len(letters))
        window = words[-limit:]
        if not window:
            continue
        w0 = line + window[0].start()
        # Word initials first ("Nimbus Data Services (NDS)"); letter matching alone would stop
        # at "Cloud Services", whose letters also spell it.
        lf_start = _initials_long_form(letters, text, [(line + w.start(), w.group(0)) for w in window])
        if lf_start is None:
            lf_start = _schwartz_hearst(letters, text, w0, end)
        if lf_start is None:
            continue
        # A name the NER saw ending here that starts earlier is the long form.
        lf_start = min([lf_start] + [s.start for s in spans if s.end == end and s.start < lf_start
                                     and "\n" not in text[s.start : end]])
        lf_start = _trim_edges(text, lf_start, end, _words("FUNCTION_WORDS"), _words("CONNECTORS"), None)[0]
        long_form = text[lf_start:end]
        n_words = len(long_form.split())
        if not long_form[:1].isupper() or n_words < 2 or (upper < 2 and n_words < 3) or fold(long_form[:1]) != fold(letters[:1]):
            continue
        if re.search(r"[,;:!?\"“”«»]", long_form):
            continue
        label = "ORG"
        for s in spans:
            if s.label == "PERSON" and s.end == end and s.start <= lf_start:
                label = "PERSON"
        spans = [s for s in spans if s.end <= lf_start or s.start >= end]
        spans.append(Span(article_id, lf_start, end, "entity", label, long_form, {"acronym": letters, "ner": "acronym"}))
    return sorted(spans, key=lambda s: s.start)


def _initials_long_form(short: str, text: str, words: list[tuple[int, str]]) -> int | None:
    """Start of the words before the bracket whose initials spell ``short`` (joining words
    such as "of", "de", "i" may be skipped), or None."""
    joins = _words("CONNECTORS") | _words("FUNCTION_WORDS") | _words("NAME_PARTICLES")
    want = fold(short).translate(_UNFOLDED)
    got = ""
    for start, word in reversed(words):
        w = word.strip("\"'“”‘’«»„()[],;:")
        if not w:
            return None
        if w.islower() and w.casefold() in joins and got:
            continue
        got = fold(w[0]).translate(_UNFOLDED)[:1] + got
        if got == want:
            return start + (len(word) - len(word.lstrip("\"'“”‘’«»„([")))
        if not want.endswith(got):
            return None
    return None


def _schwartz_hearst(short: str, text: str, lo: int, hi: int) -> int | None:
    """Start of the long form for ``short`` within text[lo:hi], or None (Schwartz & Hearst 2003)."""
    lf = "".join((unicodedata.normalize("NFKD", c)[:1] or c).lower() for c in text[lo:hi])
    sf = fold(short)
    s, l = len(sf) - 1, len(lf) - 1
    while s >= 0:
        c = sf[s]
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (lf[l] != c or (s == 0 and l > 0 and lf[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    return lo + l + 1


# --- per article -------------------------------------------------------------------


def entity_spans(doc: "Doc", article_id: str) -> list[Span]:
    text = doc_text(doc)
    out: list[Span] = []
    for ent in doc.ents:
        group = GROUPS.get(ent.label_)
        if group is None:
            continue
        start, end = clean_mention(text, ent.start_char, ent.end_char)
        if group == "PERSON":
            h = _HONORIFIC.match(text[start:end])
            if h and h.end() < end - start:
                start += h.end()
        if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
            continue
        out.append(Span(article_id, start, end, "entity", group, text[start:end], {"ner": ent.label_}))
    return out


def resolve_article(text: str, spans: list[Span], opts: ExtractOptions = ExtractOptions()) -> list[Span]:
    """Add title/epithet/acronym mentions and set ``attrs["canonical"]`` within one article."""
    article_id = spans[0].article_id if spans else ""
    _harmonise_types(text, spans)
    persons = [s for s in spans if s.label == "PERSON"]
    full = {}
    for s in persons:
        toks = name_key(s.text).split() if s.attrs.get("ner") == "script" else s.text.split()
        if len(toks) >= 2:
            full.setdefault(name_key(s.text), s.text)
    # Full names that are a longer form of another full name ("Mohammed bin Salman" / "Salman") stay apart.
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k, name in full.items():
        parts = k.split()
        by_last[parts[-1]].add(name)
        by_first[parts[0]].add(name)
    for s in spans:
        s.attrs["canonical"] = s.text
    first_seen: dict[str, int] = {}
    for s in persons:
        first_seen.setdefault(name_key(s.text), s.start)
    established: dict[str, tuple[int, str]] = {}  # bare surname -> (first use, the one person)
    for s in sorted(persons, key=lambda s: s.start):
        k = name_key(s.text)
        if len(k.split()) != 1:
            continue
        cands = by_last.get(k, set())
        if not cands:
            cands = {n for last, names in by_last.items() if Indel.normalized_similarity(last, k) >= opts.entity_surname_resolve
                     for n in names}
        if len(cands) == 1:
            s.attrs["canonical"] = next(iter(cands))
        elif len(cands) > 1:
            # Two people share the surname. Only those introduced before this mention can be
            # meant; and once the bare surname was used for the one person while they were the
            # only one named, news style keeps it for them (the other gets full or first name).
            before = {c for c in cands if first_seen[name_key(c)] < s.start}
            if len(before) == 1:
                s.attrs["canonical"] = next(iter(before))
                established.setdefault(k, (s.start, s.attrs["canonical"]))
            elif k in established and all(first_seen[name_key(c)] > established[k][0] for c in before
                                          if c != established[k][1]):
                s.attrs["canonical"] = established[k][1]
                s.attrs["resolved"] = "established"
            else:
                s.attrs["ambiguous"] = sorted(cands)
        elif len(by_first.get(k, ())) == 1:
            s.attrs["canonical"] = next(iter(by_first[k]))

    covered = [(s.start, s.end) for s in spans]
    extra: list[Span] = []

    # Acronyms defined in the text: "Mohammed bin Salman (MBS)", "World Health Organization (WHO)".
    defined: dict[str, Span] = {}
    for s in spans:
        m = _PAREN_ACRONYM.match(text, s.end)
        if m and len(m.group(1)) <= len(s.text):
            defined[m.group(1).replace(".", "")] = s
    for s in spans:
        if s.label in ("ORG", "GPE") and (acr := _acronym_form(s.text)):
            if acr in defined:
                continue
            matches = {name_key(o.attrs["canonical"]): o for o in spans if o.label in ("ORG", "GPE") and initials(o.text) == acr}
            if len(matches) == 1:
                defined[acr] = next(iter(matches.values()))
    for acr, target in defined.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            hit = next((s for s in spans if s.start <= m.start() < s.end), None)
            if hit is not None:
                if hit.end - hit.start <= len(acr) + 2:
                    hit.attrs["canonical"] = target.attrs["canonical"]
                    hit.label = target.label
                continue
            if not any(s <= m.start() < e for s, e in covered):
                extra.append(Span(article_id, m.start(), m.end(), "entity", target.label, m.group(0),
                                  {"canonical": target.attrs["canonical"], "via": "acronym"}))

    # Titles: "German Chancellor Olaf Scholz", "Olaf Scholz, the German chancellor, ..."
    titled: dict[str, set[str]] = defaultdict(set)
    for s in persons:
        canon = s.attrs["canonical"]
        if len(canon.split()) < 2:
            continue
        before = text[max(0, s.start - 60) : s.start]
        m = re.search(rf"\b({_TITLE_RX})\s+$", before, re.IGNORECASE)
        if m:
            titled[m.group(1).lower()].add(canon)
        after = text[s.end : s.end + 80]
        m = re.match(rf",\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){{0,3}}?({_TITLE_RX})\b", after, re.IGNORECASE)
        if m:
            titled[m.group(1).lower()].add(canon)
    for title, people in titled.items():
        if len(people) != 1:
            continue
        person = next(iter(people))
        rx = re.compile(
            rf"\bthe\s+(?:(?:(?-i:[A-Z])[\w'’-]+|former|new|outgoing|incoming)\s+)?({re.escape(title)})\b"
            r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",  # "the president of France" names someone else
            re.IGNORECASE,
        )
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            extra.append(Span(article_id, m.start(), m.end(), "entity", "PERSON", m.group(0),
                              {"canonical": person, "via": "title"}))

    # Descriptive epithets, resolved only when exactly one candidate is named in the article.
    named = {name_key(s.attrs["canonical"]): s.attrs["canonical"] for s in spans if s.label in ("GPE", "ORG")}
    taken: list[tuple[int, int]] = []
    for rx, label, cands in EPITHETS:
        present = [named[name_key(c)] for c in cands if name_key(c) in named]
        if len(set(present)) != 1:
            continue
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if name_key(m.group(0)) == name_key(present[0]):
                continue
            taken.append(m.span())
            extra.append(Span(article_id, m.start(), m.end(), "entity", label, m.group(0),
                              {"canonical": present[0], "via": "epithet"}))
    if taken:  # the epithet replaces a partial NER hit inside it ("kingdom" tagged GPE)
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in taken)]
    # A name glossed in Latin letters ("X（Étienne Y）") is that name, and so is every mention
    # resolved to it.
    gloss = {s.text: s.attrs["gloss"] for s in spans if s.attrs.get("gloss")}
    for s in spans + extra:
        c = s.attrs.get("canonical") or s.text
        if c in gloss:
            s.attrs["canonical"] = gloss[c]
    return sorted(spans + extra, key=lambda s: s.start)


def _harmonise_types(text: str, spans: list[Span]) -> None:
    """One type per name within an article; a title or a known full name marks a person.

    The small NER model often tags a surname as GPE/ORG in one sentence and PERSON in another.
    """
    for s in spans:
        if s.label != "PERSON" and re.search(rf"\b(?:{_TITLE_RX}|mr|mrs|ms|dr)\.?\s+$", text[max(0, s.start - 40) : s.start], re.I):
            if s.label in ("ORG", "GPE") and not _acronym_form(s.text):
                s.label = "PERSON"
    person_parts: set[str] = set()
    for s in spans:
        if s.label == "PERSON":
            k = name_key(s.text).split()
            if len(k) >= 2:
                person_parts.add(k[-1])
                person_parts.add(" ".join(k))
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        votes[name_key(s.text)][s.label] += 1
    for s in spans:
        k = name_key(s.text)
        if s.label in ("ORG", "GPE") and k in person_parts and not _acronym_form(s.text):
            s.label = "PERSON"
            continue
        counts = votes[k]
        if len(counts) > 1:
            best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
            s.label = best


# --- across a story ----------------------------------------------------------------


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]
            a = self.p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _sim(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b)


_TRANSLIT = [("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("ks", "x"), ("kh", "h"), ("iy", "y"),
             ("ij", "y"), ("yy", "y"), ("ou", "u"), ("w", "v"), ("j", "y"), ("c", "k"), ("y", "i"), ("ee", "i")]


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """Collapse common romanisation variants (Zelenskiy/Zelenskyy, Tchaikovsky/Chaikovsky)."""
    w = word
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return w


@lru_cache(maxsize=65536)
def _romanised(key: str) -> str:
    """A name key in Latin letters (Cyrillic, Greek, Arabic... by anyascii), romanisation
    variants collapsed; a leading "i"/"y" before a vowel dropped (Ye-/E- for Cyrillic Е)."""
    from anyascii import anyascii

    # Greek "ου" is one vowel, written "ou" (anyascii spells it letter by letter, "oy").
    words = [translit_key(w) for w in anyascii(re.sub("ου", "ou", key, flags=re.I)).lower().split()]
    return " ".join(re.sub(r"^i(?=[aeiou])", "", w) for w in words)


# Romanisation variants that differ between scripts for one sound ("zh"/"z", "w"/"v", "l"/"r"
# in Japanese); applied to both names after anyascii.
_SKELETON_FOLDS = (("zh", "z"), ("sh", "s"), ("ch", "c"), ("kh", "k"), ("dz", "z"), ("dj", "z"), ("ts", "c"),
                   ("tz", "c"), ("cz", "c"), ("sz", "s"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"), ("y", "i"),
                   ("j", "i"), ("x", "ks"), ("l", "r"))


def _skeleton(word: str, script: str) -> str:
    """A name word reduced to what survives writing it in ``script``: anyascii, digraphs and soft
    signs folded; for katakana the vowel Japanese adds after a consonant dropped ("mareku");
    for Arabic, which writes no short vowels, only the consonants (and b/f for p/v)."""
    from anyascii import anyascii

    w = re.sub(r"[^a-z]", "", anyascii(word).lower())
    if script == "Katakana-z":
        # ジ, ジュ, ジョ are romanised "ji", "ju", "jo" (Hepburn) yet write the z sounds of other
        # languages too ("zi", "zyu" in Kunrei): this reading takes them as z.
        w, script = w.replace("j", "z"), "Katakana"
    for a, b in _SKELETON_FOLDS:
        w = w.replace(a, b)
    if script == "Katakana":
        w = re.sub(r"([^aeiou])[uo](?=[^aeiou]|$)", r"\1", w)
        w = re.sub(r"([^aeiou])u(?=[aeiou])", r"\1", w)
    if script in ("Katakana", "Latin-vs-Katakana"):
        w = re.sub(r"([^aeiou])[uo](?=[^aeiou]|$)", r"\1", w)
    if script == "Arabic":
        w = re.sub(r"[aeiou]", "", w.replace("p", "b").replace("v", "f"))
    return re.sub(r"(.)\1+", r"\1", w)


_SCRIPT_OF = (("Katakana", regex.compile(r"\p{Katakana}")), ("Arabic", regex.compile(r"\p{Arabic}")),
              ("Cyrillic", regex.compile(r"\p{Cyrillic}")), ("Greek", regex.compile(r"\p{Greek}")),
              ("Hangul", regex.compile(r"\p{Hangul}")), ("Thai", regex.compile(r"\p{Thai}")),
              ("Han", regex.compile(r"\p{Han}")))


def _script(name: str) -> str:
    return next((sc for sc, rx in _SCRIPT_OF if rx.search(name)), "Latin")


def cross_script_similarity(latin: str, other: str) -> float:
    """How alike a Latin-script name and its writing in another script sound: the lowest word
    similarity of their skeletons (:func:`_skeleton`), 0 unless both have as many words
    (katakana words split at ・ or ＝)."""
    script = _script(other)
    # Arabic consonant skeletons proved too coarse (two surnames read alike once vowels and
    # w/y go), and Han/Hangul/Thai readings need more than anyascii: left out for now.
    if script not in ("Katakana", "Cyrillic", "Greek") or _script(latin) != "Latin":
        return 0.0
    a = name_key(latin).split()
    # Kana voicing marks make other letters (シ "shi" / ジ "ji", ハ "ha" / バ "ba"), not accents:
    # the katakana words are read as written, not as name_key folds them.
    b = _kana_words(other) if script == "Katakana" else name_key(other).split()
    if len(a) != len(b) or not a:
        return 0.0
    # The Latin side loses what the other script cannot write: vowels for Arabic.
    mine = "Arabic" if script == "Arabic" else "Latin-vs-Katakana" if script == "Katakana" else "Latin"
    readings = ("Katakana", "Katakana-z") if script == "Katakana" else (script,)
    return min(max(_sim(_skeleton(x, mine), _skeleton(y, r)) for r in readings) for x, y in zip(a, b))


def _kana_words(name: str) -> list[str]:
    """The words of a katakana name as written (voicing marks kept), split as name_key splits."""
    k = unicodedata.normalize("NFKC", name).lower()
    k = re.sub(r"[-‐–—_/·・＝]", " ", k)
    return re.sub(r"[^\w\s]", "", k).split()


def _word_sim(a: str, b: str) -> float:
    """1.0 for the same word up to romanisation, else the edit similarity."""
    if a == b or translit_key(a) == translit_key(b):
        return 1.0
    return _sim(a, b)


def _given_names_clash(a: list[str], b: list[str], opts: ExtractOptions = ExtractOptions()) -> bool:
    for x, y in zip(a, b):
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        if _word_sim(x, y) < opts.entity_given_name_match:
            return True
    return False


def _person_compatible(a: list[str], b: list[str], opts: ExtractOptions = ExtractOptions()) -> float:
    """Similarity of two person keys by their surnames, 0 when the given names clash (``opts.entity_given_name_match``)."""
    if len(a) != len(b) or _given_names_clash(a[:-1], b[:-1], opts):
        return 0.0
    return _word_sim(a[-1], b[-1])


def _tokens_compatible(a: list[str], b: list[str], opts: ExtractOptions = ExtractOptions()) -> float:
    """Non-person names: same length and every differing word a close spelling (``opts.entity_word_match``)."""
    if len(a) != len(b):
        return 0.0
    for x, y in zip(a, b):
        if x != y and _word_sim(x, y) < opts.entity_word_match:
            return 0.0
    if [translit_key(x) for x in a] == [translit_key(y) for y in b]:
        return 1.0
    return _sim(" ".join(a), " ".join(b))


def merge_entities(extractions: list[Extraction], options: "Options | None" = None) -> list[dict]:
    """One canonical entity per real entity across ``extractions``; sets ``attrs["canonical"]``.

    Evidence, in order: the same folded key once company-form suffixes are dropped (whatever
    type each article's NER gave it); close spellings (transliterations; a misspelling or a
    swapped pair of letters only when the two share context entities); an acronym defined for
    both (across languages too); across languages, names the sentence encoder puts close
    (mutually nearest, above ``extract.entity_translation_sim``) or, lower, names that are the
    only unmatched entities of two sentences aligned between articles of different languages;
    last, a surname, short form or acronym that fits exactly one full name.
    """
    from storyline.options import Options

    opts = (options or Options()).extract
    _story_mentions(extractions)
    node_of: dict[str, int] = {}
    keys: list[str] = []
    members: list[list[Span]] = []
    for x in extractions:
        for s in x.entities:
            canon = s.attrs.get("canonical") or s.text
            key = base_key(canon)
            if not key:
                continue
            if s.attrs.get("ambiguous"):
                key = f"{key}#ambiguous#{s.article_id}"
            if key not in node_of:
                node_of[key] = len(keys)
                keys.append(key)
                members.append([])
            members[node_of[key]].append(s)
    n = len(keys)
    uf = _UF(n)
    types = [_majority_type(m) for m in members]
    person = [t == "PERSON" for t in types]
    articles_of = [{s.article_id for s in m} for m in members]
    by_article: dict[str, set[int]] = defaultdict(set)
    for i, arts in enumerate(articles_of):
        for a in arts:
            by_article[a].add(i)

    def context(i: int) -> set[str]:
        return {keys[j] for a in articles_of[i] for j in by_article[a] if j != i}

    def shares_context(i: int, j: int) -> bool:
        return bool((context(i) - {keys[j]}) & (context(j) - {keys[i]}))

    ambiguous = [("#ambiguous#" in k) for k in keys]
    # Spelling variants: candidate pairs share word count and the first letter of the last word
    # (up to romanisation), which keeps the comparison near-linear.
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if not ambiguous[i] and not any(c.isdigit() for c in k):
            toks = k.split()
            buckets[(len(toks), translit_key(toks[-1])[:1])].append(i)
    for idx in buckets.values():
        for x, i in enumerate(idx):
            a = keys[i].split()
            for j in idx[x + 1 :]:
                b = keys[j].split()
                if person[i] and person[j]:
                    s = _person_compatible(a, b, opts)
                else:
                    s = _tokens_compatible(a, b, opts)
                if s >= opts.entity_spelling_match:
                    uf.union(i, j)
                # A rougher match (a misspelling, two letters swapped) needs the same other
                # words and a shared entity.
                elif a[:-1] == b[:-1] and (s >= opts.entity_misspelling_match or _one_transposition(a[-1], b[-1])) \
                        and shares_context(i, j):
                    uf.union(i, j)

    # Inflected and transliterated forms of one name ("в Екатеринбурге" / "Yekaterinburg",
    # "w Krakowie" / "Kraków"): the same words but the last, whose romanised stems agree once
    # a case ending of at most entity_inflection_tail letters is cut. People are left out
    # (a feminine surname form is another person), so are nationality words ("Ukrainian").
    # The same romanised key joins any two names, people included ("Алексей"/"Aleksei").
    latin = [_romanised(k) for k in keys]
    by_latin: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        if not ambiguous[i] and latin[i]:
            by_latin[latin[i]].append(i)
    for idx in by_latin.values():
        for j in idx[1:]:
            uf.union(idx[0], j)
    # A name in another script sounds like its Latin form ("Марек Ж." / "Marek Ż."): same word
    # count, every word's skeleton at least entity_cross_script_match alike, one person on each side.
    scripted = [i for i in range(n) if not ambiguous[i] and _script(keys[i]) not in ("Latin", "Han")]
    if scripted:
        latin_nodes = [i for i in range(n) if not ambiguous[i] and _script(keys[i]) == "Latin" and len(keys[i].split()) >= 2]
        for i in scripted:
            # The other script's name as written: its key folds kana voicing away.
            written = (members[i][0].attrs.get("canonical") or members[i][0].text) if _script(keys[i]) == "Katakana" else keys[i]
            hits = {uf.find(j) for j in latin_nodes if person[j] == person[i]
                    and cross_script_similarity(keys[j], written) >= opts.entity_cross_script_match}
            if len(hits) == 1:
                uf.union(i, hits.pop())
    inflectable = [i for i in range(n) if not (ambiguous[i] or person[i] or types[i] == "NORP"
                                                or any(c.isdigit() for c in keys[i]))]
    for x, i in enumerate(inflectable):
        for j in inflectable[x + 1 :]:
            if uf.find(i) != uf.find(j) and inflected_pair(latin[i], latin[j], opts.entity_inflection_tail):
                uf.union(i, j)

    # A name written after a generic organisation word ("die Reederei X AG", "the bank X") is
    # that organisation: it joins the bare name when the bare name is no place ("Universität
    # Hamburg" is not Hamburg) and is a company form or two words or more.
    node_of_key = {k: i for i, k in enumerate(keys)}
    for i, k in enumerate(keys):
        toks = k.split()
        if ambiguous[i] or len(toks) < 2 or not _org_like(toks[0], members[i]):
            continue
        j = node_of_key.get(" ".join(toks[1:]))
        if j is None or ambiguous[j] or types[j] == "GPE":
            continue
        if len(toks) >= 3 or any(strip_legal_suffix(sp.text) != sp.text for sp in members[i] + members[j]):
            uf.union(i, j)

    # An acronym defined for two long forms (an original and its translation) makes them one.
    acronyms = [_node_acronyms(m) for m in members]
    defined_at: dict[str, list[int]] = defaultdict(list)
    for i, acrs in enumerate(acronyms):
        for a in acrs:
            if not _acronym_form(keys[i].upper()) or len(keys[i].split()) > 1:
                defined_at[a].append(i)
    for a, idx in defined_at.items():
        for j in idx[1:]:
            uf.union(idx[0], j)

    if opts.entity_translation_sim < 1.0:
        _merge_translations(extractions, keys, members, person, acronyms, uf, opts)
        _merge_aligned_people(extractions, keys, members, person, ambiguous, uf, opts)

    # Surname-only, short-form and acronym nodes attach to exactly one fuller name; longer short
    # forms first, so "Royal Dinant" has joined "Royal Dinant FC" before "Dinant" looks for a home.
    # A name tagged PERSON anywhere counts as a person here: the small NER model types the same
    # full name ORG in one article and PERSON in the next.
    tagged_person = [any(s.label == "PERSON" for s in m) and not _org_like(keys[i], m) for i, m in enumerate(members)]
    for i in sorted(range(n), key=lambda i: -len(keys[i].split())):
        if ambiguous[i]:
            continue
        targets = _short_form_targets(i, keys, members, tagged_person, types, ambiguous, acronyms, defined_at, uf,
                                      articles_of, opts)
        if len(targets) == 1:
            uf.union(i, next(iter(targets)))
    # One country named in several languages or cases ("Thailand", "Tailandia", "w Tajlandii"): the
    # same territory code (storyline.countries, from Babel's names in every encoder language).
    # A nationality ("Italian", NORP) is no country.
    by_country: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        if ambiguous[i] or person[i] or types[i] == "NORP":
            continue
        langs_i = sorted({str(sp.attrs.get("lang") or "") for sp in members[i]} - {""}) or [""]
        code = next((c for lg in langs_i if (c := country_code(keys[i], lg or None)) is not None), None)
        if code is not None:
            by_country[code].append(i)
    # Only names that are nothing but a place join, once every other rule has run: a group formed
    # around an organisation or a person (a short form that attached to "X Bird Conservancy") keeps to itself.
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    pure = {root for root, idx in groups.items()
            if all(types[j] in ("GPE", "LOC", "NORP") or country_code(keys[j]) is not None for j in idx)}
    for idx in [[i for i in idx if uf.find(i) in pure] for idx in by_country.values()]:
        for j in idx[1:]:
            uf.union(idx[0], j)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        clusters[uf.find(i)].append(i)
    result: list[dict] = []
    renamed: dict[tuple[str, str], str] = {}  # (article, in-article canonical) -> story canonical
    story_scripts = Counter(_script(s.text) for m in members for s in m)
    for idx in clusters.values():
        spans = [s for i in idx for s in members[i]]
        name = _choose_name(spans, story_scripts)
        aliases = sorted({s.text for s in spans if s.text != name} | {s.attrs.get("canonical", s.text) for s in spans} - {name})
        for s in spans:
            renamed[(s.article_id, s.attrs.get("canonical") or s.text)] = name
            s.attrs["canonical"] = name
        etype = _majority_type(spans)
        n_person = sum(1 for s in spans if s.label == "PERSON")
        if etype != "PERSON" and n_person * 3 >= len(spans) and not _org_like(base_key(name), spans) \
                and 2 <= len(name.split()) <= 4 and not _acronym_form(name):
            etype = "PERSON"  # a full personal name the NER also typed ORG or GPE elsewhere
        elif etype == "PERSON" and (_org_like(base_key(name), spans)
                                    or any(strip_legal_suffix(s.text) != s.text for s in spans)):
            etype = "ORG"  # "Official Bulletin", "Halvard Bank", "X AG": an organisation word or company form
        result.append({
            "name": name,
            "type": etype,
            "aliases": aliases,
            "article_ids": sorted({s.article_id for s in spans}),
            "mentions": len(spans),
        })
    # Quote speakers were named with the in-article canonical: each gets the story's name of its
    # entity beside the name its article prints.
    for x in extractions:
        for q in x.quotes:
            if q.speaker and (x.article_id, q.speaker) in renamed:
                q.speaker_entity = renamed[(x.article_id, q.speaker)]
    result.sort(key=lambda e: (-e["mentions"], e["name"]))
    return result


def _story_mentions(extractions: list[Extraction]) -> None:
    """Names known elsewhere in the story, found where an article's NER left them untagged
    ("from Serbian club FK Zlatibor" when another report tagged "FK Zlatibor"). Only names of
    two or more words and acronyms: a single ordinary word is too easily something else."""
    known: dict[str, str] = {}
    for x in extractions:
        for s in x.entities:
            if s.attrs.get("via") in ("title", "epithet") or s.attrs.get("ambiguous"):
                continue
            words = s.text.split()
            if (len(words) >= 2 and s.text[:1].isupper() and len(s.text) >= 5) or _acronym_form(s.text):
                known.setdefault(s.text, s.label)
    if not known:
        return
    rx = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True)) + r")(?![\w-])")
    for x in extractions:
        taken = [(s.start, s.end) for s in x.entities]
        lang = next((s.attrs["lang"] for s in x.entities if s.attrs.get("lang")), None)
        extra: list[Span] = []
        for sent in x.sentences:
            for m in rx.finditer(sent.text):
                a, b = sent.start + m.start(), sent.start + m.end()
                if any(p < b and a < q for p, q in taken):
                    continue
                taken.append((a, b))
                attrs = {"canonical": m.group(0), "ner": "story"}
                if lang:
                    attrs["lang"] = lang
                extra.append(Span(x.article_id, a, b, "entity", known[m.group(0)], m.group(0), attrs))
        if extra:
            x.entities = sorted(x.entities + extra, key=lambda s: s.start)


def base_key(name: str) -> str:
    """The merge key: :func:`name_key` of the name without its company-form suffix."""
    return name_key(strip_legal_suffix(name))


def _majority_type(spans: Iterable[Span]) -> str:
    votes = Counter(s.label for s in spans if s.attrs.get("via") not in ("title", "epithet")) or Counter(s.label for s in spans)
    # Model labels outvote rule guesses; a tie goes to PERSON (NER misses people more than places).
    weighted = Counter()
    for s in spans:
        weighted[s.label] += 1 if s.attrs.get("ner") == "rule" else 2
    pool = weighted if weighted else votes
    return max(pool.items(), key=lambda kv: (kv[1], kv[0] == "PERSON", kv[0] == "ORG"))[0]


def _org_like(key: str, spans: Iterable[Span] = ()) -> bool:
    """A name with an organisation word of English or of a language it was written in is no
    person's ("Halvard Bank"); other languages' words stay out ("Bond" is a Dutch one)."""
    org_words = _words_of_all("ORG_WORDS", frozenset(_langs(spans)))
    return any(t in org_words for t in key.split())


def _langs(spans: Iterable[Span]) -> set[str]:
    return {"en"} | {s.attrs["lang"] for s in spans if s.attrs.get("lang")}


def _one_transposition(a: str, b: str) -> bool:
    """Two adjacent letters swapped ('Kowalczyk' / 'Kowalcyzk') in a word long enough to tell."""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _node_acronyms(spans: list[Span]) -> set[str]:
    out = {s.attrs["acronym"].upper() for s in spans if s.attrs.get("acronym")}
    out |= {s.text.replace(".", "").upper() for s in spans if s.attrs.get("via") == "acronym"}
    return out


def _short_form_targets(i, keys, members, person, types, ambiguous, acronyms, defined_at, uf, articles_of,
                        opts: ExtractOptions = ExtractOptions()) -> set[int]:
    ki = keys[i].split()
    if not 1 <= len(ki) <= 3:
        return set()
    drops = _words("SHORT_FORM_DROPS")
    particles = _words("NAME_PARTICLES")
    # Function words of the languages the short form was written in (a surname such as "Long"
    # or "Bay" is a function word somewhere).
    function = _words_of_all("FUNCTION_WORDS", frozenset(s.attrs.get("lang") or "en" for s in members[i]))
    root_i = uf.find(i)
    acr = _acronym_form(members[i][0].text) if len(ki) == 1 else ""
    if not acr and all(t in drops or t in function or t in particles for t in ki):
        return set()
    if len(ki) == 1 and ki[0].upper() in defined_at:  # "Ardecom", "Geominserv": acronyms in title case
        roots = {uf.find(j) for j in defined_at[ki[0].upper()]} - {root_i}
        if roots:
            return roots
    generic = all(_org_like(t, members[i]) or t in drops for t in ki)  # "Council", "Bank": too vague
    if acr:
        roots = {uf.find(j) for j in defined_at.get(acr.upper(), [])} - {root_i}
        if roots:
            return roots
        roots = {uf.find(j) for j in range(len(keys)) if j != i and uf.find(j) != root_i and not ambiguous[j]
                 and any(acr.upper() in _initials_forms(s.text) for s in members[j])}
        if roots or not person[i]:
            return roots
    targets: set[int] = set()
    prefixed: set[int] = set()
    # A name written with its company form ("Aramis Corp") is a full legal name, not a short form.
    suffixed = any(strip_legal_suffix(s.text) != s.text for s in members[i])
    for j, kj in enumerate(keys):
        if j == i or ambiguous[j]:
            continue
        tj = kj.split()
        if len(tj) <= len(ki):
            continue
        r = uf.find(j)
        if r == root_i:
            continue
        if person[j] or (person[i] and types[j] != "ORG"):
            n = len(ki)
            fits = tj[-n:] == ki and (tj[-n - 1] not in particles or ki[0] in particles)
            # Several words may be a double surname ("García Márquez") or a middle and last name
            # of someone else ("Ann Smith" is not "Mary Ann Smith"): only when both are written
            # in one article.
            one_word = all(" " not in s.text.strip() for s in members[i])  # "Resnick-Day": one written word
            if fits and n >= 2 and not (articles_of[i] & articles_of[j]) and ki[0] not in particles and not one_word:
                fits = False
            if not fits and n == 1 and tj[-2] not in particles:
                fits = _word_sim(tj[-1], ki[0]) >= opts.entity_surname_match
            if fits:
                targets.add(r)
                continue
        if generic:
            continue
        core = [t for t in tj if t not in drops]
        if core == ki or (_contiguous(ki, tj) and all(t in drops for t in _without(tj, ki))):
            targets.add(r)
        elif tj[: len(ki)] == ki and len(ki) == 1 and types[i] != "GPE" and not suffixed:
            # "Halvard" for "Halvard Cloud Services"; a place name is never cut from the front
            # of a longer name ("France" is not "France Télévisions").
            prefixed.add(r)
    # A name that is the other one less its generic words ("Halvard" / "Halvard Bank") is a
    # closer fit than one it only begins ("Halvard Energy Group").
    return targets or prefixed


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _without(long: list[str], short: list[str]) -> list[str]:
    n = len(short)
    for k in range(len(long) - n + 1):
        if long[k : k + n] == short:
            return long[:k] + long[k + n :]
    return long


def _merge_translations(extractions, keys, members, person, acronyms, uf, opts) -> None:
    """Names of one organisation in two languages ("Conseil d'État" / "Council of State")."""
    langs = [frozenset(s.attrs.get("lang", "en") for s in m) for m in members]
    # A body named in its own language inside an article in another ("France's Conseil d'État"
    # in an English report) is in the language of its words.
    langs = [_name_language(keys[i], langs[i], opts) for i in range(len(keys))]
    if len(frozenset().union(*langs)) < 2 if langs else True:
        return
    # Several words, or one written in a script without letter case (Chinese, Japanese, Korean, Thai,
    # Arabic write an institution's name as one unspaced word: 宪法委员会).
    cand = [i for i in range(len(keys)) if (not person[i] or _org_like(keys[i], members[i]))
            and (len(keys[i].split()) >= 2 or _caseless_word(keys[i]))
            and "#ambiguous#" not in keys[i] and not any(c.isdigit() for c in keys[i])]
    if len(cand) < 2:
        return
    from storyline.resources import embedder

    enc = embedder()
    names = [_choose_name(members[i]) for i in cand]
    vecs = enc.encode(names)
    sims = vecs @ vecs.T

    def compatible(a: int, b: int) -> bool:
        i, j = cand[a], cand[b]
        if uf.find(i) == uf.find(j) or langs[i] == langs[j]:
            return False
        ai, aj = acronyms[i], acronyms[j]
        return not (ai and aj and not ai & aj)

    def group(a: int) -> list[int]:
        root = uf.find(cand[a])
        return [x for x in range(len(cand)) if uf.find(cand[x]) == root]

    # Mutually nearest names join; then again, since one body may be named in three languages
    # (a pair joined in the first round leaves its third name free to join in the next).
    for round_ in range(len(cand)):
        best: dict[int, int] = {}
        for a in range(len(cand)):
            row = [(float(sims[a, b]), b) for b in range(len(cand)) if b != a and compatible(a, b)]
            if row:
                best[a] = max(row)[1]
        pairs = [(a, b) for a, b in best.items()
                 if best.get(b) == a and a < b and sims[a, b] >= opts.entity_translation_sim]
        if round_ == 0:
            # Weaker similarity is enough for the one unmatched name of each of two aligned sentences.
            pairs += _aligned_name_pairs(extractions, cand, keys, members, langs, sims, uf, opts)
        joined = False
        for a, b in pairs:
            # A name joining a group formed in an earlier round must read at least a little alike
            # to every name already in it (``opts.entity_aligned_sim``), not only to its nearest.
            if round_ and any(sims[x, y] < opts.entity_aligned_sim for x in group(a) for y in group(b)):
                continue
            if compatible(a, b):
                uf.union(cand[a], cand[b])
                joined = True
        if not joined:
            break


@lru_cache(maxsize=65536)
def _name_language(key: str, article_langs: frozenset[str], opts: ExtractOptions) -> frozenset[str]:
    """The languages of the articles a name is written in, or the other language its words belong
    to when each of them is at least ``opts.entity_name_language_gap`` Zipf points more frequent in
    some other Latin-script language than in any article language: an institution's own name kept
    in a report in another language ("France's Conseil d'État" in English)."""
    from storyline import lang

    zipf = _wordfreq()
    toks = [t for t in key.split() if t.isalpha() and len(t) > 2]
    if zipf is None or len(toks) < 2 or not all(t.isascii() for t in toks):
        return article_langs
    others = [c for c in lang.LATIN_SCRIPT if c not in article_langs]
    if not others or not all(c in lang.LATIN_SCRIPT for c in article_langs):
        return article_langs
    best: Counter[str] = Counter()
    for t in toks:
        own = max(zipf(t, a) for a in article_langs)
        freq = {c: zipf(t, c) for c in others}
        top = max(freq, key=freq.get)
        if freq[top] - own < opts.entity_name_language_gap:
            return article_langs
        best.update({c: f for c, f in freq.items()})
    return frozenset({best.most_common(1)[0][0]})


def _caseless_word(key: str) -> bool:
    """A name of three letters or more, none of them with a case."""
    letters = [c for c in key if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() or c.isupper() for c in letters)


def _aligned_name_pairs(extractions, cand, keys, members, langs, sims, uf, opts) -> list[tuple[int, int]]:
    pos = {i: a for a, i in enumerate(cand)}
    node_at: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i in cand:
        for s in members[i]:
            node_at[s.article_id].append((s.start, s.end, i))
    out: list[tuple[int, int]] = []
    for ra, rb in _aligned_sentence_nodes(extractions, node_at, opts):
        roots_a = {uf.find(i) for i in ra}
        roots_b = {uf.find(i) for i in rb}
        only_a = [i for i in ra if uf.find(i) not in roots_b]
        only_b = [i for i in rb if uf.find(i) not in roots_a]
        if len({uf.find(i) for i in only_a}) == 1 and len({uf.find(i) for i in only_b}) == 1:
            a, b = pos[only_a[0]], pos[only_b[0]]
            if sims[a, b] >= opts.entity_aligned_sim:
                out.append((min(a, b), max(a, b)))
    return out


def _aligned_sentence_nodes(extractions, node_at: dict[str, list[tuple[int, int, int]]], opts):
    """For every two reports in different languages, each two of their sentences that are mutually
    most alike (at least ``opts.entity_sentence_align``): the name nodes inside the one and the other
    (``node_at``: article id -> (start, end, node) of each name). Sentence vectors are the enrichment's
    (the encoder's pinned or cached ones)."""
    lang_of = {x.article_id: next((s.attrs.get("lang", "en") for s in x.entities), None) for x in extractions}
    arts = [x for x in extractions if x.sentences and node_at.get(x.article_id)]
    from storyline.resources import embedder

    enc = embedder()
    vectors = {x.article_id: enc.encode([s.text for s in x.sentences]) for x in arts}
    for p, xa in enumerate(arts):
        for xb in arts[p + 1 :]:
            if lang_of.get(xa.article_id) == lang_of.get(xb.article_id):
                continue
            m = vectors[xa.article_id] @ vectors[xb.article_id].T
            for sa in range(m.shape[0]):
                sb = int(m[sa].argmax())
                if m[sa, sb] < opts.entity_sentence_align or int(m[:, sb].argmax()) != sa:
                    continue
                yield _nodes_in(node_at[xa.article_id], xa.sentences[sa]), _nodes_in(node_at[xb.article_id], xb.sentences[sb])


def _merge_aligned_people(extractions, keys, members, person, ambiguous, uf, opts) -> None:
    """A person named in Latin letters in one report and in another script in its translation,
    where the transliteration follows the sound, not the spelling ("Alan Baird" / "Алан Бэрд" /
    "アラン・ベアード"): their skeletons read less alike than ``entity_cross_script_match`` asks of
    two names with nothing else in common. Two aligned sentences of reports in different languages
    (mutually most alike, at least ``entity_sentence_align``) that each name exactly one person
    not already matched across them, in Latin letters on one side and another script on the other,
    name one person when the two read at least ``entity_aligned_cross_script_match`` alike."""
    people = [i for i in range(len(keys)) if person[i] and not ambiguous[i]]
    latin = {i for i in people if _script(keys[i]) == "Latin"}
    if not latin or len(latin) == len(people):
        return
    node_at: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i in people:
        for sp in members[i]:
            node_at[sp.article_id].append((sp.start, sp.end, i))
    for ra, rb in _aligned_sentence_nodes(extractions, node_at, opts):
        roots_a, roots_b = {uf.find(i) for i in ra}, {uf.find(i) for i in rb}
        only_a = {uf.find(i): i for i in ra if uf.find(i) not in roots_b}
        only_b = {uf.find(i): i for i in rb if uf.find(i) not in roots_a}
        if len(only_a) != 1 or len(only_b) != 1:
            continue
        i, j = next(iter(only_a.values())), next(iter(only_b.values()))
        if (i in latin) == (j in latin):
            continue
        lat, other = (i, j) if i in latin else (j, i)
        # The other script's name as written (its key folds kana voicing away).
        written = (members[other][0].attrs.get("canonical") or members[other][0].text) \
            if _script(keys[other]) == "Katakana" else keys[other]
        if cross_script_similarity(keys[lat], written) >= opts.entity_aligned_cross_script_match:
            uf.union(i, j)


def _nodes_in(spans: list[tuple[int, int, int]], sent: Span) -> list[int]:
    return [i for s, e, i in spans if sent.start <= s and e <= sent.end]


def _choose_name(spans: Iterable[Span], story_scripts: Counter[str] | None = None) -> str:
    """The fullest form: several words, in the script most of its mentions are written in (on a
    tie, the script most of the story's names are written in: ``story_scripts``), written most
    often, with its accents kept."""
    spans = list(spans)
    forms = Counter(s.attrs.get("canonical") or s.text for s in spans if s.attrs.get("via") not in ("title", "epithet"))
    if not forms:
        forms = Counter(s.attrs.get("canonical") or s.text for s in spans)
    # A name merged across scripts ("Марек Ж." in one report, "Marek Ż." in five) is named in the
    # script of most of its mentions, not in whichever one has letters beyond ASCII.
    scripts = Counter(_script(s.text) for s in spans)
    story = story_scripts or Counter()

    latin = {f: _romanised(name_key(f)) for f in forms}

    def inflected(f: str) -> bool:
        # "Krakowie" beside "Kraków": a case form of another form of the name, not its base.
        a = latin[f]
        return any(b and len(b) < len(a) and a.startswith(b) and len(a) - len(b) <= 2 for b in latin.values())

    def score(f: str) -> tuple:
        return (
            len(f.split()) >= 2 and not _acronym_form(f),
            not inflected(f),
            scripts[_script(f)],
            story[_script(f)],
            any(ord(c) > 127 and c.isalpha() for c in f),
            forms[f],
            any(c.islower() for c in f),
            len(f),
        )

    return max(forms, key=score)

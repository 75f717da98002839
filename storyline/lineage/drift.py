"""Drift: what a derived text changed in substance relative to its origin.

Run only on aligned sentence pairs whose wording differs (and on the derived text's
unaligned sentences for additions). Entity mentions are read from the article's parse, made
once by the enrichment; nothing here parses a sentence.
Wording changes that keep the facts (synonyms, reordering, "Zelensky"/"Zelenskyy") are not
drift: names are compared accent- and case-folded with rapidfuzz, numbers by value.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Set as AbstractSet
from functools import lru_cache

from rapidfuzz import fuzz

from storyline import lang
from storyline.countries import countries
from storyline.model import Drift
from storyline.options import LineageOptions
from storyline.text import fold, words

_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_NUMBER_WORDS = {
    # English and Spanish small numbers, so "two" and "2" are the same fact.
    # "one" is left out: "one of", "no one", "every one" are not counts.
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "veinte": 20, "cien": 100, "cincuenta": 50,
}
_WEEKDAYS_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}
# Offices and titles; synonyms share a canonical name so "spokesman"->"spokesperson" is not drift.
_TITLES = {
    "president": "president", "vice": "vice", "minister": "minister", "secretary": "secretary",
    "governor": "governor", "senator": "senator", "mayor": "mayor", "chancellor": "chancellor",
    "ambassador": "ambassador", "general": "general", "colonel": "colonel", "captain": "captain",
    "commander": "commander", "chief": "chief", "director": "director", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesperson": "spokesperson", "ceo": "ceo", "chairman": "chair",
    "chairwoman": "chair", "chair": "chair", "judge": "judge", "prosecutor": "prosecutor",
    "sheriff": "sheriff", "deputy": "deputy", "prime": "prime", "premier": "premier", "king": "king",
    "queen": "queen", "prince": "prince", "senior": "senior", "official": "official", "officer": "officer",
    "lawyer": "lawyer", "attorney": "lawyer", "coach": "coach", "manager": "manager", "founder": "founder",
}
_HEDGE = re.compile(
    r"\b(may|might|could|reportedly|allegedly|possibly|probably|likely|apparently|suspected|"
    r"purportedly|presumably|perhaps|unconfirmed|rumou?red|believed to|thought to|expected to|anticipated to|"
    r"appears? to|appeared to|seems? to|seemed to|(?:is|are|was|were) (?:said|stated|reported|understood) to|"
    r"according to unconfirmed|unverified)\b",
    re.IGNORECASE,
)
# "May 7", "7 May": the month, not the hedge.
_MONTH_MAY = re.compile(r"\bMay\s+\d{1,2}\b|\b\d{1,2}\s+May\b")
_SPEECH = re.compile(
    r"\b(said|says|told|tells|stated|announced|added|claimed|warned|insisted|confirmed|denied|"
    r"according to|declared|wrote|tweeted|explained|argued|noted)\b",
    re.IGNORECASE,
)
# Runs of capitalised words not at the start of the sentence: names NER may miss.
_CAPS = re.compile(r"(?<=[^\s\"“‘(\[])\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|de|del|van|von|al|bin))*)")
_TIME_ZONES = {"GMT", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "IST", "JST", "AEST"}
_ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
_LABEL_NAMES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}


# Clock times in their usual spellings ("4:17 a.m.", "01:17 GMT", "0117 GMT", "16h30"), so a
# translation that writes the time another way is not read as changed numbers.
_TIME = re.compile(
    r"(?<![\w.,:])(\d{1,2})(?::|h(?=\d\d))(\d{2})(?![\d,]|\.\d)|(?<![\w.,:])(\d{2})(\d{2})(?=\s*(?:GMT|UTC|CET|EST|EDT|BST|hrs?\b|horas\b))"
)
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember"
)
# The day of a month ("March 3", "3 de marzo", "3. März"): the date, which datelines drop or
# restate; changed dates are reported by the date checks, not as changed counts.
_DAY_OF_MONTH = re.compile(
    rf"(?<![\w.,])(?:(?:{_MONTHS})\.?\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(?:{_MONTHS})\b)",
    re.IGNORECASE,
)


DAY = "day:"


def _facts(values: list[str]) -> list[str]:
    """Values to show as new or lost facts: a dateline's day alone is not one."""
    return [v for v in values if not v.startswith(DAY)]


@lru_cache(maxsize=None)
def _number_words(language: str | None = None) -> dict[str, int]:
    """The table above plus the number words of the text's own language
    (``storyline/lang/<code>/numbers.py``): another language's words are ordinary words here
    (Turkish "on" is 10, Spanish "once" 11, Italian "due" 2). Words for 0 and 1 are left out
    ("un", "une", "een" are mostly articles)."""
    out = dict(_NUMBER_WORDS)
    if not language:
        return out
    for word, value in lang.values("numbers", "NUMBER_WORDS", [language]):
        w = fold(word)
        if isinstance(value, int) and value >= 2 and w not in _not_number_words() and w not in out:
            out[w] = value
    return out


@lru_cache(maxsize=1)
def _dot_clock() -> re.Pattern[str]:
    """Clock times written with a dot before an o'clock word ("4.12 Uhr", "16.30 uur")."""
    clock = "|".join(re.escape(w) for w in lang.values("lineage", "CLOCK_WORDS")) or r"(?!x)x"
    return re.compile(rf"(?<![\w.,:])(\d{{1,2}})\.(\d{{2}})(?=\s*(?:{clock}))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_number_words() -> frozenset[str]:
    """Number words never read as a figure alone ("pour cent", "deux cents", "die Elf"): lang/<code>/lineage.py
    NOT_NUMBER_WORDS of every language, folded."""
    return lang.words("lineage", "NOT_NUMBER_WORDS", folded=True)


# Thousands written with spaces ("200 000", "1 200 000", narrow no-break spaces too).
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f\u2009]\d{3})+)(?![\d])")


def numbers(text: str, language: str | None = None) -> Counter[str]:
    """Numbers in ``text`` by value ("1,200" == "1200"; "5,7" == "5.7"; "two" == "2").

    Clock times count as one value ("0117 GMT" == "01:17" -> "1:17"); the day of a month
    counts as ``DAY`` + day in any language ("March 3" == "3 de marzo" -> "day:3").
    """
    # A fresh Counter each call: callers subtract and may change it; the reading is memoised
    # because one sentence is compared with each of its copies' sentences.
    return Counter(dict(_numbers(text, language)))


@lru_cache(maxsize=16384)
def _numbers(text: str, language: str | None) -> tuple[tuple[str, int], ...]:
    out: Counter[str] = Counter()
    skip: list[tuple[int, int]] = []
    # "200 000" -> "200000" (the counts are by value; no offsets are kept here).
    text = _SPACED_THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)
    for m in [*_TIME.finditer(text), *_dot_clock().finditer(text)]:
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(h) < 24 and int(mi) < 60:
            out[f"{int(h)}:{mi}"] += 1
            skip.append(m.span())
    for m in _DAY_OF_MONTH.finditer(text):
        g = 1 if m.group(1) else 2
        out[DAY + str(int(m.group(g)))] += 1
        skip.append(m.span(g))
    for m in re.finditer(r"(?<![\w])\d+(?:[.,]\d+)*", text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        out[norm_number(m.group(0))] += 1
    table = _number_words(language if language in lang.LANGUAGES else None)
    for w in words(text):
        if w in table:
            out[str(table[w])] += 1
    return tuple(out.items())


# Readings of one sentence that every comparison with it repeats, memoised like ``numbers``: a
# sentence of a family of copies is compared with its counterpart in each other copy. Each is a
# pure function of the sentence; the sets are frozen and the counts come back as fresh Counters,
# so no caller can change what the next one reads.
@lru_cache(maxsize=16384)
def _hedges(text: str) -> tuple[tuple[str, int], ...]:
    # "May 7" is the month, not the hedge: taken out first.
    return tuple(Counter(h.lower() for h in _HEDGE.findall(_MONTH_MAY.sub(" ", text))).items())


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=16384)
def _capitalised(text: str) -> frozenset[str]:
    return frozenset(fold(t) for t in re.findall(r"\b[A-Z][\w'’-]+", text))


# Digits of every script read as ASCII ones, and the Arabic decimal and group separators as "." and
# ",": "٣٫٥٨" and "3.58" are one figure.
_DIGITS = {c: str(unicodedata.digit(chr(c))) for c in range(0x660, 0x10000)
           if chr(c).isdigit() and unicodedata.category(chr(c)) == "Nd" and not chr(c).isascii()}
_DIGITS.update({0x066B: ".", 0x066C: ","})


def norm_number(raw: str) -> str:
    raw = raw.translate(_DIGITS).rstrip(".,")
    if _THOUSANDS.match(raw):
        return raw.replace(",", "").replace(".", "")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    if "." in raw:
        raw = raw.rstrip("0").rstrip(".") or "0"
    return raw.lstrip("0") or "0"


def _name_present(name: str, other_fold: str, other_words: AbstractSet[str], opts: LineageOptions = LineageOptions()) -> bool:
    """Whether a name (folded) occurs in the other sentence, tolerating spelling variants
    (``opts.name_spelling_ratio``, ``opts.name_token_ratio``, ``opts.name_token_length_gap``)."""
    toks = [t for t in words(name) if len(t) > 2]
    if not toks:
        return True
    if all(t in other_words for t in toks):
        return True
    # "Sergei Lavrov" where the other sentence says "Lavrov": the same person, surname only.
    if len(toks) >= 2 and toks[-1] in other_words:
        return True
    # "Zelensky" ~ "Zelenskyy", "Al-Assad" ~ "al Assad": fuzzy on the whole name, then per token.
    if fuzz.partial_ratio(fold(name), other_fold) >= opts.name_spelling_ratio:
        return True
    return all(any(fuzz.ratio(t, w) >= opts.name_token_ratio for w in other_words
                   if abs(len(w) - len(t)) <= opts.name_token_length_gap) for t in toks)


Mentions = list[tuple[str, str, int]]  # (text, label, start in the sentence)


class DriftChecker:
    """Compares aligned sentences.

    The entity mentions of a sentence come from the caller (``mentions`` of
    :meth:`sentence_drift`: the article's parse, read only when the names of two sentences
    differ), or else from ``ner``, a function from a sentence to its mentions.
    """

    def __init__(self, ner: Callable[[str], Mentions] | None = None, opts: LineageOptions = LineageOptions()) -> None:
        self._ner = ner
        self._opts = opts

    def names(self, sentence: str, mentions: Callable[[], Mentions] | None = None) -> Mentions:
        """Entity mentions: the parser's plus capitalised runs it missed (labelled by overlap or '')."""
        if mentions is not None:
            given = mentions()
        elif self._ner is not None:
            given = self._ner(sentence)
        else:
            raise ValueError("DriftChecker needs the sentence's mentions or a ner function")
        found = [(t, label, s) for t, label, s in given
                 if label in _ENT_LABELS and t.upper() not in _TIME_ZONES]
        covered = [(s, s + len(t)) for t, _, s in found]
        for m in _CAPS.finditer(sentence):
            s, e = m.start(1), m.end(1)
            text = m.group(1).rstrip(".")
            if fold(text) in _TITLES or fold(text) in _WEEKDAYS_MONTHS or text.upper() in _TIME_ZONES:
                continue
            if not any(a < e and s < b for a, b in covered):
                found.append((text, "", s))
        return found

    def sentence_drift(self, origin: str, derived: str, same_language: bool = True,
                       origin_context: tuple[str, set[str]] | None = None,
                       languages: tuple[str | None, str | None] = (None, None),
                       mentions: tuple[Callable[[], Mentions], Callable[[], Mentions]] | None = None,
                       sentence_words: tuple[AbstractSet[str], AbstractSet[str]] | None = None,
                       ) -> list[Drift]:
        """Changes from ``origin`` to ``derived``; ``origin_context`` is the folded text and the
        words of the whole origin article, so a name it gives elsewhere is not "added";
        ``mentions`` give each sentence's entity mentions when asked (else ``ner`` is run);
        ``sentence_words``: the two sentences' word sets (``text.words``), when the caller holds them."""
        out: list[Drift] = []
        on, dn = numbers(origin, languages[0]), numbers(derived, languages[1])
        removed, added = list((on - dn).elements()), list((dn - on).elements())
        # A day that changed is drift; a day only one side gives is a dateline kept or dropped.
        if not any(v.startswith(DAY) for v in removed) or not any(v.startswith(DAY) for v in added):
            removed, added = _facts(removed), _facts(added)
        removed = [v.removeprefix(DAY) for v in removed]
        added = [v.removeprefix(DAY) for v in added]
        if removed and added:
            out.append(Drift(origin, derived, f"number changed: {', '.join(removed)} -> {', '.join(added)}",
                             "number"))
        elif added:
            out.append(Drift(origin, derived, f"number added: {', '.join(added)}", "number"))
        out.extend(_country_drift(origin, derived, origin_context))
        if not same_language:
            return out
        ow, dw = sentence_words or (frozenset(words(origin)), frozenset(words(derived)))
        od, dd = sorted(ow & _WEEKDAYS_MONTHS), sorted(dw & _WEEKDAYS_MONTHS)
        if set(od) != set(dd) and set(od) - set(dd) and set(dd) - set(od):
            out.append(Drift(origin, derived,
                             f"date changed: {', '.join(sorted(set(od) - set(dd)))} -> "
                             f"{', '.join(sorted(set(dd) - set(od)))}", "date"))
        ot, dt = {_TITLES[w] for w in ow if w in _TITLES}, {_TITLES[w] for w in dw if w in _TITLES}
        if ot - dt and dt - ot:
            out.append(Drift(origin, derived,
                             f"title changed: {', '.join(sorted(ot - dt))} -> {', '.join(sorted(dt - ot))}",
                             "title"))
        oh, dh = Counter(dict(_hedges(origin))), Counter(dict(_hedges(derived)))
        lost = oh - dh
        # A hedge dropped without another taking its place: the claim is now stated as certain.
        if lost and sum(dh.values()) < sum(oh.values()):
            out.append(Drift(origin, derived, f"hedge removed: '{next(iter(lost))}' stated as certain", "hedge"))
        out.extend(self._entity_drift(origin, derived, ow, dw, origin_context, mentions))
        return out

    def _entity_drift(self, origin: str, derived: str, ow: AbstractSet[str], dw: AbstractSet[str],
                      origin_context: tuple[str, set[str]] | None = None,
                      mentions: tuple[Callable[[], Mentions], Callable[[], Mentions]] | None = None) -> list[Drift]:
        of, df = _folded(origin), _folded(derived)
        # Cheap gate: only when capitalised words differ can a name have been swapped.
        o_caps, d_caps = _capitalised(origin), _capitalised(derived)
        if not any(not _name_present(t, of, ow, self._opts) for t in d_caps - o_caps):
            return []
        o_names = self.names(origin, mentions[0] if mentions else None)
        d_names = self.names(derived, mentions[1] if mentions else None)
        missing = [(t, lab, s) for t, lab, s in o_names if not _name_present(t, df, dw, self._opts)]
        new = [(t, lab, s) for t, lab, s in d_names if not _name_present(t, of, ow, self._opts)]
        out: list[Drift] = []
        used: set[int] = set()
        paired: dict[int, int] = {}
        # A swap keeps the kind of name: a person for a person. Same-label pairs are made
        # first, so "Aydin said" -> "said AFAD chief Selim Oran" pairs Aydin with Oran, not
        # with AFAD. Names NER did not label ("") pair with anything left.
        # First of all, the speaker of a statement for the speaker (NER often labels a bare
        # surname such as "Aydin" as a place), preferring a person as the new speaker.
        o_speaker = [_is_speaker(origin, st, t) for t, _, st in missing]
        d_speaker = [_is_speaker(derived, st, t) for t, _, st in new]
        by_person = sorted(range(len(new)), key=lambda n: new[n][1] != "PERSON")
        for rule in ("speaker", "label", "unlabelled"):
            for n in by_person if rule == "speaker" else range(len(new)):
                lab_new = new[n][1]
                if n in paired:
                    continue
                for k, (_, lab_old, _) in enumerate(missing):
                    if k in used:
                        continue
                    if rule == "speaker":
                        ok = o_speaker[k] and d_speaker[n] and "PERSON" in (lab_old, lab_new)
                    elif rule == "label":
                        ok = lab_old == lab_new
                    else:
                        ok = not lab_old or not lab_new
                    if ok:
                        paired[n] = k
                        used.add(k)
                        break
        for n, (t_new, lab_new, s_new) in enumerate(new):
            k = paired.get(n)
            if k is None:
                # A name the origin article gives elsewhere is not new to the reader.
                if lab_new in ("PERSON", "ORG") and not (
                        origin_context and _name_present(t_new, origin_context[0], origin_context[1], self._opts)):
                    out.append(Drift(origin, derived, f"{_LABEL_NAMES[lab_new]} added: {t_new}", "entity"))
                continue
            t_old, lab_old, s_old = missing[k]
            label = lab_old or lab_new
            if _is_speaker(origin, s_old, t_old) and _is_speaker(derived, s_new, t_new):
                out.append(Drift(origin, derived, f"speaker changed: {t_old} -> {t_new}", "speaker"))
            else:
                what = _LABEL_NAMES.get(label, "name")
                out.append(Drift(origin, derived, f"{what} changed: {t_old} -> {t_new}", "entity"))
        return out

    def addition(self, sentence: str, origin_fold: str, origin_words: set[str],
                 origin_numbers: Counter[str], language: str | None = None) -> Drift | None:
        """A derived sentence with no counterpart in the origin that brings new facts."""
        new_nums = _facts([n for n in numbers(sentence, language) if n not in origin_numbers])
        new_names = [t for t, _, _ in self._caps_only(sentence) if not _name_present(t, origin_fold, origin_words, self._opts)]
        if not new_nums and not new_names:
            return None
        facts = ", ".join((new_names + new_nums)[:4])
        return Drift("", sentence, f"claim not in origin (new: {facts})", "addition")

    def removal(self, sentence: str, derived_fold: str, derived_words: set[str],
                derived_numbers: Counter[str], language: str | None = None) -> Drift | None:
        """An origin sentence the copy left out whose names or numbers the copy never gives."""
        lost = self.addition(sentence, derived_fold, derived_words, derived_numbers, language)
        if lost is None:
            return None
        return Drift(sentence, "", lost.note.replace("claim not in origin (new:", "claim removed (lost:"), "removal")

    @staticmethod
    def _caps_only(sentence: str) -> list[tuple[str, str, int]]:
        return [(m.group(1).rstrip("."), "", m.start(1)) for m in _CAPS.finditer(sentence)
                if fold(m.group(1).rstrip(".")) not in _TITLES]


def _country_drift(origin: str, derived: str, origin_context: tuple[str, set[str]] | None) -> list[Drift]:
    """A country the derived sentence names that the origin article never names, where the origin
    sentence named another country or called the story's country by an epithet ("the Gulf
    state's ministry" -> "Oman's ministry"): the issuer or the place changed. Country names are
    compared as territories, so "Katar" in a German translation is Qatar."""
    d_codes = countries(derived)
    if not d_codes:
        return []
    o_codes = countries(origin)
    article_codes = countries(origin_context[0]) if origin_context else o_codes
    new = [c for c in dict.fromkeys(d_codes) if c not in article_codes and c not in o_codes]
    if not new:
        return []
    from babel import Locale

    name = Locale.parse("en").territories
    if o_codes:
        was = ", ".join(name.get(c, c) for c in dict.fromkeys(o_codes) if c not in d_codes) or None
    elif article_codes:
        # The origin sentence names no country: it speaks of the story's own (its most named one).
        main = Counter(article_codes).most_common(1)[0][0]
        was = f"{name.get(main, main)} (named by an epithet in the origin)"
    else:
        was = None
    if was is None:
        return []
    now = ", ".join(name.get(c, c) for c in new)
    return [Drift(origin, derived, f"country changed: {was} -> {now}", "entity")]


def _is_speaker(sentence: str, start: int, name: str) -> bool:
    """A name within a few words of a speech verb ("X said", "said X", "according to X")."""
    window = sentence[max(0, start - 40) : start + len(name) + 40]
    return bool(_SPEECH.search(window))

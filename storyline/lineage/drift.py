"""Drift: what a derived text changed in substance relative to its origin.

Run only on aligned sentence pairs whose wording differs (and on the derived text's
unaligned sentences for additions), so spaCy sees a handful of sentences per edge.
Wording changes that keep the facts (synonyms, reordering, "Zelensky"/"Zelenskyy") are not
drift: names are compared accent- and case-folded with rapidfuzz, numbers by value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from rapidfuzz import fuzz

from storyline.model import Drift
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
_SPEECH = re.compile(
    r"\b(said|says|told|tells|stated|announced|added|claimed|warned|insisted|confirmed|denied|"
    r"according to|declared|wrote|tweeted|explained|argued|noted)\b",
    re.IGNORECASE,
)
# Runs of capitalised words not at the start of the sentence: names NER may miss.
_CAPS = re.compile(r"(?<=[^\s\"“‘(\[])\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|de|del|van|von|al|bin))*)")
_ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
_LABEL_NAMES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}


def numbers(text: str) -> Counter[str]:
    """Numbers in ``text`` by value ("1,200" == "1200"; "5,7" == "5.7"; "two" == "2")."""
    out: Counter[str] = Counter()
    for m in re.finditer(r"(?<![\w])\d+(?:[.,]\d+)*", text):
        out[_norm_number(m.group(0))] += 1
    for w in words(text):
        if w in _NUMBER_WORDS:
            out[str(_NUMBER_WORDS[w])] += 1
    return out


def _norm_number(raw: str) -> str:
    raw = raw.rstrip(".,")
    if _THOUSANDS.match(raw):
        return raw.replace(",", "").replace(".", "")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    if "." in raw:
        raw = raw.rstrip("0").rstrip(".") or "0"
    return raw.lstrip("0") or "0"


def _name_present(name: str, other_fold: str, other_words: set[str]) -> bool:
    """Whether a name (folded) occurs in the other sentence, tolerating spelling variants."""
    toks = [t for t in words(name) if len(t) > 2]
    if not toks:
        return True
    if all(t in other_words for t in toks):
        return True
    # "Zelensky" ~ "Zelenskyy", "Al-Assad" ~ "al Assad": fuzzy on the whole name, then per token.
    if fuzz.partial_ratio(fold(name), other_fold) >= 90:
        return True
    return all(any(fuzz.ratio(t, w) >= 85 for w in other_words if abs(len(w) - len(t)) <= 3) for t in toks)


class DriftChecker:
    """Compares aligned sentences; ``ner`` maps a sentence to [(text, label, start)] (cached)."""

    def __init__(self, ner: Callable[[str], list[tuple[str, str, int]]]) -> None:
        self._ner = ner

    def names(self, sentence: str) -> list[tuple[str, str, int]]:
        """Entity mentions: spaCy's plus capitalised runs it missed (labelled by overlap or '')."""
        found = [(t, label, s) for t, label, s in self._ner(sentence) if label in _ENT_LABELS]
        covered = [(s, s + len(t)) for t, _, s in found]
        for m in _CAPS.finditer(sentence):
            s, e = m.start(1), m.end(1)
            text = m.group(1).rstrip(".")
            if fold(text) in _TITLES or fold(text) in _WEEKDAYS_MONTHS:
                continue
            if not any(a < e and s < b for a, b in covered):
                found.append((text, "", s))
        return found

    def sentence_drift(self, origin: str, derived: str, same_language: bool = True) -> list[Drift]:
        out: list[Drift] = []
        on, dn = numbers(origin), numbers(derived)
        removed, added = list((on - dn).elements()), list((dn - on).elements())
        if removed and added:
            out.append(Drift(origin, derived, f"number changed: {', '.join(removed)} -> {', '.join(added)}",
                             "number"))
        elif added:
            out.append(Drift(origin, derived, f"number added: {', '.join(added)}", "number"))
        if not same_language:
            return out
        ow, dw = set(words(origin)), set(words(derived))
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
        oh = Counter(h.lower() for h in _HEDGE.findall(origin))
        dh = Counter(h.lower() for h in _HEDGE.findall(derived))
        lost = oh - dh
        # A hedge dropped without another taking its place: the claim is now stated as certain.
        if lost and sum(dh.values()) < sum(oh.values()):
            out.append(Drift(origin, derived, f"hedge removed: '{next(iter(lost))}' stated as certain", "hedge"))
        out.extend(self._entity_drift(origin, derived, ow, dw))
        return out

    def _entity_drift(self, origin: str, derived: str, ow: set[str], dw: set[str]) -> list[Drift]:
        of, df = fold(origin), fold(derived)
        # Cheap gate: only when capitalised words differ can a name have been swapped.
        o_caps = {fold(t) for t in re.findall(r"\b[A-Z][\w'’-]+", origin)}
        d_caps = {fold(t) for t in re.findall(r"\b[A-Z][\w'’-]+", derived)}
        if not any(not _name_present(t, of, ow) for t in d_caps - o_caps):
            return []
        o_names = self.names(origin)
        d_names = self.names(derived)
        missing = [(t, lab, s) for t, lab, s in o_names if not _name_present(t, df, dw)]
        new = [(t, lab, s) for t, lab, s in d_names if not _name_present(t, of, ow)]
        out: list[Drift] = []
        used: set[int] = set()
        for t_new, lab_new, s_new in new:
            # Pair with a missing name of the same type if there is one, else any missing one.
            pick = None
            for k, (t_old, lab_old, _) in enumerate(missing):
                if k in used:
                    continue
                if pick is None or (lab_old and lab_old == lab_new):
                    pick = k
                    if lab_old == lab_new:
                        break
            label = lab_new or (missing[pick][1] if pick is not None else "")
            if pick is None:
                if label in ("PERSON", "ORG"):
                    out.append(Drift(origin, derived, f"{_LABEL_NAMES[label]} added: {t_new}", "entity"))
                continue
            used.add(pick)
            t_old, lab_old, s_old = missing[pick]
            label = lab_old or lab_new
            if _is_speaker(origin, s_old, t_old) and _is_speaker(derived, s_new, t_new):
                out.append(Drift(origin, derived, f"speaker changed: {t_old} -> {t_new}", "speaker"))
            else:
                what = _LABEL_NAMES.get(label, "name")
                out.append(Drift(origin, derived, f"{what} changed: {t_old} -> {t_new}", "entity"))
        return out

    def addition(self, sentence: str, origin_fold: str, origin_words: set[str],
                 origin_numbers: Counter[str]) -> Drift | None:
        """A derived sentence with no counterpart in the origin that brings new facts."""
        new_nums = [n for n in numbers(sentence) if n not in origin_numbers]
        new_names = [t for t, _, _ in self._caps_only(sentence) if not _name_present(t, origin_fold, origin_words)]
        if not new_nums and not new_names:
            return None
        facts = ", ".join((new_names + new_nums)[:4])
        return Drift("", sentence, f"claim not in origin (new: {facts})", "addition")

    @staticmethod
    def _caps_only(sentence: str) -> list[tuple[str, str, int]]:
        return [(m.group(1).rstrip("."), "", m.start(1)) for m in _CAPS.finditer(sentence)
                if fold(m.group(1).rstrip(".")) not in _TITLES]


def _is_speaker(sentence: str, start: int, name: str) -> bool:
    """A name within a few words of a speech verb ("X said", "said X", "according to X")."""
    window = sentence[max(0, start - 40) : start + len(name) + 40]
    return bool(_SPEECH.search(window))

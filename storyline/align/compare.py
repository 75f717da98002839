"""Pairwise judgements between two claim units: same fact, or same subject with another value.

Embedding similarity says two sentences are about the same thing; it does not say they
agree. These checks look at what sits beside the numbers, dates and negations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storyline import lang
from storyline.align.units import NumberFact, Unit
from storyline.options import ClaimOptions
from storyline.text import fold, words


@dataclass(slots=True)
class Disagreement:
    kind: str  # number, date, negation
    about: str
    values: tuple[str, str]
    key: str = ""  # what is disputed, for merging pairs into one conflict (e.g. "people|kill")


def _same_quantity(a: NumberFact, b: NumberFact) -> bool:
    if a.noun is None or b.noun is None or a.noun != b.noun:
        return False
    return a.verb is None or b.verb is None or a.verb == b.verb


# "at least 57", "more than 400": a floor. "under 10", "up to 300": a ceiling. A figure's hedge word
# comes from its own language's HEDGES, so every language's floor and ceiling words are read, as
# written and folded (the hedge of a non-English figure is a folded word: storyline.text.words).
@lru_cache(maxsize=1)
def _bounds() -> tuple[frozenset[str], frozenset[str]]:
    def both(name: str) -> frozenset[str]:
        ws = lang.values("numbers", name)
        return frozenset(ws) | frozenset(fold(w) for w in ws)

    return both("FLOOR_HEDGES"), both("CEILING_HEDGES")


def _bound(n: NumberFact) -> str | None:
    floor, ceiling = _bounds()
    if n.hedge in floor:
        return "floor"
    if n.hedge in ceiling:
        return "ceiling"
    return None


def values_agree(a: NumberFact, b: NumberFact, opts: ClaimOptions = ClaimOptions()) -> bool:
    if a.value == b.value:
        return True
    big, small = max(a.value, b.value), min(a.value, b.value)
    ba, bb = _bound(a), _bound(b)
    if a.approx and b.approx and ba == bb == "floor":
        # Two tallies ("at least 57 killed" / "at least 61 killed") are how tolls are
        # reported: each source's own count. Different counts are the disagreement users
        # need to see, even though both floors could hold.
        return False
    if a.approx != b.approx and {ba, bb} & {"floor", "ceiling"}:
        bound, exact = (a, b) if a.approx else (b, a)
        if _bound(bound) == "floor":
            return exact.value >= bound.value
        return exact.value <= bound.value
    if a.approx or b.approx:
        # "about 12" and "15" can both be right; call it a disagreement only when far apart.
        return small > 0 and big / small < opts.approx_ratio
    return False


def number_disagreement(a: Unit, b: Unit, opts: ClaimOptions = ClaimOptions()) -> Disagreement | None:
    """Numbers counting the same thing (same noun and verb) with values that cannot both hold."""
    for na in a.numbers:
        peers = [nb for nb in b.numbers if _same_quantity(na, nb)]
        if not peers or any(values_agree(na, nb, opts) for nb in peers):
            continue
        # Two values for one quantity inside one sentence ("rose from 12 to 15"): not comparable.
        if any(_same_quantity(na, other) and other is not na for other in a.numbers):
            continue
        if len(peers) > 1:
            continue
        nb = peers[0]
        form = na.verb_form or nb.verb_form
        about = f"the number of {na.noun}" + (f" {form}" if form else (f" ({na.verb})" if na.verb else ""))
        return Disagreement("number", about, (na.raw, nb.raw), f"{na.noun}|{na.verb or nb.verb}")
    return None


_DIGIT_RUN = re.compile(r"\d+(?:[.,:]\d+)*")


@lru_cache(maxsize=1 << 16)
def _digit_runs(text: str) -> tuple[str, ...]:
    # Read per pair of units: a story of copies compares one text with many, thousands of times.
    return tuple(_DIGIT_RUN.findall(text))


def figure_disagreement(a: Unit, b: Unit) -> Disagreement | None:
    """The same sentence with a different figure: "killed 12" edited to "killed 15".

    Catches figures the quantity check cannot name (no counted noun: "at 9:25", "in
    2008"): with every digit run masked the two sentences are word-for-word the same, yet
    the figures differ.
    """
    fa, fb = _digit_runs(a.text), _digit_runs(b.text)
    if not fa or len(fa) != len(fb) or fa == fb:
        return None
    ma, mb = _DIGIT_RUN.sub("0", a.text), _DIGIT_RUN.sub("0", b.text)
    if words(ma) != words(mb):
        return None
    k = next(i for i, (x, y) in enumerate(zip(fa, fb)) if x != y)
    m = list(_DIGIT_RUN.finditer(a.text))[k]
    before = words(a.text[: m.start()])[-3:]
    after = words(a.text[m.end() :])[:2]
    context = " ".join(before + ["\u2026"] + after)
    return Disagreement("number", f"the figure in \u201c{context}\u201d", (fa[k], fb[k]), " ".join(words(ma)))


def date_disagreement(a: Unit, b: Unit) -> Disagreement | None:
    """Both give an absolute date of the same granularity for the same event verb, and they differ."""
    if not a.dates or not b.dates or (a.verb and b.verb and a.verb != b.verb):
        return None
    for va, ga in a.dates:
        same_gran = [vb for vb, gb in b.dates if gb == ga and len(vb) == len(va)]
        if same_gran and va not in same_gran and len(a.dates) == 1 and len(b.dates) == 1:
            return Disagreement("date", "the date" + (f" ({a.verb})" if a.verb else ""), (va, same_gran[0]), a.verb or "")
    return None


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# Word tables of lang/<code>/claims.py. Units of every language are compared, so every language's
# auxiliaries are left out; the stem endings are English ones (a unit knows only whether it is
# English, and other languages' endings would cut English words).
@lru_cache(maxsize=1)
def _stem_suffixes() -> tuple[str, ...]:
    return tuple(lang.values("claims", "STEM_SUFFIXES", ["en"]))


def _stem(w: str, min_chars: int = ClaimOptions().stem_min_chars) -> str:
    for suffix in _stem_suffixes():
        if w.endswith(suffix) and len(w) - len(suffix) >= min_chars:
            return w[: -len(suffix)]
    return w


def is_denial(a: Unit, b: Unit, opts: ClaimOptions = ClaimOptions()) -> bool:
    """One sentence is the other's denial: the same words but the negation ("convicted" / "did not
    convict"). Sentences that differ in more than that ("was not one person, but probably a
    combination" / "was probably a combination") say different things, not opposite ones: at most
    ``opts.negation_max_diff`` other words may differ."""
    from storyline.align.units import negation_words

    skip = negation_words() | lang.words("claims", "AUXILIARIES")
    sa = {_stem(w, opts.stem_min_chars) for w in a.content if w not in skip}
    sb = {_stem(w, opts.stem_min_chars) for w in b.content if w not in skip}
    return a.negated != b.negated and len(sa ^ sb) <= opts.negation_max_diff


def negation_disagreement(a: Unit, b: Unit, similarity: float, strong: float,
                          opts: ClaimOptions = ClaimOptions()) -> Disagreement | None:
    """One states what the other denies: near-identical wording (``opts.negation_overlap``), opposite polarity."""
    if a.negated == b.negated or similarity < strong or jaccard(a.content, b.content) < opts.negation_overlap:
        return None

    pos, neg = (a, b) if b.negated else (b, a)
    about = "whether " + (pos.text if len(pos.text) <= 120 else pos.text[:117] + "...")
    return Disagreement("negation", about, ("yes", "no"), " ".join(sorted(neg.content)))


def entities_clash(a: Unit, b: Unit, similarity: float, opts: ClaimOptions = ClaimOptions()) -> bool:
    """Both name entities and share none: likely two different events of one kind (unless they
    read as one sentence, ``opts.clash_exempt``)."""
    if not a.entities or not b.entities or similarity >= opts.clash_exempt:
        return False
    return not (a.entities & b.entities)

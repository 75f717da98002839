"""Which article of a lineage pair is the origin, from evidence, with a confidence.

Each cue adds log-odds for "a is the origin" (negative: b is). Without cues the direction is
"unknown" with confidence 0.5, never a guess dressed as a finding.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.lineage.align import Alignment
from storyline.lineage.prepare import Prepared
from storyline.text import fold

# Marks that a text was revised after first publication.
_UPDATE = re.compile(
    r"(\bUPDATE[SD]?\b|\b[Uu]pdated\b|\bthis (?:story|article|report) has been (?:updated|corrected)\b|"
    r"\b[Ee]ditor'?s note\b|\b[Cc]orrection:|\bUPDATE \d|\badds? (?:quotes?|comment|details|background)\b|"
    r"\bhas since\b|\blater (?:said|confirmed|told|added)\b|\b[Aa]dditional reporting\b)"
)
# Crediting another outlet: the crediting text is the derived one.
_CREDIT = re.compile(
    r"(\baccording to (?:the )?(?:Reuters|AP|AFP|Associated Press|Agence France|Bloomberg|BBC|CNN|"
    r"[A-Z][\w.]+ (?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian))|"
    r"\b(?:Reuters|AP|AFP|the Associated Press|Bloomberg|[A-Z][\w.]+ (?:News|Times|Post)) (?:reported|reports)\b|"
    r"\b(?:first|originally) (?:reported|published|appeared)\b|\breported by\b|\bcontributed to this report\b|"
    r"\bSource:\s|\bvia (?:Reuters|AP|AFP|Bloomberg)\b|\bthe report (?:said|says)\b|\bcited by\b)"
)
# A wire dateline such as "LONDON (Reuters) -": the wire's own copy.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\((?:Reuters|AP|AFP|Bloomberg|dpa|EFE)\)\s*[-–—]", re.M)
_WIRE_LANGS = ("en",)
_QUOTE = re.compile(r"[\"“”«»]")


@dataclass(slots=True)
class Direction:
    a_is_origin: bool
    known: bool
    confidence: float
    evidence: list[str]


def _extra(p: Prepared, aligned: set[int]) -> list[str]:
    return [s for k, s in enumerate(p.sentences) if k not in aligned]


def _derived_cue(cue_a: str | None, cue_b: str | None, weight: float, ida: str, idb: str,
                 template: str, ev: list[str], quote: bool = False) -> float:
    """Score for a cue marking the text that has it as the derived one, when only one has it."""
    if bool(cue_a) == bool(cue_b):
        return 0.0
    who, what = (ida, cue_a) if cue_a else (idb, cue_b)
    assert what is not None
    ev.append(template.format(id=who, what=repr(what[:120]) if quote else what))
    return -weight if cue_a else weight


def decide(
    a: Prepared,
    b: Prepared,
    al: Alignment,
    kind: str,
    elsewhere: Callable[[list[str], list[str], set[str]], str | None] | None = None,
    min_margin: float = 0.4,
) -> Direction:
    """Decide the direction of an edge between ``a`` and ``b`` (alignment from a's side).

    ``elsewhere(extra_keys, shared_keys, exclude_ids)`` names a third article that prints one of
    the extra sentences verbatim but none of the shared ones, if any: a text whose extra
    material comes from an unrelated third article is a compilation, hence derived. (A third
    article printing the shared text too is just another reprint and proves nothing.)
    """
    score = 0.0
    ev: list[str] = []
    ida, idb = a.article.id, b.article.id
    pa, pb = a.article.published, b.article.published
    if pa and pb and pa != pb:
        first = pa < pb
        score += 2.5 if first else -2.5
        ev.append(f"published {min(pa, pb)} ({ida if first else idb}) before {max(pa, pb)}")

    extra_a = _extra(a, {i for i, _, _ in al.pairs})
    extra_b = _extra(b, {j for _, j, _ in al.pairs})
    upd_a = next((s for s in extra_a if _UPDATE.search(s)), None) or _first_match(_UPDATE, a.article.title)
    upd_b = next((s for s in extra_b if _UPDATE.search(s)), None) or _first_match(_UPDATE, b.article.title)
    score += _derived_cue(upd_a, upd_b, 1.5, ida, idb, "{id} adds an update: {what}", ev, quote=True)

    cred_a, cred_b = _credit(a, b), _credit(b, a)
    score += _derived_cue(cred_a, cred_b, 1.5, ida, idb, "{id} credits a source: {what}", ev, quote=True)

    wire_a, wire_b = bool(_WIRE_DATELINE.search(a.article.text)), bool(_WIRE_DATELINE.search(b.article.text))
    if wire_a != wire_b:
        score += 0.8 if wire_a else -0.8
        ev.append(f"{ida if wire_a else idb} carries the wire dateline")

    compiled_a = _compiled(a, al, 0, elsewhere, {ida, idb})
    compiled_b = _compiled(b, al, 1, elsewhere, {ida, idb})
    score += _derived_cue(compiled_a, compiled_b, 1.2, ida, idb,
                          "{id} adds text printed in {what}: compiled from several sources", ev)

    # Condensation: one text is (nearly) contained in the other, which has material of its
    # own. Reprints cut to fit far more often than they pad, so the subset is taken as derived
    # unless the longer one's extra material is an update (handled above).
    if kind in ("duplicate", "near_duplicate", "rewrite") and not (upd_a or upd_b or compiled_a or compiled_b):
        if al.share_b >= 0.9 and len(extra_a) >= max(2, 0.2 * al.n_a) and al.share_a < 0.85:
            score += 0.8
            ev.append(f"{idb} is a condensation of {ida} ({len(extra_a)} of {al.n_a} sentences dropped)")
        elif al.share_a >= 0.9 and len(extra_b) >= max(2, 0.2 * al.n_b) and al.share_b < 0.85:
            score -= 0.8
            ev.append(f"{ida} is a condensation of {idb} ({len(extra_b)} of {al.n_b} sentences dropped)")

    if kind == "translation" and a.language != b.language:
        wa, wb = a.language in _WIRE_LANGS, b.language in _WIRE_LANGS
        if wa != wb:
            score += 0.6 if wa else -0.6
            ev.append(f"translated from the wire language ({a.language if wa else b.language})")

    if abs(score) < min_margin:
        return Direction(a_is_origin=ida <= idb, known=False, confidence=0.5, evidence=ev)
    conf = 1.0 / (1.0 + math.exp(-abs(score)))
    return Direction(a_is_origin=score > 0, known=True, confidence=round(conf, 4), evidence=ev)


def _compiled(
    p: Prepared, al: Alignment, side: int, elsewhere: Callable[[list[str], list[str], set[str]], str | None] | None,
    exclude: set[str],
) -> str | None:
    """A third article, unrelated to the shared text, that prints one of ``p``'s extra sentences."""
    if elsewhere is None:
        return None
    aligned = {pair[side] for pair in al.pairs}
    extra = [key for k, key in enumerate(p.sent_keys) if k not in aligned and len(p.sent_words[k]) >= 6]
    if not extra:
        return None
    # Quotes are left out of the shared text: independent reports carry the same quote.
    shared = [p.sent_keys[k] for k in aligned if not _QUOTE.search(p.sentences[k])]
    return elsewhere(extra, shared, exclude)


def _first_match(rx: re.Pattern[str], text: str | None) -> str | None:
    if text and rx.search(text):
        return text
    return None


def _credit(p: Prepared, other: Prepared) -> str | None:
    """A sentence of ``p`` crediting another outlet, or naming ``other``'s outlet."""
    outlet = other.article.outlet
    of = fold(outlet) if outlet and len(outlet) > 2 else None
    own = fold(p.article.outlet) if p.article.outlet else None
    for s in p.sentences:
        m = _CREDIT.search(s)
        if m and (own is None or own not in fold(m.group(0))):
            return s
        if of and of != own and of in fold(s):
            return s
    return None

"""Which article of a lineage pair is the origin, from evidence, with a confidence.

Each cue is a signed feature (+1: the evidence says a is the origin, -1: b is); its weight, the
log-odds it adds, is fitted on labelled copies (``storyline/lineage/train.py``), not set by hand.
Without enough evidence the direction is "unknown" with confidence 0.5, never a guess dressed as a
finding; a date only one page gives is no evidence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from storyline.lineage import cues
from storyline.lineage.align import Alignment
from storyline.lineage.prepare import Prepared
from storyline.options import LineageOptions
from storyline.text import fold

# Marks that a text was revised after first publication.
_UPDATE = re.compile(
    r"(\bUPDATE[SD]?\b|\b[Uu]pdated\b|\bthis (?:story|article|report) has been (?:updated|corrected)\b|"
    r"\b[Ee]ditor'?s note\b|\b[Cc]orrection:|\bUPDATE \d|\badds? (?:quotes?|comment|details|background)\b|"
    r"\bhas since\b|\blater (?:said|confirmed|told|added)\b)"
)
# Crediting another outlet: the crediting text is the derived one.
_CREDIT = re.compile(
    r"(\baccording to (?:the )?(?:Reuters|AP|AFP|Associated Press|Agence France|Bloomberg|BBC|CNN|"
    r"[A-Z][\w.]+ (?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian))|"
    r"\b(?:Reuters|AP|AFP|the Associated Press|Bloomberg|[A-Z][\w.]+ (?:News|Times|Post)) (?:reported|reports)\b|"
    r"\b(?:first|originally) (?:reported|published|appeared)\b|\breported by\b|\bcontributed to this report\b|"
    r"\bSource:\s|\bvia (?:Reuters|AP|AFP|Bloomberg)\b|\bthe report (?:said|says)\b|\bcited by\b)"
)
_QUOTE = re.compile(r"[\"“”«»]")


@dataclass(slots=True)
class Direction:
    a_is_origin: bool
    known: bool
    confidence: float
    evidence: list[str]
    features: dict[str, float] = field(default_factory=dict)


# Cue names, in the order of the fitted weight vector (direction_weights.json).
FEATURES = (
    "time",  # published earlier by clock time (both pages give a time)
    "date",  # published on an earlier day (both pages give a day)
    "translation_credit",  # the other text says it is a translation
    "credit_names_other",  # the other text's credit names this text's outlet or language
    "origin_credit",  # the other text says it first appeared elsewhere
    "third_party_credit",  # the other text credits a third outlet ("X reported")
    "update",  # the other text carries an update line
    "press_release",  # this text is a press release
    "own_dateline",  # this text carries an agency dateline the other lacks
    "condensation",  # the other text is a verbatim subset of this one (a cut reprint)
    "paraphrased_subset",  # the other text is a condensed paraphrase (rewrite, translation) of this one
    "compiled",  # the other text adds material printed in an unrelated third article
)
_WEIGHTS_FILE = Path(__file__).with_name("direction_weights.json")


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """Cue weights (log-odds per unit of evidence), fitted by ``storyline.lineage.train``."""
    data = json.loads(_WEIGHTS_FILE.read_text(encoding="utf-8"))
    missing = [f for f in FEATURES if f not in data["weights"]]
    if missing:
        raise ValueError(f"{_WEIGHTS_FILE.name} lacks weights for {missing}; rerun storyline.lineage.train")
    return {f: float(data["weights"][f]) for f in FEATURES}


def _extra(p: Prepared, aligned: set[int]) -> list[str]:
    return [s for k, s in enumerate(p.sentences) if k not in aligned]


def _one_sided(cue_a: str | None, cue_b: str | None, ida: str, idb: str, template: str,
               ev: list[str], derived: bool = True) -> float:
    """+1 when the cue says a is the origin, -1 when it says b is, 0 when both or neither carry it.

    ``derived``: carrying the cue marks the carrier as the derived text (an update line, a credit);
    otherwise the carrier is the origin (a press release, an agency's own dateline).
    """
    if bool(cue_a) == bool(cue_b):
        return 0.0
    who, what = (ida, cue_a) if cue_a else (idb, cue_b)
    assert what is not None
    ev.append(template.format(id=who, what=repr(" ".join(what.split())[:120])))
    sign = 1.0 if cue_a else -1.0
    return -sign if derived else sign


@dataclass(frozen=True, slots=True)
class OwnCues:
    """What one article says about itself, whatever it is compared with: its provenance lines and the
    translation, origin, update and press-release lines among them, and its agency dateline."""

    lines: list[str]
    translation: str | None
    origin: str | None
    update: str | None
    press_release: str | None
    dateline: str | None
    # Per sentence: the folded text of a credit phrase it holds (None: none) and the folded sentence.
    credits: tuple[str | None, ...]
    folded: tuple[str, ...]


def own_cues(p: Prepared, opts: LineageOptions = LineageOptions()) -> OwnCues:
    """:class:`OwnCues` of a prepared article, read once and kept on it: a family of copies compares
    each article with every other one, and these readings do not depend on the other."""
    A = p.article
    held = p.own_cues
    if held is not None and held[0] is opts and held[1] == A.title and held[2] == A.removed:
        return held[3]
    lines = cues.provenance_lines(A, p.sentences, opts)
    credits = tuple(fold(m.group(0)) if (m := _CREDIT.search(x)) else None for x in p.sentences)
    own = OwnCues(lines, cues.translation_line(lines), cues.origin_line(lines), cues.update_line(lines),
                  cues.press_release(A, lines, opts), cues.own_dateline(A), credits,
                  tuple(fold(x) for x in p.sentences))
    p.own_cues = (opts, A.title, list(A.removed), own)
    return own


def features(
    a: Prepared,
    b: Prepared,
    al: Alignment,
    kind: str,
    elsewhere: Callable[[list[str], list[str], set[str]], str | None] | None = None,
    time_gap: tuple[float, float] = (20.0, 180.0),
    opts: LineageOptions = LineageOptions(),
) -> tuple[dict[str, float], list[str]]:
    """Signed cue values (+: a is the origin) and one evidence line per cue that fired."""
    f = dict.fromkeys(FEATURES, 0.0)
    ev: list[str] = []
    A, B = a.article, b.article
    ida, idb = A.id, B.id
    t = cues.time_order(A, B, *time_gap)
    if t is not None:
        f["time"] = float(t[0])
        ev.append(t[1])
    pa, pb = A.published, B.published
    # Only when both pages give a day: a missing date is no evidence either way.
    if pa and pb and pa != pb:
        f["date"] = 1.0 if pa < pb else -1.0
        ev.append(f"published {min(pa, pb)} ({ida if pa < pb else idb}) before {max(pa, pb)}")

    own_a, own_b = own_cues(a, opts), own_cues(b, opts)
    la, lb = own_a.lines, own_b.lines
    tr_a, tr_b = own_a.translation, own_b.translation
    f["translation_credit"] = _one_sided(tr_a, tr_b, ida, idb, "{id} says it is a translation: {what}", ev)
    # A credit that names the other text's outlet or (for a translation) its language.
    def names_other(lines: list[str], other: Prepared, own: Prepared) -> str | None:
        for line in lines:
            if cues.names_outlet(line, other.article.outlet, opts) and not cues.names_outlet(line, own.article.outlet, opts):
                return line
            if other.language != own.language and (cues.translation_line([line]) or cues.origin_line([line])) \
                    and other.language in cues.languages_named(line):
                return line
        return None
    cn_a = names_other(la, b, a)
    cn_b = names_other(lb, a, b)
    f["credit_names_other"] = _one_sided(cn_a, cn_b, ida, idb, "{id} credits the other text: {what}", ev)
    or_a, or_b = own_a.origin, own_b.origin
    f["origin_credit"] = _one_sided(or_a, or_b, ida, idb, "{id} says it first appeared elsewhere: {what}", ev)
    cred_a, cred_b = _credit(a, b, opts), _credit(b, a, opts)
    f["third_party_credit"] = _one_sided(cred_a, cred_b, ida, idb, "{id} credits a source: {what}", ev)

    extra_a = _extra(a, {i for i, _, _ in al.pairs})
    extra_b = _extra(b, {j for _, j, _ in al.pairs})
    upd_a = own_a.update or _update_sentence(extra_a)
    upd_b = own_b.update or _update_sentence(extra_b)
    f["update"] = _one_sided(upd_a, upd_b, ida, idb, "{id} adds an update: {what}", ev)

    pr_a, pr_b = own_a.press_release, own_b.press_release
    f["press_release"] = _one_sided(pr_a, pr_b, ida, idb, "{id} is a press release: {what}", ev, derived=False)
    dl_a, dl_b = own_a.dateline, own_b.dateline
    f["own_dateline"] = _one_sided(dl_a, dl_b, ida, idb, "{id} carries the agency dateline: {what}", ev,
                                   derived=False)
    if dl_a and dl_b and not f["own_dateline"]:
        # Both print one agency's dateline: a page of another outlet carrying it holds a copy.
        fa, fb = _foreign_dateline(A, dl_a), _foreign_dateline(B, dl_b)
        if fa != fb:
            f["own_dateline"] = -1.0 if fa else 1.0
            who = ida if fa else idb
            ev.append(f"{who} ({(A if fa else B).outlet}) prints another outlet's dateline: "
                      f"{(dl_a if fa else dl_b)!r}")

    compiled_a = _compiled(a, al, 0, elsewhere, {ida, idb}, opts.compiled_min_words)
    compiled_b = _compiled(b, al, 1, elsewhere, {ida, idb}, opts.compiled_min_words)
    if bool(compiled_a) != bool(compiled_b):
        f["compiled"] = -1.0 if compiled_a else 1.0
        ev.append(f"{ida if compiled_a else idb} adds text printed in {compiled_a or compiled_b}: "
                  "compiled from several sources")

    # Condensation: one text is (nearly) contained in the other, which has material of its own.
    # Reprints and rewrites cut to fit far more often than they pad, so the subset is derived,
    # unless the longer one's extra material is an update or comes from elsewhere (above).
    # Verbatim reprints both cut and add local paragraphs, paraphrases mostly condense: two cues,
    # each weighted by the fit.
    name = "condensation" if kind in ("duplicate", "near_duplicate") else "paraphrased_subset"
    cut, dropped, own = opts.condensed_share, opts.condensed_dropped_share, opts.condensed_own_share
    if not (upd_a or upd_b or compiled_a or compiled_b):
        if al.share_b >= cut and len(extra_a) >= max(opts.condensed_min_dropped, dropped * al.n_a) and al.share_a < own:
            f[name] = 1.0
            ev.append(f"{idb} is a condensation of {ida} ({len(extra_a)} of {al.n_a} sentences dropped)")
        elif al.share_a >= cut and len(extra_b) >= max(opts.condensed_min_dropped, dropped * al.n_b) and al.share_b < own:
            f[name] = -1.0
            ev.append(f"{ida} is a condensation of {idb} ({len(extra_b)} of {al.n_b} sentences dropped)")
    return f, ev


def decide(
    a: Prepared,
    b: Prepared,
    al: Alignment,
    kind: str,
    elsewhere: Callable[[list[str], list[str], set[str]], str | None] | None = None,
    min_margin: float = 0.4,
    time_gap: tuple[float, float] = (20.0, 180.0),
    opts: LineageOptions = LineageOptions(),
) -> Direction:
    """Decide the direction of an edge between ``a`` and ``b`` (alignment from a's side).

    The fitted cue weights sum to log-odds that a is the origin; below ``min_margin`` either way
    the direction is unknown (confidence 0.5) and the edge's orientation is only the id order.
    ``elsewhere(extra_keys, shared_keys, exclude_ids)`` names a third article that prints one of
    the extra sentences verbatim but none of the shared ones: a compilation's source.
    """
    f, ev = features(a, b, al, kind, elsewhere, time_gap, opts)
    w = weights()
    score = sum(w[k] * v for k, v in f.items())
    ida, idb = a.article.id, b.article.id
    if abs(score) < min_margin:
        return Direction(a_is_origin=ida <= idb, known=False, confidence=0.5, evidence=ev, features=f)
    conf = 1.0 / (1.0 + math.exp(-abs(score)))
    return Direction(a_is_origin=score > 0, known=True, confidence=round(conf, 4), evidence=ev, features=f)


def _foreign_dateline(article, dateline: str) -> bool:
    """The page's own outlet is known and is not the agency its dateline names."""
    m = re.search(r"\(([^()]+)\)", dateline)
    if not m or not article.outlet:
        return False
    agency, outlet = fold(m.group(1)).strip(), fold(article.outlet)
    return agency not in outlet and outlet not in agency


def _update_sentence(extra: list[str]) -> str | None:
    """An extra sentence that marks a later version ("has since", an update note), not a page's
    own timestamp line."""
    return next((s for s in extra if _UPDATE.search(s) and not cues.is_timestamp(s)), None)


def _compiled(
    p: Prepared, al: Alignment, side: int, elsewhere: Callable[[list[str], list[str], set[str]], str | None] | None,
    exclude: set[str], min_words: int = LineageOptions().compiled_min_words,
) -> str | None:
    """A third article, unrelated to the shared text, that prints one of ``p``'s extra sentences
    (of at least ``min_words`` words)."""
    if elsewhere is None:
        return None
    aligned = {pair[side] for pair in al.pairs}
    extra = [key for k, key in enumerate(p.sent_keys) if k not in aligned and len(p.sent_words[k]) >= min_words]
    if not extra:
        return None
    # Quotes are left out of the shared text: independent reports carry the same quote.
    shared = [p.sent_keys[k] for k in aligned if not _QUOTE.search(p.sentences[k])]
    return elsewhere(extra, shared, exclude)


def _first_match(rx: re.Pattern[str], text: str | None) -> str | None:
    if text and rx.search(text):
        return text
    return None


def _credit(p: Prepared, other: Prepared, opts: LineageOptions = LineageOptions()) -> str | None:
    """A sentence of ``p`` crediting another outlet, or naming ``other``'s outlet."""
    outlet = other.article.outlet
    of = fold(outlet) if outlet and len(outlet) > 2 else None
    own = fold(p.article.outlet) if p.article.outlet else None
    read = own_cues(p, opts)
    for s, credit, folded in zip(p.sentences, read.credits, read.folded):
        if credit is not None and (own is None or own not in credit):
            return s
        if of and of != own and of in folded:
            return s
    return None

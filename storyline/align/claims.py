"""Claims: units grouped across articles by meaning, with independent-source counts.

Two units join when they read alike (embedding cosine, or word 3-gram containment for
copies and trimmed sentences) AND nothing beside the words disagrees: the numbers for
the same quantity, the dates of the same event, the polarity and the named entities.
Pairs that read alike but disagree are kept as conflict candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from storyline.align.compare import (
    Disagreement,
    date_disagreement,
    entities_clash,
    figure_disagreement,
    is_denial,
    negation_disagreement,
    number_disagreement,
)
from storyline.align.groups import agglomerate, align_copies, upper_pairs
from storyline.align.units import Unit
from storyline.options import ClaimOptions
from storyline.text import shingles


@dataclass(slots=True)
class ClaimGroup:
    members: list[int]  # unit indices
    representative: int
    article_ids: list[str]
    families: set[str]


@dataclass(slots=True)
class ConflictPair:
    a: int  # unit indices, different articles
    b: int
    disagreement: Disagreement


def count_disagreement(a: Unit, b: Unit, opts: ClaimOptions = ClaimOptions()) -> Disagreement | None:
    """Two counts of one named quantity (same noun and verb: "people killed") that differ.

    Only where reports state their main figures: in the lead sentences of both, naming a
    common place, person or organisation, undated (a dated one, "In February 2023 ...
    killed more than 50,000", is background about another event), and of comparable size
    (counts far apart measure different scopes). Deeper in an article, figures of one kind
    (yards, votes, months served) are too many to pair by their noun alone.
    """
    if a.dates or b.dates or max(a.sentence_index, b.sentence_index) > opts.lead_sentences:
        return None
    if not (a.entities & b.entities):
        return None
    d = number_disagreement(a, b, opts)
    if d is None or d.kind != "number" or "|" not in d.key or d.key.endswith("|None"):
        return None
    try:
        va, vb = (float(v.replace(",", "")) for v in d.values)
    except ValueError:  # a number word ("five"): not worth the looser test
        return None
    if min(va, vb) <= 0 or max(va, vb) / min(va, vb) > opts.count_ratio:
        return None
    return d


def pair_scores(units: list[Unit], vectors: np.ndarray, opts: ClaimOptions = ClaimOptions()) -> np.ndarray:
    """Cosine, raised to the 3-gram containment where the words themselves are shared (pairs at
    ``opts.containment_floor`` or above)."""
    sim = vectors @ vectors.T if len(units) else np.zeros((0, 0), dtype=np.float32)
    # One shingle set per distinct text: copies print the same sentence many times, and two
    # units of one text contain each other wholly (no set intersection needed).
    by_text: dict[str, set] = {}
    sh = [by_text[u.text] if u.text in by_text else by_text.setdefault(u.text, shingles(u.text, 3)) for u in units]
    ii, jj = upper_pairs(sim, opts.containment_floor)
    for i, j in zip(ii.tolist(), jj.tolist()):
        a, b = sh[i], sh[j]
        if a and b:
            c = 1.0 if a is b else len(a & b) / min(len(a), len(b))
            if c > sim[i, j]:
                sim[i, j] = sim[j, i] = c
    return sim


def group_claims(
    units: list[Unit],
    vectors: np.ndarray,
    family: dict[str, str],
    threshold: float,
    opts: ClaimOptions = ClaimOptions(),
    translated: set[tuple[int, int]] | None = None,
) -> tuple[list[ClaimGroup], list[ConflictPair], np.ndarray]:
    """``translated``: rows of ``units`` that a translation edge aligned (groups.translated_pairs),
    one claim whatever their cosine."""
    score = pair_scores(units, vectors, opts)
    align_copies(score, [(u.article_id, u.index) for u in units], family, threshold, opts.family_match)
    for a, b in translated or ():
        if a < len(units) and b < len(units) and score[a, b] < threshold:
            score[a, b] = score[b, a] = threshold
    strong = min(0.95, threshold + 0.05)
    cache: dict[tuple[int, int], bool] = {}

    def disagreement(i: int, j: int) -> Disagreement | None:
        a, b = units[i], units[j]
        return (
            number_disagreement(a, b, opts)
            or figure_disagreement(a, b)
            or date_disagreement(a, b)
            or negation_disagreement(a, b, float(score[i, j]), strong, opts)
        )

    def compatible(i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        hit = cache.get(key)
        if hit is None:
            a, b = units[i], units[j]
            # Names are spelt per language ("Turquía", "Turkey"): only same-language names can clash.
            names_clash = a.english == b.english and entities_clash(a, b, float(score[i, j]), opts)
            clash = disagreement(i, j) is not None or names_clash
            cache[key] = hit = not clash
        return bool(hit)

    def different_articles(i: int, j: int) -> bool:
        return units[i].article_id != units[j].article_id

    # The mean link must itself pass the threshold: a weaker floor lets a sub-clause
    # ("the attack took place off Aden") chain a group onto a longer sentence.
    groups = agglomerate(score, threshold, compatible, threshold, different_articles)

    conflicts: list[ConflictPair] = []
    ii, jj = upper_pairs(score, min(threshold - 0.05, opts.count_match))
    for i, j in zip(ii.tolist(), jj.tolist()):
        if units[i].article_id == units[j].article_id:
            continue
        if score[i, j] < threshold - 0.05:
            d = count_disagreement(units[i], units[j], opts)
        else:
            d = disagreement(i, j)
        if d is None or (d.kind == "negation" and not is_denial(units[i], units[j], opts)):
            continue
        # Numbers and dates: the sentences must still be about the same thing once the values differ.
        if d.kind in ("number", "date") and entities_clash(units[i], units[j], 0.0, opts):
            continue
        if d.kind in ("number", "date") and score[i, j] < threshold and count_disagreement(units[i], units[j], opts) is None:
            continue
        conflicts.append(ConflictPair(i, j, d))

    out: list[ClaimGroup] = []
    for members in groups:
        if len(members) == 1:
            rep = members[0]
        else:
            sub = score[np.ix_(members, members)]
            central = sub.sum(axis=1)
            # Most central wording; ties go to the earlier sentence (leads state the news).
            rep = max(members, key=lambda m: (round(float(central[members.index(m)]), 4), -units[m].sentence_index))
        ids: list[str] = []
        for m in members:
            if units[m].article_id not in ids:
                ids.append(units[m].article_id)
        out.append(ClaimGroup(members, rep, ids, {family[a] for a in ids}))
    return out, conflicts, score

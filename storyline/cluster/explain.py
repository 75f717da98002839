"""Why an article is in its story: the parts of the score of its strongest link.

For auditing a merge (``storyline show``, the story page): each article's best-scoring partner
in its story and what that score is made of, the same terms the clusterer multiplies and adds
(embedding, content words, names and numbers, the date factor, the event-year factor, the
event-argument factor and the arguments behind it), with the names and numbers the two texts
share. Density scaling is left out: it depends on the
whole corpus around the story, not on the pair.
"""

from __future__ import annotations

import numpy as np

from storyline.cluster.features import Features, featurize, time_factor
from storyline.cluster.signals import FEATURES as SIGNAL_FEATURES
from storyline.cluster.signals import pair_features
from storyline.model import Article, Extraction
from storyline.options import Options

_SHARED = 5


def link_parts(feats: Features, i: int, j: int, window: float) -> dict:
    """The score of articles ``i`` and ``j`` and its parts (rows of ``feats``)."""
    a, b = np.array([i]), np.array([j])
    off = feats.name_offset
    words = float(feats.sparse[i, :off].multiply(feats.sparse[j, :off]).sum())
    names_row = feats.sparse[i, off:].multiply(feats.sparse[j, off:]).tocoo()
    names = float(names_row.data.sum())
    emb = float(feats.emb_weight * feats.emb[i] @ feats.emb[j])
    days = float(time_factor(feats.days[i] - feats.days[j], window, feats.decay))
    years = float(feats.year_factors(a, b)[0])
    args = 1.0
    evidence: list[str] = []
    if feats.signals is not None and feats.signal_weights is not None:
        x = pair_features(feats.signals, a, b)[0]
        contrib = x * feats.signal_weights
        args = float(np.exp(contrib.sum()))
        # The arguments that moved the score most, either way ("overlap_place", "count_conflict").
        evidence = [SIGNAL_FEATURES[k] for k in np.argsort(-np.abs(contrib)) if abs(contrib[k]) >= 0.01][:_SHARED]
    order = np.argsort(-names_row.data)
    shared: list[str] = []
    for k in order:
        tok = feats.names.tokens[int(names_row.col[k])]
        surface = feats.display.get(tok[2:], tok[2:])
        if surface not in shared:
            shared.append(surface)
        if len(shared) == _SHARED:
            break
    return {
        "score": round((emb + words + names) * days * years * args, 4),
        "embedding": round(emb, 4),
        "words": round(words, 4),
        "names": round(names, 4),
        "date_factor": round(days, 4),
        "year_factor": round(years, 4),
        "argument_factor": round(args, 4),
        "arguments": evidence,
        "shared_names": shared,
    }


def why(
    articles: list[Article], article_ids: list[str], options: Options,
    extractions: dict[str, Extraction] | None = None,
) -> dict[str, dict]:
    """For each article of one story (``article_ids``, found in ``articles``): its strongest link
    in the story, ``{"with": other id, "score": .., parts..}``; a story of one article gives {}."""
    by_id = {a.id: a for a in articles}
    members = [by_id[x] for x in article_ids if x in by_id]
    if len(members) < 2:
        return {}
    feats = featurize(members, options, extractions)
    rows = np.arange(len(members))
    sim = feats.block_scores(rows, rows, float(options.cluster.window_days))
    np.fill_diagonal(sim, -np.inf)
    out: dict[str, dict] = {}
    for r, art in enumerate(members):
        best = int(np.argmax(sim[r]))
        out[art.id] = {"with": members[best].id, **link_parts(feats, r, best, float(options.cluster.window_days))}
    return out

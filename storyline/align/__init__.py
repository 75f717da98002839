"""Cross-source alignment: what the sources of one story say, agree on and dispute.

:func:`analyze_story` turns a story's articles, their extractions and the lineage edges
between them into report-ready quote groups, claims (with independent-source counts),
conflicts, a timeline, cited sources and a cited brief. Every item cites article ids of
the story and character spans into those articles' ``text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.align.brief import build_brief
from storyline.align.claims import group_claims
from storyline.align.conflicts import (
    article_date_conflicts,
    claim_conflicts,
    figure_conflicts,
    internal_conflicts,
    speaker_conflict,
)
from storyline.align.facts import agreed_facts, figure_mentions
from storyline.align.groups import family_map, translated_items, translated_pairs
from storyline.align.quotes import collect_quotes, group_quotes, quote_report
from storyline.align.timeline import build_timeline, collect_dates
from storyline.align.units import build_units, quote_units, stopwords, unit_sentences
from storyline.extract.sources import story_cited_sources
from storyline.model import Article, Extraction, LineageEdge, Story
from storyline.options import Options
from storyline.resources import embedder, spacy_nlp

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["analyze_story"]


def analyze_story(
    story: Story,
    articles: list[Article],
    extractions: dict[str, Extraction],
    edges: list[LineageEdge],
    options: Options,
    docs: "dict[str, Doc] | None" = None,
) -> dict[str, Any]:
    opts = options.align
    ids = {a.id for a in articles}
    missing = [i for i in story.article_ids if i not in ids]
    if missing:
        raise ValueError(f"story {story.id} names articles that were not passed: {missing[:5]}")
    members = [a for a in articles if a.id in set(story.article_ids)] or list(articles)
    order = {a.id: i for i, a in enumerate(members)}
    extractions = {k: v for k, v in extractions.items() if k in order}
    family = family_map([a.id for a in members], edges)
    stop = stopwords()

    sentences = unit_sentences(members, opts.units)  # split and filtered once for both kinds of unit
    units = build_units(members, extractions, spacy_nlp(options.extract.spacy_model), docs, opts.units, sentences)
    # Quoted and verbless sentences give figures to facts, not claims.
    all_units = units + quote_units(members, extractions, units, opts.units, sentences)
    quote_items = collect_quotes(members, extractions, opts.quotes)
    mentions = collect_dates(members, extractions, opts.units)
    texts = [u.text for u in all_units] + [q.quote.text for q in quote_items] + [m.sentence for m in mentions]
    vectors = _encode_unique(texts)
    nu, na, nq = len(units), len(all_units), len(quote_items)
    unit_vecs, all_vecs = vectors[:nu], vectors[:na]
    quote_vecs, date_vecs = vectors[na : na + nq], vectors[na + nq :]

    # Quotes and misattributions.
    quote_translations = translated_items([(q.quote.article_id, q.quote.start, q.quote.end) for q in quote_items],
                                          {a.id: a.text for a in members}, edges)
    quotes = [quote_report(quote_items, g, order)
              for g in group_quotes(quote_items, quote_vecs, opts.quote_match, family, opts.quotes, quote_translations)]
    # Words in quotation marks first (direct, then partial), reported speech after them; two quotes
    # alike in all that by where they are printed first (the order the groups were formed in
    # follows near-equal scores, so it is no order to report).
    quotes.sort(key=lambda q: (q["kind"] == "indirect", -len({family[a] for a in q["article_ids"]}),
                               -len(q["variants"]), order[q["article_ids"][0]], q["variants"][0]["start"],
                               q["variants"][0]["end"], q["text"]))

    # Claims and the conflicts between them.
    translated = translated_pairs(all_units, edges)
    groups, pairs, scores = group_claims(units, unit_vecs, family, opts.claim_match, opts.claims, translated)
    group_of_unit = {m: gi for gi, g in enumerate(groups) for m in g.members}
    # Figures and years are compared as quantities (any wording, any language); claim pairs
    # contribute the statements that one report makes and another denies.
    conflicts = [c for c in claim_conflicts(pairs, units, groups, family) if c["kind"] == "negation"]
    conflicts += figure_conflicts(figure_mentions(all_units), all_units, all_vecs, family, group_of_unit,
                                  {a.id: a.published for a in members}, opts.conflicts, opts.facts, opts.claims)
    texts = {a.id: a.text for a in members}
    conflicts += [c for q in quotes if (c := speaker_conflict(q, family, texts, opts.conflicts)) is not None]
    # A copy that changed its origin is drift (on the lineage edge), not a dispute between sources.
    conflicts = [c for c in conflicts if not c["within_family"]]
    conflicts += internal_conflicts(members, extractions, family, stop, opts.conflicts)
    conflicts += article_date_conflicts(members, family, opts.conflicts)
    disputed = {g for c in conflicts for g in c.pop("claims", [])}

    claims: list[dict] = []
    for gi, g in enumerate(groups):
        n_ind = len(g.families)
        status = "disputed" if gi in disputed else ("corroborated" if n_ind >= 2 else "single_source")
        rep = units[g.representative]
        claims.append(
            {
                "_group": gi,
                "text": rep.text,
                "article_ids": sorted(g.article_ids, key=order.__getitem__),
                "independent_sources": n_ind,
                "status": status,
                "spans": [
                    {"article_id": units[m].article_id, "start": units[m].start, "end": units[m].end}
                    for m in sorted(g.members, key=lambda m: (order[units[m].article_id], units[m].start))
                ],
                "families": sorted(g.families),
            }
        )
    claims.sort(
        key=lambda c: (-c["independent_sources"], -len(c["article_ids"]), order[c["article_ids"][0]], c["spans"][0]["start"])
    )
    claim_id = {}
    for n, c in enumerate(claims, 1):
        c["id"] = f"c{n}"
        claim_id[c["_group"]] = c["id"]
    for n, c in enumerate(conflicts, 1):
        c["id"] = f"x{n}"
        for s in c["statements"]:
            if "claim" in s:
                s["claim"] = claim_id[s["claim"]]
        c["claim_ids"] = sorted({s["claim"] for s in c["statements"] if "claim" in s})
        for cid in c["claim_ids"]:
            next(cl for cl in claims if cl["id"] == cid).setdefault("conflict_ids", []).append(c["id"])

    facts = agreed_facts(all_units, all_vecs, family, order, conflicts, {a.id: a.published for a in members},
                         opts.facts, translated)
    claim_of_unit = {m: claim_id[gi] for m, gi in group_of_unit.items()}
    for f in facts:
        f["claim_ids"] = sorted({claim_of_unit[m] for m in f["_units"] if m in claim_of_unit}, key=lambda c: int(c[1:]))
        for cid in f["claim_ids"]:
            next(cl for cl in claims if cl["id"] == cid).setdefault("fact_ids", []).append(f["id"])

    brief = build_brief(
        claims, groups, all_units, all_vecs, scores, conflicts, members, family, opts.brief_sentences, opts.claim_match,
        facts, opts.brief,
    )
    for c in claims:
        for key in ("_group", "_cited", "_cited_spans", "_cited_sources"):
            c.pop(key, None)
    for f in facts:
        f.pop("_units", None)

    timeline = build_timeline(mentions, date_vecs, opts.claim_match - 0.05, order)
    return {
        "quotes": quotes,
        "claims": claims,
        "facts": facts,
        "conflicts": conflicts,
        "timeline": timeline,
        "cited_sources": _cited_sources(members, extractions, order, options),
        "brief": brief,
        "families": _families(family, order),
    }


def _encode_unique(texts: list[str]) -> np.ndarray:
    """Embed each distinct text once: copies repeat sentences, and a dated sentence is often a claim too."""
    index: dict[str, int] = {}
    for t in texts:
        index.setdefault(t, len(index))
    unique = embedder().encode(list(index))
    return unique[[index[t] for t in texts]] if texts else unique


def _cited_sources(members: list[Article], extractions: dict[str, Extraction], order: dict[str, int],
                   options: Options) -> list[dict]:
    # Read at story level: the story's own outlets are known outlets, and removed credit lines count.
    return story_cited_sources(members, extractions, order, options.extract.sources)


def _families(family: dict[str, str], order: dict[str, int]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for a, f in family.items():
        groups.setdefault(f, []).append(a)
    return sorted((sorted(g, key=order.__getitem__) for g in groups.values()), key=lambda g: order[g[0]])

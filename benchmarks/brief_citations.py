"""Brief citation precision and coverage on ECB+ stories.

usage: python benchmarks/brief_citations.py /work/shared/data/ecbplus/articles.jsonl [--stories N]

Stories are the gold ECB+ event labels. Every article goes through the real ingest,
extract and lineage stages, then ``analyze_story``. For every brief sentence and every
article it cites, the cited article must SUPPORT the sentence:

* the statement is the brief item's ``statement`` (the article's sentence without the brief's
  framing: "Only X reports that ", "According to X, ", the sources in parentheses), or the
  text with the single-source framing removed where an item has none; for a dispute
  sentence each cited article must support its own quoted statement, and the value the
  brief attributes to it must occur in that statement;
* an agreed-figure sentence ("Three independent sources give the same figure, 57 people
  killed: A, B and C"): each cited article must have a sentence printing the figure's
  digits and every word of the figure phrase (by its first four letters: "killed" ~ "kills");
* support = some sentence of the cited article has embedding cosine >= 0.75 with the
  statement, or word 3-gram containment >= 0.6; and every number printed in the
  statement also occurs in that supporting sentence (a "12 killed" sentence does not
  support "15 killed", however alike they read).

Coverage: the share of claims with >= 2 independent sources that the brief states
(the brief sentence is that claim, or reads the same at cosine >= 0.85).
Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

SUPPORT_COSINE = 0.75
SUPPORT_CONTAINMENT = 0.6
SAME_CLAIM_COSINE = 0.85
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def load_stages():
    try:
        from storyline.extract import Extractor
        from storyline.ingest import iter_inputs
        from storyline.lineage import detect_lineage
    except ImportError as exc:  # the other stages are built in parallel with this one
        sys.exit(f"this benchmark needs storyline.ingest, storyline.extract and storyline.lineage: {exc}")
    return iter_inputs, Extractor, detect_lineage


def load_ecbplus(path: str, options):
    """Articles read by the real ingest, with their gold story label (by the record's id)."""
    from storyline.model import Article

    iter_inputs, _, _ = load_stages()
    gold: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold[str(row["id"])] = str(row["story"])
    articles = [a for a in iter_inputs([path], options.ingest) if isinstance(a, Article)]
    story_of = {a.id: gold[a.external_id] for a in articles if a.external_id in gold}
    return [a for a in articles if a.id in story_of], story_of


def supports(statement: str, sentences: list[str], vectors, embed) -> bool:
    from storyline.text import ngram_overlap

    sv = embed.encode([statement])[0]
    nums = set(_DIGITS.findall(statement))
    for sent, vec in zip(sentences, vectors):
        if float(sv @ vec) >= SUPPORT_COSINE or ngram_overlap(statement, sent, 3) >= SUPPORT_CONTAINMENT:
            if nums <= set(_DIGITS.findall(sent)):
                return True
    return False


def supports_figure(phrase: str, sentences: list[str]) -> bool:
    nums = set(_DIGITS.findall(phrase))
    stems = {w.lower()[:4] for w in re.findall(r"[^\W\d_]{3,}", phrase)}
    for sent in sentences:
        if nums <= set(_DIGITS.findall(sent)):
            have = {w.lower()[:4] for w in re.findall(r"[^\W\d_]{3,}", sent)}
            if stems <= have:
                return True
    return False


def strip_framing(text: str) -> str:
    """The statement of a single-source sentence without "Only X reports that" / "X reports that"."""
    from storyline.align.brief import SINGLE_PREFIX, SOURCE_PREFIX

    for template in (SINGLE_PREFIX, SOURCE_PREFIX):
        prefix = re.escape(template).replace(re.escape("{name}"), ".+?")
        stripped = re.sub("^" + prefix, "", text, count=1)
        if stripped != text:
            return stripped
    return text


def run_stories(articles, story_of, options, limit: int | None = None, cache: str | None = None):
    """Extraction (all articles), lineage (per story) and analyze_story (timed, per story).

    ``cache`` (a pickle path outside the repository) keeps the extract and lineage outputs
    between runs while tuning alignment; delete it when those stages change.
    """
    from storyline.align import analyze_story
    from storyline.model import Story

    _, Extractor, detect_lineage = load_stages()
    by_story: dict[str, list] = defaultdict(list)
    for a in articles:
        by_story[story_of[a.id]].append(a)
    names = sorted(by_story)[:limit] if limit else sorted(by_story)
    cached = None
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            cached = pickle.load(fh)
    t0 = time.perf_counter()
    if cached is not None:
        extractions = cached["extractions"]
    else:
        extractor = Extractor(options)
        extractor.setup()
        extractions = {x.article_id: x for x in extractor.extract_many(articles)}
    t_extract = time.perf_counter() - t0
    lineage: dict[str, list] = cached["edges"] if cached is not None else {}
    # Warm the models so the first story's timing is not model loading.
    from storyline.resources import embedder, spacy_nlp

    embedder().encode(["warm up"])
    spacy_nlp(options.extract.spacy_model)
    results = []
    t_lineage = 0.0
    for name in names:
        members = by_story[name]
        t1 = time.perf_counter()
        if name not in lineage:
            lineage[name] = detect_lineage(members, options)
        edges = lineage[name]
        t_lineage += time.perf_counter() - t1
        story = Story(name, [a.id for a in members])
        t2 = time.perf_counter()
        analysis = analyze_story(story, members, extractions, edges, options)
        results.append((story, members, edges, analysis, time.perf_counter() - t2))
    if cache and cached is None:
        with open(cache, "wb") as fh:
            pickle.dump({"extractions": extractions, "edges": lineage}, fh)
    times = {"extract_s": round(t_extract, 1), "lineage_s": round(t_lineage, 1), "stages_cached": cached is not None}
    return results, extractions, times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--stories", type=int, default=None, help="only the first N stories (by label)")
    ap.add_argument("--cache", default=None, help="pickle of extract+lineage outputs to reuse (outside the repo)")
    args = ap.parse_args()
    if not Path(args.path).exists():
        sys.exit(f"no data at {args.path}")
    from storyline.options import Options
    from storyline.resources import embedder
    from storyline.text import sentence_spans

    options = Options()
    articles, story_of = load_ecbplus(args.path, options)
    results, _, stage_times = run_stories(articles, story_of, options, args.stories, args.cache)
    embed = embedder()

    sent_cache: dict[str, tuple[list[str], object]] = {}

    def sentences_of(article):
        if article.id not in sent_cache:
            sents = [article.text[s:e] for s, e in sentence_spans(article.text)]
            sent_cache[article.id] = (sents, embed.encode(sents))
        return sent_cache[article.id]

    cited = supported = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    n_brief = 0
    covered = corroborated = 0
    failures: list[dict] = []
    times, sizes = [], []
    conflicts_by_kind: dict[str, int] = defaultdict(int)
    for story, members, edges, analysis, seconds in results:
        times.append(seconds)
        sizes.append(len(members))
        by_id = {a.id: a for a in members}
        for x in analysis["conflicts"]:
            conflicts_by_kind[x["kind"]] += 1
        for b in analysis["brief"]:
            n_brief += 1
            if b["kind"] == "agreed_figure":
                for aid in b["article_ids"]:
                    cited += 1
                    per_kind[b["kind"]][0] += 1
                    ok = supports_figure(b["figure"], sentences_of(by_id[aid])[0])
                    supported += ok
                    per_kind[b["kind"]][1] += ok
                    if not ok and len(failures) < 8:
                        failures.append({"story": story.id, "article": aid, "figure": b["figure"]})
                continue
            if b["kind"] == "disputed":
                checks = []
                for st in b["statements"]:
                    checks.append((st["article_id"], st["text"]))
            else:
                statement = b.get("statement") or strip_framing(b["text"])
                checks = [(aid, statement) for aid in b["article_ids"]]
            for aid, statement in checks:
                cited += 1
                per_kind[b["kind"]][0] += 1
                sents, vecs = sentences_of(by_id[aid])
                ok = supports(statement, sents, vecs, embed)
                supported += ok
                per_kind[b["kind"]][1] += ok
                if not ok and len(failures) < 8:
                    failures.append({"story": story.id, "article": aid, "statement": statement[:160]})
        brief_vecs = embed.encode([b.get("statement") or strip_framing(b["text"]) for b in analysis["brief"]]) if analysis["brief"] else None
        brief_claims = {b.get("claim") for b in analysis["brief"]}
        strong = [c for c in analysis["claims"] if c["independent_sources"] >= 2]
        if strong:
            cvecs = embed.encode([c["text"] for c in strong])
        for k, c in enumerate(strong):
            corroborated += 1
            stated = c["id"] in brief_claims or (
                brief_vecs is not None and float((brief_vecs @ cvecs[k]).max()) >= SAME_CLAIM_COSINE
            )
            covered += stated
    n_articles = sum(sizes)
    out = {
        "benchmark": "brief_citations",
        "stories": len(results),
        "articles": n_articles,
        "brief_sentences": n_brief,
        "citations": cited,
        "citation_precision": round(supported / cited, 4) if cited else None,
        "citation_precision_by_kind": {
            k: {"citations": v[0], "precision": round(v[1] / v[0], 4) if v[0] else None} for k, v in per_kind.items()
        },
        "claims_with_2plus_independent": corroborated,
        "coverage_of_2plus_claims": round(covered / corroborated, 4) if corroborated else None,
        "brief_sentences_option": options.align.brief_sentences,
        "conflicts_by_kind": dict(conflicts_by_kind),
        "analyze_story_articles_per_s": round(n_articles / sum(times), 2) if times else None,
        "analyze_story_median_s_per_story": round(statistics.median(times), 3) if times else None,
        **stage_times,
        "support_rule": f"cosine>={SUPPORT_COSINE} or 3-gram containment>={SUPPORT_CONTAINMENT}, numbers must match",
        "unsupported_examples": failures,
    }
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""The analysis pipeline as explicit stages over a shared context.

ingest (readers -> clean -> store) happens before; ``analyze`` then runs
lineage (barrier) -> cluster (barrier) -> extract (per article, cached) -> align (per story)
-> report. Each stage loads its models in ``setup()``, once per worker.
"""

from __future__ import annotations

import time
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from storyline.model import Article, DateMention, Extraction, LineageEdge, Quote, Rejected, Span, Story, StoryEvent
from storyline.options import Options
from storyline.store import Store

# Bump when extraction output changes, so cached extractions are recomputed.
EXTRACTION_VERSION = "1"

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(slots=True)
class Context:
    store: Store
    options: Options
    articles: list[Article] = field(default_factory=list)
    edges: list[LineageEdge] = field(default_factory=list)
    families: list[list[str]] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    events: list[StoryEvent] = field(default_factory=list)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    story_reports: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    progress: Progress | None = None

    def tick(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


class Stage(Protocol):
    name: str

    def setup(self, ctx: Context) -> None: ...

    def run(self, ctx: Context) -> None: ...


class LoadArticles:
    name = "load"

    def setup(self, ctx: Context) -> None:
        pass

    def run(self, ctx: Context) -> None:
        ctx.articles = sorted(ctx.store.articles(), key=lambda a: (a.published or "9999", a.id))


class LineageStage:
    """Corpus-wide barrier: every pair that shares text, never all pairs."""

    name = "lineage"

    def setup(self, ctx: Context) -> None:
        from storyline.lineage import LineageDetector

        self.detector = LineageDetector(ctx.options)
        self.detector.setup()

    def run(self, ctx: Context) -> None:
        from storyline.lineage import families

        ctx.edges = self.detector.detect(ctx.articles)
        ctx.families = families([a.id for a in ctx.articles], ctx.edges)
        ctx.store.replace_lineage([e.to_report() for e in ctx.edges])


class ClusterStage:
    """Corpus-wide barrier: stories, with ids carried over from the previous run."""

    name = "cluster"

    def setup(self, ctx: Context) -> None:
        pass

    def run(self, ctx: Context) -> None:
        from storyline.cluster import assign_ids, cluster_batch

        stories = cluster_batch(ctx.articles, ctx.options, families=ctx.families)
        previous = ctx.store.previous_stories()
        ctx.stories = assign_ids(stories, previous)
        ctx.events = story_changes(previous, ctx.stories)


class ExtractStage:
    name = "extract"

    def setup(self, ctx: Context) -> None:
        from storyline.extract import Extractor

        self.extractor = Extractor(ctx.options)
        self.extractor.setup()

    def run(self, ctx: Context) -> None:
        todo: list[Article] = []
        for a in ctx.articles:
            cached = ctx.store.extraction(a.id, EXTRACTION_VERSION)
            if cached is not None:
                ctx.extractions[a.id] = extraction_from_dict(cached)
            else:
                todo.append(a)
        total = len(ctx.articles)
        done = total - len(todo)
        batch = 64
        for i in range(0, len(todo), batch):
            chunk = todo[i : i + batch]
            results = self.extractor.extract_many(chunk)
            ctx.store.put_extractions(((x.article_id, asdict(x)) for x in results), EXTRACTION_VERSION)
            for x in results:
                ctx.extractions[x.article_id] = x
            done += len(chunk)
            ctx.tick(self.name, done, total)


class AlignStage:
    name = "align"

    def setup(self, ctx: Context) -> None:
        pass

    def run(self, ctx: Context) -> None:
        from storyline.align import analyze_story
        from storyline.extract import merge_entities

        by_id = {a.id: a for a in ctx.articles}
        ctx.story_reports = []
        for n, story in enumerate(ctx.stories, 1):
            members = [by_id[i] for i in story.article_ids if i in by_id]
            ids = {a.id for a in members}
            edges = [e for e in ctx.edges if e.origin in ids and e.derived in ids]
            extractions = {i: ctx.extractions[i] for i in ids if i in ctx.extractions}
            analysis = analyze_story(story, members, extractions, edges, ctx.options)
            entities = merge_entities([extractions[i] for i in story.article_ids if i in extractions])
            dates = sorted(a.published for a in members if a.published)
            ctx.story_reports.append(
                {
                    "id": story.id,
                    "title": story.title,
                    "article_ids": list(story.article_ids),
                    "keywords": list(story.keywords),
                    "published_range": [dates[0], dates[-1]] if dates else [None, None],
                    "outlets": sorted({a.outlet for a in members if a.outlet}),
                    "lineage": [e.to_report() for e in edges],
                    "entities": entities,
                    "quotes": analysis.get("quotes", []),
                    "claims": analysis.get("claims", []),
                    "facts": analysis.get("facts", []),
                    "conflicts": analysis.get("conflicts", []),
                    "timeline": analysis.get("timeline", []),
                    "cited_sources": analysis.get("cited_sources", []),
                    "brief": analysis.get("brief", []),
                }
            )
            ctx.tick(self.name, n, len(ctx.stories))


class StoreStories:
    name = "store"

    def setup(self, ctx: Context) -> None:
        pass

    def run(self, ctx: Context) -> None:
        ctx.store.replace_stories(ctx.story_reports, ctx.events)


def story_changes(previous: list[Story], stories: list[Story]) -> list[StoryEvent]:
    """What a re-clustering did to the previous stories, so no id silently changes meaning.

    ``create``: a new id; ``add``: an id kept that gained articles; ``split``: a new id that took
    articles from older stories (other_ids); ``merge``: an older id whose articles went into
    another story (other_ids = the surviving ids).
    """
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    prev_of = {a: p.id for p in previous for a in p.article_ids}
    prev_ids = {p.id: set(p.article_ids) for p in previous}
    new_of = {a: s.id for s in stories for a in s.article_ids}
    events: list[StoryEvent] = []
    for s in stories:
        members = set(s.article_ids)
        if s.id in prev_ids:
            gained = sorted(members - prev_ids[s.id])
            if gained:
                events.append(StoryEvent("add", s.id, article_ids=gained, at=at))
            continue
        sources = sorted({prev_of[a] for a in members if a in prev_of})
        if sources:
            events.append(StoryEvent("split", s.id, other_ids=sources, article_ids=sorted(members), at=at))
        else:
            events.append(StoryEvent("create", s.id, article_ids=sorted(members), at=at))
    current = {s.id for s in stories}
    for pid, members in prev_ids.items():
        if pid not in current:
            into = sorted({new_of[a] for a in members if a in new_of})
            events.append(StoryEvent("merge", pid, other_ids=into, article_ids=sorted(members), at=at))
    return events


def default_stages() -> list[Stage]:
    return [LoadArticles(), LineageStage(), ClusterStage(), ExtractStage(), AlignStage(), StoreStories()]


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    def spans(items: Iterable[dict]) -> list[Span]:
        return [Span(**s) for s in items]

    quotes = []
    for q in d.get("quotes", []):
        q = dict(q)
        if q.get("speaker_span") is not None:
            q["speaker_span"] = tuple(q["speaker_span"])
        quotes.append(Quote(**q))
    return Extraction(
        article_id=d["article_id"],
        sentences=spans(d.get("sentences", [])),
        entities=spans(d.get("entities", [])),
        quotes=quotes,
        cited_sources=spans(d.get("cited_sources", [])),
        numbers=spans(d.get("numbers", [])),
        dates=[DateMention(**m) for m in d.get("dates", [])],
    )


def run_stages(ctx: Context, stages: list[Stage] | None = None) -> Context:
    from storyline.executors.local import LocalExecutor

    return LocalExecutor(stages or default_stages()).run(ctx)


__all__ = ["Context", "Stage", "default_stages", "run_stages", "Rejected", "EXTRACTION_VERSION"]

"""Pydantic models of the HTTP API's responses, so /openapi.json documents real shapes.

The story models mirror ``storyline/schema/report.schema.json``. They allow extra fields because
the report format only ever gains fields; the routes serialise with ``exclude_unset`` so a story
comes back exactly as stored (no invented nulls for optional fields it lacks).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class SpanRef(_Open):
    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DriftOut(_Open):
    origin_text: str
    derived_text: str
    note: str
    kind: str | None = None


class LineageEdgeOut(_Open):
    origin: str
    derived: str
    kind: Literal["duplicate", "near_duplicate", "rewrite", "translation"]
    score: float = Field(ge=0, le=1)
    confidence: float = Field(ge=0, le=1)
    direction: Literal["known", "unknown"] | None = None
    evidence: list[str] | None = None
    drift: list[DriftOut]


class EntityOut(_Open):
    name: str
    type: str
    aliases: list[str]
    article_ids: list[str]
    mentions: int | None = None


class QuoteVariantOut(_Open):
    article_id: str
    text: str
    speaker: str | None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class QuoteOut(_Open):
    speaker: str | None
    text: str
    article_ids: list[str]
    variants: list[QuoteVariantOut]


class ClaimOut(_Open):
    text: str
    article_ids: list[str]
    independent_sources: int = Field(ge=0, description="lineage families (not articles) that carry the claim")
    status: Literal["corroborated", "single_source", "disputed"]
    spans: list[SpanRef]


class FactOut(_Open):
    id: str
    quantity: str
    value: str
    text: str = Field(description="the figure in the words of the first article stating it")
    article_ids: list[str]
    independent_sources: int = Field(ge=1, description="lineage families (not articles) that state the figure")
    status: Literal["corroborated", "single_source", "disputed"]
    spans: list[SpanRef]


class StatementOut(_Open):
    article_id: str
    text: str
    start: int | None = None
    end: int | None = None


class ConflictOut(_Open):
    about: str
    kind: str | None = None
    statements: list[StatementOut]


class TimelineItemOut(_Open):
    date: str
    text: str
    article_ids: list[str]


class CitedSourceOut(_Open):
    name: str
    article_ids: list[str]


class BriefSentenceOut(_Open):
    text: str
    article_ids: list[str]
    spans: list[SpanRef] | None = None


class StoryOut(_Open):
    """One story in the report format (see report.schema.json)."""

    id: str
    title: str
    article_ids: list[str]
    keywords: list[str] | None = None
    lineage: list[LineageEdgeOut]
    entities: list[EntityOut]
    quotes: list[QuoteOut]
    claims: list[ClaimOut]
    facts: list[FactOut] = Field(default_factory=list, description="figures stated by two or more articles")
    conflicts: list[ConflictOut]
    timeline: list[TimelineItemOut]
    cited_sources: list[CitedSourceOut]
    brief: list[BriefSentenceOut]


class StorySummaryOut(BaseModel):
    id: str
    title: str
    size: int = Field(description="number of articles")
    first_published: str | None
    last_published: str | None
    outlets: list[str]
    keywords: list[str]
    entities: list[str]
    claims: int
    conflicts: int


class StoryListOut(BaseModel):
    total: int = Field(description="stories matching the filters, before offset/limit")
    offset: int
    limit: int
    stories: list[StorySummaryOut]


class DateCandidateOut(_Open):
    value: str
    origin: str
    confidence: float
    evidence: str | None = None


class OutletEditionOut(_Open):
    label: str = Field(description="the edition label as the outlet's name printed it ('日本語版', 'Deutsche Ausgabe')")
    language: str = Field(description="the edition's language (ISO 639-1)")
    local_name: str | None = Field(default=None, description="the brand as the edition writes it in the label's script")


class ArticleOut(_Open):
    id: str
    source: str
    external_id: str | None
    url: str | None
    outlet: str | None = Field(description="the outlet's brand (an edition label in its name is in outlet_edition)")
    outlet_edition: OutletEditionOut | None = None
    title: str | None
    authors: list[str]
    published: str | None
    language: str | None
    text: str
    removed: list[str] = Field(description="boilerplate removed from the page during cleaning")
    date_candidates: list[DateCandidateOut] | None = None
    family: str | None = None


class ArticleDetailOut(ArticleOut):
    format: str = Field(description="the reader that produced the article")
    stories: list[str] = Field(description="ids of the stories the article belongs to")


class StoryEventOut(_Open):
    kind: str
    story_id: str
    other_ids: list[str] = []
    article_ids: list[str] = []
    at: str = ""


class RejectedOut(BaseModel):
    source: str
    reason: str


class IngestSummaryOut(BaseModel):
    added: int
    existing: int
    rejected: list[RejectedOut]
    article_ids: list[str]


class JobOut(BaseModel):
    id: str
    kind: str
    state: Literal["queued", "running", "done", "failed", "skipped"]
    finished: bool
    stage: str | None = Field(description="pipeline stage now running")
    done: int
    total: int
    message: str
    error: str | None
    created_at: float
    started_at: float | None
    finished_at: float | None
    ingest: IngestSummaryOut | None
    result: dict[str, Any] | None


class IngestOut(IngestSummaryOut):
    job_id: str = Field(description="poll GET /api/jobs/{job_id} for the analysis that follows the ingest")
    job: JobOut


class ReportOut(_Open):
    version: int
    generated_at: str | None = None
    storyline_version: str | None = None
    rejected: list[RejectedOut] | None = None
    families: list[list[str]] | None = None
    articles: list[ArticleOut]
    stories: list[StoryOut]


class ErrorOut(BaseModel):
    detail: Any


class SearchStoryOut(BaseModel):
    id: str
    title: str


class SearchResultOut(BaseModel):
    kind: Literal["article", "claim", "quote"]
    score: float = Field(description="relevance within this search (bm25 or ts_rank by backend); higher is better")
    article_id: str = Field(description="the article the result is in (for a claim or quote: the first stating it)")
    article_ids: list[str] = Field(description="every article with this claim or this quote wording")
    title: str = Field(description="the article's title")
    title_highlights: list[list[int]]
    outlet: str | None
    published: str | None
    stories: list[SearchStoryOut]
    item: str | None = Field(description="claim id, or quote number (q2; q2.1 for its first wording)")
    speaker: str | None
    speaker_highlights: list[list[int]]
    start: int | None = Field(description="character offsets in the article's text: the claim or quote, "
                                          "or an article's first match")
    end: int | None
    snippet: str
    highlights: list[list[int]] = Field(description="[start, end] of each match in snippet (code points)")


class SearchOut(BaseModel):
    query: str
    total: int
    offset: int
    limit: int
    results: list[SearchResultOut]

"""The typed data model every stage shares.

Everything found in an article (an entity mention, a quote, a claim, a date) is a
:class:`Span`: character offsets into that article's clean ``text``. Cross-source
results (quote groups, claims, the brief) cite spans, so a reader can always go back
to the exact words an outlet printed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class DateCandidate:
    """One possible publication date seen on a page, with where it came from."""

    value: str  # YYYY-MM-DD
    origin: str  # "field", "url", "dateline", "updated", "header", "htmldate", ...
    confidence: float
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class OutletEdition:
    """The language edition an outlet's name carried ("Brand 日本語版"): the article's outlet is the
    brand; this keeps what the name said about the edition."""

    label: str  # as printed: "日本語版", "Deutsche Ausgabe"
    language: str  # the edition's language (ISO 639-1): the language whose table lists the label
    local_name: str | None = None  # the brand as the edition writes it in the label's script, if printed

    def to_report(self) -> dict[str, Any]:
        return {"label": self.label, "language": self.language, "local_name": self.local_name}

    @classmethod
    def from_report(cls, data: dict[str, Any] | None) -> "OutletEdition | None":
        if not data:
            return None
        return cls(label=str(data["label"]), language=str(data["language"]), local_name=data.get("local_name"))


@dataclass(slots=True)
class Article:
    id: str
    source: str
    text: str
    raw: str = ""
    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD, only when the article itself supports it
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    date_candidates: list[DateCandidate] = field(default_factory=list)
    format: str = "text"  # reader that produced it: text, html, jsonl, json, csv, feed, warc
    outlet_edition: OutletEdition | None = None  # the edition label the outlet's name carried, set aside

    def to_report(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "external_id": self.external_id,
            "url": self.url,
            "outlet": self.outlet,
            "outlet_edition": self.outlet_edition.to_report() if self.outlet_edition else None,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "removed": list(self.removed),
            "date_candidates": [asdict(c) for c in self.date_candidates],
        }


@dataclass(slots=True)
class Span:
    """A character range ``[start, end)`` of one article's clean text."""

    article_id: str
    start: int
    end: int
    kind: str  # entity, quote, speaker, claim, date, number, source, sentence
    label: str = ""  # entity type, normalised date value, speaker name ...
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


# --- copy lineage -----------------------------------------------------------------

LINEAGE_KINDS = ("duplicate", "near_duplicate", "rewrite", "translation")


@dataclass(slots=True)
class Drift:
    origin_text: str
    derived_text: str
    note: str
    kind: str = ""  # entity, number, date, title, hedge, addition, speaker


@dataclass(slots=True)
class LineageEdge:
    origin: str  # article id; when direction is unknown, the lexically smaller id
    derived: str
    kind: str  # one of LINEAGE_KINDS
    score: float  # share of aligned content, 0..1
    confidence: float  # confidence in the direction, 0..1 (0.5 = unknown)
    direction: str = "known"  # "known" or "unknown"
    evidence: list[str] = field(default_factory=list)
    drift: list[Drift] = field(default_factory=list)
    aligned: list[tuple[int, int, float]] = field(default_factory=list)  # (origin sent, derived sent, sim)

    def to_report(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "derived": self.derived,
            "kind": self.kind,
            "score": round(float(self.score), 4),
            "confidence": round(float(self.confidence), 4),
            "direction": self.direction,
            "evidence": list(self.evidence),
            "drift": [
                {"origin_text": d.origin_text, "derived_text": d.derived_text, "note": d.note, "kind": d.kind}
                for d in self.drift
            ],
        }


# --- per-article extraction -------------------------------------------------------


@dataclass(slots=True)
class Quote:
    article_id: str
    start: int  # span of the quoted words (without quote marks)
    end: int
    text: str
    speaker: str | None = None  # resolved, canonical where possible
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    direct: bool = True
    # "direct" (the words in quotation marks), "partial" (a quoted fragment inside the
    # writer's sentence) or "indirect" (reported speech); ``direct`` is True for the first two.
    kind: str = "direct"
    # The story's name for the speaker's entity (set by extract.merge_entities), one for every
    # article's spelling and script of that person; None before the merge or for no entity.
    speaker_entity: str | None = None


@dataclass(slots=True)
class DateMention:
    article_id: str
    start: int
    end: int
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    granularity: str | None  # year, month, day, decade
    relative: bool = False
    sentence: str = ""  # the sentence (event) this date belongs to
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(slots=True)
class Extraction:
    """What one article says, every item anchored in its text."""

    article_id: str
    sentences: list[Span] = field(default_factory=list)
    entities: list[Span] = field(default_factory=list)  # label = PERSON/ORG/GPE/..., attrs["canonical"]
    quotes: list[Quote] = field(default_factory=list)
    cited_sources: list[Span] = field(default_factory=list)  # label = outlet name
    numbers: list[Span] = field(default_factory=list)  # label = value, attrs["unit"] = what it counts
    dates: list[DateMention] = field(default_factory=list)


# --- stories and the report -------------------------------------------------------


@dataclass(slots=True)
class Story:
    id: str
    article_ids: list[str]
    title: str = ""
    keywords: list[str] = field(default_factory=list)
    top_entities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class StoryEvent:
    """A merge or split of stories, recorded so story ids stay auditable."""

    kind: str  # "create", "merge", "split", "add"
    story_id: str
    other_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    at: str = ""


@dataclass(slots=True)
class Rejected:
    """An input that could not be read, with a one-line reason naming the file and record."""

    source: str  # file path, with "#N" for the N-th record of a multi-record file
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

"""Streaming story clustering: articles arrive in time order and join, found, merge or split stories.

An arriving article joins the story with the highest average similarity to it (the
same combined score and threshold as batch mode) among stories of its top-k nearest
recent articles, or founds a new story. Density scales (see
:func:`~storyline.cluster.features.density_scale`) come from each article's best scores
with its neighbours, recorded both ways as articles arrive; a neighbour whose scale
changes has its story's sums corrected at once. Later evidence is applied at once: a story that
now links to another above the threshold absorbs it (the larger, then older, story's
id survives), and a story whose members no longer form one average-linkage cluster is
split (the larger part keeps the id). As in batch mode, a small group (at most
``reattach_size`` articles, an arrival being a group of one) joins a bigger story at
``reattach_ratio`` x threshold, and a split keeps such a group in its story. Each create,
add, merge and split is a :class:`StoryEvent`, so an id never silently changes meaning.

Joining one arrival at a time makes partitions batch mode does not (a story's reports arriving
as two halves that never link above the threshold; a report of another event taken in early), so
after each arrival its neighbourhood (its story and the stories of its nearest articles, up to
``cluster.stream_regroup_members`` articles) is clustered as batch mode would cluster it, and
those stories are split and merged to match.

Stories with no article within twice the window of the stream's clock, and no undated article
within ``undated_reach`` arrivals (the reach batch mode gives undated articles), are closed: their
summary is frozen and their article features are dropped, which keeps memory and
per-article cost bounded by the window, not by the stream's length.
"""

from __future__ import annotations

import base64
import math
from dataclasses import asdict, dataclass, field

import numpy as np
import scipy.sparse as sp

from storyline.cluster.describe import describe, headline
from storyline.cluster.features import (
    Features,
    Vocabulary,
    content_terms,
    day_of,
    density_scale,
    event_years,
    full_text,
    lead_text,
    name_terms,
    signal_weights,
    time_factor,
    year_factors,
    year_matrix,
)
from storyline.cluster.signals import article_signals, column_matrices, signal_columns
from storyline.cluster.graph import group_labels
from storyline.cluster.ids import unique_id
from storyline.model import Article, Extraction, Story, StoryEvent
from storyline.options import Options

_STATE_VERSION = 2  # 2: density scaling (per-article best neighbour scores)
_REBUILD_GROWTH = 1.25  # re-weigh stored vectors when the document count grew this much
_SPLIT_EVERY_UP_TO = 30  # stories up to this size are re-checked at every addition
_EXACT_MERGE_PAIRS = 250_000  # above this many pairs a merge test uses story sums
_EXACT_JOIN_MEMBERS = 3_000  # above this many candidate members an arrival is scored from story sums


@dataclass(slots=True)
class _Item:
    id: str
    seq: int
    day: float
    eff: float
    terms: dict[str, int]
    names: dict[str, int]
    story: str
    headline: str = ""
    best: list[float] = field(default_factory=list)  # best unscaled scores with neighbours, for density
    copy: str = ""  # copy group: the first member of its lineage family seen here
    years: list[int] = field(default_factory=list)  # event years (features.event_years)
    signals: dict[str, list[str]] = field(default_factory=dict)  # event arguments (signals.article_signals)
    signal_cols: dict[str, np.ndarray] = field(default_factory=dict)  # the same as columns of the stream's vocabulary
    scale: float = 1.0
    slot: int = -1
    z: dict[int, float] = field(default_factory=dict)
    zkeys: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # z as arrays, for matrices
    zvals: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))

    def set_vector(self, z: dict[int, float]) -> None:
        self.z = z
        self.zkeys = np.fromiter(z.keys(), np.int64, len(z))
        self.zvals = np.fromiter(z.values(), np.float32, len(z))


@dataclass(slots=True)
class _Story:
    id: str
    members: list[str]
    first_seq: int
    checked: int = 0
    esum: np.ndarray | None = None
    zsum: dict[int, float] | None = None
    summary: tuple[str, list[str], list[str]] | None = None  # frozen when closed

    @property
    def active(self) -> bool:
        return self.summary is None


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _add_into(acc: dict[int, float], z: dict[int, float], sign: float = 1.0) -> None:
    for k, v in z.items():
        acc[k] = acc.get(k, 0.0) + sign * v


def _nan(x: float | None) -> float:
    return math.nan if x is None else float(x)


def _num(x: float) -> float | None:
    return None if math.isnan(x) else x


class StreamClusterer:
    """Incremental story clustering with stable, auditable story ids."""

    def __init__(self, options: Options, state: dict | None = None) -> None:
        self.options = options
        co = options.cluster
        self._window = float(co.window_days)
        # Articles further apart than this are never compared directly.
        self._horizon = 2.0 * max(float(co.window_days), 1.0)
        self._year_factors = year_factors(options)
        self._year_factors_args = year_factors(options, with_arguments=True)
        self._signal_weights = signal_weights(options)
        self._signal_vocab: dict[str, int] = {}  # event-argument tokens -> column (grows like _names)
        self._terms = Vocabulary()
        self._names = Vocabulary()
        self._display: dict[str, str] = {}
        self._items: dict[str, _Item] = {}
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._seq_of: dict[str, int] = {}
        self._parent: dict[str, str] = {}
        self._family: dict[str, list[str]] = {}  # family root -> members, derived from _parent
        self._events: list[StoryEvent] = []
        self._used: set[str] = set()
        self._seq = 0
        self._clock = math.nan
        self._closed_until = math.nan
        self._rebuilt_at = 0
        self._emb = np.zeros((64, 512), dtype=np.float32)
        self._slot_id: list[str | None] = [None] * 64
        self._slot_eff = np.full(64, math.nan)
        self._slot_seq = np.zeros(64, dtype=np.int64)
        self._slot_dated = np.zeros(64, dtype=bool)
        self._slot_used = np.zeros(64, dtype=bool)
        self._free: list[int] = list(range(63, -1, -1))
        if state is not None:
            self._load(state)

    # --- public API -------------------------------------------------------------

    @classmethod
    def from_state(cls, options: Options, state: dict) -> "StreamClusterer":
        return cls(options, state)

    def add(
        self, article: Article, family_of: str | None = None, extraction: Extraction | None = None
    ) -> list[StoryEvent]:
        """Place one article; returns the events this caused (create/add, then merges and splits).

        ``extraction`` (the enrichment's, as ``cluster_batch`` takes them) adds the event
        arguments the pair model weighs, the same as in batch mode."""
        if article.id in self._story_of:
            raise ValueError(f"article {article.id!r} was already added")
        from storyline.resources import embedder

        emb = embedder().encode([lead_text(article, self.options.cluster.embed_chars)])[0]
        return self._add(article, family_of, emb, extraction)

    def add_many(
        self, articles: list[Article], families_of: list[str | None] | None = None,
        extractions: dict[str, Extraction] | None = None,
    ) -> list[StoryEvent]:
        """``add`` each article in order, embedding them in one call (much cheaper per article)."""
        from storyline.resources import embedder

        ids = [a.id for a in articles]
        seen = set(self._story_of)
        for aid in ids:
            if aid in seen:
                raise ValueError(f"article {aid!r} was already added")
            seen.add(aid)
        embs = embedder().encode([lead_text(a, self.options.cluster.embed_chars) for a in articles])
        fams = families_of if families_of is not None else [None] * len(articles)
        events: list[StoryEvent] = []
        for a, fam, emb in zip(articles, fams, embs):
            events.extend(self._add(a, fam, emb, (extractions or {}).get(a.id)))
        return events

    def _add(
        self, article: Article, family_of: str | None, emb: np.ndarray, extraction: Extraction | None = None
    ) -> list[StoryEvent]:
        co = self.options.cluster
        self._seq += 1
        at = f"#{self._seq}"
        day = day_of(article)
        if not math.isnan(day):
            self._clock = day if math.isnan(self._clock) else max(self._clock, day)
        eff = day if not math.isnan(day) else self._clock
        text = full_text(article, co.text_chars)
        display: dict[str, str] = {}
        item = _Item(
            id=article.id,
            seq=self._seq,
            day=day,
            eff=eff,
            terms=dict(content_terms(text)),
            names=dict(name_terms(text, display)),
            story="",
            headline=headline(article),
            years=event_years(article, co.year_chars),
            signals=article_signals(article, extraction, co.lead_names_chars),
        )
        item.signal_cols = signal_columns(item.signals, self._signal_vocab)
        for k, v in display.items():
            self._display.setdefault(k, v)
        self._terms.add_doc(item.terms)
        self._names.add_doc(item.names)
        self._seq_of[item.id] = item.seq
        self._close_stale()
        if self._terms.docs >= _REBUILD_GROWTH * self._rebuilt_at or self._terms.docs < 20:
            self._rebuild()
        item.set_vector(self._vector(item))
        self._place_slot(item, emb)
        self._items[item.id] = item

        events: list[StoryEvent] = []
        if family_of is not None:
            self._union(article.id, family_of)
        family_stories = self._family_stories(article.id)
        neighbours = self._neighbour_slots(emb, eff, item.seq, not math.isnan(day), exclude=article.id)
        self._update_density(item, neighbours, family_of is not None)
        candidates = self._stories_of(neighbours)
        if family_stories:
            target = self._stories[family_stories[0]]
            if not target.active:
                return self._join_closed(target, item, at)
        else:
            target = None
            best = -math.inf
            joins = self._join_scores(item, emb, candidates)
            for sid in candidates:
                st = self._stories[sid]
                if sid not in joins:
                    continue
                score = joins[sid]
                # The arrival is a group of one: a bigger story takes it at the reattach score.
                if score >= self._need(1, self._size(st)) and score >= best:
                    target, best = st, score
        if target is None:
            sid = unique_id(article.id, self._used)
            target = _Story(id=sid, members=[], first_seq=item.seq, esum=np.zeros(512, np.float32), zsum={})
            self._stories[sid] = target
            self._used.add(sid)
            events.append(StoryEvent("create", sid, [], [article.id], at))
        else:
            events.append(StoryEvent("add", target.id, [], [article.id], at))
        self._attach(target, item)

        # A family spread over several stories is reunited, whatever the scores say.
        for sid in family_stories[1:]:
            if sid in self._stories and self._stories[sid].active and self._story_of[article.id] != sid:
                events.append(self._merge(self._stories[self._story_of[article.id]], self._stories[sid], at))
        current = self._stories[self._story_of[article.id]]
        events.extend(self._merge_around(current, candidates, at))
        current = self._stories[self._story_of[article.id]]
        regrouped = self._regroup(current, candidates, at)
        events.extend(self._split_check(current, at) if regrouped is None else regrouped)
        self._events.extend(events)
        return events

    def _join_closed(self, st: _Story, item: _Item, at: str) -> list[StoryEvent]:
        """A late copy of a closed story's article: it joins, the story stays closed."""
        self._release(item)
        st.members.append(item.id)
        self._story_of[item.id] = st.id
        events = [StoryEvent("add", st.id, [], [item.id], at)]
        self._events.extend(events)
        return events

    def stories(self) -> list[Story]:
        out: list[Story] = []
        for st in sorted(self._stories.values(), key=lambda s: s.first_seq):
            title, keywords, entities = st.summary if st.summary is not None else self._describe(st)
            out.append(Story(st.id, list(st.members), title, list(keywords), list(entities)))
        return out

    def events(self) -> list[StoryEvent]:
        return list(self._events)

    def to_state(self) -> dict:
        """A JSON-serialisable snapshot; ``from_state`` continues exactly where this one stands.

        Stored vectors are re-weighed first, so the snapshot and this object agree on every
        later score.
        """
        self._rebuild()
        return {
            "version": _STATE_VERSION,
            "seq": self._seq,
            "clock": _num(self._clock),
            "closed_until": _num(self._closed_until),
            "rebuilt_at": self._rebuilt_at,
            "terms": {"docs": self._terms.docs, "df": dict(zip(self._terms.tokens, self._terms.df))},
            "names": {"docs": self._names.docs, "df": dict(zip(self._names.tokens, self._names.df))},
            "display": dict(self._display),
            "story_of": dict(self._story_of),
            "seq_of": dict(self._seq_of),
            "parent": dict(self._parent),
            "used": sorted(self._used),
            "events": [asdict(e) for e in self._events],
            "stories": [
                {
                    "id": st.id,
                    "members": list(st.members),
                    "first_seq": st.first_seq,
                    "checked": st.checked,
                    "summary": list(st.summary) if st.summary is not None else None,
                }
                for st in self._stories.values()
            ],
            "items": [
                {
                    "id": it.id,
                    "seq": it.seq,
                    "day": _num(it.day),
                    "eff": _num(it.eff),
                    "terms": it.terms,
                    "names": it.names,
                    "best": it.best,
                    "copy": it.copy,
                    "headline": it.headline,
                    "years": it.years,
                    "signals": it.signals,
                    "emb": base64.b64encode(self._emb[it.slot].astype("<f4").tobytes()).decode("ascii"),
                }
                for it in self._items.values()
            ],
        }

    # --- state ------------------------------------------------------------------

    def _load(self, state: dict) -> None:
        if state.get("version") != _STATE_VERSION:
            raise ValueError(f"unsupported stream state version {state.get('version')!r}")
        self._seq = int(state["seq"])
        self._clock = _nan(state["clock"])
        self._closed_until = _nan(state["closed_until"])
        for vocab, key in ((self._terms, "terms"), (self._names, "names")):
            vocab.docs = int(state[key]["docs"])
            for tok, df in state[key]["df"].items():
                vocab.index[tok] = len(vocab.tokens)
                vocab.tokens.append(tok)
                vocab.df.append(int(df))
        self._display = dict(state["display"])
        self._story_of = dict(state["story_of"])
        self._seq_of = {k: int(v) for k, v in state["seq_of"].items()}
        self._parent = dict(state["parent"])
        for aid in self._parent:
            self._family.setdefault(self._find(aid), []).append(aid)
        self._used = set(state["used"])
        self._events = [StoryEvent(**e) for e in state["events"]]
        for s in state["stories"]:
            summary = s["summary"]
            st = _Story(
                id=s["id"],
                members=list(s["members"]),
                first_seq=int(s["first_seq"]),
                checked=int(s["checked"]),
                summary=(summary[0], list(summary[1]), list(summary[2])) if summary is not None else None,
            )
            if st.active:
                st.esum = np.zeros(512, np.float32)
                st.zsum = {}
            self._stories[st.id] = st
        for rec in state["items"]:
            item = _Item(
                id=rec["id"],
                seq=int(rec["seq"]),
                day=_nan(rec["day"]),
                eff=_nan(rec["eff"]),
                terms={k: int(v) for k, v in rec["terms"].items()},
                names={k: int(v) for k, v in rec["names"].items()},
                story=self._story_of[rec["id"]],
                headline=rec["headline"],
                best=[float(x) for x in rec["best"]],
                # States written before copy groups have none: each article is its own.
                copy=str(rec.get("copy") or rec["id"]),
                # States written before event years have none: no year evidence either way.
                years=[int(y) for y in rec.get("years", [])],
                # States written before event arguments have none: the pair factor stays 1.
                signals={k: list(v) for k, v in rec.get("signals", {}).items()},
            )
            item.signal_cols = signal_columns(item.signals, self._signal_vocab)
            item.scale = self._scale_of(item.best)
            emb = np.frombuffer(base64.b64decode(rec["emb"]), dtype="<f4").astype(np.float32)
            self._place_slot(item, emb)
            self._items[item.id] = item
        self._rebuild()
        self._rebuilt_at = int(state["rebuilt_at"])

    # --- vectors ----------------------------------------------------------------

    def _vector(self, item: _Item) -> dict[int, float]:
        """Weighted sparse vector: term columns as >= 0 keys, name columns as negative keys."""
        co = self.options.cluster
        out: dict[int, float] = {}
        for vocab, counts, scale, code in (
            (self._terms, item.terms, math.sqrt(co.tfidf_weight), lambda c: c),
            (self._names, item.names, math.sqrt(co.entity_weight), lambda c: -c - 1),
        ):
            part: dict[int, float] = {}
            for tok, c in counts.items():
                col = vocab.index[tok]
                idf = vocab.idf_of(col, co.idf_prior_docs)
                part[code(col)] = (1.0 + math.log(max(c, 1))) * idf
            norm = math.sqrt(sum(v * v for v in part.values()))
            if norm > 0:
                for k, v in part.items():
                    out[k] = scale * v / norm
        return out

    def _rebuild(self) -> None:
        """Re-weigh every stored vector with the current IDF and recompute story sums."""
        for it in self._items.values():
            it.set_vector(self._vector(it))
        for st in self._stories.values():
            if st.active:
                st.esum = np.zeros(512, np.float32)
                st.zsum = {}
                for aid in st.members:
                    self._add_sums(st, self._items[aid], self._items[aid].scale)
        self._rebuilt_at = self._terms.docs

    def _place_slot(self, item: _Item, emb: np.ndarray) -> None:
        if not self._free:
            old = len(self._slot_id)
            self._emb = np.vstack([self._emb, np.zeros((old, 512), np.float32)])
            self._slot_id.extend([None] * old)
            self._slot_eff = np.concatenate([self._slot_eff, np.full(old, math.nan)])
            self._slot_seq = np.concatenate([self._slot_seq, np.zeros(old, np.int64)])
            self._slot_dated = np.concatenate([self._slot_dated, np.zeros(old, bool)])
            self._slot_used = np.concatenate([self._slot_used, np.zeros(old, bool)])
            self._free.extend(range(2 * old - 1, old - 1, -1))
        slot = self._free.pop()
        item.slot = slot
        self._emb[slot] = emb
        self._slot_id[slot] = item.id
        self._slot_eff[slot] = item.eff
        self._slot_seq[slot] = item.seq
        self._slot_dated[slot] = not math.isnan(item.day)
        self._slot_used[slot] = True

    def _features(self, ids: list[str], scaled: bool = True) -> Features:
        """Batch-layout features of stored articles, for exact average linkage and summaries."""
        off = max(len(self._terms.tokens), 1)
        keys = [self._items[a].zkeys for a in ids]
        indptr = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum([len(k) for k in keys], out=indptr[1:])
        cols = np.concatenate(keys) if ids else np.zeros(0, np.int64)
        cols = np.where(cols >= 0, cols, off - cols - 1)
        vals = np.concatenate([self._items[a].zvals for a in ids]) if ids else np.zeros(0, np.float32)
        width = off + max(len(self._names.tokens), 1)
        sparse = sp.csr_matrix((vals, cols, indptr), shape=(len(ids), width))
        sparse.sum_duplicates()
        slots = [self._items[a].slot for a in ids]
        days = np.array([self._items[a].day for a in ids], dtype=np.float64)
        feats = Features(
            self._emb[slots], sparse, days, self._terms, self._names, self._display,
            self.options.cluster.embedding_weight, self.options.cluster.decay_days,
            years=year_matrix([self._items[a].years for a in ids]),
            year_disjoint=self._year_factors[0], year_shared=self._year_factors[1],
        )
        if self._signal_weights is not None and any(self._items[a].signals for a in ids):
            # As featurize() with extractions: the year factors fitted beside the arguments.
            feats.signals = column_matrices([self._items[a].signal_cols for a in ids], len(self._signal_vocab))
            feats.signal_weights = self._signal_weights
            feats.year_disjoint, feats.year_shared = self._year_factors_args
        if scaled:
            feats.scale = np.array([self._items[a].scale for a in ids], dtype=np.float64)
        return feats

    # --- placement --------------------------------------------------------------

    def _neighbour_slots(
        self, emb: np.ndarray, eff: float, seq: int, dated: bool, exclude: str | None = None
    ) -> np.ndarray:
        """Slots of the top-k most similar recent articles, best first.

        Recent as in batch mode: within twice the window by (arrival) date, or, where either
        article is undated, within ``undated_reach`` arrivals.
        """
        used = self._slot_used.copy()
        if not math.isnan(eff):
            near = np.abs(self._slot_eff - eff) <= self._horizon
            near |= np.isnan(self._slot_eff)
            reach = self.options.cluster.undated_reach
            if reach > 0:
                undated = ~self._slot_dated if dated else np.ones_like(near)
                near |= undated & (np.abs(self._slot_seq - seq) <= reach)
            used &= near
        slots = np.flatnonzero(used)
        if exclude is not None and exclude in self._items:
            slots = slots[slots != self._items[exclude].slot]
        if len(slots) == 0:
            return slots
        sims = self._emb[slots] @ emb
        k = min(self.options.cluster.neighbours, len(slots))
        return slots[np.argsort(-sims, kind="stable")[:k]]

    def _stories_of(self, slots: np.ndarray) -> list[str]:
        out: list[str] = []
        for s in slots:
            sid = self._story_of[self._slot_id[s]]  # type: ignore[index]
            if sid not in out:
                out.append(sid)
        return out

    def _candidate_stories(self, emb: np.ndarray, eff: float, seq: int, dated: bool) -> list[str]:
        """Active stories of the top-k most similar recent articles, best first."""
        return self._stories_of(self._neighbour_slots(emb, eff, seq, dated))

    def _update_density(self, item: _Item, slots: np.ndarray, in_family: bool = False) -> None:
        """Set the new article's copy group; record its unscaled scores with its neighbours,
        both ways, and rescale.

        As in batch mode (:func:`~storyline.cluster.graph.copy_groups`), the members of one
        lineage family form a copy group, and neither an article's own group nor neighbours
        scoring at least ``density_copy_score`` count towards its crowd. A neighbour whose
        scale changes has its story's sums corrected at once, so every later average uses
        the current scales (batch mode uses the final ones).
        """
        co = self.options.cluster
        item.copy = item.id
        if in_family:
            root = self._find(item.id)
            kin = [m for m in self._family.get(root, []) if m != item.id and m in self._items]
            if kin:
                item.copy = self._items[kin[0]].copy
        k = co.density_neighbours
        if len(slots) == 0:
            return
        ids = [self._slot_id[s] for s in slots]
        feats = self._features([item.id, *ids], scaled=False)  # type: ignore[list-item]
        rows, cols = np.array([0]), np.arange(1, len(ids) + 1)
        # Without the event-year and argument factors, as in batch mode (graph.cluster_graph).
        scores = feats.block_scores(rows, cols, self._window, factors=False)[0]
        if k <= 0:
            return
        counted = [
            (sc, self._items[aid])  # type: ignore[index]
            for sc, aid in zip(scores.tolist(), ids)
            if sc < co.density_copy_score and self._items[aid].copy != item.copy  # type: ignore[index]
        ]
        item.best = sorted((sc for sc, _ in counted), reverse=True)[:k]
        item.scale = self._scale_of(item.best)
        for sc, other in counted:
            if len(other.best) >= k and sc <= other.best[-1]:
                continue
            other.best = sorted([*other.best, sc], reverse=True)[:k]
            new = self._scale_of(other.best)
            if new != other.scale:
                st = self._stories.get(other.story)
                if st is not None and st.active and other.id in st.members:
                    self._add_sums(st, other, new - other.scale)
                other.scale = new

    def _scale_of(self, best: list[float]) -> float:
        co = self.options.cluster
        if co.density_neighbours <= 0:
            return 1.0  # density scaling off
        kth = best[co.density_neighbours - 1] if len(best) >= co.density_neighbours else -math.inf
        return float(density_scale(kth, co.density_floor))

    def _add_sums(self, st: _Story, item: _Item, weight: float) -> None:
        """Add ``weight`` x the article's vectors to its story's sums."""
        assert st.esum is not None and st.zsum is not None
        st.esum += weight * self._emb[item.slot]
        _add_into(st.zsum, item.z, weight)

    def _span(self, st: _Story) -> tuple[float, float]:
        days = [self._items[a].day for a in st.members if not math.isnan(self._items[a].day)]
        return (min(days), max(days)) if days else (math.nan, math.nan)

    def _join_scores(self, item: _Item, emb: np.ndarray, candidates: list[str]) -> dict[str, float]:
        """Average score of the arrival with each candidate story's members.

        Exact, pair by pair as in batch mode (the event-year factor of each pair is not a dot
        product of sums), while the candidates hold at most ``_EXACT_JOIN_MEMBERS`` articles;
        beyond that from the story sums.
        """
        active = [sid for sid in candidates if self._stories[sid].active]
        members = [m for sid in active for m in self._stories[sid].members]
        if not members or len(members) > _EXACT_JOIN_MEMBERS:
            return {sid: self._join_score(item, emb, self._stories[sid]) for sid in active}
        feats = self._features([item.id, *members])
        row = feats.block_scores(np.array([0]), np.arange(1, len(members) + 1), self._window)[0]
        out: dict[str, float] = {}
        at = 0
        for sid in active:
            size = len(self._stories[sid].members)
            out[sid] = float(row[at : at + size].mean())
            at += size
        return out

    def _join_score(self, item: _Item, emb: np.ndarray, st: _Story) -> float:
        assert st.esum is not None and st.zsum is not None
        ew = self.options.cluster.embedding_weight
        score = item.scale * (ew * float(emb @ st.esum) + _dot(item.z, st.zsum)) / len(st.members)
        lo, hi = self._span(st)
        if math.isnan(item.day) or math.isnan(lo):
            return score
        gap = max(0.0, lo - item.day, item.day - hi)
        return score * float(time_factor(gap, self._window, self.options.cluster.decay_days))

    def _attach(self, st: _Story, item: _Item) -> None:
        st.members.append(item.id)
        self._add_sums(st, item, item.scale)
        item.story = st.id
        self._story_of[item.id] = st.id

    def _link(self, a: _Story, b: _Story) -> float:
        """Average combined similarity between two active stories' articles."""
        if len(a.members) * len(b.members) <= _EXACT_MERGE_PAIRS:
            feats = self._features(a.members + b.members)
            ra = np.arange(len(a.members))
            rb = np.arange(len(a.members), len(a.members) + len(b.members))
            return float(feats.block_scores(ra, rb, self._window).mean())
        assert a.esum is not None and b.esum is not None and a.zsum is not None and b.zsum is not None
        ew = self.options.cluster.embedding_weight
        score = (ew * float(a.esum @ b.esum) + _dot(a.zsum, b.zsum)) / (len(a.members) * len(b.members))
        (alo, ahi), (blo, bhi) = self._span(a), self._span(b)
        if math.isnan(alo) or math.isnan(blo):
            return score
        return score * float(time_factor(max(0.0, alo - bhi, blo - ahi), self._window, self.options.cluster.decay_days))

    def _merge(self, a: _Story, b: _Story, at: str) -> StoryEvent:
        """Merge two stories; the larger (then older) keeps its id, the other is recorded as merged."""
        keep, gone = (a, b) if (len(a.members), -a.first_seq) >= (len(b.members), -b.first_seq) else (b, a)
        assert keep.esum is not None and keep.zsum is not None and gone.esum is not None and gone.zsum is not None
        keep.esum += gone.esum
        _add_into(keep.zsum, gone.zsum)
        keep.members = sorted(keep.members + gone.members, key=self._seq_of.__getitem__)
        keep.first_seq = min(keep.first_seq, gone.first_seq)
        for aid in gone.members:
            self._story_of[aid] = keep.id
            self._items[aid].story = keep.id
        del self._stories[gone.id]
        return StoryEvent("merge", keep.id, [gone.id], list(gone.members), at)

    def _size(self, st: _Story) -> int:
        """An active story's size for the reattach rule: its distinct copy groups."""
        return len({self._items[a].copy for a in st.members})

    def _need(self, size_a: int, size_b: int) -> float:
        """Average score two stories must reach to merge: the threshold, or the reattach
        score when one is a small group (<= ``reattach_size`` copy groups) and the other is bigger."""
        co = self.options.cluster
        if co.reattach_size > 0 and min(size_a, size_b) <= co.reattach_size < max(size_a, size_b):
            return co.threshold * min(1.0, co.reattach_ratio)
        return co.threshold

    def _merge_around(self, st: _Story, candidates: list[str], at: str, avoid: set[str] | None = None) -> list[StoryEvent]:
        """Absorb every candidate story whose average linkage with ``st`` reaches the threshold
        (or the reattach score, see ``_need``)."""
        events: list[StoryEvent] = []
        for sid in candidates:
            if sid == st.id or sid not in self._stories or (avoid and sid in avoid):
                continue
            other = self._stories[sid]
            if not other.active or self._link(st, other) < self._need(self._size(st), self._size(other)):
                continue
            ev = self._merge(st, other, at)
            events.append(ev)
            st = self._stories[ev.story_id]
        return events

    def _labels(self, members: list[str]) -> np.ndarray:
        """Batch mode's labels for ``members`` (average linkage, then small groups reattached);
        members of one lineage family stay together."""
        feats = self._features(members)
        pos = {aid: p for p, aid in enumerate(members)}
        groups: dict[str, list[int]] = {}
        for aid in members:
            groups.setdefault(self._find(aid), []).append(pos[aid])
        forced = [np.array(g) for g in groups.values() if len(g) > 1]
        co = self.options.cluster
        copies = np.unique([self._items[a].copy for a in members], return_inverse=True)[1]
        return group_labels(feats, np.arange(len(members)), co.threshold, self._window, forced,
                            co.reattach_size, co.reattach_ratio, copies)

    def _split_check(self, st: _Story, at: str) -> list[StoryEvent]:
        """Split ``st`` when its members no longer form one average-linkage cluster."""
        size = len(st.members)
        if size < 3 or (size > _SPLIT_EVERY_UP_TO and size < _REBUILD_GROWTH * st.checked):
            return []
        st.checked = size
        labels = self._labels(st.members)
        if labels.max() == 0:
            return []
        events, new_stories = self._split(st, labels, at)
        # A split-off part may belong with another story; never straight back into its parent.
        for new in new_stories:
            if new.id not in self._stories:
                continue
            centroid = new.esum / max(np.linalg.norm(new.esum), 1e-9)  # type: ignore[operator]
            eff = max(self._items[a].eff for a in new.members)
            cands = self._candidate_stories(centroid, eff, max(self._seq_of[a] for a in new.members), True)
            events.extend(self._merge_around(new, cands, at, avoid={st.id}))
        return events

    def _split(self, st: _Story, labels: np.ndarray, at: str) -> tuple[list[StoryEvent], list[_Story]]:
        """Split ``st`` by ``labels`` (one per member): the larger part keeps the id (on a tie, the
        part holding the founding article), each other part becomes a new story."""
        parts: dict[int, list[str]] = {}
        for aid, lab in zip(st.members, labels):
            parts.setdefault(int(lab), []).append(aid)
        ordered = sorted(parts.values(), key=lambda p: (-len(p), self._seq_of[p[0]]))
        events: list[StoryEvent] = []
        new_stories: list[_Story] = []
        for part in ordered[1:]:
            sid = unique_id(part[0], self._used)
            self._used.add(sid)
            new = _Story(id=sid, members=[], first_seq=self._seq_of[part[0]], checked=len(part),
                         esum=np.zeros(512, np.float32), zsum={})
            self._stories[sid] = new
            for aid in part:
                it = self._items[aid]
                self._attach(new, it)
            new_stories.append(new)
            events.append(StoryEvent("split", st.id, [sid], list(part), at))
        st.members = list(ordered[0])
        st.esum = np.zeros(512, np.float32)
        st.zsum = {}
        for aid in st.members:
            self._add_sums(st, self._items[aid], self._items[aid].scale)
        st.checked = len(st.members)
        return events, new_stories

    def _regroup(self, st: _Story, candidates: list[str], at: str) -> list[StoryEvent] | None:
        """Cluster the arrival's neighbourhood (its story and the active stories of its nearest
        articles) as batch mode would, and split and merge those stories to match; None when the
        neighbourhood is one story or more than ``cluster.stream_regroup_members`` articles.

        Joining one arrival at a time and merging two stories only on their average link makes
        partitions batch mode never makes: a story's reports arrive split in two halves whose
        average link falls under the threshold, where batch mode, merging the closest pairs first,
        grows one cluster and reattaches the rest; a few reports of another event join a story
        early and stay. Re-clustering the neighbourhood undoes both."""
        sids = [st.id, *dict.fromkeys(
            s for s in candidates if s != st.id and s in self._stories and self._stories[s].active)]
        if len(sids) < 2:
            return None
        members = [a for s in sids for a in self._stories[s].members]
        if len(members) > self.options.cluster.stream_regroup_members:
            return None
        labels = self._labels(members)
        events: list[StoryEvent] = []
        start = 0
        for sid in sids:
            story = self._stories[sid]
            own = labels[start : start + len(story.members)]
            start += len(story.members)
            if len(set(own.tolist())) > 1:
                events.extend(self._split(story, own, at)[0])
        # Stories (old ones and the parts just split off) whose members share a label merge.
        by_label: dict[int, list[str]] = {}
        for aid, lab in zip(members, labels):
            sid = self._story_of[aid]
            held = by_label.setdefault(int(lab), [])
            if sid not in held:
                held.append(sid)
        for held in by_label.values():
            keep = self._stories[held[0]]
            for sid in held[1:]:
                ev = self._merge(keep, self._stories[sid], at)
                events.append(ev)
                keep = self._stories[ev.story_id]
        return events

    # --- families -----------------------------------------------------------------

    def _find(self, x: str) -> str:
        root = x
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(x, x) != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self._parent[gone] = keep
        self._parent.setdefault(keep, keep)
        merged = self._family.pop(gone, [gone]) + self._family.pop(keep, [keep])
        self._family[keep] = sorted(set(merged))

    def _family_stories(self, aid: str) -> list[str]:
        """Stories already holding other members of ``aid``'s family, oldest first."""
        if aid not in self._parent:
            return []
        members = self._family.get(self._find(aid), [])
        sids = {self._story_of[m] for m in members if m != aid and m in self._story_of}
        return sorted(sids, key=lambda s: self._stories[s].first_seq)

    # --- closing ------------------------------------------------------------------

    def _close_stale(self) -> None:
        """Freeze stories with no article within twice the window of the clock, and no undated
        article within ``undated_reach`` arrivals: an undated article meets what arrives that
        close to it whatever its dates (as in batch mode), so its story stays open to them."""
        if math.isnan(self._clock) or self._closed_until == self._clock:
            return
        self._closed_until = self._clock
        horizon = self._clock - self._horizon - 1.0
        reach = self.options.cluster.undated_reach
        for st in list(self._stories.values()):
            if not st.active:
                continue
            # Articles placed before any date was seen are the oldest of all (arrival order).
            last = max((self._items[a].eff for a in st.members if not math.isnan(self._items[a].eff)),
                       default=-math.inf)
            if last >= horizon:
                continue
            if reach > 0 and any(math.isnan(self._items[a].day) and self._seq - self._items[a].seq < reach
                                 for a in st.members):
                continue
            st.summary = self._describe(st)
            for aid in st.members:
                self._release(self._items[aid])
            st.esum = None
            st.zsum = None

    def _release(self, item: _Item) -> None:
        """Drop an article's features: its story is closed."""
        self._items.pop(item.id, None)
        self._slot_used[item.slot] = False
        self._slot_id[item.slot] = None
        self._slot_eff[item.slot] = math.nan
        self._free.append(item.slot)

    def _describe(self, st: _Story) -> tuple[str, list[str], list[str]]:
        feats = self._features(st.members)
        return describe(feats, np.arange(len(st.members)), lambda r: self._items[st.members[r]].headline)

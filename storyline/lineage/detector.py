"""Copy lineage: which articles copied, reprinted, rewrote or translated which.

Pipeline: prepare features -> candidate pairs (LSH, shared sentences, embedding
neighbours) -> verify each candidate by sentence alignment -> kind and score -> direction
-> drift. Independent reports of one event share facts and a quote or two, but not most of
their sentences, so they fail the alignment test and get no edge.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from storyline.lineage import candidates as cand
from storyline.lineage import cues
from storyline.lineage.align import Alignment, align, monotonic_one_to_one, score_matrix
from storyline.lineage.direction import decide
from storyline.lineage.drift import DriftChecker, norm_number, numbers
from storyline.lineage.families import prune_siblings
from storyline.lineage.prepare import Prepared, detect_language, prepare
from storyline.model import Article, LineageEdge
from storyline.options import Options
from storyline.text import fold

log = logging.getLogger(__name__)

_LEXICAL_MATCH = 0.6  # word Dice above which two sentences are the same sentence, lightly edited
_VERBATIM = 0.8  # word Dice of an aligned pair printed (nearly) verbatim
_DOC_SENTENCES = 6  # lead sentences the cheap same-language gate compares before whole texts are encoded
# Once two texts are known to be copies, a leftover sentence this close to a leftover sentence
# of the other is the same sentence edited (a swapped name, a changed number), not new material.
_EDITED_MATCH = 0.6
_LOOSE_MIN_WORDS = 5  # sentences shorter than this (URLs, date lines) do not count in the loose rewrite test


@dataclass(slots=True)
class _Verdict:
    kind: str
    score: float
    alignment: Alignment


class LineageDetector:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.opt = options.lineage
        self._embedder = None
        self._nlp = None
        self._vec_cache: dict[str, np.ndarray] = {}
        self._ner_cache: dict[str, list[tuple[str, str, int]]] = {}
        self._ner_pipes: list = []
        # Per article: folded text, its words and its numbers, which every edge's drift check reads.
        self._context: dict[str, tuple[str, set[str], Counter[str]]] = {}
        self._drift: DriftChecker | None = None
        self._postings: dict[str, set[str]] = {}  # sentence key -> ids of articles printing it
        # (origin, derived) -> direction cue values seen from the chosen origin (+: origin first),
        # for fitting the cue weights on labelled copies (storyline.lineage.train).
        self.direction_features: dict[tuple[str, str], dict[str, float]] = {}

    # --- models --------------------------------------------------------------------

    def setup(self) -> None:
        from storyline.resources import embedder, spacy_nlp

        if self._embedder is None:
            self._embedder = embedder()
        if self._nlp is None:
            self._nlp = spacy_nlp(self.options.extract.spacy_model)
            # Drift needs entities only. The recogniser of the small English pipelines has its
            # own token vectors, so running it alone gives the same entities in half the time;
            # a recogniser that listens to a shared tok2vec gets that component too.
            ner = self._nlp.get_pipe("ner")
            listens = any(n.name.startswith("tok2vec-listener") for n in ner.model.walk())
            self._ner_pipes = [self._nlp.get_pipe(n) for n in self._nlp.pipe_names
                               if n == "ner" or (listens and n == "tok2vec")]
        self._drift = DriftChecker(self._ner)

    def _elsewhere(self, extra_keys: list[str], shared_keys: list[str], exclude: set[str]) -> str | None:
        """Smallest id of an article printing an extra sentence but none of the shared ones."""
        # A third article printing any of the shared (non-quote) text is another reprint of it:
        # its sentences say nothing about which of the two was compiled.
        related = set(exclude)
        for key in shared_keys:
            related |= self._postings.get(key, set())
        for key in extra_keys:
            others = self._postings.get(key, set()) - related
            if others:
                return min(others)
        return None

    def _ner(self, sentence: str) -> list[tuple[str, str, int]]:
        hit = self._ner_cache.get(sentence)
        if hit is None:
            assert self._nlp is not None
            doc = self._nlp.make_doc(sentence)
            for pipe in self._ner_pipes:
                doc = pipe(doc)
            hit = self._ner_cache[sentence] = [(e.text, e.label_, e.start_char) for e in doc.ents]
        return hit

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors, each distinct sentence encoded once per detector."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._vec_cache))
        if missing:
            assert self._embedder is not None
            for t, v in zip(missing, self._embedder.encode(missing)):
                self._vec_cache[t] = v
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.vstack([self._vec_cache[t] for t in texts])

    def _leads_agree(self, a: Prepared, b: Prepared, threshold: float) -> bool:
        """Cheap gate before encoding whole articles: a rewrite or translation keeps most of
        the lead, whose vectors the neighbour search already computed."""
        la, lb = a.sentences[:_DOC_SENTENCES], b.sentences[:_DOC_SENTENCES]
        lead = align(a.sent_words[:_DOC_SENTENCES], b.sent_words[:_DOC_SENTENCES], threshold,
                     self._encode(la), self._encode(lb))
        return len(lead.pairs) >= min(2, len(la), len(lb)) and lead.share_shorter >= 0.34

    def _sentence_vectors(self, p: Prepared) -> np.ndarray:
        if p.sent_vectors is None:
            p.sent_vectors = self._encode(p.sentences)
        return p.sent_vectors

    # --- stages --------------------------------------------------------------------

    def prepare(self, articles: list[Article]) -> list[Prepared]:
        out = []
        for a in articles:
            lang = a.language or detect_language(a.text)
            out.append(prepare(a, self.opt.shingle_size, lang.split("-")[0].lower()))
        return out

    def candidate_pairs(self, prepared: list[Prepared]) -> list[tuple[int, int]]:
        sigs = cand.minhash_signatures([p.shingles for p in prepared], self.opt.num_perm)
        lsh = cand.lsh_pairs(sigs, self.opt.lsh_threshold)
        shared = cand.shared_sentence_pairs(prepared)
        emb: set[tuple[int, int]] = set()
        if self.opt.embedding_neighbours > 0 and len(prepared) > 1:
            emb = cand.embedding_pairs(self._doc_vectors(prepared), self.opt.embedding_neighbours,
                                       self.opt.embedding_min_similarity)
        anchors = cand.anchor_pairs([_anchors(p) for p in prepared], [p.language for p in prepared],
                                    self.opt.anchor_min_shared)
        credits = cand.credit_pairs(prepared)
        log.debug("candidates: lsh=%d shared=%d embedding=%d anchors=%d credits=%d",
                  len(lsh), len(shared), len(emb), len(anchors), len(credits))
        return cand.union(lsh, shared, emb, anchors, credits)

    def _doc_vectors(self, prepared: list[Prepared]) -> np.ndarray:
        """Mean sentence vector of each article's whole text (up to ``doc_sentences`` sentences spread
        evenly over it), unit length: a credit line or kicker shifts a lead window, not this."""
        picks = [_spread(p.sentences, self.opt.doc_sentences) or [p.article.text[:300] or " "] for p in prepared]
        flat = self._encode([s for sents in picks for s in sents])
        offsets = np.cumsum([0] + [len(s) for s in picks])
        doc = np.add.reduceat(flat, offsets[:-1], axis=0)
        doc /= np.maximum(np.linalg.norm(doc, axis=1, keepdims=True), 1e-9)
        for p, v in zip(prepared, doc):
            p.doc_vector = v
        return doc

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
        if same_lang and containment >= 0.2:
            al = align(a.sent_words, b.sent_words, opt.sentence_match, lexical_threshold=_LEXICAL_MATCH)
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
            if share >= opt.min_aligned_share and al.share_longer >= 0.3:
                return _Verdict("translation", min(1.0, score), al)
            return None
        if jaccard >= opt.duplicate_jaccard and _same_text(a, b, al):
            return _Verdict("duplicate", max(min(1.0, score), jaccard), al)
        if containment >= opt.near_duplicate_containment:
            return _Verdict("near_duplicate", min(1.0, max(score, containment)), al)
        if share >= opt.min_aligned_share and al.share_longer >= 0.3 and len(al.pairs) >= 2:
            verbatim = sum(1 for k in al.lexical.values() if k >= _VERBATIM) / len(al.pairs)
            if verbatim >= 0.7:
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
        if len(pairs) < 2 or al.share_shorter < opt.min_aligned_share or al.share_longer < 0.3:
            return None
        total = sum(s for _, _, s in pairs) / min(al.n_a, al.n_b)
        if total < opt.translation_min_score:
            return None
        return _Verdict("translation", min(1.0, total), al)

    def _rewrite(self, a: Prepared, b: Prepared, va: np.ndarray, vb: np.ndarray) -> _Verdict | None:
        """A sentence-by-sentence paraphrase: most sentences align *in order* at a looser score."""
        opt = self.opt
        score, lex = score_matrix(a.sent_words, b.sent_words, va, vb)
        pairs = monotonic_one_to_one(score, opt.rewrite_match)
        al = Alignment(pairs=pairs, lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
                       n_a=len(a.sentences), n_b=len(b.sentences))
        if len(pairs) >= 4 and al.share_shorter >= opt.rewrite_min_share and al.share_longer >= 0.5:
            return _Verdict("rewrite", min(1.0, sum(s for _, _, s in pairs) / min(al.n_a, al.n_b)), al)
        # A heavy paraphrase (a quarter of its word 3-grams kept) drops many sentence pairs below
        # rewrite_match; in order at a looser score, enough of them still walk the source.
        # Only sentences of some length count here: a URL, a date line or a byline aligns with its
        # counterpart in any two pages of one outlet and says nothing about the text.
        long_a = [k for k, w in enumerate(a.sent_words) if len(w) >= _LOOSE_MIN_WORDS]
        long_b = [k for k, w in enumerate(b.sent_words) if len(w) >= _LOOSE_MIN_WORDS]
        if not long_a or not long_b:
            return None
        sub = score[np.ix_(long_a, long_b)]
        pairs = [(long_a[i], long_b[j], v) for i, j, v in monotonic_one_to_one(sub, opt.rewrite_loose)]
        al = Alignment(pairs=pairs, lexical={(i, j): float(lex[i, j]) for i, j, _ in pairs},
                       n_a=len(long_a), n_b=len(long_b))
        total = sum(s for _, _, s in pairs) / max(1, min(al.n_a, al.n_b))
        if len(pairs) < opt.rewrite_loose_min_pairs or al.share_shorter < opt.rewrite_min_share \
                or al.share_longer < 0.5 or total < opt.rewrite_loose_min_score:
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
                      _EDITED_MATCH, va, vb)
        pairs = sorted(al.pairs + [(left_a[i], left_b[j], s) for i, j, s in extra.pairs])
        lexical = dict(al.lexical)
        lexical.update({(left_a[i], left_b[j]): v for (i, j), v in extra.lexical.items()})
        return Alignment(pairs=pairs, lexical=lexical, n_a=al.n_a, n_b=al.n_b)

    def edge(self, a: Prepared, b: Prepared, verdict: _Verdict) -> LineageEdge:
        al = verdict.alignment
        if verdict.kind != "duplicate":
            al = self._align_leftovers(a, b, al)
        d = decide(a, b, al, verdict.kind, self._elsewhere, self.opt.direction_margin,
                   (self.opt.time_gap_minutes, self.opt.naive_time_gap_minutes))
        if d.a_is_origin:
            o, r, pairs = a, b, [(i, j, s) for i, j, s in al.pairs]
            lex = al.lexical
        else:
            o, r, pairs = b, a, sorted((j, i, s) for i, j, s in al.pairs)
            lex = {(j, i): v for (i, j), v in al.lexical.items()}
        edge = LineageEdge(
            origin=o.article.id,
            derived=r.article.id,
            kind=verdict.kind,
            score=round(float(verdict.score), 4),
            confidence=d.confidence,
            direction="known" if d.known else "unknown",
            evidence=d.evidence,
            aligned=[(i, j, round(float(s), 4)) for i, j, s in pairs],
        )
        sign = 1.0 if d.a_is_origin else -1.0
        self.direction_features[(o.article.id, r.article.id)] = {k: sign * v for k, v in d.features.items()}
        edge.drift = self._drift_of(o, r, pairs, lex, verdict.kind)
        if not d.known:
            edge.drift = [_neutral(x, o.article.id, r.article.id) for x in edge.drift]
        return edge

    def _drift_of(self, o: Prepared, r: Prepared, pairs: list[tuple[int, int, float]],
                  lex: dict[tuple[int, int], float], kind: str) -> list:
        if kind == "duplicate" and all(o.sent_keys[i] == r.sent_keys[j] for i, j, _ in pairs) \
                and len(pairs) == len(r.sentences):
            return []
        if self._drift is None:
            self.setup()
        assert self._drift is not None
        same_lang = kind != "translation"
        out = []
        o_fold, o_words, o_nums = self._article_context(o)
        for i, j, _ in pairs:
            if o.sent_keys[i] != r.sent_keys[j]:
                out.extend(self._drift.sentence_drift(o.sentences[i], r.sentences[j], same_lang, (o_fold, o_words),
                                                      (o.language, r.language)))
        if kind in ("near_duplicate", "rewrite"):
            aligned_r = {j for _, j, _ in pairs}
            for j, s in enumerate(r.sentences):
                if j not in aligned_r and not cues.is_provenance(s):
                    add = self._drift.addition(s, o_fold, o_words, o_nums, r.language)
                    if add is not None:
                        out.append(add)
            # What the copy cut: a sourced fact a reader of the copy no longer sees.
            aligned_o = {i for i, _, _ in pairs}
            r_fold, r_words, r_nums = self._article_context(r)
            for i, s in enumerate(o.sentences):
                if i not in aligned_o and not cues.is_provenance(s):
                    cut = self._drift.removal(s, r_fold, r_words, r_nums, o.language)
                    if cut is not None:
                        out.append(cut)
        return out

    def _article_context(self, p: Prepared) -> tuple[str, set[str], Counter[str]]:
        """Folded text, words and numbers of an article: computed once, read by all its edges."""
        hit = self._context.get(p.article.id)
        if hit is None:
            words = set().union(*p.sent_words) if p.sent_words else set()
            hit = self._context[p.article.id] = (fold(p.article.text), words, numbers(p.article.text, p.language))
        return hit

    def detect(self, articles: list[Article]) -> list[LineageEdge]:
        if self._embedder is None or self._drift is None:
            self.setup()
        ids = [a.id for a in articles]
        if len(set(ids)) != len(ids):
            dup = sorted(k for k, v in Counter(ids).items() if v > 1)[:5]
            raise ValueError(f"article ids must be unique; repeated: {dup}")
        prepared = self.prepare(articles)
        self._postings = {}
        self._context = {}
        for p in prepared:
            for key, ws in zip(p.sent_keys, p.sent_words):
                if len(ws) >= 6:
                    self._postings.setdefault(key, set()).add(p.article.id)
        edges: list[LineageEdge] = []
        for i, j in self.candidate_pairs(prepared):
            verdict = self.verify(prepared[i], prepared[j])
            if verdict is not None:
                edges.append(self.edge(prepared[i], prepared[j], verdict))
        edges = prune_siblings(edges)
        edges.sort(key=lambda e: (e.origin, e.derived))
        return edges


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


def _neutral(d, o: str, r: str):
    """A drift item told as what differs between the two texts (direction unknown)."""
    for rx, template in _NEUTRAL:
        m = rx.match(d.note)
        if m:
            return type(d)(d.origin_text, d.derived_text, template.format(*m.groups(), o=o, r=r), d.kind)
    return d


def _spread(items: list[str], k: int) -> list[str]:
    """Up to ``k`` items taken evenly over the whole list (all of them when there are few)."""
    if len(items) <= k:
        return list(items)
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]


# Rare tokens that survive translation: figures with two or more digits and capitalised names.
_ANCHOR_NUM = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])")
_ANCHOR_NAME = re.compile(r"(?<=[^\s])\s+([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]{3,})")


def _anchors(p: Prepared) -> frozenset[str]:
    """Names and numbers of an article, folded, numbers by value ("1.200" = "1,200" = "1200")."""
    text = p.article.text
    out = {"#" + norm_number(m.group(0)) for m in _ANCHOR_NUM.finditer(text)}
    out |= {fold(m.group(1))[:8] for m in _ANCHOR_NAME.finditer(text)}
    return frozenset(out)


def _same_text(a: Prepared, b: Prepared, al: Alignment) -> bool:
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
    return all(len(w) < 4 for w in extra)


def detect_lineage(articles: list[Article], options: Options) -> list[LineageEdge]:
    detector = LineageDetector(options)
    detector.setup()
    return detector.detect(articles)

"""What story clustering compares: per-article signals and the combined similarity.

Each article gets three unit-length blocks:

* ``E``: a multilingual sentence embedding of its title and lead (language-independent);
* ``T``: TF-IDF over content words (sublinear tf);
* ``N``: TF-IDF over names (capitalised phrases and their words) and numbers, which
  separate two events of the same kind (two earthquakes share every content word but
  not the place, the magnitude or the death toll) and also match across languages.

Scaled by the square roots of the option weights, the blocks concatenate into one
vector whose dot product is the combined score ``we*cosE + wt*cosT + wn*cosN``. Because
the score is a dot product, the average similarity between two groups of articles is
the dot product of their sums divided by the sizes: average linkage costs O(dim).
Published-date distance multiplies the score by :func:`time_factor`, and each article's
density scale (:func:`density_scale`) multiplies every score it takes part in; a product
of per-article factors keeps group averages a dot product of (scaled) sums.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import scipy.sparse as sp

from storyline.cluster.signals import (
    FEATURES as SIGNAL_FEATURES,
    Signals,
    article_signals,
    log_factor_block,
    log_factor_pairs,
    signal_matrices,
)
from storyline.model import Article, Extraction
from storyline.resources import Embedder
from storyline.options import Options
from storyline.text import fold, sentence_spans, words

# Upper-case letters of the Latin, Greek and Cyrillic blocks, for a C-speed name regex
# (Python's re has no \p{Lu}).
_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_NAME = re.compile(
    rf"[{_UPPER}][\w'’-]*(?:[ \t]+(?:(?:of|de|del|de la|da|di|van|von|al|bin|le|du|y)[ \t]+)?[{_UPPER}][\w'’-]*)*"
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# A stated calendar year in any script's text ("in 2009", "2009年", "el 2009"): four digits not
# inside a longer number, decimal or amount. The plausible span keeps counts ("1500 troops") out.
_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)")
YEAR_FIRST, YEAR_SPAN = 1950, 100
_STOP_LANGS = ("en", "es", "fr", "de", "it", "pt", "nl")
_stopwords: frozenset[str] | None = None


def stopwords() -> frozenset[str]:
    """Folded stop words of the common European languages (spaCy's lists, no model needed)."""
    global _stopwords
    if _stopwords is None:
        from storyline import lang

        words_: set[str] = set()
        for code in _STOP_LANGS:
            words_.update(fold(w) for w in lang.stop_words(code))
        # Reporting verbs, calendar and news boilerplate occur in every story.
        words_.update(
            "said says told according reported report reports news monday tuesday wednesday thursday friday "
            "saturday sunday year years week weeks today yesterday people percent http https www com html "
            "htm article articles story stories".split()
        )
        _stopwords = frozenset(words_)
    return _stopwords


def content_terms(text: str) -> Counter[str]:
    stop = stopwords()
    return Counter(w for w in words(text) if len(w) > 2 and not w[0].isdigit() and w not in stop)


def name_terms(text: str, display: dict[str, str] | None = None) -> Counter[str]:
    """Names and numbers as ``p:`` whole phrases, ``w:`` their words and ``n:`` numbers.

    Words of a phrase count on their own so "Tara Reid" and a later "Reid" meet.
    ``display`` collects one surface form per folded phrase, for story summaries.
    """
    stop = stopwords()
    out: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        surface = m.group(0)
        toks = [t for t in fold(surface).split() if t]
        # Drop leading sentence-initial function words ("The", "In") from the phrase.
        while toks and toks[0] in stop:
            toks = toks[1:]
            surface = surface.split(None, 1)[1] if " " in surface else ""
        if not toks:
            continue
        key = " ".join(toks)
        if len(toks) > 1:
            out["p:" + key] += 1
            if display is not None and key not in display:
                display[key] = surface
        for t in toks:
            if len(t) > 2 and t not in stop:
                out["w:" + t] += 1
                if len(toks) == 1 and display is not None and t not in display:
                    display[t] = surface
    for m in _NUMBER.finditer(text):
        value = m.group(0).replace(",", ".")
        # Day-of-month and small counts are everywhere; they separate nothing.
        if len(value) > 1:
            out["n:" + value] += 1
    return out


def event_years(article: Article, chars: int) -> list[int]:
    """Years the article's event can be in: the years its title and lead state, plus its
    publication year (relative dates such as "on Sunday" resolve into it).

    Two reports of one event share a year; two same-kind events (elections five years apart,
    two emergency patches of one browser) usually do not, and an undated report often states
    the year in its lead ("the 2009 elections") where no other date survives.
    """
    text = f"{article.title or ''} {article.text[:chars]}"
    out = {int(m.group(1)) for m in _YEAR.finditer(text)}
    if article.published:
        try:
            out.add(date.fromisoformat(article.published[:10]).year)
        except ValueError:
            pass  # an unparseable date is no evidence; day_of() treats it as undated too
    return sorted(y for y in out if YEAR_FIRST <= y < YEAR_FIRST + YEAR_SPAN)


def year_matrix(years: list[list[int]]) -> sp.csr_matrix:
    """Indicator rows (one column per year from YEAR_FIRST) of each article's event years."""
    indptr = np.zeros(len(years) + 1, dtype=np.int64)
    np.cumsum([len(y) for y in years], out=indptr[1:])
    cols = np.fromiter((y - YEAR_FIRST for ys in years for y in ys), np.int64, int(indptr[-1]))
    return sp.csr_matrix((np.ones(len(cols), np.float32), cols, indptr), shape=(len(years), YEAR_SPAN))


_MODEL: dict | None = None


def pair_model() -> dict:
    """The fitted pair-scorer file shipped with the package (storyline/cluster/train.py writes it)."""
    global _MODEL
    if _MODEL is None:
        from importlib.resources import files

        _MODEL = json.loads(files("storyline.cluster").joinpath("pair_model.json").read_text(encoding="utf-8"))
    return _MODEL


def year_factors(options: Options, with_arguments: bool = False) -> tuple[float, float]:
    """(disjoint, shared) event-year score factors: the options' values, else the fitted model's.

    The model file holds two fits: years alone (clustering without extractions) and years with
    the event arguments (``"arguments"``), whose year factors are weighed beside them."""
    co = options.cluster
    dis, sh = co.year_disjoint, co.year_shared
    if dis is None or sh is None:
        model = pair_model()
        if with_arguments:
            model = model["arguments"]
        dis = float(model["year_disjoint"]) if dis is None else dis
        sh = float(model["year_shared"]) if sh is None else sh
    return float(dis), float(sh)


def lead_text(article: Article, chars: int) -> str:
    """Title plus the first sentences, up to ``chars`` characters: what the embedding sees."""
    parts: list[str] = []
    size = 0
    if article.title:
        parts.append(article.title.strip())
        size += len(parts[0])
    for s, e in sentence_spans(article.text[: chars * 2]):
        if size >= chars:
            break
        parts.append(article.text[s:e])
        size += e - s
    return " ".join(parts)[:chars] or article.text[:chars]


def full_text(article: Article, chars: int) -> str:
    body = article.text[:chars]
    return f"{article.title}\n{body}" if article.title else body


def day_of(article: Article) -> float:
    """Published date as a day number, NaN when unknown."""
    if not article.published:
        return math.nan
    try:
        return float(date.fromisoformat(article.published[:10]).toordinal())
    except ValueError:
        return math.nan


def time_factor(delta_days: np.ndarray | float, window: float, decay: float) -> np.ndarray | float:
    """1 within the window, then decaying by e every further ``decay`` days; unknown dates give 1.

    Follow-ups (a charge weeks after a killing, a verdict months later) belong to the
    event's story, so the decay is gentle; the window itself bounds what is compared.
    """
    d = np.abs(delta_days)
    f = np.exp(-np.clip(d - float(window), 0.0, None) / max(float(decay), 1e-9))
    return np.where(np.isnan(d), 1.0, f)


@dataclass(slots=True)
class Vocabulary:
    """Token -> column, with document frequencies; grows as documents arrive."""

    index: dict[str, int] = field(default_factory=dict)
    tokens: list[str] = field(default_factory=list)
    df: list[int] = field(default_factory=list)
    docs: int = 0

    def add_doc(self, counts: Counter[str] | dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        cols = np.empty(len(counts), dtype=np.int64)
        vals = np.empty(len(counts), dtype=np.float32)
        for k, (tok, c) in enumerate(counts.items()):
            col = self.index.get(tok)
            if col is None:
                col = self.index[tok] = len(self.tokens)
                self.tokens.append(tok)
                self.df.append(0)
            self.df[col] += 1
            cols[k] = col
            vals[k] = c
        self.docs += 1
        return cols, vals

    def idf(self, prior_docs: int = 0) -> np.ndarray:
        df = np.asarray(self.df, dtype=np.float64)
        return (np.log((1.0 + self.docs + prior_docs) / (1.0 + df)) + 1.0).astype(np.float32)

    def idf_of(self, col: int, prior_docs: int = 0) -> float:
        return math.log((1.0 + self.docs + prior_docs) / (1.0 + self.df[col])) + 1.0


def weigh(rows: list[tuple[np.ndarray, np.ndarray]], idf: np.ndarray, width: int) -> sp.csr_matrix:
    """Sublinear-tf x idf rows, each L2-normalised (an empty row stays zero)."""
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    for i, (cols, _) in enumerate(rows):
        indptr[i + 1] = indptr[i] + len(cols)
    cols = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, np.int64)
    vals = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, np.float32)
    data = (1.0 + np.log(np.maximum(vals, 1.0))) * idf[cols]
    m = sp.csr_matrix((data.astype(np.float32), cols, indptr), shape=(len(rows), width))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms).astype(np.float32) @ m)


@dataclass(slots=True)
class Features:
    """Signals of a batch of articles, row-aligned with the input list."""

    emb: np.ndarray  # (n, 512) float32, unit rows
    sparse: sp.csr_matrix  # [sqrt(wt) * T | sqrt(wn) * N]
    days: np.ndarray  # published day numbers, NaN when unknown
    terms: Vocabulary
    names: Vocabulary
    display: dict[str, str]
    emb_weight: float
    decay: float
    scale: np.ndarray | None = None  # per-article density scale; None: all 1
    years: sp.csr_matrix | None = None  # event-year indicators (year_matrix); None: no year evidence
    year_disjoint: float = 1.0  # score factor when both articles have years and share none
    year_shared: float = 1.0  # score factor when they share one
    signals: Signals | None = None  # event arguments from the extraction (signals.py); None: none given
    signal_weights: np.ndarray | None = None  # ln score factor per signals.FEATURES entry; None: off
    # Columns candidate search leaves out (graph.common_columns), set on a row subset from its
    # whole corpus; None: read from the vocabularies' document frequencies.
    common: np.ndarray | None = None

    def take(self, rows: np.ndarray, common: np.ndarray | None = None) -> "Features":
        """The features of ``rows`` (in that order), scoring every pair as the whole does: the
        idf-weighted rows, the corpus's common columns (``common``: ``graph.common_columns(self)``,
        computed when not given), event years and arguments, the pair model and density scales.
        The token lists and display forms stay behind (summaries read the whole corpus's), so a
        subset is small to ship to a worker."""
        if common is None:
            from storyline.cluster.graph import common_columns

            common = common_columns(self)
        rows = np.asarray(rows, dtype=np.int64)
        signals = None
        if self.signals is not None:
            signals = Signals({kind: _take_rows(indptr, indices, rows)
                               for kind, (indptr, indices) in self.signals.raw.items()},
                              len(rows), self.signals.width)
        return Features(
            self.emb[rows], self.sparse[rows], self.days[rows], Vocabulary(), Vocabulary(), {}, self.emb_weight,
            self.decay, scale=None if self.scale is None else self.scale[rows],
            years=None if self.years is None else self.years[rows], year_disjoint=self.year_disjoint,
            year_shared=self.year_shared, signals=signals, signal_weights=self.signal_weights, common=common,
        )

    def pair_factor(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Score factor of the pairs (a[k], b[k]) from event years and event arguments."""
        return self.year_factors(a, b) * np.exp(log_factor_pairs(self.signals, self.signal_weights, a, b))

    def block_factor(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray | float:
        """Score factors between two sets of articles (see pair_factor)."""
        return self.year_block(rows, cols) * np.exp(log_factor_block(self.signals, self.signal_weights, rows, cols))

    def year_factors(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Score factor of the pairs (a[k], b[k]) from their event years."""
        if self.years is None or (self.year_disjoint == 1.0 and self.year_shared == 1.0):
            return np.ones(len(a))
        # Years stand in for a missing publication date: two dated articles are already placed
        # by their dates (window, decay), and every report of one year shares that year.
        out = np.ones(len(a))
        open_ = np.flatnonzero(np.isnan(self.days[a]) | np.isnan(self.days[b]))
        if len(open_) == 0:
            return out
        a, b = a[open_], b[open_]
        has = np.diff(self.years.indptr) > 0
        shared = np.asarray(self.years[a].multiply(self.years[b]).sum(axis=1)).ravel() > 0
        both = has[a] & has[b]
        out[open_] = np.where(shared, self.year_shared, np.where(both, self.year_disjoint, 1.0))
        return out

    def year_block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray | float:
        """Score factors between two sets of articles from their event years (see year_factors)."""
        if self.years is None or (self.year_disjoint == 1.0 and self.year_shared == 1.0):
            return 1.0
        undated_r, undated_c = np.isnan(self.days[rows]), np.isnan(self.days[cols])
        if not undated_r.any() and not undated_c.any():
            return 1.0
        has = np.diff(self.years.indptr) > 0
        shared = (self.years[rows] @ self.years[cols].T).toarray() > 0
        both = has[rows][:, None] & has[cols][None, :]
        dated = ~undated_r[:, None] & ~undated_c[None, :]
        return np.where(dated, 1.0, np.where(shared, self.year_shared, np.where(both, self.year_disjoint, 1.0)))

    def scales(self, rows: np.ndarray) -> np.ndarray:
        return np.ones(len(rows), dtype=np.float64) if self.scale is None else self.scale[rows]

    @property
    def name_offset(self) -> int:
        """First column of the names block in ``sparse``."""
        return max(len(self.terms.tokens), 1)

    def pair_scores(self, i: np.ndarray, j: np.ndarray, window: float, chunk: int = 32_768) -> np.ndarray:
        """Combined similarity of the article pairs (i[k], j[k]).

        Pairs go in chunks: gathering the sparse rows of two million candidate pairs at
        once would copy every row ~20 times over (gigabytes at 100k articles).
        """
        if len(i) == 0:
            return np.zeros(0, dtype=np.float32)
        out = np.empty(len(i), dtype=np.float64)
        for c in range(0, len(i), chunk):
            a, b = i[c : c + chunk], j[c : c + chunk]
            dense = np.einsum("ij,ij->i", self.emb[a], self.emb[b]) * self.emb_weight
            sparse = np.asarray(self.sparse[a].multiply(self.sparse[b]).sum(axis=1)).ravel()
            scale = self.scales(a) * self.scales(b)
            out[c : c + chunk] = (
                (dense + sparse) * time_factor(self.days[a] - self.days[b], window, self.decay) * scale
                * self.pair_factor(a, b)
            )
        return out

    def block_scores(self, rows: np.ndarray, cols: np.ndarray, window: float, factors: bool = True) -> np.ndarray:
        """Dense combined-similarity matrix between two sets of articles; ``factors=False``
        leaves the event-year and argument factors out."""
        s = self.emb_weight * (self.emb[rows] @ self.emb[cols].T)
        s += (self.sparse[rows] @ self.sparse[cols].T).toarray()
        s *= time_factor(self.days[rows][:, None] - self.days[cols][None, :], window, self.decay)
        s *= np.outer(self.scales(rows), self.scales(cols))
        if factors:
            s *= self.block_factor(rows, cols)
        return s


def _take_rows(indptr: np.ndarray, indices: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CSR arrays (indptr, indices) of ``rows`` of the CSR arrays given."""
    lens = indptr[rows + 1] - indptr[rows]
    out = np.zeros(len(rows) + 1, np.int64)
    np.cumsum(lens, out=out[1:])
    offs = np.arange(int(out[-1])) - np.repeat(out[:-1], lens) + np.repeat(indptr[rows], lens)
    return out, indices[offs]


def density_scale(kth_best: np.ndarray | float, floor: float) -> np.ndarray | float:
    """sqrt(floor / s) for an article whose k-th best neighbour scores s above ``floor``, else 1.

    Self-tuning (local) scaling of the similarity: inside a topic crowded with near-identical
    reports (two earthquakes, two emergency patches of one browser) every pair scores high, so
    a fixed threshold merges the two events; relative to the crowd's own level they separate.
    """
    if floor <= 0:
        return np.ones_like(kth_best) if isinstance(kth_best, np.ndarray) else 1.0
    return np.sqrt(floor / np.maximum(kth_best, floor))


def signal_weights(options: Options) -> np.ndarray | None:
    """ln score factor per event-argument feature (signals.FEATURES) from the fitted model, or
    None when the options turn the signals off or the model has none."""
    if not options.cluster.event_signals:
        return None
    weights = pair_model().get("arguments", {}).get("signal_weights") or {}
    if not weights:
        return None
    return np.array([float(weights.get(f, 0.0)) for f in SIGNAL_FEATURES])


def featurize(
    articles: list[Article], options: Options, extractions: dict[str, Extraction] | None = None,
    signals: Mapping[str, dict[str, list[str]]] | None = None,
    leads: Mapping[str, np.ndarray] | None = None,
) -> Features:
    """Signals of ``articles``; ``extractions`` (article id -> the enrichment's extraction) add
    the event arguments (typed names, counted numbers, resolved dates) where given. ``signals``
    (article id -> ``signals.article_signals`` of its extraction) gives the same arguments already
    drawn, so a caller need not keep whole extractions (the pipeline draws them as they come).
    ``leads`` (article id -> its lead's vector, as the enrichment encoded it): those leads are
    not encoded again (a vector is the same bits whatever batch encodes it)."""
    co = options.cluster
    terms, names = Vocabulary(), Vocabulary()
    display: dict[str, str] = {}
    trows: list[tuple[np.ndarray, np.ndarray]] = []
    nrows: list[tuple[np.ndarray, np.ndarray]] = []
    for a in articles:
        text = full_text(a, co.text_chars)
        trows.append(terms.add_doc(content_terms(text)))
        nrows.append(names.add_doc(name_terms(text, display)))
    emb = lead_vectors(articles, co.embed_chars, leads or {})
    days = np.array([day_of(a) for a in articles])
    feats = assemble(emb, trows, nrows, terms, names, display, days, options)
    feats.years = year_matrix([event_years(a, co.year_chars) for a in articles])
    # A generator: the pipeline's signals are read back from a spill one article at a time.
    rows = ((signals.get(a.id, {}) for a in articles) if signals
            else (article_signals(a, extractions.get(a.id), co.lead_names_chars) for a in articles) if extractions
            else None)
    if rows is not None:
        feats.signals = signal_matrices(rows)
        feats.signal_weights = signal_weights(options)
        if feats.signal_weights is not None:
            feats.year_disjoint, feats.year_shared = year_factors(options, with_arguments=True)
    return feats


def lead_vectors(articles: list[Article], chars: int, known: Mapping[str, np.ndarray]) -> np.ndarray:
    """One L2-normalised row per article: its lead's vector from ``known`` (by article id), the
    others encoded here (the encoder is loaded only when some lead has no vector)."""
    missing = [k for k, a in enumerate(articles) if a.id not in known]
    out = np.zeros((len(articles), Embedder.dim), dtype=np.float32)
    if missing:
        from storyline.resources import embedder

        out[missing] = embedder().encode([lead_text(articles[k], chars) for k in missing])
    for k, a in enumerate(articles):
        if a.id in known:
            out[k] = known[a.id]
    return out


def assemble(
    emb: np.ndarray,
    trows: list[tuple[np.ndarray, np.ndarray]],
    nrows: list[tuple[np.ndarray, np.ndarray]],
    terms: Vocabulary,
    names: Vocabulary,
    display: dict[str, str],
    days: np.ndarray,
    options: Options,
) -> Features:
    co = options.cluster
    blocks = [
        weigh(rows, vocab.idf(co.idf_prior_docs), max(len(vocab.tokens), 1)) * math.sqrt(weight)
        for rows, vocab, weight in (
            (trows, terms, co.tfidf_weight),
            (nrows, names, co.entity_weight),
        )
    ]
    sparse = sp.hstack(blocks, format="csr", dtype=np.float32)
    dis, sh = year_factors(options)
    return Features(
        emb, sparse, days.astype(np.float64), terms, names, display, co.embedding_weight, co.decay_days,
        year_disjoint=dis, year_shared=sh,
    )

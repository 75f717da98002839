"""Event arguments of an article for the pair scorer: who, where, what was counted, when.

Clustering's own statistics (word and name TF-IDF, the lead embedding) say how alike two
reports are; two same-kind events (two offers to one player by two clubs, two quakes on one
island years apart, two emergency patches of one browser) are alike in all of them. What tells
them apart is an argument: another organisation, another magnitude, another date. These come
from the enrichment stage's extraction (typed entities with merged variants, numbers with what
they count, dates resolved against the publication date), computed once per article by the
pipeline and passed in; clustering does not parse.

Per article, :func:`article_signals` gives token lists per kind; :func:`signal_matrices` turns
a list of them into indicator rows over one local vocabulary, and :func:`pair_features` /
:func:`block_features` give the pair features (:data:`FEATURES`) that the fitted pair model
(``pair_model.json``, ``train.py``) weighs into a score factor. Entity types cross: a name
typed PERSON in one article and ORG or a place in another still counts as shared (the
recognisers disagree on types far more than on names), and a type is "disjoint" only when
neither article's names of that type occur in the other article under any type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from storyline.model import Article, Extraction
from storyline.text import fold

# Entity labels by kind; NORP (nationalities) and dates are not arguments of one event.
ENTITY_KINDS = {"PERSON": "person", "PER": "person", "ORG": "org", "GPE": "place", "LOC": "place",
                "FAC": "place"}
KINDS = ("person", "org", "place")
# Evidence of two events, crossed with "the two leads share names" (the largest lead overlap of
# any type). Two reports of one event and two same-kind events (two offers to one player, two
# quakes on one island) both share names, which lifts both kinds of pair alike; among pairs whose
# leads share names, a conflicting figure or another name is the rarer and stronger sign of
# another event. A linear fit over the plain features cannot weigh that; the crossed feature
# lets it (issue 16: the 2-fold topic CV rose in 6 of 9 topic splits, fell in 2 by <= 0.0012).
CROSSED = (
    "count_conflict",
    "weekday_conflict",
    *(f"lead_disjoint_{k}" for k in KINDS),
    *(f"disjoint_{k}" for k in KINDS),
    "day_disjoint",
    "month_disjoint",
)
# Pair features, in the fitted model's order.
FEATURES = (
    *(f"overlap_{k}" for k in KINDS),
    *(f"disjoint_{k}" for k in KINDS),
    *(f"lead_overlap_{k}" for k in KINDS),
    *(f"lead_disjoint_{k}" for k in KINDS),
    "count_agree",
    "count_conflict",
    "day_shared",
    "day_disjoint",
    "month_disjoint",
    "weekday_agree",
    "weekday_conflict",
    *(f"{f}_x_lead_shared" for f in CROSSED),
)
# Fitted beside FEATURES but never applied: ECB+ dates one event's reports and not the other's,
# so "one dated, one undated" predicts "different story" there and nowhere else. With these
# in the fit, a date or weekday feature is weighed among pairs that could show it, not by
# whether they are dated. (train.py)
CONTROLS = ("both_dated", "mixed_dating", "weekday_comparable")


@lru_cache(maxsize=1)
def weekday_table() -> dict[str, int]:
    """Folded weekday names of every date language (Babel) -> 0 (Monday) .. 6; a name two
    languages give different days is left out."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names

    from storyline.clean.dates import DATE_LANGUAGES

    out: dict[str, int] = {}
    clash: set[str] = set()
    for code in DATE_LANGUAGES:
        try:
            Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for width in ("wide", "abbreviated"):
            for day, name in get_day_names(width, locale=code).items():
                key = fold(str(name)).rstrip(".")
                if len(key) < 3:
                    continue
                if out.get(key, day) != day:
                    clash.add(key)
                out[key] = day
    return {k: v for k, v in out.items() if k not in clash}


def _weekdays(text: str) -> set[int]:
    table = weekday_table()
    return {table[w] for w in fold(text).replace("'", " ").split() if w in table}


def _count_key(attrs: dict) -> str | None:
    """What a number counts, as one folded key ("people", "usd", "magnitude"); None if unknown."""
    from storyline.extract.numbers import counted_class

    unit = str(attrs.get("unit") or "").strip()
    if not unit:
        return None
    if unit.isupper() or unit == "percent":  # ISO currency code or percent
        return unit.lower()
    toks = [t for t in fold(unit).replace("-", " ").split() if t.isalpha() and len(t) > 2]
    if not toks:
        return None
    for t in toks:
        cls = counted_class(t)
        if cls:
            return cls
    # "strong aftershocks": the noun comes last in a short unit; a long one is a clause.
    return toks[-1] if len(toks) <= 2 else toks[0]


def article_signals(article: Article, extraction: Extraction | None, lead_chars: int) -> dict[str, list[str]]:
    """Token lists per kind: ``all`` (the words of every name, any type), ``person``/``org``/
    ``place``, ``lead_<kind>`` (of names starting in the first ``lead_chars`` characters), ``unit`` (what a
    number counts), ``count`` (``unit=value``), ``day`` / ``month`` (event dates stated in the
    text and resolved, not in the future of the publication date)."""
    out: dict[str, set[str]] = {}
    if extraction is None:
        return {}

    def put(kind: str, tok: str) -> None:
        out.setdefault(kind, set()).add(tok)

    from storyline.cluster.features import stopwords

    stop = stopwords()
    for e in extraction.entities:
        # Names meet by their words: "Kessler" and "Kessler Group", "Insel Velmora" (a German
        # rule-typed span) and "Velmora", a surname and the full name.
        toks = [w for w in fold(str(e.attrs.get("canonical") or e.text)).replace("-", " ").split()
                if len(w) > 2 and w not in stop]
        kind = ENTITY_KINDS.get(e.label)
        for w in toks:
            put("all", w)
            if e.start < lead_chars:
                put("lead_all", w)
            if kind is None:
                continue
            put(kind, w)
            if e.start < lead_chars:
                put("lead_" + kind, w)
    for n in extraction.numbers:
        key = _count_key(n.attrs)
        if key is None or not n.label:
            continue
        put("unit", key)
        put("count", f"{key}={n.label}")
    pub = None
    if article.published:
        try:
            pub = date.fromisoformat(article.published[:10])
        except ValueError:
            pub = None
    for d in extraction.dates:
        if not d.value:
            # "on Sunday" in an undated report: the weekday of its event, no date to anchor it.
            for wd in _weekdays(d.text):
                put("weekday_stated", str(wd))
            continue
        if d.granularity not in ("day", "month"):
            continue
        try:
            if d.granularity == "day":
                when = date.fromisoformat(d.value[:10])
                if pub is not None and when > pub:
                    continue  # a scheduled date ("on Friday the court rules") is not the event's
                put("day", d.value[:10])
                put("weekday_event", str(when.weekday()))
            put("month", d.value[:7])
        except ValueError:
            continue
    return {k: sorted(v) for k, v in out.items()}


@dataclass(slots=True)
class Signals:
    """Indicator rows (one column per token of one vocabulary) per kind, row-aligned: each
    kind as CSR arrays (``indptr``, ``indices``); scipy matrices are made only when asked."""

    raw: dict[str, tuple[np.ndarray, np.ndarray]]
    n: int
    width: int = 1
    _csr: dict[str, sp.csr_matrix] = field(default_factory=dict)

    def get(self, kind: str) -> sp.csr_matrix:
        if kind not in self._csr:
            if kind in self.raw:
                indptr, indices = self.raw[kind]
                self._csr[kind] = sp.csr_matrix(
                    (np.ones(len(indices), np.float32), indices, indptr), shape=(self.n, self.width))
            else:
                self._csr[kind] = sp.csr_matrix((self.n, self.width), dtype=np.float32)
        return self._csr[kind]

    def size(self, kind: str) -> np.ndarray:
        """Tokens per article of one kind."""
        if kind not in self.raw:
            return np.zeros(self.n)
        return np.diff(self.raw[kind][0]).astype(np.float64)


def signal_columns(signals: dict[str, list[str]], vocab: dict[str, int]) -> dict[str, np.ndarray]:
    """One article's ``article_signals`` as column numbers of ``vocab`` (which grows)."""
    return {kind: np.fromiter((vocab.setdefault(t, len(vocab)) for t in toks), np.int64, len(toks))
            for kind, toks in signals.items()}


def column_matrices(per_article: list[dict[str, np.ndarray]], width: int) -> Signals:
    """Indicator matrices from ``signal_columns`` outputs over one vocabulary of ``width``."""
    kinds = sorted({k for d in per_article for k in d})
    empty = np.zeros(0, np.int64)
    raw: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for kind in kinds:
        parts = [d.get(kind, empty) for d in per_article]
        indptr = np.zeros(len(parts) + 1, np.int64)
        np.cumsum([len(p) for p in parts], out=indptr[1:])
        raw[kind] = (indptr, np.concatenate(parts) if parts else empty)
    return Signals(raw, len(per_article), max(1, width))


def signal_matrices(per_article: list[dict[str, list[str]]]) -> Signals:
    """Indicator matrices of ``article_signals`` outputs over one vocabulary (names of all kinds
    share columns, so a name typed PERSON here and ORG there meets)."""
    vocab: dict[str, int] = {}
    cols = [signal_columns(d, vocab) for d in per_article]
    return column_matrices(cols, len(vocab))


def _shared_pairs(x: sp.csr_matrix, y: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray(x[a].multiply(y[b]).sum(axis=1)).ravel()


def _shared_block(x: sp.csr_matrix, y: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    return (x[rows] @ y[cols].T).toarray()


def _features(s: Signals, shared, size_a, size_b, need: set[str] | None = None) -> dict[str, np.ndarray]:
    """The FEATURES named in ``need`` (all when None), from ``shared(x, y)`` (tokens in common)
    and each side's token count per kind (``size_a(kind)``, ``size_b(kind)``). Only what a
    needed feature reads is computed: a fitted model ships about half of the features."""
    memo: dict[tuple[str, str], np.ndarray] = {}

    def common(x: str, y: str) -> np.ndarray:
        if (x, y) not in memo:
            memo[(x, y)] = shared(x, y)
        return memo[(x, y)]

    def both(kind: str) -> np.ndarray:
        return (size_a(kind) > 0) & (size_b(kind) > 0)

    def dice(c: np.ndarray, na: np.ndarray, nb: np.ndarray) -> np.ndarray:
        tot = na + nb
        return np.divide(c, tot, out=np.zeros(np.broadcast_shapes(np.shape(c), np.shape(tot))), where=tot > 0)

    def cross(k: str) -> np.ndarray:
        # A name word of this type in one article found under any type in the other (both ways).
        return common(k, "all") + common("all", k)

    def lead_cross(k: str) -> np.ndarray:
        return common("lead_" + k, "lead_all") + common("lead_all", "lead_" + k)

    def count_agree() -> np.ndarray:
        return np.minimum(1.0, 2 * dice(2 * common("count", "count"), size_a("count"), size_b("count")))

    def count_conflict() -> np.ndarray:
        # Of the kinds of things both count, the share they give no same figure for.
        units, count = common("unit", "unit"), common("count", "count")
        return np.divide(np.maximum(units - count, 0), units, out=np.zeros(np.shape(units)), where=units > 0)

    def weekday(conflict: bool) -> np.ndarray:
        # An undated report's stated weekday ("Sunday's earthquake") against the other's event days.
        ab, ba = common("weekday_stated", "weekday_event"), common("weekday_event", "weekday_stated")
        if not conflict:
            return ((ab > 0) | (ba > 0)).astype(float)
        both_ab = (size_a("weekday_stated") > 0) & (size_b("weekday_event") > 0)
        both_ba = (size_a("weekday_event") > 0) & (size_b("weekday_stated") > 0)
        return ((both_ab & (ab == 0)) | (both_ba & (ba == 0))).astype(float)

    make = {}
    for k in KINDS:
        make[f"overlap_{k}"] = lambda k=k: dice(cross(k), size_a(k), size_b(k))
        make[f"disjoint_{k}"] = lambda k=k: (both(k) & (cross(k) == 0)).astype(float)
        make[f"lead_overlap_{k}"] = lambda k=k: dice(lead_cross(k), size_a("lead_" + k), size_b("lead_" + k))
        make[f"lead_disjoint_{k}"] = lambda k=k: (both("lead_" + k) & (lead_cross(k) == 0)).astype(float)
    make["count_agree"] = count_agree
    make["count_conflict"] = count_conflict
    make["day_shared"] = lambda: (common("day", "day") > 0).astype(float)
    make["day_disjoint"] = lambda: (both("day") & (common("day", "day") == 0)).astype(float)
    make["month_disjoint"] = lambda: (both("month") & (common("month", "month") == 0)).astype(float)
    make["weekday_agree"] = lambda: weekday(False)
    make["weekday_conflict"] = lambda: weekday(True)
    done: dict[str, np.ndarray] = {}

    def get(f: str) -> np.ndarray:
        if f not in done:
            done[f] = make[f]()
        return done[f]

    def lead_shared() -> np.ndarray:
        return np.maximum(np.maximum(get("lead_overlap_person"), get("lead_overlap_org")), get("lead_overlap_place"))

    for f in CROSSED:
        make[f"{f}_x_lead_shared"] = lambda f=f: get(f) * lead_shared()
    return {f: get(f) for f in FEATURES if need is None or f in need}


def control_features(s: Signals, dated: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(CONTROLS)) columns of CONTROLS for the pairs (a[k], b[k])."""
    stated, event = s.size("weekday_stated"), s.size("weekday_event")
    comparable = ((stated[a] > 0) & (event[b] > 0)) | ((event[a] > 0) & (stated[b] > 0))
    return np.stack([dated[a] & dated[b], dated[a] != dated[b], comparable], axis=1).astype(np.float64)


def _pair_parts(s: Signals, a: np.ndarray, b: np.ndarray, need: set[str] | None = None) -> dict[str, np.ndarray]:
    return _features(
        s, lambda x, y: _shared_pairs(s.get(x), s.get(y), a, b), lambda k: s.size(k)[a], lambda k: s.size(k)[b], need
    )


_DENSE_BLOCK = 250_000  # blocks up to this many pairs are computed densely (numpy, no scipy calls)
_DENSE_INDICATOR = 1_000_000  # above this many cells per kind, each product uses its two kinds' columns only


def _gather(m: tuple[np.ndarray, np.ndarray], rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row position, column) of every stored entry of CSR arrays ``m`` (indptr, indices) at
    ``rows``, with numpy only."""
    indptr, indices = m
    starts, ends = indptr[rows], indptr[rows + 1]
    lens = ends - starts
    pos = np.repeat(np.arange(len(rows)), lens)
    offs = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens) + np.repeat(starts, lens)
    return pos, indices[offs]


def _block_parts(s: Signals, rows: np.ndarray, cols: np.ndarray, need: set[str] | None = None) -> dict[str, np.ndarray]:
    if len(rows) * len(cols) > _DENSE_BLOCK:
        return _features(
            s,
            lambda x, y: _shared_block(s.get(x), s.get(y), rows, cols),
            lambda k: s.size(k)[rows][:, None],
            lambda k: s.size(k)[cols][None, :],
            need,
        )
    # A streaming arrival scores many small blocks, where scipy's per-call cost, not the
    # arithmetic, is the time: each kind's entries are gathered once, with numpy, and each kind
    # becomes one dense indicator matrix over the columns either side uses (one column index for
    # all kinds), so the twenty-odd products of a block are twenty small matrix products.
    gathered = {(kind, side): _gather(m, rows if side == 0 else cols) for kind, m in s.raw.items() for side in (0, 1)}
    used = np.unique(np.concatenate([c for _, c in gathered.values()])) if gathered else np.zeros(0, np.int64)
    dense: dict[tuple[str, int], np.ndarray] = {}

    def indicator(kind: str, side: int) -> np.ndarray:
        if (kind, side) not in dense:
            m = np.zeros((len(rows) if side == 0 else len(cols), len(used)), np.float32)
            if (kind, side) in gathered:
                pos, col = gathered[(kind, side)]
                m[pos, np.searchsorted(used, col)] = 1.0
            dense[(kind, side)] = m
        return dense[(kind, side)]

    def shared(x: str, y: str) -> np.ndarray:
        return (indicator(x, 0) @ indicator(y, 1).T).astype(np.float64)

    def shared_pairwise(x: str, y: str) -> np.ndarray:
        # The same product over the columns of the two kinds alone (a block with many distinct
        # tokens, where one indicator per kind over all of them would be large).
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64))
        (pr, cr), (pc, cc) = gathered.get((x, 0), empty), gathered.get((y, 1), empty)
        cols_ = np.unique(np.concatenate([cr, cc]))
        a = np.zeros((len(rows), len(cols_)), np.float32)
        a[pr, np.searchsorted(cols_, cr)] = 1.0
        b = np.zeros((len(cols), len(cols_)), np.float32)
        b[pc, np.searchsorted(cols_, cc)] = 1.0
        return (a @ b.T).astype(np.float64)

    if (len(rows) + len(cols)) * len(used) > _DENSE_INDICATOR:
        shared = shared_pairwise
    return _features(s, shared, lambda k: s.size(k)[rows][:, None], lambda k: s.size(k)[cols][None, :], need)


def pair_features(s: Signals, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(FEATURES)) float matrix of the pairs (a[k], b[k])."""
    if not len(a):
        return np.zeros((0, len(FEATURES)))
    parts = _pair_parts(s, a, b)
    return np.stack([np.broadcast_to(parts[f], (len(a),)) for f in FEATURES], axis=1).astype(np.float64)


def block_features(s: Signals, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """(len(FEATURES), len(rows), len(cols)) float features between two sets of articles."""
    parts = _block_parts(s, rows, cols)
    return np.stack([np.broadcast_to(parts[f], (len(rows), len(cols))) for f in FEATURES])


def _weighted(parts: dict[str, np.ndarray], weights: np.ndarray) -> np.ndarray | float:
    out: np.ndarray | float = 0.0
    for f, w in zip(FEATURES, weights):
        if w != 0.0:
            out = out + w * parts[f]
    return out


def log_factor_pairs(s: Signals | None, weights: np.ndarray | None, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ln of the score factor of each pair: the fitted weights (coefficient / ln-score
    coefficient) times the pair's features; 0 without signals or weights."""
    if s is None or weights is None or not np.any(weights) or not len(a):
        return np.zeros(len(a))
    need = {f for f, w in zip(FEATURES, weights) if w != 0.0}
    return np.broadcast_to(_weighted(_pair_parts(s, a, b, need), weights), (len(a),)).astype(np.float64)


def log_factor_block(s: Signals | None, weights: np.ndarray | None, rows: np.ndarray, cols: np.ndarray) -> np.ndarray | float:
    """ln of the score factors between two sets of articles (see log_factor_pairs)."""
    if s is None or weights is None or not np.any(weights):
        return 0.0
    need = {f for f, w in zip(FEATURES, weights) if w != 0.0}
    return _weighted(_block_parts(s, rows, cols, need), weights)

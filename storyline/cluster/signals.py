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

from dataclasses import dataclass
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
    """Indicator rows (one column per token of one local vocabulary) per kind, row-aligned."""

    rows: dict[str, sp.csr_matrix]
    n: int
    width: int = 1

    def get(self, kind: str) -> sp.csr_matrix:
        m = self.rows.get(kind)
        return m if m is not None else sp.csr_matrix((self.n, self.width), dtype=np.float32)

    def size(self, kind: str) -> np.ndarray:
        """Tokens per article of one kind."""
        return np.diff(self.get(kind).indptr).astype(np.float64)


def signal_matrices(per_article: list[dict[str, list[str]]]) -> Signals:
    """Indicator matrices of ``article_signals`` outputs over one vocabulary (names of all kinds
    share columns, so a name typed PERSON here and ORG there meets)."""
    vocab: dict[str, int] = {}
    kinds = sorted({k for d in per_article for k in d})
    rows: dict[str, sp.csr_matrix] = {}
    for kind in kinds:
        indptr = [0]
        cols: list[int] = []
        for d in per_article:
            for tok in d.get(kind, ()):
                cols.append(vocab.setdefault(tok, len(vocab)))
            indptr.append(len(cols))
        rows[kind] = sp.csr_matrix(
            (np.ones(len(cols), np.float32), np.asarray(cols, np.int64), np.asarray(indptr, np.int64)),
            shape=(len(per_article), 1),
        )
    width = max(1, len(vocab))
    for kind, m in rows.items():
        m.resize((len(per_article), width))
    return Signals(rows, len(per_article), width)


def _shared_pairs(x: sp.csr_matrix, y: sp.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray(x[a].multiply(y[b]).sum(axis=1)).ravel()


def _shared_block(x: sp.csr_matrix, y: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    return (x[rows] @ y[cols].T).toarray()


def _features(s: Signals, shared, size_a, size_b) -> list[np.ndarray]:
    """The FEATURES columns, from ``shared(x, y)`` (tokens in common) and each side's token
    count per kind (``size_a(kind)``, ``size_b(kind)``)."""
    every = s.get("all")
    out: list[np.ndarray] = []

    def dice(common, na, nb):
        return np.divide(common, na + nb, out=np.zeros(np.broadcast_shapes(np.shape(common), np.shape(na + nb))),
                         where=(na + nb) > 0)

    overlap, disjoint, lead_overlap, lead_disjoint = [], [], [], []
    for k in KINDS:
        m, lead = s.get(k), s.get("lead_" + k)
        na, nb = size_a(k), size_b(k)
        # A name of this type in one article found under any type in the other (both ways).
        cross = shared(m, every) + shared(every, m)
        overlap.append(dice(cross, na, nb))
        disjoint.append(((na > 0) & (nb > 0) & (cross == 0)).astype(float))
        la, lb = size_a("lead_" + k), size_b("lead_" + k)
        lead_all = s.get("lead_all")
        both_lead = shared(lead, lead_all) + shared(lead_all, lead)
        lead_overlap.append(dice(both_lead, la, lb))
        lead_disjoint.append(((la > 0) & (lb > 0) & (both_lead == 0)).astype(float))
    out += overlap + disjoint + lead_overlap + lead_disjoint
    units = shared(s.get("unit"), s.get("unit"))
    count = shared(s.get("count"), s.get("count"))
    # Of the kinds of things both count, the share they give one same figure for / none for.
    out += [np.minimum(1.0, dice(2 * count, size_a("count"), size_b("count")) * 2),
            np.divide(np.maximum(units - count, 0), units, out=np.zeros(np.broadcast_shapes(np.shape(units))), where=units > 0)]
    day = shared(s.get("day"), s.get("day"))
    month = shared(s.get("month"), s.get("month"))
    out += [(day > 0).astype(float), ((size_a("day") > 0) & (size_b("day") > 0) & (day == 0)).astype(float),
            ((size_a("month") > 0) & (size_b("month") > 0) & (month == 0)).astype(float)]
    # An undated report's stated weekday ("Sunday's earthquake") against the other's event days.
    stated, event = s.get("weekday_stated"), s.get("weekday_event")
    ab, ba = shared(stated, event), shared(event, stated)
    both_ab = (size_a("weekday_stated") > 0) & (size_b("weekday_event") > 0)
    both_ba = (size_a("weekday_event") > 0) & (size_b("weekday_stated") > 0)
    out += [((ab > 0) | (ba > 0)).astype(float), ((both_ab & (ab == 0)) | (both_ba & (ba == 0))).astype(float)]
    return out


def control_features(s: Signals, dated: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(CONTROLS)) columns of CONTROLS for the pairs (a[k], b[k])."""
    stated, event = s.size("weekday_stated"), s.size("weekday_event")
    comparable = ((stated[a] > 0) & (event[b] > 0)) | ((event[a] > 0) & (stated[b] > 0))
    return np.stack([dated[a] & dated[b], dated[a] != dated[b], comparable], axis=1).astype(np.float64)


def pair_features(s: Signals, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(FEATURES)) float matrix of the pairs (a[k], b[k])."""
    cols = _features(
        s,
        lambda x, y: _shared_pairs(x, y, a, b),
        lambda k: s.size(k)[a],
        lambda k: s.size(k)[b],
    )
    return np.stack(cols, axis=1).astype(np.float64) if len(a) else np.zeros((0, len(FEATURES)))


def block_features(s: Signals, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """(len(FEATURES), len(rows), len(cols)) boolean features between two sets of articles."""
    out = _features(
        s,
        lambda x, y: _shared_block(x, y, rows, cols),
        lambda k: s.size(k)[rows][:, None],
        lambda k: s.size(k)[cols][None, :],
    )
    return np.stack([np.broadcast_to(o, (len(rows), len(cols))) for o in out])  # float


def log_factor_pairs(s: Signals | None, weights: np.ndarray | None, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ln of the score factor of each pair: the fitted weights (coefficient / ln-score
    coefficient) times the pair's features; 0 without signals or weights."""
    if s is None or weights is None or not np.any(weights):
        return np.zeros(len(a))
    return pair_features(s, a, b) @ weights


def log_factor_block(s: Signals | None, weights: np.ndarray | None, rows: np.ndarray, cols: np.ndarray) -> np.ndarray | float:
    if s is None or weights is None or not np.any(weights):
        return 0.0
    return np.tensordot(weights, block_features(s, rows, cols), axes=1)

"""View models for the HTML pages: citation links, span highlighting, drift diffs, lineage layout.

These turn stored results into plain strings and numbers; the templates print them with
autoescaping on, so nothing here ever produces markup from article content.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from storyline.model import Article


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    base = f"/articles/{quote(article_id, safe='')}"
    if start is not None and end is not None:
        return f"{base}?start={int(start)}&end={int(end)}#hl"
    return base


def story_href(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def safe_url(url: str | None) -> str | None:
    """The article's URL if it is safe to put in an href (http/https only), else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def label(article: Article | None, article_id: str, width: int = 60) -> str:
    """What a reader knows the article by: its outlet; without one its title, record id, wire agency
    or first words (as the brief names it), never a content hash or a ``file.jsonl#181`` source."""
    if article is None:
        return article_id  # not in the store: the id is all there is, and the page says so
    from storyline.align.brief import source_name  # lazily: it pulls in the text tools

    return shorten(source_name(article), width)


def marked_parts(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut at the highlight ``spans`` into ``(piece, is_match)`` parts, for a template
    to wrap the matches in ``<mark>`` with autoescaping on (no markup is built here)."""
    parts: list[tuple[str, bool]] = []
    last = 0
    for s, e in sorted((int(a), int(b)) for a, b in spans):
        s, e = max(s, last), min(e, len(text))
        if s >= e:
            continue
        if s > last:
            parts.append((text[last:s], False))
        parts.append((text[s:e], True))
        last = e
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


@dataclass(slots=True)
class Cite:
    number: int | str
    href: str
    title: str


class Citer:
    """Numbers a story's articles [1..n] and builds citation links, to a span when there is one."""

    def __init__(self, story: dict[str, Any], articles: dict[str, Article]) -> None:
        self.articles = articles
        self.number = {aid: n for n, aid in enumerate(story["article_ids"], 1)}
        self._ids_rx: re.Pattern[str] | None = None

    def label(self, article_id: str) -> str:
        return label(self.articles.get(article_id), article_id)

    def named(self, text: str) -> str:
        """``text`` with every id of this story's articles replaced by the article's name: notes and
        evidence written by the pipeline cite articles by id ("only in a21041a7a0b3faeb")."""
        if not text or not self.number:
            return text
        if self._ids_rx is None:
            ids = sorted(self.number, key=len, reverse=True)
            self._ids_rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
        return self._ids_rx.sub(lambda m: self.label(m.group(0)), text)

    def one(self, article_id: str, start: int | None = None, end: int | None = None, text: str = "") -> Cite:
        title = self.label(article_id)
        if text:
            title = f"{title}: {shorten(text, 120)}"
        return Cite(self.number.get(article_id, "?"), article_href(article_id, start, end), title)

    def cites(self, article_ids: list[str], spans: list[dict[str, Any]] | None = None) -> list[Cite]:
        """One link per span; an article cited without a span links to the whole article."""
        out: list[Cite] = []
        spanned: set[str] = set()
        for sp in spans or []:
            aid = sp["article_id"]
            spanned.add(aid)
            out.append(self.one(aid, sp.get("start"), sp.get("end"), sp.get("text", "")))
        out += [self.one(aid) for aid in article_ids if aid not in spanned]
        out.sort(key=lambda c: (c.number if isinstance(c.number, int) else 10**9))
        return out


# --- span highlighting ------------------------------------------------------------------------


@dataclass(slots=True)
class Highlight:
    before: str
    marked: str
    after: str


def highlight(text: str, start: int | None, end: int | None) -> tuple[Highlight | None, str | None]:
    """Split ``text`` around ``[start, end)``; returns (highlight, problem) — one of them is None."""
    if start is None and end is None:
        return None, None
    if start is None or end is None:
        return None, "a highlight needs both start and end"
    if not 0 <= start < end <= len(text):
        return None, f"span {start}-{end} is outside this article (0-{len(text)}); showing the whole text"
    return Highlight(text[:start], text[start:end], text[end:]), None


# --- drift as a side-by-side diff -----------------------------------------------------------------

# A figure ("41.2", "3,450") is one token, so a diff never marks half of it.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Segment:
    op: str  # "same", "del", "ins"
    text: str


def word_diff(origin: str, derived: str) -> tuple[list[Segment], list[Segment]]:
    """Word-level diff of two passages: (origin side, derived side)."""
    a, b = _TOKEN.findall(origin), _TOKEN.findall(derived)
    left: list[Segment] = []
    right: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(left, "same", "".join(a[i1:i2]))
            _push(right, "same", "".join(b[j1:j2]))
        else:
            _push(left, "del", "".join(a[i1:i2]))
            _push(right, "ins", "".join(b[j1:j2]))
    return left, right


def _push(side: list[Segment], op: str, text: str) -> None:
    if not text:
        return
    if side and side[-1].op == op:
        side[-1].text += text
    else:
        side.append(Segment(op, text))


# --- lineage graph --------------------------------------------------------------------------------

# The graph is drawn left to right (origins left, copies right) in the story column, which is about
# 61rem (976 px) wide: node boxes narrow with the number of generations so that up to five fit it
# unscaled; deeper graphs scale down with the figure (CSS max-width: 100%).
FIT_WIDTH = 960
NODE_W, NODE_W_MIN, NODE_H, COL_GAP, ROW_GAP, PAD = 210, 120, 30, 48, 10, 12
FONT_PX = 13  # node label size, as style.css sets it
MIN_SCALE = 0.75  # a graph that would shrink more than this to fit scrolls sideways instead
LABEL_INSET = 8  # left padding of a label inside its box


@dataclass(slots=True)
class Node:
    id: str
    label: str  # the article's name, shortened for lists
    number: int | str
    href: str
    text: str = ""  # "[n] name", shortened to fit the box
    x: int = 0
    y: int = 0
    w: int = NODE_W
    h: int = NODE_H


@dataclass(slots=True)
class EdgeView:
    origin: str
    derived: str
    origin_label: str
    derived_label: str
    kind: str
    score: float
    confidence: float
    known: bool
    evidence: list[str]
    drift: list[dict[str, Any]]
    points: list[tuple[int, int]] = field(default_factory=list)  # the drawn polyline, origin end first

    @property
    def points_attr(self) -> str:
        return " ".join(f"{x},{y}" for x, y in self.points)


@dataclass(slots=True)
class TreeItem:
    node: Node
    edge: EdgeView | None  # the edge from the parent, None at a root
    children: list["TreeItem"] = field(default_factory=list)
    seen: bool = False  # already shown elsewhere in the tree (a second parent)


@dataclass(slots=True)
class DriftView:
    edge: EdgeView
    note: str
    kind: str
    left: list[Segment]
    right: list[Segment]
    one_sided: str = ""  # "added" (only in the copy) or "removed" (only in the origin); "" for a change


@dataclass(slots=True)
class LineageView:
    nodes: list[Node]
    edges: list[EdgeView]
    trees: list[TreeItem]
    drifts: list[DriftView]
    width: int
    height: int
    kinds: list[str] = field(default_factory=list)  # the edge kinds present, for the legend

    @property
    def scroll(self) -> bool:
        """Too deep to shrink into the column legibly: drawn full size in a scrolling box."""
        return self.width > FIT_WIDTH / MIN_SCALE


def lineage_view(edges: list[dict[str, Any]], citer: Citer) -> LineageView:
    """The copy graph laid out in layers by generation (origins left, copies right).

    Layers, the order within each layer (few crossings) and the positions come from grandalf's
    Sugiyama layout, the layered drawing Graphviz calls dot; an edge spanning several generations
    runs through placeholder slots so it never crosses a box. An edge whose direction is unknown is
    laid out as stored (origin first) but drawn dashed without an arrow.
    """
    views: list[EdgeView] = []
    ids: list[str] = []
    for e in edges:
        for aid in (e["origin"], e["derived"]):
            if aid not in ids:
                ids.append(aid)
        views.append(
            EdgeView(
                origin=e["origin"], derived=e["derived"],
                origin_label=citer.label(e["origin"]), derived_label=citer.label(e["derived"]),
                kind=e["kind"], score=float(e["score"]), confidence=float(e["confidence"]),
                known=e.get("direction", "known") == "known",
                evidence=[citer.named(x) for x in e.get("evidence", [])],
                drift=list(e.get("drift", [])),
            )
        )
    ids.sort(key=lambda a: (citer.number.get(a, 10**9), a))
    nodes, width, height = _layout(ids, views, citer)
    drifts = [dv for v in views for dv in _drift_views(v, citer)]
    kinds = [k for k in ("duplicate", "near_duplicate", "rewrite", "translation") if any(v.kind == k for v in views)]
    kinds += sorted({v.kind for v in views} - set(kinds))
    return LineageView(list(nodes.values()), views, _trees(ids, views, nodes), drifts, width, height, kinds)


class _Box:
    """grandalf's view of a vertex: its size across the layer (w) and along it (h)."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.xy = (0.0, 0.0)


class _Path:
    """grandalf's view of an edge: the points it routes through."""

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []

    def setpath(self, points: list[tuple[float, float]]) -> None:
        self.points = list(points)


def _layout(ids: list[str], views: list[EdgeView], citer: Citer) -> tuple[dict[str, Node], int, int]:
    from grandalf.graphs import Edge, Graph, Vertex
    from grandalf.layouts import SugiyamaLayout

    vertex = {a: Vertex(a) for a in ids}
    for v in vertex.values():
        # grandalf stacks layers top to bottom; we turn it a quarter, so a box's height is its
        # extent within a layer and its width the layer's thickness.
        v.view = _Box(NODE_H, NODE_W)
    gedges: dict[int, Any] = {}
    for i, e in enumerate(views):
        if e.origin != e.derived:
            ge = Edge(vertex[e.origin], vertex[e.derived])
            ge.view = _Path()
            gedges[i] = ge
    graph = Graph(list(vertex.values()), list(gedges.values()))
    order = {a: n for n, a in enumerate(ids)}
    layouts = []
    for comp in sorted(graph.C, key=lambda c: min(order[v.data] for v in c.sV)):
        sug = SugiyamaLayout(comp)
        sug.xspace, sug.yspace = ROW_GAP, COL_GAP
        # Roots are the articles nothing was copied from; in a cycle (which lineage should not
        # produce) grandalf inverts the feedback edges to get a DAG.
        sug.init_all()
        sug.draw()
        layouts.append(sug)
    nlayers = max((len(s.layers) for s in layouts), default=1)
    node_w = max(NODE_W_MIN, min(NODE_W, (FIT_WIDTH - 2 * PAD - (nlayers - 1) * COL_GAP) // nlayers))

    nodes: dict[str, Node] = {}
    slot_y: dict[int, int] = {}  # id(grandalf vertex or placeholder) -> final top y
    slot_col: dict[int, int] = {}
    top = PAD
    for sug in layouts:
        bottom = top
        # grandalf gives box centres across the layer; the component's topmost box starts at `top`.
        base = min((v.view.xy[0] for layer in sug.layers for v in layer), default=0.0) - NODE_H / 2
        for col, layer in enumerate(sug.layers):
            # Positions across the layer, in grandalf's order; pushed apart where they would touch.
            placed = sorted(layer, key=lambda v: v.view.xy[0])
            prev = None
            for v in placed:
                y = top + round(v.view.xy[0] - NODE_H / 2 - base)
                if prev is not None and y < prev + NODE_H + ROW_GAP:
                    y = prev + NODE_H + ROW_GAP
                prev = y
                slot_y[id(v)] = y
                slot_col[id(v)] = col
                bottom = max(bottom, y + NODE_H)
        top = bottom + 2 * ROW_GAP
    chars_px = node_w - 2 * LABEL_INSET
    for a in ids:
        v = vertex[a]
        number = citer.number.get(a, "?")
        nodes[a] = Node(
            id=a, label=label(citer.articles.get(a), a, 26), number=number, href=article_href(a),
            text=fit_label(f"[{number}] ", label(citer.articles.get(a), a, 80), chars_px),
            x=PAD + slot_col[id(v)] * (node_w + COL_GAP), y=slot_y[id(v)], w=node_w,
        )
    # Edges: from the side of the origin box to the side of the copy box, straight across every
    # layer they pass (through the placeholder slot grandalf reserved for them there).
    for i, e in enumerate(views):
        a, b = nodes[e.origin], nodes[e.derived]
        ge = gedges.get(i)
        ctrl = []
        if ge is not None:
            for sug in layouts:
                if ge in sug.ctrls:
                    dummies = [d for r, d in sorted(sug.ctrls[ge].items()) if d is not ge.v[0] and d is not ge.v[1]]
                    if a.x > b.x:  # laid out reversed (a cycle's feedback edge)
                        dummies.reverse()
                    ctrl = dummies
        forward = a.x <= b.x
        pts = [(a.x + a.w, a.y + a.h // 2) if forward else (a.x, a.y + a.h // 2)]
        for d in ctrl:
            x0 = PAD + slot_col[id(d)] * (node_w + COL_GAP)
            y = slot_y[id(d)] + NODE_H // 2
            pts += [(x0, y), (x0 + node_w, y)] if forward else [(x0 + node_w, y), (x0, y)]
        pts.append((b.x, b.y + b.h // 2) if forward else (b.x + b.w, b.y + b.h // 2))
        e.points = pts
    width = PAD * 2 + nlayers * node_w + (nlayers - 1) * COL_GAP
    height = max((n.y + n.h for n in nodes.values()), default=0) + PAD
    return nodes, width, height


def text_px(text: str, font_px: float = FONT_PX) -> float:
    """A generous estimate of the width of ``text`` in a sans-serif font: wide (CJK, full-width)
    characters take a full em, capitals and digits about two thirds, the rest a little over half."""
    total = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            total += 1.0
        elif ch in "mwMW@%&":
            total += 0.95
        elif ch.isupper() or ch.isdigit():
            total += 0.72
        elif ch in "iljtf.,;:'!|() ":
            total += 0.34
        else:
            total += 0.58
    return total * font_px


def fit_label(prefix: str, text: str, px: float) -> str:
    """``prefix + text``, shortened with an ellipsis to fit ``px`` pixels (see text_px)."""
    text = " ".join(text.split())
    if text_px(prefix + text) <= px:
        return prefix + text
    while text and text_px(prefix + text + "…") > px:
        text = text[:-1]
    return prefix + text.rstrip() + "…"


# --- drift: what a copy changed -------------------------------------------------------------------

_CHANGED = re.compile(r"^\s*([\w ]+?) (?:changed|differs): (.*?) -> (.*)$", re.S)
_ADDED = re.compile(r"^\s*[\w ]+? added: (.*)$", re.S)
_REMOVED = re.compile(r"^\s*[\w ]+? removed: '?(.*?)'?(?: stated as certain)?$", re.S)
# Passages at least this alike (share of tokens in common) are an edited copy, shown as a word
# diff; below it they are a paraphrase, where a diff would mark nearly every word.
EDITED_COPY = 0.75
_NORM = re.compile(r"[\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


def _drift_views(edge: EdgeView, citer: Citer) -> list[DriftView]:
    """The edge's drift items that are real changes, each as a view.

    Dropped: items whose two passages read the same once case, spacing and punctuation are
    ignored; "changed: A -> B" notes where A and B are the same words; repeats.
    """
    out: list[DriftView] = []
    seen: set[tuple[str, str, str]] = set()
    for d in edge.drift:
        o, r = d.get("origin_text") or "", d.get("derived_text") or ""
        note, kind = citer.named(d.get("note", "")), d.get("kind", "")
        key = (_norm(o), _norm(r), _norm(note))
        if key in seen or not (o.strip() or r.strip()):
            continue
        seen.add(key)
        if o.strip() and r.strip():
            if _norm(o) == _norm(r):
                continue  # punctuation, case or spacing only
            was, now = _noted_values(d.get("note", ""))
            if was and now and _norm(was) == _norm(now):
                continue
            left, right = _change_segments(o, r, was, now)
            out.append(DriftView(edge, note, kind, left, right))
        elif r.strip():
            out.append(DriftView(edge, note, kind or "addition", [], [Segment("ins", r)], "added"))
        else:
            out.append(DriftView(edge, note, kind or "removal", [Segment("del", o)], [], "removed"))
    return out


def _noted_values(note: str) -> tuple[str, str]:
    """The values a drift note names: (in the origin, in the copy), "" where it names none."""
    if m := _CHANGED.match(note):
        return m.group(2), m.group(3)
    if m := _ADDED.match(note):
        return "", m.group(1)
    if m := _REMOVED.match(note):
        return m.group(1), ""
    return "", ""


def _change_segments(origin: str, derived: str, was: str, now: str) -> tuple[list[Segment], list[Segment]]:
    """Mark what changed between two passages: a word diff when they are an edited copy of each
    other; in a paraphrase, where a diff would mark nearly every word, only the values the note
    names (``was`` in the origin, ``now`` in the copy), or nothing when they are not found there
    (the note says what changed)."""
    a, b = _TOKEN.findall(origin), _TOKEN.findall(derived)
    if difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= EDITED_COPY:
        return word_diff(origin, derived)
    return _mark_values(origin, was, "del"), _mark_values(derived, now, "ins")


def _mark_values(text: str, values: str, op: str) -> list[Segment]:
    """``text`` with each of the comma-separated ``values`` marked where it occurs (whole words,
    any case)."""
    wanted = [v.strip() for v in re.split(r",\s+", values) if v.strip()]
    spans: list[tuple[int, int]] = []
    for v in wanted:
        m = re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.IGNORECASE)
        if m and not any(s < m.end() and m.start() < e for s, e in spans):
            spans.append(m.span())
    out: list[Segment] = []
    at = 0
    for s, e in sorted(spans):
        _push(out, "same", text[at:s])
        _push(out, op, text[s:e])
        at = e
    _push(out, "same", text[at:])
    return out


def _trees(ids: list[str], views: list[EdgeView], nodes: dict[str, Node]) -> list[TreeItem]:
    """Nested origin -> copies lists; undirected (unknown) edges hang off the lexically first id."""
    out_edges: dict[str, list[EdgeView]] = defaultdict(list)
    has_parent: set[str] = set()
    for v in views:
        out_edges[v.origin].append(v)
        has_parent.add(v.derived)
    roots = [a for a in ids if a not in has_parent] or ids[:1]
    shown: set[str] = set()

    def build(aid: str, edge: EdgeView | None) -> TreeItem:
        item = TreeItem(nodes[aid], edge, seen=aid in shown)
        if item.seen:
            return item
        shown.add(aid)
        item.children = [build(v.derived, v) for v in out_edges[aid]]
        return item

    trees = [build(r, None) for r in roots]
    trees += [build(a, None) for a in ids if a not in shown]  # members of a pure cycle
    return trees

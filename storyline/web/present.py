"""View models for the HTML pages: citation links, span highlighting, drift diffs, lineage layout.

These turn stored results into plain strings and numbers; the templates print them with
autoescaping on, so nothing here ever produces markup from article content.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict, deque
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
    if article is None:
        return article_id
    text = article.outlet or article.title or article.source or article_id
    return shorten(text, width)


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

    def label(self, article_id: str) -> str:
        return label(self.articles.get(article_id), article_id)

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

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


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

NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD = 210, 34, 125, 22, 12


@dataclass(slots=True)
class Node:
    id: str
    label: str
    number: int | str
    href: str
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
    x1: int = 0
    y1: int = 0
    x2: int = 0
    y2: int = 0


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


@dataclass(slots=True)
class LineageView:
    nodes: list[Node]
    edges: list[EdgeView]
    trees: list[TreeItem]
    drifts: list[DriftView]
    width: int
    height: int


def lineage_view(edges: list[dict[str, Any]], citer: Citer) -> LineageView:
    """Lay the copy graph out in columns by generation (origin left, copies right).

    A node's column is its longest chain of ancestors. An edge whose direction is unknown still
    places its (lexically chosen) derived side to the right, but is drawn dashed without an arrow.
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
                known=e.get("direction", "known") == "known", evidence=list(e.get("evidence", [])),
                drift=list(e.get("drift", [])),
            )
        )
    ids.sort(key=lambda a: (citer.number.get(a, 10**9), a))
    depth = _generations(ids, [(v.origin, v.derived) for v in views])
    columns: dict[int, list[str]] = defaultdict(list)
    for aid in ids:
        columns[depth[aid]].append(aid)
    nodes: dict[str, Node] = {}
    for col, members in sorted(columns.items()):
        for row, aid in enumerate(members):
            nodes[aid] = Node(
                id=aid, label=label(citer.articles.get(aid), aid, 26), number=citer.number.get(aid, "?"),
                href=article_href(aid), x=PAD + col * (NODE_W + COL_GAP), y=PAD + row * (NODE_H + ROW_GAP),
            )
    for v in views:
        a, b = nodes[v.origin], nodes[v.derived]
        if a.x < b.x:
            v.x1, v.y1, v.x2, v.y2 = a.x + a.w, a.y + a.h // 2, b.x, b.y + b.h // 2
        elif a.x > b.x:
            v.x1, v.y1, v.x2, v.y2 = a.x, a.y + a.h // 2, b.x + b.w, b.y + b.h // 2
        else:  # same column (unknown direction): connect the bottom of the upper to the top of the lower
            upper, lower = (a, b) if a.y <= b.y else (b, a)
            v.x1, v.y1 = upper.x + upper.w // 2, upper.y + upper.h
            v.x2, v.y2 = lower.x + lower.w // 2, lower.y
            if upper is b:
                v.x1, v.y1, v.x2, v.y2 = v.x2, v.y2, v.x1, v.y1
    ncols = (max(columns) + 1) if columns else 0
    nrows = max((len(m) for m in columns.values()), default=0)
    width = PAD * 2 + ncols * NODE_W + max(ncols - 1, 0) * COL_GAP
    height = PAD * 2 + nrows * NODE_H + max(nrows - 1, 0) * ROW_GAP
    drifts = [
        DriftView(v, d.get("note", ""), d.get("kind", ""), *word_diff(d["origin_text"], d["derived_text"]))
        for v in views
        for d in v.drift
    ]
    return LineageView(list(nodes.values()), views, _trees(ids, views, nodes), drifts, width, height)


def _generations(ids: list[str], directed: list[tuple[str, str]]) -> dict[str, int]:
    """Longest-path depth from the roots; cycles (which lineage should not have) are cut."""
    children: dict[str, list[str]] = defaultdict(list)
    indegree = {a: 0 for a in ids}
    for o, d in directed:
        children[o].append(d)
        indegree[d] += 1
    depth = {a: 0 for a in ids}
    queue = deque(a for a in ids if indegree[a] == 0)
    while queue:
        a = queue.popleft()
        for c in children[a]:
            depth[c] = max(depth[c], depth[a] + 1)
            indegree[c] -= 1
            if indegree[c] == 0:
                queue.append(c)
    return depth  # nodes left on a cycle keep the depth reached so far


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

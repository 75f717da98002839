"""Conflict cards: who says what in a conflict, side by side.

A conflict's statements each carry the ``value`` they give (a figure, a date, a speaker's name,
"yes"/"no" for a statement and its denial). A card groups the statements by that value into sides,
highlights the value in each statement, and within a side shows one entry per copy family (the
family's origin, as far as the lineage knows it) with the copies folded under it: five reprints of
one wire story are one source, not five.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from storyline.web.present import Cite, Citer, Highlight

KIND_LABELS = {
    "number": "the figures differ",
    "date": "the dates differ",
    "speaker": "outlets name different speakers",
    "negation": "one report denies what another states",
    "article_date": "publication date far from the other reports",
    "internal": "the article contradicts itself",
}
# A negation conflict's sides: the value says whether the statement was negated.
STANCE_LABELS = {"yes": "states it", "no": "denies it"}


@dataclass(slots=True)
class Entry:
    """One family's statement on a side: the first report, with its copies folded under it."""

    name: str
    cite: Cite
    text: str
    mark: Highlight | None  # the value within the text, when it is found there
    copies: list[tuple[str, Cite]] = field(default_factory=list)


@dataclass(slots=True)
class Side:
    value: str  # the value as printed, highlighted on the card
    entries: list[Entry]
    articles: int
    sources: int  # independent sources: copy families

    @property
    def outlets(self) -> list[str]:
        return [e.name for e in self.entries] + [n for e in self.entries for n, _ in e.copies]


@dataclass(slots=True)
class ConflictCard:
    about: str
    kind: str
    kind_label: str
    note: str
    quote: str  # a speaker conflict's quotation, shown once above the sides
    sides: list[Side]


def conflict_cards(story: dict[str, Any], citer: Citer) -> list[ConflictCard]:
    family, depth = lineage_families(story.get("article_ids", []), story.get("lineage", []))
    return [_card(c, citer, family, depth) for c in story.get("conflicts", [])]


def lineage_families(article_ids: list[str], edges: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, int]]:
    """(article -> family id, article -> generation) from the story's lineage edges: a family is a
    connected group of copies; generation 0 is an article nothing in the story was copied from."""
    parent: dict[str, str] = {a: a for a in article_ids}

    def find(a: str) -> str:
        parent.setdefault(a, a)
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    children: dict[str, list[str]] = defaultdict(list)
    has_parent: set[str] = set()
    for e in edges:
        o, d = e["origin"], e["derived"]
        parent[find(o)] = find(d)
        if e.get("direction", "known") == "known":
            children[o].append(d)
            has_parent.add(d)
    depth: dict[str, int] = {}
    frontier = [a for a in parent if a not in has_parent]
    for a in frontier:
        depth[a] = 0
    while frontier:  # breadth first: an article's generation is its shortest chain from an origin
        nxt = []
        for a in frontier:
            for c in children[a]:
                if c not in depth:
                    depth[c] = depth[a] + 1
                    nxt.append(c)
        frontier = nxt
    return {a: find(a) for a in list(parent)}, depth


def _side_key(conflict: dict[str, Any], value: str) -> str:
    if conflict.get("kind") == "speaker":
        for n, names in enumerate(conflict.get("speakers", [])):
            if value in names:
                return f"speaker {n}"
    return re.sub(r"[\s,.]+", "", value.casefold()) or value


def _card(conflict: dict[str, Any], citer: Citer, family: dict[str, str], depth: dict[str, int]) -> ConflictCard:
    kind = conflict.get("kind", "")
    statements = conflict.get("statements", [])
    by_side: dict[str, list[dict[str, Any]]] = {}
    for n, st in enumerate(statements):
        value = str(st.get("value", "")).strip()
        # A statement without a value (older reports) is a side of its own.
        by_side.setdefault(_side_key(conflict, value) if value else f"statement {n}", []).append(st)
    sides = [_side(conflict, group, citer, family, depth) for group in by_side.values()]
    quote = ""
    if kind == "speaker" and statements:
        quote = max((st["text"] for st in statements), key=len)
    return ConflictCard(
        about=citer.named(conflict.get("about", "")),
        kind=kind,
        kind_label=KIND_LABELS.get(kind, kind.replace("_", " ")),
        note=citer.named(conflict.get("note", "")),
        quote=quote,
        sides=sides,
    )


def _side(conflict: dict[str, Any], group: list[dict[str, Any]], citer: Citer, family: dict[str, str],
          depth: dict[str, int]) -> Side:
    kind = conflict.get("kind", "")
    values = [str(st.get("value", "")).strip() for st in group if st.get("value")]
    # The spelling most statements of the side use ("3,450" over "3450").
    value = max(dict.fromkeys(values), key=values.count) if values else ""
    shown = STANCE_LABELS.get(value, value) if kind == "negation" else value
    families: dict[str, list[dict[str, Any]]] = {}
    for st in group:
        families.setdefault(family.get(st["article_id"], st["article_id"]), []).append(st)
    entries = []
    for members in families.values():
        # The family's origin as far as the lineage knows, then the story's article order.
        members.sort(key=lambda st: (depth.get(st["article_id"], 0), citer.number.get(st["article_id"], 10**9)))
        lead, rest = members[0], members[1:]
        text = lead["text"]
        mark_value = str(lead.get("value", "")).strip()
        entries.append(
            Entry(
                name=citer.label(lead["article_id"]),
                cite=citer.one(lead["article_id"], lead.get("start"), lead.get("end")),
                text="" if kind == "speaker" else text,
                mark=None if kind == "speaker" else find_value(text, mark_value),
                copies=[(citer.label(st["article_id"]), citer.one(st["article_id"], st.get("start"), st.get("end")))
                        for st in rest],
            )
        )
    entries.sort(key=lambda e: e.cite.number if isinstance(e.cite.number, int) else 10**9)
    return Side(value=shown or "(no value given)", entries=entries, articles=len({st["article_id"] for st in group}),
                sources=len(families))


def find_value(text: str, value: str) -> Highlight | None:
    """Where ``value`` ("3,450", "€35 million", "2024-03-05") occurs in ``text``: as printed, any
    case; a figure also with other digit grouping ("3 450", "3450")."""
    if not value or not text:
        return None
    m = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE)
    if m is None and re.fullmatch(r"[\d.,\s\u00a0\u202f']+", value):
        digits = re.sub(r"\D", "", value)
        if digits:
            loose = r"[\s\u00a0\u202f,.']?".join(map(re.escape, digits))
            m = re.search(r"(?<![\d.,])" + loose + r"(?![\d])", text)
    if m is None:
        return None
    return Highlight(text[: m.start()], text[m.start() : m.end()], text[m.end() :])

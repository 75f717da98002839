"""Lineage families: connected components of lineage edges, one independent source each."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

import networkx as nx



class Ends(Protocol):
    """What families read of an edge (a LineageEdge, or a spilled edge's ref)."""

    origin: str
    derived: str


class Pruned(Ends, Protocol):
    """What sibling pruning reads of an edge."""

    score: float
    direction: str


E = TypeVar("E", bound=Pruned)


def families(article_ids: Iterable[str], edges: Iterable[Ends]) -> list[list[str]]:
    """Every article in exactly one family (singletons included); members and families sorted."""
    g = nx.Graph()
    g.add_nodes_from(article_ids)
    g.add_edges_from((e.origin, e.derived) for e in edges)
    comps = [sorted(c) for c in nx.connected_components(g)]
    comps.sort(key=lambda c: c[0])
    return comps


def family_of(article_ids: Iterable[str], edges: Iterable[Ends]) -> dict[str, str]:
    """Article id -> family id (the family's smallest member id)."""
    return {member: fam[0] for fam in families(article_ids, edges) for member in fam}


def prune_siblings(edges: list[E], tolerance: float = 0.02) -> list[E]:
    """Drop edges between two copies of one origin that the origin explains as well.

    A wire story reprinted by two papers yields three pairs that align; the one between the
    two papers is a sibling relation, not a copy: both took the text from the wire. An edge
    x -> y is dropped when some c has known-direction edges c -> x and c -> y and c -> y
    scores at least as high as x -> y (within ``tolerance``). A real chain, where y copies
    what x added to c's text, aligns better with x and keeps its edge. Families (connected
    components) are unchanged: x and y stay linked through c.
    """
    known: dict[tuple[str, str], E] = {
        (e.origin, e.derived): e for e in edges if e.direction == "known"
    }
    parents: dict[str, set[str]] = {}
    for o, d in known:
        parents.setdefault(d, set()).add(o)
    out = []
    for e in edges:
        x, y = e.origin, e.derived
        common = (parents.get(x, set()) & parents.get(y, set())) - {x, y}
        if any(known[(c, y)].score >= e.score - tolerance for c in common):
            continue
        out.append(e)
    return out

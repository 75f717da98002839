"""Lineage families: connected components of lineage edges, one independent source each."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from storyline.model import LineageEdge


def families(article_ids: Iterable[str], edges: list[LineageEdge]) -> list[list[str]]:
    """Every article in exactly one family (singletons included); members and families sorted."""
    g = nx.Graph()
    g.add_nodes_from(article_ids)
    g.add_edges_from((e.origin, e.derived) for e in edges)
    comps = [sorted(c) for c in nx.connected_components(g)]
    comps.sort(key=lambda c: c[0])
    return comps


def family_of(article_ids: Iterable[str], edges: list[LineageEdge]) -> dict[str, str]:
    """Article id -> family id (the family's smallest member id)."""
    return {member: fam[0] for fam in families(article_ids, edges) for member in fam}

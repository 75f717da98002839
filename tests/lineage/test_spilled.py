"""Lineage edges spilled to a temporary file as they are verified: the edges of a run held in memory,
pruned the same way."""

from __future__ import annotations

from storyline.lineage import stages
from storyline.lineage.families import prune_siblings
from storyline.lineage.spilled import SpilledEdges
from storyline.model import LineageEdge
from storyline.options import Options
from tests.lineage.test_stages import _items, corpus


def test_spilled_edges_are_the_edges_of_a_run_in_memory():
    """The pipeline writes each edge to a file as it is verified and keeps its ends, kind, score and
    direction: the same edges, in the same order, every field exact (alignment, drift, floats)."""
    held = stages.run_lineage(_items({}), Options()).edges
    spill = SpilledEdges([a.id for a in corpus()])
    got = stages.run_lineage(_items({}), Options(), spill=spill)
    assert got.edges is spill and got.direction_features == {}
    assert len(held) >= 3 and any(e.drift for e in held) and all(e.aligned for e in held)
    assert list(spill) == held and spill == held and spill[1] == held[1] and spill[-1] == held[-1]
    assert [(r.origin, r.derived, r.kind, r.score) for r in spill.refs] == \
        [(e.origin, e.derived, e.kind, e.score) for e in held]
    # The refs point at the caller's id strings, not at copies unpickled with each edge.
    ids = {a.id: a.id for a in corpus()}
    spill2 = SpilledEdges(list(ids.values()))
    ref = spill2.add(held[0])
    assert ref.origin is ids[held[0].origin] and ref.derived is ids[held[0].derived]
    spill.close()
    spill2.close()


def test_spilled_edges_are_pruned_as_held_ones():
    """Sibling pruning reads the refs as it reads edges: two copies of one origin keep no edge
    between them when the origin explains both as well."""
    edges = [LineageEdge("c", "x", "copy", 0.95, 0.9), LineageEdge("c", "y", "copy", 0.94, 0.9),
             LineageEdge("x", "y", "copy", 0.93, 0.8), LineageEdge("x", "z", "rewrite", 0.6, 0.5, "unknown")]
    spill = SpilledEdges()
    refs = [spill.add(e) for e in edges]
    kept = prune_siblings(refs)
    spill.keep(kept)
    assert list(spill) == prune_siblings(edges) == [edges[0], edges[1], edges[3]]
    spill.close()

from __future__ import annotations

from storyline.lineage.families import prune_siblings
from storyline.model import LineageEdge


def edge(o: str, d: str, score: float, direction: str = "known", kind: str = "near_duplicate") -> LineageEdge:
    return LineageEdge(origin=o, derived=d, kind=kind, score=score, confidence=0.9, direction=direction,
                       evidence=[], aligned=[])


def test_edge_between_two_copies_of_one_origin_is_dropped() -> None:
    edges = [edge("wire", "a", 1.0), edge("wire", "b", 0.8), edge("a", "b", 0.8, direction="unknown")]
    kept = prune_siblings(edges)
    assert {(e.origin, e.derived) for e in kept} == {("wire", "a"), ("wire", "b")}


def test_chain_copy_that_aligns_better_with_the_middle_keeps_its_edge() -> None:
    # b copies what a added to the wire text: a explains b better than the wire does.
    edges = [edge("wire", "a", 0.9), edge("wire", "b", 0.6), edge("a", "b", 0.85)]
    assert len(prune_siblings(edges)) == 3


def test_unknown_direction_parents_do_not_prune() -> None:
    edges = [edge("wire", "a", 1.0, direction="unknown"), edge("wire", "b", 0.8), edge("a", "b", 0.8)]
    assert len(prune_siblings(edges)) == 3

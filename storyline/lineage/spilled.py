"""Lineage edges kept in a temporary file, with only their ends and the fields pruning reads in
memory.

A corpus of near copies has several edges an article, each with its drift sentences, evidence and
(for translations) sentence alignment: about a kilobyte and a half of small Python objects an edge,
held from verification to the end of an analysis. :class:`SpilledEdges` writes each edge once, as
it is verified, and keeps an :class:`EdgeRef` (ends, kind, score, direction): enough for sibling
pruning, families and the story an edge belongs to. An edge is read back whole (a
:class:`~storyline.model.LineageEdge`, floats exact) only where a story needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.model import Drift, LineageEdge
from storyline.spill import SpilledList, SpilledSequence


class EdgeRef:
    """What pruning and grouping read of a spilled edge; ``slot`` is its place in the file."""

    __slots__ = ("origin", "derived", "kind", "score", "direction", "slot")

    def __init__(self, origin: str, derived: str, kind: str, score: float, direction: str, slot: int) -> None:
        self.origin, self.derived, self.kind = origin, derived, kind
        self.score, self.direction, self.slot = score, direction, slot


def edge_to_dict(e: LineageEdge) -> dict[str, Any]:
    """Every field of an edge as JSON (floats round-trip exactly; ``to_report`` rounds them)."""
    return {
        "origin": e.origin, "derived": e.derived, "kind": e.kind, "score": float(e.score),
        "confidence": float(e.confidence), "direction": e.direction, "evidence": list(e.evidence),
        "drift": [[d.origin_text, d.derived_text, d.note, d.kind] for d in e.drift],
        "aligned": [[int(i), int(j), float(s)] for i, j, s in e.aligned],
    }


def edge_from_dict(d: dict[str, Any]) -> LineageEdge:
    return LineageEdge(
        origin=d["origin"], derived=d["derived"], kind=d["kind"], score=d["score"], confidence=d["confidence"],
        direction=d["direction"], evidence=list(d["evidence"]), drift=[Drift(*x) for x in d["drift"]],
        aligned=[(int(i), int(j), float(s)) for i, j, s in d["aligned"]],
    )


class SpilledEdges(SpilledSequence):
    """Lineage edges written to a temporary file as they come (:meth:`add`); :meth:`keep` then
    fixes which of them the sequence holds and in what order. Indexing reads an edge back."""

    def __init__(self, ids: Sequence[str] = ()) -> None:
        self._file = SpilledList(prefix="storyline-edges-")
        # Article ids as the caller holds them: an edge's ends point at these strings instead of
        # carrying their own copies (each unpickled edge brings new ones).
        self._canonical = {i: i for i in ids}
        self.refs: list[EdgeRef] = []

    def add(self, edge: LineageEdge) -> EdgeRef:
        """Write ``edge``; its ref (not yet among :attr:`refs`: see :meth:`keep`)."""
        slot = len(self._file)
        self._file.append(edge_to_dict(edge))
        canon = self._canonical
        return EdgeRef(canon.get(edge.origin, edge.origin), canon.get(edge.derived, edge.derived), edge.kind,
                       float(edge.score), edge.direction, slot)

    def keep(self, refs: list[EdgeRef]) -> None:
        """The edges of the sequence, in order: those of ``refs`` (made by :meth:`add`)."""
        self.refs = refs

    def __len__(self) -> int:
        return len(self.refs)

    def _read(self, k: int) -> LineageEdge:
        return edge_from_dict(self._file[self.refs[k].slot])

    def close(self) -> None:
        self._file.close()


__all__ = ["EdgeRef", "SpilledEdges", "edge_from_dict", "edge_to_dict"]

"""Executors run the pipeline's map stages; the pipeline itself runs the barriers.

A *map stage* is an object with ``name``, ``setup(options)`` (load models: once per worker)
and ``process(batch) -> list`` (one result per item, same order). Items and results are
plain picklable values, and a stage holds no store handle: the pipeline reads and writes
the store around it. Every executor runs the same stages and returns the same results:

- :class:`~storyline.executors.local.LocalExecutor`: in this process;
- :class:`~storyline.executors.pool.PoolExecutor`: ``workers`` processes, each with one
  BLAS and one encoder thread (``--workers N``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from storyline.options import Options

T = TypeVar("T")
R = TypeVar("R")

OnBatch = Callable[[int], None]  # called with the number of items just finished


class MapStage(Protocol):
    name: str

    def setup(self, options: Options) -> None: ...

    def process(self, batch: list[Any]) -> list[Any]: ...


class Executor(Protocol):
    workers: int

    def map(self, stage: MapStage, items: Sequence[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        ...

    def close(self) -> None: ...


def batches(items: Sequence[T], size: int) -> list[list[T]]:
    size = max(1, size)
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def make_executor(options: Options) -> Executor:
    """The executor ``options.workers`` asks for: in-process for 1, a process pool above."""
    if options.workers <= 1:
        from storyline.executors.local import LocalExecutor

        return LocalExecutor(options)
    from storyline.executors.pool import PoolExecutor

    return PoolExecutor(options, options.workers)


__all__ = ["Executor", "MapStage", "OnBatch", "batches", "make_executor"]

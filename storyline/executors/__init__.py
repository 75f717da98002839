"""Executors run the pipeline's map stages; the pipeline itself runs the barriers.

A *map stage* is an object with ``name``, ``setup(options)`` (load models: once per worker)
and ``process(batch) -> list`` (one result per item, same order). Items and results are
plain picklable values, and a stage holds no store handle: the pipeline reads and writes
the store around it. Every executor runs the same stages and returns the same results:

- :class:`~storyline.executors.local.LocalExecutor`: in this process;
- :class:`~storyline.executors.pool.PoolExecutor`: ``workers`` processes, each with one
  BLAS and one encoder thread (``--workers N``);
- :class:`~storyline.executors.ray.RayExecutor`: a pool of Ray actors kept for every stage of a
  run, on a local or remote Ray cluster (``--executor ray [--ray-address auto]``; the ``[ray]`` extra).

The map stages of an analysis: enrich (per article), lineage features (per article), lineage
verification (per block of candidate pairs, ``storyline.lineage.stages``), cluster edges (per time
window of articles with its overlap) and cluster components (per connected component of the story
graph, ``storyline.cluster.stages``), and align (per story).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any, ContextManager, Protocol, TypeVar

from storyline.options import Options

T = TypeVar("T")
R = TypeVar("R")

# Thread pools of numeric libraries read these when they start: a worker sets them before any import,
# so N workers use N cores and never oversubscribe them.
ONE_THREAD_ENV = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # scans the loaded BLAS libraries once (numpy's is loaded by now)


def one_blas_thread() -> ContextManager[Any]:
    """A block in which this process's BLAS runs one thread: how a map stage runs in the caller's
    process, as a pool or Ray worker runs it under ``ONE_THREAD_ENV``. A map stage's matrices are
    small, and an idle second BLAS thread spins after each product: measured on all 772 ECB+
    articles with one worker, alignment took 18.6 CPU-s for 12.2 s of wall time with two BLAS
    threads and 12.2 CPU-s with one (the same wall time, the same report)."""
    return _blas_controller().limit(limits=1, user_api="blas")


OnBatch = Callable[[int], None]  # called with the number of items just finished


class MapStage(Protocol):
    name: str

    def setup(self, options: Options) -> None: ...

    def process(self, batch: list[Any]) -> list[Any]: ...


class Executor(Protocol):
    workers: int
    in_process: bool  # the map stages run in the caller's process (their models and temporaries too)

    def imap(self, stage: MapStage, items: Iterable[Any], batch_size: int,
             on_batch: OnBatch | None = None) -> Iterator[Any]:
        """Results one by one in input order, as their batches finish. ``items`` is read lazily: a
        batch is taken from it only when a worker can take it (a bounded window in flight), so a
        caller may build each item as it is asked for (read from a store) and consume each result as
        it comes (write it to a store) without ever holding all of either."""
        ...

    def map(self, stage: MapStage, items: Iterable[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        """``list(imap(...))``."""
        ...

    def close(self) -> None: ...


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read from ``items`` as needed."""
    size = max(1, size)
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def checked(stage: MapStage, size: int, results: list[Any]) -> list[Any]:
    """``results`` of a batch of ``size`` items, or an error naming the stage when they do not match."""
    if len(results) != size:
        raise RuntimeError(f"stage {stage.name} returned {len(results)} results for {size} items")
    return results


EXECUTORS = ("auto", "local", "pool", "ray")


def make_executor(options: Options) -> Executor:
    """The executor ``options.executor`` names; "auto" is in-process for one worker and a
    process pool for more."""
    kind = options.executor
    if kind not in EXECUTORS:
        raise ValueError(f"unknown executor {kind!r}: use one of {', '.join(EXECUTORS)}")
    if kind == "ray":
        from storyline.executors.ray import RayExecutor

        return RayExecutor(options, options.workers, options.ray_address)
    if kind == "local" or (kind == "auto" and options.workers <= 1):
        from storyline.executors.local import LocalExecutor

        return LocalExecutor(options)
    from storyline.executors.pool import PoolExecutor

    return PoolExecutor(options, options.workers)


__all__ = ["ONE_THREAD_ENV", "Executor", "MapStage", "OnBatch", "batches", "make_executor", "one_blas_thread"]

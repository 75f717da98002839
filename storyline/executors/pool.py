"""Process-pool executor: ``workers`` processes run the map stages' batches in parallel.

Workers are started with ``spawn`` (no fork of a parent holding BLAS or encoder threads)
and limited to one BLAS thread each, so N workers use N cores and never oversubscribe
them. A worker sets a stage up the first time it meets it (models load once per worker)
and keeps it for every later batch. Results come back in input order, so a run gives the
same report as the in-process executor.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from storyline.executors import ONE_THREAD_ENV as _ONE_THREAD, MapStage, OnBatch, batches, checked
from storyline.options import Options


_options: Options | None = None
_stages: dict[str, MapStage] = {}


def _init(options: Options) -> None:
    global _options
    # Ctrl-C in a terminal signals the whole process group: the parent decides what stops (watch
    # finishes its current step), so a worker must not die mid-batch and break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.update(_ONE_THREAD)
    _options = options
    _stages.clear()
    _exit_with_parent(os.getppid())


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker when its parent is gone. A parent killed outright (SIGKILL, the OOM killer)
    cannot shut its pool down, and a worker in the middle of a long batch would otherwise run
    on, orphaned, for minutes, holding a core and its models' memory."""
    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="storyline-parent-watch", daemon=True).start()


def _run(stage: MapStage, batch: list[Any]) -> list[Any]:
    ready = _stages.get(stage.name)
    if ready is None:
        assert _options is not None, "worker not initialised"
        stage.setup(_options)
        ready = _stages[stage.name] = stage
    return ready.process(batch)


class PoolExecutor:
    in_process = False

    def __init__(self, options: Options, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"a pool needs at least one worker, got {workers}")
        self.options = options
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            saved = {k: os.environ.get(k) for k in _ONE_THREAD}
            os.environ.update(_ONE_THREAD)  # spawned children inherit the environment at start
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init,
                    initargs=(self.options,),
                )
            finally:
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
        return self._pool

    def imap(self, stage: MapStage, items: Iterable[Any], batch_size: int,
             on_batch: OnBatch | None = None) -> Iterator[Any]:
        # A bounded window of batches in flight: a batch is pickled when it is submitted, so
        # submitting every batch at once would hold all of them twice (lineage blocks carry vectors),
        # and the next batch is read from ``items`` only when one finishes.
        window = 4 * self.workers
        futures: deque[tuple[Future, int]] = deque()  # with its batch's size

        def collect() -> list[Any]:
            future, size = futures.popleft()
            results = checked(stage, size, future.result())
            if on_batch:
                on_batch(size)
            return results

        try:
            for batch in batches(items, batch_size):
                futures.append((self._start().submit(_run, stage, batch), len(batch)))
                if len(futures) >= window:
                    yield from collect()
            while futures:
                yield from collect()
        except BaseException:  # also GeneratorExit: a consumer that stops early cancels the rest
            for future, _ in futures:
                future.cancel()
            raise

    def map(self, stage: MapStage, items: Iterable[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        return list(self.imap(stage, items, batch_size, on_batch))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "PoolExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

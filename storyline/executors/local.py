"""In-process executor: each map stage is set up once and runs its batches in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from storyline.executors import MapStage, OnBatch, batches, checked, one_blas_thread
from storyline.options import Options


class LocalExecutor:
    workers = 1
    in_process = True

    def __init__(self, options: Options) -> None:
        self.options = options
        self._ready: set[str] = set()

    def imap(self, stage: MapStage, items: Iterable[Any], batch_size: int,
             on_batch: OnBatch | None = None) -> Iterator[Any]:
        for batch in batches(items, batch_size):
            # One BLAS thread while the stage runs (as in a worker process), the caller's own
            # setting back while it consumes the results.
            with one_blas_thread():
                if stage.name not in self._ready:
                    stage.setup(self.options)
                    self._ready.add(stage.name)
                results = checked(stage, len(batch), stage.process(batch))
            yield from results
            if on_batch:
                on_batch(len(batch))

    def map(self, stage: MapStage, items: Iterable[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        return list(self.imap(stage, items, batch_size, on_batch))

    def close(self) -> None:
        self._ready.clear()

    def __enter__(self) -> "LocalExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

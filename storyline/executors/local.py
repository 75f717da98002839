"""In-process executor: each map stage is set up once and runs its batches in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.executors import MapStage, OnBatch, batches
from storyline.options import Options


class LocalExecutor:
    workers = 1

    def __init__(self, options: Options) -> None:
        self.options = options
        self._ready: set[str] = set()

    def map(self, stage: MapStage, items: Sequence[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        if stage.name not in self._ready:
            stage.setup(self.options)
            self._ready.add(stage.name)
        out: list[Any] = []
        for batch in batches(items, batch_size):
            results = stage.process(batch)
            if len(results) != len(batch):
                raise RuntimeError(f"stage {stage.name} returned {len(results)} results for {len(batch)} items")
            out.extend(results)
            if on_batch:
                on_batch(len(batch))
        return out

    def close(self) -> None:
        self._ready.clear()

    def __enter__(self) -> "LocalExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

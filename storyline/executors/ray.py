"""Ray executor: the same map stages as the local and process-pool executors, on a Ray cluster.

The only module that imports ``ray`` (``pip install 'storyline[ray]'``). Each map stage runs as
a Ray Data ``map_batches`` over an actor pool: an actor sets its stage up once (models load
once per actor) and processes batch after batch; the dataset keeps input order, so the report
is the one the other executors give. Items and results travel pickled, as bytes, so Ray Data
never converts a value. Barrier stages (lineage, clustering) still run on the driver.

``ray_address`` None starts a local cluster of ``workers`` CPUs; ``"auto"`` or an address joins
a running cluster (then every node needs Storyline installed).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence
from typing import Any

from storyline.executors import ONE_THREAD_ENV as _ONE_THREAD, MapStage, OnBatch
from storyline.options import Options

try:  # pragma: no cover - exercised only where the extra is installed
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover
    raise ImportError(
        "the Ray executor needs Ray: pip install 'storyline[ray]' (or choose --executor local/pool)"
    ) from exc



class _StageActor:
    """A Ray Data callable class: one per actor, its stage set up once."""

    def __init__(self, stage: bytes, options: bytes) -> None:
        os.environ.update(_ONE_THREAD)
        self.stage: MapStage = pickle.loads(stage)
        self.stage.setup(pickle.loads(options))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        items = [pickle.loads(b) for b in batch["item"]]
        results = self.stage.process(items)
        if len(results) != len(items):
            raise RuntimeError(f"stage {self.stage.name} returned {len(results)} results for {len(items)} items")
        return {"item": np.array([pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results], dtype=object)}


class RayExecutor:
    def __init__(self, options: Options, workers: int | None = None, address: str | None = None) -> None:
        self.options = options
        self.workers = max(1, workers or options.workers)
        self._started = False
        if not ray.is_initialized():
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            self._started = True
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False

    def map(self, stage: MapStage, items: Sequence[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        if not items:
            return []
        rows = [{"item": pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)} for x in items]
        blocks = max(1, min(len(rows) // max(1, batch_size), self.workers * 4))
        ds = ray.data.from_items(rows, override_num_blocks=blocks)
        out = ds.map_batches(
            _StageActor,
            fn_constructor_kwargs={"stage": pickle.dumps(stage), "options": pickle.dumps(self.options)},
            batch_size=batch_size,
            concurrency=min(self.workers, len(rows)),
            batch_format="numpy",
        )
        results: list[Any] = []
        done = 0
        for row in out.iter_rows():
            results.append(pickle.loads(row["item"]))
            done += 1
            if on_batch and (done % batch_size == 0 or done == len(rows)):
                on_batch(batch_size if done % batch_size == 0 else done % batch_size)
        if len(results) != len(items):
            raise RuntimeError(f"stage {stage.name}: {len(results)} results for {len(items)} items")
        return results

    def close(self) -> None:
        if self._started and ray.is_initialized():
            ray.shutdown()
        self._started = False

    def __enter__(self) -> "RayExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

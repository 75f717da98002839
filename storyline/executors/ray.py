"""Ray executor: the same map stages as the local and process-pool executors, on a Ray cluster.

The only module that imports ``ray`` (``pip install 'storyline[ray]'``). The executor starts
``workers`` actors once and keeps them for every map stage of the run (enrich, lineage features,
lineage verification, cluster edges and components, align): an actor sets a stage up the first
time it meets it (models load once per actor, and stages that share models find them loaded) and
then processes batch after batch. Batches go to whichever actor is free (``ray.util.ActorPool``) and results come back in
input order, so the report is the one the other executors give. Items and results travel
pickled, as bytes. Barrier stages (lineage candidates and assembly; the cluster graph, its
components and the story numbering) run on the driver.

A Ray Data ``map_batches`` per stage was the first design: each dataset starts its own actor
pool, so every stage paid the actors' start and model loads again (on the 2-core box the four
map stages of one analysis spent more time starting actors than working).

``ray_address`` None starts a local cluster of ``workers`` CPUs; ``"auto"`` or an address joins
a running cluster (then every node needs Storyline installed).
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.executors import ONE_THREAD_ENV as _ONE_THREAD, MapStage, OnBatch, batches, checked
from storyline.options import Options

try:  # pragma: no cover - exercised only where the extra is installed
    import ray
    from ray.util import ActorPool
except ImportError as exc:  # pragma: no cover
    raise ImportError(
        "the Ray executor needs Ray: pip install 'storyline[ray]' (or choose --executor local/pool)"
    ) from exc


class _Worker:
    """One actor: its stages set up once each, kept for the whole run."""

    def __init__(self, options: bytes) -> None:
        os.environ.update(_ONE_THREAD)  # also set for the process at start (runtime_env)
        self.options: Options = pickle.loads(options)
        self.stages: dict[str, MapStage] = {}

    def run(self, stage: bytes, batch: bytes) -> bytes:
        incoming: MapStage = pickle.loads(stage)
        ready = self.stages.get(incoming.name)
        if ready is None:
            incoming.setup(self.options)
            ready = self.stages[incoming.name] = incoming
        items = pickle.loads(batch)
        results = ready.process(items)
        if len(results) != len(items):
            raise RuntimeError(f"stage {ready.name} returned {len(results)} results for {len(items)} items")
        return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)

    def pid(self) -> int:
        return os.getpid()


class RayExecutor:
    in_process = False

    def __init__(self, options: Options, workers: int | None = None, address: str | None = None) -> None:
        self.options = options
        self.workers = max(1, workers or options.workers)
        self._started = False
        self._actors: list[Any] = []
        if not ray.is_initialized():
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            self._started = True

    def _pool(self) -> list[Any]:
        if not self._actors:
            remote = ray.remote(num_cpus=1, runtime_env={"env_vars": dict(_ONE_THREAD)})(_Worker)
            options = pickle.dumps(self.options)
            self._actors = [remote.remote(options) for _ in range(self.workers)]
        return self._actors

    def imap(self, stage: MapStage, items: Iterable[Any], batch_size: int,
             on_batch: OnBatch | None = None) -> Iterator[Any]:
        stage_ref = None
        pool = None
        # A bounded window of batches in flight (each is pickled when submitted), results in order;
        # the next batch is read from ``items`` only when one finishes.
        window = 2 * self.workers
        sizes: deque[int] = deque()  # sizes of the batches submitted and not yet collected, in order

        def collect() -> list[Any]:
            assert pool is not None
            size = sizes.popleft()
            results = checked(stage, size, pickle.loads(pool.get_next()))
            if on_batch:
                on_batch(size)
            return results

        for batch in batches(items, batch_size):
            if pool is None:
                stage_ref = ray.put(pickle.dumps(stage, protocol=pickle.HIGHEST_PROTOCOL))
                pool = ActorPool(self._pool())
            payload = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
            pool.submit(lambda actor, p: actor.run.remote(stage_ref, p), payload)
            sizes.append(len(batch))
            if len(sizes) >= window:
                yield from collect()
        while sizes:
            yield from collect()

    def map(self, stage: MapStage, items: Iterable[Any], batch_size: int, on_batch: OnBatch | None = None) -> list[Any]:
        return list(self.imap(stage, items, batch_size, on_batch))

    def pids(self) -> list[int]:
        """Process ids of the actors (started if not yet)."""
        return ray.get([a.pid.remote() for a in self._pool()])

    def close(self) -> None:
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started and ray.is_initialized():
            ray.shutdown()
        self._started = False

    def __enter__(self) -> "RayExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""The Ray executor runs the same stages and gives the same report as the local one."""

from __future__ import annotations


import pytest

ray = pytest.importorskip("ray", reason="the [ray] extra is not installed")

from storyline.executors import make_executor  # noqa: E402
from storyline.options import Options  # noqa: E402

ARTICLES = [
    {"id": "w1", "outlet": "North Wire", "published": "2025-06-01", "title": "Bridge closed after crack found",
     "text": "The river bridge was closed on Sunday after engineers found a crack in a main girder. "
             "Traffic was diverted and the city said repairs would take three weeks. \"Safety comes first,\" "
             "mayor Ilse Braun said."},
    {"id": "w2", "outlet": "South Daily", "published": "2025-06-01", "title": "Bridge shut over crack",
     "text": "The river bridge was closed on Sunday after engineers found a crack in a main girder. "
             "Traffic was diverted and the city said repairs would take three weeks."},
    {"id": "d1", "outlet": "Der Kurier", "published": "2025-06-02", "title": "Brücke gesperrt",
     "text": "Die Flussbrücke wurde am Sonntag gesperrt, nachdem Ingenieure einen Riss in einem Hauptträger "
             "gefunden hatten. Die Stadt sagte, die Reparatur werde drei Wochen dauern."},
]


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_and_local_give_the_same_report(analyze_corpus, cluster):
    local = analyze_corpus(ARTICLES, Options(), "local")
    on_ray = analyze_corpus(ARTICLES, Options(executor="ray", workers=2), "ray")
    assert local["stories"]
    assert on_ray == local


def test_make_executor_gives_ray(cluster):
    from storyline.executors.ray import RayExecutor

    ex = make_executor(Options(executor="ray", workers=2))
    try:
        assert isinstance(ex, RayExecutor) and ex.workers == 2
        assert ex.map(_Double(), [1, 2, 3, 4, 5], 2) == [2, 4, 6, 8, 10]
    finally:
        ex.close()
    assert ray.is_initialized(), "a cluster the executor did not start is left running"


class _Double:
    name = "double"

    def setup(self, options):
        self.k = 2

    def process(self, batch):
        return [x * self.k for x in batch]


def test_ray_gives_the_local_report_on_a_lineage_heavy_corpus(analyze_corpus, lineage_corpus, cluster):
    local = analyze_corpus(lineage_corpus, Options(), "local")
    on_ray = analyze_corpus(lineage_corpus, Options(executor="ray", workers=2), "ray")
    kinds = {e["kind"] for s in local["stories"] for e in s["lineage"]}
    assert {"duplicate", "rewrite", "translation"} <= kinds
    assert on_ray == local


def test_actors_are_kept_for_every_stage(cluster):
    from storyline.executors.ray import RayExecutor

    with RayExecutor(Options(), 2) as ex:
        first = ex.map(_WhereSetUp(), list(range(6)), 1)
        second = ex.map(_Double(), list(range(6)), 2)
        again = ex.map(_WhereSetUp(), list(range(6)), 1)
        pids = set(ex.pids())
    assert second == [0, 2, 4, 6, 8, 10]
    assert {pid for pid, _ in first} <= pids and {pid for pid, _ in again} <= pids
    # Each actor set the stage up once, however many batches and stages it ran.
    assert all(n == 1 for _, n in first + again)


class _WhereSetUp:
    name = "where"
    setups = 0

    def setup(self, options):
        type(self).setups += 1

    def process(self, batch):
        import os

        return [(os.getpid(), type(self).setups) for _ in batch]

"""Both executors run the same stages and give the same report (apart from generated_at)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from storyline.executors import batches, make_executor
from storyline.executors.local import LocalExecutor
from storyline.executors.pool import PoolExecutor
from storyline.options import Options
from storyline.pipeline import EnrichStage, enrich_version
from storyline.service import Storyline

ARTICLES = [
    {"id": "wire-1", "outlet": "Harbour Wire", "published": "2025-05-03", "title": "Ferry strike halts island crossings",
     "text": "Ferry crews on the northern islands walked out on Friday, halting all crossings for 48 hours. "
             "The union said 340 crew members joined the strike over pay. \"We have no choice,\" union leader "
             "Maren Solberg said in a statement. The operator said it would seek talks on Monday."},
    {"id": "reprint-1", "outlet": "Coastal Daily", "published": "2025-05-03", "title": "Ferry strike halts crossings",
     "text": "Ferry crews on the northern islands walked out on Friday, halting all crossings for 48 hours. "
             "The union said 340 crew members joined the strike over pay. \"We have no choice,\" union leader "
             "Maren Solberg said in a statement. The operator said it would seek talks on Monday."},
    {"id": "es-1", "outlet": "Diario del Puerto", "published": "2025-05-04", "title": "Huelga de transbordadores",
     "text": "Las tripulaciones de los transbordadores de las islas del norte iniciaron una huelga el viernes, "
             "que detuvo todos los cruces durante 48 horas. El sindicato dijo que 340 tripulantes se sumaron a "
             "la huelga por los salarios. La empresa dijo que buscaría negociar el lunes."},
    {"id": "other-1", "outlet": "Valley Times", "published": "2025-05-03", "title": "Orchard harvest starts early",
     "text": "Apple growers in the valley began picking two weeks early after a warm spring. The growers' "
             "association expects a crop of 1.2 million crates, up from last year."},
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def test_pool_and_local_give_the_same_report(analyze_corpus):
    local = analyze_corpus(ARTICLES, Options(workers=1), "local")
    pooled = analyze_corpus(ARTICLES, Options(workers=2), "pool")
    assert local["stories"], "the corpus must make stories for the comparison to mean anything"
    assert local == pooled


def test_make_executor_follows_workers():
    assert isinstance(make_executor(Options()), LocalExecutor)
    ex = make_executor(Options(workers=2))
    try:
        assert isinstance(ex, PoolExecutor) and ex.workers == 2
    finally:
        ex.close()


def test_pool_runs_in_other_processes(tmp_path):
    from storyline.model import Article

    arts = [Article(id=f"a{i}", source="t", text=a["text"], language="en") for i, a in enumerate(ARTICLES)]
    with PoolExecutor(Options(workers=2), 2) as ex:
        pooled = ex.map(EnrichStage(), [(a, None) for a in arts], 2)
        pids = {p for p in ex._pool._processes}  # type: ignore[union-attr]
    assert pids and os.getpid() not in pids
    local = LocalExecutor(Options()).map(EnrichStage(), [(a, None) for a in arts], 2)
    assert [r.article_id for r in pooled] == [a.id for a in arts]
    for p, q in zip(pooled, local):
        assert p.texts == q.texts
        assert abs(p.vectors - q.vectors).max() < 1e-5
        assert [(e.start, e.end, e.label) for e in p.extraction.entities] == \
            [(e.start, e.end, e.label) for e in q.extraction.entities]


def test_second_analysis_reuses_cached_enrichment(tmp_path):
    from storyline.pipeline import run_pipeline

    corpus = _corpus(tmp_path)
    svc = Storyline.open(tmp_path / "c.db")
    try:
        svc.ingest([str(corpus)])
        first = run_pipeline(svc.store, svc.options)
        second = run_pipeline(svc.store, svc.options)
    finally:
        svc.close()
    assert first.cached == 0 and second.cached == len(ARTICLES)
    assert first.story_reports == second.story_reports


def test_enrich_version_tracks_what_shapes_extraction():
    base = Options()
    assert enrich_version(base) == enrich_version(Options())
    other = base.with_overrides({"extract.spacy_model": "another_model"})
    assert enrich_version(other) != enrich_version(base)
    # Options that do not shape extraction leave cached extractions valid.
    assert enrich_version(base.with_overrides({"cluster.threshold": 0.5})) == enrich_version(base)


def test_batches_keep_order_and_cover_everything():
    assert list(batches([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(batches(iter(range(5)), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batches([], 3)) == []
    with pytest.raises(ValueError):
        PoolExecutor(Options(), 0)
    with pytest.raises(ValueError):
        make_executor(Options(executor="threads"))


_ECHO = """
class Echo:
    name = "echo"

    def setup(self, options):
        pass

    def process(self, batch):
        return [x * 10 for x in batch]
"""


def test_executors_read_items_lazily_and_give_results_as_they_come(tmp_path, monkeypatch):
    """A caller can build each item when it is asked for (read from a store) and consume each
    result as it comes: an executor reads only a bounded window of items ahead of its results."""
    (tmp_path / "echo_stage.py").write_text(_ECHO, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # spawned workers get the parent's sys.path
    from echo_stage import Echo

    for ex, ahead in ((LocalExecutor(Options()), 2), (PoolExecutor(Options(workers=2), 2), 2 * 4 * 2)):
        pulled: list[int] = []

        def items():
            for i in range(60):
                pulled.append(i)
                yield i

        with ex:
            results = ex.imap(Echo(), items(), 2)
            first = next(results)
            assert first == 0 and len(pulled) <= ahead, (type(ex).__name__, len(pulled))
            assert [first, *results] == [i * 10 for i in range(60)]
            assert ex.map(Echo(), iter([]), 3) == [] and ex.map(Echo(), (i for i in range(5)), 3) == [0, 10, 20, 30, 40]


def _lineage_of(report: dict) -> dict[tuple[str, str], dict]:
    """Edges by (origin, derived), each named by the input record's id."""
    name = {a["id"]: a["external_id"] for a in report["articles"]}
    return {(name[e["origin"]], name[e["derived"]]): e for s in report["stories"] for e in s["lineage"]}


def test_lineage_heavy_corpus_gives_the_same_report_in_a_pool(analyze_corpus, lineage_corpus, monkeypatch):
    from storyline.lineage import stages

    calls = []
    real = stages.pair_blocks

    def counted(*args, **kwargs):
        made = 0
        for block in real(*args, **kwargs):  # blocks are made lazily, as the executor asks
            made += 1
            yield block
        calls.append(made)

    monkeypatch.setattr(stages, "pair_blocks", counted)
    local = analyze_corpus(lineage_corpus, Options(workers=1), "local")
    pooled = analyze_corpus(lineage_corpus, Options(workers=2), "pool")
    assert calls and min(calls) > 2, "verification must be spread over several tasks"
    edges = _lineage_of(local)
    kinds = {e["kind"] for e in edges.values()}
    assert {"duplicate", "rewrite", "translation"} <= kinds, edges.keys()
    linked = {x for pair in edges for x in pair}
    assert {"fire-wire", "fire-copy", "fire-cut", "fire-rewrite", "fire-es", "fire-de"} <= linked, edges.keys()
    assert "fire-port" not in linked and "choir" not in linked, edges.keys()
    cut = next(e for (o, d), e in edges.items() if "fire-cut" in (o, d) and e["kind"] != "translation")
    notes = " | ".join(x["note"] for x in cut["drift"])
    assert "120" in notes and "150" in notes, notes
    assert local == pooled


def test_pipeline_enrich_records_hold_what_the_driver_stored_before():
    # The records the workers send are the stored JSON, the clustering signals and the lead's row
    # that the driver used to make from each full extraction itself.
    import json

    import numpy as np

    from storyline.cluster.features import lead_text
    from storyline.cluster.signals import article_signals
    from storyline.model import Article
    from storyline.pipeline import EnrichForStoreStage, _stored

    arts = [Article(id=f"a{i}", source="t", text=a["text"], language="en") for i, a in enumerate(ARTICLES[:3])]
    opts = Options()
    full = LocalExecutor(opts).map(EnrichStage(), [(a, None) for a in arts], 2)
    records = LocalExecutor(opts).map(EnrichForStoreStage(), [(a, None) for a in arts], 2)
    for a, r, rec in zip(arts, full, records):
        assert json.loads(rec.extraction_json) == json.loads(json.dumps(_stored(r), ensure_ascii=False))
        assert json.loads(rec.texts_json) == r.texts
        assert np.frombuffer(rec.vectors, dtype="<f4").tobytes() == np.ascontiguousarray(r.vectors, "<f4").tobytes()
        assert rec.signals == article_signals(a, r.extraction, opts.cluster.lead_names_chars)
        lead = lead_text(a, opts.cluster.embed_chars)
        assert rec.lead is not None and rec.lead[0] == lead
        assert np.array_equal(rec.lead[1][0], r.vectors[r.texts.index(lead)])


class _BlasThreads:
    """A map stage that reports the BLAS threads it ran with."""

    name = "blas-threads"

    def setup(self, options: Options) -> None:
        pass

    def process(self, batch: list[int]) -> list[int]:
        from threadpoolctl import threadpool_info

        return [max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas") for _ in batch]


def test_in_process_map_stage_runs_one_blas_thread():
    # A map stage in the caller's process runs as in a worker (one BLAS thread: an idle second one
    # spins after each product); the caller's own setting is back for its barriers.
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> int:
        return max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")

    with threadpool_limits(limits=3, user_api="blas"):
        assert blas_threads() == 3
        with LocalExecutor(Options()) as ex:
            seen = []
            for r in ex.imap(_BlasThreads(), range(5), batch_size=2):
                seen.append(r)
                assert blas_threads() == 3  # the caller's setting while it consumes results
        assert seen == [1] * 5
        assert blas_threads() == 3

"""Incremental re-analysis: cached vectors, memoised story reports and lineage pair decisions,
and the same report as a run that recomputes everything (``Options(incremental=False)``)."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

from storyline.lineage import detector, stages
from storyline.lineage.stages import FeatureStage
from storyline.options import Options
from storyline.pipeline import AlignStage, EnrichStage, enrich_version, extraction_from_dict, run_pipeline
from storyline.report import build_report
from storyline.resources import embedder
from storyline.service import Storyline

_BRIDGE = (
    "ORVELLE, May 14 - The old rail bridge over the Tamsin river in Orvelle collapsed on Tuesday "
    "morning, killing 12 people and injuring 40, the regional governor Marta Ilves said. "
    "Rescue teams pulled survivors from two carriages that fell into the water. "
    "\"We are searching every metre of the river,\" Ilves told reporters at the scene. "
    "The bridge, built in 1931, had been due for repairs next spring, according to the transport ministry. "
    "Engineers from the state rail company will inspect the remaining spans on Wednesday. "
    "Trains between Orvelle and the coast are suspended until further notice."
)
_BRIDGE_COPY = _BRIDGE.replace("injuring 40", "injuring 41").replace("on Wednesday", "on Thursday")
_BRIDGE_FR = (
    "ORVELLE, 14 mai - Le vieux pont ferroviaire sur la rivière Tamsin à Orvelle s'est effondré mardi "
    "matin, tuant 12 personnes et en blessant 40, a déclaré la gouverneure régionale Marta Ilves. "
    "Les équipes de secours ont sorti des survivants de deux wagons tombés dans l'eau. "
    "« Nous fouillons chaque mètre de la rivière », a dit Ilves aux journalistes sur place. "
    "Le pont, construit en 1931, devait être réparé au printemps prochain, selon le ministère des transports. "
    "Des ingénieurs de la compagnie ferroviaire publique inspecteront les autres travées mercredi. "
    "Les trains entre Orvelle et la côte sont suspendus jusqu'à nouvel ordre."
)
_VOTE_DE = (
    "KESSENDORF, 2. Juni - Bei der Bürgermeisterwahl in Kessendorf hat die Kandidatin Lena Brandauer "
    "am Sonntag 58 Prozent der Stimmen erhalten, teilte die Wahlkommission mit. "
    "Die Wahlbeteiligung lag bei 47 Prozent und damit deutlich unter dem Wert von 2019. "
    "Brandauer versprach, den Bau der neuen Stadtbibliothek noch in diesem Jahr zu beginnen. "
    "Ihr Gegenkandidat Paul Reimer räumte seine Niederlage am Abend ein. "
    "Die neue Bürgermeisterin tritt ihr Amt am 1. Juli an."
)
_VOTE_DE_COPY = _VOTE_DE.replace("58 Prozent", "57 Prozent")
_VOTE_ES = (
    "KESSENDORF, 2 de junio - En las elecciones a la alcaldía de Kessendorf, la candidata Lena Brandauer "
    "obtuvo el domingo el 58 por ciento de los votos, informó la comisión electoral. "
    "La participación fue del 47 por ciento, muy por debajo de la cifra de 2019. "
    "Brandauer prometió empezar este mismo año la construcción de la nueva biblioteca municipal. "
    "Su rival Paul Reimer reconoció la derrota por la noche. "
    "La nueva alcaldesa asumirá el cargo el 1 de julio."
)
_MUSEUM_IT = (
    "VARENNA, 9 settembre - Tre dipinti del Settecento sono stati rubati nella notte dal museo civico "
    "di Varenna, ha riferito la polizia. I ladri sono entrati da una finestra del secondo piano "
    "e hanno disattivato l'allarme. Il valore delle opere è stimato in 2 milioni di euro. "
    "\"È un colpo al cuore della città\", ha detto il direttore del museo Carlo Fenzi. "
    "Il museo resterà chiuso fino a lunedì."
)
_MUSEUM_EN = (
    "VARENNA, Sept 9 - Three eighteenth-century paintings were stolen overnight from the civic museum "
    "of Varenna, police said. The thieves entered through a second-floor window and disabled the alarm. "
    "The works are valued at 2 million euros. "
    "\"It is a blow to the heart of the town,\" museum director Carlo Fenzi said. "
    "The museum will stay closed until Monday."
)

BASE = [
    {"id": "bridge-wire", "outlet": "Wire One", "published": "2024-05-14", "text": _BRIDGE},
    {"id": "bridge-copy", "outlet": "Daily Post", "published": "2024-05-14", "text": _BRIDGE_COPY},
    {"id": "bridge-fr", "outlet": "Le Quotidien", "published": "2024-05-15", "text": _BRIDGE_FR},
    {"id": "vote-de", "outlet": "Stadtblatt", "published": "2024-06-02", "text": _VOTE_DE},
    {"id": "vote-de-copy", "outlet": "Kurier", "published": "2024-06-02", "text": _VOTE_DE_COPY},
    {"id": "vote-es", "outlet": "El Diario", "published": "2024-06-03", "text": _VOTE_ES},
]
ADDED = [
    {"id": "bridge-copy-2", "outlet": "Evening Star", "published": "2024-05-15",
     "text": _BRIDGE.replace("killing 12 people", "killing at least 12 people")},
    {"id": "museum-it", "outlet": "La Gazzetta", "published": "2024-09-09", "text": _MUSEUM_IT},
    {"id": "museum-en", "outlet": "Wire One", "published": "2024-09-09", "text": _MUSEUM_EN},
]


def _write(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return str(path)


def _analyse(store, options):
    ctx = run_pipeline(store, options)
    report = build_report(ctx.articles, ctx.story_reports, ctx.families, store.rejects(), store.merges())
    report.pop("generated_at", None)
    return ctx, report


@pytest.fixture
def analysed(tmp_path):
    """A SQLite store holding BASE, analysed once."""
    svc = Storyline.open(str(tmp_path / "s.db"), Options())
    svc.ingest([_write(tmp_path / "base.jsonl", BASE)])
    ctx, report = _analyse(svc.store, svc.options)
    assert ctx.encoded == len(BASE) and ctx.reused == 0
    yield svc, ctx, report
    svc.close()


def test_unchanged_store_reuses_vectors_stories_and_pairs(analysed, monkeypatch):
    svc, first, report = analysed
    assert first.edges, "the fixture's copies and translations should give lineage edges"

    def refuse(self, batch):
        raise AssertionError(f"{type(self).__name__} ran on an unchanged store")

    monkeypatch.setattr(EnrichStage, "process", refuse)
    monkeypatch.setattr(AlignStage, "process", refuse)
    monkeypatch.setattr(FeatureStage, "process", refuse)  # no article prepared again for candidates

    def no_parse(*args, **kwargs):
        raise AssertionError("a stored parse was read for lineage features on an unchanged store")

    monkeypatch.setattr(stages, "article_mentions", no_parse)
    monkeypatch.setattr(detector, "prepare", refuse_prepare)  # nor for verification: every pair is kept
    emb = embedder()
    emb._cache.clear()  # nothing may come from this process's encoder cache either
    misses = emb.misses
    ctx, again = _analyse(svc.store, svc.options)
    assert ctx.cached == len(BASE) and ctx.encoded == 0  # extraction and vectors both from the store
    assert ctx.reused == len(ctx.stories) == len(first.stories)
    assert ctx.pairs_reused > 0
    assert ctx.features_reused == len(BASE)
    assert emb.misses == misses  # not one text encoded
    assert again == report


def refuse_prepare(article, *args):
    raise AssertionError(f"article {article.id} prepared again for lineage on an unchanged store")


def test_added_articles_recompute_only_the_stories_they_touch(analysed, tmp_path, monkeypatch):
    svc, first, _ = analysed
    svc.ingest([_write(tmp_path / "added.jsonl", ADDED)])
    reference = tmp_path / "reference.db"
    with sqlite3.connect(tmp_path / "s.db") as src, sqlite3.connect(reference) as dst:
        src.backup(dst)  # the store as the incremental run finds it

    aligned: list[frozenset[str]] = []
    process = AlignStage.process

    def spy(self, batch):
        aligned.extend(frozenset(t.story.article_ids) for t in batch)
        return process(self, batch)

    featured: list[str] = []
    features = FeatureStage.process

    def feature_spy(self, batch):
        featured.extend(it.article.id for it in batch)
        return features(self, batch)

    decided: list[tuple[str, str]] = []
    decide = detector.decide

    def decide_spy(a, b, *args, **kwargs):
        decided.append((a.article.id, b.article.id))
        return decide(a, b, *args, **kwargs)

    monkeypatch.setattr(AlignStage, "process", spy)
    monkeypatch.setattr(FeatureStage, "process", feature_spy)
    monkeypatch.setattr(detector, "decide", decide_spy)
    ctx, report = _analyse(svc.store, svc.options)
    assert ctx.encoded == len(ADDED) and ctx.cached == len(BASE)
    assert sorted(featured) == sorted(_stored_id(ctx, r["id"]) for r in ADDED)  # only the new are prepared
    added_ids = {_stored_id(ctx, r["id"]) for r in ADDED}
    old_pairs = {(e.origin, e.derived) for e in first.edges}
    # A stored pair's direction is decided again when a new article prints its sentences (the added
    # copy of the wire story does): who else prints them is evidence of the direction.
    assert any(not ({a, b} & added_ids) for a, b in decided)
    assert all({a, b} & added_ids or (a, b) in old_pairs or (b, a) in old_pairs for a, b in decided)
    assert ctx.features_reused == len(BASE)

    before = {frozenset(s.article_ids) for s in first.stories}
    new_ids = {r["id"] for r in ADDED}
    stories = [frozenset(s.article_ids) for s in ctx.stories]
    touched = [s for s in stories if {a for a in s} & {_stored_id(ctx, i) for i in new_ids}]
    untouched = [s for s in stories if s in before]
    assert touched and untouched, "the fixture should add to one story, make another, and leave one alone"
    assert set(aligned) == set(touched)  # exactly the stories the new articles are in were aligned
    assert ctx.reused == len(untouched) == len(stories) - len(touched)

    monkeypatch.setattr(AlignStage, "process", process)
    ref = Storyline.open(str(reference), Options(incremental=False))
    try:
        full_ctx, full = _analyse(ref.store, ref.options)
    finally:
        ref.close()
    assert full_ctx.reused == 0 and full_ctx.cached == 0 and full_ctx.pairs_reused == 0
    assert full_ctx.features_reused == 0
    assert report == full
    assert ctx.edges == full_ctx.edges


def test_stored_lineage_features_are_the_computed_ones(analysed):
    """What the memo gives back is bit for bit what the feature stage makes (arrays, anchors,
    credit lines, entity mentions), so candidates from kept features are a full run's."""
    svc, first, _ = analysed
    stage = FeatureStage()
    stage.setup(svc.options)
    version = enrich_version(svc.options)
    extractions = {a.id: extraction_from_dict(svc.store.extraction(a.id, version)) for a in first.articles}
    items = stages.pipeline_items(first.articles, extractions, {}, lambda texts: {})
    made = stage.process(items)
    assert any(f.mentions for f in made) and any(len(f.anchors) for f in made)
    for f in made:
        back = stages.features_from_dict(json.loads(json.dumps(stages.features_to_dict(f))))
        for name in f.__slots__:
            x, y = getattr(f, name), getattr(back, name)
            if isinstance(x, np.ndarray):
                assert x.dtype == y.dtype and np.array_equal(x, y), name
            else:
                assert x == y, name
    kept = svc.store.memo("lineage_features")
    assert len(kept) == len(BASE)  # one entry per article, under its key
    assert sorted(d["id"] for d in kept.values()) == sorted(a.id for a in first.articles)


def test_changed_options_recompute_every_story(analysed):
    svc, first, report = analysed
    options = Options().with_overrides({"align.brief_sentences": 3})
    ctx, _ = _analyse(svc.store, options)
    assert ctx.reused == 0 and ctx.encoded == 0  # vectors still serve: they do not depend on align options


def test_task_size_settings_keep_every_story(analysed):
    svc, first, report = analysed
    # How clustering is cut into tasks does not change the stories, so no memoised story is redone.
    options = Options().with_overrides({"cluster.edge_task_rows": 2})
    ctx, _ = _analyse(svc.store, options)
    assert ctx.reused == len(ctx.stories)


def _stored_id(ctx, external_id: str) -> str:
    """The store's id of the record with this external id."""
    return next(a.id for a in ctx.articles if a.external_id == external_id)


def test_a_failure_in_enrichment_keeps_what_was_enriched_before_it(tmp_path, monkeypatch):
    """Results are stored as they come: when a later batch fails, the earlier articles' extractions
    and vectors are in the store, and the next run enriches only the others."""
    import storyline.pipeline as pipeline

    svc = Storyline.open(str(tmp_path / "f.db"), Options())
    try:
        svc.ingest([_write(tmp_path / "base.jsonl", BASE)])
        monkeypatch.setattr(pipeline, "ENRICH_BATCH", 2)
        real = EnrichStage.process
        calls = []

        def fail_third(self, batch):
            calls.append(len(batch))
            if len(calls) == 3:
                raise RuntimeError("worker lost")
            return real(self, batch)

        monkeypatch.setattr(EnrichStage, "process", fail_third)
        with pytest.raises(RuntimeError, match="worker lost"):
            run_pipeline(svc.store, svc.options)
        version = enrich_version(svc.options)
        kept = [a.id for a in svc.store.articles() if svc.store.extraction(a.id, version) is not None]
        assert len(kept) == 4 and len(svc.store.vectors(kept, version)) == 4
        monkeypatch.setattr(EnrichStage, "process", real)
        ctx = run_pipeline(svc.store, svc.options)
        assert ctx.cached == 4 and ctx.encoded == len(BASE) - 4
    finally:
        svc.close()


def test_lineage_features_are_stored_as_they_are_made(tmp_path, monkeypatch):
    """The features memo is written in chunks while the feature map runs, before any pair is
    verified, not kept for the whole corpus until lineage ends."""
    monkeypatch.setattr(stages, "FEATURES_CHUNK", 2, raising=False)  # without it: fail below, not here
    svc = Storyline.open(str(tmp_path / "s.db"), Options())
    try:
        svc.ingest([_write(tmp_path / "base.jsonl", BASE)])
        events: list[tuple[str, int]] = []
        real_put, real_verify = svc.store.put_memo, stages.VerifyStage.process

        def put_memo(kind, items, keep=None):
            items = list(items)
            events.append((kind, len(items)))
            return real_put(kind, items, keep)

        def verify(self, batch):
            events.append(("verify", 0))
            return real_verify(self, batch)

        monkeypatch.setattr(svc.store, "put_memo", put_memo)
        monkeypatch.setattr(stages.VerifyStage, "process", verify)
        _analyse(svc.store, svc.options)
        writes = [n for kind, n in events if kind == "lineage_features" and n]
        assert sum(writes) == len(BASE) and max(writes) <= 2
        first_verify = events.index(("verify", 0))
        assert sum(n for kind, n in events[:first_verify] if kind == "lineage_features") == len(BASE)
        assert len(svc.store.memo("lineage_features")) == len(BASE)
    finally:
        svc.close()

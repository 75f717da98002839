"""One store contract, run against every backend: SQLite always, PostgreSQL when a server is given.

PostgreSQL cases need ``STORYLINE_TEST_PG=postgresql://user@127.0.0.1:PORT/db`` (``.ci/run`` starts a
throwaway cluster and sets it); each test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import os
import sqlite3
import sys
import threading
import uuid
from pathlib import Path

import pytest

from storyline.model import Article, DateCandidate, OutletEdition, Rejected, StoryEvent
from storyline.store import SQLiteStore, Store, StoreError, open_store
from storyline.store.protocol import Store as StoreProtocol

PG_URL = os.environ.get("STORYLINE_TEST_PG", "")
SAMPLE = Path(__file__).resolve().parents[2] / "sample"


def _pg_unavailable() -> str | None:
    """Why the PostgreSQL cases cannot run here (None when they can)."""
    if not PG_URL:
        return "no PostgreSQL server: set STORYLINE_TEST_PG=postgresql://user@host:port/db (.ci/run does)"
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed: pip install 'storyline[postgres]'"
    try:
        psycopg.connect(PG_URL, connect_timeout=5).close()
    except psycopg.Error as exc:
        return f"PostgreSQL server at STORYLINE_TEST_PG not reachable: {str(exc).strip().splitlines()[0]}"
    return None


_PG_SKIP = _pg_unavailable()


def _with_schema(url: str, schema: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url():
    """A URL whose tables live in a fresh schema of the test server, dropped after the test."""
    if _PG_SKIP:
        pytest.skip(_PG_SKIP)
    import psycopg

    schema = f"storyline_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _with_schema(PG_URL, schema)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as db:
            db.execute(f"DROP SCHEMA {schema} CASCADE")


BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture
def url(backend, tmp_path, request):
    """Where a store of this backend lives; open it as many times as a test needs."""
    if backend == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(url):
    s = open_store(url)
    yield s
    s.close()


def _article(i: int | str, text: str = "Body text.", **kw) -> Article:
    return Article(
        id=f"a{i}", source=f"f{i}.txt", text=text, raw=f"raw {i}", title=f"T{i}", authors=["Ann Lee"],
        published="2024-03-0%d" % (hash(str(i)) % 9 + 1),
        date_candidates=[DateCandidate("2024-03-01", "dateline", 0.9, "x")], **kw,
    )


def _story(sid, ids, title="", outlets=(), ents=(), dates=(None, None), keywords=()):
    return {"id": sid, "title": title, "article_ids": list(ids), "keywords": list(keywords), "outlets": list(outlets),
            "published_range": list(dates), "claims": [], "conflicts": [],
            "entities": [{"name": n, "type": "PERSON", "aliases": list(a), "article_ids": list(ids)} for n, a in ents]}


# --- the interface ----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["sqlite", "postgres"])
def test_every_backend_has_every_method_with_the_same_parameters(name):
    if name == "postgres":
        pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'storyline[postgres]'")
        from storyline.store.postgres import PostgresStore as cls
    else:
        cls = SQLiteStore
    wanted = {n: v for n, v in vars(StoreProtocol).items()
              if not n.startswith("_") and (callable(v) or isinstance(v, property))}
    assert {"add_articles", "find_stories", "replace_stories", "iter_articles"} <= set(wanted)
    for n, proto in wanted.items():
        impl = getattr(cls, n, None)
        assert impl is not None, f"{cls.__name__} lacks {n}"
        if callable(proto):
            assert list(inspect.signature(impl).parameters) == list(inspect.signature(proto).parameters), n
            for p, q in zip(inspect.signature(impl).parameters.values(), inspect.signature(proto).parameters.values()):
                assert p.default == q.default, (n, p.name)


def test_store_is_the_protocol(store):
    assert isinstance(store, Store)


def test_missing_driver_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(StoreError, match=r"pip install 'storyline\[postgres\]'"):
        open_store("postgresql://someone@127.0.0.1/db")
    with pytest.raises(StoreError, match=r"storyline\[postgres\]"):
        open_store("postgres://someone@127.0.0.1/db")


def test_unknown_scheme_is_refused():
    with pytest.raises(StoreError, match="unknown store URL scheme 'mysql'"):
        open_store("mysql://x@127.0.0.1/db")


def test_unreachable_server_is_a_clear_error_without_the_password():
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'storyline[postgres]'")
    with pytest.raises(StoreError, match="cannot open store") as info:
        open_store("postgresql://ann:s3cret-pw@127.0.0.1:1/nowhere")  # port 1: nothing listens
    assert "s3cret-pw" not in str(info.value) and "ann:***@" in str(info.value)


# --- articles ---------------------------------------------------------------------------

def test_add_is_idempotent_and_round_trips(store):
    assert store.add_articles([_article(1), _article(2)]) == ["a1", "a2"]
    assert store.add_articles([_article(3), _article(1)]) == ["a3"]
    assert store.count_articles() == 3 and store.has_article("a2") and not store.has_article("zz")
    a = store.article("a1", with_raw=True)
    assert a.raw == "raw 1" and a.authors == ["Ann Lee"] and a.date_candidates == [
        DateCandidate("2024-03-01", "dateline", 0.9, "x")]
    assert dataclasses.asdict(store.article("a1")) == {**dataclasses.asdict(a), "raw": ""}  # raw only on request
    assert store.article("nope") is None
    assert [x.id for x in store.articles(["a3", "a1", "zz"])] == ["a3", "a1"]
    assert [x.raw for x in store.articles(["a2"], with_raw=True)] == ["raw 2"]
    assert [x.id for x in store.articles()] == ["a1", "a2", "a3"]  # by ingest time, then id
    assert [x.id for x in store.iter_articles(batch=2)] == ["a1", "a2", "a3"]


def test_outlet_edition_round_trips(store):
    ed = OutletEdition(label="한국어판", language="ko", local_name="하버 레저")
    store.add_articles([_article(1, outlet="Harbour Ledger", outlet_edition=ed), _article(2, outlet="Valley Courier")])
    a1, a2 = store.articles(["a1", "a2"])
    assert a1.outlet == "Harbour Ledger" and a1.outlet_edition == ed
    assert a2.outlet_edition is None
    assert [x.outlet_edition for x in store.iter_articles(batch=1)] == [ed, None]


def test_ids_sort_bytewise_on_every_backend(store):
    ids = ["b", "B", "_x", "a-1", "a1", "Ä", "z", "ab", "a"]
    store.add_articles([dataclasses.replace(_article(0), id=i, source=f"{i}.txt") for i in ids])
    assert [a.id for a in store.iter_articles(batch=3)] == sorted(ids)
    assert [a.id for a in store.articles()] == sorted(ids)


def test_reopened_store_keeps_everything_and_its_schema(url, backend):
    with open_store(url) as s:
        s.add_articles([_article(1)])
        version = s.schema_version
    with open_store(url) as s:
        assert s.schema_version == version > 0 and s.count_articles() == 1


def test_newer_schema_is_refused(url, backend):
    open_store(url).close()
    if backend == "sqlite":
        db = sqlite3.connect(url)
        db.execute("PRAGMA user_version=999")
        db.commit()
        db.close()
    else:
        import psycopg

        with psycopg.connect(url, autocommit=True) as db:
            db.execute("INSERT INTO schema_version (version) VALUES (999)")
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_failed_batch_leaves_earlier_batches(store):
    store.add_articles([_article(1)])

    def broken():
        yield _article(2)
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        store.add_articles(broken())
    assert [a.id for a in store.articles()] == ["a1"]


def test_rejects_are_listed_and_cleared_when_the_file_is_fixed(store):
    store.add_rejects([Rejected("f2.txt", "empty file"), Rejected("f1.txt", "not text")])
    store.add_rejects([Rejected("f2.txt", "still empty")])
    assert store.rejects() == [Rejected("f1.txt", "not text"), Rejected("f2.txt", "still empty")]
    store.add_articles([_article(1)])
    assert store.rejects() == [Rejected("f2.txt", "still empty")]


def test_same_article_from_another_input_is_recorded_as_merged(store):
    first = _article(1, "Le conseil a approuvé la digue mardi.")
    again = dataclasses.replace(first, source="copy_of_f1.txt")
    merged: list = []
    assert store.add_articles([first, again], merged) == ["a1"]
    assert [m.source for m in merged] == ["copy_of_f1.txt"] and "f1.txt" in merged[0].reason
    assert store.add_articles([first], merged) == [] and len(merged) == 1  # re-reading f1.txt is no merge
    assert store.merges() == [{"source": "copy_of_f1.txt", "article_id": "a1", "reason": merged[0].reason}]


def test_text_the_database_cannot_hold_is_repaired(store, backend):
    bad = Article(id="a9", source="bad\udcff.txt", text="Rada zatwierdziła wał\ud800. Нуль\x00здесь.",
                  title="T\udfff", authors=["Ann \ud83d"], removed=["x\ud800"])
    assert store.add_articles([bad]) == ["a9"]
    store.add_rejects([Rejected("r\udcff.jsonl#2", "why \ud800")])
    a = store.article("a9")
    nul = "\ufffd" if backend == "postgres" else "\x00"  # only PostgreSQL text cannot hold NUL
    assert a.text == f"Rada zatwierdziła wał\ufffd. Нуль{nul}здесь."
    assert a.title == "T\ufffd" and a.authors == ["Ann \ufffd"] and a.removed == ["x\ufffd"]
    assert a.source == "bad\ufffd.txt" and store.rejects()[0].source == "r\ufffd.jsonl#2"
    store.put_state("k", {"v": "x\ud800"})
    assert store.get_state("k") == {"v": "x\ufffd"}


# --- derived results --------------------------------------------------------------------

def test_state_lineage_and_extractions(store):
    store.add_articles([_article(1), _article(2)])
    store.put_state("stream", {"n": 1})
    store.put_state("stream", {"n": 2, "é": [1.5, None]})
    assert store.get_state("stream") == {"n": 2, "é": [1.5, None]} and store.get_state("missing") is None
    edges = [{"origin": o, "derived": d, "kind": "duplicate", "score": 0.9} for o, d in
             [("z", "a"), ("a", "b"), ("m", "c")]]
    store.replace_lineage(edges)
    assert store.lineage() == edges  # in the order stored
    store.replace_lineage(edges[1:])
    assert store.lineage() == edges[1:]
    store.put_extractions([("a1", {"sentences": [[0, 5]]}), ("a2", {"x": "ü"})], "v1")
    assert store.extraction("a1", "v1") == {"sentences": [[0, 5]]} and store.extraction("a1", "v2") is None
    store.put_extractions([("a1", {"sentences": []})], "v2")
    assert store.extraction("a1", "v2") == {"sentences": []} and store.extraction("a1", "v1") is None
    assert json.loads(store.extraction_json("a2", "v1")) == {"x": "ü"} and store.extraction_json("a2", "v2") is None


def test_vectors_round_trip_under_their_version(store):
    import numpy as np

    store.add_articles([_article(1), _article(2)])
    rows = np.arange(6, dtype="<f4").reshape(2, 3) / 7
    store.put_vectors([("a1", ["Première phrase.", "第二句。"], rows.tobytes()), ("a2", [], b"")], "v1")
    got = store.vectors(["a1", "a2", "missing"], "v1")
    assert set(got) == {"a1", "a2"} and got["a2"] == ([], b"")
    texts, data = got["a1"]
    assert texts == ["Première phrase.", "第二句。"]
    assert np.array_equal(np.frombuffer(data, dtype="<f4").reshape(2, 3), rows)  # bit for bit
    assert store.vectors(["a1"], "v2") == {}  # another version's vectors are not served
    store.put_vectors([("a1", ["x"], rows[:1].tobytes())], "v2")  # one version per article
    assert store.vectors(["a1"], "v1") == {} and store.vectors(["a1"], "v2")["a1"][0] == ["x"]


def test_memo_reads_by_key_and_keep_drops_the_rest(store):
    store.put_memo("story", [("k1", {"title": "ä", "n": [1.25, None]}), ("k2", {"n": 2})])
    store.put_memo("pair", [("k1", {"other": True})])  # kinds are separate
    assert store.memo("story", ["k1", "k3"]) == {"k1": {"title": "ä", "n": [1.25, None]}}
    assert store.memo("story") == {"k1": {"title": "ä", "n": [1.25, None]}, "k2": {"n": 2}}
    store.put_memo("story", [("k3", {"n": 3})], keep=["k2"])  # k1 neither kept nor written: dropped
    assert store.memo("story") == {"k2": {"n": 2}, "k3": {"n": 3}}
    store.put_memo("story", [("k2", {"n": 22})])  # without keep nothing is dropped; a key is replaced
    assert store.memo("story") == {"k2": {"n": 22}, "k3": {"n": 3}}
    assert store.memo("pair") == {"k1": {"other": True}}
    store.put_memo("story", [], keep=[])
    assert store.memo("story") == {} and store.memo("story", []) == {}


def test_reanalysis_reuses_vectors_pairs_and_stories(url):
    """A second analysis of an unchanged store encodes nothing and aligns no story, on every backend."""
    from storyline.pipeline import run_pipeline
    from storyline.service import Storyline

    svc = Storyline.open(url)
    try:
        svc.ingest([str(SAMPLE)])
        first = run_pipeline(svc.store, svc.options)
        again = run_pipeline(svc.store, svc.options)
    finally:
        svc.close()
    assert first.encoded == len(first.articles) and first.reused == 0 and first.edges
    assert again.encoded == 0 and again.reused == len(again.stories) == len(first.stories)
    assert again.pairs_reused > 0 and again.edges == first.edges
    assert again.story_reports == first.story_reports


# --- stories ----------------------------------------------------------------------------

def test_stories_events_and_previous_stories(store):
    store.add_articles([_article(i) for i in range(1, 5)])
    stories = [_story("s-b", ["a3"], "Second"), _story("s-a", ["a2", "a1", "a4"], "Quake", dates=("2024-03-02", "2024-03-03")),
               _story("s-c", ["a4"], "Third")]
    store.replace_stories(stories, [StoryEvent("create", "s-a", article_ids=["a1", "a2"]),
                                    StoryEvent("create", "s-b", article_ids=["a3"])])
    assert store.story("s-a") == stories[1] and store.story("nope") is None
    assert [s["id"] for s in store.stories()] == ["s-a", "s-b", "s-c"]  # largest first, then id
    assert store.stories_of_article("a4") == ["s-a", "s-c"]
    assert store.story_summaries()[0] == {"id": "s-a", "title": "Quake", "size": 3,
                                          "first_published": "2024-03-02", "last_published": "2024-03-03"}
    assert [e["story_id"] for e in store.story_events()] == ["s-a", "s-b"]
    assert store.story_events("s-b")[0]["kind"] == "create"
    prev = store.previous_stories()
    assert [(p.id, p.article_ids) for p in prev] == [("s-b", ["a3"]), ("s-a", ["a1", "a2", "a4"]), ("s-c", ["a4"])]
    store.replace_stories([], [StoryEvent("delete", "s-a")])
    assert store.stories() == [] and store.previous_stories() == [] and store.stories_of_article("a4") == []
    assert [e["kind"] for e in store.story_events("s-a")] == ["create", "delete"]  # events accumulate


def test_find_stories_filters_in_the_database(store):
    store.add_articles([_article(i) for i in range(1, 7)])
    store.replace_stories([
        _story("s-a", ["a1", "a2"], "Quake in Malatya", ["Northwire"], [("Recep Erdoğan", ["Erdogan"])],
               ("2024-03-03", "2024-03-04"), ["aftershock"]),
        _story("s-b", ["a3"], "Rate cut in Valdoria", ["Meridian Markets"], [("Isabel Fuentes", [])],
               ("2024-03-12", "2024-03-15"), ["covid-19"]),
        _story("s-c", ["a4"], "Землетрясение в Малатье", ["Север"], [("Ольга Петрова", [])], ("2024-03-05", "2024-03-06")),
        _story("s-d", ["a5"], "東京で大きな地震", ["東方通信"], [], ("2024-03-07", None)),
        _story("s-e", ["a6"], "Séisme: la Banque réagit", ["L'Écho du Nord"], [("Zoë Müller", ["Zoe Mueller"])], (None, None)),
    ])

    def ids(**kw):
        return [s["id"] for s in store.find_stories(**kw)]

    assert ids() == ["s-a", "s-b", "s-c", "s-d", "s-e"]  # by size, then id
    assert ids(sort="recent") == ["s-b", "s-c", "s-a", "s-d", "s-e"]  # undated last
    assert ids(query="malatya QUAKE") == ["s-a"]
    assert ids(query="quak") == ["s-a"]  # a word's beginning finds it
    assert ids(query="erdogan") == ["s-a"]  # accents folded, aliases searched
    assert ids(query="AFTERSHOCK") == ["s-a"]  # keywords searched
    assert ids(query="covid-19") == ["s-b"] and ids(query="covid") == ["s-b"]
    assert ids(query="землетрясение") == ["s-c"] and ids(query="МАЛАТЬЕ") == ["s-c"]
    assert ids(query="地震") == ["s-d"]  # inside a run of CJK characters
    assert ids(query="seisme banque") == ["s-e"] and ids(query="zoe") == ["s-e"]
    assert ids(query="quake valdoria") == [] and ids(query="tsunami") == []
    assert ids(entity="recep erdogan") == ["s-a"] and ids(entity="ERDOGAN") == ["s-a"]
    assert ids(entity="Erdo") == []  # an entity filter is an exact name
    assert ids(entity="ольга петрова") == ["s-c"] and ids(entity="Zoe Muller") == ["s-e"]
    assert ids(outlet="meridian markets") == ["s-b"] and ids(outlet="l'echo du nord") == ["s-e"]
    assert ids(outlet="東方通信") == ["s-d"] and ids(outlet="Meridian") == []
    assert ids(date_from="2024-03-10") == ["s-b"]
    assert ids(date_to="2024-03-05") == ["s-a", "s-c"]
    assert ids(query="quake", date_from="2024-03-01", date_to="2024-03-31", sort="recent") == ["s-a"]
    assert store.find_stories(query="valdoria") == [{
        "id": "s-b", "title": "Rate cut in Valdoria", "size": 1, "first_published": "2024-03-12",
        "last_published": "2024-03-15", "outlets": ["Meridian Markets"], "keywords": ["covid-19"],
        "entities": ["Isabel Fuentes"], "claims": 0, "conflicts": 0}]
    assert ids(query="quake|valdoria") == [] and ids(query="& | !") == []  # query syntax is text, never an operator


# --- concurrency ------------------------------------------------------------------------

def _run_threads(targets):
    errors: list[BaseException] = []

    def guard(fn):
        def run():
            try:
                fn()
            except BaseException as exc:  # reported below: a thread's failure must fail the test
                errors.append(exc)
        return run

    threads = [threading.Thread(target=guard(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def test_concurrent_writers_lose_nothing(url):
    """Two writers (each its own connection, as two `ingest` processes) over overlapping inputs."""
    everything = [_article(f"{i:04d}") for i in range(240)]
    first = everything[:160]
    second = list(reversed(everything[80:]))  # overlaps the first by half, in the other order
    added: list[list[str]] = [[], []]
    stores = [open_store(url), open_store(url)]

    def writer(k, items):
        def run():
            for i in range(0, len(items), 20):
                added[k].extend(stores[k].add_articles(items[i : i + 20]))
        return run

    try:
        _run_threads([writer(0, first), writer(1, second)])
        assert stores[0].count_articles() == 240
        assert sorted(added[0] + added[1]) == sorted(a.id for a in everything)  # each added exactly once
        assert stores[1].merges() == []  # the same input read twice is no merge
    finally:
        for s in stores:
            s.close()


def test_readers_never_see_half_an_analysis(url):
    writer, reader = open_store(url), open_store(url)
    try:
        writer.add_articles([_article(i) for i in range(40)])
        old = [_story(f"old-{i}", [f"a{i}", f"a{i + 20}"]) for i in range(20)]
        new = [_story(f"new-{i}", [f"a{i}"]) for i in range(40)]
        writer.replace_stories(old)
        seen: list[tuple[str, ...]] = []
        stop = threading.Event()

        def write():
            try:
                for n in range(15):
                    writer.replace_stories(new if n % 2 == 0 else old)
            finally:
                stop.set()

        def read():
            while not stop.is_set():
                now = reader.stories()
                seen.append(tuple(sorted({s["id"].split("-")[0] for s in now})) + (str(len(now)),))
                prev = reader.previous_stories()
                kinds = {p.id.split("-")[0] for p in prev}
                assert len(kinds) == 1 and len(prev) in (20, 40), (kinds, len(prev))
                assert all(len(p.article_ids) == (2 if p.id.startswith("old") else 1) for p in prev)

        _run_threads([write, read])
        assert seen and all(kinds in {("old", "20"), ("new", "40")} for kinds in seen), set(seen)
    finally:
        writer.close()
        reader.close()


# --- PostgreSQL only --------------------------------------------------------------------

def test_postgres_migrates_once_when_opened_twice_at_once(pg_url):
    import psycopg

    stores: list = []
    _run_threads([lambda: stores.append(open_store(pg_url)) for _ in range(3)])
    try:
        with psycopg.connect(pg_url) as db:
            versions = [r[0] for r in db.execute("SELECT version FROM schema_version ORDER BY version")]
        from storyline.store.postgres import MIGRATIONS

        assert versions == list(range(1, len(MIGRATIONS) + 1))
        assert all(s.schema_version == len(MIGRATIONS) for s in stores)
    finally:
        for s in stores:
            s.close()


def test_postgres_story_search_uses_its_indexes(pg_url):
    import psycopg

    with open_store(pg_url) as s:
        s.add_articles([_article(1)])
        s.replace_stories([_story("s-a", ["a1"], "Quake", ["Northwire"], [("Ann Lee", [])])])
    with psycopg.connect(pg_url) as db:
        db.execute("SET enable_seqscan = off")  # a one-row table: make the planner show what it can use
        for where, index in [
            ("search_tsv @@ to_tsquery('simple', 'quake:*')", "stories_search"),
            ("outlet_names @> ARRAY['northwire']::text[]", "stories_outlets"),
            ("entity_names @> ARRAY['ann lee']::text[]", "stories_entities"),
        ]:
            plan = "\n".join(r[0] for r in db.execute(f"EXPLAIN SELECT summary FROM stories WHERE {where}"))
            assert index in plan, plan


def test_postgres_store_path_hides_the_password(pg_url):
    import psycopg

    params = psycopg.conninfo.conninfo_to_dict(pg_url)
    with open_store(pg_url) as s:
        assert s.path.startswith("postgresql://") and "***" not in s.path  # no password given: nothing hidden
    from storyline.store.postgres import redact

    assert redact("postgresql://ann:pw@db.example:5432/x?sslmode=require") == "postgresql://ann:***@db.example:5432/x?sslmode=require"
    assert redact("postgres://ann@db/x") == "postgres://ann@db/x"
    assert params  # the test server's URL parses


def test_postgres_analysis_equals_sqlite_analysis(pg_url, tmp_path):
    """The bundled sample, analysed into each backend: the same report apart from generated_at."""
    from storyline.service import Storyline

    reports = []
    for db in (str(tmp_path / "s.db"), pg_url):
        svc = Storyline.open(db)
        try:
            svc.ingest([str(SAMPLE)])
            fresh = svc.analyze()
            again = svc.report()  # rebuilt from what the store holds
        finally:
            svc.close()
        reports.append([json.dumps({k: v for k, v in r.items() if k != "generated_at"}, sort_keys=True)
                        for r in (fresh, again)])
    assert '"stories": [{' in reports[0][0]
    assert reports[0] == reports[1]


def test_postgres_store_outlives_a_dropped_connection(pg_url):
    import psycopg

    with open_store(pg_url) as s:
        s.add_articles([_article(1)])
        with psycopg.connect(pg_url, autocommit=True) as admin:  # as a server restart would
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'storyline' AND datname = current_database()")
        assert s.count_articles() == 1  # the reader reconnects
        assert s.add_articles([_article(2)]) == ["a2"]  # so does the writer
        assert [a.id for a in s.iter_articles()] == ["a1", "a2"]


def test_json_text_is_stored_as_the_json_it_holds(store):
    # A worker may serialise what the driver stores: the store reads back the value, repaired as usual.
    import numpy as np

    from storyline.store.protocol import json_text

    store.add_articles([_article(1)])
    value = {"sentences": [[0, 5]], "x": "ü 第二", "bad": "\udcff"}
    store.put_extractions([("a1", json_text(value))], "v1")
    assert store.extraction("a1", "v1") == {"sentences": [[0, 5]], "x": "ü 第二", "bad": "\ufffd"}
    rows = np.ones((1, 2), dtype="<f4")
    store.put_vectors([("a1", json_text(["Première phrase."]), rows.tobytes())], "v1")
    assert store.vectors(["a1"], "v1")["a1"][0] == ["Première phrase."]

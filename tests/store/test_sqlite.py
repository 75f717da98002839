import sqlite3

import pytest

from storyline.model import Article, DateCandidate, Rejected, StoryEvent
from storyline.store import StoreError, open_store
from storyline.store.sqlite import MIGRATIONS


def _article(i: int, text: str = "Body text.") -> Article:
    return Article(
        id=f"a{i}", source=f"f{i}.txt", text=text, raw=f"raw {i}", title=f"T{i}", authors=["Ann Lee"],
        published="2024-03-0%d" % (i % 9 + 1), date_candidates=[DateCandidate("2024-03-01", "dateline", 0.9, "x")],
    )


def test_add_is_idempotent_and_round_trips(tmp_path):
    store = open_store(tmp_path / "s.db")
    assert store.add_articles([_article(1), _article(2)]) == ["a1", "a2"]
    assert store.add_articles([_article(1), _article(3)]) == ["a3"]
    assert store.count_articles() == 3
    a = store.article("a1", with_raw=True)
    assert a.raw == "raw 1" and a.authors == ["Ann Lee"] and a.date_candidates[0].origin == "dateline"
    assert store.article("a1").raw == ""  # raw is only loaded on request
    assert [x.id for x in store.articles(["a3", "a1", "zz"])] == ["a3", "a1"]
    assert sorted(x.id for x in store.iter_articles(batch=2)) == ["a1", "a2", "a3"]


def test_wal_and_schema_version(tmp_path):
    path = tmp_path / "s.db"
    store = open_store(f"sqlite:///{path}")
    assert store.schema_version == len(MIGRATIONS)
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        open_store(bad)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "s.db")


def test_failed_batch_leaves_earlier_batches(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add_articles([_article(1)])

    def broken():
        yield _article(2)
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        store.add_articles(broken())
    assert [a.id for a in store.articles()] == ["a1"]  # the half batch was rolled back, a1 kept


def test_rejects_are_cleared_when_the_file_is_fixed(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add_rejects([Rejected("f1.txt", "empty file")])
    assert [r.source for r in store.rejects()] == ["f1.txt"]
    store.add_articles([_article(1)])
    assert store.rejects() == []


def test_stories_and_events(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add_articles([_article(1), _article(2)])
    story = {"id": "s-1", "title": "Quake", "article_ids": ["a1", "a2"], "published_range": ["2024-03-02", "2024-03-03"]}
    store.replace_stories([story], [StoryEvent("create", "s-1", article_ids=["a1", "a2"])])
    assert store.story("s-1")["title"] == "Quake"
    assert store.stories_of_article("a2") == ["s-1"]
    assert store.story_summaries()[0]["size"] == 2
    assert store.story_events("s-1")[0]["kind"] == "create"
    prev = store.previous_stories()
    assert prev[0].id == "s-1" and prev[0].article_ids == ["a1", "a2"]
    store.replace_stories([])
    assert store.stories() == []


def test_state_and_lineage(tmp_path):
    store = open_store(":memory:")
    store.put_state("stream", {"n": 1})
    assert store.get_state("stream") == {"n": 1}
    assert store.get_state("missing") is None
    store.replace_lineage([{"origin": "a", "derived": "b", "kind": "duplicate"}])
    assert store.lineage()[0]["kind"] == "duplicate"


def test_find_stories_filters_in_sql(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add_articles([_article(1), _article(2), _article(3)])

    def story(sid, ids, title, outlets, ents, dates):
        return {"id": sid, "title": title, "article_ids": ids, "keywords": [], "outlets": outlets,
                "published_range": dates, "claims": [], "conflicts": [],
                "entities": [{"name": n, "type": "PERSON", "aliases": a, "article_ids": ids} for n, a in ents]}

    store.replace_stories([
        story("s-a", ["a1", "a2"], "Quake in Malatya", ["Northwire"], [("Recep Erdoğan", ["Erdogan"])], ["2024-03-03", "2024-03-04"]),
        story("s-b", ["a3"], "Rate cut in Valdoria", ["Meridian Markets"], [("Isabel Fuentes", [])], ["2024-03-12", "2024-03-15"]),
    ])
    ids = lambda **kw: [s["id"] for s in store.find_stories(**kw)]
    assert ids() == ["s-a", "s-b"]  # by size
    assert ids(sort="recent") == ["s-b", "s-a"]
    assert ids(query="malatya QUAKE") == ["s-a"]
    assert ids(query="erdogan") == ["s-a"]  # accents folded, aliases searched
    assert ids(entity="recep erdogan") == ["s-a"]
    assert ids(entity="Erdo") == []  # entity filter is an exact name match
    assert ids(outlet="meridian markets") == ["s-b"]
    assert ids(date_from="2024-03-10") == ["s-b"]
    assert ids(date_to="2024-03-05") == ["s-a"]
    assert store.find_stories(query="valdoria")[0]["size"] == 1


def test_same_article_from_another_input_is_recorded_as_merged(tmp_path):
    store = open_store(tmp_path / "s.db")
    first = _article(1, "Le conseil a approuvé la digue mardi.")
    again = Article(**{**vars_of(first), "source": "copy_of_f1.txt"})
    merged: list = []
    assert store.add_articles([first, again], merged) == ["a1"]
    assert [m.source for m in merged] == ["copy_of_f1.txt"] and "f1.txt" in merged[0].reason
    assert store.add_articles([first], merged) == [] and len(merged) == 1  # re-reading f1.txt is no merge
    [row] = store.merges()
    assert row["source"] == "copy_of_f1.txt" and row["article_id"] == "a1"


def test_lone_surrogates_never_reach_sqlite(tmp_path):
    store = open_store(tmp_path / "s.db")
    bad = Article(id="a9", source="bad\udcff.txt", text="Rada zatwierdziła wał\ud800.", title="T\udfff",
                  authors=["Ann \ud83d"], removed=["x\ud800"])
    assert store.add_articles([bad]) == ["a9"]
    store.add_rejects([Rejected("r\udcff.jsonl#2", "why \ud800")])
    a = store.article("a9")
    assert a.text == "Rada zatwierdziła wał\ufffd." and a.title == "T\ufffd" and a.authors == ["Ann \ufffd"]
    assert store.rejects()[0].source == "r\ufffd.jsonl#2"


def vars_of(a: Article) -> dict:
    import dataclasses

    return {f.name: getattr(a, f.name) for f in dataclasses.fields(a)}

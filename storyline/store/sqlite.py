"""SQLite store: one file, WAL journal, numbered schema migrations.

Every article is written in a transaction of its own batch, so a process killed midway
leaves every committed article intact; re-running the same ingest skips what is stored
(ids are content-derived) and so resumes where it stopped.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from storyline.model import Article, DateCandidate, OutletEdition, Rejected, Story, StoryEvent
from storyline.store import search as _search
from storyline.store.protocol import JSONText
from storyline.text import fold


class StoreError(RuntimeError):
    pass


# Each entry upgrades the schema by one version; never edit a released entry, append.
MIGRATIONS: list[str] = [
    # 1: articles, rejects, derived results
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT,
        url TEXT,
        outlet TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        date_candidates TEXT NOT NULL DEFAULT '[]',
        format TEXT NOT NULL DEFAULT 'text',
        raw TEXT NOT NULL DEFAULT '',
        ingested_at REAL NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE rejects (
        source TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE TABLE extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        first_published TEXT,
        last_published TEXT,
        data TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles(article_id);
    CREATE TABLE story_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        story_id TEXT NOT NULL,
        data TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE TABLE lineage (
        origin TEXT NOT NULL,
        derived TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (origin, derived)
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL
    );
    """,
    # 2: denormalised summary columns so story lists filter in SQL, not by parsing every story
    """
    ALTER TABLE stories ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE stories ADD COLUMN search TEXT NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '';
    ALTER TABLE stories ADD COLUMN entities TEXT NOT NULL DEFAULT '';
    CREATE INDEX stories_last ON stories(last_published);
    """,
    # 3: inputs merged into an article read from another input (same id: same text and address)
    """
    CREATE TABLE merges (
        source TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        at REAL NOT NULL
    );
    """,
    # 4: incremental analysis: each article's sentence vectors (float32 rows, in the order of
    # ``texts``) under the version that made them, and memos of work keyed by everything it read
    # (a story's report, a lineage pair's decision), so a re-run redoes only what changed
    """
    CREATE TABLE vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        texts TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE memo (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    """,
    # 5: full-text search over articles, claims and quotes (storyline/store/search.py): one row per
    # thing found, and a contentless FTS5 index of the terms search.py cuts (so the terms are not
    # stored a second time beside the article text); filled on first open (see _sync_search)
    """
    CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        article_id TEXT NOT NULL,
        story_id TEXT,
        item TEXT NOT NULL DEFAULT '',
        span_start INTEGER,
        span_end INTEGER,
        speaker TEXT,
        text TEXT NOT NULL DEFAULT '',
        article_ids TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX search_docs_kind ON search_docs(kind, article_id);
    CREATE INDEX search_docs_story ON search_docs(story_id);
    CREATE VIRTUAL TABLE search_fts USING fts5(
        head, body, content='', tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    """,
    # 6: the language edition an outlet's name carried ("Brand 日本語版"), as JSON
    # {"label", "language", "local_name"} or NULL; the outlet column holds the brand
    """
    ALTER TABLE articles ADD COLUMN outlet_edition TEXT;
    """,
]


def _dumps(value: Any) -> str:
    if isinstance(value, JSONText):  # serialised by the caller, the same way
        return _valid(str(value))
    return _valid(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def article_edition(a: Article) -> str | None:
    """The ``outlet_edition`` column of an article: its edition as JSON, or NULL."""
    return _dumps(a.outlet_edition.to_report()) if a.outlet_edition else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid(value: Any) -> Any:
    """Strings SQLite can store: lone surrogates (from JSON escapes, undecodable file names) as U+FFFD.

    Readers already repair what they yield; this is the store's own guard, so no caller
    (upload, API, benchmark) can make an insert fail with UnicodeEncodeError.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return _SURROGATE.sub("\ufffd", value)
    return value


class Store:
    """The interface every backend implements (see SQLiteStore)."""

    path: str


class SQLiteStore(Store):
    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.exists():
                raise StoreError(f"cannot open store {path}: folder {parent} does not exist")
        try:
            # One connection, used by one writer; readers in the web app share it under a lock.
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        self._lock = threading.RLock()
        self._db.row_factory = sqlite3.Row
        try:
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._migrate()
            self._sync_search()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"cannot open store {path}: {exc}") from exc

    # --- lifecycle ----------------------------------------------------------------

    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"store {self.path} has schema version {version}, newer than this Storyline "
                    f"({len(MIGRATIONS)}); upgrade Storyline"
                )
            for number in range(version, len(MIGRATIONS)):
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(MIGRATIONS[number]):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version={number + 1}")
                    self._db.execute("COMMIT")
                except Exception:
                    self._db.execute("ROLLBACK")
                    raise

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self) -> "_Tx":
        return _Tx(self)

    # --- articles -----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None

    def add_articles(self, articles: Iterable[Article], merged: list[Rejected] | None = None) -> list[str]:
        """Insert articles not yet stored, in one transaction; returns the ids newly added.

        An article whose id is already stored from *another* input (same text and address:
        the same record read twice, under two names) is not a second article; the merge is
        recorded (see :meth:`merges`) and appended to ``merged`` as ``(source, reason)``.
        """
        added: list[str] = []
        now = time.time()
        with self._write() as db:
            for a in articles:
                cur = db.execute(
                    """INSERT OR IGNORE INTO articles (id, source, external_id, url, outlet, title, authors,
                       published, language, text, removed, date_candidates, format, raw, ingested_at, outlet_edition)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (
                        a.id, _valid(a.source), _valid(a.external_id), _valid(a.url), _valid(a.outlet),
                        _valid(a.title), _dumps(a.authors), _valid(a.published), _valid(a.language),
                        _valid(a.text), _dumps(a.removed), _dumps([asdict(c) for c in a.date_candidates]),
                        _valid(a.format), _valid(a.raw), now, article_edition(a),
                    ),
                )
                source = _valid(a.source)
                if cur.rowcount:
                    added.append(a.id)
                    _search.sqlite_add(db, [_search.article_doc(a)], _valid)  # searchable once stored
                    db.execute("DELETE FROM merges WHERE source=?", (source,))
                else:
                    row = db.execute("SELECT source FROM articles WHERE id=?", (a.id,)).fetchone()
                    if row is not None and row["source"] != source:
                        reason = (f"merged into article {a.id} read from {row['source']}: the same text"
                                  f"{' and address' if a.url or a.external_id else ''}, so one article")
                        db.execute("INSERT OR REPLACE INTO merges (source, article_id, reason, at) VALUES (?,?,?,?)",
                                   (source, a.id, reason, now))
                        if merged is not None:
                            merged.append(Rejected(source, reason))
                db.execute("DELETE FROM rejects WHERE source=?", (source,))
        return added

    def merges(self) -> list[dict]:
        """Inputs stored as another input's article: ``{"source", "article_id", "reason"}``."""
        with self._lock:
            rows = self._db.execute("SELECT source, article_id, reason FROM merges ORDER BY source").fetchall()
        return [dict(r) for r in rows]

    def add_rejects(self, rejects: Iterable[Rejected]) -> None:
        now = time.time()
        with self._write() as db:
            for r in rejects:
                db.execute(
                    "INSERT OR REPLACE INTO rejects (source, reason, at) VALUES (?,?,?)",
                    (_valid(r.source), _valid(r.reason), now),
                )

    def rejects(self) -> list[Rejected]:
        with self._lock:
            rows = self._db.execute("SELECT source, reason FROM rejects ORDER BY source").fetchall()
        return [Rejected(r["source"], r["reason"]) for r in rows]

    def article(self, article_id: str, with_raw: bool = False) -> Article | None:
        cols = "*" if with_raw else _ARTICLE_COLS
        with self._lock:
            row = self._db.execute(f"SELECT {cols} FROM articles WHERE id=?", (article_id,)).fetchone()
        return row_article(row) if row else None

    def articles(self, ids: Iterable[str] | None = None, with_raw: bool = False) -> list[Article]:
        cols = "*" if with_raw else _ARTICLE_COLS
        with self._lock:
            if ids is None:
                rows = self._db.execute(f"SELECT {cols} FROM articles ORDER BY ingested_at, id").fetchall()
                return [row_article(r) for r in rows]
            wanted = list(ids)
            found: dict[str, Article] = {}
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for r in self._db.execute(f"SELECT {cols} FROM articles WHERE id IN ({marks})", chunk):
                    found[r["id"]] = row_article(r)
        return [found[i] for i in wanted if i in found]

    def iter_articles(self, batch: int = 1000) -> Iterator[Article]:
        last = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {_ARTICLE_COLS} FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield row_article(r)
            last = rows[-1]["id"]

    def count_articles(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # --- derived results ----------------------------------------------------------

    def extraction(self, article_id: str, version: str) -> dict | None:
        text = self.extraction_json(article_id, version)
        return json.loads(text) if text is not None else None

    def extraction_json(self, article_id: str, version: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM extractions WHERE article_id=? AND version=?", (article_id, version)
            ).fetchone()
        return row["data"] if row else None

    def put_extractions(self, items: Iterable[tuple[str, dict]], version: str) -> None:
        with self._write() as db:
            for article_id, data in items:
                db.execute(
                    "INSERT OR REPLACE INTO extractions (article_id, version, data) VALUES (?,?,?)",
                    (article_id, version, _dumps(data)),
                )

    def vectors(self, article_ids: Iterable[str], version: str) -> dict[str, tuple[list[str], bytes]]:
        out: dict[str, tuple[list[str], bytes]] = {}
        wanted = list(dict.fromkeys(article_ids))
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for r in self._db.execute(
                    f"SELECT article_id, texts, data FROM vectors WHERE version=? AND article_id IN ({marks})",
                    [version, *chunk],
                ):
                    out[r["article_id"]] = (json.loads(r["texts"]), bytes(r["data"]))
        return out

    def put_vectors(self, items: Iterable[tuple[str, list[str], bytes]], version: str) -> None:
        with self._write() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (article_id, version, texts, data) VALUES (?,?,?,?)",
                ((article_id, version, _dumps(texts), sqlite3.Binary(data)) for article_id, texts, data in items),
            )

    def memo(self, kind: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with self._lock:
            if keys is None:
                return {r["key"]: json.loads(r["data"])
                        for r in self._db.execute("SELECT key, data FROM memo WHERE kind=?", (kind,))}
            wanted = list(dict.fromkeys(keys))
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for r in self._db.execute(
                    f"SELECT key, data FROM memo WHERE kind=? AND key IN ({marks})", [kind, *chunk]
                ):
                    out[r["key"]] = json.loads(r["data"])
        return out

    def put_memo(self, kind: str, items: Iterable[tuple[str, Any]], keep: Iterable[str] | None = None) -> None:
        rows = [(kind, key, _dumps(value)) for key, value in items]
        with self._write() as db:
            if keep is not None:
                live = set(keep) | {key for _, key, _ in rows}
                stale = [r["key"] for r in db.execute("SELECT key FROM memo WHERE kind=?", (kind,))
                         if r["key"] not in live]
                for i in range(0, len(stale), 500):
                    chunk = stale[i : i + 500]
                    db.execute(f"DELETE FROM memo WHERE kind=? AND key IN ({','.join('?' * len(chunk))})",
                               [kind, *chunk])
            db.executemany("INSERT OR REPLACE INTO memo (kind, key, data) VALUES (?,?,?)", rows)

    def replace_lineage(self, edges: Iterable[dict]) -> None:
        with self._write() as db:
            db.execute("DELETE FROM lineage")
            for e in edges:
                db.execute(
                    "INSERT OR REPLACE INTO lineage (origin, derived, data) VALUES (?,?,?)",
                    (e["origin"], e["derived"], _dumps(e)),
                )

    def lineage(self) -> list[dict]:
        with self._lock:
            return [json.loads(r["data"]) for r in self._db.execute("SELECT data FROM lineage")]

    def get_state(self, key: str) -> Any:
        with self._lock:
            row = self._db.execute("SELECT data FROM state WHERE key=?", (key,)).fetchone()
        return json.loads(row["data"]) if row else None

    def put_state(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO state (key, data) VALUES (?,?)", (key, _dumps(value)))

    # --- stories ------------------------------------------------------------------

    def replace_stories(self, stories: Sequence[dict], events: Iterable[StoryEvent] = ()) -> None:
        """Store the analysed stories (report format) in one transaction, replacing the previous set."""
        now = time.time()
        with self._write() as db:
            db.execute("DELETE FROM story_articles")
            db.execute("DELETE FROM stories")
            for s in stories:
                dates = s.get("published_range") or [None, None]
                summary = story_summary(s)
                entity_names = [n for e in s.get("entities", []) for n in [e["name"], *e.get("aliases", [])]]
                db.execute(
                    """INSERT INTO stories (id, title, size, first_published, last_published, data, updated_at,
                       summary, search, outlets, entities)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                    (
                        s["id"], s.get("title") or "", len(s["article_ids"]), dates[0], dates[1], _dumps(s), now,
                        _dumps(summary),
                        fold(" ".join([s.get("title") or "", *s.get("keywords", []), *entity_names])),
                        _bar_list(s.get("outlets", [])),
                        _bar_list(entity_names),
                    ),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?,?)",
                    [(s["id"], a) for a in s["article_ids"]],
                )
            _search.sqlite_replace_stories(db, stories, _valid)  # claims and quotes of this analysis only
            for ev in events:
                db.execute(
                    "INSERT INTO story_events (kind, story_id, data, at) VALUES (?,?,?,?)",
                    (ev.kind, ev.story_id, _dumps(asdict(ev)), now),
                )

    def story(self, story_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM stories WHERE id=?", (story_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def stories(self) -> list[dict]:
        with self._lock:
            rows = self._db.execute("SELECT data FROM stories ORDER BY size DESC, id").fetchall()
        return [json.loads(r["data"]) for r in rows]

    def story_summaries(self) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, size, first_published, last_published FROM stories ORDER BY size DESC, id"
            ).fetchall()
        return [dict(r) for r in rows]

    def find_stories(
        self,
        query: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "size",
    ) -> list[dict]:
        """Story summaries (see :func:`story_summary`), filtered and sorted in SQL."""
        where, args = [], []
        for word in fold(query or "").split():
            where.append("instr(search, ?) > 0")
            args.append(word)
        if outlet:
            where.append("instr(outlets, ?) > 0")
            args.append(_bar_list([outlet]))
        if entity:
            where.append("instr(entities, ?) > 0")
            args.append(_bar_list([entity]))
        if date_from:
            where.append("coalesce(last_published, '') >= ?")
            args.append(date_from)
        if date_to:
            where.append("coalesce(first_published, '9999') <= ?")
            args.append(date_to)
        order = "coalesce(last_published, '') DESC, size DESC, id" if sort == "recent" else "size DESC, id"
        sql = f"SELECT summary FROM stories {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
        with self._lock:
            return [json.loads(r["summary"]) for r in self._db.execute(sql, args)]

    def search(
        self,
        query: str,
        kinds: Iterable[str] | None = None,
        story_id: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> dict:
        """Ranked full-text search (FTS5, bm25): see :mod:`storyline.store.search`."""
        with self._lock:
            self._db.execute("BEGIN")  # one read snapshot: the index, articles and stories of one moment
            try:
                return _search.sqlite_search(self._db, query, kinds, story_id, limit, offset)
            finally:
                self._db.execute("COMMIT")

    def _sync_search(self) -> None:
        """Fill the search index of a store made before it (or under another index version)."""
        with self._lock:
            if _search.sqlite_index_version(self._db) == _search.INDEX_VERSION:
                return
        with self._write() as db:
            if _search.sqlite_index_version(db) != _search.INDEX_VERSION:  # another process may have done it
                _search.sqlite_rebuild(db, row_article, _ARTICLE_COLS, _valid)

    def stories_of_article(self, article_id: str) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT story_id FROM story_articles WHERE article_id=? ORDER BY story_id", (article_id,)
            ).fetchall()
        return [r["story_id"] for r in rows]

    def story_events(self, story_id: str | None = None) -> list[dict]:
        with self._lock:
            if story_id is None:
                rows = self._db.execute("SELECT data FROM story_events ORDER BY seq").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT data FROM story_events WHERE story_id=? ORDER BY seq", (story_id,)
                ).fetchall()
        return [json.loads(r["data"]) for r in rows]

    def previous_stories(self) -> list[Story]:
        with self._lock:
            self._db.execute("BEGIN")  # one read snapshot: stories and members of one analysis
            try:
                rows = self._db.execute("SELECT id, title FROM stories").fetchall()
                members: dict[str, list[str]] = {}
                for r in self._db.execute("SELECT story_id, article_id FROM story_articles ORDER BY article_id"):
                    members.setdefault(r["story_id"], []).append(r["article_id"])
            finally:
                self._db.execute("COMMIT")
        return [Story(id=r["id"], title=r["title"], article_ids=members.get(r["id"], [])) for r in rows]


def story_summary(s: dict) -> dict:
    """The few fields a story list shows."""
    first, last = (s.get("published_range") or [None, None])[:2]
    return {
        "id": s["id"],
        "title": s.get("title") or "",
        "size": len(s["article_ids"]),
        "first_published": first,
        "last_published": last,
        "outlets": s.get("outlets", []),
        "keywords": s.get("keywords", []),
        "entities": [e["name"] for e in s.get("entities", [])[:8]],
        "claims": len(s.get("claims", [])),
        "conflicts": len(s.get("conflicts", [])),
    }


def _bar_list(names: Iterable[str]) -> str:
    """``|a|b|`` of folded names, so ``instr(col, '|name|')`` is an exact, case- and accent-blind match."""
    return "|" + "|".join(fold(n).strip() for n in names) + "|"


_ARTICLE_COLS = (
    "id, source, external_id, url, outlet, title, authors, published, language, text, removed, "
    "date_candidates, format, outlet_edition"
)


def row_article(row: Any) -> Article:
    """An article from a row of the articles table (a ``sqlite3.Row`` or a dict: PostgreSQL's rows)."""
    keys = row.keys()
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        raw=row["raw"] if "raw" in keys else "",
        external_id=row["external_id"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        authors=json.loads(row["authors"]),
        published=row["published"],
        language=row["language"],
        removed=json.loads(row["removed"]),
        date_candidates=[DateCandidate(**c) for c in json.loads(row["date_candidates"])],
        format=row["format"],
        outlet_edition=OutletEdition.from_report(json.loads(row["outlet_edition"])) if row["outlet_edition"] else None,
    )


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


class _Tx:
    """``with store._write() as db:`` — one IMMEDIATE transaction under the writer lock."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store

    def __enter__(self) -> sqlite3.Connection:
        self.store._lock.acquire()
        try:
            self.store._db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.store._lock.release()
            raise
        return self.store._db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self.store._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.store._lock.release()

"""PostgreSQL store: the same contract as the SQLite one, for many writers and readers on many machines.

``open_store("postgresql://user@host/db")``. The only module that imports ``psycopg``
(``pip install 'storyline[postgres]'``).

- Numbered migrations, recorded in a ``schema_version`` table; a process applying them holds
  an advisory lock, so two processes opening a fresh database do not both apply them.
- Two connections: a writer (every write is one transaction) and a reader, so a web server
  reading while an analysis is being stored sees the previous analysis, never half of the new
  one (MVCC), and is not blocked by it.
- Concurrent writers (two ``ingest`` processes, a ``serve`` upload) lose nothing: articles are
  ``INSERT ... ON CONFLICT DO NOTHING`` in id order (so two batches cannot deadlock on each
  other's rows), a transaction that still meets a deadlock or a serialization failure is
  retried, and ``replace_*`` hold a table lock that serialises writers but not readers.
- Sorting and keyset paging compare ids byte-wise (``COLLATE "C"``), as SQLite does, so both
  backends return the same orders whatever the database's locale.
- Story search is a ``tsvector`` (``simple`` configuration over the accent-folded text) with a
  GIN index; outlet and entity filters are GIN-indexed arrays of folded names.
- PostgreSQL ``text`` cannot hold NUL characters nor lone surrogates: both become U+FFFD.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from typing import Any

try:
    import psycopg
    from psycopg import errors as pg_errors
    from psycopg.rows import dict_row
except ImportError as exc:  # pragma: no cover - exercised by open_store's message
    raise ImportError(
        "PostgreSQL stores need psycopg: pip install 'storyline[postgres]'"
    ) from exc

from storyline.model import Article, Rejected, Story, StoryEvent
from storyline.store import search as _search
from storyline.store.protocol import JSONText
from storyline.store.sqlite import StoreError, article_edition, row_article, story_summary
from storyline.text import fold

# Each entry upgrades the schema by one version; never edit a released entry, append.
MIGRATIONS: list[str] = [
    # 1: the SQLite schema's tables (its migrations 1-3 together), with search as tsvector + GIN
    """
    CREATE TABLE articles (
        id TEXT COLLATE "C" PRIMARY KEY,
        source TEXT COLLATE "C" NOT NULL,
        external_id TEXT,
        url TEXT,
        outlet TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT COLLATE "C",
        language TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        date_candidates TEXT NOT NULL DEFAULT '[]',
        format TEXT NOT NULL DEFAULT 'text',
        raw TEXT NOT NULL DEFAULT '',
        ingested_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_ingested ON articles(ingested_at, id);
    CREATE TABLE rejects (
        source TEXT COLLATE "C" PRIMARY KEY,
        reason TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE merges (
        source TEXT COLLATE "C" PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL,
        reason TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE extractions (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT COLLATE "C" PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        first_published TEXT COLLATE "C",
        last_published TEXT COLLATE "C",
        data TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        search TEXT NOT NULL DEFAULT '',
        search_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search)) STORED,
        outlet_names TEXT[] NOT NULL DEFAULT '{}',
        entity_names TEXT[] NOT NULL DEFAULT '{}',
        updated_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX stories_last ON stories(last_published);
    CREATE INDEX stories_search ON stories USING GIN (search_tsv);
    CREATE INDEX stories_outlets ON stories USING GIN (outlet_names);
    CREATE INDEX stories_entities ON stories USING GIN (entity_names);
    CREATE TABLE story_articles (
        story_id TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles(article_id);
    CREATE TABLE story_events (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL,
        story_id TEXT COLLATE "C" NOT NULL,
        data TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id, seq);
    CREATE TABLE lineage (
        origin TEXT COLLATE "C" NOT NULL,
        derived TEXT COLLATE "C" NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (origin, derived)
    );
    CREATE TABLE state (
        key TEXT COLLATE "C" PRIMARY KEY,
        data TEXT NOT NULL
    );
    """,
    # 2: incremental analysis (SQLite's migration 4): sentence vectors per article under the
    # version that made them, and memos of work keyed by everything it read
    """
    CREATE TABLE vectors (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        texts TEXT NOT NULL,
        data BYTEA NOT NULL
    );
    CREATE TABLE memo (
        kind TEXT COLLATE "C" NOT NULL,
        key TEXT COLLATE "C" NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    """,
    # 3: full-text search over articles, claims and quotes (SQLite's migration 5; see
    # storyline/store/search.py): one row per thing found with a tsvector of the terms search.py
    # cuts, GIN-indexed; filled when first opened (see _migrate)
    """
    CREATE TABLE search_docs (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT COLLATE "C" NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL,
        story_id TEXT COLLATE "C",
        item TEXT COLLATE "C" NOT NULL DEFAULT '',
        span_start INTEGER,
        span_end INTEGER,
        speaker TEXT,
        text TEXT NOT NULL DEFAULT '',
        article_ids TEXT NOT NULL DEFAULT '[]',
        tsv TSVECTOR NOT NULL
    );
    CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv);
    CREATE INDEX search_docs_kind ON search_docs(kind, article_id);
    CREATE INDEX search_docs_story ON search_docs(story_id);
    """,
    # 4: the language edition an outlet's name carried ("Brand 日本語版") (SQLite's migration 6), as JSON
    # {"label", "language", "local_name"} or NULL; the outlet column holds the brand
    """
    ALTER TABLE articles ADD COLUMN outlet_edition TEXT;
    """,
]

# Any fixed number: the advisory lock key under which migrations run (one per database).
_MIGRATION_LOCK = 0x5707_11E5
# Deadlocks and serialization failures are the server telling one of two writers to try again.
_RETRIES = 5
_RETRYABLE = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)

_SURROGATE_OR_NUL = re.compile("[\ud800-\udfff\x00]")
# Scripts written without spaces between words: a query word there is a substring of a longer
# run, which no word index can find, so those words are matched as substrings, as in SQLite.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_WORD = re.compile(r"[^\W_]")  # a letter or digit: something the parser makes a word of

_ARTICLE_COLS = (
    "id, source, external_id, url, outlet, title, authors, published, language, text, removed, "
    "date_candidates, format, outlet_edition"
)


def _valid(value: Any) -> Any:
    """A string PostgreSQL ``text`` can hold: NUL and lone surrogates as U+FFFD."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")  # in C: far faster than a regex scan of every (long) text
        except UnicodeEncodeError:
            return _SURROGATE_OR_NUL.sub("\ufffd", value)
        if "\x00" in value:
            return value.replace("\x00", "\ufffd")
    return value


def _dumps(value: Any) -> str:
    # json.dumps escapes NUL as \u0000 but passes lone surrogates through: _valid repairs them.
    if isinstance(value, JSONText):  # serialised by the caller, the same way
        return _valid(str(value))
    return _valid(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def redact(url: str) -> str:
    """The URL without its password, for messages and ``store.path``."""
    return re.sub(r"^([a-z]+://[^:/@?#]*):[^@/?#]*@", r"\1:***@", url)


def _folded_names(names: Iterable[str]) -> list[str]:
    # The same normalisation as SQLite's ``|a|b|`` lists: exact, case- and accent-blind names.
    return [fold(n).strip() for n in names]


class PostgresStore:
    """A PostgreSQL database as a Storyline store (see :class:`storyline.store.protocol.Store`)."""

    def __init__(self, url: str, connect_timeout: int = 10) -> None:
        self.path = redact(url)
        self._write_lock = threading.RLock()
        self._read_lock = threading.RLock()
        try:
            params = psycopg.conninfo.conninfo_to_dict(url)
            params.setdefault("connect_timeout", connect_timeout)
            params.setdefault("application_name", "storyline")
            # Autocommit: every write is an explicit ``transaction()`` block, every lone read its
            # own statement (a fresh snapshot), and nothing holds a transaction open while idle.
            self._params = params
            self._db = self._connect()
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {_message(exc)}") from exc
        try:
            self._read = self._connect()
            self._migrate()
        except psycopg.Error as exc:
            self.close()
            raise StoreError(f"cannot open store {self.path}: {_message(exc)}") from exc
        except StoreError:
            self.close()
            raise

    # --- lifecycle ----------------------------------------------------------------

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(**self._params, autocommit=True, row_factory=dict_row)

    def _healthy(self, name: str) -> psycopg.Connection:
        """The connection ``name`` (under its lock), a new session if the last one broke.

        A server restart or a dropped network breaks a connection for good; a long-running
        ``serve`` or ``ingest`` then carries on with a new one instead of failing every call.
        """
        conn = getattr(self, name)
        if conn.broken:
            conn = self._connect()
            setattr(self, name, conn)
        return conn

    def _migrate(self) -> None:
        with self._write_lock:
            with self._db.transaction():
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                row = self._db.execute("SELECT max(version) AS v FROM schema_version").fetchone()
                version = row["v"] or 0
                if version > len(MIGRATIONS):
                    raise StoreError(
                        f"store {self.path} has schema version {version}, newer than this Storyline "
                        f"({len(MIGRATIONS)}); upgrade Storyline"
                    )
                # DDL is transactional in PostgreSQL: a failed migration leaves the version before it.
                for number in range(version, len(MIGRATIONS)):
                    with self._db.transaction():
                        self._db.execute(MIGRATIONS[number])
                        self._db.execute("INSERT INTO schema_version (version) VALUES (%s)", (number + 1,))
                # A store made before search (or under another index version) is indexed now, once:
                # under the lock, so processes opening it together do not index it twice.
                if _search.pg_index_version(self._db) != _search.INDEX_VERSION:
                    _search.pg_rebuild(self._db, row_article, _ARTICLE_COLS, _valid)

    @property
    def schema_version(self) -> int:
        return self._one("SELECT max(version) AS v FROM schema_version")["v"] or 0

    def close(self) -> None:
        for lock, name in ((self._write_lock, "_db"), (self._read_lock, "_read")):
            conn = getattr(self, name, None)
            if conn is not None:
                with lock:
                    conn.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self, work: Any) -> Any:
        """``work(conn)`` in one write transaction, retried when the server picks it to yield or
        the connection broke (every write here is idempotent, so a retry after a lost commit
        acknowledgement stores nothing twice)."""
        with self._write_lock:
            for attempt in range(_RETRIES):
                db = self._healthy("_db")
                try:
                    with db.transaction():
                        return work(db)
                except _RETRYABLE:
                    if attempt == _RETRIES - 1:
                        raise
                except psycopg.OperationalError:
                    if attempt == _RETRIES - 1 or not db.broken:
                        raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _read_with(self, fetch: Any) -> Any:
        """``fetch(conn)`` on the reader connection, once more on a new one if it broke."""
        with self._read_lock:
            conn = self._healthy("_read")
            try:
                return fetch(conn)
            except psycopg.OperationalError:
                if not conn.broken:
                    raise
                return fetch(self._healthy("_read"))

    def _rows(self, sql: str, args: Any = ()) -> list[dict]:
        return self._read_with(lambda conn: conn.execute(sql, args).fetchall())

    def _one(self, sql: str, args: Any = ()) -> dict | None:
        return self._read_with(lambda conn: conn.execute(sql, args).fetchone())

    # --- articles -----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM articles WHERE id=%s", (_valid(article_id),)) is not None

    def add_articles(self, articles: Iterable[Article], merged: list[Rejected] | None = None) -> list[str]:
        """Insert articles not yet stored, in one transaction; returns the ids newly added.

        An article whose id is already stored from another input is recorded as a merge
        (see :meth:`merges`) and appended to ``merged`` as ``(source, reason)``.
        """
        batch = list(articles)  # read whole first: a reader failing midway stores none of its batch
        if not batch:
            return []
        now = time.time()
        rows = [
            (
                _valid(a.id), _valid(a.source), _valid(a.external_id), _valid(a.url), _valid(a.outlet),
                _valid(a.title), _dumps(a.authors), _valid(a.published), _valid(a.language),
                _valid(a.text), _dumps(a.removed), _dumps([asdict(c) for c in a.date_candidates]),
                _valid(a.format), _valid(a.raw), now, article_edition(a),
            )
            for a in batch
        ]
        # Search rows of the articles not stored yet, cut before the transaction (and not again if
        # it is retried); one that another writer stores meanwhile is simply not used.
        stored_before = {r["id"] for r in self._rows("SELECT id FROM articles WHERE id = ANY(%s)", ([r[0] for r in rows],))}
        search_rows: dict[str, list[tuple]] = {}
        for a, row in zip(batch, rows):
            if row[0] not in stored_before and row[0] not in search_rows:
                search_rows[row[0]] = _search.pg_rows([_search.article_doc(a)], _valid)

        def work(db: psycopg.Connection) -> tuple[list[str], list[Rejected]]:
            # In id order (stable, so the first of two inputs with one id is the one stored): two
            # writers then take row locks in the same order and cannot deadlock on articles.
            ordered = sorted(rows, key=lambda r: r[0])
            with db.cursor() as cur:
                cur.executemany(
                    """INSERT INTO articles (id, source, external_id, url, outlet, title, authors,
                       published, language, text, removed, date_candidates, format, raw, ingested_at, outlet_edition)
                       VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)
                       ON CONFLICT (id) DO NOTHING RETURNING id""",
                    ordered,
                    returning=True,
                )
                inserted: set[str] = set()
                while True:
                    inserted.update(r["id"] for r in cur.fetchall())
                    if not cur.nextset():
                        break
                stored = {
                    r["id"]: r["source"]
                    for r in db.execute(
                        "SELECT id, source FROM articles WHERE id = ANY(%s)", ([r[0] for r in rows],)
                    )
                }
            added: list[str] = []
            merges: list[Rejected] = []
            claimed: set[str] = set()
            # What each input's source ends as, the last article of a source deciding, as if the
            # articles were stored one by one: no merge (stored itself) or merged into another.
            outcome: dict[str, tuple[str, str] | None] = {}
            for a, row in zip(batch, rows):
                article_id, source = row[0], row[1]
                if article_id in inserted and article_id not in claimed:
                    claimed.add(article_id)
                    added.append(article_id)
                    outcome[source] = None
                elif stored.get(article_id, source) != source:
                    reason = _valid(f"merged into article {article_id} read from {stored[article_id]}: the same "
                                    f"text{' and address' if a.url or a.external_id else ''}, so one article")
                    outcome[source] = (article_id, reason)
                    merges.append(Rejected(source, reason))
            with db.cursor() as cur:
                cur.execute("DELETE FROM merges WHERE source = ANY(%s)", ([k for k, v in outcome.items() if v is None],))
                upserts = [(k, v[0], v[1], now) for k, v in outcome.items() if v is not None]
                if upserts:
                    cur.executemany(
                        """INSERT INTO merges (source, article_id, reason, at) VALUES (%s,%s,%s,%s)
                           ON CONFLICT (source) DO UPDATE SET article_id=EXCLUDED.article_id,
                           reason=EXCLUDED.reason, at=EXCLUDED.at""",
                        upserts,
                    )
                # Every input stored (as itself or merged) is read now: it is no longer a reject.
                cur.execute("DELETE FROM rejects WHERE source = ANY(%s)", (list(dict.fromkeys(r[1] for r in rows)),))
            # Searchable exactly when stored: in this transaction, one row per article added.
            by_id = {_valid(a.id): a for a in reversed(batch)}  # the first input of an id is the one stored
            _search.pg_add(db, [r for i in added for r in search_rows.get(i) or _search.pg_rows(
                [_search.article_doc(by_id[i])], _valid)])
            return added, merges

        added, merges = self._transaction(work)
        if merged is not None:
            merged.extend(merges)  # only once committed: a retried transaction reports each merge once
        return added

    def merges(self) -> list[dict]:
        """Inputs stored as another input's article: ``{"source", "article_id", "reason"}``."""
        return self._rows("SELECT source, article_id, reason FROM merges ORDER BY source")

    def add_rejects(self, rejects: Iterable[Rejected]) -> None:
        now = time.time()
        rows = [(_valid(r.source), _valid(r.reason), now) for r in rejects]
        if not rows:
            return

        def work(db: psycopg.Connection) -> None:
            with db.cursor() as cur:
                cur.executemany(
                    """INSERT INTO rejects (source, reason, at) VALUES (%s,%s,%s)
                       ON CONFLICT (source) DO UPDATE SET reason=EXCLUDED.reason, at=EXCLUDED.at""",
                    rows,
                )

        self._transaction(work)

    def rejects(self) -> list[Rejected]:
        return [Rejected(r["source"], r["reason"]) for r in self._rows("SELECT source, reason FROM rejects ORDER BY source")]

    def article(self, article_id: str, with_raw: bool = False) -> Article | None:
        cols = f"{_ARTICLE_COLS}, raw" if with_raw else _ARTICLE_COLS
        row = self._one(f"SELECT {cols} FROM articles WHERE id=%s", (_valid(article_id),))
        return row_article(row) if row else None

    def articles(self, ids: Iterable[str] | None = None, with_raw: bool = False) -> list[Article]:
        cols = f"{_ARTICLE_COLS}, raw" if with_raw else _ARTICLE_COLS
        if ids is None:
            return [row_article(r) for r in self._rows(f"SELECT {cols} FROM articles ORDER BY ingested_at, id")]
        wanted = [_valid(i) for i in ids]
        found: dict[str, Article] = {}
        for i in range(0, len(wanted), 1000):
            for r in self._rows(f"SELECT {cols} FROM articles WHERE id = ANY(%s)", (wanted[i : i + 1000],)):
                found[r["id"]] = row_article(r)
        return [found[i] for i in wanted if i in found]

    def iter_articles(self, batch: int = 1000) -> Iterator[Article]:
        # Keyset pages: each page is one short statement, so no cursor or transaction stays open
        # between pages while the caller works.
        last = ""
        while True:
            rows = self._rows(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id > %s ORDER BY id LIMIT %s", (last, batch))
            if not rows:
                return
            for r in rows:
                yield row_article(r)
            last = rows[-1]["id"]

    def count_articles(self) -> int:
        return self._one("SELECT count(*) AS n FROM articles")["n"]

    # --- derived results ----------------------------------------------------------

    def extraction(self, article_id: str, version: str) -> dict | None:
        text = self.extraction_json(article_id, version)
        return json.loads(text) if text is not None else None

    def extraction_json(self, article_id: str, version: str) -> str | None:
        row = self._one("SELECT data FROM extractions WHERE article_id=%s AND version=%s", (_valid(article_id), version))
        return row["data"] if row else None

    def put_extractions(self, items: Iterable[tuple[str, dict]], version: str) -> None:
        rows = [(_valid(article_id), version, _dumps(data)) for article_id, data in items]
        if not rows:
            return

        def work(db: psycopg.Connection) -> None:
            with db.cursor() as cur:
                cur.executemany(
                    """INSERT INTO extractions (article_id, version, data) VALUES (%s,%s,%s)
                       ON CONFLICT (article_id) DO UPDATE SET version=EXCLUDED.version, data=EXCLUDED.data""",
                    rows,
                )

        self._transaction(work)

    def vectors(self, article_ids: Iterable[str], version: str) -> dict[str, tuple[list[str], bytes]]:
        wanted = [_valid(i) for i in dict.fromkeys(article_ids)]
        out: dict[str, tuple[list[str], bytes]] = {}
        for i in range(0, len(wanted), 1000):
            for r in self._rows("SELECT article_id, texts, data FROM vectors WHERE version=%s AND article_id = ANY(%s)",
                                (version, wanted[i : i + 1000])):
                out[r["article_id"]] = (json.loads(r["texts"]), bytes(r["data"]))
        return out

    def put_vectors(self, items: Iterable[tuple[str, list[str], bytes]], version: str) -> None:
        rows = [(_valid(article_id), version, _dumps(texts), data) for article_id, texts, data in items]
        if not rows:
            return

        def work(db: psycopg.Connection) -> None:
            with db.cursor() as cur:
                cur.executemany(
                    """INSERT INTO vectors (article_id, version, texts, data) VALUES (%s,%s,%s,%s)
                       ON CONFLICT (article_id) DO UPDATE SET version=EXCLUDED.version, texts=EXCLUDED.texts,
                       data=EXCLUDED.data""",
                    sorted(rows, key=lambda r: r[0]),  # one lock order for concurrent writers
                )

        self._transaction(work)

    def memo(self, kind: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
        if keys is None:
            return {r["key"]: json.loads(r["data"])
                    for r in self._rows("SELECT key, data FROM memo WHERE kind=%s", (_valid(kind),))}
        wanted = [_valid(k) for k in dict.fromkeys(keys)]
        out: dict[str, Any] = {}
        for i in range(0, len(wanted), 1000):
            for r in self._rows("SELECT key, data FROM memo WHERE kind=%s AND key = ANY(%s)",
                                (_valid(kind), wanted[i : i + 1000])):
                out[r["key"]] = json.loads(r["data"])
        return out

    def put_memo(self, kind: str, items: Iterable[tuple[str, Any]], keep: Iterable[str] | None = None) -> None:
        rows = {_valid(key): (_valid(kind), _valid(key), _dumps(value)) for key, value in items}
        live = None if keep is None else {_valid(k) for k in keep} | set(rows)

        def work(db: psycopg.Connection) -> None:
            if live is not None:
                stale = [r["key"] for r in db.execute("SELECT key FROM memo WHERE kind=%s", (_valid(kind),))
                         if r["key"] not in live]
                if stale:
                    db.execute("DELETE FROM memo WHERE kind=%s AND key = ANY(%s)", (_valid(kind), stale))
            if rows:
                with db.cursor() as cur:
                    cur.executemany(
                        """INSERT INTO memo (kind, key, data) VALUES (%s,%s,%s)
                           ON CONFLICT (kind, key) DO UPDATE SET data=EXCLUDED.data""",
                        [rows[k] for k in sorted(rows)],
                    )

        self._transaction(work)

    def replace_lineage(self, edges: Iterable[dict]) -> None:
        rows: dict[tuple[str, str], tuple] = {}
        for position, e in enumerate(edges):
            key = (_valid(e["origin"]), _valid(e["derived"]))
            rows.pop(key, None)  # a repeated pair moves to the end with its last data, as SQLite's REPLACE does
            rows[key] = (*key, position, _dumps(e))

        def work(db: psycopg.Connection) -> None:
            # Serialises replacing writers; readers are not blocked and see the previous set until commit.
            db.execute("LOCK TABLE lineage IN SHARE ROW EXCLUSIVE MODE")
            db.execute("DELETE FROM lineage")
            with db.cursor() as cur:
                cur.executemany("INSERT INTO lineage (origin, derived, position, data) VALUES (%s,%s,%s,%s)",
                                list(rows.values()))

        self._transaction(work)

    def lineage(self) -> list[dict]:
        return [json.loads(r["data"]) for r in self._rows("SELECT data FROM lineage ORDER BY position")]

    def get_state(self, key: str) -> Any:
        row = self._one("SELECT data FROM state WHERE key=%s", (_valid(key),))
        return json.loads(row["data"]) if row else None

    def put_state(self, key: str, value: Any) -> None:
        self._transaction(lambda db: db.execute(
            "INSERT INTO state (key, data) VALUES (%s,%s) ON CONFLICT (key) DO UPDATE SET data=EXCLUDED.data",
            (_valid(key), _dumps(value)),
        ))

    # --- stories ------------------------------------------------------------------

    def replace_stories(self, stories: Sequence[dict], events: Iterable[StoryEvent] = ()) -> None:
        """Store the analysed stories (report format) in one transaction, replacing the previous set."""
        now = time.time()
        story_rows, member_rows = [], []
        for position, s in enumerate(stories):
            dates = s.get("published_range") or [None, None]
            entity_names = [n for e in s.get("entities", []) for n in [e["name"], *e.get("aliases", [])]]
            story_rows.append((
                _valid(s["id"]), position, _valid(s.get("title") or ""), len(s["article_ids"]),
                _valid(dates[0]), _valid(dates[1]), _dumps(s), _dumps(story_summary(s)),
                _valid(fold(" ".join([s.get("title") or "", *s.get("keywords", []), *entity_names]))),
                [_valid(n) for n in _folded_names(s.get("outlets", []))],
                [_valid(n) for n in _folded_names(entity_names)],
                now,
            ))
            member_rows.extend((_valid(s["id"]), _valid(a)) for a in dict.fromkeys(s["article_ids"]))
        event_rows = [(ev.kind, _valid(ev.story_id), _dumps(asdict(ev)), now) for ev in events]
        search_rows: dict[int, list[tuple]] = {}  # story position -> its index rows, cut once across retries

        def rows_of(k: int) -> list[tuple]:
            if k not in search_rows:
                search_rows[k] = _search.pg_rows(_search.story_docs(stories[k]), _valid)
            return search_rows[k]

        def work(db: psycopg.Connection) -> None:
            # One transaction: readers see the previous analysis until the commit, then all of this
            # one. The lock serialises two analyses storing at once; it does not block readers.
            db.execute("LOCK TABLE stories, story_articles IN SHARE ROW EXCLUSIVE MODE")
            db.execute("DELETE FROM story_articles")
            db.execute("DELETE FROM stories")
            with db.cursor() as cur:
                if story_rows:
                    cur.executemany(
                        """INSERT INTO stories (id, position, title, size, first_published, last_published, data,
                           summary, search, outlet_names, entity_names, updated_at)
                           VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)""",
                        story_rows,
                    )
                if member_rows:
                    cur.executemany("INSERT INTO story_articles (story_id, article_id) VALUES (%s,%s)", member_rows)
                if event_rows:
                    cur.executemany("INSERT INTO story_events (kind, story_id, data, at) VALUES (%s,%s,%s,%s)",
                                    event_rows)
            # The claims and quotes searchable are this analysis's, from the same commit on (only the
            # rows of stories whose claims or quotes changed are replaced).
            _search.pg_replace_stories(db, stories, _valid, rows_of)

        self._transaction(work)

    def story(self, story_id: str) -> dict | None:
        row = self._one("SELECT data FROM stories WHERE id=%s", (_valid(story_id),))
        return json.loads(row["data"]) if row else None

    def stories(self) -> list[dict]:
        return [json.loads(r["data"]) for r in self._rows("SELECT data FROM stories ORDER BY size DESC, id")]

    def story_summaries(self) -> list[dict]:
        return self._rows("SELECT id, title, size, first_published, last_published FROM stories ORDER BY size DESC, id")

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
        where: list[str] = []
        args: list[Any] = []
        for word in _valid(fold(query or "")).split():
            if _WORD.search(word) and not _UNSPACED.search(word):
                # Every word the parser finds in the query word, each as a prefix, in the index:
                # 'covid-19' -> 'covid-19':* <-> 'covid':* <-> '19':*
                where.append(
                    "search_tsv @@ regexp_replace(plainto_tsquery('simple', %s)::text, "
                    "'''(\\s|$)', ''':*\\1', 'g')::tsquery"
                )
            else:
                where.append("strpos(search, %s) > 0")
            args.append(word)
        if outlet:
            where.append("outlet_names @> ARRAY[%s]::text[]")
            args.extend(_valid(n) for n in _folded_names([outlet]))
        if entity:
            where.append("entity_names @> ARRAY[%s]::text[]")
            args.extend(_valid(n) for n in _folded_names([entity]))
        if date_from:
            where.append("coalesce(last_published, '') >= %s")
            args.append(_valid(date_from))
        if date_to:
            where.append("coalesce(first_published, '9999') <= %s")
            args.append(_valid(date_to))
        order = "coalesce(last_published, '') DESC, size DESC, id" if sort == "recent" else "size DESC, id"
        sql = f"SELECT summary FROM stories {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
        return [json.loads(r["summary"]) for r in self._rows(sql, args)]

    def search(
        self,
        query: str,
        kinds: Iterable[str] | None = None,
        story_id: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> dict:
        """Ranked full-text search (tsvector, ts_rank): see :mod:`storyline.store.search`."""
        _search.parse_query(query)  # a bad query is the user's error: say so before any database work
        _search.check_request(kinds, limit, offset)

        def fetch(conn: psycopg.Connection) -> dict:
            with conn.transaction():  # one snapshot: the index, articles and stories of one analysis
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                return _search.pg_search(conn, _valid(query), kinds, story_id, limit, offset, _valid)

        return self._read_with(fetch)

    def stories_of_article(self, article_id: str) -> list[str]:
        rows = self._rows("SELECT story_id FROM story_articles WHERE article_id=%s ORDER BY story_id", (_valid(article_id),))
        return [r["story_id"] for r in rows]

    def story_events(self, story_id: str | None = None) -> list[dict]:
        if story_id is None:
            rows = self._rows("SELECT data FROM story_events ORDER BY seq")
        else:
            rows = self._rows("SELECT data FROM story_events WHERE story_id=%s ORDER BY seq", (_valid(story_id),))
        return [json.loads(r["data"]) for r in rows]

    def previous_stories(self) -> list[Story]:
        def fetch(conn: psycopg.Connection) -> tuple[list[dict], list[dict]]:
            # Two statements over one snapshot, so stories and their members are of one analysis.
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                return (conn.execute("SELECT id, title FROM stories ORDER BY position").fetchall(),
                        conn.execute("SELECT story_id, article_id FROM story_articles ORDER BY article_id").fetchall())

        rows, pairs = self._read_with(fetch)
        members: dict[str, list[str]] = {}
        for r in pairs:
            members.setdefault(r["story_id"], []).append(r["article_id"])
        return [Story(id=r["id"], title=r["title"], article_ids=members.get(r["id"], [])) for r in rows]


def _message(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

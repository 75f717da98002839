"""Storage behind one interface (:class:`storyline.store.protocol.Store`): ``open_store(url)``.

SQLite is the default (a file, WAL, one writer): a plain path, ``sqlite:///path`` or ``:memory:``.
PostgreSQL (many writers and readers, many machines): ``postgresql://user@host:port/db`` or
``postgres://...``, with the ``[postgres]`` extra installed.
"""

from __future__ import annotations

from pathlib import Path

from storyline.store.protocol import Store
from storyline.store.sqlite import SQLiteStore, StoreError

__all__ = ["open_store", "Store", "SQLiteStore", "StoreError", "POSTGRES_SCHEMES"]

POSTGRES_SCHEMES = ("postgres://", "postgresql://")


def open_store(url: str | Path = "storyline.db") -> Store:
    text = str(url)
    if text.startswith(POSTGRES_SCHEMES):
        try:
            import psycopg  # noqa: F401  (only to tell a missing extra from a broken store)
        except ImportError as exc:
            raise StoreError(
                "a PostgreSQL store needs the psycopg driver, which is not installed: "
                "pip install 'storyline[postgres]'"
            ) from exc
        from storyline.store.postgres import PostgresStore

        return PostgresStore(text)
    if "://" in text and not text.startswith("sqlite://"):
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"unknown store URL scheme {scheme!r}: give a SQLite file path, sqlite:///path, "
            "or postgresql://user@host/db"
        )
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif text.startswith("sqlite://"):
        text = text[len("sqlite://") :] or ":memory:"
    return SQLiteStore(text)

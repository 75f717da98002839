"""Storage behind one small interface: ``open_store(url)``.

SQLite is the default (a file, WAL, one writer). The URL forms accepted are a plain path,
``sqlite:///path`` and ``:memory:``.
"""

from __future__ import annotations

from pathlib import Path

from storyline.store.sqlite import SQLiteStore, Store, StoreError

__all__ = ["open_store", "Store", "SQLiteStore", "StoreError"]


def open_store(url: str | Path = "storyline.db") -> Store:
    text = str(url)
    if text.startswith(("postgres://", "postgresql://")):
        raise StoreError(
            "PostgreSQL stores are not supported in this version; use a SQLite file path "
            "(e.g. --db storyline.db)"
        )
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif text.startswith("sqlite://"):
        text = text[len("sqlite://") :] or ":memory:"
    return SQLiteStore(text)

"""The one interface every store backend implements (SQLite, PostgreSQL).

The service, the pipeline and the web app only call what is listed here, so a backend is
swappable by URL (see :func:`storyline.store.open_store`). The contract — same returns, same
orders, same repairs of text a database cannot hold — is checked against every backend by
``tests/store/test_store_contract.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from storyline.model import Article, Rejected, Story, StoryEvent


class JSONText(str):
    """A value already written as the stores' JSON text (compact, non-ASCII kept): a store writes it
    as it is (after its usual repairs), so a worker process can serialise what the driver stores."""


def json_text(value: Any) -> JSONText:
    return JSONText(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


@runtime_checkable
class Store(Protocol):
    """Articles, rejects, derived results and the analysed stories of one corpus.

    Writes are transactions: a batch is stored whole or not at all, and
    :meth:`replace_stories` swaps the whole analysis at once, so a reader never sees half of
    one. Strings are stored as valid Unicode: lone surrogates (and, where the database cannot
    hold them, NUL characters) become U+FFFD.
    """

    path: str  # where the store is, for messages (a file path, or a URL without its password)

    @property
    def schema_version(self) -> int:
        """The number of numbered migrations applied."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...

    # --- articles -----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool: ...

    def add_articles(self, articles: Iterable[Article], merged: list[Rejected] | None = None) -> list[str]:
        """Insert the articles not yet stored, in one transaction; the ids newly added, in input order.

        An article whose id is stored from another input is recorded as a merge (see
        :meth:`merges`) and appended to ``merged``. Storing an article clears its input's reject.
        """
        ...

    def merges(self) -> list[dict]:
        """Inputs stored as another input's article, ordered by source: ``{"source", "article_id", "reason"}``."""
        ...

    def add_rejects(self, rejects: Iterable[Rejected]) -> None: ...

    def rejects(self) -> list[Rejected]:
        """Inputs that could not be read, ordered by source."""
        ...

    def article(self, article_id: str, with_raw: bool = False) -> Article | None:
        """One article; ``raw`` (the input as read) only when asked for, else ``""``."""
        ...

    def articles(self, ids: Iterable[str] | None = None, with_raw: bool = False) -> list[Article]:
        """The given articles in the given order (missing ids left out), or all by ingest time then id."""
        ...

    def iter_articles(self, batch: int = 1000) -> Iterator[Article]:
        """Every article in id order, read ``batch`` at a time (memory stays flat on big stores)."""
        ...

    def count_articles(self) -> int: ...

    # --- derived results ----------------------------------------------------------

    def extraction(self, article_id: str, version: str) -> dict | None: ...

    def extraction_json(self, article_id: str, version: str) -> str | None:
        """The stored extraction as its JSON text, undecoded (for a caller that hands it to a worker
        process to decode there); None when there is none under ``version``."""
        ...

    def put_extractions(self, items: Iterable[tuple[str, dict | JSONText]], version: str) -> None: ...

    def vectors(self, article_ids: Iterable[str], version: str) -> dict[str, tuple[list[str], bytes]]:
        """The cached sentence vectors of the given articles made under ``version``:
        ``{article_id: (texts, float32 rows as bytes, one row per text)}``; others left out."""
        ...

    def put_vectors(self, items: Iterable[tuple[str, list[str] | JSONText, bytes]], version: str) -> None:
        """Cache ``(article_id, texts, float32 rows)`` under ``version`` (one version per article).
        A :class:`JSONText` is stored as the JSON it holds (here and in ``put_extractions``)."""
        ...

    def memo(self, kind: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
        """Stored results of one ``kind`` of work (e.g. a story report) by the key of everything
        that work read; keys not stored are left out; every entry of the kind when ``keys`` is None."""
        ...

    def put_memo(self, kind: str, items: Iterable[tuple[str, Any]], keep: Iterable[str] | None = None) -> None:
        """Store ``(key, value)`` results of ``kind`` in one transaction; with ``keep``, also drop
        that kind's entries whose key is neither in ``keep`` nor written now."""
        ...

    def replace_lineage(self, edges: Iterable[dict]) -> None:
        """Replace every lineage edge (report format) in one transaction."""
        ...

    def lineage(self) -> list[dict]:
        """The lineage edges, in the order they were stored."""
        ...

    def get_state(self, key: str) -> Any: ...

    def put_state(self, key: str, value: Any) -> None: ...

    # --- stories ------------------------------------------------------------------

    def replace_stories(self, stories: Sequence[dict], events: Iterable[StoryEvent] = ()) -> None:
        """Store the analysed stories (report format) and their events in one transaction."""
        ...

    def story(self, story_id: str) -> dict | None: ...

    def stories(self) -> list[dict]:
        """Every story (report format), largest first, then by id."""
        ...

    def story_summaries(self) -> list[dict]:
        """``{"id", "title", "size", "first_published", "last_published"}`` of every story, largest first."""
        ...

    def find_stories(
        self,
        query: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "size",
    ) -> list[dict]:
        """Story summaries matching every query word (title, keywords, entity names and aliases,
        case- and accent-blind), an exact outlet / entity name, and a date range; sorted by
        ``size`` or ``recent``."""
        ...

    def search(
        self,
        query: str,
        kinds: Iterable[str] | None = None,
        story_id: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> dict:
        """Ranked full-text search over article titles and text, claims and quotes (with speakers).

        ``kinds``: some of ``article``, ``claim``, ``quote`` (all by default); ``story_id``: only
        that story's claims, quotes and articles. Returns ``{"query", "total", "offset", "limit",
        "results"}``, best first, each result with its snippet and highlights (see
        :mod:`storyline.store.search`). A query or request that cannot run raises
        :class:`storyline.store.search.SearchError` (a usage error), never a database error.
        """
        ...

    def stories_of_article(self, article_id: str) -> list[str]: ...

    def story_events(self, story_id: str | None = None) -> list[dict]:
        """Story events (create, grow, merge, split...) in the order they happened."""
        ...

    def previous_stories(self) -> list[Story]:
        """The stored stories as clusters (id, title, member ids), for stable ids across runs."""
        ...

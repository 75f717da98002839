"""The service layer: what the CLI and the web app call. No logic lives in either of them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from storyline.model import Article, Rejected
from storyline.options import Options
from storyline.pipeline import Progress, run_pipeline
from storyline.report import build_report, validate_report
from storyline.store import Store, open_store

INGEST_BATCH = 200


@dataclass(slots=True)
class IngestResult:
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    merged: list[Rejected] = field(default_factory=list)  # inputs stored as another input's article

    @property
    def seen(self) -> int:
        return len(self.added) + len(self.existing)

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": len(self.added),
            "existing": len(self.existing),
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "merged": [{"source": r.source, "reason": r.reason} for r in self.merged],
            "article_ids": self.added + self.existing,
        }


class Storyline:
    def __init__(self, store: Store, options: Options | None = None) -> None:
        self.store = store
        self.options = options or Options()
        self.last_timings: dict[str, float] = {}

    @classmethod
    def open(cls, db: str | Path = "storyline.db", options: Options | None = None) -> "Storyline":
        return cls(open_store(db), options)

    def close(self) -> None:
        self.store.close()

    # --- ingest ---------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str],
        stdin: BinaryIO | None = None,
        on_item: Callable[[Article | Rejected], None] | None = None,
    ) -> IngestResult:
        """Read, clean and store articles; a bad file is recorded and skipped, never fatal.

        Articles are committed in batches, so a killed run keeps what it stored and a re-run
        (ids are content-derived) resumes by skipping what is already there.
        """
        from storyline.ingest import iter_inputs

        from storyline.ingest import input_of

        result = IngestResult()
        batch: list[Article] = []
        rejects: list[Rejected] = []

        def flush() -> None:
            if batch:
                added = set(self.store.add_articles(batch, result.merged))
                for a in batch:
                    (result.added if a.id in added else result.existing).append(a.id)
                batch.clear()
            if rejects:
                self.store.add_rejects(rejects)
                rejects.clear()

        current = None
        try:
            for item in iter_inputs(list(paths), self.options.ingest, stdin=stdin):
                # Committed per input file (and every INGEST_BATCH articles within one): a file that
                # fails later never costs the files before it.
                if input_of(item.source) != current:
                    flush()
                    current = input_of(item.source)
                if isinstance(item, Rejected):
                    result.rejected.append(item)
                    rejects.append(item)
                else:
                    batch.append(item)
                if on_item:
                    on_item(item)
                if len(batch) >= INGEST_BATCH:
                    flush()
        except BaseException:
            # A crash or Ctrl-C while reading: what was read whole is still stored, then it propagates.
            flush()
            raise
        flush()
        return result

    def ingest_bytes(self, name: str, data: bytes) -> IngestResult:
        """Ingest one uploaded or pasted document; ``name``'s extension picks the reader.

        Sources are recorded as ``upload:NAME`` (with ``#N`` per record).
        """
        import dataclasses
        import os
        import tempfile

        from storyline.ingest import iter_inputs

        safe = os.path.basename(name.replace("\\", "/").replace("\0", ""))
        if safe in ("", ".", ".."):  # a name that is not a file name (NUL bytes are dropped above)
            safe = "upload.txt"
        from storyline.ingest.decode import display_path, valid_text

        safe = valid_text(display_path(safe))
        result = IngestResult()
        articles: list[Article] = []
        with tempfile.TemporaryDirectory(prefix="storyline-upload-") as tmp:
            path = os.path.join(tmp, safe)
            with open(path, "wb") as fh:
                fh.write(data)
            for item in iter_inputs([path], self.options.ingest):
                renamed = f"upload:{safe}" + item.source[len(path):] if item.source.startswith(path) else item.source
                item = dataclasses.replace(item, source=renamed)
                if isinstance(item, Rejected):
                    result.rejected.append(item)
                else:
                    articles.append(item)
        added = set(self.store.add_articles(articles, result.merged))
        for a in articles:
            (result.added if a.id in added else result.existing).append(a.id)
        if result.rejected:
            self.store.add_rejects(result.rejected)
        return result

    # --- analysis -------------------------------------------------------------------

    def analyze(self, progress: Progress | None = None) -> dict[str, Any]:
        """Run the whole pipeline over every stored article; store and return the report."""
        ctx = run_pipeline(self.store, self.options, progress)
        self.last_timings = dict(ctx.timings)
        report = build_report(ctx.articles, ctx.story_reports, ctx.families, self.store.rejects(), self.store.merges())
        validate_report(report)
        return report

    def report(self) -> dict[str, Any]:
        """The report of the last analysis, rebuilt from the store."""
        stories = self.store.stories()
        articles = self.store.articles()
        families = self._families()
        report = build_report(articles, stories, families, self.store.rejects(), self.store.merges())
        validate_report(report)
        return report

    def _families(self) -> list[list[str]]:
        from storyline.lineage import families
        from storyline.model import LineageEdge

        edges = [
            LineageEdge(e["origin"], e["derived"], e["kind"], e["score"], e["confidence"])
            for e in self.store.lineage()
        ]
        return families([a.id for a in self.store.iter_articles()], edges)

    # --- reading --------------------------------------------------------------------

    def stories(
        self,
        query: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        sort: str = "size",
    ) -> list[dict[str, Any]]:
        """Story summaries, filtered and sorted ("size" or "recent")."""
        return self.store.find_stories(query, outlet, entity, date_from, date_to, sort)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return self.store.story(story_id)

    def story_articles(self, story_id: str) -> list[Article]:
        story = self.store.story(story_id)
        return self.store.articles(story["article_ids"]) if story else []

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def why(self, story_id: str) -> list[dict[str, Any]]:
        """Why each article is in the story, so a user can audit a merge (issue 16).

        One dict per article of the story, in the story's article order; ``[]`` for a story of one
        article; ``KeyError`` for an unknown story. Fields:

        - ``article_id``: the article explained.
        - ``with``: the article of the same story it is most similar to (its strongest link).
        - ``score``: that link's score as the clusterer computes it,
          ``(embedding + words + names) * date_factor * year_factor`` (density scaling, which
          depends on the whole corpus, is left out).
        - ``embedding``, ``words``, ``names``: the additive parts: lead-sentence embedding
          similarity, shared content words (TF-IDF), shared names and numbers.
        - ``date_factor``, ``year_factor``: the multipliers in [0, 1]: publication-date closeness
          and agreement of the years the texts speak of (1 = no penalty).
        - ``shared_names``: up to five names or numbers both texts state, strongest first.
        - ``top``: the additive parts above, largest contribution first, leaving out those that
          add nothing (e.g. ``["names", "embedding"]``).
        - ``lineage``: ``{"with": id, "kind": "duplicate|near_duplicate|rewrite|translation"}``
          when a copy edge of the story joins the article to another one (copy families are
          kept in one story whatever their score), else ``None``.

        The scores are recomputed from the stored articles with the current options, on the
        story's own articles (word weights from those texts), so they explain the link, not the
        exact number the clusterer saw over the whole corpus.
        """
        from storyline.cluster.explain import why as explain_why

        story = self.store.story(story_id)
        if story is None:
            raise KeyError(story_id)
        ids = list(story["article_ids"])
        links = explain_why(self.store.articles(ids), ids, self.options)
        copies: dict[str, dict[str, str]] = {}
        for e in story.get("lineage") or []:
            copies.setdefault(e["derived"], {"with": e["origin"], "kind": e["kind"]})
            copies.setdefault(e["origin"], {"with": e["derived"], "kind": e["kind"]})
        out: list[dict[str, Any]] = []
        for aid in ids:
            link = links.get(aid)
            if link is None:
                continue
            parts = {k: link[k] for k in ("embedding", "words", "names")}
            top = [k for k, v in sorted(parts.items(), key=lambda kv: -kv[1]) if v > 0]
            out.append({"article_id": aid, "with": link["with"], "score": link["score"], **parts,
                        "date_factor": link["date_factor"], "year_factor": link["year_factor"],
                        "shared_names": list(link["shared_names"]), "top": top, "lineage": copies.get(aid)})
        return out

    def article_stories(self, article_id: str) -> list[str]:
        """Ids of the stories an article belongs to."""
        return self.store.stories_of_article(article_id)

    def counts(self) -> dict[str, int]:
        return {"articles": self.store.count_articles(), "stories": len(self.store.story_summaries())}

    def story_events(self, story_id: str | None = None) -> list[dict[str, Any]]:
        return self.store.story_events(story_id)

    def export(self, story_id: str, fmt: str, table: str = "claims") -> str:
        """A story as "json" (report format, with its articles), "markdown", "html", or "csv"
        (one ``table`` of it: claims, facts, quotes, conflicts, lineage or articles)."""
        from storyline import render

        story = self.store.story(story_id)
        if story is None:
            raise KeyError(story_id)
        articles = {a.id: a for a in self.store.articles(story["article_ids"])}
        if fmt == "json":
            import json

            sub = build_report(list(articles.values()), [story])
            return json.dumps(sub, ensure_ascii=False, indent=1)
        if fmt == "markdown":
            return render.story_markdown(story, articles)
        if fmt == "html":
            return render.story_html(story, articles)
        if fmt == "csv":
            from storyline.export_csv import story_csv

            return story_csv(story, articles, table)
        raise ValueError(f"unknown export format {fmt!r}: use json, markdown, html or csv")

    def stories_csv(self, **filters: Any) -> str:
        """The story list (``stories`` with the same filters) as CSV."""
        from storyline.export_csv import stories_csv

        return stories_csv(self.stories(**filters))

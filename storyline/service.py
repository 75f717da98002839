"""The service layer: what the CLI and the web app call. No logic lives in either of them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from storyline.model import Article, Rejected
from storyline.options import Options
from storyline.pipeline import Progress, run_pipeline
from storyline.report import build_report, validate_report, write_report_stream
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
        self.last_peak_rss: dict[str, float] = {}  # the driver's peak RSS (MB) at each stage's end

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
        import os
        import tempfile

        safe = os.path.basename(name.replace("\\", "/").replace("\0", ""))
        if safe in ("", ".", ".."):  # a name that is not a file name (NUL bytes are dropped above)
            safe = "upload.txt"
        from storyline.ingest.decode import display_path, valid_text

        safe = valid_text(display_path(safe))
        with tempfile.TemporaryDirectory(prefix="storyline-upload-") as tmp:
            path = os.path.join(tmp, safe)
            with open(path, "wb") as fh:
                fh.write(data)
            return self._ingest_file_as(path, f"upload:{safe}")

    def _ingest_file_as(self, path: str, name: str) -> IngestResult:
        """Ingest one file whose sources are recorded as ``name`` (``name#N`` per record), not its
        temporary path: an upload, or a feed fetched from its URL."""
        import dataclasses

        from storyline.ingest import iter_inputs

        result = IngestResult()
        articles: list[Article] = []
        for item in iter_inputs([path], self.options.ingest):
            renamed = name + item.source[len(path):] if item.source.startswith(path) else item.source
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

    def run(self, progress: Progress | None = None) -> tuple[int, int]:
        """Run the whole pipeline over every stored article and store its stories, without making a
        report; returns the numbers of articles and stories."""
        ctx = self._run(progress)
        try:
            return len(ctx.articles), len(ctx.story_reports)
        finally:
            _close(ctx.story_reports)

    def analyze(self, progress: Progress | None = None) -> dict[str, Any]:
        """Run the whole pipeline over every stored article; store and return the report."""
        ctx = self._run(progress)
        try:
            report = build_report(ctx.articles, ctx.story_reports, ctx.families, self.store.rejects(),
                                  self.store.merges())
        finally:
            _close(ctx.story_reports)
        validate_report(report)
        return report

    def analyze_to(self, out: str | Path, progress: Progress | None = None) -> tuple[int, int]:
        """Run the whole pipeline, store its stories and write the report to ``out`` (atomically, the
        same bytes :func:`~storyline.report.write_report` writes of :meth:`analyze`'s report), a
        story at a time: the report is never whole in memory. Returns the numbers of articles and
        stories written."""
        ctx = self._run(progress)
        try:
            return write_report_stream(out, ctx.articles, ctx.story_reports, ctx.families, self.store.rejects(),
                                       self.store.merges())
        finally:
            _close(ctx.story_reports)

    def _run(self, progress: Progress | None) -> Any:
        ctx = run_pipeline(self.store, self.options, progress)
        self.last_timings = dict(ctx.timings)
        self.last_peak_rss = dict(ctx.peak_rss)
        return ctx

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
          ``(embedding + words + names) * date_factor * year_factor * argument_factor`` (density
          scaling, which depends on the whole corpus, is left out).
        - ``embedding``, ``words``, ``names``: the additive parts: lead-sentence embedding
          similarity, shared content words (TF-IDF), shared names and numbers.
        - ``date_factor``, ``year_factor``: the multipliers in [0, 1]: publication-date closeness
          and agreement of the years the texts speak of (1 = no penalty).
        - ``argument_factor``: the multiplier of the event arguments the two extractions state
          (above 1 raises the score, below 1 lowers it; 1 when the store holds no extraction of
          the current extraction code for them, e.g. before the first analysis).
        - ``arguments``: the event-argument features that moved the score most, either way, as
          named by ``storyline.cluster.signals.FEATURES`` (``overlap_place``: both name the same
          place; ``disjoint_person``: they name different people; ``lead_*``: in their leads;
          ``count_agree`` / ``count_conflict``: the same or different figures for one count;
          ``day_shared`` / ``day_disjoint`` / ``month_disjoint``: resolved event days;
          ``weekday_agree`` / ``weekday_conflict``; ``<feature>_x_lead_shared``: a sign of two
          events, such as ``count_conflict``, weighed by how much the two leads share names, so a
          conflict counts where everything else looks alike).
        - ``shared_names``: up to five names or numbers both texts state, strongest first.
        - ``top``: the additive parts above, largest contribution first, leaving out those that
          add nothing (e.g. ``["names", "embedding"]``).
        - ``lineage``: ``{"with": id, "kind": "duplicate|near_duplicate|rewrite|translation",
          "role": "derived|origin"}`` when a copy edge of the story joins the article to another
          one (copy families are kept in one story whatever their score), else ``None``;
          ``role`` says whether this article is the copy (``derived``) or what was copied.

        The scores are recomputed from the stored articles with the current options, on the
        story's own articles (word weights from those texts), so they explain the link, not the
        exact number the clusterer saw over the whole corpus.
        """
        from storyline.cluster.explain import why as explain_why
        from storyline.pipeline import enrich_version, extraction_from_dict

        story = self.store.story(story_id)
        if story is None:
            raise KeyError(story_id)
        ids = list(story["article_ids"])
        extractions = {}
        if len(ids) > 1:
            # The analysis cached each article's extraction under the versions that made it; one made
            # by other code or options is not what the clusterer would read now, so it is not used.
            version = enrich_version(self.options)
            for aid in ids:
                stored = self.store.extraction(aid, version)
                if stored is not None:
                    extractions[aid] = extraction_from_dict(stored)
        links = explain_why(self.store.articles(ids), ids, self.options, extractions or None)
        copies: dict[str, dict[str, str]] = {}
        for e in story.get("lineage") or []:  # being a copy says more than having one: derived first
            copies.setdefault(e["derived"], {"with": e["origin"], "kind": e["kind"], "role": "derived"})
        for e in story.get("lineage") or []:
            copies.setdefault(e["origin"], {"with": e["derived"], "kind": e["kind"], "role": "origin"})
        out: list[dict[str, Any]] = []
        for aid in ids:
            link = links.get(aid)
            if link is None:
                continue
            parts = {k: link[k] for k in ("embedding", "words", "names")}
            top = [k for k, v in sorted(parts.items(), key=lambda kv: -kv[1]) if v > 0]
            out.append({"article_id": aid, "with": link["with"], "score": link["score"], **parts,
                        "date_factor": link["date_factor"], "year_factor": link["year_factor"],
                        "argument_factor": link["argument_factor"], "arguments": list(link["arguments"]),
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

    def search(self, query: str, kinds: Iterable[str] | None = None, story_id: str | None = None,
               limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Ranked full-text search over article titles and text, claims and quotes (with speakers):
        ``{"query", "total", "offset", "limit", "results"}`` (see :mod:`storyline.store.search`). A
        query that cannot run raises :class:`storyline.store.search.SearchError`, a usage error."""
        return self.store.search(query, kinds, story_id, limit, offset)


# --- watching folders and feeds ------------------------------------------------------------


def _is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _is_url_list(path: str, max_bytes: int = 1 << 20) -> bool:
    """Whether ``path`` is a small text file whose every line (blank lines and # comments aside)
    is one http(s) URL: a feed list, which no article looks like."""
    import os

    try:
        if not os.path.isfile(path) or os.path.getsize(path) > max_bytes:
            return False
        with open(path, encoding="utf-8-sig") as fh:
            lines = [ln.strip() for ln in fh.read().splitlines()]
    except (OSError, UnicodeDecodeError):
        return False
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and all(_is_url(ln) and not any(c.isspace() for c in ln) for ln in lines)


@dataclass(slots=True)
class WatchPass:
    """What one pass of :class:`Watcher` did."""

    ingest: IngestResult = field(default_factory=IngestResult)
    # Inputs that could not be read this pass and are tried again next pass (a feed URL that
    # did not answer, a folder that vanished): ``Rejected(source, reason)``, not stored.
    problems: list[Rejected] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # files still changing, read on a later pass
    analyzed: bool = False
    articles: int = 0  # in the store after the pass
    stories: int = 0  # after the pass's analysis (or the stored ones when it did not analyse)
    changes: list[dict[str, Any]] = field(default_factory=list)  # see Watcher.changes
    stopped: bool = False  # a stop was requested during the pass; steps after it were skipped
    seconds: float = 0.0

    @property
    def news(self) -> bool:
        """Whether the pass did anything worth telling."""
        return bool(self.ingest.added or self.ingest.rejected or self.problems or self.changes or self.analyzed)

    def as_dict(self) -> dict[str, Any]:
        return {"ingest": self.ingest.as_dict(),
                "problems": [{"source": p.source, "reason": p.reason} for p in self.problems],
                "waiting": list(self.waiting), "analyzed": self.analyzed, "articles": self.articles,
                "stories": self.stories, "changes": self.changes, "stopped": self.stopped,
                "seconds": round(self.seconds, 3)}


class Watcher:
    """Keeps a store's stories current as files and feed entries arrive (``storyline watch``).

    ``targets`` are folders (walked recursively, hidden entries skipped, like ``ingest``),
    files, and http(s) feed URLs; ``lists`` are files naming one target per line (``#``
    comments; relative paths are relative to the list file), re-read every pass so a newsroom
    can add a feed without a restart. Each pass reads the files that are new or changed since
    they were last read (by modification time and size) once they have settled, fetches every
    feed (conditionally: an unchanged feed costs one request), stores what is new, and analyses
    the store when something was added (or when the store holds articles no analysis has seen,
    e.g. after a stop between ingest and analysis). A target that cannot be read is reported in
    the pass and tried again next pass; it never stops the loop.

    State (what was read) is kept in memory: a restarted watcher reads its folders again, which
    stores nothing twice (ids are content-derived).
    """

    def __init__(self, svc: Storyline, targets: Iterable[str] = (), lists: Iterable[str] = ()) -> None:
        self.svc = svc
        # A file given as a target that holds nothing but feed URLs is a list of them, not an
        # article (`storyline watch feeds.txt`); --feeds names one explicitly.
        targets = list(targets)
        self.targets = [t for t in targets if not _is_url_list(t)]
        self.lists = list(dict.fromkeys([*lists, *(t for t in targets if t not in self.targets)]))
        self._read: dict[str, tuple[int, int]] = {}  # file -> (mtime_ns, size) when it was read
        self._seen: dict[str, tuple[int, int]] = {}  # file -> signature at the previous pass
        self._validators: dict[str, dict[str, str]] = {}  # feed URL -> ETag / Last-Modified
        self._first = True
        self._stories = 0  # stories after the last analysis seen

    # -- one pass --------------------------------------------------------------------

    def run_once(self, stop: threading.Event | None = None, wait_unsettled: bool = False,
                 progress: Progress | None = None,
                 on_item: Callable[[Article | Rejected], None] | None = None) -> WatchPass:
        """One pass: read what is new, analyse when something arrived, say what changed.

        ``stop`` (set from another thread or a signal handler) ends the pass after the step in
        progress: after the file being read, or after the analysis. ``wait_unsettled`` waits
        for files still being written instead of leaving them to the next pass (one-shot runs).
        """
        import time

        started = time.monotonic()
        out = WatchPass()
        files, urls = self._expand(out)
        ready = self._settled(files, out, wait_unsettled)
        for path in ready:
            if stop is not None and stop.is_set():
                out.stopped = True
                break
            self._merge(out.ingest, self.svc.ingest([path], on_item=on_item))
            self._read[path] = ready[path]
        for url in urls:
            if stop is not None and stop.is_set():
                out.stopped = True
                break
            self._fetch(url, out)
        out.articles = self.svc.store.count_articles()
        due = bool(out.ingest.added)
        if due or self._first:  # a quiet pass reads no story table: it only lists folders
            before = {s.id: s for s in self.svc.store.previous_stories()}
            self._stories = len(before)
            if self._first:
                covered = len({a for s in before.values() for a in s.article_ids})
                due = due or out.articles > covered
        self._first = False
        if due and not (stop is not None and stop.is_set()):
            self.svc.run(progress=progress)
            out.analyzed = True
            after = {s.id: s for s in self.svc.store.previous_stories()}
            out.changes = self.changes(before, after)
            self._stories = len(after)
        else:
            out.stopped = out.stopped or due
        out.stories = self._stories
        out.seconds = time.monotonic() - started
        return out

    @staticmethod
    def changes(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
        """How the stories moved between two analyses (``{id: Story}`` each), one dict per change:

        - ``{"kind": "new", "story_id", "title", "size", "added": [ids new to any story], "from": [old story ids]}``
          (``from`` names the earlier stories some of its articles were in: a split or merge);
        - ``{"kind": "grew", "story_id", "title", "size", "added": [ids]}``: a story that gained articles;
        - ``{"kind": "gone", "story_id", "title", "into": [story ids its articles are in now]}``.

        New stories first (largest first), then grown ones (most added first), then gone ones.
        """
        was = {a: sid for sid, s in before.items() for a in s.article_ids}
        now = {a: sid for sid, s in after.items() for a in s.article_ids}
        new, grew, gone = [], [], []
        for sid, s in after.items():
            members = list(s.article_ids)
            if sid not in before:
                new.append({"kind": "new", "story_id": sid, "title": s.title, "size": len(members),
                            "added": [a for a in members if a not in was],
                            "from": sorted({was[a] for a in members if a in was})})
            else:
                old = set(before[sid].article_ids)
                added = [a for a in members if a not in old]
                if added:
                    grew.append({"kind": "grew", "story_id": sid, "title": s.title, "size": len(members),
                                 "added": added})
        for sid, s in before.items():
            if sid not in after:
                gone.append({"kind": "gone", "story_id": sid, "title": s.title,
                             "into": sorted({now[a] for a in s.article_ids if a in now})})
        new.sort(key=lambda c: (-c["size"], c["story_id"]))
        grew.sort(key=lambda c: (-len(c["added"]), c["story_id"]))
        return new + grew + gone

    # -- the loop ----------------------------------------------------------------------

    def run(self, stop: threading.Event, on_pass: Callable[[WatchPass], None],
            interval: float | None = None, progress: Progress | None = None) -> None:
        """Pass after pass every ``interval`` seconds (``watch.interval_seconds``) until ``stop`` is set."""
        import time

        interval = self.svc.options.watch.interval_seconds if interval is None else interval
        while not stop.is_set():
            begun = time.monotonic()
            on_pass(self.run_once(stop, progress=progress))
            # Slept in short steps that only read the event: a signal handler may set it at any time.
            while not stop.is_set() and time.monotonic() - begun < interval:
                time.sleep(min(0.2, max(0.0, interval - (time.monotonic() - begun))))

    # -- targets -----------------------------------------------------------------------

    def _expand(self, out: WatchPass) -> tuple[list[str], list[str]]:
        """The files and URLs of this pass: targets plus what the list files name now."""
        import os

        targets = list(self.targets)
        for lst in self.lists:
            try:
                with open(lst, encoding="utf-8-sig") as fh:
                    lines = fh.read().splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                out.problems.append(Rejected(lst, f"cannot read the list ({getattr(exc, 'strerror', None) or exc})"))
                continue
            base = os.path.dirname(lst)
            for line in lines:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                targets.append(line if "://" in line else os.path.join(base, os.path.expanduser(line)))
        files: list[str] = []
        urls: list[str] = []
        for t in dict.fromkeys(targets):
            if _is_url(t):
                urls.append(t)
            elif "://" in t:
                out.problems.append(Rejected(t, "only http:// and https:// feed URLs and local paths can be watched"))
            elif os.path.isdir(t):
                files += self._walk(t, out)
            elif os.path.lexists(t):
                files.append(t)
            else:
                out.problems.append(Rejected(t, "no such file or folder (it is looked for again next pass)"))
        live = set(files)
        for gone in [p for p in self._read if p not in live]:
            del self._read[gone]  # a file removed and later copied back in is read again
        return list(dict.fromkeys(files)), urls

    @staticmethod
    def _walk(folder: str, out: WatchPass) -> list[str]:
        """Every entry ``ingest`` would read under ``folder`` (it rejects the unreadable ones itself)."""
        import os

        files: list[str] = []

        def problem(exc: OSError) -> None:
            out.problems.append(Rejected(exc.filename or folder, f"cannot read folder ({exc.strerror or exc})"))

        for root, dirs, names in os.walk(folder, onerror=problem):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d)))
            files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
        return files

    def _settled(self, files: list[str], out: WatchPass, wait: bool) -> dict[str, tuple[int, int]]:
        """The files to read now, with their signatures: new or changed since they were read, and
        unchanged for ``watch.settle_seconds`` or since the previous pass."""
        import os
        import time

        settle = self.svc.options.watch.settle_seconds

        def signature(path: str) -> tuple[int, int] | None:
            try:
                st = os.stat(path)
            except OSError:
                return (-1, -1)  # a broken link or a vanished file: ingest says why, once
            return (st.st_mtime_ns, st.st_size)

        ready: dict[str, tuple[int, int]] = {}
        young: dict[str, tuple[int, int]] = {}
        seen, self._seen = self._seen, {}
        for path in files:
            sig = signature(path)
            self._seen[path] = sig
            if self._read.get(path) == sig:
                continue
            age = time.time() - sig[0] / 1e9
            if sig[0] < 0 or age >= settle or seen.get(path) == sig:
                ready[path] = sig
            else:
                young[path] = sig
        if young and wait:
            newest = max(sig[0] for sig in young.values()) / 1e9
            time.sleep(max(0.0, min(settle, newest + settle - time.time())))
            for path, sig in young.items():
                if signature(path) == sig:
                    ready[path] = sig
        out.waiting = [p for p in young if p not in ready]
        return dict(sorted(ready.items()))

    # -- feeds -----------------------------------------------------------------------

    def _fetch(self, url: str, out: WatchPass) -> None:
        """Fetch one feed URL and ingest what it holds; a failure is a problem of this pass."""
        import os
        import tempfile
        import urllib.error
        import urllib.request

        from storyline import __version__ as version
        from storyline.ingest import format_for

        opts = self.svc.options
        headers = {"User-Agent": f"storyline/{version} (feed watcher)", "Accept": "*/*"}
        known = self._validators.get(url, {})
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("modified"):
            headers["If-Modified-Since"] = known["modified"]
        limit = opts.ingest.max_record_bytes
        try:
            req = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(req, timeout=opts.watch.fetch_timeout_seconds) as resp:
                data = resp.read(limit + 1)
                validators = {"etag": resp.headers.get("ETag") or "", "modified": resp.headers.get("Last-Modified") or ""}
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return  # unchanged since the last pass
            out.problems.append(Rejected(url, f"feed not read: HTTP {exc.code} {exc.reason}"))
            return
        except urllib.error.URLError as exc:
            out.problems.append(Rejected(url, f"feed not read: {exc.reason}"))
            return
        except (OSError, ValueError) as exc:  # a timeout mid-body, a malformed URL
            out.problems.append(Rejected(url, f"feed not read: {exc}"))
            return
        if len(data) > limit:
            out.problems.append(Rejected(url, f"feed not read: larger than ingest.max_record_bytes ({limit} bytes)"))
            return
        name = os.path.basename(url.split("?", 1)[0].split("#", 1)[0].rstrip("/"))
        if not format_for(name):
            name = "feed"  # no telling extension: the reader is chosen by content (RSS, Atom, JSON...)
        with tempfile.TemporaryDirectory(prefix="storyline-feed-") as tmp:
            path = os.path.join(tmp, name)
            with open(path, "wb") as fh:
                fh.write(data)
            self._merge(out.ingest, self.svc._ingest_file_as(path, url))
        self._validators[url] = validators

    @staticmethod
    def _merge(total: IngestResult, part: IngestResult) -> None:
        total.added += part.added
        total.existing += part.existing
        total.rejected += part.rejected
        total.merged += part.merged


def _close(reports: Any) -> None:
    """Let go of a pipeline's spilled story reports (a plain list has nothing to close)."""
    close = getattr(reports, "close", None)
    if close is not None:
        close()

"""The ``storyline`` command: a thin layer over :mod:`storyline.service`.

Exit codes: 0 ok, 1 some inputs were rejected (each listed with its reason), 2 usage error,
3 Storyline itself failed (a bug or the system: the message says which; not a bad input),
130 interrupted (Ctrl-C; what was stored whole is kept).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from storyline.model import Rejected
from storyline.options import Options
from storyline.store import StoreError

DB_HELP = "Store: a SQLite file (default: storyline.db in the current folder) or a postgresql://user@host/db URL."


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _options(settings: tuple[str, ...], workers: int | None = None, extra: dict[str, Any] | None = None) -> Options:
    overrides: dict[str, Any] = dict(extra or {})
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--set expects KEY=VALUE, got {item!r}")
        overrides[key.strip()] = _parse_value(value.strip())
    if workers:
        overrides["workers"] = workers
    try:
        options = Options().with_overrides(overrides)
    except KeyError as exc:
        key = str(exc.args[0]) if exc.args else ""
        raise click.UsageError(f"bad --set: {key}{_did_you_mean(overrides)}") from exc
    except (TypeError, ValueError) as exc:
        raise click.UsageError(f"bad --set: {exc}") from exc
    if options.encoder_device != "cpu":
        from storyline.gpu import device_problem

        problem = device_problem(options.encoder_device)
        if problem:
            raise click.UsageError(f"bad --set: {problem}")
    return options


def _option_names(options: Any = None, prefix: str = "") -> list[str]:
    """Every KEY that --set accepts (``workers``, ``lineage.lsh_threshold``...)."""
    from dataclasses import fields, is_dataclass

    options = Options() if options is None else options
    out: list[str] = []
    for f in fields(options):
        value = getattr(options, f.name)
        if is_dataclass(value):
            out += _option_names(value, f"{prefix}{f.name}.")
        else:
            out.append(prefix + f.name)
    return out


def _did_you_mean(overrides: dict[str, Any]) -> str:
    import difflib

    names = _option_names()
    unknown = [k for k in overrides if k not in names]
    close = difflib.get_close_matches(unknown[0], names, n=3, cutoff=0.6) if unknown else []
    return f" (did you mean {', '.join(close)}?)" if close else " (see storyline/options.py for every option)"


def _check_paths(paths: tuple[str, ...]) -> None:
    """A PATH argument that does not exist is a usage error in every command, found before a store
    is opened or created (inside a folder, an unreadable file is a listed rejection instead)."""
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(repr(p) for p in missing)}")


def _existing_store(db: str | None) -> str:
    """The store a reading command opens: a mistyped --db must not silently create an empty one."""
    path = db or "storyline.db"
    if "://" not in path and path != ":memory:" and not Path(path).exists():
        hint = "" if db else " (give --db, or run `storyline ingest` here first)"
        raise click.UsageError(f"no store at {path!r}{hint}")
    return path


@contextmanager
def _service(db: str | None, options: Options, create: bool = True):
    """The service over the store ``db``; reading commands pass ``create=False``."""
    from storyline.service import Storyline

    if not create:
        db = _existing_store(db)
    try:
        svc = Storyline.open(db or "storyline.db", options)
    except StoreError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        yield svc
    finally:
        svc.close()


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))


def _progress_enabled(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


class _Bars:
    """Progress on stderr, one stage at a time (a stage's bar is closed before the next opens,
    so a terminal never gets cursor-movement codes). On a terminal: a tqdm bar per stage. Not on
    a terminal (``--progress`` into a log or a pipe): plain lines, one every ``PLAIN_EVERY``
    seconds while a stage runs and one when it ends, never a carriage return or escape code.
    Rates count the work done in this run: items a stage starts with (cached from an earlier
    run) are its bar's start, not items done in no time."""

    PLAIN_EVERY = 10.0
    UNITS = {"ingest": "item", "enrich": "article", "align": "story"}
    PLURAL = {"story": "stories"}

    def __init__(self, enabled: bool, tty: bool | None = None) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.name: str | None = None
        self.bar: Any = None
        self.start = self.done = 0
        self.total: int | None = None
        self.t0 = self.last_line = 0.0

    def item(self, _item: object) -> None:
        if self.enabled:
            self._advance("ingest", (self.done + 1) if self.name == "ingest" else 1, None, begin=0)

    def stage(self, name: str, done: int, total: int) -> None:
        if self.enabled:
            self._advance(name, done, total, begin=done)

    def _advance(self, name: str, done: int, total: int | None, begin: int) -> None:
        import time

        if name != self.name:
            self._finish()
            self.name, self.start, self.done, self.total = name, begin, begin, total
            self.t0 = self.last_line = time.monotonic()
            if self.tty:
                from tqdm import tqdm

                # smoothing=0: the rate is the stage's average, not a spike when a batch lands at once.
                self.bar = tqdm(total=total, initial=begin, desc=name, unit=self.UNITS.get(name, "it"),
                                file=sys.stderr, leave=False, smoothing=0, dynamic_ncols=True)
        if self.bar is not None:
            self.bar.update(done - self.done)
        self.done = done
        now = time.monotonic()
        finished = total is not None and done >= total  # its last line comes when the stage ends
        if self.bar is None and not finished and now - self.last_line >= self.PLAIN_EVERY:
            self.last_line = now
            click.echo(self._line(now), err=True)

    def _line(self, now: float, final: bool = False) -> str:
        elapsed = max(now - self.t0, 1e-9)
        unit = self.UNITS.get(self.name or "", "item")
        units = self.PLURAL.get(unit, unit + "s")
        count = f"{self.done}/{self.total}" if self.total is not None else str(self.done)
        work = self.done - self.start
        if work <= 0:
            rate = ""
        elif work / elapsed >= 1:
            rate = f", {work / elapsed:,.1f} {units}/s"
        else:
            rate = f", {elapsed / work:,.1f} s per {unit}"
        reused = f", {self.start} done before" if self.start else ""
        return f"{self.name}: {count} {'in' if final else 'after'} {elapsed:,.1f}s{rate}{reused}"

    def _finish(self) -> None:
        import time

        if self.name is None:
            return
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        else:
            click.echo(self._line(time.monotonic(), final=True), err=True)
        self.name = None

    def close(self) -> None:
        self._finish()


def _report_rejects(rejected: list[Rejected], merged: list[Rejected] = ()) -> None:
    for r in rejected:
        click.echo(f"rejected: {r.source}: {r.reason}", err=True)
    for m in merged:
        click.echo(f"merged: {m.source}: {m.reason}", err=True)


EXIT_CRASH = 3  # the tool failed, distinct from 1 (some inputs rejected) and 2 (usage)
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a command ended by SIGINT


class _Group(click.Group):
    """Turns an unexpected exception (a bug, a full disk) into one message and exit code 3."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Not click's "Aborted!" with exit 1, which here means "some inputs were rejected".
            click.echo("\ninterrupted: what was stored whole is kept; a re-run resumes", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - reported with its traceback, then a distinct code
            import traceback

            traceback.print_exc(file=sys.stderr)
            click.echo(f"error: storyline failed ({type(exc).__name__}: {str(exc)[:300]}); "
                       f"inputs stored before the failure are kept", err=True)
            ctx.exit(EXIT_CRASH)


common_db = click.option("--db", "db", default=None, help=DB_HELP)
common_set = click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
                          help="Override an option, e.g. --set lineage.lsh_threshold=0.4 (repeatable).")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storyline")
def main() -> None:
    """Storyline: turn a pile of news articles into verified, cited stories."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@common_db
@common_set
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def ingest(paths: tuple[str, ...], db: str | None, settings: tuple[str, ...], as_json: bool,
           progress: bool | None) -> None:
    """Read articles from files, folders (recursive) or - (stdin) into the store."""
    options = _options(settings)
    _check_paths(paths)
    bars = _Bars(_progress_enabled(progress))
    with _service(db, options) as svc:
        try:
            result = svc.ingest(paths, stdin=sys.stdin.buffer, on_item=bars.item)
        finally:
            bars.close()
    if as_json:
        _echo_json(result.as_dict())
    else:
        click.echo(f"{len(result.added)} added, {len(result.existing)} already stored, "
                   f"{len(result.rejected)} rejected, {len(result.merged)} merged")
    _report_rejects(result.rejected, result.merged)
    sys.exit(1 if result.rejected else 0)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--out", "out", default=None, type=click.Path(dir_okay=False),
              help="Where to write report.json (default: none; the store keeps the analysis).")
@common_db
@common_set
@click.option("--workers", type=click.IntRange(1, 512), default=None,
              help="Processes for the per-article and per-story stages (default 1: in this process).")
@click.option("--executor", type=click.Choice(["auto", "local", "pool", "ray"]), default=None,
              help="Where the map stages run: auto (local for 1 worker, a process pool above), local, pool, "
                   "or ray (needs the [ray] extra).")
@click.option("--ray-address", default=None, help="With --executor ray: a cluster to join ('auto' or an address); "
                                                  "default starts a local one with --workers CPUs.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary instead of a sentence.")
@click.option("--progress/--no-progress", default=None, help="Progress bars (default: when stderr is a terminal).")
@click.option("--timings", is_flag=True, help="Print the seconds each stage took, and the analysis process's peak "
                                              "memory when it ended, to stderr.")
def analyze(paths: tuple[str, ...], out: str | None, db: str | None, settings: tuple[str, ...], workers: int | None,
            executor: str | None, ray_address: str | None, as_json: bool, progress: bool | None,
            timings: bool) -> None:
    """Ingest PATHS (if any), run the whole pipeline over the store, write the report to --out.

    With --db and no PATHS, analyses what the store already holds (after `storyline ingest`).
    Without --db, a temporary store is used: then give --out, or nothing is kept.
    """
    if not paths and not db:
        raise click.UsageError("give PATHS to analyse, or --db STORE to analyse what it holds")
    if not db and not out:
        raise click.UsageError("without --db the store is temporary: give --out to keep the report")
    if db and not paths and not Path(db).exists() and "://" not in db:
        raise click.UsageError(f"no store at {db!r} (ingest into it first, or give PATHS)")
    extra: dict[str, Any] = {}
    if executor:
        extra["executor"] = executor
    if ray_address:
        extra["ray_address"] = ray_address
    options = _options(settings, workers, extra)
    _check_paths(paths)
    if out:
        _check_writable(out)
    bars = _Bars(_progress_enabled(progress))
    rejected: list = []
    merged: list = []
    with tempfile.TemporaryDirectory(prefix="storyline-") as tmp:
        with _service(db or str(Path(tmp) / "storyline.db"), options) as svc:
            try:
                if paths:
                    result = svc.ingest(paths, stdin=sys.stdin.buffer, on_item=bars.item)
                    rejected, merged = result.rejected, result.merged
                    if not result.seen and not svc.store.count_articles():
                        if not result.rejected:
                            raise click.UsageError("the given paths hold no files to read")
                        # Inputs that exist but cannot be read are rejections (exit 1), as in ingest.
                        bars.close()
                        _report_rejects(result.rejected, result.merged)
                        click.echo("no article could be read from the given paths: nothing to analyse", err=True)
                        sys.exit(1)
                elif not svc.store.count_articles():
                    raise click.UsageError(f"the store {db!r} holds no articles: ingest some first")
                # The report file is written a story at a time from what the analysis spilled.
                if out:
                    n_articles, n_stories = svc.analyze_to(out, progress=bars.stage)
                else:
                    n_articles, n_stories = svc.run(progress=bars.stage)
            finally:
                bars.close()
            stage_times, stage_peaks = svc.last_timings, svc.last_peak_rss
    _report_rejects(rejected, merged)
    where = f" -> {out}" if out else ""
    # Without --db nothing is left for `stories`/`serve`: say so rather than let a user look for it.
    kept = f"; stored in {db}" if db else "; the store was temporary (give --db to keep it for stories/serve)"
    if as_json:
        _echo_json({"articles": n_articles, "stories": n_stories, "rejected": len(rejected), "merged": len(merged),
                    "out": out, "db": db, "timings": {k: round(v, 3) for k, v in stage_times.items()},
                    "peak_rss_mb": stage_peaks})
    else:
        click.echo(f"{_plural(n_articles, 'article')}, {_plural(n_stories, 'story', 'stories')}, "
                   f"{len(rejected)} rejected{where}{kept}")
    if timings:
        for name, secs in stage_times.items():
            # The process's resident-memory high-water mark when the stage ended (workers' not counted).
            peak = f"  peak {stage_peaks[name]:,.0f} MB" if name in stage_peaks else ""
            click.echo(f"  {name:<8} {secs:8.2f}s{peak}", err=True)
    sys.exit(1 if rejected else 0)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _check_writable(out: str) -> None:
    """Refuse an --out that cannot be written before any long work starts."""
    folder = Path(out).expanduser().resolve().parent
    if not folder.is_dir():
        raise click.UsageError(f"--out: folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise click.UsageError(f"--out: folder {str(folder)!r} is not writable")
    if Path(out).is_dir():
        raise click.UsageError(f"--out: {out!r} is a folder, not a file")


def _day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD option checked as a real calendar day (2013-13-01 is a usage error)."""
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise click.UsageError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from exc


@main.command()
@common_db
@click.option("--json", "as_json", is_flag=True, help="Print the stories as JSON.")
@click.option("-q", "--query", default=None, help="Words that must appear in the title, keywords or entities.")
@click.option("--outlet", default=None, help="Only stories with an article from this outlet.")
@click.option("--entity", default=None, help="Only stories naming this entity.")
@click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD", help="Only stories with articles on or after.")
@click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD", help="Only stories with articles on or before.")
@click.option("--sort", type=click.Choice(["size", "recent"]), default="size", help="Largest or most recent first.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Show at most this many stories.")
def stories(db: str | None, as_json: bool, query: str | None, outlet: str | None, entity: str | None,
            date_from: str | None, date_to: str | None, sort: str, limit: int | None) -> None:
    """List the stories of the last analysis."""
    date_from, date_to = _day(date_from, "--from"), _day(date_to, "--to")
    with _service(db, Options(), create=False) as svc:
        items = svc.stories(query, outlet, entity, date_from, date_to, sort)
    if limit is not None:
        items = items[:limit]
    if as_json:
        _echo_json(items)
        return
    if not items:
        click.echo("no stories (run `storyline analyze PATHS --db DB`, or `storyline ingest PATHS --db DB` "
                   "then `storyline analyze --db DB`)")
    for s in items:
        dates = s["last_published"] or "date unknown"
        click.echo(f"{s['id']}  {_plural(s['size'], 'article'):>12}  {dates:<10}  {s['title']}")


@main.command()
@click.argument("story_id")
@common_db
@click.option("--json", "as_json", is_flag=True, help="The story in the report format.")
@click.option("--why", is_flag=True,
              help="Also say why each article is in the story: its strongest link and what the link's score is "
                   "made of (loads the sentence encoder; with --json, a \"why\" list is added to the story).")
@common_set
def show(story_id: str, db: str | None, as_json: bool, why: bool, settings: tuple[str, ...]) -> None:
    """Show a story: its brief with citations, claims, conflicts, quotes, timeline and lineage."""
    from storyline.render import story_terminal

    with _service(db, _options(settings), create=False) as svc:
        story = svc.story(story_id)
        if story is None:
            raise click.UsageError(f"no story {story_id!r} in {svc.store.path} (see `storyline stories`)")
        articles = {a.id: a for a in svc.story_articles(story_id)}
        links = svc.why(story_id) if why else None
    if as_json:
        _echo_json(story if links is None else {**story, "why": links})
    else:
        click.echo(story_terminal(story, articles, why=links))


@main.command()
@click.argument("targets", nargs=-1, metavar="[PATH|URL]...")
@click.option("--feeds", "lists", multiple=True, type=click.Path(dir_okay=False),
              help="A file naming one feed URL or path per line (# comments), re-read every pass (repeatable).")
@common_db
@common_set
@click.option("--interval", type=click.FloatRange(0.1), default=None,
              help="Seconds between passes (default: watch.interval_seconds, 60).")
@click.option("--once", is_flag=True, help="One pass, then exit (1 if an input was rejected or not read).")
@click.option("--workers", type=click.IntRange(1, 512), default=None,
              help="Processes for the per-article and per-story stages of each analysis (default 1).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per pass (JSON Lines).")
@click.option("--progress/--no-progress", default=None, help="Progress of each analysis (default: when stderr is a terminal).")
def watch(targets: tuple[str, ...], lists: tuple[str, ...], db: str | None, settings: tuple[str, ...],
          interval: float | None, once: bool, workers: int | None, as_json: bool, progress: bool | None) -> None:
    """Keep the store's stories current as articles arrive in folders, files or feeds.

    Every --interval seconds: read the files that are new or changed under each PATH (once they
    stop changing), fetch each feed URL (http/https; RSS, Atom or any format `ingest` reads),
    store what is new, analyse when something arrived, and print what changed: new stories,
    stories that gained articles, stories merged into others. An input that cannot be read is
    reported and tried again next pass. Ctrl-C stops after the step in progress (twice: at once).
    """
    import signal
    import threading
    import time

    from storyline.service import Watcher, _is_url

    if not targets and not lists:
        raise click.UsageError("give folders, files or feed URLs to watch, or --feeds FILE")
    if "-" in targets:
        raise click.UsageError("watch polls folders, files and URLs; stdin is read once: storyline ingest -")
    _check_paths(tuple(t for t in targets if not _is_url(t)))
    _check_paths(lists)
    options = _options(settings, workers)
    bars = _Bars(_progress_enabled(progress))
    status = {"failed": False}

    def report(p: Any) -> None:
        bars.close()
        status["failed"] = status["failed"] or bool(p.ingest.rejected or p.problems)
        if as_json:
            click.echo(json.dumps(p.as_dict(), ensure_ascii=False))
        elif p.news or once:
            click.echo(_watch_lines(p))
        _report_rejects(p.ingest.rejected, p.ingest.merged)
        for prob in p.problems:
            click.echo(f"not read: {prob.source}: {prob.reason}", err=True)
        sys.stdout.flush()

    with _service(db, options) as svc:
        watcher = Watcher(svc, targets, lists)
        if once:
            try:
                report(watcher.run_once(wait_unsettled=True, progress=bars.stage))
            finally:
                bars.close()
            sys.exit(1 if status["failed"] else 0)
        stop = threading.Event()

        def on_signal(signum: int, _frame: Any) -> None:
            if stop.is_set():
                raise KeyboardInterrupt  # a second Ctrl-C: abort the step (stores keep whole batches only)
            stop.set()
            click.echo("stopping after the current step (Ctrl-C again to stop at once)", err=True)

        every = options.watch.interval_seconds if interval is None else interval
        what = ", ".join([*targets, *(f"feeds in {f}" for f in lists)])
        click.echo(f"watching {what} every {every:g}s into {svc.store.path}; Ctrl-C stops", err=True)
        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            watcher.run(stop, report, every, progress=bars.stage)
        except KeyboardInterrupt:
            bars.close()
            click.echo(f"stopped at {time.strftime('%H:%M:%S')} during a step; "
                       "what was stored whole is kept", err=True)
            sys.exit(EXIT_INTERRUPTED)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        click.echo("stopped", err=True)


def _watch_lines(p: Any) -> str:
    """One watch pass in a few human lines: what arrived, then what changed in the stories."""
    import time

    ing = p.ingest
    head = (f"[{time.strftime('%Y-%m-%d %H:%M:%S')}] {len(ing.added)} added, {len(ing.existing)} already stored, "
            f"{len(ing.rejected)} rejected")
    if p.problems:
        head += f", {len(p.problems)} not read"
    if p.waiting:
        head += f", {len(p.waiting)} still being written"
    if p.analyzed:
        head += (f"; analysed {_plural(p.articles, 'article')} into {_plural(p.stories, 'story', 'stories')}"
                 f" in {p.seconds:.1f}s")
    elif p.stopped:
        head += "; stopped before the analysis"
    lines = [head]
    for c in p.changes:
        title = c["title"] or "(untitled)"
        if c["kind"] == "new":
            origin = f", from {', '.join(c['from'])}" if c["from"] else ""
            lines.append(f"  new   {c['story_id']}  {_plural(c['size'], 'article')}{origin}: {title}")
        elif c["kind"] == "grew":
            lines.append(f"  grew  {c['story_id']}  +{len(c['added'])} -> {_plural(c['size'], 'article')}: {title}")
        else:
            into = f" -> {', '.join(c['into'])}" if c["into"] else ""
            lines.append(f"  gone  {c['story_id']}{into}: {title}")
    if p.analyzed and not p.changes:
        lines.append("  no story changed")
    return "\n".join(lines)


# `search flood -storm`: -storm is a word to leave out, not an option; so search has no short
# options (not even -h: --help), and none can swallow a word that begins with its letter.
@main.command(context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]})
@click.argument("words", nargs=-1, required=True, type=click.UNPROCESSED)
@common_db
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["article", "claim", "quote"]),
              help="Only this kind of result (repeatable; default: all).")
@click.option("--story", "story_id", default=None, help="Only the claims, quotes and articles of this story.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Results per page.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many results (the next page).")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON (with highlight offsets).")
def search(words: tuple[str, ...], db: str | None, kinds: tuple[str, ...], story_id: str | None, limit: int,
           offset: int, as_json: bool) -> None:
    """Search article text, claims and quotes; best matches first.

    All WORDS must appear (accents and case do not matter); "a phrase" in quotes; word* for words
    that begin so; -word to leave out; a OR b. Chinese, Japanese, Korean and Thai words are found
    inside longer runs of text. Words after -- are never read as options.
    """
    from storyline.store.search import SearchError, marked

    with _service(db, Options(), create=False) as svc:
        try:
            found = svc.search(" ".join(words), kinds or None, story_id, limit, offset)
        except SearchError as exc:
            raise click.UsageError(str(exc)) from None
    if as_json:
        _echo_json(found)
        return
    results = found["results"]
    if not results:
        click.echo(f"no results for {found['query']!r}" + (f" past result {offset}" if offset and found["total"] else ""))
        return
    bold = {"before": "\x1b[1m", "after": "\x1b[22m"}  # click.echo drops them when not on a terminal
    click.echo(f"{_plural(found['total'], 'result')} for {found['query']!r}"
               f" (showing {offset + 1}-{offset + len(results)})")
    for r in results:
        where = ", ".join(f"{s['id']} {s['title']}".strip() for s in r["stories"]) or "no story"
        # The article by its outlet and title, as a reader knows it; its store id comes last, labelled,
        # for `storyline article ID`, never as its name.
        source = " · ".join(x for x in (r["outlet"], r["title"]) if x) or "untitled article"
        label = f"{r['kind']} {r['item']}" if r["item"] else r["kind"]
        click.echo(f"\n{label}  [{where}]  {source}  (article {r['article_id']})")
        text = marked(r["snippet"], r["highlights"], **bold)
        click.echo(f"    {r['speaker']}: “{text}”" if r["speaker"] else f"    {text}")


@main.command()
@click.argument("article_id")
@common_db
@click.option("--json", "as_json", is_flag=True, help="The article in the report format.")
def article(article_id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article: metadata, clean text and the removed boilerplate."""
    with _service(db, Options(), create=False) as svc:
        a = svc.article(article_id)
    if a is None:
        raise click.UsageError(f"no article {article_id!r}")
    if as_json:
        _echo_json(a.to_report())
        return
    click.echo(f"{a.title or '(untitled)'}\n{a.outlet or 'unknown outlet'} · {a.published or 'date unknown'} · "
               f"{', '.join(a.authors) or 'no byline'} · {a.language or '?'}\n{a.url or a.source}\n")
    click.echo(a.text)
    if a.removed:
        click.echo(f"\n-- removed ({len(a.removed)} lines) --")
        for line in a.removed:
            click.echo(f"  | {line}")


@main.command()
@click.argument("story_id")
@common_db
@click.option("--format", "fmt", type=click.Choice(["json", "markdown", "html", "csv"]), default="markdown",
              help="JSON (report format), Markdown, standalone HTML, or CSV (one --table).")
@click.option("--table", type=click.Choice(["claims", "facts", "quotes", "conflicts", "lineage", "articles"]),
              default="claims", show_default=True, help="With --format csv: which table of the story.")
@click.option("--out", type=click.Path(dir_okay=False), default=None, help="Write to this file instead of stdout.")
def export(story_id: str, db: str | None, fmt: str, table: str, out: str | None) -> None:
    """Export one story as JSON (report format), Markdown, standalone HTML or CSV."""
    if out:
        _check_writable(out)
    with _service(db, Options(), create=False) as svc:
        try:
            text = svc.export(story_id, fmt, table)
        except KeyError:
            raise click.UsageError(f"no story {story_id!r}") from None
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        click.echo(text)


@main.command()
@common_db
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 serves other machines; the app has no login).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--max-upload-mb", default=20, show_default=True, type=click.IntRange(1, 4096),
              help="Largest upload accepted by the ingest page and API.")
def serve(db: str | None, host: str, port: int, max_upload_mb: int) -> None:
    """Serve the web app and HTTP API on the store."""
    try:
        import uvicorn

        from storyline.web.app import create_app
    except ImportError as exc:
        raise click.UsageError(
            f"the web app needs the 'web' extra: pip install 'storyline[web]' ({exc})"
        ) from exc
    app = create_app(_existing_store(db), max_upload_bytes=max_upload_mb * 1024 * 1024)
    uvicorn.run(app, host=host, port=port, log_level="info")


if __name__ == "__main__":  # pragma: no cover
    main()

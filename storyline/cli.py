"""The ``storyline`` command: a thin layer over :mod:`storyline.service`.

Exit codes: 0 ok, 1 some inputs were rejected (each listed with its reason), 2 usage error,
3 Storyline itself failed (a bug or the system: the message says which; not a bad input).
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
        return Options().with_overrides(overrides)
    except (KeyError, TypeError, ValueError) as exc:
        raise click.UsageError(f"bad --set: {exc}") from exc


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
    """tqdm bars on stderr, one per stage; quiet when output is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bars: dict[str, Any] = {}

    def item(self, _item: object) -> None:
        if self.enabled:
            self._bar("ingest", None).update(1)

    def stage(self, name: str, done: int, total: int) -> None:
        if self.enabled:
            bar = self._bar(name, total)
            bar.n = done
            bar.refresh()

    def _bar(self, name: str, total: int | None):
        from tqdm import tqdm

        if name not in self.bars:
            self.bars[name] = tqdm(total=total, desc=name, unit="it", file=sys.stderr, leave=False)
        return self.bars[name]

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _report_rejects(rejected: list[Rejected], merged: list[Rejected] = ()) -> None:
    for r in rejected:
        click.echo(f"rejected: {r.source}: {r.reason}", err=True)
    for m in merged:
        click.echo(f"merged: {m.source}: {m.reason}", err=True)


EXIT_CRASH = 3  # the tool failed, distinct from 1 (some inputs rejected) and 2 (usage)


class _Group(click.Group):
    """Turns an unexpected exception (a bug, a full disk) into one message and exit code 3."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt):
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
    bars = _Bars(_progress_enabled(progress))
    with _service(db, _options(settings)) as svc:
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
@click.option("--timings", is_flag=True, help="Print the seconds each stage took to stderr.")
def analyze(paths: tuple[str, ...], out: str | None, db: str | None, settings: tuple[str, ...], workers: int | None,
            executor: str | None, ray_address: str | None, as_json: bool, progress: bool | None,
            timings: bool) -> None:
    """Ingest PATHS (if any), run the whole pipeline over the store, write the report to --out.

    With --db and no PATHS, analyses what the store already holds (after `storyline ingest`).
    Without --db, a temporary store is used: then give --out, or nothing is kept.
    """
    from storyline.report import write_report

    if not paths and not db:
        raise click.UsageError("give PATHS to analyse, or --db STORE to analyse what it holds")
    if not db and not out:
        raise click.UsageError("without --db the store is temporary: give --out to keep the report")
    if db and not paths and not Path(db).exists() and "://" not in db:
        raise click.UsageError(f"no store at {db!r} (ingest into it first, or give PATHS)")
    if out:
        _check_writable(out)
    extra: dict[str, Any] = {}
    if executor:
        extra["executor"] = executor
    if ray_address:
        extra["ray_address"] = ray_address
    options = _options(settings, workers, extra)
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
                        _report_rejects(result.rejected)
                        raise click.UsageError("no article could be read from the given paths")
                elif not svc.store.count_articles():
                    raise click.UsageError(f"the store {db!r} holds no articles: ingest some first")
                report = svc.analyze(progress=bars.stage)
            finally:
                bars.close()
            if out:
                write_report(report, out)
            stage_times = svc.last_timings
    _report_rejects(rejected, merged)
    n_stories, n_articles = len(report["stories"]), len(report["articles"])
    where = f" -> {out}" if out else ""
    kept = f"; stored in {db}" if db else ""
    if as_json:
        _echo_json({"articles": n_articles, "stories": n_stories, "rejected": len(rejected), "merged": len(merged),
                    "out": out, "db": db, "timings": {k: round(v, 3) for k, v in stage_times.items()}})
    else:
        click.echo(f"{_plural(n_articles, 'article')}, {_plural(n_stories, 'story', 'stories')}, "
                   f"{len(rejected)} rejected{where}{kept}")
    if timings:
        for name, secs in stage_times.items():
            click.echo(f"  {name:<8} {secs:8.2f}s", err=True)
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
def show(story_id: str, db: str | None, as_json: bool) -> None:
    """Show a story: its brief with citations, claims, conflicts, quotes, timeline and lineage."""
    from storyline.render import story_terminal

    with _service(db, Options(), create=False) as svc:
        story = svc.story(story_id)
        if story is None:
            raise click.UsageError(f"no story {story_id!r} in {svc.store.path} (see `storyline stories`)")
        articles = {a.id: a for a in svc.story_articles(story_id)}
    if as_json:
        _echo_json(story)
    else:
        click.echo(story_terminal(story, articles))


@main.command()
@click.argument("article_id")
@common_db
@click.option("--json", "as_json", is_flag=True)
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
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
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

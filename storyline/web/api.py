"""The JSON API under /api: a thin layer over storyline.service.Storyline."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from storyline.model import Article
from storyline.service import Storyline
from storyline.web import models
from storyline.web.jobs import JobRunner
from storyline.web.security import require_same_origin
from storyline.web.uploads import INGEST_REQUEST_BODY, ingest_documents, read_documents

DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
NOT_FOUND = {404: {"model": models.ErrorOut, "description": "no such item"}}

router = APIRouter(prefix="/api", tags=["api"])


def service(request: Request) -> Storyline:
    return request.app.state.service


def jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


def article_detail(svc: Storyline, article: Article) -> dict[str, Any]:
    return {**article.to_report(), "format": article.format, "stories": svc.article_stories(article.id)}


def story_or_404(svc: Storyline, story_id: str) -> dict[str, Any]:
    story = svc.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story


@router.get("/stories", response_model=models.StoryListOut, summary="List and search stories")
def list_stories(
    request: Request,
    q: Annotated[str | None, Query(description="words that must all appear in title, keywords or entities")] = None,
    outlet: Annotated[str | None, Query(description="only stories with an article from this outlet")] = None,
    entity: Annotated[str | None, Query(description="only stories mentioning this entity (name or alias)")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    sort: Literal["size", "recent"] = "size",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    found = service(request).stories(
        query=q, outlet=outlet, entity=entity, date_from=date_from, date_to=date_to, sort=sort
    )
    return {"total": len(found), "offset": offset, "limit": limit, "stories": found[offset : offset + limit]}


@router.get(
    "/stories/{story_id}",
    response_model=models.StoryOut,
    response_model_exclude_unset=True,
    responses=NOT_FOUND,
    summary="One story in the report format",
)
def get_story(request: Request, story_id: str) -> dict[str, Any]:
    return story_or_404(service(request), story_id)


@router.get(
    "/stories/{story_id}/articles",
    response_model=list[models.ArticleOut],
    response_model_exclude_unset=True,
    responses=NOT_FOUND,
    summary="The articles of a story",
)
def get_story_articles(request: Request, story_id: str) -> list[dict[str, Any]]:
    svc = service(request)
    story_or_404(svc, story_id)
    return [a.to_report() for a in svc.story_articles(story_id)]


@router.get(
    "/stories/{story_id}/events",
    response_model=list[models.StoryEventOut],
    responses=NOT_FOUND,
    summary="Merges and splits that shaped a story",
)
def get_story_events(request: Request, story_id: str) -> list[dict[str, Any]]:
    svc = service(request)
    story_or_404(svc, story_id)
    return svc.story_events(story_id)


EXPORT_TYPES = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


@router.get(
    "/stories/{story_id}/export",
    response_class=Response,
    responses={
        200: {"content": {t.split(";")[0]: {} for t in EXPORT_TYPES.values()}, "description": "the export"},
        **NOT_FOUND,
    },
    summary="Export a story as JSON (report format, with its articles), Markdown or HTML",
)
def export_story(
    request: Request,
    story_id: str,
    format: Literal["json", "markdown", "html", "csv"] = "json",
    table: Literal["claims", "facts", "quotes", "conflicts", "lineage", "articles"] = "claims",
) -> Response:
    svc = service(request)
    story_or_404(svc, story_id)
    body = svc.export(story_id, format, table)
    headers = {}
    if format == "csv":
        headers["content-disposition"] = f'attachment; filename="story-{_filename_part(story_id)}-{table}.csv"'

    if format == "html":
        # A standalone page with its own CSP: download it rather than render it inside the app.
        headers["content-disposition"] = f'attachment; filename="story-{_filename_part(story_id)}.html"'
    return Response(body, media_type=EXPORT_TYPES[format], headers=headers)


@router.get(
    "/stories.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "the story list as CSV"}},
    summary="The story list as CSV (same filters as /stories)",
)
def stories_csv(
    request: Request,
    q: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
    sort: Literal["size", "recent"] = "size",
) -> Response:
    body = service(request).stories_csv(query=q, outlet=outlet, entity=entity, date_from=date_from,
                                        date_to=date_to, sort=sort)
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="stories.csv"'})


SearchQ = Annotated[str, Query(min_length=1, max_length=1000, description=(
    'all words must appear (accent- and case-blind); "a phrase"; word* for words that begin so; -word to '
    "leave out; a OR b"))]
SearchKinds = Annotated[list[Literal["article", "claim", "quote"]] | None,
                        Query(description="only these kinds (repeatable; default: all)")]
SearchStory = Annotated[str | None, Query(description="only this story's claims, quotes and articles")]
BAD_SEARCH = {400: {"model": models.ErrorOut, "description": "a query that cannot run (the detail says why)"}}


def _search(request: Request, q: str, kind: list[str] | None, story: str | None, limit: int,
            offset: int) -> dict[str, Any]:
    from storyline.store.search import SearchError

    try:
        return service(request).search(q, kind, story, limit, offset)
    except SearchError as exc:  # the user's query, not the server: 400 with what to change
        raise HTTPException(400, str(exc)) from None


@router.get("/search", response_model=models.SearchOut, responses=BAD_SEARCH,
            summary="Search article text, claims and quotes, best first, with snippets")
def search(request: Request, q: SearchQ, kind: SearchKinds = None, story: SearchStory = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 20, offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    return _search(request, q, kind, story, limit, offset)


@router.get("/search.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "one page of results as CSV"}, **BAD_SEARCH},
            summary="Search results as CSV (same parameters as /search)")
def search_csv(request: Request, q: SearchQ, kind: SearchKinds = None, story: SearchStory = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 1000, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    from storyline.store.search import results_csv

    body = results_csv(_search(request, q, kind, story, limit, offset))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="search.csv"'})


def _filename_part(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)[:80] or "story"


@router.get(
    "/articles/{article_id}",
    response_model=models.ArticleDetailOut,
    response_model_exclude_unset=True,
    responses=NOT_FOUND,
    summary="One article: clean text, metadata, removed boilerplate",
)
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    svc = service(request)
    article = svc.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article_detail(svc, article)


@router.post(
    "/ingest",
    dependencies=[Depends(require_same_origin)],
    response_model=models.IngestOut,
    openapi_extra=INGEST_REQUEST_BODY,
    responses={
        400: {"model": models.ErrorOut, "description": "nothing to ingest, or no input could be read"},
        413: {"model": models.ErrorOut, "description": "request body over the size limit"},
    },
    summary="Upload files and/or text; analysis then runs as a background job",
)
async def post_ingest(request: Request) -> dict[str, Any]:
    svc = service(request)
    docs = await read_documents(request, request.app.state.max_upload_bytes)
    outcome = await ingest_documents(svc, docs)
    if outcome.read_nothing:
        raise HTTPException(400, outcome.problem())
    summary = outcome.result.as_dict()
    runner = jobs(request)
    if outcome.result.added:
        job = runner.submit_analyze(summary)
    else:
        job = runner.skipped(summary, "no new articles: analysis skipped")
    return {**summary, "job_id": job.id, "job": job.as_dict()}


@router.post(
    "/analyze",
    response_model=models.JobOut,
    dependencies=[Depends(require_same_origin)],
    summary="Re-run the analysis as a background job",
)
def post_analyze(request: Request) -> dict[str, Any]:
    return jobs(request).submit_analyze().as_dict()


@router.get("/jobs", response_model=list[models.JobOut], summary="Recent jobs, newest first")
def list_jobs(request: Request, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
    return [j.as_dict() for j in jobs(request).recent(limit)]


@router.get("/jobs/{job_id}", response_model=models.JobOut, responses=NOT_FOUND, summary="A job's status")
def get_job(request: Request, job_id: str) -> dict[str, Any]:
    job = jobs(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs live in the server's memory)")
    return job.as_dict()


@router.get(
    "/report",
    response_model=models.ReportOut,
    summary="The whole report of the last analysis (see report.schema.json)",
)
async def get_report(request: Request) -> Response:
    report = await run_in_threadpool(service(request).report)
    # The service has already validated the report against report.schema.json; re-validating
    # thousands of article texts through the response model would only double the cost.
    return JSONResponse(report)

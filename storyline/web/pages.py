"""Server-rendered HTML pages. Templates autoescape everything; nothing here builds markup."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from storyline.render import shown_and_folded
from storyline.web import present
from storyline.web.conflicts import conflict_cards
from storyline.web.coverage import coverage
from storyline.web.api import jobs, service
from storyline.web.security import format_bytes, require_same_origin
from storyline.web.uploads import PASTED_NAME, ingest_documents, read_documents

PAGE_SIZE = 50
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/stories", status_code=307)


@router.get("/stories")
def stories_page(request: Request) -> Response:
    svc = service(request)
    params = request.query_params
    form = {k: params.get(k, "").strip() for k in ("q", "outlet", "entity", "from", "to", "sort", "page")}
    problems = [f"'{k}' must be a date like 2024-03-01" for k in ("from", "to") if form[k] and not _DATE.match(form[k])]
    sort = form["sort"] if form["sort"] in ("size", "recent") else "size"
    page = int(form["page"]) if form["page"].isdigit() and int(form["page"]) > 0 else 1
    everything = svc.stories()
    filtered = any(form[k] for k in ("q", "outlet", "entity", "from", "to")) or sort != "size"
    if problems:
        found: list[dict[str, Any]] = []
    elif not filtered:
        found = everything
    else:
        found = svc.stories(
            query=form["q"] or None, outlet=form["outlet"] or None, entity=form["entity"] or None,
            date_from=form["from"] or None, date_to=form["to"] or None, sort=sort,
        )
    pages = max(1, -(-len(found) // PAGE_SIZE))
    shown = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    for s in shown:
        s["href"] = present.story_href(s["id"])
    return render(
        request,
        "stories.html",
        {
            "form": {**form, "sort": sort},
            "problems": problems,
            "stories": shown,
            "total": len(found),
            "all_count": len(everything),
            "page": page,
            "pages": pages,
            "page_links": _page_links(request, page, pages),
            "outlets": sorted({o for s in everything for o in s["outlets"]}, key=str.casefold),
            "entities": sorted({e for s in everything for e in s["entities"]}, key=str.casefold)[:500],
        },
    )


def _page_links(request: Request, page: int, pages: int) -> dict[str, str | None]:
    def link(n: int) -> str:
        return "/stories?" + urlencode({**request.query_params, "page": n})

    return {"prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < pages else None}


def _story(svc: Any, story_id: str) -> tuple[dict[str, Any], dict[str, Any], present.Citer]:
    """A stored story, its articles by id and their citation numbers; 404 when there is none."""
    story = svc.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    articles = {a.id: a for a in svc.story_articles(story_id)}
    return story, articles, present.Citer(story, articles)


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: str) -> Response:
    svc = service(request)
    story, articles, citer = _story(svc, story_id)
    listed = [
        {
            "number": citer.number[aid],
            "article": articles.get(aid),
            "id": aid,
            "href": present.article_href(aid),
            "url": present.safe_url(articles[aid].url) if aid in articles else None,
        }
        for aid in story["article_ids"]
    ]
    claims_top, claims_rest = shown_and_folded(story.get("claims", []))
    return render(
        request,
        "story.html",
        {
            "story": story,
            "citer": citer,
            "articles": listed,
            "lineage": present.lineage_view(story.get("lineage", []), citer),
            "conflicts": conflict_cards(story, citer),
            "coverage": coverage(story, articles, citer),
            "why_href": present.story_href(story_id) + "/why",
            "events": svc.story_events(story_id),
            "entity_href": lambda name: "/stories?" + urlencode({"entity": name}),
            "export": {
                f: f"/api/stories/{quote(story_id, safe='')}/export?format={f}" for f in ("json", "markdown", "html")
            },
            "claims_top": claims_top,
            "claims_rest": claims_rest,
            "csv": {
                t: f"/api/stories/{quote(story_id, safe='')}/export?format=csv&table={t}"
                for t in ("claims", "facts", "quotes", "conflicts", "lineage", "articles")
            },
        },
    )


@router.get("/stories/{story_id}/why")
def story_why_page(request: Request, story_id: str) -> Response:
    """Why each article is in the story (Storyline.why): its strongest link and what the link's
    score is made of. A page of its own: the scores are recomputed from the articles, which takes
    the text models, so the story page does not wait for them."""
    svc = service(request)
    story, articles, citer = _story(svc, story_id)
    rows = []
    for w in svc.why(story_id):
        copy = w.get("lineage")
        rows.append({
            "cite": citer.one(w["article_id"]), "name": citer.label(w["article_id"]),
            "with_cite": citer.one(w["with"]), "with_name": citer.label(w["with"]),
            "score": w["score"], "parts": [(k, w[k]) for k in w.get("top", [])],
            "factors": [(k.replace("_", " "), w[k]) for k in ("date_factor", "year_factor") if w.get(k, 1) < 1],
            "shared": w.get("shared_names", []),
            "link": None if not copy else {
                "kind": copy["kind"].replace("_", " "), "role": copy["role"],
                "cite": citer.one(copy["with"]), "name": citer.label(copy["with"]),
            },
        })
    return render(request, "why.html", {"story": story, "rows": rows, "story_href": present.story_href(story_id)})


SEARCH_PAGE_SIZE = 20
_SEARCH_KINDS = {"article": "articles", "claim": "claims", "quote": "quotes"}


@router.get("/search")
def search_page(request: Request) -> Response:
    """Full-text search across article text, claims and quotes (the store's index), one page of
    ranked results with the matched words marked."""
    from storyline.store.search import SearchError

    params = request.query_params
    q = params.get("q", "").strip()
    kind = params.get("kind", "")
    kind = kind if kind in _SEARCH_KINDS else ""
    offset = int(params["offset"]) if params.get("offset", "").isdigit() else 0
    found, problem = None, None
    if q:
        try:
            found = service(request).search(q, [kind] if kind else None, None, SEARCH_PAGE_SIZE, offset)
        except SearchError as e:
            problem = str(e)
    results = []
    for r in (found or {}).get("results", []):
        results.append({
            **r,
            "href": present.article_href(r["article_id"], r["start"], r["end"]),
            "snippet_parts": present.marked_parts(r["snippet"], r["highlights"]),
            "title_parts": present.marked_parts(r["title"], r["title_highlights"]),
            "stories": [{**s, "href": present.story_href(s["id"])} for s in r["stories"]],
        })

    def link(at: int) -> str:
        return "/search?" + urlencode({"q": q, **({"kind": kind} if kind else {}), "offset": at})

    total = (found or {}).get("total", 0)
    return render(request, "search.html", {
        "q": q, "kind": kind, "kinds": _SEARCH_KINDS, "problem": problem, "results": results, "total": total,
        "offset": offset,
        "prev": link(max(0, offset - SEARCH_PAGE_SIZE)) if offset > 0 else None,
        "next": link(offset + SEARCH_PAGE_SIZE) if offset + SEARCH_PAGE_SIZE < total else None,
        "csv": "/api/search.csv?" + urlencode({"q": q, **({"kind": kind} if kind else {}), "limit": 500}) if q else None,
    }, status_code=400 if problem else 200)


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str) -> Response:
    svc = service(request)
    article = svc.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    params = request.query_params
    bounds: list[int | None] = []
    problem = None
    for key in ("start", "end"):
        value = params.get(key)
        if value is None or value == "":
            bounds.append(None)
        elif value.isdigit():
            bounds.append(int(value))
        else:
            bounds.append(None)
            problem = f"'{key}' must be a character offset (a whole number)"
    mark, span_problem = present.highlight(article.text, bounds[0], bounds[1]) if not problem else (None, None)
    story_ids = svc.article_stories(article.id)
    in_stories = []
    for sid in story_ids:
        s = svc.story(sid)
        in_stories.append({"id": sid, "title": (s or {}).get("title") or sid, "href": present.story_href(sid)})
    return render(
        request,
        "article.html",
        {
            "article": article,
            "url": present.safe_url(article.url),
            "mark": mark,
            "problem": problem or span_problem,
            "stories": in_stories,
            "api_href": f"/api/articles/{quote(article.id, safe='')}",
        },
    )


@router.get("/ingest")
def ingest_page(request: Request) -> Response:
    return _ingest_form(request)


def _ingest_form(request: Request, errors: list[str] | None = None, status_code: int = 200) -> Response:
    svc = service(request)
    return render(
        request,
        "ingest.html",
        {
            "errors": errors or [],
            "max_bytes": request.app.state.max_upload_bytes,
            "max_label": format_bytes(request.app.state.max_upload_bytes),
            "pasted_name": PASTED_NAME,
            **svc.counts(),
            "jobs": [j.as_dict() for j in jobs(request).recent(10)],
        },
        status_code=status_code,
    )


@router.post("/ingest", dependencies=[Depends(require_same_origin)])
async def ingest_submit(request: Request) -> Response:
    svc = service(request)
    try:
        docs = await read_documents(request, request.app.state.max_upload_bytes)
    except HTTPException as exc:
        if exc.status_code == 413:
            raise
        return _ingest_form(request, [str(exc.detail)], exc.status_code)
    outcome = await ingest_documents(svc, docs)
    if outcome.read_nothing:
        return _ingest_form(request, [outcome.problem()], 400)
    summary = outcome.result.as_dict()
    runner = jobs(request)
    if outcome.result.added:
        job = runner.submit_analyze(summary)
    else:
        job = runner.skipped(summary, "no new articles: analysis skipped")
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.post("/analyze", dependencies=[Depends(require_same_origin)])
def analyze_submit(request: Request) -> Response:
    job = jobs(request).submit_analyze()
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    job = jobs(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs live in the server's memory and end with it)")
    data = job.as_dict()
    svc = service(request)
    touched: dict[str, str] = {}
    if data["finished"] and data["ingest"]:
        for aid in data["ingest"]["article_ids"][:200]:
            for sid in svc.article_stories(aid):
                if sid not in touched:
                    touched[sid] = (svc.story(sid) or {}).get("title") or sid
    stories = [{"id": sid, "title": title, "href": present.story_href(sid)} for sid, title in touched.items()]
    return render(request, "job.html", {"job": data, "stories": stories})


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """Swagger UI over /openapi.json, served from the package (static/swagger-ui): no CDN."""
    return render(request, "docs.html", {"spec_url": request.app.openapi_url})


@router.get("/api")
def api_index(request: Request) -> Response:
    """A self-hosted index of the JSON API, read from the OpenAPI schema."""
    spec = request.app.openapi()
    routes = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            query = [p for p in op.get("parameters", []) if p.get("in") == "query"]
            params = [p["name"] + ("" if p.get("required") else "?") for p in query]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return render(request, "api.html", {"routes": routes})

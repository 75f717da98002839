"""The web app and HTTP API: ``create_app(db)`` returns a FastAPI application.

Pages (server-rendered, no front-end build, nothing loaded from other sites):
``/stories``, ``/stories/{id}``, ``/articles/{id}``, ``/ingest``, ``/jobs/{id}``, ``/api``, ``/docs``
(Swagger UI).
JSON API under ``/api/`` (schema at ``/openapi.json``). Every route goes through
:class:`storyline.service.Storyline`; article text is untrusted and only ever printed escaped,
under a strict Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from storyline import __version__
from storyline.options import Options
from storyline.service import Storyline
from storyline.web import api, pages
from storyline.web.jobs import JobRunner
from storyline.web.security import BodyLimitMiddleware, SecurityHeadersMiddleware

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its extension: article content is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def create_app(
    db: str | Path,
    options: Options | None = None,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
) -> FastAPI:
    """The app over the store at ``db``; uploads are capped at ``max_upload_bytes`` per request."""
    service = Storyline.open(db, options)
    runner = JobRunner(service)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            runner.shutdown()
            service.close()

    app = FastAPI(
        title="Storyline",
        version=__version__,
        summary="News articles turned into verified stories: lineage, quotes, claims, conflicts, timelines.",
        # The stock /docs page loads Swagger UI from a CDN and starts it with an inline script,
        # both of which the CSP forbids; pages.api_docs serves it from static/swagger-ui instead.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.jobs = runner
    app.state.max_upload_bytes = max_upload_bytes
    app.state.templates = templates()

    app.add_middleware(BodyLimitMiddleware, max_bytes=max_upload_bytes)
    app.add_middleware(SecurityHeadersMiddleware)  # added last: outermost, so it sees every response

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return app.state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "detail": exc.detail},
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return app.state.templates.TemplateResponse(
            request, "error.html", {"status": 400, "detail": "; ".join(problems)}, status_code=400
        )

    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"

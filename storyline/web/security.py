"""ASGI middleware for the web app: security headers on every response and a request-body cap.

Both are plain ASGI (not BaseHTTPMiddleware) so they see every message, including the body
stream of an upload and the 500 a crashing handler would otherwise get without headers.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Article text is untrusted. Everything the app serves is self-hosted, so nothing needs more than
# 'self'; connect-src is needed only for the job page polling /api/jobs/{id}.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

# Swagger UI (/docs, which shows no article content) draws its icons as data: SVG images in its
# stylesheet; only that page allows them.
DOCS_PATH = "/docs"
DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("img-src 'self';", "img-src 'self' data:;")

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
DOCS_HEADERS = [(b"content-security-policy", DOCS_CONTENT_SECURITY_POLICY.encode()), *SECURITY_HEADERS[1:]]


class SecurityHeadersMiddleware:
    """Adds the security headers to every HTTP response, error responses included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        ours = DOCS_HEADERS if scope.get("path") == DOCS_PATH else SECURITY_HEADERS

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {h for h, _ in ours}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + ours}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Starlette's outermost error middleware would answer without our headers; answer here
            # and re-raise so the server still logs the traceback.
            if not started:
                await send_with_headers(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": b"Internal Server Error"})
            raise


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(
            status_code=413,
            detail=f"request body is larger than the limit of {format_bytes(limit)}; "
            f"send fewer or smaller files per request",
        )


class BodyLimitMiddleware:
    """Caps the request body at ``max_bytes``.

    The cap is enforced where the body is read: the wrapped ``receive`` raises
    :class:`BodyTooLarge` (an HTTP 413) as soon as the declared Content-Length or the bytes
    actually received pass the limit, so the app's own error handlers render it (JSON under
    /api, an HTML page elsewhere) and an oversized upload is never buffered in full.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = None
        limit = self.max_bytes
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            if declared is not None and declared > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, send)


def format_bytes(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.3g} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} GB"


def require_same_origin(request: Request) -> None:
    """Refuse state-changing requests a browser sends on behalf of another site (CSRF).

    Browsers attach Origin to cross-site POSTs; scripts (curl, requests) send none and pass.
    """
    origin = request.headers.get("origin")
    if not origin or (origin == "null" and request.headers.get("sec-fetch-site") == "same-origin"):
        return
    hosts = {request.headers.get("host", ""), request.headers.get("x-forwarded-host", "")} - {""}
    try:
        origin_host = urlsplit(origin).netloc
    except ValueError:
        origin_host = ""
    if origin_host not in hosts:
        raise HTTPException(403, f"cross-site request from {origin!r} refused")

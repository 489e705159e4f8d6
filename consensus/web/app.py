"""The web app and JSON API (`consensus serve`): FastAPI over the store.

HTML pages: `/`, `/films/{slug}`, `/reviews/{sha256}`. JSON API under `/api/`
as in CONTRACT.md, documented at `/openapi.json` (and `/docs`). Every page is
rendered on the server; the only script anywhere is FastAPI's own /docs page.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Body, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from consensus import __version__
from consensus.ingest.document import document_from_text
from consensus.ingest.errors import IngestError
from consensus.models import FilmReport, Review
from consensus.pipeline import analyze
from consensus.store import Store
from consensus.web import pages

# Largest request body accepted (a long review is ~50 kB; a web page a few hundred).
MAX_BODY_BYTES = 2 * 1024 * 1024

# Pages carry no script, no inline style and load nothing from elsewhere.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# FastAPI's /docs page needs its own inline script and CDN assets (it works only when online).
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class FilmSummary(BaseModel):
    """One row of the film list (CONTRACT.md)."""

    slug: str
    title: str | None
    year: int | None
    reviews: int
    metascore: int | None
    band: str | None


class AnalyzeRequest(BaseModel):
    text: str = Field(min_length=1, description="The review: plain text or an HTML page.")
    source: str | None = Field(default=None, max_length=500, description="A name for it (shown as `source`).")


class ErrorBody(BaseModel):
    detail: Any


class BodyLimit:
    """413 for request bodies over `limit` bytes, by Content-Length or by counting a streamed body."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(send)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        # Read the body here, up to the limit, so a streamed body over it is a 413
        # before the app starts parsing (the app would report its own 400).
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await self._too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        response = JSONResponse({"detail": f"request body larger than {self.limit} bytes"}, status_code=413)
        await response({"type": "http"}, _no_receive, send)


class SecurityHeaders:
    """A strict Content-Security-Policy and friends on every response (pure ASGI: no per-request task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (DOCS_CSP if scope["path"] in ("/docs", "/redoc") else CSP).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _no_receive() -> Message:  # pragma: no cover - a JSONResponse never reads
    return {"type": "http.disconnect"}


@lru_cache(maxsize=32)  # keys hold whole reports (up to ~1 MB for a film of 2,000 reviews): keep few
def _film_html(raw_report: str, page: int) -> str:
    """A film page, rendered once per stored report version (keyed by the report JSON itself)."""
    return pages.render_film(FilmReport.model_validate_json(raw_report), page)


def create_app(store: Store) -> FastAPI:
    """The app over an open store (the caller owns it and closes it)."""
    app = FastAPI(
        title="consensus",
        version=__version__,
        description="Film reports built automatically from critic reviews. Field names follow CONTRACT.md.",
    )
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else f"There is no page at {request.url.path}."
        return HTMLResponse(pages.render_error(exc.status_code, str(message)), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        if wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        return HTMLResponse(pages.render_error(422, "; ".join(e["msg"] for e in errors)), status_code=422)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(q: Annotated[str | None, Query(max_length=200)] = None, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
        return HTMLResponse(pages.render_index(store.films(q), q, page))

    @app.get("/films/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def film_page(slug: str, page: Annotated[int, Query(ge=1)] = 1) -> HTMLResponse:
        raw = store.film_report_json(slug)
        if raw is None:
            raise HTTPException(404, f"No film called {slug!r} is stored.")
        return HTMLResponse(_film_html(raw, page))

    @app.get("/reviews/{sha256}", response_class=HTMLResponse, include_in_schema=False)
    def review_page(sha256: str) -> HTMLResponse:
        review = store.review(sha256)
        if review is None:
            raise HTTPException(404, f"No review with sha256 {sha256!r} is stored.")
        return HTMLResponse(pages.render_review(review, store.review_text(sha256), store.film_slug_of(sha256)))

    # ------------------------------------------------------------------ JSON API

    not_found = {404: {"model": ErrorBody, "description": "Unknown film or review"}}

    @app.get("/api/films", response_model=list[FilmSummary], tags=["films"])
    def api_films(q: Annotated[str | None, Query(max_length=200, description="Filter by title")] = None) -> Response:
        """The stored films with review count and score, filtered by title when `q` is given."""
        # Serialized directly: the rows already have the documented shape (validating thousands costs ~100 ms).
        return Response(json.dumps(store.films(q), ensure_ascii=False), media_type="application/json")

    @app.get("/api/films/{slug}", response_model=FilmReport, responses=not_found, tags=["films"])
    def api_film(slug: str) -> Response:
        """The film report."""
        raw = store.film_report_json(slug)
        if raw is None:
            raise HTTPException(404, f"no film with slug {slug!r}")
        return Response(raw, media_type="application/json")

    @app.get("/api/films/{slug}/reviews", response_model=list[Review], responses=not_found, tags=["films"])
    def api_film_reviews(slug: str) -> list[Review]:
        """The film's reviews."""
        if store.film_report_json(slug) is None:
            raise HTTPException(404, f"no film with slug {slug!r}")
        return store.reviews_of(slug)

    @app.get("/api/reviews/{sha256}", response_model=Review, responses=not_found, tags=["reviews"])
    def api_review(sha256: str) -> Review:
        """One stored review by the sha256 of its raw bytes."""
        review = store.review(sha256)
        if review is None:
            raise HTTPException(404, f"no review with sha256 {sha256!r}")
        return review

    @app.post(
        "/api/analyze", response_model=Review, tags=["reviews"],
        responses={413: {"model": ErrorBody, "description": "Body over 2 MB"}, 422: {"model": ErrorBody}},
    )
    def api_analyze(body: Annotated[AnalyzeRequest, Body()]) -> Review:
        """Analyze a posted review (text or HTML) without storing it."""
        try:
            document = document_from_text(body.text, body.source or "posted text")
        except IngestError as exc:
            raise HTTPException(422, exc.reason) from exc
        try:
            return analyze(document)
        except Exception as exc:  # an analyzer bug: say what failed rather than a bare 500
            raise HTTPException(500, f"could not be analyzed ({type(exc).__name__}: {exc})") from exc

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    return app

"""`create_app`: the FastAPI application behind ``accord serve``.

>>> from accord.server import create_app
>>> app = create_app("accord.duckdb")                 # read-only
>>> app = create_app("accord.duckdb", token="s3cret") # and POST /api/ingest with the token

Routes: the dashboard at ``/`` (files in ``static/``), the JSON API under ``/api``, its
OpenAPI description at ``/openapi.json`` with Swagger UI at ``/docs`` and ReDoc at
``/redoc``. The documentation pages load their scripts from the ``fastapi-offline``
package, not from a CDN: everything the server shows works without a network.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from . import api, errors, ingest
from .stores import StoreProvider

STATIC = Path(__file__).parent / "static"

DESCRIPTION = """\
Political event data from accord's store: events with the sentences behind them, dyad
series, country profiles, the actor network, alerts and exports.

Every list takes the filters of `accord query events`; every count comes with the reports
behind it (`reports`) and the merged events (`events`); `format=csv` gives any view as CSV.
Every error is `{"error": {"code", "message", "detail"}}`.
"""

#: the dashboard runs only its own files: no inline script, nothing from another host
DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
#: Swagger UI and ReDoc start from an inline script; they too load nothing from elsewhere
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


class SecurityHeaders:
    """Adds a content security policy and the usual hardening headers to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        policy = DOCS_CSP if path in ("/docs", "/redoc") else DASHBOARD_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", policy.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    db_path: str | os.PathLike[str], token: str | None = None, *, nlp: Any = None
) -> FastAPI:
    """The application serving the store at `db_path`.

    Without a token the store is opened read-only and there is no ingest endpoint. With a
    token the store is opened for writing (created if missing) and ``POST /api/ingest``
    codes and stores documents for requests that carry the token. `nlp` is a pipeline from
    `accord.load` for the ingest endpoint (loaded on its first request when None).

    Raises `AccordError` when the store cannot be opened (missing, not a store, locked).
    """
    if token is not None and not token.strip():
        raise ValueError("the token is empty: give a secret, or no token for a read-only server")
    stores = StoreProvider(db_path, writable=token is not None)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPIOffline(
        title="accord",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        static_url="/docs-assets",
        favicon_url="/static/favicon.svg",
    )
    app.state.stores = stores
    app.state.db_path = str(db_path)
    app.state.token = token
    app.state.nlp = nlp
    errors.install(app)
    app.include_router(api.router, tags=["events"])
    if token is not None:
        app.include_router(ingest.router, tags=["ingest"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(SecurityHeaders)
    return app

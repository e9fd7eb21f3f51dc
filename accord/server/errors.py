"""One JSON shape for every error: ``{"error": {"code", "message", "detail"}}``.

``code`` is accord's coded error (``E080``), ``message`` the coded message (what went
wrong and how to fix it), ``detail`` the per-field problems of an invalid request (or null).
Validation errors, unknown pages and methods, errors of the store and of the analysis
functions, and failures of the server itself all answer in this shape.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import AccordError, Errors

log = logging.getLogger("accord.server")

#: HTTP status of each coded error the API can answer with (anything else: 500)
STATUS: dict[str, int] = {
    "E022": 422,
    "E057": 422,
    "E080": 422,
    "E086": 422,
    "E058": 404,
    "E081": 404,
    "E084": 404,
    "E082": 405,
    "E083": 401,
    "E050": 503,
    "E051": 503,
    "E052": 503,
    "E053": 503,
    "E054": 503,
    "E055": 503,
    "E056": 503,
    "E085": 500,
}
_CODE = re.compile(r"\[(E\d{3})\]")


class ApiError(Exception):
    """An error to answer with: a coded message, and its detail."""

    def __init__(self, message: str, detail: Any = None, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.code = code_of(message)
        self.status = status or STATUS.get(self.code, 500)


def code_of(message: str) -> str:
    match = _CODE.search(message)
    return match.group(1) if match else "E085"


def error_response(
    message: str, detail: Any = None, *, status: int | None = None, headers: dict | None = None
) -> JSONResponse:
    code = code_of(message)
    return JSONResponse(
        {"error": {"code": code, "message": message, "detail": detail}},
        status_code=status or STATUS.get(code, 500),
        headers=headers,
    )


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    """``("query", "limit")`` -> ``"query parameter 'limit'"``."""
    parts = [str(part) for part in loc]
    if not parts:
        return "request"
    kind, names = parts[0], parts[1:]
    if kind == "query":
        if not names:
            return "query"
        # a list parameter's item: "query parameter 'quad' (item 2)"
        items = [int(n) + 1 for n in names[1:] if n.isdigit()]
        item = f" (item {items[0]})" if items else ""
        return f"query parameter {names[0]!r}{item}"
    if kind == "path":
        return f"path part {'.'.join(names)!r}"
    if kind == "body":
        return f"body field {'.'.join(names)!r}" if names else "body"
    return ".".join(parts)


def _reason(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "invalid"))
    # a validator's own message is the useful part of Pydantic's "Value error, ..."
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    if error.get("type") == "extra_forbidden":
        message = "no such parameter"
    elif error.get("type") == "missing":
        message = "required"
    elif error.get("type") == "literal_error":
        message = f"{error.get('input')!r}: {message.lower()}"
    return message


def validation_response(errors: list[dict[str, Any]]) -> JSONResponse:
    detail = [
        {
            "where": _where(error.get("loc", ())),
            "message": _reason(error),
            "type": error.get("type"),
        }
        for error in errors
    ]
    first = detail[0] if detail else {"where": "request", "message": "invalid"}
    reason = first["message"]
    if _CODE.search(reason):
        # a coded check of its own (an unknown CAMEO code): its message is the answer
        message = reason
    else:
        message = Errors.E080.format(where=first["where"], reason=reason)
    if len(detail) > 1:
        message += f" ({len(detail) - 1} more problem{'s' if len(detail) > 2 else ''} in detail)"
    return error_response(message, detail, status=422)


def install(app: FastAPI) -> None:
    """Answer every error of `app` in the one shape."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_response(list(exc.errors()))

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.message, exc.detail, status=exc.status)

    @app.exception_handler(AccordError)
    async def accord_error(_request: Request, exc: AccordError) -> JSONResponse:
        return error_response(str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        path = request.url.path
        if exc.status_code == 404:
            if path.rstrip("/") == "/api/ingest":
                return error_response(Errors.E084, status=404)
            return error_response(Errors.E081.format(path=path), status=404)
        if exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow", "GET")
            return error_response(
                Errors.E082.format(method=request.method, path=path, allowed=allowed),
                status=405,
                headers={"Allow": allowed},
            )
        message = f"[E085] {exc.detail}" if not _CODE.search(str(exc.detail)) else str(exc.detail)
        return error_response(message, status=exc.status_code, headers=exc.headers)

    @app.exception_handler(duckdb.Error)
    async def store_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        from ..store.store import _classify, is_damage

        if is_damage(exc):
            return error_response(str(_classify(exc, app.state.db_path)))
        log.exception("query failed on %s", request.url.path)
        return error_response(Errors.E085.format(path=request.url.path, reason=type(exc).__name__))

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed: %s", request.url.path)
        return error_response(Errors.E085.format(path=request.url.path, reason=type(exc).__name__))

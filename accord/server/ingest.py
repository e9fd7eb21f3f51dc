"""``POST /api/ingest``: code documents and store them, for a server started with a token.

The route exists only when `create_app` is given a token, and every request must carry it
(``Authorization: Bearer TOKEN``). Documents go through the same reader as a JSONL file of
``accord ingest`` (so a bad date, an empty or non-English text is reported for that
document and the others are stored) and the same coding and storing path, with a ledger
entry per request. The pipeline is loaded on the first request; one request writes at a time.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..documents import read_documents
from ..errors import DocumentError, Errors
from ..store.ingest import IngestReport, ingest_documents, pipeline_versions
from .errors import ApiError
from .models import ErrorBody, IngestAnswer, IngestRequest

bearer = HTTPBearer(auto_error=False, description="The token accord serve was started with.")
_pipeline_lock = threading.Lock()


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    token: str = request.app.state.token
    given = credentials.credentials if credentials else ""
    # constant-time comparison: the answer's timing says nothing about the token
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(Errors.E083, status=401)


def _pipeline(request: Request) -> Any:
    state = request.app.state
    with _pipeline_lock:
        if state.nlp is None:
            from ..pipeline import DEFAULT_MODEL, load

            state.nlp = load(DEFAULT_MODEL)
    return state.nlp


def _model_name(nlp: Any) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


router = APIRouter(prefix="/api", dependencies=[Depends(require_token)])


@router.post(
    "/ingest",
    summary="Code and store documents (needs the token)",
    response_model=IngestAnswer,
    responses={401: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
def ingest(request: Request, body: IngestRequest) -> dict[str, Any]:
    """Code the documents and store them, as ``accord ingest`` does with a JSONL file of the
    same fields: documents already stored with the same content are left as they are, a
    changed one replaces its reports, and a document that cannot be coded is listed in
    ``errors`` while the others are stored."""
    seen: set[str] = set()
    for number, document in enumerate(body.documents):
        if document.id in seen:
            raise ApiError(
                Errors.E080.format(
                    where=f"body field 'documents.{number}.id'",
                    reason=f"document id {document.id!r} is given twice",
                )
            )
        seen.add(document.id)
    nlp = _pipeline(request)
    errors: list[dict[str, str]] = []
    stores = request.app.state.stores
    with tempfile.TemporaryDirectory(prefix="accord-ingest-") as folder:
        path = Path(folder) / "documents.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for document in body.documents:
                fields = document.model_dump(exclude_none=True)
                handle.write(json.dumps(fields, ensure_ascii=False) + "\n")
        with stores.write_lock:
            store = stores.get()
            ingest_id = store.begin_ingest(
                [f"POST /api/ingest ({len(body.documents)} documents)"],
                versions=pipeline_versions(nlp),
                model=_model_name(nlp),
            )
            report = IngestReport(ingest_id)

            def failed(error: DocumentError) -> None:
                report.fail()
                errors.append({"doc_id": error.doc_id, "message": error.message})

            status = "interrupted"
            try:
                documents = read_documents([path], on_error=failed)
                ingest_documents(store, nlp, documents, report=report, on_error=failed)
                status = "complete"
            finally:
                store.end_ingest(ingest_id, status, report.unlogged())
            counts = store.counts()
    return {
        "ingest_id": ingest_id,
        "documents_read": report.documents_read,
        "documents_new": report.documents_new,
        "documents_replaced": report.documents_replaced,
        "documents_unchanged": report.documents_unchanged,
        "documents_failed": report.documents_failed,
        "reports_added": report.mentions_added,
        "errors": errors,
        "store": {
            "documents": counts["documents"],
            "reports": counts["mentions"],
            "events": counts["events"],
        },
    }

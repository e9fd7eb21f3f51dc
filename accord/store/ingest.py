"""Ingest: read documents, code the ones not stored yet, store them in batches.

Documents stream through in batches of ``commit_every``: memory stays flat however large the
input, and each batch is one transaction. A document already stored with the same content is
not coded again, so running an interrupted ingest again only codes what is missing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..documents import Document, read_documents
from ..errors import DocumentError
from ..pipeline import DEFAULT_MODEL

if TYPE_CHECKING:
    from spacy.language import Language

    from .store import Store, WriteResult

#: documents per transaction
COMMIT_EVERY = 256


@dataclass
class IngestReport:
    """What an ingest run did (the same counts as its ledger entry)."""

    ingest_id: int
    documents_read: int = 0
    documents_new: int = 0
    documents_replaced: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    mentions_added: int = 0
    batches: int = 0
    # counts made outside `Store.write` (skipped before coding, failed), and how much of
    # them the ledger has
    _outside: dict[str, int] = field(default_factory=dict, repr=False)
    _logged: dict[str, int] = field(default_factory=dict, repr=False)

    def add(self, result: WriteResult) -> None:
        self.documents_new += result.new
        self.documents_replaced += result.replaced
        self.documents_unchanged += result.unchanged
        self.documents_read += result.new + result.replaced + result.unchanged
        self.mentions_added += result.mentions
        self.batches += 1

    def skip(self, count: int) -> None:
        """Documents found stored and unchanged before coding."""
        self.documents_unchanged += count
        self.documents_read += count
        for key in ("documents_unchanged", "documents_read"):
            self._outside[key] = self._outside.get(key, 0) + count

    def fail(self) -> None:
        self.documents_failed += 1
        self._outside["documents_failed"] = self._outside.get("documents_failed", 0) + 1

    def unlogged(self) -> dict[str, int]:
        """The counts made outside `Store.write` that the ledger lacks; marks them logged."""
        delta = {k: v - self._logged.get(k, 0) for k, v in self._outside.items()}
        self._logged = dict(self._outside)
        return {k: v for k, v in delta.items() if v}


def pipeline_versions(nlp: Language) -> dict[str, str]:
    """The accord, knowledge-base and ontology versions the pipeline codes with."""
    try:
        return dict(nlp.get_pipe("accord_events").coder.versions)
    except (KeyError, AttributeError):
        from .._version import __version__

        return {"accord": __version__}


def _model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def ingest(
    store: Store,
    inputs: Sequence[str | os.PathLike[str]],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    kb_extra: Sequence[str] = (),
    patterns_extra: Sequence[str] = (),
    default_date: dt.date | None = None,
    max_chars: int = 1_000_000,
    batch_size: int = 32,
    commit_every: int = COMMIT_EVERY,
    processes: int = 1,
    on_error: Callable[[DocumentError], None] | None = None,
    on_commit: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Code the documents in `inputs` (files, folders, ``-``) and store them.

    `nlp` is a pipeline from `accord.load` (built from `model`, `kb_extra` and
    `patterns_extra` when None). With `processes` above 1, that many worker processes code
    the documents, each loading its own pipeline from `model`, `kb_extra` and
    `patterns_extra` (0: one per CPU). A bad document goes to `on_error` (raised when None)
    and the run goes on; `on_commit` hears after every batch stored.
    """
    if nlp is None:
        from ..pipeline import load

        nlp = load(model or DEFAULT_MODEL, kb_extra=kb_extra, patterns_extra=patterns_extra)
    ingest_id = store.begin_ingest(
        [str(name) for name in inputs], versions=pipeline_versions(nlp), model=_model_name(nlp)
    )
    report = IngestReport(ingest_id)

    def failed(error: DocumentError) -> None:
        report.fail()
        if on_error is None:
            raise error
        on_error(error)

    documents = read_documents(
        inputs, default_date=default_date, max_chars=max_chars, on_error=failed
    )
    status = "interrupted"
    try:
        ingest_documents(
            store,
            nlp,
            documents,
            report=report,
            batch_size=batch_size,
            commit_every=commit_every,
            processes=processes,
            load_kwargs={
                "model": model or DEFAULT_MODEL,
                "kb_extra": tuple(kb_extra),
                "patterns_extra": tuple(patterns_extra),
            },
            on_error=failed,
            on_commit=on_commit,
        )
        status = "complete"
    finally:
        store.end_ingest(ingest_id, status, report.unlogged())
    return report


def ingest_documents(
    store: Store,
    nlp: Language,
    documents: Iterable[Document],
    *,
    report: IngestReport,
    batch_size: int = 32,
    commit_every: int = COMMIT_EVERY,
    processes: int = 1,
    load_kwargs: Mapping[str, Any] | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    on_commit: Callable[[IngestReport], None] | None = None,
) -> None:
    """The coding loop: documents not stored yet are coded and written batch by batch.

    Coding is one stream (a pipeline keeps its batches full across store batches): through
    `code_documents` in this process, or `code_parallel` on `processes` workers, which load
    ``accord.load(**load_kwargs)`` each and give the documents back in input order.
    """
    from ..engines.local import code_parallel, resolve_processes
    from ..pipeline import code_documents

    fresh = _unstored(store, documents, commit_every, report)
    if resolve_processes(processes) > 1:
        coded = code_parallel(
            fresh,
            processes=processes,
            load_kwargs=load_kwargs,
            batch_size=batch_size,
            on_error=on_error,
        )
    else:
        coded = code_documents(nlp, fresh, batch_size=batch_size, on_error=on_error)
    for batch in _chunks(coded, commit_every):
        result = store.write(batch, ingest_id=report.ingest_id, ledger=report.unlogged())
        report.add(result)
        if on_commit is not None:
            on_commit(report)


def _unstored(
    store: Store, documents: Iterable[Document], size: int, report: IngestReport
) -> Iterator[Document]:
    """The documents that are not in the store with the same content, checked a chunk at a
    time (one query per chunk)."""
    for chunk in _chunks(documents, size):
        known = store.stored_unchanged(chunk)
        if known:
            report.skip(sum(1 for document in chunk if document.id in known))
        yield from (document for document in chunk if document.id not in known)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

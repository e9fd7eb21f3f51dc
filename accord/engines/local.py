"""Code documents with several worker processes on one machine: streaming, in input order.

Each worker process loads the pipeline once and codes chunks of documents sent to it. The
parent reads the documents, keeps at most two chunks per worker in flight, and yields each
document with its events in input order, so memory stays flat whatever the corpus size and
two runs give the same output.

Why not spaCy's ``nlp.pipe(n_process=...)``: it sends every parsed Doc back to the parent
with ``Doc.to_bytes``, which serialises the ``Doc._`` extensions with msgpack, and msgpack
cannot carry accord's values (the publication date, `Event` objects): it fails with "can not
serialize 'datetime.date' object". It would also ship the whole parse back when only the
events are needed, and one failing document would take its whole batch. Here the workers send
back the events (small pickled dataclasses) and one message per failed document, which the
parent passes to `on_error` as it would for a document coded in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..documents import Document
from ..errors import DocumentError, Errors
from ..events import Event

__all__ = ["code_parallel", "resolve_processes"]

#: chunks in flight per worker: one being coded, one waiting, so a worker never idles
CHUNKS_PER_WORKER = 2

# What a worker returns for each document of a chunk: its events, or (doc_id, message).
_Outcome = list[Event] | tuple[str, str]


def resolve_processes(processes: int) -> int:
    """The number of worker processes to use: `processes`, or one per CPU when it is 0."""
    if processes < 0:
        raise ValueError(f"processes must be 0 (one per CPU) or more, not {processes}")
    return processes or os.cpu_count() or 1


def code_parallel(
    documents: Iterable[Document],
    *,
    processes: int = 2,
    load_kwargs: Mapping[str, Any] | None = None,
    batch_size: int = 32,
    chunk_size: int | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Each document with its events, in input order, coded by `processes` worker processes.

    Every worker calls ``accord.load(**load_kwargs)`` once (``model``, ``kb_extra``,
    ``patterns_extra``). Documents are read lazily and sent in chunks of `chunk_size`
    (default: `batch_size`). A document that fails is passed to `on_error` in this process
    (raised when it is None), in its place in the input order. With ``processes=1`` the
    documents are coded in this process; ``processes=0`` means one worker per CPU.

    >>> for document, events in code_parallel(read_documents(["news.jsonl"]), processes=2):
    ...     print(document.id, len(events))
    """
    processes = resolve_processes(processes)
    kwargs = dict(load_kwargs or {})
    if processes == 1:
        from ..pipeline import code_documents, load

        nlp = load(**kwargs)
        yield from code_documents(nlp, documents, batch_size=batch_size, on_error=on_error)
        return
    pool = _Pool(processes, kwargs, batch_size)
    window: deque[tuple[list[Document], Future[list[_Outcome]]]] = deque()
    try:
        for chunk in _chunks(documents, chunk_size or batch_size):
            window.append((chunk, pool.submit(chunk)))
            if len(window) >= CHUNKS_PER_WORKER * processes:
                yield from _deliver(pool, window, on_error)
        while window:
            yield from _deliver(pool, window, on_error)
    finally:
        pool.shutdown()


def _deliver(
    pool: _Pool,
    window: deque[tuple[list[Document], Future[list[_Outcome]]]],
    on_error: Callable[[DocumentError], None] | None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Wait for the oldest chunk in flight and yield its documents, in order."""
    chunk, future = window[0]
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        # A worker died (killed, out of memory, a crash in native code). Every chunk in
        # flight is lost with it: code this one document by document to find the culprit,
        # and send the others again to a fresh pool.
        pool.restart()
        outcomes = pool.isolate(chunk)
        for index in range(1, len(window)):
            waiting = window[index][0]
            window[index] = (waiting, pool.submit(waiting))
    window.popleft()
    for document, outcome in zip(chunk, outcomes, strict=True):
        if isinstance(outcome, tuple):
            failure = DocumentError(*outcome)
            if on_error is None:
                raise failure
            on_error(failure)
        else:
            yield document, outcome


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool whose workers each hold a loaded pipeline; restartable after a crash."""

    def __init__(self, processes: int, load_kwargs: dict[str, Any], batch_size: int) -> None:
        self.processes = processes
        self.load_kwargs = load_kwargs
        self.batch_size = batch_size
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.load_kwargs,),
        )

    def submit(self, chunk: list[Document]) -> Future[list[_Outcome]]:
        try:
            return self.executor.submit(_code_chunk, chunk, self.batch_size)
        except BrokenProcessPool as err:
            # a worker died before this chunk was sent: the chunk fails in its place, as
            # those in flight do, and `_deliver` sends it again to a fresh pool
            failed: Future[list[_Outcome]] = Future()
            failed.set_exception(err)
            return failed

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def isolate(self, chunk: list[Document]) -> list[_Outcome]:
        """Code a chunk one document at a time; a document that kills its worker fails alone."""
        outcomes: list[_Outcome] = []
        for document in chunk:
            try:
                outcomes.extend(self.submit([document]).result())
            except BrokenProcessPool:
                self.restart()
                outcomes.append((document.id, Errors.E030))
        return outcomes

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: from a fork server that has imported spaCy and accord, or spawned.

    Not a plain fork of this process: a forked child inherits the locks of the parent's
    threads (tqdm's monitor, pyarrow's pools) in whatever state they were. The fork server is
    a fresh single-threaded process; with spaCy and accord imported there once, a worker
    starts in the time it takes to load the pipeline, not to import spaCy again (about 2 s).
    Where there is no fork server (Windows), workers are spawned.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["accord.pipeline"])
    return context


# --------------------------------------------------------------------------- in the workers

_NLP: Any = None
_LOAD_ERROR: BaseException | None = None


def _init_worker(load_kwargs: dict[str, Any]) -> None:
    global _NLP, _LOAD_ERROR
    # Ctrl-C reaches the whole process group: the parent decides, workers carry on
    # until it shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    from ..pipeline import load

    try:
        _NLP = load(**load_kwargs)
    except Exception as err:  # noqa: BLE001  (raised in the parent with the first chunk)
        _LOAD_ERROR = err


def _exit_with_parent() -> None:
    # A parent killed with SIGKILL cannot shut its pool down; without this its workers would
    # wait for work forever. The sentinel tells when the process that asked for this worker
    # is gone (with a fork server, os.getppid() is the server, not that process).
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def _code_chunk(chunk: list[Document], batch_size: int) -> list[_Outcome]:
    if _LOAD_ERROR is not None:
        raise _LOAD_ERROR
    try:
        return _outcomes(chunk, batch_size)
    except Exception:  # noqa: BLE001  (outside code_documents' own guard: one at a time)
        outcomes: list[_Outcome] = []
        for document in chunk:
            try:
                outcomes.extend(_outcomes([document], 1))
            except Exception as err:  # noqa: BLE001
                outcomes.append((document.id, Errors.E024.format(reason=err)))
        return outcomes


def _outcomes(chunk: list[Document], batch_size: int) -> list[_Outcome]:
    from ..pipeline import code_documents

    errors: list[DocumentError] = []
    coded = {
        id(document): events
        for document, events in code_documents(
            _NLP, chunk, batch_size=batch_size, on_error=errors.append
        )
    }
    # code_documents reports failures in input order: pair them with the documents it
    # did not yield. (DocumentError does not pickle, so the message travels as a tuple.)
    failures = iter(errors)
    outcomes: list[_Outcome] = []
    for document in chunk:
        if id(document) in coded:
            outcomes.append(coded[id(document)])
        else:
            error = next(failures, None)
            message = error.message if error else Errors.E024.format(reason="no result")
            outcomes.append((document.id, message))
    return outcomes

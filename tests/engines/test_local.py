"""The local engine: worker processes give the in-process events, in input order, streaming."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import time

import pytest
from click.testing import CliRunner

import accord
from accord.cli import cli
from accord.documents import Document, read_documents
from accord.engines.local import CHUNKS_PER_WORKER, code_parallel, resolve_processes
from accord.errors import AccordError
from accord.pipeline import code_documents


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


def as_documents(records: list[dict]) -> list[Document]:
    return [Document(r["id"], r["text"], dt.date.fromisoformat(r["date"])) for r in records]


def coded(pairs) -> list[tuple[str, list[str]]]:
    return [(document.id, [event.to_json() for event in events]) for document, events in pairs]


def test_workers_code_as_one_process_does_in_input_order(nlp, news_feed):
    documents = as_documents(news_feed(30))
    alone = coded(code_documents(nlp, documents))
    # chunks of 2 documents: 15 chunks through 2 workers, results arrive out of order
    parallel = coded(code_parallel(documents, processes=2, chunk_size=2))
    assert parallel == alone
    assert sum(len(events) for _, events in alone) > 30


def test_a_failing_document_is_reported_in_its_place_and_the_batch_goes_on(news_feed):
    documents = as_documents(news_feed(9))
    # a date that is not a date breaks the dates stage for this document only
    broken = Document("broken", "Russian troops attacked Ukraine on Thursday.", "2022-02-24")
    documents.insert(4, broken)
    seen: list[str] = []
    messages: list[str] = []

    def on_error(error):
        seen.append(f"error:{error.doc_id}")
        messages.append(error.message)

    for document, _events in code_parallel(documents, processes=2, chunk_size=3, on_error=on_error):
        seen.append(document.id)
    assert seen == [d.id if d is not broken else "error:broken" for d in documents]
    assert messages[0].startswith("[E024]")


def test_documents_are_read_as_they_are_coded_not_all_at_once(news_feed):
    records = news_feed(120)
    pulled = 0

    def feed():
        nonlocal pulled
        for document in as_documents(records):
            pulled += 1
            yield document

    results = code_parallel(feed(), processes=2, chunk_size=4)
    next(results)
    # the chunks in flight and the one being filled, not the 120 documents
    assert pulled <= (CHUNKS_PER_WORKER * 2 + 1) * 4
    assert sum(1 for _ in results) == 119
    assert pulled == 120


def test_a_worker_killed_mid_run_loses_no_document(nlp, news_feed):
    documents = as_documents(news_feed(24))
    alone = coded(code_documents(nlp, documents))
    errors = []
    results = code_parallel(documents, processes=2, chunk_size=2, on_error=errors.append)
    first = next(results)
    workers = multiprocessing.active_children()
    assert workers
    os.kill(workers[0].pid, signal.SIGKILL)
    assert coded([first, *results]) == alone
    assert errors == []


def test_a_worker_killed_while_input_is_still_read_loses_no_document(nlp, news_feed):
    # the pool breaks before the next chunks are sent: they are sent again, not lost
    documents = as_documents(news_feed(24))
    alone = coded(code_documents(nlp, documents))

    def reading():
        for index, document in enumerate(documents):
            if index == 12:
                workers = multiprocessing.active_children()
                assert workers
                os.kill(workers[0].pid, signal.SIGKILL)
                time.sleep(1)  # (the pool sees its worker gone before the next chunk)
            yield document

    errors = []
    results = code_parallel(reading(), processes=2, chunk_size=2, on_error=errors.append)
    assert coded(results) == alone
    assert errors == []


def test_processes_zero_means_one_per_cpu():
    assert resolve_processes(0) == (os.cpu_count() or 1)
    assert resolve_processes(3) == 3
    with pytest.raises(ValueError):
        resolve_processes(-1)


def test_cli_output_is_the_same_with_two_processes(tmp_path, news_jsonl):
    runner = CliRunner()
    one = runner.invoke(cli, ["code", str(news_jsonl), "-o", str(tmp_path / "one.jsonl")])
    two = runner.invoke(
        cli, ["code", str(news_jsonl), "--processes", "2", "-o", str(tmp_path / "two.jsonl")]
    )
    # the impossible date is reported by both, and the exit status says so
    assert one.exit_code == two.exit_code == 1
    assert "[E003]" in one.output and "[E003]" in two.output
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len((tmp_path / "one.jsonl").read_text().splitlines()) > 20
    assert len(list(read_documents([news_jsonl], on_error=lambda e: None))) == 23


def test_a_model_the_workers_cannot_load_is_raised_here(news_feed):
    documents = as_documents(news_feed(3))
    with pytest.raises(AccordError, match=r"\[E020\].*no_such_model"):
        list(code_parallel(documents, processes=2, load_kwargs={"model": "no_such_model"}))

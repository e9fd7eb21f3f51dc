"""Ingest with the real pipeline: what is stored, idempotence, replacement, bad documents,
streaming, and merged events traced to their sentences."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from accord.documents import Document
from accord.errors import DocumentError
from accord.events import is_reported
from accord.pipeline import code_documents
from accord.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.duckdb") as opened:
        yield opened


def test_ingest_stores_documents_every_report_and_a_ledger_entry(store, nlp, news_file):
    report = store.ingest([news_file], nlp=nlp)
    assert (report.documents_new, report.documents_failed) == (9, 0)
    counts = store.counts()
    assert counts["documents"] == 9
    # every event the coder returns is kept, the denial and the bare statement included
    modalities = dict(
        store.con.execute("SELECT modality, count(*) FROM mentions GROUP BY 1").fetchall()
    )
    assert modalities == {"asserted": 8, "denied": 1, "intended": 2, "hypothetical": 1}
    assert counts["mentions"] == report.mentions_added == 12
    ledger = store.ledger().iloc[0]
    assert ledger.status == "complete"
    assert (ledger.documents_new, ledger.mentions_added) == (9, 12)
    assert json.loads(ledger.inputs) == [str(news_file)]
    versions = nlp.get_pipe("accord_events").coder.versions
    assert (ledger.accord_version, ledger.kb_version, ledger.ontology_version) == (
        versions["accord"],
        versions["kb"],
        versions["ontology"],
    )


def test_stored_reports_are_the_coded_records(store, nlp, news_file):
    store.ingest([news_file], nlp=nlp)
    from accord.documents import read_documents

    coded = [e for _, events in code_documents(nlp, read_documents([news_file])) for e in events]
    stored = store.sql("SELECT * FROM mentions").set_index("event_id")
    assert set(stored.index) == {e.event_id for e in coded}
    for event in coded:
        row = stored.loc[event.event_id]
        for key, value in event.to_row().items():
            if key == "event_id":
                continue
            if key == "pub_date":
                assert row[key].date().isoformat() == value
            elif value is None:
                assert row[key] is None or row[key] != row[key]  # None or NaN
            else:
                assert row[key] == value, key


def test_ingesting_the_same_documents_again_changes_nothing(store, nlp, news_file, snap):
    store.ingest([news_file], nlp=nlp)
    before = snap(store)
    again = store.ingest([news_file], nlp=nlp)
    assert (again.documents_unchanged, again.documents_new, again.mentions_added) == (9, 0, 0)
    assert snap(store) == before
    second = store.ledger().iloc[0]
    assert (second.documents_unchanged, second.documents_read) == (9, 9)


def test_a_changed_document_replaces_its_reports(store, nlp, news_file, news_writer, tmp_path):
    store.ingest([news_file], nlp=nlp)
    edited = news_writer(
        tmp_path / "edited.jsonl",
        [("sanctions", "2022-02-23", "AFP", None, "The European Union condemned Russia.")],
    )
    report = store.ingest([edited], nlp=nlp)
    assert report.documents_replaced == 1
    codes = store.con.execute("SELECT cameo FROM mentions WHERE doc_id = 'sanctions'").fetchall()
    assert codes == [("111",)]
    # the sanctions event is gone with its only report
    assert store.con.execute("SELECT count(*) FROM events WHERE cameo = '163'").fetchall() == [(0,)]


def test_reports_of_one_attack_in_two_documents_are_one_event(store, nlp, news_file):
    store.ingest([news_file], nlp=nlp)
    attack = store.sql(
        "SELECT * FROM events WHERE cameo = '180' AND source_code = 'RUSMIL' AND reported"
    )
    assert len(attack) == 1
    row = attack.iloc[0]
    assert (row.num_mentions, row.num_documents, row.num_sources) == (2, 2, 2)
    assert row.event_date.date() == dt.date(2022, 2, 24)
    assert (row.first_seen.date(), row.last_seen.date()) == (
        dt.date(2022, 2, 24),
        dt.date(2022, 2, 25),
    )
    assert row.url == "https://example.org/kyiv-1"
    linked = store.sql(
        "SELECT doc_id, evidence_sentence FROM linked_mentions WHERE merged_id = ? ORDER BY 1",
        [row.merged_id],
    )
    assert list(linked.doc_id) == ["kyiv-1", "kyiv-2"]
    # the denial of an attack is not the attack: its own, non-reported event
    denial = store.sql("SELECT * FROM events WHERE NOT reported AND cameo = '180'")
    assert list(denial.modality) == ["denied"]


def test_a_bad_document_is_reported_and_the_batch_goes_on(store, nlp, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok", "date": "2022-02-24", "text": "Russian troops attacked Ukraine."}\n'
        '{"id": "empty", "date": "2022-02-24", "text": ""}\n'
        "{broken json\n"
        '{"id": "ok2", "date": "2022-02-24", "text": "Putin visited India on Dec 6."}\n',
        encoding="utf-8",
    )
    errors: list[DocumentError] = []
    report = store.ingest([path], nlp=nlp, on_error=errors.append)
    assert len(errors) == 2
    assert any(error.doc_id == "empty" and "[E001]" in error.message for error in errors)
    assert report.documents_failed == 2
    assert sorted(r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()) == [
        "ok",
        "ok2",
    ]
    assert store.ledger().iloc[0].documents_failed == 2


def test_documents_stream_through_in_batches(store, nlp):
    pulled = []

    def documents():
        for number in range(12):
            pulled.append(number)
            yield Document(f"doc-{number}", "Putin visited India.", dt.date(2021, 12, 6))

    seen_at_commit = []
    from accord.store.ingest import IngestReport, ingest_documents

    report = IngestReport(store.begin_ingest(["generated"]))
    ingest_documents(
        store,
        nlp,
        documents(),
        report=report,
        batch_size=2,
        commit_every=3,
        on_commit=lambda r: seen_at_commit.append((len(pulled), r.documents_read)),
    )
    # the first batch is stored long before the last document is read
    assert seen_at_commit[0][1] == 3 and seen_at_commit[0][0] < 12
    assert report.batches == 4 and store.counts()["documents"] == 12


def test_reported_in_sql_agrees_with_is_reported(store, nlp, news_file):
    store.ingest([news_file], nlp=nlp)
    from accord.documents import read_documents

    coded = [e for _, events in code_documents(nlp, read_documents([news_file])) for e in events]
    flags = dict(store.con.execute("SELECT event_id, reported FROM mentions").fetchall())
    assert {e.event_id: is_reported(e) for e in coded} == flags
    assert set(flags.values()) == {True, False}


def test_ingest_on_two_processes_stores_what_one_process_stores(nlp, news_file, tmp_path, snap):
    with Store(tmp_path / "one.duckdb") as one:
        one.ingest([news_file], nlp=nlp)
        expected = snap(one)
    with Store(tmp_path / "two.duckdb") as two:
        report = two.ingest([news_file], nlp=nlp, processes=2)
        assert (report.documents_new, report.documents_failed) == (9, 0)
        assert snap(two) == expected

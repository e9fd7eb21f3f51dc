"""Opening a store: new, old (migrated), newer, and files that are not a store or cannot be
used. A file accord cannot use is reported with a coded error and never replaced."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import duckdb
import pytest

from accord.documents import Document
from accord.errors import AccordError
from accord.events import Actor, Event, Evidence
from accord.store import SCHEMA_VERSION, Store
from accord.store import schema as store_schema
from accord.store.rows import document_table, mention_table


def attack(doc_id: str, day: str, sentence: int = 0, modality: str = "asserted") -> Event:
    return Event(
        doc_id=doc_id,
        sentence_index=sentence,
        source=Actor("Russian troops", "RUSMIL", "RUS", ("MIL",)),
        target=Actor("Ukraine", "UKR", "UKR"),
        cameo="190",
        cameo_root="19",
        cameo_name="Use conventional military force",
        quad_class=4,
        goldstein=-10.0,
        plover_type="ASSAULT",
        plover_mode=None,
        modality=modality,
        date=day,
        date_precision="day",
        pub_date=day,
        evidence=Evidence("Russian troops attacked Ukraine.", "attacked", (15, 23), "190:test"),
        confidence=0.7,
    )


def test_a_new_store_has_every_table_at_the_current_version(tmp_path):
    with Store(tmp_path / "new.duckdb") as store:
        assert store.schema_version == SCHEMA_VERSION
        tables = set(store_schema.table_names(store.con))
        assert {
            "documents",
            "mentions",
            "events",
            "event_days",
            "linked_mentions",
            "ledger",
            "settings",
            "schema_version",
        } <= tables
        assert store.window_days == 1


def test_an_old_store_is_migrated_and_its_reports_merged(tmp_path):
    path = tmp_path / "old.duckdb"
    # a store as accord wrote it at schema version 1: reports, no merged events
    con = duckdb.connect(str(path))
    store_schema.migrate(con, 0, 1)
    documents = document_table(
        [
            Document("a", "Russian troops attacked Ukraine.", dt.date(2022, 2, 24), source="AP"),
            Document("b", "Russian troops attacked Ukraine.", dt.date(2022, 2, 25), source="AFP"),
            Document("c", "Russia did not attack Ukraine.", dt.date(2022, 2, 25), source="AP"),
        ]
    )
    mentions = mention_table(
        [
            attack("a", "2022-02-24"),
            attack("b", "2022-02-25"),
            attack("c", "2022-02-25", modality="denied"),
        ]
    )
    con.register("old_documents", documents)
    con.register("old_mentions", mentions)
    con.execute("INSERT INTO documents BY NAME SELECT *, 1 AS n_mentions FROM old_documents")
    con.execute(
        f"""INSERT INTO mentions BY NAME
        SELECT *, {store_schema.EVENT_DATE_SQL} AS event_date
        FROM (SELECT * REPLACE (CAST(pub_date AS DATE) AS pub_date) FROM old_mentions)"""
    )
    con.close()

    with Store(path) as store:
        assert store.schema_version == 2
        versions = store.con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        assert versions == [(1,), (2,)]
        flags = dict(store.con.execute("SELECT doc_id, reported FROM mentions").fetchall())
        assert flags == {"a": True, "b": True, "c": False}
        merged = store.sql("SELECT * FROM events ORDER BY reported DESC")
        assert list(merged.num_mentions) == [2, 1]  # the two reports a day apart, the denial
        assert list(merged.num_sources) == [2, 1]


def test_a_store_from_a_newer_accord_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO schema_version VALUES (?, 'accord', '9.0', now()::TIMESTAMP)",
        [SCHEMA_VERSION + 1],
    )
    con.close()
    with pytest.raises(AccordError, match=r"\[E053\].*newer than this accord reads"):
        Store(path)


def unchanged_after(path, opening) -> None:
    """`opening` raises, and the file's bytes are as they were."""
    before = path.read_bytes()
    opening()
    assert path.read_bytes() == before


@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_that_is_not_a_database_is_not_replaced(tmp_path, read_only):
    path = tmp_path / "accord.duckdb"
    path.write_text("doc_id,text\n1,Russian troops attacked Ukraine.\n", encoding="utf-8")

    def opening():
        with pytest.raises(AccordError, match=r"\[E050\].*not a DuckDB database"):
            Store(path, read_only=read_only)

    unchanged_after(path, opening)


def test_an_empty_file_is_not_replaced(tmp_path):
    path = tmp_path / "accord.duckdb"
    path.touch()

    def opening():
        with pytest.raises(AccordError, match=r"\[E050\]"):
            Store(path)

    unchanged_after(path, opening)


def test_a_database_of_another_application_is_not_changed(tmp_path):
    path = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE orders (id INTEGER, item VARCHAR)")
    con.execute("INSERT INTO orders VALUES (1, 'tea')")
    con.close()

    def opening():
        with pytest.raises(AccordError, match=r"\[E052\].*not an accord store \(tables: orders\)"):
            Store(path)

    unchanged_after(path, opening)


@pytest.mark.parametrize(("offset", "code"), [(0, "E050"), (4096, "E055")])
def test_a_damaged_store_is_reported_and_left_as_it_is(tmp_path, offset, code):
    path = tmp_path / "good.duckdb"
    with Store(path) as store:
        store.write([(Document("a", "text", dt.date(2022, 2, 24)), [attack("a", "2022-02-24")])])
    damaged = tmp_path / "damaged.duckdb"
    shutil.copy(path, damaged)
    with damaged.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xaa" * 512)

    def opening():
        with pytest.raises(AccordError, match=rf"\[{code}\]"):
            Store(damaged)

    unchanged_after(damaged, opening)


def test_a_store_in_use_by_another_process_is_reported(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
         "time.sleep(60)", str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        for read_only in (False, True):
            with pytest.raises(AccordError, match=r"\[E051\].*in use by another process"):
                Store(path, read_only=read_only)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    Store(path, read_only=True).close()  # free again once the other process is gone


def test_reading_a_missing_store_creates_nothing(tmp_path):
    path = tmp_path / "missing.duckdb"
    with pytest.raises(AccordError, match=r"\[E054\].*accord ingest"):
        Store(path, read_only=True)
    assert not path.exists()


def test_a_directory_is_not_a_store(tmp_path):
    with pytest.raises(AccordError, match=r"\[E050\].*directory"):
        Store(tmp_path)

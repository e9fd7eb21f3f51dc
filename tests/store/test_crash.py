"""An ingest killed with SIGKILL mid-run leaves a consistent store, and running it again
completes it: the same tables as an ingest that was never interrupted, no duplicates."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest

from accord.store import Store
from accord.store.merge import merge

DOCUMENTS = 80
COMMIT_EVERY = 4
KILL_AFTER = 3  # batches committed


@pytest.fixture
def corpus(tmp_path, news_rows, news_writer):
    """80 documents: the test corpus's sentences on successive days (three a day), so that
    some reports merge and most do not."""
    first = dt.date(2022, 1, 1)
    rows = []
    for number in range(DOCUMENTS):
        _, _, publisher, url, text = news_rows[number % len(news_rows)]
        day = (first + dt.timedelta(days=number // 3)).isoformat()
        rows.append((f"n{number:03d}", day, publisher, url and f"{url}/{number}", text))
    return news_writer(tmp_path / "many.jsonl", rows)


def kill_mid_ingest(corpus, db) -> None:
    """Run `accord ingest` in a child process and SIGKILL it after a few committed batches."""
    child = subprocess.Popen(
        [sys.executable, "-m", "accord.cli", "ingest", str(corpus), "--db", str(db),
         "--commit-every", str(COMMIT_EVERY), "--batch-size", str(COMMIT_EVERY), "-v"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    committed = 0
    lines = []
    for line in child.stderr:
        lines.append(line)
        committed += "committed" in line
        if committed == KILL_AFTER:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, "".join(lines)


def assert_consistent(store: Store) -> None:
    con = store.con
    # every report belongs to a stored document, which counts it
    assert con.execute(
        "SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
    ).fetchall() == [(0,)]
    assert con.execute(
        """SELECT count(*) FROM documents d
        WHERE n_mentions <> (SELECT count(*) FROM mentions m WHERE m.doc_id = d.doc_id)"""
    ).fetchall() == [(0,)]
    assert con.execute("SELECT count(*) - count(DISTINCT event_id) FROM mentions").fetchall() == [
        (0,)
    ]
    # the merged events are exactly what merging the stored reports gives
    con.execute("CREATE OR REPLACE TEMP TABLE check_days AS SELECT * FROM event_days LIMIT 0")
    con.execute("CREATE OR REPLACE TEMP TABLE check_events AS SELECT * FROM events LIMIT 0")
    merge(con, store.window_days, tables=("temp.check_days", "temp.check_events"))
    for a, b in (("events", "temp.check_events"), ("temp.check_events", "events")):
        difference = (
            f"SELECT * EXCLUDE (added_at) FROM {a} EXCEPT SELECT * EXCLUDE (added_at) FROM {b}"
        )
        assert con.execute(f"SELECT count(*) FROM ({difference})").fetchall() == [(0,)]
    assert con.execute(
        "SELECT count(*) FROM linked_mentions WHERE merged_id IS NULL"
    ).fetchall() == [(0,)]


def test_killed_ingest_is_consistent_and_completes_when_run_again(tmp_path, corpus, nlp, snap):
    killed = tmp_path / "killed.duckdb"
    kill_mid_ingest(corpus, killed)

    with Store(killed) as store:
        stored = store.counts()["documents"]
        assert KILL_AFTER * COMMIT_EVERY <= stored < DOCUMENTS  # stopped midway
        assert_consistent(store)
        assert list(store.ledger().status) == ["running"]  # the killed run, as it was left
        report = store.ingest([corpus], nlp=nlp, commit_every=COMMIT_EVERY)
        assert report.documents_unchanged == stored
        assert report.documents_new == DOCUMENTS - stored
        assert_consistent(store)
        resumed = snap(store)

    with Store(tmp_path / "straight.duckdb") as straight:
        straight.ingest([corpus], nlp=nlp, commit_every=COMMIT_EVERY)
        assert snap(straight) == resumed

"""The store's tables, and the migrations that build them, one numbered step at a time.

A new store is built by running every migration from the first, so the path an old store
takes to the current schema is the path every store takes: there is no second definition
of the tables to drift from the first.

Tables (schema version 2):

``documents``
    one row per stored document: ``doc_id``, ``content_hash`` (of the text, date, title, url
    and source: an identical document is recognised and skipped), ``pub_date``, ``title``,
    ``url``, ``source`` (the publisher), ``origin`` (the input it came from), ``n_chars``,
    ``n_mentions``, and the ``ingest_id`` of the ledger entry that stored it.
``mentions``
    one row per coded report, keyed by ``event_id``: every column of `Event.to_row` (evidence
    included), plus ``location_precision``, ``event_date`` (the report's date as a DATE: the
    first day of its month or year when that is all the text gives, else the publication
    date), ``reported`` (`accord.events.is_reported`) and ``merge_key`` (what merging groups
    on: source code, target code, CAMEO code and ``reported``).
``event_days``
    which merged event each (``merge_key``, day) belongs to.
``events``
    the merged events: reports of one act within the merge window, with ``num_mentions``,
    ``num_documents``, ``num_sources``, ``first_seen`` and ``last_seen``.
``linked_mentions`` (view)
    ``mentions`` with the ``merged_id`` of their event.
``ledger``
    one row per ingest run: when, which inputs, the accord, knowledge-base and ontology
    versions, and the counts.
``settings``
    ``merge_window_days``.
``schema_version``
    one row per migration applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb

from .._version import __version__

#: the schema this accord writes; older stores are migrated on opening
SCHEMA_VERSION = 2
#: written in ``schema_version.application``: tells an accord store from another DuckDB file
APPLICATION = "accord"
DEFAULT_WINDOW_DAYS = 1

#: SQL form of `accord.events.is_reported` (a test checks the two agree on real events)
REPORTED_SQL = "(modality IN ('asserted', 'intended') AND cameo <> '010')"
#: what merging groups on ("RUSMIL|UKR|190|r"); a code never holds "|"
MERGE_KEY_SQL = (
    "concat_ws('|', source_code, coalesce(target_code, ''), cameo, "
    "CASE WHEN reported THEN 'r' ELSE 'n' END)"
)
#: a record's date string ("2021-12-06", "2021-12", "2021") as a DATE, else its pub_date
EVENT_DATE_SQL = (
    "coalesce(CASE length(date) WHEN 10 THEN try_cast(date AS DATE) "
    "WHEN 7 THEN try_cast(date || '-01' AS DATE) "
    "WHEN 4 THEN try_cast(date || '-01-01' AS DATE) END, pub_date)"
)

_ACTOR_COLUMNS = """
    {role}_text VARCHAR, {role}_name VARCHAR, {role}_code VARCHAR, {role}_country VARCHAR,
    {role}_sectors VARCHAR, {role}_kb_id VARCHAR"""

_V1 = [
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL, application VARCHAR NOT NULL, accord_version VARCHAR,
        migrated_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, pub_date DATE,
        title VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR, n_chars INTEGER,
        n_mentions INTEGER, ingest_id INTEGER, ingested_at TIMESTAMP)""",
    f"""CREATE TABLE mentions (
        event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence_index INTEGER,
        date VARCHAR, date_precision VARCHAR, pub_date DATE,
        {_ACTOR_COLUMNS.format(role="source")},
        {_ACTOR_COLUMNS.format(role="target")},
        cameo VARCHAR NOT NULL, cameo_root VARCHAR, cameo_name VARCHAR, quad_class TINYINT,
        goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, modality VARCHAR,
        location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
        location_lon DOUBLE, location_precision VARCHAR, evidence_sentence VARCHAR,
        evidence_trigger VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
        evidence_rule VARCHAR, confidence DOUBLE, versions VARCHAR, event_date DATE,
        ingest_id INTEGER)""",
    """CREATE TABLE ledger (
        ingest_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
        status VARCHAR NOT NULL, inputs VARCHAR, accord_version VARCHAR, kb_version VARCHAR,
        ontology_version VARCHAR, model VARCHAR, documents_read INTEGER DEFAULT 0,
        documents_new INTEGER DEFAULT 0, documents_replaced INTEGER DEFAULT 0,
        documents_unchanged INTEGER DEFAULT 0, documents_failed INTEGER DEFAULT 0,
        mentions_added INTEGER DEFAULT 0)""",
]

_EVENTS_COLUMNS = f"""
    merged_id VARCHAR NOT NULL, merge_key VARCHAR NOT NULL, reported BOOLEAN,
    event_date DATE, end_date DATE, first_seen DATE, last_seen DATE,
    {_ACTOR_COLUMNS.format(role="source")},
    {_ACTOR_COLUMNS.format(role="target")},
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, quad_class TINYINT,
    goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, modality VARCHAR,
    date_precision VARCHAR, location_name VARCHAR, location_country VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_precision VARCHAR,
    num_mentions INTEGER, num_documents INTEGER, num_sources INTEGER, confidence DOUBLE,
    doc_id VARCHAR, sentence_index INTEGER, evidence_sentence VARCHAR, url VARCHAR,
    added_at TIMESTAMP"""

#: the merged-event columns, in order (the ``events`` table and its per-window copies)
EVENTS_DDL = _EVENTS_COLUMNS

_LINKED_VIEW = """CREATE OR REPLACE VIEW linked_mentions AS
    SELECT m.*, d.merged_id FROM mentions m LEFT JOIN event_days d
    ON m.merge_key = d.merge_key AND m.event_date IS NOT DISTINCT FROM d.day"""


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    """Documents, reports and the ledger."""
    for statement in _V1:
        con.execute(statement)


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    """Merged events: reports of one act become one event, every report linked to it."""
    from .merge import rebuild

    con.execute("ALTER TABLE mentions ADD COLUMN reported BOOLEAN")
    con.execute("ALTER TABLE mentions ADD COLUMN merge_key VARCHAR")
    con.execute(f"UPDATE mentions SET reported = {REPORTED_SQL}")
    con.execute(f"UPDATE mentions SET merge_key = {MERGE_KEY_SQL}")
    con.execute("CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute("INSERT INTO settings VALUES ('merge_window_days', ?)", [str(DEFAULT_WINDOW_DAYS)])
    con.execute(
        "CREATE TABLE event_days (merge_key VARCHAR NOT NULL, day DATE, merged_id VARCHAR NOT NULL)"
    )
    con.execute(f"CREATE TABLE events ({_EVENTS_COLUMNS})")
    con.execute(_LINKED_VIEW)
    rebuild(con, DEFAULT_WINDOW_DAYS)


def utcnow() -> dt.datetime:
    """Now in UTC, naive (DuckDB's TIMESTAMP holds no time zone)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


#: version -> the step that brings a store from the version before it
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1, 2: _v2}


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The store's schema version; None when the file is not an accord store (or is empty)."""
    rows = con.execute(
        "SELECT max(version) FROM schema_version WHERE application = ?", [APPLICATION]
    ).fetchall()
    return rows[0][0] if rows else None


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables and views of the main schema, sorted."""
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY 1"
    ).fetchall()
    return [row[0] for row in rows]


def migrate(
    con: duckdb.DuckDBPyConnection, from_version: int, to_version: int = SCHEMA_VERSION
) -> None:
    """Run the migrations after `from_version` up to `to_version`, each in one transaction.

    A step that fails is rolled back whole: the store stays at the last version completed.
    """
    for version in range(from_version + 1, to_version + 1):
        con.begin()
        try:
            MIGRATIONS[version](con)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?, ?)",
                [version, APPLICATION, __version__, utcnow()],
            )
        except BaseException:
            con.rollback()
            raise
        con.commit()

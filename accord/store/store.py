"""`Store`: the DuckDB file that holds documents, reports, merged events and the ledger.

>>> with Store("accord.duckdb") as store:          # created on first use
...     report = store.ingest(["news/"])             # code and store; again: nothing changes
...     store.counts()                                # documents, mentions, events

Every write goes through `write`: one batch, one transaction (documents, reports, the
re-merged events and the ledger's counts), so a process killed at any point leaves a store
whose tables agree, and running the ingest again completes it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..documents import Document
from ..errors import AccordError, Errors
from ..events import Event
from . import schema
from .merge import STORED, merge, rebuild
from .rows import DOCUMENT_SCHEMA, MENTION_SCHEMA, batch_tables, content_hash

if TYPE_CHECKING:
    from .ingest import IngestReport

#: the store a command uses when no --db is given, in the working directory
DEFAULT_DB = "accord.duckdb"

_LEDGER_COUNTS = (
    "documents_read",
    "documents_new",
    "documents_replaced",
    "documents_unchanged",
    "documents_failed",
    "mentions_added",
)


@dataclass(frozen=True)
class WriteResult:
    """What one batch changed."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions: int = 0


def _classify(error: duckdb.Error, path: str) -> AccordError:
    """A coded error for a DuckDB failure on opening or reading a store."""
    message = str(error)
    reason = message.split("\n")[0].strip()
    if "Could not set lock" in message or "Conflicting lock" in message:
        return AccordError(Errors.E051.format(path=path, reason=reason))
    if "not a valid DuckDB database" in message:
        return AccordError(Errors.E050.format(path=path, reason=reason))
    return AccordError(Errors.E055.format(path=path, reason=reason))


def is_damage(error: duckdb.Error) -> bool:
    """Whether a DuckDB error says the file is damaged (not a mistake in a query)."""
    message = str(error)
    return any(
        marker in message
        for marker in ("Corrupt database", "checksum", "Could not read enough bytes", "IO Error")
    )


class Store:
    """An accord store: a DuckDB file (or ``":memory:"``).

    Opening checks what the file is and never replaces it: a file that is not a DuckDB
    database, a DuckDB database of another application, a store from a newer accord, a file
    locked by another process, or a damaged file each raise an `AccordError` with a code
    that says what to do. A store from an older accord is migrated (`schema.migrate`).

    ``read_only=True`` opens for queries and exports: a missing file is then an error, not
    a new store, and several readers may share the file.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self._merged_windows: set[int] = set()
        if self.path != ":memory:" and Path(self.path).is_dir():
            raise AccordError(Errors.E050.format(path=self.path, reason="it is a directory"))
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise AccordError(Errors.E054.format(path=self.path))
        self.con = self._connect(read_only)
        try:
            self._check_schema()
        except BaseException:
            self.con.close()
            raise

    # ------------------------------------------------------------------ opening
    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise _classify(err, self.path) from err

    def _check_schema(self) -> None:
        try:
            tables = schema.table_names(self.con)
            if not tables:
                if self.read_only:
                    raise AccordError(Errors.E054.format(path=self.path))
                self._migrate(0)
                return
            found = schema.current_version(self.con) if "schema_version" in tables else None
        except duckdb.Error as err:
            raise _classify(err, self.path) from err
        if found is None:
            shown = ", ".join(tables[:8]) + (", ..." if len(tables) > 8 else "")
            raise AccordError(Errors.E052.format(path=self.path, tables=shown))
        if found > schema.SCHEMA_VERSION:
            raise AccordError(
                Errors.E053.format(path=self.path, found=found, supported=schema.SCHEMA_VERSION)
            )
        if found < schema.SCHEMA_VERSION:
            if self.read_only:
                # migrate through a writable connection, then read as asked
                self.con.close()
                self.con = self._connect(False)
                self._migrate(found)
                self.con.close()
                self.con = self._connect(True)
            else:
                self._migrate(found)

    def _migrate(self, found: int) -> None:
        try:
            schema.migrate(self.con, found)
        except duckdb.Error as err:
            if is_damage(err):
                raise _classify(err, self.path) from err
            reached = schema.current_version(self.con) or 0
            raise AccordError(
                Errors.E056.format(
                    path=self.path, target=schema.SCHEMA_VERSION, found=reached, reason=err
                )
            ) from err

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.path!r}{' read-only' if self.read_only else ''}>"

    @property
    def schema_version(self) -> int:
        return schema.current_version(self.con) or 0

    @property
    def window_days(self) -> int:
        """The merge window of the ``events`` table, in days."""
        rows = self.con.execute(
            "SELECT value FROM settings WHERE key = 'merge_window_days'"
        ).fetchall()
        return int(rows[0][0]) if rows else schema.DEFAULT_WINDOW_DAYS

    def sql(
        self, query: str, params: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> pd.DataFrame:
        """Run a read query with bound parameters and return a DataFrame."""
        return self.con.execute(query, params or []).df()

    def counts(self) -> dict[str, int]:
        """Rows in documents, mentions and (merged) events."""
        row = self.con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM events)"
        ).fetchall()[0]
        return {"documents": row[0], "mentions": row[1], "events": row[2]}

    # ------------------------------------------------------------------ merging
    def set_window(self, window_days: int) -> None:
        """Merge every report again with a new window, and keep it for later batches."""
        window_days = check_window(window_days)
        if window_days == self.window_days:
            return
        self.con.begin()
        try:
            rebuild(self.con, window_days)
            self.con.execute(
                "UPDATE settings SET value = ? WHERE key = 'merge_window_days'", [str(window_days)]
            )
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    def merged_tables(self, window_days: int | None = None) -> tuple[str, str]:
        """(day map, events table) for a window: the stored tables for the store's own
        window, else temporary ones built now (and kept for this connection)."""
        if window_days is None or window_days == self.window_days:
            return STORED
        window_days = check_window(window_days)
        tables = (f"temp.event_days_w{window_days}", f"temp.events_w{window_days}")
        if window_days not in self._merged_windows:
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE event_days_w{window_days} AS "
                "SELECT * FROM event_days LIMIT 0"
            )
            self.con.execute(
                f"CREATE OR REPLACE TEMP TABLE events_w{window_days} AS "
                "SELECT * FROM events LIMIT 0"
            )
            merge(self.con, window_days, tables=tables)
            self._merged_windows.add(window_days)
        return tables

    def relations(self, window_days: int | None = None) -> tuple[str, str]:
        """(merged events, reports with their ``merged_id``) as SQL relations for a merge
        window; the stored ones for the store's own window."""
        days, events = self.merged_tables(window_days)
        if (days, events) == STORED:
            return events, "linked_mentions"
        linked = (
            f"(SELECT m.*, d.merged_id FROM mentions m JOIN {days} d "
            "ON m.merge_key = d.merge_key AND m.event_date IS NOT DISTINCT FROM d.day)"
        )
        return events, linked

    # ------------------------------------------------------------------ writing
    def stored_unchanged(self, documents: Sequence[Document]) -> set[str]:
        """Ids of the `documents` already stored with the same content."""
        if not documents:
            return set()
        probe = pa.table(
            {
                "doc_id": [d.id for d in documents],
                "content_hash": [content_hash(d) for d in documents],
            }
        )
        self.con.register("_accord_probe", probe)
        try:
            rows = self.con.execute(
                "SELECT doc_id FROM _accord_probe JOIN documents USING (doc_id, content_hash)"
            ).fetchall()
        finally:
            self.con.unregister("_accord_probe")
        return {row[0] for row in rows}

    def write(
        self,
        pairs: Iterable[tuple[Document, list[Event]]],
        *,
        ingest_id: int | None = None,
        ledger: Mapping[str, int] | None = None,
    ) -> WriteResult:
        """Store coded documents with their events, in one transaction.

        A document stored before with the same content is left as it is; one whose content
        changed is replaced, its old reports removed. `ledger` adds counts to the ingest
        entry `ingest_id` in the same transaction.
        """
        documents, mentions = batch_tables(pairs)
        return self.write_tables(documents, mentions, ingest_id=ingest_id, ledger=ledger)

    def write_tables(
        self,
        documents: pa.Table,
        mentions: pa.Table,
        *,
        ingest_id: int | None = None,
        ledger: Mapping[str, int] | None = None,
    ) -> WriteResult:
        """`write` for rows already in Arrow form (`rows.DOCUMENT_SCHEMA` and
        `rows.MENTION_SCHEMA` columns): the bulk path, for generated or converted data.

        Document ids must be unique in the batch; mentions of documents that are not in
        the batch are ignored.
        """
        documents = _conform(documents, DOCUMENT_SCHEMA)
        mentions = _conform(mentions, MENTION_SCHEMA)
        con = self.con
        con.register("_accord_docs", documents)
        con.register("_accord_new_mentions", mentions)
        con.begin()
        try:
            result = self._write_batch(ingest_id)
            counts = {
                "documents_read": result.new + result.replaced + result.unchanged,
                "documents_new": result.new,
                "documents_replaced": result.replaced,
                "documents_unchanged": result.unchanged,
                "mentions_added": result.mentions,
            }
            for key, value in (ledger or {}).items():
                counts[key] = counts.get(key, 0) + value
            if ingest_id is not None:
                self._add_to_ledger(ingest_id, counts)
        except BaseException:
            con.rollback()
            raise
        finally:
            con.unregister("_accord_docs")
            con.unregister("_accord_new_mentions")
        con.commit()
        return result

    def _write_batch(self, ingest_id: int | None) -> WriteResult:
        con = self.con
        con.execute(
            """CREATE OR REPLACE TEMP TABLE _accord_batch AS
            SELECT b.doc_id, b.content_hash, s.content_hash AS stored_hash
            FROM _accord_docs b LEFT JOIN documents s USING (doc_id)"""
        )
        new, replaced, unchanged = con.execute(
            """SELECT count(*) FILTER (WHERE stored_hash IS NULL),
                      count(*) FILTER (WHERE stored_hash <> content_hash),
                      count(*) FILTER (WHERE stored_hash = content_hash)
            FROM _accord_batch"""
        ).fetchall()[0]
        con.execute(
            """CREATE OR REPLACE TEMP TABLE _accord_write AS
            SELECT doc_id FROM _accord_batch
            WHERE stored_hash IS NULL OR stored_hash <> content_hash"""
        )
        # groups to merge again: those the replaced reports were in, and the new ones
        con.execute(
            """CREATE OR REPLACE TEMP TABLE _accord_keys AS
            SELECT DISTINCT merge_key FROM mentions
            WHERE doc_id IN (SELECT doc_id FROM _accord_write)"""
        )
        if replaced:
            con.execute("DELETE FROM mentions WHERE doc_id IN (SELECT doc_id FROM _accord_write)")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _accord_write)")
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE _accord_mentions AS
            WITH dated AS (
                SELECT * REPLACE (CAST(pub_date AS DATE) AS pub_date)
                FROM _accord_new_mentions
                WHERE doc_id IN (SELECT doc_id FROM _accord_write)
                QUALIFY row_number() OVER (PARTITION BY event_id) = 1
            ), flagged AS (
                SELECT *, {schema.EVENT_DATE_SQL} AS event_date,
                       {schema.REPORTED_SQL} AS reported, ?::INTEGER AS ingest_id
                FROM dated
            )
            SELECT *, {schema.MERGE_KEY_SQL} AS merge_key FROM flagged""",
            [ingest_id],
        )
        added = con.execute("SELECT count(*) FROM _accord_mentions").fetchall()[0][0]
        con.execute("INSERT INTO mentions BY NAME SELECT * FROM _accord_mentions")
        con.execute("INSERT INTO _accord_keys SELECT DISTINCT merge_key FROM _accord_mentions")
        con.execute(
            """INSERT INTO documents BY NAME
            SELECT d.* EXCLUDE (pub_date), CAST(d.pub_date AS DATE) AS pub_date,
                   coalesce(n.n, 0) AS n_mentions, ?::INTEGER AS ingest_id,
                   ?::TIMESTAMP AS ingested_at
            FROM _accord_docs d
            LEFT JOIN (SELECT doc_id, count(*) AS n FROM _accord_mentions GROUP BY doc_id) n
                USING (doc_id)
            WHERE d.doc_id IN (SELECT doc_id FROM _accord_write)""",
            [ingest_id, schema.utcnow()],
        )
        merge(self.con, self.window_days, keys="_accord_keys")
        self._merged_windows.clear()  # per-window copies are stale now
        return WriteResult(new=new, replaced=replaced, unchanged=unchanged, mentions=added)

    # ------------------------------------------------------------------ the ledger
    def begin_ingest(
        self,
        inputs: Sequence[str],
        *,
        versions: Mapping[str, str] | None = None,
        model: str | None = None,
    ) -> int:
        """A new ledger entry, status ``running``; returns its id."""
        versions = versions or {}
        self.con.begin()
        try:
            ingest_id = self.con.execute(
                "SELECT coalesce(max(ingest_id), 0) + 1 FROM ledger"
            ).fetchall()[0][0]
            self.con.execute(
                """INSERT INTO ledger (ingest_id, started_at, status, inputs, accord_version,
                    kb_version, ontology_version, model)
                VALUES (?, ?, 'running', ?, ?, ?, ?, ?)""",
                [
                    ingest_id,
                    schema.utcnow(),
                    json.dumps(list(inputs), ensure_ascii=False),
                    versions.get("accord"),
                    versions.get("kb"),
                    versions.get("ontology"),
                    model,
                ],
            )
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()
        return ingest_id

    def end_ingest(
        self, ingest_id: int, status: str = "complete", counts: Mapping[str, int] | None = None
    ) -> None:
        """Close a ledger entry (``complete`` or ``interrupted``), adding the last counts."""
        self.con.begin()
        try:
            if counts:
                self._add_to_ledger(ingest_id, counts)
            self.con.execute(
                "UPDATE ledger SET status = ?, finished_at = ? WHERE ingest_id = ?",
                [status, schema.utcnow(), ingest_id],
            )
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()

    def _add_to_ledger(self, ingest_id: int, counts: Mapping[str, int]) -> None:
        unknown = set(counts) - set(_LEDGER_COUNTS)
        if unknown:
            raise ValueError(f"not ledger counts: {sorted(unknown)}")
        if not counts:
            return
        # column names come from the fixed list above, never from the caller
        assignments = ", ".join(f"{key} = {key} + ?" for key in counts)
        self.con.execute(
            f"UPDATE ledger SET {assignments} WHERE ingest_id = ?",
            [*counts.values(), ingest_id],
        )

    def ledger(self) -> pd.DataFrame:
        """Every ingest run, newest first."""
        return self.sql("SELECT * FROM ledger ORDER BY ingest_id DESC")

    # ------------------------------------------------------------------ ingest
    def ingest(self, inputs: Sequence[str], **options: Any) -> IngestReport:
        """Code the documents in `inputs` and store them; see `accord.store.ingest.ingest`."""
        from .ingest import ingest

        return ingest(self, inputs, **options)


def check_window(window_days: int) -> int:
    if not isinstance(window_days, int) or isinstance(window_days, bool) or window_days < 0:
        raise AccordError(
            Errors.E057.format(
                name="window", reason=f"{window_days!r} is not a number of days (0 or more)"
            )
        )
    return window_days


def _conform(table: pa.Table, target: pa.Schema) -> pa.Table:
    """`table` with the columns of `target`, in its order and types (missing ones null)."""
    columns = []
    for field in target:
        if field.name in table.column_names:
            column = table.column(field.name)
            if column.type != field.type:
                column = column.cast(field.type)
        else:
            column = pa.nulls(table.num_rows, field.type)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=target)

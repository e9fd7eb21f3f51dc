"""Coded documents as Arrow tables, the form in which rows go into the store.

DuckDB takes an Arrow table in one scan; row-by-row inserts are a hundred times slower. A
batch of ``(Document, events)`` pairs becomes two tables: documents and mentions (the flat
row of `Event.to_row`, plus the location's precision).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import pyarrow as pa

from ..documents import Document
from ..events import ROW_COLUMNS, Event

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("pub_date", pa.date32()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("origin", pa.string()),
        ("n_chars", pa.int32()),
    ]
)

_ROW_TYPES = {
    "sentence_index": pa.int32(),
    "quad_class": pa.int8(),
    "goldstein": pa.float64(),
    "location_lat": pa.float64(),
    "location_lon": pa.float64(),
    "evidence_start": pa.int32(),
    "evidence_end": pa.int32(),
    "confidence": pa.float64(),
}
MENTION_COLUMNS: tuple[str, ...] = (*ROW_COLUMNS, "location_precision")
MENTION_SCHEMA = pa.schema([(name, _ROW_TYPES.get(name, pa.string())) for name in MENTION_COLUMNS])


def content_hash(document: Document) -> str:
    """What identifies a document's content: the same text, date and metadata give the
    same hash, so ingesting it again changes nothing."""
    parts = [
        document.text,
        document.date.isoformat() if document.date else "",
        document.title or "",
        document.url or "",
        document.source or "",
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def document_table(documents: Sequence[Document]) -> pa.Table:
    return pa.Table.from_pydict(
        {
            "doc_id": [d.id for d in documents],
            "content_hash": [content_hash(d) for d in documents],
            "pub_date": [d.date for d in documents],
            "title": [d.title for d in documents],
            "url": [d.url for d in documents],
            "source": [d.source for d in documents],
            "origin": [d.origin for d in documents],
            "n_chars": [len(d.text) for d in documents],
        },
        schema=DOCUMENT_SCHEMA,
    )


def mention_rows(events: Iterable[Event]) -> list[dict]:
    rows = []
    for event in events:
        row = event.to_row()
        row["location_precision"] = (event.location or {}).get("precision")
        rows.append(row)
    return rows


def mention_table(events: Iterable[Event]) -> pa.Table:
    return pa.Table.from_pylist(mention_rows(events), schema=MENTION_SCHEMA)


def batch_tables(pairs: Iterable[tuple[Document, list[Event]]]) -> tuple[pa.Table, pa.Table]:
    """Documents and mentions of a batch. A document id given twice keeps its last
    version, as if the two had been ingested one after the other."""
    latest: dict[str, tuple[Document, list[Event]]] = {}
    for document, events in pairs:
        latest.pop(document.id, None)  # re-insert: the last version keeps its place
        latest[document.id] = (document, events)
    documents = [document for document, _ in latest.values()]
    events = [event for _, doc_events in latest.values() for event in doc_events]
    return document_table(documents), mention_table(events)

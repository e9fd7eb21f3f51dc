"""The DuckDB store: documents, reports (mentions), merged events and the ingest ledger.

`Store` opens (or creates) the file; `Store.ingest` codes and stores documents; exports
are in `accord.store.export`, queries in `accord.analysis`.
"""

from __future__ import annotations

from .ingest import IngestReport, ingest
from .schema import SCHEMA_VERSION
from .store import DEFAULT_DB, Store, WriteResult

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "IngestReport", "Store", "WriteResult", "ingest"]

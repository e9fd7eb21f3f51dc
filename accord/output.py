"""Event sinks: JSON lines, CSV and Parquet, written as events stream in.

JSON lines keep the nested record of ARCHITECTURE.md; CSV and Parquet take the flat row
form (`Event.to_row`), one column per field, in a fixed order.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Protocol

from .errors import AccordError, Errors
from .events import ROW_COLUMNS, Event

FORMATS = ("jsonl", "csv", "parquet")


class EventWriter(Protocol):
    def write(self, events: Iterable[Event]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            self.stream.write(event.to_json() + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=ROW_COLUMNS)
        self.writer.writeheader()

    def write(self, events: Iterable[Event]) -> None:
        self.writer.writerows(event.to_row() for event in events)
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class ParquetWriter:
    """Buffers rows and writes a row group every `row_group_size` events."""

    def __init__(self, path: Path, row_group_size: int = 10_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = pa.schema([(name, ROW_TYPES.get(name, pa.string())) for name in ROW_COLUMNS])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict] = []
        self.row_group_size = row_group_size

    def write(self, events: Iterable[Event]) -> None:
        self.rows.extend(event.to_row() for event in events)
        if len(self.rows) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self._pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _row_types() -> dict:
    import pyarrow as pa

    return {
        "sentence_index": pa.int32(),
        "quad_class": pa.int8(),
        "goldstein": pa.float32(),
        "location_lat": pa.float64(),
        "location_lon": pa.float64(),
        "evidence_start": pa.int64(),
        "evidence_end": pa.int64(),
        "confidence": pa.float32(),
    }


ROW_TYPES = _row_types()


def open_writer(fmt: str, output: str | None) -> tuple[EventWriter, IO[str] | None]:
    """A writer for `fmt` on the file `output` (standard output when None or "-")."""
    if fmt not in FORMATS:
        raise AccordError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output in (None, "-"):
            raise AccordError(Errors.E023)
        return ParquetWriter(Path(output)), None
    stream: IO[str]
    if output in (None, "-"):
        stream = sys.stdout
        handle = None
    else:
        stream = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        handle = stream
    writer: EventWriter = JsonlWriter(stream) if fmt == "jsonl" else CsvWriter(stream)
    return writer, handle

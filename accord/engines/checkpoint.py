"""Resumable file output: a run that is killed continues where it stopped when started again.

Next to the output ``out.jsonl`` a progress file ``out.jsonl.accord-progress`` records the run:
a first line with the settings that shape the output, then one line per coded document, its
key (a hash of id, date and text) and the output's size in bytes once its events were
written. Each document's events are flushed to the output before its line is written, so the
progress file never runs ahead of the output.

Started again with the same output, accord reads the progress file, cuts the output back to
the last recorded size (dropping a partial last line, or events of a document whose progress
line was not written), skips the documents already coded and appends the rest. The result is
byte for byte the output of an uninterrupted run. A run that completes removes its progress
file; a later run with the same output starts over, as it always did.

Only JSON lines and CSV files resume. Standard output cannot be taken back, and a Parquet file
is unreadable until its footer is written at the end, so those start over.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from .._version import __version__
from ..documents import Document
from ..errors import AccordError, Errors
from ..events import ROW_COLUMNS
from ..output import CsvWriter, EventWriter, JsonlWriter

__all__ = ["PROGRESS_SUFFIX", "RESUMABLE_FORMATS", "ResumableOutput", "document_key"]

PROGRESS_SUFFIX = ".accord-progress"
RESUMABLE_FORMATS = ("jsonl", "csv")
_FORMAT_VERSION = 1


def document_key(document: Document) -> str:
    """What identifies a document across runs: its id, date and text."""
    digest = hashlib.sha1()
    for part in (document.id, document.date.isoformat() if document.date else "", document.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:20]


def file_digest(path: str | os.PathLike[str]) -> str:
    """A short hash of a file's content, so a changed --kb-extra file is noticed."""
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()[:12]


class ResumableOutput:
    """A JSONL or CSV event file that remembers which documents it holds.

    >>> out = ResumableOutput.open("events.jsonl", "jsonl", settings)
    >>> for document, events in coder(out.pending(documents)):
    ...     out.writer.write(events)
    ...     out.done(document)
    >>> out.finish()          # complete: the progress file goes
    """

    def __init__(
        self,
        path: Path,
        handle: IO[str],
        writer: EventWriter,
        progress: IO[str],
        skip: Counter[str],
    ) -> None:
        self.path = path
        self.writer = writer
        self._handle = handle
        self._progress = progress
        self._skip = skip
        #: how many documents an interrupted run had already coded
        self.resumed = sum(skip.values())

    @property
    def progress_path(self) -> Path:
        return progress_path(self.path)

    @classmethod
    def open(
        cls,
        output: str | os.PathLike[str],
        fmt: str,
        settings: Mapping[str, Any],
        *,
        resume: bool = True,
    ) -> ResumableOutput:
        """Open `output` for writing `fmt`, resuming an interrupted run when there is one.

        `settings` are what shapes the output (options, model, data versions): a run is only
        resumed with the same settings, else `AccordError` ([E031]) says what changed.
        """
        if fmt not in RESUMABLE_FORMATS:
            raise ValueError(f"only {', '.join(RESUMABLE_FORMATS)} output can resume, not {fmt}")
        path = Path(output)
        header = {"accord_progress": _FORMAT_VERSION, "format": fmt, "settings": dict(settings)}
        header = json.loads(json.dumps(header, default=str))  # as it reads back from the file
        state = _read_progress(progress_path(path)) if resume and path.exists() else None
        if state is None:
            return cls._start(path, fmt, header)
        old_header, offset, done = state
        if {k: v for k, v in old_header.items() if k != "start"} != header:
            raise AccordError(Errors.E031.format(path=path, changed=_changed(old_header, header)))
        _check_output(path, offset)
        # Cut the output back to what the progress file vouches for, and the progress file
        # back to its complete lines; then append to both.
        with open(path, "r+b") as raw:
            raw.truncate(offset)
        _rewrite_progress(progress_path(path), old_header, done)
        handle = open(path, "a", encoding="utf-8", newline="")  # noqa: SIM115
        progress = open(progress_path(path), "a", encoding="utf-8")  # noqa: SIM115
        writer = JsonlWriter(handle) if fmt == "jsonl" else _AppendingCsvWriter(handle)
        return cls(path, handle, writer, progress, Counter(key for key, _ in done))

    @classmethod
    def _start(cls, path: Path, fmt: str, header: dict[str, Any]) -> ResumableOutput:
        handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        writer: EventWriter = JsonlWriter(handle) if fmt == "jsonl" else CsvWriter(handle)
        handle.flush()  # the CSV header
        header["start"] = handle.tell()
        progress = open(progress_path(path), "w", encoding="utf-8")  # noqa: SIM115
        progress.write(json.dumps(header) + "\n")
        progress.flush()
        return cls(path, handle, writer, progress, Counter())

    def pending(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents an interrupted run had not coded yet, in input order."""
        for document in documents:
            key = document_key(document)
            if self._skip[key] > 0:  # a document given twice was coded twice: count them
                self._skip[key] -= 1
                continue
            yield document

    def done(self, document: Document) -> None:
        """Record that `document`'s events are in the output (call after writing them)."""
        self._handle.flush()
        self._progress.write(f"{document_key(document)} {self._handle.tell()}\n")
        self._progress.flush()

    def finish(self) -> None:
        """The run is complete: close the output and remove the progress file."""
        self.close()
        progress_path(self.path).unlink(missing_ok=True)

    def close(self) -> None:
        """Close the files and keep the progress file: the run can be resumed."""
        self.writer.close()
        self._handle.close()
        self._progress.close()


def progress_path(output: Path) -> Path:
    return output.with_name(output.name + PROGRESS_SUFFIX)


def run_settings(
    *, files: Mapping[str, Iterable[str]] | None = None, **options: Any
) -> dict[str, Any]:
    """What must not change between an interrupted run and its resumption.

    `options` are the command's options that shape the output; `files` the user's data files
    (their content is hashed, so an edited file is noticed). The versions of accord and of its
    knowledge base and patterns are added.
    """
    from importlib.resources import files as package_files

    settings: dict[str, Any] = {"accord": __version__}
    for package in ("accord.kb", "accord.ontology"):
        version = package_files(package).joinpath("data", "VERSION")
        settings[package.split(".")[1]] = version.read_text(encoding="utf-8").strip()
    settings.update(options)
    settings.update(
        {name: [file_digest(path) for path in paths] for name, paths in (files or {}).items()}
    )
    return settings


class _AppendingCsvWriter(CsvWriter):
    """A CSV writer that continues a file: its header is already there."""

    def __init__(self, stream: IO[str]) -> None:
        # CsvWriter writes the header when it opens: write it into a scratch buffer instead.
        super().__init__(io.StringIO())
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=ROW_COLUMNS)


def _read_progress(path: Path) -> tuple[dict[str, Any], int, list[tuple[str, int]]] | None:
    """(header, output size to resume at, documents done), or None without a usable file."""
    if not path.exists():
        return None
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    # the text after the last newline is a line cut short by the kill: ignore it
    complete = lines[:-1]
    try:
        header = json.loads(complete[0]) if complete else None
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("accord_progress") != _FORMAT_VERSION:
        return None
    done: list[tuple[str, int]] = []
    for line in complete[1:]:
        key, _, size = line.partition(" ")
        if not size.isdigit():
            break
        done.append((key, int(size)))
    offset = done[-1][1] if done else int(header.get("start", 0))
    return header, offset, done


def _rewrite_progress(path: Path, header: dict[str, Any], done: list[tuple[str, int]]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(header) + "\n")
        handle.writelines(f"{key} {size}\n" for key, size in done)
    os.replace(temporary, path)  # a kill now leaves the old file or the new one, whole


def _check_output(path: Path, offset: int) -> None:
    """The output must still hold what the progress file recorded, ending with a full line."""
    size = path.stat().st_size
    ends_a_line = True
    if offset > 0 and size >= offset:
        with open(path, "rb") as raw:
            raw.seek(offset - 1)
            ends_a_line = raw.read(1) == b"\n"
    if size < offset or not ends_a_line:
        raise AccordError(Errors.E032.format(path=path, progress=progress_path(path)))


def _changed(old: dict[str, Any], new: dict[str, Any]) -> str:
    before = {"format": old.get("format"), **old.get("settings", {})}
    after = {"format": new.get("format"), **new.get("settings", {})}
    keys = sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    return ", ".join(f"{key}: {before.get(key)!r} then {after.get(key)!r}" for key in keys)

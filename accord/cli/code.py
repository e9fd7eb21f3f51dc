"""``accord code``: documents in, events out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..errors import AccordError
from ._common import PROGRESS_BYTES, Reporter, convention_option, pipeline_options


def _input_bytes(inputs: tuple[str, ...]) -> float:
    total = 0.0
    for name in inputs:
        if name == "-":
            return float("inf")
        path = Path(name)
        if path.is_dir():
            return float("inf")
        if path.is_file():
            total += path.stat().st_size
    return total


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, help="Output file (default: standard output).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--all",
    "keep_all",
    is_flag=True,
    help="Keep every event: denied, hypothetical, and bare statements (010).",
)
@convention_option
@pipeline_options
def code_command(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    keep_all: bool,
    convention: str,
    default_date: dt.date | None,
    model: str | None,
    kb_extra: tuple[str, ...],
    patterns_extra: tuple[str, ...],
    max_chars: int,
    batch_size: int,
) -> None:
    """Code news documents into events.

    INPUTS are text, JSONL, CSV, HTML or RSS files, folders (read recursively), or - for
    standard input. Events go to standard output as JSON lines unless -o is given.
    """
    from ..documents import read_documents
    from ..events import is_reported, plover_layout
    from ..output import open_writer
    from ..pipeline import DEFAULT_MODEL, code_documents, load

    reporter = Reporter()
    try:
        nlp = load(model or DEFAULT_MODEL, kb_extra=kb_extra, patterns_extra=patterns_extra)
        writer, handle = open_writer(fmt, output)
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    documents = read_documents(
        inputs, default_date=default_date, max_chars=max_chars, on_error=reporter
    )
    progress = None
    if sys.stderr.isatty() and _input_bytes(inputs) > PROGRESS_BYTES:
        from tqdm import tqdm

        progress = tqdm(unit=" docs", file=sys.stderr, desc="coding")
    try:
        for _document, events in code_documents(
            nlp, documents, batch_size=batch_size, on_error=reporter
        ):
            kept = [e for e in events if keep_all or is_reported(e)]
            writer.write(plover_layout(kept) if convention == "plover" else kept)
            if progress is not None:
                progress.update(1)
    finally:
        writer.close()
        if handle is not None:
            handle.close()
        if progress is not None:
            progress.close()
    if reporter.failed:
        click.echo(f"accord: {reporter.failed} document(s) failed, see above", err=True)
        sys.exit(1)

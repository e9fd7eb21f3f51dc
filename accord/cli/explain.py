"""``accord explain``: why each event was coded the way it was."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from ._common import Reporter, load_pipeline, pipeline_options

#: the order an explanation is told in
PARTS = ("trigger", "code", "source", "target", "modality", "date")


@click.command("explain")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--event",
    "event_ids",
    multiple=True,
    help="Explain only this event id (as in `accord code` output); repeatable.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
@pipeline_options
def explain_command(
    inputs: tuple[str, ...],
    event_ids: tuple[str, ...],
    as_json: bool,
    default_date: dt.date | None,
    model: str | None,
    kb_extra: tuple[str, ...],
    patterns_extra: tuple[str, ...],
    max_chars: int,
    batch_size: int,
) -> None:
    """Code INPUTS and tell, for every event, the sentence, the trigger and the pattern that
    fired, and how the actors, the modality and the date were decided.

    Every event is explained, including those `accord code` leaves out by default (denied,
    hypothetical, bare statements): the explanation says why.

    \b
    accord explain examples/moscow-talks.txt
    accord explain news.jsonl --event 3f2a9c0d1e4b5a67
    """
    from ..documents import read_documents
    from ..events import is_reported
    from ..pipeline import code_documents

    reporter = Reporter()
    nlp = load_pipeline(model, kb_extra, patterns_extra)
    documents = read_documents(
        inputs, default_date=default_date, max_chars=max_chars, on_error=reporter
    )
    wanted = set(event_ids)
    found: set[str] = set()
    for _document, events in code_documents(
        nlp, documents, batch_size=batch_size, on_error=reporter
    ):
        for event in events:
            if wanted and event.event_id not in wanted:
                continue
            found.add(event.event_id)
            reported = is_reported(event)
            if as_json:
                out = {
                    "event_id": event.event_id,
                    "doc_id": event.doc_id,
                    "reported": reported,
                    "sentence": event.evidence.sentence,
                    **event.evidence.explain,
                }
                click.echo(json.dumps(out, ensure_ascii=False))
                continue
            target = event.target.code if event.target else "-"
            click.echo(
                f"event {event.event_id} in {event.doc_id}: {event.source.code} {event.cameo} "
                f"{target}  ({event.cameo_name}; {event.date}, {event.date_precision})"
                + ("" if reported else "  [left out by default]")
            )
            click.echo(f"  sentence  {event.evidence.sentence}")
            for part in PARTS:
                if part in event.evidence.explain:
                    click.echo(f"  {part:9} {event.evidence.explain[part]}")
            click.echo("")
    missing = wanted - found
    for event_id in sorted(missing):
        click.echo(f"accord: no event {event_id} in the input", err=True)
    if missing:
        sys.exit(1)
    reporter.exit_if_failed()

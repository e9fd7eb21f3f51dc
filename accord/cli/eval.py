"""``accord eval``: code documents and score the events against gold events."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import click

from ..events import CONVENTIONS
from ._common import Reporter, load_pipeline, pipeline_options

#: documents longer than this are not quoted whole in the error list
QUOTE_CHARS = 400


@click.command("eval")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold events, JSON lines (doc_id, source, target, cameo and/or plover, date).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--errors", "show_errors", is_flag=True, help="List misses and false alarms.")
@click.option(
    "--all", "keep_all", is_flag=True, help="Score every event, as `accord code --all` writes."
)
@click.option(
    "--convention",
    type=click.Choice(["auto", *CONVENTIONS]),
    default="auto",
    show_default=True,
    help="How joint acts are laid out (see accord code --convention); auto: plover when the "
    "gold is coded in PLOVER only, else cameo.",
)
@pipeline_options
def eval_command(
    inputs: tuple[str, ...],
    gold: str,
    as_json: bool,
    show_errors: bool,
    keep_all: bool,
    convention: str,
    default_date: dt.date | None,
    model: str | None,
    kb_extra: tuple[str, ...],
    patterns_extra: tuple[str, ...],
    max_chars: int,
    batch_size: int,
) -> None:
    """Code INPUTS and score the events against the gold events in GOLD.

    Precision, recall and F1 at root, three-digit, PLOVER and dyad level, and date accuracy,
    with the definitions of the shared scorer (see accord.evaluate).

    \b
    accord eval --gold ../shared/eval/seed/gold.jsonl ../shared/eval/seed/00.txt
    accord eval --gold gold.jsonl input.jsonl --errors
    """
    from ..documents import read_documents
    from ..evaluate import describe, error_kinds, gold_convention, read_gold, score
    from ..events import is_reported, plover_layout
    from ..pipeline import code_documents

    reporter = Reporter()
    nlp = load_pipeline(model, kb_extra, patterns_extra)
    try:
        gold_events = read_gold(gold)
    except ValueError as err:
        raise click.ClickException(f"{gold}: {err}") from err
    if convention == "auto":
        convention = gold_convention(gold_events)
    documents = read_documents(
        inputs, default_date=default_date, max_chars=max_chars, on_error=reporter
    )
    predicted: dict[str, list[dict]] = {}
    texts: dict[str, str] = {}
    for document, events in code_documents(
        nlp, documents, batch_size=batch_size, on_error=reporter
    ):
        kept_events = [e for e in events if keep_all or is_reported(e)]
        if convention == "plover":
            kept_events = plover_layout(kept_events)
        kept = [e.to_dict() for e in kept_events]
        if kept:
            predicted[document.id] = kept
        if len(document.text) <= QUOTE_CHARS:
            texts[document.id] = document.text
    report = score(gold_events, predicted, texts)
    if as_json:
        out = report.to_dict()
        out["convention"] = convention
        if show_errors:
            out["error_kinds"] = dict(error_kinds(report.errors))
            out["errors"] = [
                {
                    "kind": case.kind,
                    "doc_id": case.doc_id,
                    "event": describe(case.event),
                    "reason": case.reason,
                    "sentence": case.sentence,
                }
                for case in report.errors
            ]
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        for line in report.lines():
            click.echo(line)
        click.echo(f"documents scored: {report.documents}; convention: {convention}")
        if show_errors:
            kinds = Counter(case.kind for case in report.errors)
            click.echo(
                f"\n{kinds['missed']} missed, {kinds['false alarm']} false alarm(s) "
                f"at the first level above, by kind:"
            )
            for name, count in error_kinds(report.errors):
                click.echo(f"  {count:4d}  {name}")
            for case in report.errors:
                click.echo(f"\n{case.kind}: {case.doc_id}: {describe(case.event)} ({case.reason})")
                if case.sentence:
                    click.echo(f"  {case.sentence.strip()}")
    reporter.exit_if_failed()

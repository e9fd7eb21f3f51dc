"""``accord kb``: inspect and check the knowledge base."""

from __future__ import annotations

import datetime as dt
import sys

import click

from ._common import kb_extra_option, load_pipeline, parse_date


@click.group("kb")
def kb_group() -> None:
    """Inspect and check the knowledge base: who is who on a given day."""


@kb_group.command("lookup")
@click.argument("phrase")
@click.option(
    "--date",
    "day",
    callback=parse_date,
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

    from ..kb.lookup import lookup_phrase

    day = day or dt.date.today()
    nlp = load_pipeline(model, kb_extra)
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
        if "members" in result:
            members = result["members"]
            click.echo(f"  {'members':8} {len(members)} on {day}: {', '.join(members)}")
    if result["code"] is None:
        sys.exit(1)


@kb_group.command("validate")
@kb_extra_option
def kb_validate(kb_extra: tuple[str, ...]) -> None:
    """Check the data: codes exist, terms do not overlap, no name means two things at once.

    With --kb-extra, your own files are read with the packaged data and checked with it.
    """
    from ..errors import AccordError
    from ..kb import load_kb
    from ..kb.loader import packaged_data_dir
    from ..kb.validate import validate_kb

    try:
        kb = load_kb(tuple(kb_extra))
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    problems = validate_kb(kb, packaged_data_dir())
    for problem in problems:
        click.echo(f"accord: kb: {problem}", err=True)
    people = {e.kb_id for entries in kb.by_phrase.values() for e in entries if e.kind == "person"}
    groups = {e.kb_id for entries in kb.by_phrase.values() for e in entries if e.kind == "group"}
    click.echo(
        f"knowledge base {kb.version}: {len(kb.countries)} countries, {len(people)} people, "
        f"{len(groups)} groups, {len(kb.by_phrase)} phrases; {len(problems)} problem(s)"
    )
    if problems:
        sys.exit(1)

"""``accord ingest``, ``accord query ...`` and ``accord export``: the store's commands.

Every command takes ``--db FILE`` (default ``accord.duckdb`` in the working directory).
``ingest`` writes; ``query`` and ``export`` open the store read-only.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from ..errors import AccordError
from ._common import (
    Reporter,
    load_pipeline,
    parse_date,
    pipeline_options,
    processes_option,
)

DB_HELP = "The store (a DuckDB file)."
#: columns the table format shows for events and reports (csv and json give every column)
EVENT_TABLE = (
    "merged_id",
    "event_date",
    "source_code",
    "cameo",
    "target_code",
    "quad_class",
    "goldstein",
    "num_mentions",
    "num_sources",
    "evidence_sentence",
)
MENTION_TABLE = (
    "event_id",
    "merged_id",
    "event_date",
    "source_code",
    "cameo",
    "target_code",
    "modality",
    "doc_id",
    "sentence_index",
    "evidence_sentence",
)


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    from ..store import DEFAULT_DB

    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(), help=DB_HELP
    )(command)


def merge_window_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--merge-window",
        type=click.IntRange(min=0),
        default=None,
        help="Read events merged with this window (days) instead of the store's own.",
    )(command)


def format_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json"]),
        default="table",
        show_default=True,
        help="table for reading, csv, or json (one object a line).",
    )(command)


def filter_options(*, actors: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The `EventFilter` fields as options (without the actor ones when `actors` is False)."""
    options = []
    if actors:
        options += [
            click.option("--actor", help="Either side: an actor code (RUSGOV) or a country."),
            click.option("--source", help="Source actor code or country."),
            click.option("--target", help="Target actor code or country."),
            click.option("--country", help="Either side's country (ISO3)."),
            click.option(
                "--dyad", nargs=2, default=None, help="Two actors or countries, either way."
            ),
            click.option("--directed", is_flag=True, help="--dyad in the order given only."),
        ]
    options += [
        click.option("--cameo", multiple=True, help="CAMEO code (repeat for several)."),
        click.option("--root", multiple=True, help="CAMEO root, 01-20 (repeat for several)."),
        click.option(
            "--quad", multiple=True, type=click.IntRange(1, 4), help="QuadClass 1-4 (repeat)."
        ),
        click.option("--start", callback=parse_date, help="First event date (YYYY-MM-DD)."),
        click.option("--end", callback=parse_date, help="Last event date (YYYY-MM-DD)."),
        click.option("--text", help="Words that must all be in the evidence sentence."),
        click.option("--located", is_flag=True, help="Only events with coordinates."),
        click.option(
            "--all",
            "include_all",
            is_flag=True,
            help="Also denied and hypothetical acts and bare statements (010).",
        ),
    ]

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def _filter(options: dict[str, Any]) -> Any:
    """An `EventFilter` from the filter options (removed from `options`)."""
    from ..analysis import EventFilter

    dyad = options.pop("dyad", None)
    return EventFilter(
        actor=options.pop("actor", None),
        source=options.pop("source", None),
        target=options.pop("target", None),
        country=options.pop("country", None),
        dyad=tuple(dyad) if dyad else None,
        directed=options.pop("directed", False),
        cameo=options.pop("cameo"),
        root=options.pop("root"),
        quad_class=options.pop("quad"),
        start=options.pop("start"),
        end=options.pop("end"),
        text=options.pop("text"),
        located=options.pop("located"),
        include_all=options.pop("include_all"),
    )


@contextmanager
def _open(db: str, *, read_only: bool) -> Iterator[Any]:
    """The store, with its errors (and DuckDB's damage reports) as coded messages."""
    import duckdb

    from ..store import Store
    from ..store.store import _classify, is_damage

    try:
        store = Store(db, read_only=read_only)
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    try:
        yield store
    except AccordError as err:
        raise click.ClickException(str(err)) from err
    except duckdb.Error as err:
        if is_damage(err):
            raise click.ClickException(str(_classify(err, db))) from err
        raise
    finally:
        store.close()


# ------------------------------------------------------------------------------ output


def _plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO dates, NaN as null, numpy numbers as numbers."""
    if value is None:
        return None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _readable(frame: Any) -> Any:
    """Dates without a time of day, timestamps to the second, for reading in a terminal."""
    import pandas as pd

    frame = frame.copy()
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_datetime64_any_dtype(column):
            midnight = (column.dropna() == column.dropna().dt.normalize()).all()
            frame[name] = column.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%d %H:%M:%S")
    return frame


def _emit(frame: Any, fmt: str, table_columns: tuple[str, ...] | None = None) -> None:
    if fmt == "json":
        for record in frame.to_dict(orient="records"):
            click.echo(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False))
    elif fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    else:
        shown = frame
        if table_columns:
            shown = frame[[c for c in table_columns if c in frame.columns]]
        if shown.empty:
            click.echo("(no rows)")
            return
        click.echo(_readable(shown).to_string(index=False, max_colwidth=60, na_rep=""))


# ------------------------------------------------------------------------------ ingest


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@pipeline_options
@click.option(
    "--commit-every",
    default=256,
    show_default=True,
    type=click.IntRange(min=1),
    help="Documents stored per transaction.",
)
@click.option(
    "--window",
    type=click.IntRange(min=0),
    default=None,
    help="Merge window in days (default: the store's, 1 for a new store); a new window "
    "merges every stored report again.",
)
@processes_option
@click.option("-v", "--verbose", is_flag=True, help="A line on standard error per batch stored.")
def ingest_command(
    inputs: tuple[str, ...],
    db: str,
    default_date: dt.date | None,
    model: str | None,
    kb_extra: tuple[str, ...],
    patterns_extra: tuple[str, ...],
    max_chars: int,
    batch_size: int,
    commit_every: int,
    window: int | None,
    processes: int,
    verbose: bool,
) -> None:
    """Code documents and store them, with merged events and a ledger entry.

    INPUTS are read as by accord code (text, JSONL, CSV, HTML, RSS, folders, -). Documents
    already stored with the same content are skipped, so running the same command again
    changes nothing, and an interrupted run completes where it stopped.
    """
    reporter = Reporter()
    nlp = load_pipeline(model, kb_extra, patterns_extra)
    progress = None
    if sys.stderr.isatty() and not verbose:
        from tqdm import tqdm

        progress = tqdm(unit=" docs", file=sys.stderr, desc="ingesting")

    def committed(report: Any) -> None:
        if verbose:
            click.echo(
                f"accord: batch {report.batches} committed: {report.documents_read} documents, "
                f"{report.mentions_added} reports so far",
                err=True,
            )
            sys.stderr.flush()
        if progress is not None:
            progress.n = report.documents_read
            progress.refresh()

    with _open(db, read_only=False) as store:
        if window is not None:
            store.set_window(window)
        try:
            report = store.ingest(
                inputs,
                nlp=nlp,
                model=model,
                kb_extra=kb_extra,
                patterns_extra=patterns_extra,
                processes=processes,
                default_date=default_date,
                max_chars=max_chars,
                batch_size=batch_size,
                commit_every=commit_every,
                on_error=reporter,
                on_commit=committed,
            )
        finally:
            if progress is not None:
                progress.close()
        counts = store.counts()
    click.echo(
        f"accord: {report.documents_read} documents ({report.documents_new} new, "
        f"{report.documents_replaced} replaced, {report.documents_unchanged} unchanged, "
        f"{report.documents_failed} failed), {report.mentions_added} reports added; "
        f"{db} holds {counts['documents']} documents, {counts['mentions']} reports, "
        f"{counts['events']} events",
        err=True,
    )
    reporter.exit_if_failed(summary=False)  # the line above counts the failed documents


# ------------------------------------------------------------------------------ query


@click.group("query")
def query_group() -> None:
    """Query a store: events, one event, series, partners, counts, network, alerts."""


@query_group.command("events")
@db_option
@filter_options()
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=0))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@click.option(
    "--order",
    type=click.Choice(["date", "-date", "mentions", "goldstein"]),
    default="date",
    show_default=True,
)
@click.option("--mentions", "raw", is_flag=True, help="Reports (the raw view), not events.")
@merge_window_option
@format_option
def query_events(
    db: str,
    limit: int,
    offset: int,
    order: str,
    raw: bool,
    merge_window: int | None,
    fmt: str,
    **options: Any,
) -> None:
    """Events matching the filters, a page at a time (the total goes to standard error)."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        query = analysis.mentions if raw else analysis.events
        if raw and order == "mentions":
            raise click.BadParameter("reports have no mentions count", param_hint="--order")
        page = query(
            store, filter, limit=limit, offset=offset, order=order, merge_window=merge_window
        )
    _emit(page.rows, fmt, MENTION_TABLE if raw else EVENT_TABLE)
    shown = len(page.rows)
    click.echo(
        f"accord: {shown} of {page.total} {'reports' if raw else 'events'}"
        + (f" from {offset + 1}" if shown else ""),
        err=True,
    )


@query_group.command("event")
@click.argument("merged_id")
@db_option
@merge_window_option
@format_option
def query_event(merged_id: str, db: str, merge_window: int | None, fmt: str) -> None:
    """One merged event and the reports behind it, with their evidence."""
    from .. import analysis

    with _open(db, read_only=True) as store:
        detail = analysis.event(store, merged_id, merge_window=merge_window)
    if fmt == "json":
        record = {k: _plain(v) for k, v in detail.event.items()}
        record["mentions"] = [
            {k: _plain(v) for k, v in row.items()}
            for row in detail.mentions.to_dict(orient="records")
        ]
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    if fmt == "csv":
        detail.mentions.to_csv(sys.stdout, index=False)
        return
    width = max(len(key) for key in detail.event)
    for key, value in detail.event.items():
        click.echo(f"{key:<{width}}  {'' if value is None else _plain(value)}")
    click.echo()
    _emit(
        detail.mentions,
        "table",
        (
            "event_id",
            "doc_id",
            "sentence_index",
            "event_date",
            "modality",
            "evidence_trigger",
            "evidence_sentence",
            "doc_source",
        ),
    )


@query_group.command("series")
@click.argument("source")
@click.argument("target")
@db_option
@click.option(
    "--freq",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
)
@click.option("--both-ways", is_flag=True, help="Count TARGET to SOURCE too.")
@filter_options(actors=False)
@merge_window_option
@format_option
def query_series(
    source: str,
    target: str,
    db: str,
    freq: str,
    both_ways: bool,
    merge_window: int | None,
    fmt: str,
    **options: Any,
) -> None:
    """A dyad's events per period: QuadClass counts, Goldstein sum and mean, shares.

    SOURCE and TARGET are actor codes or countries (RUS: every Russian actor).
    """
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        frame = analysis.dyad_series(
            store,
            source,
            target,
            freq=freq,
            directed=not both_ways,
            filter=filter,
            merge_window=merge_window,
        )
    _emit(frame, fmt)


@query_group.command("partners")
@click.argument("actor")
@db_option
@click.option("-n", "n", default=10, show_default=True, type=click.IntRange(min=1))
@click.option(
    "--level", type=click.Choice(["country", "actor"]), default="country", show_default=True
)
@filter_options(actors=False)
@merge_window_option
@format_option
def query_partners(
    actor: str, db: str, n: int, level: str, merge_window: int | None, fmt: str, **options: Any
) -> None:
    """The countries (or actors) ACTOR deals with most, either way."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        frame = analysis.top_partners(
            store, actor, n=n, level=level, filter=filter, merge_window=merge_window
        )
    _emit(frame, fmt)


@query_group.command("profile")
@click.argument("country")
@db_option
@click.option(
    "--freq",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
)
@click.option("-n", "n", default=10, show_default=True, type=click.IntRange(min=1))
@filter_options(actors=False)
@merge_window_option
@format_option
def query_profile(
    country: str,
    db: str,
    freq: str,
    n: int,
    merge_window: int | None,
    fmt: str,
    **options: Any,
) -> None:
    """A country's top partners, then its QuadClass mix per period."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        profile = analysis.country_profile(
            store, country, freq=freq, n_partners=n, filter=filter, merge_window=merge_window
        )
    if fmt == "json":
        for name, frame in (("partner", profile.partners), ("period", profile.quad_mix)):
            for record in frame.to_dict(orient="records"):
                row = {"kind": name, **{k: _plain(v) for k, v in record.items()}}
                click.echo(json.dumps(row, ensure_ascii=False))
        return
    _emit(profile.partners, fmt)
    if fmt == "table":
        click.echo()
    _emit(profile.quad_mix, fmt)


@query_group.command("counts")
@db_option
@click.option(
    "--freq",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
)
@click.option(
    "--role",
    type=click.Choice(["either", "source", "target"]),
    default="either",
    show_default=True,
)
@filter_options()
@merge_window_option
@format_option
def query_counts(
    db: str, freq: str, role: str, merge_window: int | None, fmt: str, **options: Any
) -> None:
    """Events per country and period (country-month counts by default)."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        frame = analysis.country_counts(
            store, freq=freq, role=role, filter=filter, merge_window=merge_window
        )
    _emit(frame, fmt)


@query_group.command("network")
@db_option
@click.option(
    "--level", type=click.Choice(["country", "actor"]), default="country", show_default=True
)
@click.option("--min-events", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--edges", "show_edges", is_flag=True, help="List the edges, not the nodes.")
@filter_options()
@merge_window_option
@format_option
def query_network(
    db: str,
    level: str,
    min_events: int,
    show_edges: bool,
    merge_window: int | None,
    fmt: str,
    **options: Any,
) -> None:
    """The actor network: nodes with centrality (or --edges). accord export --format gexf
    writes the graph itself."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        graph = analysis.network(
            store, filter, level=level, min_events=min_events, merge_window=merge_window
        )
    _emit(analysis.edges(graph) if show_edges else analysis.centrality(graph), fmt)


@query_group.command("alerts")
@db_option
@click.option("--by", type=click.Choice(["country", "dyad"]), default="country", show_default=True)
@click.option(
    "--window",
    default=30,
    show_default=True,
    type=click.IntRange(min=1),
    help="Days in the latest window (and in each baseline window).",
)
@click.option(
    "--baseline",
    default=6,
    show_default=True,
    type=click.IntRange(min=2),
    help="Windows before the latest one that make the baseline.",
)
@click.option(
    "--threshold",
    default=2.0,
    show_default=True,
    type=click.FloatRange(min=0.0, min_open=True),
    help="Alert at |z| this large.",
)
@click.option(
    "--min-std",
    default=1.0,
    show_default=True,
    type=click.FloatRange(min=0.0, min_open=True),
    help="Floor of the baseline's standard deviation.",
)
@click.option(
    "--as-of",
    callback=parse_date,
    help="End of the latest window (default: the latest event date).",
)
@filter_options()
@merge_window_option
@format_option
def query_alerts(
    db: str,
    by: str,
    window: int,
    baseline: int,
    threshold: float,
    min_std: float,
    as_of: dt.date | None,
    merge_window: int | None,
    fmt: str,
    **options: Any,
) -> None:
    """Countries or dyads whose conflict count or Goldstein mean in the latest window departs
    from their own baseline."""
    from .. import analysis

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        frame = analysis.alerts(
            store,
            by=by,
            window=window,
            baseline=baseline,
            threshold=threshold,
            min_std=min_std,
            as_of=as_of,
            filter=filter,
            merge_window=merge_window,
        )
    _emit(frame, fmt)


@query_group.command("ledger")
@db_option
@format_option
def query_ledger(db: str, fmt: str) -> None:
    """Every ingest run: when, which inputs, which versions, what it stored."""
    with _open(db, read_only=True) as store:
        frame = store.ledger()
    _emit(frame, fmt)


# ------------------------------------------------------------------------------ export


@click.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt", "icews", "plover", "csv", "parquet", "geojson", "gexf"]),
    required=True,
    help="gdelt: GDELT 2.0 event table (61 tab-separated columns); icews: the ICEWS layout; "
    "plover: PLOVER JSON lines; geojson: located events; gexf: the actor network.",
)
@click.option("-o", "--output", default=None, help="Output file (default: standard output).")
@click.option("--header", is_flag=True, help="Column names on a GDELT file's first line.")
@click.option("--mentions", "raw", is_flag=True, help="Export reports, not merged events.")
@filter_options()
@merge_window_option
def export_command(
    db: str,
    fmt: str,
    output: str | None,
    header: bool,
    raw: bool,
    merge_window: int | None,
    **options: Any,
) -> None:
    """Export the store's events in a published layout."""
    from ..store.export import export

    filter = _filter(options)
    with _open(db, read_only=True) as store:
        count = export(
            store,
            fmt,
            output,
            filter=filter,
            level="mentions" if raw else "events",
            header=header or None,
            merge_window=merge_window,
        )
    unit = "nodes" if fmt == "gexf" else ("reports" if raw else "events")
    click.echo(f"accord: {count} {unit} exported", err=True)

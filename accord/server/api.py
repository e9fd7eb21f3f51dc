"""The read endpoints: events, one event, series, partners, country profiles, counts, the
network, alerts, places, codes, the ledger and exports.

Each endpoint validates its parameters (`accord.server.models`), calls `accord.analysis`
(or `accord.server.queries`) with an `EventFilter`, and answers JSON, or CSV with
``format=csv``. Every answer that counts events also says how many reports are behind them
(``reports`` and ``events``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from .. import analysis
from .._version import __version__
from ..errors import Errors
from ..ontology import load_codebook
from ..store import Store
from . import queries
from .errors import ApiError
from .evidence import evidence_parts, safe_link
from .frames import csv_response, record, records
from .models import (
    AlertsQuery,
    CountsQuery,
    EventDetailBody,
    EventsPage,
    EventsQuery,
    ExportQuery,
    FormatQuery,
    NetworkQuery,
    PartnersQuery,
    PlacesQuery,
    ProfileQuery,
    SeriesQuery,
    SummaryQuery,
    actor_code,
)

router = APIRouter(prefix="/api")

#: media type and file suffix of each export format
EXPORTS: dict[str, tuple[str, str]] = {
    "gdelt": ("text/tab-separated-values; charset=utf-8", "gdelt.tsv"),
    "icews": ("text/tab-separated-values; charset=utf-8", "icews.tsv"),
    "plover": ("application/x-ndjson; charset=utf-8", "plover.jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
    "gexf": ("application/xml; charset=utf-8", "gexf"),
}

Id = Annotated[
    str,
    PathParam(
        pattern=r"^[0-9A-Za-z_.:-]{1,128}$",
        description="A merged event's id (merged_id), as listed by /api/events.",
    ),
]
ActorPath = Annotated[
    str, PathParam(max_length=20, description="An actor code (RUSGOV) or a country (RUS).")
]


def _store(request: Request) -> Store:
    # taken inside the endpoint, on the thread that runs the query (see stores.py)
    return request.app.state.stores.get()


def _path_actor(value: str, name: str) -> str:
    try:
        return actor_code(value) or ""
    except ValueError as err:
        raise ApiError(Errors.E080.format(where=f"path part {name!r}", reason=err)) from None


def _with_links(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    frame = frame.copy()
    if column in frame.columns:
        frame["link"] = frame[column].map(safe_link, na_action="ignore")
    return frame


# ------------------------------------------------------------------------------ store


@router.get("/summary", summary="What the store holds")
def summary(request: Request, q: Annotated[SummaryQuery, Query()]) -> Any:
    """Documents, reports and events in the store, the dates they span, the merge window,
    the last ingest and whether this server takes documents (POST /api/ingest)."""
    store = _store(request)
    counts = store.counts()
    first, last = queries.date_range(store)
    body = {
        "documents": counts["documents"],
        "reports": counts["mentions"],
        "events": counts["events"],
        "first_date": first,
        "last_date": last,
        "merge_window_days": store.window_days,
        "schema_version": store.schema_version,
        "accord_version": __version__,
        "ingest": request.app.state.token is not None,
    }
    if q.format == "csv":
        return csv_response(pd.DataFrame([body]), "summary")
    return record(body)


@router.get("/codes", summary="The CAMEO codebook")
def codes(q: Annotated[FormatQuery, Query()]) -> Any:
    """Every CAMEO code the filters accept: code, root, level (0 root, 1 three digits, 2
    four digits), name, Goldstein value, QuadClass and PLOVER type."""
    frame = pd.DataFrame(
        [
            {
                "code": c.code,
                "root": c.root,
                "level": c.level,
                "name": c.name,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class,
                "plover_type": c.plover_type,
            }
            for c in load_codebook()
        ]
    )
    if q.format == "csv":
        return csv_response(frame, "cameo-codes")
    return {"version": load_codebook().version, "codes": records(frame)}


@router.get("/ledger", summary="Every ingest run")
def ledger(request: Request, q: Annotated[FormatQuery, Query()]) -> Any:
    """Every ingest: when, which inputs, which versions, what it stored (newest first)."""
    frame = _store(request).ledger()
    if q.format == "csv":
        return csv_response(frame, "ledger")
    return {"runs": records(frame)}


# ------------------------------------------------------------------------------ events


@router.get(
    "/events",
    summary="Events matching filters, a page at a time",
    response_model=None,
    responses={200: {"model": EventsPage}},
)
def events(request: Request, q: Annotated[EventsQuery, Query()]) -> Any:
    """Merged events (or, with ``view=reports``, the reports: one row per coded sentence)
    matching the filters of ``accord query events``. ``total`` is the number of rows that
    match; ``reports`` and ``events`` count both kinds for the same filter. Each row's
    ``link`` is its document's URL when it is a web address."""
    store = _store(request)
    selection = q.event_filter()
    if q.view == "reports":
        if q.order == "mentions":
            raise ApiError(
                Errors.E080.format(
                    where="query parameter 'order'",
                    reason="reports have no mentions count: use date, -date or goldstein",
                )
            )
        page = analysis.mentions(store, selection, limit=q.limit, offset=q.offset, order=q.order)
        reports, events = queries.report_totals(store, selection)
    else:
        page = analysis.events(store, selection, limit=q.limit, offset=q.offset, order=q.order)
        reports, events = queries.totals(store, selection)
    if q.format == "csv":
        return csv_response(page.rows, q.view)
    return {
        "total": page.total,
        "reports": reports,
        "events": events,
        "limit": q.limit,
        "offset": q.offset,
        "order": q.order,
        "view": q.view,
        "rows": records(_with_links(page.rows, "url")),
    }


@router.get(
    "/events/{merged_id}",
    summary="One event, with every report and its evidence",
    response_model=None,
    responses={200: {"model": EventDetailBody}},
)
def event(request: Request, merged_id: Id, q: Annotated[FormatQuery, Query()]) -> Any:
    """A merged event and the reports behind it. Each report has its sentence, the trigger,
    the pattern that fired, its document's title, publisher and date, ``evidence_parts``
    (the sentence cut into parts marked ``trigger``, ``source``, ``target``) and ``link``
    (the document's URL when it is a web address). ``format=csv`` gives the reports."""
    detail = analysis.event(_store(request), merged_id)
    mentions = detail.mentions
    if q.format == "csv":
        return csv_response(mentions, f"event-{merged_id}")
    rows = records(_with_links(mentions, "doc_url"))
    for row in rows:
        row["evidence_parts"] = evidence_parts(
            row.get("evidence_sentence"),
            row.get("evidence_trigger"),
            row.get("source_text"),
            row.get("target_text"),
        )
    head = record(detail.event)
    head["link"] = safe_link(head.get("url"))
    return {"event": head, "reports": len(rows), "events": 1, "mentions": rows}


# ------------------------------------------------------------------------------ counts


@router.get("/series", summary="A dyad's events per period")
def series(request: Request, q: Annotated[SeriesQuery, Query()]) -> Any:
    """Events from ``source`` to ``target`` (both ways with ``both_ways``) per day, week,
    month or year: QuadClass counts ``quad1`` .. ``quad4``, Goldstein sum and mean, and the
    dyad's share of all events. Periods without events are rows of zeros."""
    store = _store(request)
    conditions = q.event_filter()
    frame = analysis.dyad_series(
        store, q.source, q.target, freq=q.freq, directed=not q.both_ways, filter=conditions
    )
    if q.format == "csv":
        return csv_response(frame, f"series-{q.source}-{q.target}")
    reports, events = queries.totals(
        store, conditions.but(dyad=(q.source, q.target), directed=not q.both_ways)
    )
    return {
        "source": q.source,
        "target": q.target,
        "both_ways": q.both_ways,
        "freq": q.freq,
        "reports": reports,
        "events": events,
        "periods": records(frame),
    }


@router.get("/partners/{actor}", summary="Whom an actor deals with most")
def partners(request: Request, actor: ActorPath, q: Annotated[PartnersQuery, Query()]) -> Any:
    """The countries (or actors, ``level=actor``) that ``actor`` deals with most, by events
    either way: ``outgoing``, ``incoming``, QuadClass counts and Goldstein mean."""
    actor = _path_actor(actor, "actor")
    store = _store(request)
    conditions = q.event_filter()
    frame = analysis.top_partners(store, actor, n=q.n, level=q.level, filter=conditions)
    if q.format == "csv":
        return csv_response(frame, f"partners-{actor}")
    reports, events = queries.totals(store, conditions.but(actor=actor))
    return {
        "actor": actor,
        "level": q.level,
        "reports": reports,
        "events": events,
        "partners": records(frame),
    }


@router.get("/countries/{country}", summary="A country's profile")
def profile(request: Request, country: ActorPath, q: Annotated[ProfileQuery, Query()]) -> Any:
    """A country's top partners and its QuadClass mix per period (the events it takes part
    in, either side). ``format=csv`` gives the periods (``part=partners``: the partners)."""
    country = _path_actor(country, "country")
    store = _store(request)
    conditions = q.event_filter()
    found = analysis.country_profile(store, country, freq=q.freq, n_partners=q.n, filter=conditions)
    if q.format == "csv":
        frame = found.partners if q.part == "partners" else found.quad_mix
        return csv_response(frame, f"profile-{country}-{q.part}")
    reports, events = queries.totals(store, conditions.but(actor=country))
    return {
        "country": country,
        "freq": q.freq,
        "reports": reports,
        "events": events,
        "partners": records(found.partners),
        "periods": records(found.quad_mix),
    }


@router.get("/counts", summary="Events per country and period")
def counts(request: Request, q: Annotated[CountsQuery, Query()]) -> Any:
    """Events per country and period (long format): QuadClass counts, Goldstein sum and
    mean. ``role`` counts a country as source, target or either side."""
    store = _store(request)
    selection = q.event_filter()
    frame = analysis.country_counts(store, freq=q.freq, role=q.role, filter=selection)
    if q.format == "csv":
        return csv_response(frame, "counts")
    reports, events = queries.totals(store, selection)
    return {
        "freq": q.freq,
        "role": q.role,
        "reports": reports,
        "events": events,
        "rows": records(frame),
    }


@router.get("/network", summary="The actor network")
def network(request: Request, q: Annotated[NetworkQuery, Query()]) -> Any:
    """Who acts on whom: nodes (countries, or actors with ``level=actor``) with their events
    and centrality, and directed edges with QuadClass counts and Goldstein mean.
    ``format=csv`` gives the edges (``part=nodes``: the nodes)."""
    store = _store(request)
    selection = q.event_filter()
    graph = analysis.network(store, selection, level=q.level, min_events=q.min_events)
    nodes, edges = analysis.centrality(graph), analysis.edges(graph)
    if q.format == "csv":
        return csv_response(nodes if q.part == "nodes" else edges, f"network-{q.part}")
    reports, events = queries.totals(store, selection)
    return {
        "level": q.level,
        "reports": reports,
        "events": events,
        "nodes": records(nodes),
        "edges": records(edges),
    }


@router.get("/alerts", summary="Departures from baseline")
def alerts(request: Request, q: Annotated[AlertsQuery, Query()]) -> Any:
    """Countries (or dyads) whose conflict count or Goldstein mean in the latest window of
    ``window`` days departs from their own ``baseline`` windows by ``threshold`` standard
    deviations or more."""
    store = _store(request)
    selection = q.event_filter()
    frame = analysis.alerts(
        store,
        by=q.by,
        window=q.window,
        baseline=q.baseline,
        threshold=q.threshold,
        min_std=q.min_std,
        as_of=q.as_of,
        filter=selection,
    )
    if q.format == "csv":
        return csv_response(frame, "alerts")
    reports, events = queries.totals(store, selection)
    return {
        "by": q.by,
        "window": q.window,
        "baseline": q.baseline,
        "threshold": q.threshold,
        "reports": reports,
        "events": events,
        "alerts": records(frame),
    }


@router.get("/places", summary="Located events by place")
def places(request: Request, q: Annotated[PlacesQuery, Query()]) -> Any:
    """Events with coordinates, one row per place (name, country, lat, lon, precision),
    with their events, reports and QuadClass counts; for the map."""
    store = _store(request)
    selection = q.event_filter().but(located=True)
    frame = queries.places(store, selection, limit=q.limit)
    if q.format == "csv":
        return csv_response(frame, "places")
    reports, events = queries.totals(store, selection)
    return {"reports": reports, "events": events, "places": records(frame)}


# ------------------------------------------------------------------------------ exports


@router.get(
    "/export",
    summary="Download an export",
    response_class=FileResponse,
    responses={200: {"description": "The export file, as a download."}},
)
def export(request: Request, q: Annotated[ExportQuery, Query()]) -> Response:
    """The events matching the filters in a published layout, as ``accord export`` writes
    them: gdelt, icews, plover, csv, parquet, geojson or gexf."""
    from ..store.export import export as write_export

    media_type, suffix = EXPORTS[q.format]
    folder = Path(tempfile.mkdtemp(prefix="accord-export-"))
    path = folder / f"accord-{q.level}.{suffix}"
    try:
        write_export(
            _store(request),
            q.format,
            path,
            filter=q.event_filter(),
            level=q.level,
            header=q.header or None,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        path,
        media_type=media_type,
        filename=path.name,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )

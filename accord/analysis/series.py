"""Counts over time: dyad series, country-period counts, top partners, country profiles.

Periods are calendar days, ISO weeks (starting Monday), months or years, labelled by their
first day. Series are continuous: a period without events is a row of zeros, so a series can
be plotted or differenced as it is.

Counts are of merged events (`accord.store.merge`), of the events that the filter keeps
(by default those `accord.events.is_reported` keeps). ``quad1`` .. ``quad4`` count verbal
cooperation, material cooperation, verbal conflict and material conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..errors import AccordError, Errors
from ..store import Store
from .filters import EventFilter, side, sides

Freq = Literal["day", "week", "month", "year"]
#: DuckDB date_trunc parts and pandas period starts for each frequency
FREQS: dict[str, tuple[str, str]] = {
    "day": ("day", "D"),
    "week": ("week", "W-MON"),
    "month": ("month", "MS"),
    "year": ("year", "YS"),
}
QUADS = ("quad1", "quad2", "quad3", "quad4")


def _bad(name: str, reason: str) -> AccordError:
    return AccordError(Errors.E057.format(name=name, reason=reason))


def _freq(freq: str) -> tuple[str, str]:
    try:
        return FREQS[freq]
    except KeyError:
        raise _bad("freq", f"{freq!r}: choose one of {', '.join(FREQS)}") from None


def _quads(condition: str = "TRUE") -> str:
    return ", ".join(
        f"count(*) FILTER (WHERE {condition} AND quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4)
    )


_ALL_QUADS = ", ".join(
    f"count(*) FILTER (WHERE quad_class = {q}) AS all_quad{q}" for q in (1, 2, 3, 4)
)


_COALESCED_QUADS = ", ".join(f"coalesce(c.{q}, 0) AS {q}" for q in QUADS)
_QUAD_SHARES = ", ".join(f"c.{q} / nullif(c.all_{q}, 0) AS share_{q}" for q in QUADS)


def _periods(first: Any, last: Any, pandas_freq: str) -> pd.DatetimeIndex:
    return pd.date_range(pd.Timestamp(first), pd.Timestamp(last), freq=pandas_freq)


def _truncate(day: dt.date, part: str) -> dt.date:
    if part == "day":
        return day
    if part == "week":
        return day - dt.timedelta(days=day.weekday())
    if part == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def dyad_series(
    store: Store,
    source: str,
    target: str,
    *,
    freq: Freq = "month",
    directed: bool = True,
    filter: EventFilter | None = None,
    merge_window: int | None = None,
) -> pd.DataFrame:
    """Events from `source` to `target` (both ways unless `directed`) per period.

    Actor values match a code or a country (``"RUS"``: every Russian actor). Columns:
    ``period``, ``events``, ``quad1`` .. ``quad4``, ``goldstein_sum``, ``goldstein_mean``
    (empty for a period without events), ``all_events`` (every event in the period that
    passes the filter's other conditions), ``share`` (``events / all_events``) and
    ``share_quad1`` .. ``share_quad4`` (the dyad's part of all events of that class).
    Periods run from the filter's ``start`` to ``end`` when given, else over the periods
    that have events.
    """
    part, _ = _freq(freq)
    base = (filter or EventFilter()).without_actors()
    relation, linked = store.relations(merge_window)
    where, params = base.where("e", text_via=linked)
    in_dyad, dyad_params = sides("e", [("source", source), ("target", target)], "AND")
    if not directed:
        back, back_params = sides("e", [("source", target), ("target", source)], "AND")
        in_dyad, dyad_params = f"({in_dyad} OR {back})", dyad_params + back_params
    first = _truncate(base.start, part) if base.start else None
    last = _truncate(base.end, part) if base.end else None
    # one scan counts the dyad and all events together; the periods are generated in SQL so
    # that empty ones come back as zeros without a pass through pandas
    query = f"""
        WITH base AS (
            SELECT CAST(date_trunc('{part}', e.event_date) AS DATE) AS period,
                   e.quad_class, e.goldstein, {in_dyad} AS in_dyad
            FROM {relation} e
            WHERE {where} AND e.event_date IS NOT NULL
        ), counted AS (
            SELECT period,
                   count(*) FILTER (WHERE in_dyad) AS events,
                   {_quads("in_dyad")},
                   sum(goldstein) FILTER (WHERE in_dyad) AS goldstein_sum,
                   avg(goldstein) FILTER (WHERE in_dyad) AS goldstein_mean,
                   count(*) AS all_events,
                   {_ALL_QUADS}
            FROM base GROUP BY period
        ), periods AS (
            SELECT CAST(unnest(generate_series(
                CAST(coalesce(?::DATE, min(period)) AS TIMESTAMP),
                CAST(coalesce(?::DATE, max(period)) AS TIMESTAMP),
                INTERVAL 1 {part})) AS DATE) AS period
            FROM counted
        )
        SELECT p.period,
               coalesce(c.events, 0) AS events,
               {_COALESCED_QUADS},
               coalesce(c.goldstein_sum, 0.0) AS goldstein_sum,
               c.goldstein_mean,
               coalesce(c.all_events, 0) AS all_events,
               c.events / nullif(c.all_events, 0) AS share,
               {_QUAD_SHARES}
        FROM periods p LEFT JOIN counted c USING (period)
        ORDER BY p.period"""
    frame = store.sql(query, dyad_params + params + [first, last])
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    return (part / whole.where(whole > 0)).astype("float64")


def country_counts(
    store: Store,
    *,
    freq: Freq = "month",
    role: Literal["either", "source", "target"] = "either",
    filter: EventFilter | None = None,
    merge_window: int | None = None,
) -> pd.DataFrame:
    """Events per country and period: ``country``, ``period``, ``events``, ``quad1`` ..
    ``quad4``, ``goldstein_sum``, ``goldstein_mean``.

    With ``role="either"`` an event counts once for each country on either side (once for
    a country on both sides); ``"source"`` and ``"target"`` count one side. Only periods
    with events are listed (long format: one row per country and period).
    """
    part, _ = _freq(freq)
    sides = {"either": ("source", "target"), "source": ("source",), "target": ("target",)}
    if role not in sides:
        raise _bad("role", f"{role!r}: choose one of {', '.join(sides)}")
    relation, linked = store.relations(merge_window)
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    union = " UNION ".join(
        f"SELECT e.merged_id, e.{side}_country AS country, e.event_date, e.quad_class, "
        f"e.goldstein FROM {relation} e WHERE {where} AND e.{side}_country IS NOT NULL"
        for side in sides[role]
    )
    query = f"""
        SELECT country, CAST(date_trunc('{part}', event_date) AS DATE) AS period,
               count(*) AS events, {_quads()},
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
        FROM ({union}) WHERE event_date IS NOT NULL
        GROUP BY ALL ORDER BY country, period"""
    frame = store.sql(query, params * len(sides[role]))
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def top_partners(
    store: Store,
    actor: str,
    *,
    n: int = 10,
    level: Literal["country", "actor"] = "country",
    filter: EventFilter | None = None,
    merge_window: int | None = None,
) -> pd.DataFrame:
    """The actors `actor` deals with most, by number of events either way.

    `actor` matches a code or a country; the partner is the other side's country (or its
    code when it has none, as an international organisation) with ``level="country"``, or
    its actor code with ``"actor"``. Events within `actor` itself (both sides match) and
    events without a target are left out. Columns: ``partner``,
    ``events``, ``outgoing`` (actor to partner), ``incoming``, ``quad1`` .. ``quad4``,
    ``goldstein_mean``; most events first, ties by partner.
    """
    if level not in ("country", "actor"):
        raise _bad("level", f"{level!r}: choose country or actor")
    if n < 1:
        raise _bad("n", f"{n} is not a positive number")

    def partner(role: str) -> str:
        if level == "country":
            return f"coalesce(e.{role}_country, e.{role}_code)"
        return f"e.{role}_code"

    relation, linked = store.relations(merge_window)
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    source_is, source_params = side("e", "source", actor)
    target_is, target_params = side("e", "target", actor)
    query = f"""
        WITH sided AS (
            SELECT {partner("target")} AS partner, 'outgoing' AS way, e.quad_class,
                   e.goldstein
            FROM {relation} e
            WHERE {where} AND {source_is} AND NOT coalesce({target_is}, FALSE)
            UNION ALL
            SELECT {partner("source")} AS partner, 'incoming' AS way, e.quad_class,
                   e.goldstein
            FROM {relation} e
            WHERE {where} AND {target_is} AND NOT coalesce({source_is}, FALSE)
        )
        SELECT partner, count(*) AS events,
               count(*) FILTER (WHERE way = 'outgoing') AS outgoing,
               count(*) FILTER (WHERE way = 'incoming') AS incoming,
               {_quads()}, avg(goldstein) AS goldstein_mean
        FROM sided WHERE partner IS NOT NULL
        GROUP BY partner ORDER BY events DESC, partner LIMIT ?"""
    outgoing = source_params + target_params  # source is the actor, target is not
    incoming = target_params + source_params
    return store.sql(query, params + outgoing + params + incoming + [n])


@dataclass(frozen=True)
class CountryProfile:
    """A country's top partners and its QuadClass mix over time."""

    country: str
    partners: pd.DataFrame
    quad_mix: pd.DataFrame


def country_profile(
    store: Store,
    country: str,
    *,
    freq: Freq = "month",
    n_partners: int = 10,
    filter: EventFilter | None = None,
    merge_window: int | None = None,
) -> CountryProfile:
    """`top_partners` of `country`, and per period the events it takes part in (either
    side): ``period``, ``events``, ``quad1`` .. ``quad4``, ``goldstein_mean``, with the
    share of each class (``share_quad1`` .. ``share_quad4``, of the country's events)."""
    base = filter or EventFilter()
    partners = top_partners(store, country, n=n_partners, filter=base, merge_window=merge_window)
    part, pandas_freq = _freq(freq)
    relation, linked = store.relations(merge_window)
    where, params = base.but(actor=country).where("e", text_via=linked)
    frame = store.sql(
        f"""SELECT CAST(date_trunc('{part}', e.event_date) AS DATE) AS period,
                   count(*) AS events, {_quads()}, avg(e.goldstein) AS goldstein_mean
            FROM {relation} e WHERE {where} AND e.event_date IS NOT NULL
            GROUP BY period ORDER BY period""",
        params,
    )
    frame["period"] = pd.to_datetime(frame["period"])
    if not frame.empty:
        first = _truncate(base.start, part) if base.start else frame["period"].min()
        last = _truncate(base.end, part) if base.end else frame["period"].max()
        frame = frame.set_index("period").reindex(_periods(first, last, pandas_freq))
        frame.index.name = "period"
        frame = frame.reset_index()
        frame[["events", *QUADS]] = frame[["events", *QUADS]].fillna(0).astype("int64")
    for q in QUADS:
        frame[f"share_{q}"] = _share(frame[q], frame["events"]) if not frame.empty else np.nan
    return CountryProfile(country, partners, frame)

"""The two queries the dashboard needs that `accord.analysis` does not have.

- `totals`: how many events match a filter, and how many reports are behind them (the
  "N reports, M events" shown next to every count);
- `places`: located events grouped by place, for the map.

Like `accord.analysis`, they take an `EventFilter` and bind every value: the only text put
into the SQL is the filter's own fixed fragments and the store's table names.
"""

from __future__ import annotations

import pandas as pd

from ..analysis import EventFilter
from ..store import Store


def totals(store: Store, filter: EventFilter | None = None) -> tuple[int, int]:
    """``(reports, events)``: merged events matching `filter` and the reports behind them."""
    relation, linked = store.relations()
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    events, reports = store.con.execute(
        f"SELECT count(*), coalesce(sum(e.num_mentions), 0) FROM {relation} e WHERE {where}",
        params,
    ).fetchall()[0]
    return int(reports), int(events)


def report_totals(store: Store, filter: EventFilter | None = None) -> tuple[int, int]:
    """``(reports, events)`` for the raw view: reports matching `filter` (each on its own
    sentence) and the events they belong to."""
    _, linked = store.relations()
    where, params = (filter or EventFilter()).where("e")
    reports, events = store.con.execute(
        f"SELECT count(*), count(DISTINCT e.merged_id) FROM {linked} e WHERE {where}", params
    ).fetchall()[0]
    return int(reports), int(events)


def places(store: Store, filter: EventFilter | None = None, *, limit: int = 2000) -> pd.DataFrame:
    """Located events matching `filter`, one row per place: ``name``, ``country``, ``lat``,
    ``lon``, ``precision`` (city or country), ``events``, ``reports``, ``quad1`` ..
    ``quad4``, ``goldstein_mean``; most events first."""
    relation, linked = store.relations()
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    quads = ", ".join(
        f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4)
    )
    return store.sql(
        f"""SELECT e.location_name AS name, e.location_country AS country,
                   e.location_lat AS lat, e.location_lon AS lon,
                   e.location_precision AS precision,
                   count(*) AS events, CAST(sum(e.num_mentions) AS BIGINT) AS reports, {quads},
                   avg(e.goldstein) AS goldstein_mean
            FROM {relation} e
            WHERE {where} AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL
            GROUP BY ALL
            ORDER BY events DESC, reports DESC, name NULLS LAST
            LIMIT ?""",
        [*params, limit],
    )


def date_range(store: Store) -> tuple[str | None, str | None]:
    """The first and last event dates in the store, as ``YYYY-MM-DD``."""
    relation, _ = store.relations()
    first, last = store.con.execute(
        f"SELECT min(event_date), max(event_date) FROM {relation}"
    ).fetchall()[0]
    return (
        first.isoformat() if first is not None else None,
        last.isoformat() if last is not None else None,
    )

"""Alerts: countries or dyads whose latest window departs from their own past.

Time is cut into windows of ``window`` days counted back from ``as_of`` (by default the
latest event date): window 0 is ``(as_of - window, as_of]``, window 1 the one before, and so
on. For every country (or country pair) seen in the latest window or the ``baseline``
windows before it, two measures are compared with the baseline windows:

- ``conflict``: the number of conflict events (QuadClass 3 and 4); a baseline window without
  events counts 0;
- ``goldstein_mean``: the mean Goldstein value of its events; windows without events have no
  mean and are left out of the baseline.

The departure is ``z = (latest - baseline mean) / max(baseline standard deviation, min_std)``
(sample standard deviation; ``min_std`` keeps a flat baseline from turning one event into an
alarm). An alert is a measure with ``|z| >= threshold``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import numpy as np
import pandas as pd

from ..errors import AccordError, Errors
from ..store import Store
from .filters import EventFilter, as_date

ALERT_COLUMNS = (
    "key",
    "metric",
    "latest",
    "baseline_mean",
    "baseline_std",
    "z",
    "direction",
    "window_start",
    "window_end",
    "latest_events",
)


def _bad(name: str, reason: str) -> AccordError:
    return AccordError(Errors.E057.format(name=name, reason=reason))


def alerts(
    store: Store,
    *,
    by: Literal["country", "dyad"] = "country",
    window: int = 30,
    baseline: int = 6,
    threshold: float = 2.0,
    min_std: float = 1.0,
    min_events: int = 1,
    as_of: dt.date | str | None = None,
    filter: EventFilter | None = None,
    merge_window: int | None = None,
) -> pd.DataFrame:
    """Departures from baseline, largest ``|z|`` first.

    ``by="dyad"`` compares country pairs in either direction (key ``"RUS-UKR"``, the codes
    in alphabetical order). `min_events` is the number of events a key needs in the latest
    window for its Goldstein mean to be compared. Columns: ``key``, ``metric``
    (``conflict`` or ``goldstein_mean``), ``latest``, ``baseline_mean``, ``baseline_std``,
    ``z``, ``direction`` (``up`` or ``down``), ``window_start`` and ``window_end`` (the
    latest window, both included) and ``latest_events``.
    """
    if by not in ("country", "dyad"):
        raise _bad("by", f"{by!r}: choose country or dyad")
    if window < 1:
        raise _bad("window", f"{window} is not a number of days (1 or more)")
    if baseline < 2:
        raise _bad("baseline", f"{baseline}: a baseline needs 2 windows or more")
    if threshold <= 0 or min_std <= 0:
        raise _bad("threshold", "threshold and min_std must be positive")
    relation, linked = store.relations(merge_window)
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    as_of = as_date(as_of, "as_of")
    if as_of is None:
        as_of = store.con.execute(
            f"SELECT max(e.event_date) FROM {relation} e WHERE {where}", params
        ).fetchall()[0][0]
        if as_of is None:
            return pd.DataFrame(columns=list(ALERT_COLUMNS))
    if by == "country":
        keyed = " UNION ".join(
            f"SELECT e.merged_id, e.{side}_country AS key, e.event_date, e.quad_class, "
            f"e.goldstein FROM {relation} e WHERE {where} AND e.{side}_country IS NOT NULL"
            for side in ("source", "target")
        )
        key_params = params * 2
    else:
        keyed = (
            "SELECT e.merged_id, least(e.source_country, e.target_country) || '-' || "
            "greatest(e.source_country, e.target_country) AS key, e.event_date, "
            f"e.quad_class, e.goldstein FROM {relation} e WHERE {where} "
            "AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
            "AND e.source_country <> e.target_country"
        )
        key_params = params
    windows = store.sql(
        f"""SELECT key, CAST((? - event_date) // ? AS INTEGER) AS w,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   avg(goldstein) AS goldstein_mean
            FROM ({keyed})
            WHERE event_date <= ? AND event_date > ?
            GROUP BY ALL""",
        [as_of, window, *key_params, as_of, as_of - dt.timedelta(days=window * (baseline + 1))],
    )
    rows = []
    window_start = as_of - dt.timedelta(days=window - 1)
    for key, group in windows.groupby("key", sort=True):
        by_window = group.set_index("w")
        latest_events = int(by_window["events"].get(0, 0))
        past = range(1, baseline + 1)
        conflict = np.array([by_window["conflict"].get(w, 0) for w in past], dtype=float)
        rows.append(
            _compare(key, "conflict", float(by_window["conflict"].get(0, 0)), conflict, min_std)
            + (window_start, as_of, latest_events)
        )
        means = np.array(
            [by_window["goldstein_mean"][w] for w in past if w in by_window.index], dtype=float
        )
        if latest_events >= min_events and len(means) >= 2:
            latest = float(by_window["goldstein_mean"][0])
            rows.append(
                _compare(key, "goldstein_mean", latest, means, min_std)
                + (window_start, as_of, latest_events)
            )
    frame = pd.DataFrame(rows, columns=list(ALERT_COLUMNS))
    frame = frame[frame["z"].abs() >= threshold]
    order = frame["z"].abs().sort_values(ascending=False, kind="stable").index
    return frame.loc[order].reset_index(drop=True)


def _compare(
    key: str, metric: str, latest: float, past: np.ndarray, min_std: float
) -> tuple[str, str, float, float, float, float, str]:
    mean = float(past.mean())
    std = float(past.std(ddof=1))
    z = (latest - mean) / max(std, min_std)
    return (key, metric, latest, mean, std, z, "up" if z > 0 else "down")

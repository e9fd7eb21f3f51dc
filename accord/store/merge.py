"""Merging reports into events.

Reports with the same source code, target code and CAMEO code (and the same standing under
`accord.events.is_reported`: a denial never merges with the act) are one event when their
dates fall within the window: an event starts at its earliest report's day and takes every
report up to ``window_days`` days later (0: the same day only; 1, the default: that day and
the next). The next report after that starts the next event. An event never spans more than
the window, so daily fighting reported every day stays one event a day, not one event a year.
Undated reports of one source, target and code are one undated event.

Merging is incremental: each ingest batch re-merges only the groups (``merge_key``) it
touched, inside the batch's transaction, so ``events`` always agrees with ``mentions``.
The merged id is a hash of the group and the event's first day: it stays the same when
later reports join the event.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

#: (table of (merge_key, day) -> merged_id, table of merged events) for the stored window
STORED = ("event_days", "events")

# What one merged event carries. The code, CAMEO fields and names come from its first report
# (the earliest published, then by document id and sentence: a stable choice), taken with one
# arg_min over a struct: one ordered aggregate instead of one per column, several times
# faster. The place is the first report located at city precision, else the first located.
_FIRST_KEY = "(m.pub_date, m.doc_id, m.sentence_index, m.event_id)"
_PLACE_KEY = "(m.location_precision <> 'city', m.pub_date, m.doc_id, m.sentence_index, m.event_id)"
_FIRST_FIELDS = (
    *(
        f"{role}_{key}"
        for role in ("source", "target")
        for key in ("text", "name", "code", "country", "sectors", "kb_id")
    ),
    "cameo",
    "cameo_root",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "doc_id",
    "sentence_index",
    "evidence_sentence",
)
_PLACE_FIELDS = ("name", "country", "lat", "lon", "precision")
_PRECISION_RANK = (
    "CASE m.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 "
    "WHEN 'year' THEN 3 ELSE 4 END"
)
_FIRST_STRUCT = ", ".join(f"{name} := m.{name}" for name in _FIRST_FIELDS) + ", url := doc.url"
_PLACE_STRUCT = ", ".join(f"{name} := m.location_{name}" for name in _PLACE_FIELDS)
_UNPACK = ", ".join(
    [f"first.{name} AS {name}" for name in (*_FIRST_FIELDS, "url")]
    + [f"place.{name} AS location_{name}" for name in _PLACE_FIELDS]
)
_AGGREGATE = f"""
SELECT * EXCLUDE (first, place), {_UNPACK}
FROM (
    SELECT
        d.merged_id,
        any_value(m.merge_key) AS merge_key,
        any_value(m.reported) AS reported,
        min(m.event_date) AS event_date,
        max(m.event_date) AS end_date,
        coalesce(min(m.pub_date), min(m.event_date)) AS first_seen,
        coalesce(max(m.pub_date), max(m.event_date)) AS last_seen,
        CASE WHEN bool_or(m.modality = 'asserted') THEN 'asserted'
             ELSE min(m.modality) END AS modality,
        arg_min(m.date_precision, {_PRECISION_RANK}) AS date_precision,
        count(*) AS num_mentions,
        count(DISTINCT m.doc_id) AS num_documents,
        count(DISTINCT doc.source) AS num_sources,
        max(m.confidence) AS confidence,
        min(doc.ingested_at) AS added_at,
        arg_min(struct_pack({_FIRST_STRUCT}), {_FIRST_KEY}) AS first,
        arg_min(struct_pack({_PLACE_STRUCT}), {_PLACE_KEY})
            FILTER (WHERE m.location_lat IS NOT NULL) AS place
    FROM mentions m
    JOIN {{days}} d ON m.merge_key = d.merge_key AND m.event_date IS NOT DISTINCT FROM d.day
    LEFT JOIN documents doc ON doc.doc_id = m.doc_id
    {{where}}
    GROUP BY d.merged_id
)
"""


def cluster_starts(key_ids: np.ndarray, days: np.ndarray, window_days: int) -> np.ndarray:
    """The first day of the event each (key, day) falls in.

    `key_ids` and `days` (integers) are sorted by key then day, without repeats. Within a key
    an event starts at its first day and takes every day up to ``window_days`` later; the
    next day after that starts the next event.

    >>> cluster_starts(np.array([0, 0, 0, 0, 1]), np.array([1, 2, 3, 5, 2]), 1).tolist()
    [1, 1, 3, 5, 2]
    """
    n = len(days)
    if n == 0:
        return days.copy()
    key_ids = key_ids.astype(np.int64)
    days = days.astype(np.int64)
    low = int(days.min())
    span = int(days.max()) - low + window_days + 1
    # one sortable number per (key, day); the next event of a key starts at the first
    # number past this one plus the window, found for every row at once
    combined = key_ids * span + (days - low)
    after = np.searchsorted(combined, combined + window_days, side="right")
    is_start = np.zeros(n, dtype=bool)
    heads = np.flatnonzero(np.r_[True, key_ids[1:] != key_ids[:-1]])
    frontier = heads
    # one step per event of the longest key; each step handles every key at once
    while frontier.size:
        is_start[frontier] = True
        following = after[frontier]
        inside = following < n
        following, frontier = following[inside], frontier[inside]
        frontier = following[key_ids[following] == key_ids[frontier]]
    start_index = np.maximum.accumulate(np.where(is_start, np.arange(n), 0))
    return days[start_index]


def _day_map(pairs: pa.Table, window_days: int) -> pa.Table:
    """(merge_key, day, start) for the distinct (merge_key, day) pairs, sorted by both."""
    keys = pairs.column("merge_key").combine_chunks()
    days = pairs.column("day").combine_chunks()
    if len(keys) == 0:
        return pa.table({"merge_key": keys, "day": days, "start": days})
    changed = pc.not_equal(keys[1:], keys[:-1]).to_numpy(zero_copy_only=False)
    key_ids = np.concatenate([[0], np.cumsum(changed)])
    dated = pc.is_valid(days).to_numpy(zero_copy_only=False)
    day_numbers = days.cast(pa.int32()).to_numpy(zero_copy_only=False)
    starts = np.zeros(len(days), dtype=np.int64)
    starts[dated] = cluster_starts(key_ids[dated], day_numbers[dated].astype(np.int64), window_days)
    start = pa.array(starts.astype(np.int32), mask=~dated).cast(pa.date32())
    return pa.table({"merge_key": keys, "day": days, "start": start})


def merge(
    con: duckdb.DuckDBPyConnection,
    window_days: int,
    *,
    keys: str | None = None,
    tables: tuple[str, str] = STORED,
) -> None:
    """Re-merge the groups named in the table `keys` (a ``merge_key`` column), or all.

    `tables` names the day map and the events table written (accord's own names, never user
    input). The caller holds the transaction.
    """
    days_table, events_table = tables
    where = f"WHERE merge_key IN (SELECT merge_key FROM {keys})" if keys else ""
    con.execute(f"DELETE FROM {days_table} {where}")
    con.execute(f"DELETE FROM {events_table} {where}")
    pairs = con.sql(
        f"SELECT DISTINCT merge_key, event_date AS day FROM mentions {where} "
        "ORDER BY merge_key, day NULLS LAST"
    ).to_arrow_table()
    con.register("_accord_day_map", _day_map(pairs, window_days))
    try:
        con.execute(
            f"INSERT INTO {days_table} SELECT merge_key, day, substr(md5(concat_ws('|', "
            "merge_key, coalesce(CAST(start AS VARCHAR), 'undated'))), 1, 16) "
            "FROM _accord_day_map"
        )
    finally:
        con.unregister("_accord_day_map")
    join_where = f"WHERE d.merge_key IN (SELECT merge_key FROM {keys})" if keys else ""
    aggregate = _AGGREGATE.format(days=days_table, where=join_where)
    con.execute(f"INSERT INTO {events_table} BY NAME {aggregate}")


def rebuild(con: duckdb.DuckDBPyConnection, window_days: int) -> None:
    """Merge every report again (a new window, or a migration). The caller holds the
    transaction."""
    merge(con, window_days)

"""Events and reports: filtered pages, and one event with the reports behind it.

>>> page = events(store, EventFilter(dyad=("RUS", "UKR"), root="19"), limit=50)
>>> page.total, len(page.events)
(212, 50)
>>> detail = event(store, page.events.merged_id[0])
>>> detail.mentions[["doc_id", "sentence_index", "evidence_sentence"]]

Every function takes typed parameters and binds them: nothing a caller passes is pasted into
SQL. ``merge_window`` (days) reads events merged with another window than the store's own;
they are merged on first use and kept for the connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..errors import AccordError, Errors
from ..store import Store
from .filters import EventFilter

#: the orders a page can be sorted in (name -> SQL, never user text)
ORDERS: dict[str, str] = {
    "date": "event_date NULLS LAST, source_code, cameo, target_code NULLS FIRST, merged_id",
    "-date": "event_date DESC NULLS LAST, source_code, cameo, target_code NULLS FIRST, merged_id",
    "mentions": "num_mentions DESC, event_date NULLS LAST, merged_id",
    "goldstein": "goldstein, event_date NULLS LAST, merged_id",
}
_MENTION_ORDERS: dict[str, str] = {
    "date": "event_date NULLS LAST, doc_id, sentence_index, event_id",
    "-date": "event_date DESC NULLS LAST, doc_id, sentence_index, event_id",
    "goldstein": "goldstein, event_date NULLS LAST, doc_id, sentence_index, event_id",
}
MAX_LIMIT = 100_000


@dataclass(frozen=True)
class EventPage:
    """One page of results: its rows, and how many rows match in all."""

    rows: pd.DataFrame
    total: int
    limit: int | None
    offset: int


@dataclass(frozen=True)
class EventDetail:
    """A merged event (its columns as a dict) and its reports with their evidence and
    documents."""

    event: dict[str, Any]
    mentions: pd.DataFrame


def _bad(name: str, reason: str) -> AccordError:
    return AccordError(Errors.E057.format(name=name, reason=reason))


def check_page(limit: int | None, offset: int) -> None:
    if limit is not None and not 0 <= limit <= MAX_LIMIT:
        raise _bad("limit", f"{limit} is not between 0 and {MAX_LIMIT:,}")
    if offset < 0:
        raise _bad("offset", f"{offset} is negative")


def _order(order: str, orders: dict[str, str]) -> str:
    try:
        return orders[order]
    except KeyError:
        raise _bad("order", f"{order!r}: choose one of {', '.join(orders)}") from None


def _page(
    store: Store,
    relation: str,
    where: str,
    params: list[Any],
    order_sql: str,
    limit: int | None,
    offset: int,
) -> EventPage:
    total = store.con.execute(
        f"SELECT count(*) FROM {relation} e WHERE {where}", params
    ).fetchall()[0][0]
    query = f"SELECT e.* FROM {relation} e WHERE {where} ORDER BY {order_sql}"
    page_params = list(params)
    if limit is not None:
        query += " LIMIT ?"
        page_params.append(limit)
    query += " OFFSET ?"
    page_params.append(offset)
    return EventPage(store.sql(query, page_params), int(total), limit, offset)


def events(
    store: Store,
    filter: EventFilter | None = None,
    *,
    limit: int | None = 100,
    offset: int = 0,
    order: str = "date",
    merge_window: int | None = None,
) -> EventPage:
    """Merged events matching `filter`, a page at a time (``limit=None``: all of them).

    Columns: ``merged_id``, dates (``event_date``, ``end_date``, ``first_seen``,
    ``last_seen``), both actors, ``cameo`` and its root, name, ``quad_class``,
    ``goldstein``, PLOVER type and mode, ``modality``, the location, ``num_mentions``,
    ``num_documents``, ``num_sources``, and the first report's ``doc_id``,
    ``sentence_index``, ``evidence_sentence`` and ``url``.
    """
    filter = filter or EventFilter()
    check_page(limit, offset)
    relation, linked = store.relations(merge_window)
    where, params = filter.where("e", text_via=linked)
    return _page(store, relation, where, params, _order(order, ORDERS), limit, offset)


def mentions(
    store: Store,
    filter: EventFilter | None = None,
    *,
    limit: int | None = 100,
    offset: int = 0,
    order: str = "date",
    merge_window: int | None = None,
) -> EventPage:
    """Reports (the raw view: one row per coded sentence-level event) matching `filter`,
    each with the ``merged_id`` of its event."""
    filter = filter or EventFilter()
    check_page(limit, offset)
    _, linked = store.relations(merge_window)
    where, params = filter.where("e")
    return _page(store, linked, where, params, _order(order, _MENTION_ORDERS), limit, offset)


def event(store: Store, merged_id: str, *, merge_window: int | None = None) -> EventDetail:
    """One merged event and every report behind it: sentence, trigger, rule, and the
    document's title, url, source and date. Raises E058 for an unknown id."""
    relation, linked = store.relations(merge_window)
    rows = store.sql(f"SELECT * FROM {relation} WHERE merged_id = ?", [merged_id])
    if rows.empty:
        raise AccordError(Errors.E058.format(event_id=merged_id, path=store.path))
    reports = store.sql(
        f"""SELECT m.*, d.title AS doc_title, d.url AS doc_url, d.source AS doc_source
        FROM {linked} m LEFT JOIN documents d USING (doc_id)
        WHERE m.merged_id = ?
        ORDER BY coalesce(m.pub_date, m.event_date), m.doc_id, m.sentence_index""",
        [merged_id],
    )
    record = {k: (None if _missing(v) else v) for k, v in rows.iloc[0].to_dict().items()}
    return EventDetail(record, reports)


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False

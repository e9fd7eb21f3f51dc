"""`EventFilter`: which events a query reads, as typed fields turned into bound SQL.

Every condition is a fixed SQL fragment with ``?`` placeholders; values are bound by DuckDB,
never pasted into the text, so a filter built from a web request or a command line is safe.

Actor values match an actor's code or its country: ``"RUS"`` matches RUS, RUSGOV and RUSMIL
(country RUS); ``"RUSGOV"`` matches RUSGOV only.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..errors import AccordError, Errors


@functools.cache
def _countries() -> frozenset[str]:
    from ..kb.loader import packaged_data_dir

    with open(packaged_data_dir() / "countries.csv", encoding="utf-8", newline="") as handle:
        return frozenset(row["iso3"] for row in csv.DictReader(handle))


def side(alias: str, role: str, value: str) -> tuple[str, list[str]]:
    """``(sql, params)``: the `role` side (source or target) of `alias` matches `value`, an
    actor code or a country.

    The same test, cheapest form first: a country's own code carries that country, so a
    country is matched on the country column alone; a longer code (RUSGOV) on the code alone.
    """
    if value in _countries():
        return f"{alias}.{role}_country = ?", [value]
    if len(value) != 3:
        return f"{alias}.{role}_code = ?", [value]
    return f"({alias}.{role}_code = ? OR {alias}.{role}_country = ?)", [value, value]


def sides(alias: str, pairs: list[tuple[str, str]], joiner: str) -> tuple[str, list[str]]:
    """`side` for several (role, value) pairs joined by AND or OR, in parentheses."""
    parts, params = [], []
    for role, value in pairs:
        sql, values = side(alias, role, value)
        parts.append(sql)
        params += values
    return "(" + f" {joiner} ".join(parts) + ")", params


def _bad(name: str, reason: str) -> AccordError:
    return AccordError(Errors.E057.format(name=name, reason=reason))


def as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    """A date from a date or a ``YYYY-MM-DD`` string (a coded error otherwise)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _bad(name, f"{value!r} is not a date: use YYYY-MM-DD") from None


def _strings(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@dataclass(frozen=True)
class EventFilter:
    """Conditions on events (merged or raw reports); every field is optional.

    - ``actor``: either side matches (code or country);
    - ``source`` / ``target``: that side matches;
    - ``country``: either side's country is this ISO3 code;
    - ``dyad``: ``(a, b)``, source matches a and target b; both directions unless
      ``directed``;
    - ``cameo``, ``root``, ``quad_class``: codes (``"190"``), roots (``"19"``), classes (1-4),
      one or several;
    - ``start``, ``end``: event dates, both included;
    - ``text``: words that must all appear in the evidence sentence (case-insensitive; for a
      merged event, in the sentence of one of its reports);
    - ``located``: only events with coordinates;
    - ``include_all``: also denied and hypothetical acts and bare statements (010); by
      default only what `accord.events.is_reported` keeps.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    cameo: tuple[str, ...] = ()
    root: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None
    located: bool = False
    include_all: bool = False

    def __post_init__(self) -> None:
        # accept the loose forms a caller has at hand (a single code, an ISO string)
        object.__setattr__(self, "cameo", _strings(self.cameo))
        object.__setattr__(self, "root", _strings(self.root))
        quads = (self.quad_class,) if isinstance(self.quad_class, int) else self.quad_class
        quads = tuple(int(q) for q in quads)
        for quad in quads:
            if quad not in (1, 2, 3, 4):
                raise _bad("quad_class", f"{quad} is not a QuadClass: use 1, 2, 3 or 4")
        object.__setattr__(self, "quad_class", quads)
        object.__setattr__(self, "start", as_date(self.start, "start"))
        object.__setattr__(self, "end", as_date(self.end, "end"))
        if self.start and self.end and self.start > self.end:
            raise _bad("start", f"{self.start} is after end {self.end}")
        if self.dyad is not None:
            if len(self.dyad) != 2 or not all(self.dyad):
                raise _bad("dyad", f"{self.dyad!r} is not a pair of actors")
            object.__setattr__(self, "dyad", (self.dyad[0], self.dyad[1]))

    def but(self, **changes: Any) -> EventFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def without_actors(self) -> EventFilter:
        """The same filter without actor, side, country and dyad conditions."""
        return replace(self, actor=None, source=None, target=None, country=None, dyad=None)

    def where(self, alias: str = "e", *, text_via: str | None = None) -> tuple[str, list[Any]]:
        """``(sql, params)``: the conditions ANDed (``TRUE`` when there are none).

        `alias` names the events relation; `text_via`, when given, is the linked-mentions
        relation through which a merged event's report sentences are searched.
        """
        a = alias
        parts: list[str] = []
        params: list[Any] = []
        if not self.include_all:
            parts.append(f"{a}.reported")
        if self.actor:
            sql, values = sides(a, [("source", self.actor), ("target", self.actor)], "OR")
            parts.append(sql)
            params += values
        for role in ("source", "target"):
            value = getattr(self, role)
            if value:
                sql, values = side(a, role, value)
                parts.append(sql)
                params += values
        if self.country:
            parts.append(f"({a}.source_country = ? OR {a}.target_country = ?)")
            params += [self.country, self.country]
        if self.dyad:
            first, second = self.dyad
            forward = [("source", first), ("target", second)]
            if self.directed:
                sql, values = sides(a, forward, "AND")
            else:
                there, there_values = sides(a, forward, "AND")
                back, back_values = sides(a, [("source", second), ("target", first)], "AND")
                sql, values = f"({there} OR {back})", there_values + back_values
            parts.append(sql)
            params += values
        for column, values in (("cameo", self.cameo), ("cameo_root", self.root)):
            if values:
                parts.append(f"{a}.{column} IN ({', '.join('?' * len(values))})")
                params += list(values)
        if self.quad_class:
            parts.append(f"{a}.quad_class IN ({', '.join('?' * len(self.quad_class))})")
            params += list(self.quad_class)
        if self.start:
            parts.append(f"{a}.event_date >= ?")
            params.append(self.start)
        if self.end:
            parts.append(f"{a}.event_date <= ?")
            params.append(self.end)
        if self.located:
            parts.append(f"{a}.location_lat IS NOT NULL")
        words = self.text.split() if self.text else []
        if words:
            match = " AND ".join("contains(lower(evidence_sentence), ?)" for _ in words)
            if text_via:
                parts.append(f"{a}.merged_id IN (SELECT merged_id FROM {text_via} WHERE {match})")
            else:
                parts.append(match.replace("evidence_sentence", f"{a}.evidence_sentence"))
            params += [word.lower() for word in words]
        return (" AND ".join(parts) or "TRUE"), params

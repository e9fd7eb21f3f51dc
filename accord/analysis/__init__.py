"""Queries on a store, as pandas DataFrames (and a networkx graph).

Every function takes a `Store`, typed parameters and an optional `EventFilter`, binds every
value (no SQL is built from caller text), and counts merged events unless it says reports.
The HTTP API calls these directly:

=========================  ===============================================================
`events`                   filtered events, paginated (``limit``, ``offset``, ``total``)
`mentions`                 the raw view: reports, each with its ``merged_id``
`event`                    one event with its reports, evidence and documents
`dyad_series`              a dyad per day, week, month or year: QuadClass counts, Goldstein
                           sum and mean, shares of all events
`top_partners`             whom an actor or country deals with most
`country_profile`          top partners and the QuadClass mix over time
`country_counts`           events per country and period
`network`, `centrality`    the actor network (networkx) and its centrality table
`alerts`                   countries or dyads departing from their own baseline
=========================  ===============================================================
"""

from __future__ import annotations

from .alerts import alerts
from .filters import EventFilter
from .network import centrality, edges, network
from .queries import EventDetail, EventPage, event, events, mentions
from .series import CountryProfile, country_counts, country_profile, dyad_series, top_partners

__all__ = [
    "CountryProfile",
    "EventDetail",
    "EventFilter",
    "EventPage",
    "alerts",
    "centrality",
    "country_counts",
    "country_profile",
    "dyad_series",
    "edges",
    "event",
    "events",
    "mentions",
    "network",
    "top_partners",
]

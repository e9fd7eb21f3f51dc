"""The actor network: who acts on whom, as a networkx directed graph with centrality.

>>> graph = network(store, EventFilter(start="2022-01-01"), level="country")
>>> centrality(graph).head()
"""

from __future__ import annotations

from typing import Literal

import networkx as nx
import pandas as pd

from ..errors import AccordError, Errors
from ..store import Store
from .filters import EventFilter

#: node attributes `centrality` returns, in order
CENTRALITY_COLUMNS = (
    "node",
    "events",
    "out_strength",
    "in_strength",
    "degree",
    "in_degree",
    "out_degree",
    "betweenness",
)

_QUADS = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))


def network(
    store: Store,
    filter: EventFilter | None = None,
    *,
    level: Literal["country", "actor"] = "country",
    min_events: int = 1,
    merge_window: int | None = None,
) -> nx.DiGraph:
    """A directed graph of events: an edge from source to target per pair that has at least
    `min_events` events.

    Nodes are countries (ISO3, or the actor code for an actor without one, such as an
    international organisation) or actor codes (``level="actor"``). Events of a node with
    itself are left out. Edge attributes: ``events`` (also ``weight``), ``quad1`` ..
    ``quad4``, ``conflict`` (``quad3 + quad4``), ``goldstein_mean``. Node attributes:
    ``events`` (in or out), ``out_strength``, ``in_strength`` (events sent and received),
    ``degree``, ``in_degree``, ``out_degree`` (networkx degree centralities, the share of
    other nodes linked) and ``betweenness`` (unweighted betweenness centrality).
    """
    if level not in ("country", "actor"):
        raise AccordError(Errors.E057.format(name="level", reason=f"{level!r}: country or actor"))
    if min_events < 1:
        raise AccordError(Errors.E057.format(name="min_events", reason="must be 1 or more"))
    if level == "country":
        source = "coalesce(e.source_country, e.source_code)"
        target = "coalesce(e.target_country, e.target_code)"
    else:
        source, target = "e.source_code", "e.target_code"
    relation, linked = store.relations(merge_window)
    where, params = (filter or EventFilter()).where("e", text_via=linked)
    edges = store.sql(
        f"""SELECT {source} AS source, {target} AS target, count(*) AS events,
                   {_QUADS},
                   avg(e.goldstein) AS goldstein_mean
            FROM {relation} e
            WHERE {where} AND e.target_code IS NOT NULL
            GROUP BY ALL
            HAVING source <> target AND count(*) >= ?
            ORDER BY source, target""",
        [*params, min_events],
    )
    graph = nx.DiGraph(level=level)
    for row in edges.itertuples(index=False):
        quads = {f"quad{q}": int(getattr(row, f"quad{q}")) for q in (1, 2, 3, 4)}
        graph.add_edge(
            row.source,
            row.target,
            events=int(row.events),
            weight=int(row.events),
            conflict=quads["quad3"] + quads["quad4"],
            goldstein_mean=float(row.goldstein_mean),
            **quads,
        )
    _add_centrality(graph)
    return graph


def _add_centrality(graph: nx.DiGraph) -> None:
    if graph.number_of_nodes() == 0:
        return
    measures = {
        "degree": nx.degree_centrality(graph),
        "in_degree": nx.in_degree_centrality(graph),
        "out_degree": nx.out_degree_centrality(graph),
        "betweenness": nx.betweenness_centrality(graph),
    }
    out_strength = dict(graph.out_degree(weight="events"))
    in_strength = dict(graph.in_degree(weight="events"))
    for node in graph.nodes:
        attributes = graph.nodes[node]
        attributes["out_strength"] = int(out_strength[node])
        attributes["in_strength"] = int(in_strength[node])
        attributes["events"] = int(out_strength[node] + in_strength[node])
        for name, values in measures.items():
            attributes[name] = float(values[node])


def centrality(graph: nx.DiGraph) -> pd.DataFrame:
    """One row per node with its centrality attributes, most events first."""
    rows = [
        {"node": node, **{k: graph.nodes[node].get(k) for k in CENTRALITY_COLUMNS[1:]}}
        for node in graph.nodes
    ]
    frame = pd.DataFrame(rows, columns=list(CENTRALITY_COLUMNS))
    return frame.sort_values(["events", "node"], ascending=[False, True], ignore_index=True)


def edges(graph: nx.DiGraph) -> pd.DataFrame:
    """One row per edge: ``source``, ``target`` and its attributes."""
    rows = [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)]
    columns = [
        "source",
        "target",
        "events",
        "quad1",
        "quad2",
        "quad3",
        "quad4",
        "conflict",
        "goldstein_mean",
    ]
    return pd.DataFrame(rows, columns=columns)

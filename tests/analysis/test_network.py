"""The actor network: edges weighted by events, and centrality worked out by hand."""

from __future__ import annotations

import pytest

from accord.analysis import EventFilter, centrality, edges, network


@pytest.fixture
def war(store, put_all):
    """RUS->UKR three times (190, 173, 111), UKR->RUS once, USA->UKR, CHN->RUS, and one
    event within Russia (left out of the network)."""
    events = [
        ("RUS", "UKR", "190", "2022-01-05"),
        ("RUSMIL", "UKR", "173", "2022-01-20"),
        ("RUS", "UKR", "111", "2022-03-02"),
        ("UKR", "RUS", "111", "2022-03-03"),
        ("USA", "UKR", "070", "2022-01-10"),
        ("CHN", "RUS", "040", "2022-03-15"),
        ("RUSCOP", "RUSOPP", "173", "2022-03-20"),
    ]
    put_all(store, events)
    return store


def test_edges_carry_event_counts_by_quadclass_and_goldstein(war):
    graph = network(war)
    assert set(graph.edges) == {("RUS", "UKR"), ("UKR", "RUS"), ("USA", "UKR"), ("CHN", "RUS")}
    edge = graph.edges["RUS", "UKR"]
    assert (edge["events"], edge["quad4"], edge["quad3"], edge["conflict"]) == (3, 2, 1, 3)
    assert edge["goldstein_mean"] == pytest.approx((-10 - 5 - 2) / 3)
    assert edge["weight"] == 3
    table = edges(graph)
    assert len(table) == 4 and table.events.sum() == 6


def test_centrality_of_each_country(war):
    graph = network(war)
    table = centrality(graph).set_index("node")
    # four nodes: degree centrality is linked neighbours (in + out edges) over 3
    assert table.loc["RUS", "degree"] == pytest.approx(3 / 3)
    assert table.loc["UKR", "degree"] == pytest.approx(3 / 3)
    assert table.loc["USA", "degree"] == pytest.approx(1 / 3)
    assert table.loc["RUS", "in_degree"] == pytest.approx(2 / 3)
    assert table.loc["USA", "in_degree"] == 0.0
    # USA->RUS passes through UKR, CHN->UKR through RUS: one path each, out of 3 * 2 pairs
    assert table.loc["UKR", "betweenness"] == pytest.approx(1 / 6)
    assert table.loc["RUS", "betweenness"] == pytest.approx(1 / 6)
    assert table.loc["CHN", "betweenness"] == 0.0
    assert (table.loc["RUS", "out_strength"], table.loc["RUS", "in_strength"]) == (3, 2)
    assert table.loc["UKR", "events"] == 5
    assert list(centrality(graph)["node"]) == ["RUS", "UKR", "CHN", "USA"]


def test_actor_level_min_events_and_filters(war):
    actors = network(war, level="actor")
    assert ("RUSMIL", "UKR") in actors.edges and ("RUSCOP", "RUSOPP") in actors.edges
    busy = network(war, min_events=2)
    assert list(busy.edges) == [("RUS", "UKR")]
    conflict = network(war, EventFilter(quad_class=(3, 4)))
    assert set(conflict.edges) == {("RUS", "UKR"), ("UKR", "RUS")}
    assert network(war, EventFilter(start="2030-01-01")).number_of_nodes() == 0

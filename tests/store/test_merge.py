"""Merging reports into events: the window, what may merge, counts, and links to reports."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from accord.analysis import EventFilter, events
from accord.documents import Document
from accord.errors import AccordError
from accord.events import Actor, Event, Evidence
from accord.store import Store
from accord.store.merge import cluster_starts


def report(
    doc_id: str,
    day: str | None,
    *,
    cameo: str = "190",
    source: str = "RUSMIL",
    target: str | None = "UKR",
    modality: str = "asserted",
    sentence: int = 0,
) -> Event:
    return Event(
        doc_id=doc_id,
        sentence_index=sentence,
        source=Actor(source, source, source[:3]),
        target=Actor(target, target, target[:3]) if target else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        cameo_name="test",
        quad_class=4,
        goldstein=-10.0,
        plover_type="ASSAULT",
        plover_mode=None,
        modality=modality,
        date=day,
        date_precision="day" if day else "document",
        pub_date=day,
        evidence=Evidence(f"{doc_id} sentence {sentence}", "attacked", (0, 8), "190:test"),
        confidence=0.7,
    )


def store_reports(store: Store, *reports: tuple[str, str | None, str, list[Event]]) -> None:
    """(doc_id, publication date, publisher, events) per document."""
    pairs = []
    for doc, day, publisher, evs in reports:
        date = dt.date.fromisoformat(day) if day else None
        pairs.append((Document(doc, f"text {doc}", date, source=publisher), evs))
    store.write(pairs)


@pytest.fixture
def store():
    with Store(":memory:") as opened:
        yield opened


@pytest.mark.parametrize(
    ("days", "window", "starts"),
    [
        ([1, 2, 3, 5], 1, [1, 1, 3, 5]),  # 3 is two days after 1: a new event
        ([1, 2, 3, 5], 0, [1, 2, 3, 5]),  # the same day only
        ([1, 2, 3, 5], 4, [1, 1, 1, 1]),
        ([1, 2, 3, 4, 5, 6], 1, [1, 1, 3, 3, 5, 5]),  # daily reports: one event per two days
        ([10], 1, [10]),
    ],
)
def test_an_event_spans_at_most_the_window_from_its_first_day(days, window, starts):
    keys = np.zeros(len(days), dtype=np.int64)
    assert cluster_starts(keys, np.array(days), window).tolist() == starts


def test_each_key_is_clustered_on_its_own():
    keys = np.array([0, 0, 1, 1, 1, 2])
    days = np.array([1, 2, 2, 3, 4, 100])
    assert cluster_starts(keys, days, 1).tolist() == [1, 1, 2, 2, 4, 100]


def test_reports_across_documents_merge_with_counts_and_links(store):
    twice = [report("a", "2022-02-24"), report("a", "2022-02-24", sentence=3)]
    store_reports(
        store,
        ("a", "2022-02-24", "AP", twice),
        ("b", "2022-02-25", "AP", [report("b", "2022-02-25")]),
        ("c", "2022-02-25", "Reuters", [report("c", "2022-02-25")]),
        ("d", "2022-02-26", "AFP", [report("d", "2022-02-26")]),  # two days after the first
    )
    merged = store.sql("SELECT * FROM events ORDER BY event_date")
    assert list(merged.num_mentions) == [4, 1]
    first = merged.iloc[0]
    assert (first.num_documents, first.num_sources) == (3, 2)
    assert (first.event_date.date(), first.end_date.date()) == (
        dt.date(2022, 2, 24),
        dt.date(2022, 2, 25),
    )
    assert (first.first_seen.date(), first.last_seen.date()) == (
        dt.date(2022, 2, 24),
        dt.date(2022, 2, 25),
    )
    assert (first.doc_id, first.sentence_index) == ("a", 0)  # the first report
    links = store.sql("SELECT doc_id, merged_id FROM linked_mentions ORDER BY doc_id")
    assert list(links.merged_id) == [first.merged_id] * 4 + [merged.iloc[1].merged_id]


def test_a_denial_a_different_code_or_target_does_not_merge(store):
    store_reports(
        store,
        ("a", "2022-02-24", "AP", [report("a", "2022-02-24")]),
        ("b", "2022-02-24", "AP", [report("b", "2022-02-24", modality="denied")]),
        ("c", "2022-02-24", "AP", [report("c", "2022-02-24", cameo="195")]),
        ("d", "2022-02-24", "AP", [report("d", "2022-02-24", target="GEO")]),
        ("e", "2022-02-24", "AP", [report("e", "2022-02-24", target=None)]),
        ("f", "2022-02-24", "AP", [report("f", "2022-02-24", modality="intended")]),
    )
    # the intention merges with the act (both reported); the denial stands apart
    assert store.counts()["events"] == 5
    assert events(store).total == 4
    assert events(store, EventFilter(include_all=True)).total == 5


def test_undated_reports_of_one_act_are_one_undated_event(store):
    store_reports(
        store,
        ("a", None, "AP", [report("a", None)]),
        ("b", None, "AFP", [report("b", None)]),
    )
    merged = store.sql("SELECT * FROM events")
    assert len(merged) == 1 and merged.iloc[0].num_mentions == 2
    assert (
        merged.iloc[0].event_date is None or merged.iloc[0].event_date != merged.iloc[0].event_date
    )


def test_a_late_report_of_an_earlier_day_joins_its_event(store):
    store_reports(store, ("b", "2022-02-25", "AP", [report("b", "2022-02-25")]))
    before = store.sql("SELECT merged_id FROM events").merged_id.tolist()
    store_reports(store, ("a", "2022-02-24", "AP", [report("a", "2022-02-24")]))
    merged = store.sql("SELECT * FROM events")
    assert len(merged) == 1 and merged.iloc[0].num_mentions == 2
    # the event now starts a day earlier: a new id for a new first day
    assert merged.iloc[0].event_date.date() == dt.date(2022, 2, 24)
    assert merged.merged_id.tolist() != before


def test_the_window_is_set_for_the_store_or_chosen_per_query(store):
    days = ["2022-02-24", "2022-02-25", "2022-02-26", "2022-02-27"]
    store_reports(
        store, *[(f"d{i}", day, "AP", [report(f"d{i}", day)]) for i, day in enumerate(days)]
    )
    assert store.counts()["events"] == 2  # 24-25 and 26-27
    assert events(store, merge_window=0).total == 4
    assert events(store, merge_window=3).total == 1
    assert store.counts()["events"] == 2  # a query's window leaves the store as it is
    store.set_window(0)
    assert (store.window_days, store.counts()["events"]) == (0, 4)
    later = "2022-02-28"
    store_reports(store, ("d9", later, "AP", [report("d9", later)]))
    assert store.counts()["events"] == 5  # new reports merge with the store's window
    with pytest.raises(AccordError, match=r"\[E057\] window"):
        store.set_window(-1)

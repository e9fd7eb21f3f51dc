"""Filtered events, pages, one event with its reports, and filters that bind their values."""

from __future__ import annotations

import pytest

from accord.analysis import EventFilter, event, events, mentions
from accord.errors import AccordError

KYIV = {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52, "precision": "city"}


@pytest.fixture
def news(store, ev, put):
    """Six events; the 190 of 2022-02-24 reported twice (two publishers, a day apart)."""
    put(
        store,
        "a1",
        [
            ev(
                "a1",
                "RUSMIL",
                "UKR",
                "190",
                "2022-02-24",
                location=KYIV,
                text="Russian troops shelled Kyiv.",
            ),
            ev(
                "a1",
                "USA",
                "RUS",
                "111",
                "2022-02-24",
                sentence=1,
                text="Washington condemned the attack.",
            ),
        ],
        date="2022-02-24",
        publisher="AP",
        url="https://example.org/a1",
    )
    put(
        store,
        "a2",
        [ev("a2", "RUSMIL", "UKR", "190", "2022-02-25", text="Russian forces shelled Kyiv again.")],
        date="2022-02-25",
        publisher="Reuters",
    )
    put(store, "a3", [ev("a3", "CHN", "RUS", "040", "2022-03-01")], date="2022-03-01")
    put(store, "a4", [ev("a4", "IGOUNO", "UKR", "070", "2022-03-05")], date="2022-03-05")
    put(
        store,
        "a5",
        [ev("a5", "RUS", "UKR", "190", "2022-03-09", modality="denied")],
        date="2022-03-09",
    )
    put(store, "a6", [ev("a6", "TUR", "UKR", "042", "2022-03-10")], date="2022-03-10")
    return store


def ids(page) -> list[tuple[str, str, str]]:
    return [
        (row.event_date.date().isoformat(), row.source_code, row.cameo)
        for row in page.rows.itertuples()
    ]


def test_reports_of_one_event_are_counted_once_with_both_sources(news):
    page = events(news, EventFilter(cameo="190"))
    assert page.total == 1
    row = page.rows.iloc[0]
    assert (row.num_mentions, row.num_documents, row.num_sources) == (2, 2, 2)
    assert (row.first_seen.date().isoformat(), row.last_seen.date().isoformat()) == (
        "2022-02-24",
        "2022-02-25",
    )
    assert row.location_name == "Kyiv" and row.url == "https://example.org/a1"


def test_default_events_leave_out_the_denial_and_all_brings_it_back(news):
    assert events(news).total == 5
    every = events(news, EventFilter(include_all=True))
    assert every.total == 6
    denied = every.rows[every.rows.modality == "denied"]
    assert list(denied.source_code) == ["RUS"]


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        (EventFilter(actor="RUS"), 3),  # RUSMIL 190, USA->RUS 111, CHN->RUS 040
        (EventFilter(actor="RUSMIL"), 1),
        (EventFilter(source="RUS"), 1),
        (EventFilter(target="RUS"), 2),
        (EventFilter(country="UKR"), 3),  # the UN has no country: IGOUNO->UKR counts by UKR
        (EventFilter(actor="IGOUNO"), 1),
        (EventFilter(dyad=("UKR", "RUS")), 1),  # either way
        (EventFilter(dyad=("UKR", "RUS"), directed=True), 0),
        (EventFilter(cameo=("190", "040")), 2),
        (EventFilter(root="04"), 2),
        (EventFilter(quad_class=(1, 2)), 3),
        (EventFilter(start="2022-03-01"), 3),
        (EventFilter(start="2022-02-25", end="2022-03-01"), 1),  # the 190 starts on the 24th
        (EventFilter(text="shelled KYIV"), 1),
        (EventFilter(text="again"), 1),  # in the second report of the merged 190
        (EventFilter(text="shelled nowhere"), 0),
        (EventFilter(located=True), 1),
    ],
)
def test_filters(news, filter, expected):
    assert events(news, filter).total == expected


def test_values_are_bound_not_pasted(news):
    assert events(news, EventFilter(actor="RUS' OR TRUE OR '")).total == 0
    assert events(news, EventFilter(text="') OR TRUE --")).total == 0


def test_pages_cover_the_results_once_in_order(news):
    first = events(news, limit=2, offset=0)
    second = events(news, limit=2, offset=2)
    third = events(news, limit=2, offset=4)
    assert (first.total, second.total, third.total) == (5, 5, 5)
    assert len(third.rows) == 1
    assert ids(first) + ids(second) + ids(third) == [
        ("2022-02-24", "RUSMIL", "190"),
        ("2022-02-24", "USA", "111"),
        ("2022-03-01", "CHN", "040"),
        ("2022-03-05", "IGOUNO", "070"),
        ("2022-03-10", "TUR", "042"),
    ]
    newest = events(news, order="-date", limit=1)
    assert ids(newest) == [("2022-03-10", "TUR", "042")]
    busiest = events(news, order="mentions", limit=1)
    assert busiest.rows.iloc[0].num_mentions == 2
    assert events(news, limit=None).rows.shape[0] == 5


def test_bad_page_order_and_dates_are_coded_errors(news):
    with pytest.raises(AccordError, match=r"\[E057\] order"):
        events(news, order="name")
    with pytest.raises(AccordError, match=r"\[E057\] offset"):
        events(news, offset=-1)
    with pytest.raises(AccordError, match=r"\[E057\] start"):
        EventFilter(start="24/02/2022")
    with pytest.raises(AccordError, match=r"\[E057\] quad_class"):
        EventFilter(quad_class=5)


def test_one_event_comes_with_every_report_and_its_evidence(news):
    merged_id = events(news, EventFilter(cameo="190")).rows.iloc[0].merged_id
    detail = event(news, merged_id)
    assert detail.event["num_mentions"] == 2
    reports = detail.mentions
    assert list(reports.doc_id) == ["a1", "a2"]
    assert list(reports.evidence_sentence) == [
        "Russian troops shelled Kyiv.",
        "Russian forces shelled Kyiv again.",
    ]
    assert list(reports.doc_source) == ["AP", "Reuters"]
    assert set(reports.merged_id) == {merged_id}
    with pytest.raises(AccordError, match=r"\[E058\]"):
        event(news, "0000000000000000")


def test_the_raw_view_lists_reports_linked_to_their_event(news):
    page = mentions(news, EventFilter(cameo="190"))
    assert page.total == 2
    assert page.rows.merged_id.nunique() == 1
    assert mentions(news, EventFilter(include_all=True)).total == 7

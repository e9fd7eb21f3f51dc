"""Dyad series, country counts, partners and profiles, on events whose sums are worked out
by hand below."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from accord.analysis import (
    EventFilter,
    country_counts,
    country_profile,
    dyad_series,
    top_partners,
)
from accord.errors import AccordError

# code: (QuadClass, Goldstein) as set in conftest.CODES
#   190: (4, -10)   173: (4, -5)   111: (3, -2)   070: (2, 7)   040: (1, 1)


@pytest.fixture
def war(store, ev, put):
    """January and March 2022 (nothing in February):

    Jan  RUS->UKR 190 (5th), RUSMIL->UKR 173 (20th), USA->UKR 070 (10th)
    Mar  RUS->UKR 111 (2nd), UKR->RUS 111 (3rd), CHN->RUS 040 (15th),
         RUSCOP->RUSOPP 173 (20th, within Russia), and a denied RUS->UKR 190 (10th)
    """
    put(store, "d1", [ev("d1", "RUS", "UKR", "190", "2022-01-05")], date="2022-01-05")
    put(store, "d2", [ev("d2", "RUSMIL", "UKR", "173", "2022-01-20")], date="2022-01-20")
    put(store, "d3", [ev("d3", "USA", "UKR", "070", "2022-01-10")], date="2022-01-10")
    put(store, "d4", [ev("d4", "RUS", "UKR", "111", "2022-03-02")], date="2022-03-02")
    put(store, "d5", [ev("d5", "UKR", "RUS", "111", "2022-03-03")], date="2022-03-03")
    put(store, "d6", [ev("d6", "CHN", "RUS", "040", "2022-03-15")], date="2022-03-15")
    put(store, "d7", [ev("d7", "RUSCOP", "RUSOPP", "173", "2022-03-20")], date="2022-03-20")
    put(
        store,
        "d8",
        [ev("d8", "RUS", "UKR", "190", "2022-03-10", modality="denied")],
        date="2022-03-10",
    )
    return store


def rows(frame: pd.DataFrame) -> dict[str, dict]:
    return {row["period"].date().isoformat(): row for row in frame.to_dict(orient="records")}


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


def test_dyad_month_series_counts_sums_means_and_shares(war):
    series = rows(dyad_series(war, "RUS", "UKR", freq="month"))
    assert list(series) == ["2022-01-01", "2022-02-01", "2022-03-01"]
    jan, feb, mar = series["2022-01-01"], series["2022-02-01"], series["2022-03-01"]
    # January: 190 and 173 (RUSMIL is Russian), out of 3 events that month
    assert (jan["events"], jan["quad4"], jan["quad3"], jan["all_events"]) == (2, 2, 0, 3)
    assert jan["goldstein_sum"] == -15.0 and jan["goldstein_mean"] == -7.5
    assert jan["share"] == pytest.approx(2 / 3)
    assert jan["share_quad4"] == 1.0  # both material-conflict events of January
    assert jan["share_quad2"] == 0.0  # the month's only aid event is USA's
    assert math.isnan(jan["share_quad1"])  # no verbal cooperation at all in January
    # February: a row of zeros, not a gap
    assert (feb["events"], feb["all_events"], feb["goldstein_sum"]) == (0, 0, 0.0)
    assert math.isnan(feb["goldstein_mean"]) and math.isnan(feb["share"])
    # March: the 111 only; the denial is not counted; 4 events that month
    assert (mar["events"], mar["quad3"], mar["all_events"]) == (1, 1, 4)
    assert mar["goldstein_mean"] == -2.0
    assert mar["share"] == pytest.approx(1 / 4)
    assert mar["share_quad3"] == pytest.approx(1 / 2)
    assert mar["share_quad4"] == 0.0  # the month's 173 is within Russia


def test_dyad_series_both_ways_and_with_every_modality(war):
    both = rows(dyad_series(war, "RUS", "UKR", directed=False))
    assert (both["2022-03-01"]["events"], both["2022-03-01"]["goldstein_sum"]) == (2, -4.0)
    assert both["2022-03-01"]["share_quad3"] == 1.0
    every = rows(dyad_series(war, "RUS", "UKR", filter=EventFilter(include_all=True)))
    # the denied 190 joins March: 2 of 5 events
    assert (every["2022-03-01"]["events"], every["2022-03-01"]["all_events"]) == (2, 5)


def test_dyad_series_actor_code_is_narrower_than_country(war):
    series = rows(dyad_series(war, "RUSMIL", "UKR"))
    assert series["2022-01-01"]["events"] == 1
    assert series["2022-03-01"]["events"] == 0


def test_series_periods_follow_the_filter_dates_and_weeks_start_on_monday(war):
    frame = dyad_series(
        war, "RUS", "UKR", freq="week", filter=EventFilter(start="2022-01-01", end="2022-01-31")
    )
    periods = [p.date().isoformat() for p in frame["period"]]
    # 2022-01-01 is a Saturday: its week starts on Monday 2021-12-27
    assert periods[0] == "2021-12-27" and periods[-1] == "2022-01-31"
    assert all(p.weekday() == 0 for p in frame["period"])
    weekly = rows(frame)
    assert weekly["2022-01-03"]["events"] == 1  # the 5th
    assert weekly["2022-01-17"]["events"] == 1  # the 20th
    assert sum(frame["events"]) == 2
    yearly = dyad_series(war, "RUS", "UKR", freq="year")
    assert list(yearly["events"]) == [3]


def test_unknown_frequency_is_a_coded_error(war):
    with pytest.raises(AccordError, match=r"\[E057\] freq"):
        dyad_series(war, "RUS", "UKR", freq="fortnight")


def test_country_month_counts_count_an_event_once_per_country(war):
    counts = country_counts(war)
    table = {
        (row["country"], row["period"].date().isoformat()): row
        for row in counts.to_dict(orient="records")
    }
    assert set(table) == {
        ("RUS", "2022-01-01"),
        ("UKR", "2022-01-01"),
        ("USA", "2022-01-01"),
        ("RUS", "2022-03-01"),
        ("UKR", "2022-03-01"),
        ("CHN", "2022-03-01"),
    }
    rus_march = table[("RUS", "2022-03-01")]
    # 111 out, 111 in, 040 in, and the 173 within Russia once
    assert rus_march["events"] == 4
    assert (rus_march["quad1"], rus_march["quad3"], rus_march["quad4"]) == (1, 2, 1)
    assert rus_march["goldstein_sum"] == -8.0 and rus_march["goldstein_mean"] == -2.0
    ukr_january = table[("UKR", "2022-01-01")]
    assert ukr_january["events"] == 3
    assert ukr_january["goldstein_mean"] == pytest.approx(-8 / 3)
    sources = country_counts(war, role="source")
    assert set(sources["country"]) == {"RUS", "USA", "UKR", "CHN"}
    assert int(sources[sources.country == "UKR"]["events"].sum()) == 1


def test_top_partners_count_both_directions_and_leave_out_domestic_events(war):
    partners = top_partners(war, "RUS")
    assert list(partners["partner"]) == ["UKR", "CHN"]
    ukraine = partners.iloc[0]
    assert (ukraine["events"], ukraine["outgoing"], ukraine["incoming"]) == (4, 3, 1)
    assert (ukraine["quad3"], ukraine["quad4"]) == (2, 2)
    assert ukraine["goldstein_mean"] == pytest.approx((-10 - 5 - 2 - 2) / 4)
    china = partners.iloc[1]
    assert (china["events"], china["incoming"], china["quad1"]) == (1, 1, 1)
    assert list(top_partners(war, "RUS", n=1)["partner"]) == ["UKR"]
    military = top_partners(war, "RUSMIL", level="actor")
    assert list(military["partner"]) == ["UKR"] and military.iloc[0]["outgoing"] == 1


def test_an_organisation_without_a_country_is_a_partner(store, ev, put):
    put(store, "u1", [ev("u1", "IGOUNO", "UKR", "070", "2022-03-05")], date="2022-03-05")
    put(store, "u2", [ev("u2", "UKR", "IGOUNO", "040", "2022-03-09")], date="2022-03-09")
    partners = top_partners(store, "UKR")
    assert list(partners["partner"]) == ["IGOUNO"]
    assert (partners.iloc[0]["outgoing"], partners.iloc[0]["incoming"]) == (1, 1)


def test_country_profile_gives_partners_and_the_quad_mix_per_period(war):
    profile = country_profile(war, "RUS")
    assert list(profile.partners["partner"]) == ["UKR", "CHN"]
    mix = rows(profile.quad_mix)
    assert list(mix) == ["2022-01-01", "2022-02-01", "2022-03-01"]
    assert (mix["2022-01-01"]["events"], mix["2022-01-01"]["quad4"]) == (2, 2)
    assert mix["2022-02-01"]["events"] == 0
    march = mix["2022-03-01"]
    assert [march[f"share_quad{q}"] for q in (1, 2, 3, 4)] == [0.25, 0.0, 0.5, 0.25]
    assert march["goldstein_mean"] == -2.0

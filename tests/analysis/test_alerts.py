"""Alerts: the latest 30 days against the three 30-day windows before, worked out by hand.

With ``as_of`` 2022-07-01 and 30-day windows, window 0 is Jun 2 - Jul 1, window 1 May 3 -
Jun 1, window 2 Apr 3 - May 2, window 3 Mar 4 - Apr 2.
"""

from __future__ import annotations

import pytest

from accord.analysis import alerts
from accord.errors import AccordError

AS_OF = "2022-07-01"


@pytest.fixture
def region(store, put_all):
    events = []
    # Syria: conflict within the country, 3, 2, 1 in the baseline, then 6
    for day in ("03-10", "03-15", "03-20", "04-10", "04-20", "05-10"):
        events.append(("SYRMIL", "SYRREB", "190", f"2022-{day}"))
    for day in ("06-05", "06-10", "06-15", "06-20", "06-25", "06-30"):
        events.append(("SYRMIL", "SYRREB", "190", f"2022-{day}"))
    # Jordan: one arrest a window, steady
    for day in ("03-12", "04-12", "05-12", "06-12"):
        events.append(("JORCOP", "JOROPP", "173", f"2022-{day}"))
    # Lebanon: talks (Goldstein 1, 1, 2), then an attack (-10)
    events += [
        ("LBNGOV", "LBNOPP", "042", "2022-03-14"),
        ("LBNGOV", "LBNOPP", "040", "2022-04-14"),
        ("LBNGOV", "LBNOPP", "040", "2022-05-14"),
        ("LBNGOV", "LBNOPP", "190", "2022-06-14"),
    ]
    # Israel and Palestine: 1, 0, 1 conflict events, then 5 (one of them PSE->ISR)
    events += [
        ("ISR", "PSE", "190", "2022-03-25"),
        ("ISR", "PSE", "190", "2022-05-25"),
        ("ISR", "PSE", "190", "2022-06-03"),
        ("ISR", "PSE", "190", "2022-06-09"),
        ("ISR", "PSE", "190", "2022-06-16"),
        ("ISR", "PSE", "190", "2022-06-23"),
        ("PSE", "ISR", "190", "2022-06-28"),
    ]
    put_all(store, events)
    return store


def test_country_alerts_compare_the_latest_window_with_the_baseline(region):
    found = alerts(region, window=30, baseline=3, threshold=2.0, as_of=AS_OF)
    assert [(row.key, row.metric, row.direction) for row in found.itertuples()] == [
        ("LBN", "goldstein_mean", "down"),
        ("ISR", "conflict", "up"),
        ("PSE", "conflict", "up"),
        ("SYR", "conflict", "up"),
    ]
    lebanon, israel, syria = found.iloc[0], found.iloc[1], found.iloc[3]
    # baseline means 1, 1, 2: mean 4/3, sample std 0.577 raised to the floor of 1
    assert lebanon.latest == -10.0
    assert lebanon.baseline_mean == pytest.approx(4 / 3)
    assert lebanon.baseline_std == pytest.approx(3**-0.5)
    assert lebanon.z == pytest.approx(-10 - 4 / 3)
    # baseline 1, 2, 3 (window 1 to 3): mean 2, std 1; latest 6
    assert (syria.latest, syria.baseline_mean, syria.baseline_std, syria.z) == (6, 2, 1, 4)
    # baseline 1, 0, 1: mean 2/3; latest 5
    assert israel.z == pytest.approx(5 - 2 / 3)
    assert str(syria.window_start) == "2022-06-02" and str(syria.window_end) == AS_OF
    assert syria.latest_events == 6


def test_steady_keys_raise_no_alert_and_threshold_matters(region):
    found = alerts(region, window=30, baseline=3, threshold=2.0, as_of=AS_OF)
    assert "JOR" not in set(found.key)
    # Lebanon's one conflict event against a baseline of none: z = 1, below 2, above 0.5
    low = alerts(region, window=30, baseline=3, threshold=0.5, as_of=AS_OF)
    lebanon_conflict = low[(low.key == "LBN") & (low.metric == "conflict")]
    assert lebanon_conflict.iloc[0].z == pytest.approx(1.0)


def test_dyad_alerts_join_both_directions_and_skip_domestic_events(region):
    found = alerts(region, by="dyad", window=30, baseline=3, as_of=AS_OF)
    assert list(found.key) == ["ISR-PSE"]
    assert found.iloc[0].latest == 5


def test_as_of_defaults_to_the_latest_event(region):
    assert alerts(region, window=30, baseline=3).equals(
        alerts(region, window=30, baseline=3, as_of="2022-06-30")
    )


def test_alert_parameters_are_checked(region):
    with pytest.raises(AccordError, match=r"\[E057\] baseline"):
        alerts(region, baseline=1)
    with pytest.raises(AccordError, match=r"\[E057\] by"):
        alerts(region, by="city")

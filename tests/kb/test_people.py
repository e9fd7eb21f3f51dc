"""Consistency and spot checks for the office-holder table ``people.csv``."""

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

CSV_PATH = Path(__file__).resolve().parents[2] / "accord/kb/data/people.csv"
COLUMNS = ["kb_id", "name", "aliases", "country", "sector", "office", "start", "end"]
#: the sectors an office holder may have: a state's, a party's or an armed movement's (the
#: loader accepts any of sectors.csv; empty for an organisation's officer)
SECTORS = {"GOV", "OPP", "REB", "INS", "MIL", "PTY", "LEG", "JUD", "COP", "SPY", ""}
FAR_FUTURE = date(9999, 12, 31)


def _load():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r, strict=False)) for r in reader]
    return header, rows


HEADER, ROWS = _load()


def _d(s):
    return date.fromisoformat(s) if s else None


def _interval(row):
    return _d(row["start"]), (_d(row["end"]) or FAR_FUTURE)


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def office_on(kb_id, day):
    """Rows of ``kb_id`` in force on ``day`` (start inclusive, end exclusive)."""
    day = date.fromisoformat(day)
    out = []
    for r in ROWS:
        if r["kb_id"] != kb_id:
            continue
        s, e = _interval(r)
        if s <= day < e:
            out.append(r)
    return out


def test_columns_exact():
    assert HEADER == COLUMNS
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        for i, rec in enumerate(csv.reader(fh), start=1):
            assert len(rec) == len(COLUMNS), f"line {i}: {rec}"


def test_fields_well_formed():
    for r in ROWS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["kb_id"]), r
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["office"].strip(), r
        assert r["sector"] in SECTORS, r
        for a in r["aliases"].split("|") if r["aliases"] else []:
            assert a.strip() == a and a, r
        c = r["country"]
        assert re.fullmatch(r"[A-Z]{3}", c) or c.startswith("IGO"), r
        if c.startswith("IGO"):
            assert r["sector"] == "", r


def test_dates_parse_and_ordered():
    for r in ROWS:
        s = _d(r["start"])
        assert s is not None, r
        e = _d(r["end"])
        if e is not None:
            assert s < e, r
        assert s.year >= 1940, r


def test_one_name_per_kb_id():
    names = defaultdict(set)
    ids = defaultdict(set)
    for r in ROWS:
        names[r["kb_id"]].add(r["name"])
        ids[r["name"]].add(r["kb_id"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}
    assert {k: v for k, v in ids.items() if len(v) > 1} == {}


def test_no_duplicate_rows():
    seen = set()
    for r in ROWS:
        key = tuple(r[c] for c in COLUMNS)
        assert key not in seen, r
        seen.add(key)


def test_terms_of_same_office_do_not_overlap():
    by = defaultdict(list)
    for r in ROWS:
        by[(r["kb_id"], r["office"])].append(r)
    bad = []
    for key, rs in by.items():
        rs = sorted(rs, key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:], strict=False):
            if _overlap(_interval(a), _interval(b)):
                bad.append((key, a["start"], b["start"]))
    assert bad == []


def test_aliases_unambiguous_in_time():
    by_alias = defaultdict(lambda: defaultdict(list))
    for r in ROWS:
        forms = [r["name"]] + (r["aliases"].split("|") if r["aliases"] else [])
        for f in forms:
            by_alias[f.casefold()][r["kb_id"]].append(_interval(r))
    bad = []
    for alias, per_id in by_alias.items():
        ids = sorted(per_id)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if any(_overlap(x, y) for x in per_id[a] for y in per_id[b]):
                    bad.append((alias, a, b))
    assert bad == []


def test_size_and_coverage():
    assert len(ROWS) >= 600
    assert len({r["country"] for r in ROWS}) >= 150


def _only(kb_id, day):
    rows = office_on(kb_id, day)
    assert len(rows) == 1, (kb_id, day, rows)
    return rows[0]


@pytest.mark.parametrize(
    "kb_id,day,sector,office,country",
    [
        ("vladimir-putin", "2007-06-01", "GOV", "President", "RUS"),
        ("vladimir-putin", "2010-06-01", "GOV", "Prime Minister", "RUS"),
        ("vladimir-putin", "2000-05-07", "GOV", "President", "RUS"),
        ("vladimir-putin", "2024-06-01", "GOV", "President", "RUS"),
        ("dmitry-medvedev", "2010-06-01", "GOV", "President", "RUS"),
        ("dmitry-medvedev", "2015-06-01", "GOV", "Prime Minister", "RUS"),
        ("joe-biden", "2015-06-01", "GOV", "Vice President", "USA"),
        ("joe-biden", "2022-06-01", "GOV", "President", "USA"),
        ("donald-trump", "2018-06-01", "GOV", "President", "USA"),
        ("donald-trump", "2025-06-01", "GOV", "President", "USA"),
        ("keir-starmer", "2021-06-01", "OPP", "Opposition Leader", "GBR"),
        ("keir-starmer", "2025-06-01", "GOV", "Prime Minister", "GBR"),
        ("hu-jintao", "2010-06-01", "GOV", "President", "CHN"),
        ("volodymyr-zelensky", "2023-01-01", "GOV", "President", "UKR"),
        ("narendra-modi", "2020-01-01", "GOV", "Prime Minister", "IND"),
        ("aung-san-suu-kyi", "2018-01-01", "GOV", "State Counsellor", "MMR"),
        ("imran-khan", "2020-01-01", "GOV", "Prime Minister", "PAK"),
        ("imran-khan", "2023-01-01", "OPP", "Opposition Leader", "PAK"),
        ("haibatullah-akhundzada", "2019-01-01", "INS", "Taliban Leader", "AFG"),
        ("haibatullah-akhundzada", "2022-01-01", "GOV", "Supreme Leader", "AFG"),
        ("antonio-guterres", "2020-01-01", "", "Secretary-General", "IGOUNO"),
        ("hossein-salami", "2024-04-14", "MIL", "IRGC Commander-in-Chief", "IRN"),
        ("mohammad-bagheri", "2024-10-01", "MIL", "Chief of Staff of the Armed Forces", "IRN"),
        ("mohammad-bagher-ghalibaf", "2024-07-30", "GOV", "Speaker of Parliament", "IRN"),
        ("mohammad-eslami", "2023-09-16", "GOV", "Head of the Atomic Energy Organization", "IRN"),
        ("steve-witkoff", "2025-04-12", "GOV", "Special Envoy to the Middle East", "USA"),
        ("badr-albusaidi", "2025-04-12", "GOV", "Foreign Minister", "OMN"),
        ("fuad-hussein", "2024-01-16", "GOV", "Foreign Minister", "IRQ"),
        ("bezalel-smotrich", "2024-01-01", "GOV", "Finance Minister", "ISR"),
        ("jake-sullivan", "2024-10-02", "GOV", "National Security Adviser", "USA"),
        ("dmitry-peskov", "2024-11-20", "GOV", "Kremlin Spokesman", "RUS"),
        ("maria-zakharova", "2022-03-01", "GOV", "Foreign Ministry Spokeswoman", "RUS"),
        ("marco-rubio", "2024-06-01", "LEG", "Senator from Florida", "USA"),
        ("marco-rubio", "2025-06-01", "GOV", "Foreign Minister", "USA"),
        ("jd-vance", "2024-06-01", "LEG", "Senator from Ohio", "USA"),
        ("scott-bessent", "2025-06-01", "GOV", "Treasury Secretary", "USA"),
        ("kristi-noem", "2024-06-01", "GOV", "Governor of South Dakota", "USA"),
        ("kristi-noem", "2025-06-01", "GOV", "Homeland Security Secretary", "USA"),
        ("chuck-schumer", "2023-06-01", "LEG", "Senate Majority Leader", "USA"),
        ("chuck-schumer", "2025-06-01", "LEG", "Senate Minority Leader", "USA"),
        ("jens-frederik-nielsen", "2025-06-01", "GOV", "Premier", "GRL"),
        (
            "wang-yi",
            "2023-03-11",
            "GOV",
            "Director of the Office of the Central Foreign Affairs Commission",
            "CHN",
        ),
        ("ararat-mirzoyan", "2024-10-02", "GOV", "Foreign Minister", "ARM"),
        ("jeyhun-bayramov", "2024-10-02", "GOV", "Foreign Minister", "AZE"),
        ("donika-gervalla-schwarz", "2023-09-25", "GOV", "Foreign Minister", "KSV"),
        ("christian-lindner", "2024-11-06", "GOV", "Finance Minister", "DEU"),
        # the India-Pakistan crisis of May 2025
        ("ishaq-dar", "2023-01-01", "GOV", "Finance Minister", "PAK"),
        ("ishaq-dar", "2025-05-10", "GOV", "Foreign Minister", "PAK"),
        ("ishaq-dar", "2025-05-10", "GOV", "Deputy Prime Minister", "PAK"),
        ("khawaja-asif", "2025-05-07", "GOV", "Defence Minister", "PAK"),
        ("ajit-doval", "2025-05-07", "GOV", "National Security Adviser", "IND"),
        ("vikram-misri", "2025-05-10", "GOV", "Foreign Secretary", "IND"),
        # Speakers of the US House, sanctioned and visiting as such ("sanctioned Nancy Pelosi")
        ("nancy-pelosi", "2022-08-05", "LEG", "Speaker of the House of Representatives", "USA"),
        ("kevin-mccarthy", "2023-04-05", "LEG", "Speaker of the House of Representatives", "USA"),
    ],
)
def test_spot_checks(kb_id, day, sector, office, country):
    held = {(r["sector"], r["office"], r["country"]) for r in office_on(kb_id, day)}
    assert (sector, office, country) in held, held


@pytest.mark.parametrize(
    "kb_id,day,office",
    [
        ("vladimir-putin", "2007-06-01", "President"),
        ("vladimir-putin", "2010-06-01", "Prime Minister"),
        ("joe-biden", "2015-06-01", "Vice President"),
        ("joe-biden", "2022-06-01", "President"),
        ("keir-starmer", "2021-06-01", "Opposition Leader"),
        ("keir-starmer", "2025-06-01", "Prime Minister"),
    ],
)
def test_single_post(kb_id, day, office):
    assert _only(kb_id, day)["office"] == office


def test_putin_acting_president_while_prime_minister():
    offices = {r["office"] for r in office_on("vladimir-putin", "2000-01-15")}
    assert offices == {"Acting President", "Prime Minister"}


@pytest.mark.parametrize(
    "kb_id,day",
    [
        ("joe-biden", "2026-01-01"),
        ("joe-biden", "2018-01-01"),
        ("donald-trump", "2022-01-01"),
        ("vladimir-putin", "1999-01-01"),
        ("alexei-navalny", "2024-03-01"),
        ("ishaq-dar", "2023-10-01"),  # the caretaker government's months
        ("khawaja-asif", "2023-10-01"),
        ("vikram-misri", "2024-01-01"),
        ("jake-sullivan", "2025-03-01"),
        ("nancy-pelosi", "2015-06-01"),  # minority leader between her two speakerships
    ],
)
def test_not_in_office(kb_id, day):
    assert office_on(kb_id, day) == []


def test_xi_jinping_holds_both_posts():
    offices = {r["office"] for r in office_on("xi-jinping", "2020-01-01")}
    assert offices == {"President", "General Secretary"}
    offices = {r["office"] for r in office_on("xi-jinping", "2013-01-01")}
    assert offices == {"General Secretary", "Vice President"}


@pytest.mark.parametrize(
    "day,kb_id",
    [
        ("2001-01-01", "tony-blair"),
        ("2008-01-01", "gordon-brown"),
        ("2010-05-11", "david-cameron"),
        ("2016-07-13", "theresa-may"),
        ("2019-07-24", "boris-johnson"),
        ("2022-09-06", "liz-truss"),
        ("2022-10-25", "rishi-sunak"),
        ("2024-07-05", "keir-starmer"),
    ],
)
def test_uk_prime_ministers(day, kb_id):
    holders = [
        r["kb_id"]
        for r in ROWS
        if r["country"] == "GBR"
        and r["office"] == "Prime Minister"
        and _interval(r)[0] <= date.fromisoformat(day) < _interval(r)[1]
    ]
    assert holders == [kb_id]


@pytest.mark.parametrize(
    "country,office",
    [
        ("USA", "President"),
        ("RUS", "President"),
        ("GBR", "Prime Minister"),
        ("CHN", "President"),
        ("FRA", "President"),
        ("DEU", "Chancellor"),
        ("IND", "Prime Minister"),
        ("JPN", "Prime Minister"),
        ("IGOUNO", "Secretary-General"),
    ],
)
def test_key_offices_never_doubly_held(country, office):
    rs = sorted(
        (r for r in ROWS if r["country"] == country and r["office"] == office),
        key=lambda r: r["start"],
    )
    for a, b in zip(rs, rs[1:], strict=False):
        assert not _overlap(_interval(a), _interval(b)), (a, b)

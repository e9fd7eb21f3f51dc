"""Consistency checks for the knowledge-base CSV files in accord/kb/data."""

import csv
import re
from collections import defaultdict
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from accord.kb import load_kb

DATA = Path(__file__).resolve().parents[2] / "accord/kb/data"
SHARED = Path(__file__).resolve().parents[3] / "shared"
ROLE_CODES_CSV = SHARED / "reference/cameo/cameo_actor_role_codes.csv"

COUNTRY_FIELDS = ("name", "aliases", "former_names", "demonyms", "capitals")


def read(name):
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def items(field):
    return [x for x in field.split("|")] if field else []


def header(name):
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


@pytest.fixture(scope="module")
def countries():
    return read("countries.csv")


@pytest.fixture(scope="module")
def country_lookup(countries):
    lookup = defaultdict(set)
    for row in countries:
        for field in COUNTRY_FIELDS:
            for item in items(row[field]):
                lookup[item.casefold()].add(row["iso3"])
    return lookup


@pytest.fixture(scope="module")
def igos():
    return read("igos.csv")


@pytest.fixture(scope="module")
def role_codes():
    if not ROLE_CODES_CSV.exists():
        pytest.skip(f"reference file missing: {ROLE_CODES_CSV}")
    with open(ROLE_CODES_CSV, encoding="utf-8", newline="") as fh:
        # REL, the generic religious code, is defined in the manual's 10.0.4, not its tables
        return {row["code"] for row in csv.DictReader(fh)} | {"REL"}


def parse_date(text):
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), text
    return date.fromisoformat(text)


# --- headers and VERSION ------------------------------------------------------------------


def test_headers():
    assert header("countries.csv") == ["iso3", "cameo", *COUNTRY_FIELDS]
    assert header("seats.csv") == ["phrase", "iso3", "sector"]
    assert header("roles.csv") == ["word", "sector", "note", "owner"]
    assert header("igos.csv") == ["code", "name", "aliases"]
    assert header("igo_members.csv") == ["igo_code", "iso3", "joined", "left"]


def test_version_is_calendar_versioned_and_carried_by_the_loaded_kb():
    version = (DATA / "VERSION").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"20\d\d\.\d{1,2}\.\d+", version)
    assert load_kb(()).version == version


def test_no_comment_or_blank_lines():
    for name in ("countries.csv", "seats.csv", "roles.csv", "igos.csv", "igo_members.csv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            assert line.strip(), name
            assert not line.startswith("#"), (name, line)


# --- countries ----------------------------------------------------------------------------


def test_country_codes(countries):
    codes = [row["iso3"] for row in countries]
    assert len(codes) == len(set(codes))
    for row in countries:
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row
        assert re.fullmatch(r"[A-Z]{3}", row["cameo"]), row
        assert row["name"], row


def test_country_items_clean(countries):
    for row in countries:
        for field in COUNTRY_FIELDS:
            values = items(row[field])
            for value in values:
                assert value and value == value.strip(), (row["iso3"], field, value)
            assert len(values) == len(set(values)), (row["iso3"], field)


def test_no_string_maps_to_two_countries(country_lookup):
    clashes = {k: sorted(v) for k, v in country_lookup.items() if len(v) > 1}
    assert not clashes


def test_country_coverage(countries):
    codes = {row["iso3"] for row in countries}
    assert len(codes) >= 195
    assert {"KSV", "TWN", "PSE", "VAT", "HKG", "ESH", "MAC", "PRI", "GRL"} <= codes
    # a few UN members from every region
    assert {"USA", "RUS", "CHN", "GBR", "FRA", "SSD", "TUV", "MNE", "TLS", "SWZ"} <= codes


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Zaire", "COD"),
        ("DRC", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("U.S.", "USA"),
        ("Washington", "USA"),
        ("Britain", "GBR"),
        ("Britons", "GBR"),
        ("Peking", "CHN"),
        ("DPRK", "PRK"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Türkiye", "TUR"),
        ("Czechia", "CZE"),
        ("FYROM", "MKD"),
        ("Ceylon", "LKA"),
        ("Rhodesia", "ZWE"),
        ("Northern Rhodesia", "ZMB"),
        ("Upper Volta", "BFA"),
        ("Dahomey", "BEN"),
        ("Siam", "THA"),
        ("Persia", "IRN"),
        ("Kampuchea", "KHM"),
        ("Gaza", "PSE"),
        ("West Bank", "PSE"),
        ("Jerusalem", "ISR"),
        ("The Hague", "NLD"),
        ("Taipei", "TWN"),
        ("Kosovar", "KSV"),
        ("Emiratis", "ARE"),
        ("Filipino", "PHL"),
        ("Guinea", "GIN"),
        ("Papua New Guinea", "PNG"),
        ("Equatorial Guinea", "GNQ"),
        ("Georgia", "GEO"),
        ("Vatican", "VAT"),
        ("Falklands", "FLK"),
    ],
)
def test_country_spot_checks(country_lookup, text, iso3):
    assert country_lookup[text.casefold()] == {iso3}


# --- seats --------------------------------------------------------------------------------


def test_seats(countries, role_codes):
    isos = {row["iso3"] for row in countries}
    seen = {}
    for row in read("seats.csv"):
        assert row["iso3"] in isos, row
        assert row["sector"] in role_codes, row
        key = row["phrase"].casefold().removeprefix("the ")
        assert key not in seen, row
        seen[key] = (row["iso3"], row["sector"])
    assert seen["kremlin"] == ("RUS", "GOV")
    assert seen["pentagon"] == ("USA", "MIL")
    assert seen["white house"] == ("USA", "GOV")
    assert seen["downing street"] == ("GBR", "GOV")
    assert seen["knesset"] == ("ISR", "LEG")


# --- roles --------------------------------------------------------------------------------


def test_roles(role_codes):
    rows = read("roles.csv")
    assert len(rows) >= 150
    words = [row["word"].casefold() for row in rows]
    assert len(words) == len(set(words))
    for row in rows:
        assert row["word"] and row["word"] == row["word"].strip(), row
        code = row["sector"]
        # or a transnational code with its specialty, as the manual composes them (NGOHRI)
        assert code in role_codes or {code[:3], code[3:]} <= role_codes, row
    sector = {row["word"].casefold(): row["sector"] for row in rows}
    assert sector["police"] == "COP"
    assert sector["army"] == "MIL"
    assert sector["president"] == "GOV"
    assert sector["rebels"] == "REB"
    assert sector["rights groups"] == "NGOHRI"
    assert sector["multinationals"] == "MNC"
    assert sector["insurgents"] == "INS"
    assert sector["separatists"] == "SEP"
    assert sector["opposition"] == "OPP"
    assert sector["court"] == "JUD"
    assert sector["parliament"] == "LEG"
    assert sector["journalists"] == "MED"
    assert sector["refugees"] == "REF"
    assert sector["intelligence"] == "SPY"


# --- IGOs ---------------------------------------------------------------------------------


SCORER_CODES = {
    "United Nations": "IGOUNO",
    "European Union": "IGOEUREEC",
    "NATO": "IGOWSTNAT",
    "African Union": "IGOAFRAFU",
    "ECOWAS": "IGOWAFWAS",
    "SCO": "IGOCASSCO",
    "BRICS": "IGOBRICS",
    "ASEAN": "IGOSEAASN",
    "Arab League": "IGOARBALL",
    "GCC": "IGOGCC",
    "OSCE": "IGOEUROSC",
    "IAEA": "IGOUNOIAE",
    "WHO": "IGOUNOWHO",
    "OPEC": "IGOOPC",
    "IGAD": "IGOEAFIGD",
}


def test_igos(igos):
    lookup = defaultdict(set)
    for row in igos:
        assert re.fullmatch(r"IGO[A-Z0-9]{2,12}", row["code"]), row
        assert row["name"], row
        for alias in [row["name"], *items(row["aliases"])]:
            assert alias and alias == alias.strip(), row
            lookup[alias.casefold()].add(row["code"])
    assert not {k: v for k, v in lookup.items() if len(v) > 1}
    for alias, code in SCORER_CODES.items():
        assert lookup[alias.casefold()] == {code}, alias
    assert lookup["un security council"] == {"IGOUNO"}
    assert lookup["u.n."] == {"IGOUNO"}


def test_igo_aliases_do_not_clash_with_countries(igos, country_lookup):
    for row in igos:
        for alias in [row["name"], *items(row["aliases"])]:
            assert alias.casefold() not in country_lookup, alias


# --- IGO membership -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def members():
    return read("igo_members.csv")


def current(members, code, on=date(2026, 11, 1)):
    out = set()
    for row in members:
        if row["igo_code"] != code:
            continue
        if parse_date(row["joined"]) <= on and (not row["left"] or parse_date(row["left"]) > on):
            out.add(row["iso3"])
    return out


def test_members_reference_known_codes(members, igos, countries):
    igo_codes = {row["code"] for row in igos}
    isos = {row["iso3"] for row in countries}
    for row in members:
        assert row["igo_code"] in igo_codes, row
        assert row["iso3"] in isos, row


def test_member_dates(members):
    periods = defaultdict(list)
    for row in members:
        joined = parse_date(row["joined"])
        left = parse_date(row["left"]) if row["left"] else None
        if left is not None:
            assert joined < left, row
        periods[row["igo_code"], row["iso3"]].append((joined, left or date.max))
    for key, spans in periods.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, key


def test_member_spot_checks(members):
    rows = {(r["igo_code"], r["iso3"], r["joined"]): r for r in members}
    assert rows["IGOEUREEC", "GBR", "1973-01-01"]["left"] == "2020-01-31"
    assert ("IGOWSTNAT", "FIN", "2023-04-04") in rows
    assert ("IGOWSTNAT", "SWE", "2024-03-07") in rows
    assert ("IGOCASSCO", "IND", "2017-06-09") in rows
    assert ("IGOCASSCO", "IRN", "2023-07-04") in rows
    assert ("IGOBRICS", "IDN", "2025-01-06") in rows
    assert rows["IGOOPC", "QAT", "1961"]["left"] == "2019-01-01"
    for iso in ("MLI", "BFA", "NER"):
        assert rows["IGOWAFWAS", iso, "1975-05-28"]["left"] == "2025-01-29"


def test_current_membership_counts(members):
    assert len(current(members, "IGOEUREEC")) == 27
    assert "GBR" not in current(members, "IGOEUREEC")
    assert "GBR" in current(members, "IGOEUREEC", on=date(2019, 1, 1))
    assert len(current(members, "IGOWSTNAT")) == 32
    assert current(members, "IGOGOS") == {"USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN"}
    assert len(current(members, "IGOAFRAFU")) == 55
    assert len(current(members, "IGOSEAASN")) == 11
    assert len(current(members, "IGOGCC")) == 6
    assert len(current(members, "IGOARBALL")) == 22
    assert len(current(members, "IGOOPC")) == 12
    assert len(current(members, "IGOWAFWAS")) == 12
    assert len(current(members, "IGOCASSCO")) == 10
    assert len(current(members, "IGOBRICS")) == 10
    assert len(current(members, "IGOG20")) == 19
    assert "RUS" not in current(members, "IGOGOS", on=date(2010, 1, 1))


def test_ethnic_codes_follow_the_cameo_manuals_table() -> None:
    kb = load_kb()
    assert kb.ethnic_codes["ALB"] == "ABN"
    assert kb.ethnic_codes["SRB"] == "SER"
    assert "HUN" not in kb.ethnic_codes  # the table gives no code: the country alone


def test_religious_groups_have_no_country_of_their_own() -> None:
    kb = load_kb()
    for phrase, code in (("Moslem", "MOS"), ("Shiites", "MOSSHI"), ("Copts", "CHRCPT")):
        (entry,) = [e for e in kb.lookup(phrase) if e.kind == "group"]
        assert (entry.spells[-1].code, entry.spells[-1].country) == (code, None)
    assert kb.lookup("the Jewish state")[0].country == "ISR"

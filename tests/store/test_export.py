"""Exports from a store of real coded news, checked against the published layouts."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from accord.analysis import EventFilter
from accord.errors import AccordError
from accord.store import Store
from accord.store.export import export

# The GDELT 2.0 event table, as listed in GDELT's event codebook (V2.0) and its published
# header file: 61 columns in this order.
GDELT_PUBLISHED = """
GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode
Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode
Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions
NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code
Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code
ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL
""".split()

# The ICEWS coded event data layout (Harvard Dataverse, doi:10.7910/DVN/28075): 20 columns.
ICEWS_PUBLISHED = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
]


@pytest.fixture(scope="module")
def store(nlp, tmp_path_factory, news_writer):
    folder = tmp_path_factory.mktemp("export")
    news = news_writer(folder / "news.jsonl")
    with Store(folder / "news.duckdb") as opened:
        opened.ingest([news], nlp=nlp)
        yield opened


def lines(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_gdelt_has_gdelts_61_columns_in_order_and_no_header_by_default(store, tmp_path):
    assert len(GDELT_PUBLISHED) == 61
    out = tmp_path / "events.tsv"
    count = export(store, "gdelt", out)
    rows = [line.split("\t") for line in lines(out)]
    assert count == len(rows) == store.sql("SELECT count(*) AS n FROM events WHERE reported").n[0]
    assert all(len(row) == 61 for row in rows)
    assert rows[0][0].isdigit()  # data from the first line: GDELT files have no header
    header = tmp_path / "with-header.tsv"
    export(store, "gdelt", header, header=True)
    assert lines(header)[0].split("\t") == GDELT_PUBLISHED
    table = list(csv.DictReader(header.open(encoding="utf-8"), delimiter="\t"))
    assert {row["QuadClass"] for row in table} <= {"1", "2", "3", "4"}
    attack = next(row for row in table if row["EventCode"] == "180")
    assert attack["Actor1Code"] == "RUSMIL" and attack["Actor1Type1Code"] == "MIL"
    assert attack["Actor2CountryCode"] == "UKR" and attack["EventRootCode"] == "18"
    assert (attack["NumMentions"], attack["NumArticles"], attack["NumSources"]) == ("2", "2", "2")
    assert attack["SQLDATE"] == "20220224" and attack["MonthYear"] == "202202"
    # GDELT's files give 2015.1315 for 2015-02-18: a month of 30 days counted from 0
    assert float(attack["FractionDate"]) == pytest.approx(2022 + (30 + 24) / 365, abs=1e-4)
    assert attack["SOURCEURL"] == "https://example.org/kyiv-1"
    talks = next(row for row in table if row["EventCode"] == "040")
    # Beijing, a world city (type 4), country in FIPS 10-4 as in GDELT
    assert (talks["ActionGeo_Type"], talks["ActionGeo_CountryCode"]) == ("4", "CH")
    assert talks["ActionGeo_FullName"] == "Beijing, China"
    sanctions = next(row for row in table if row["EventCode"] == "163")
    assert sanctions["Actor1KnownGroupCode"] == "EEC"
    assert sanctions["ActionGeo_Type"] == "1" and sanctions["ActionGeo_FeatureID"] == "RS"
    assert len(attack["DATEADDED"]) == 14


def test_icews_has_the_20_published_columns(store, tmp_path):
    out = tmp_path / "icews.tsv"
    export(store, "icews", out)
    table = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert list(table[0]) == ICEWS_PUBLISHED
    visit = next(row for row in table if row["CAMEO Code"] == "042")
    assert visit["Source Country"] == "Russia" and visit["Target Country"] == "India"
    assert visit["Source Sectors"] == "GOV" and visit["Event Text"] == "Make a visit"
    assert (visit["Story ID"], visit["Sentence Number"], visit["Publisher"]) == (
        "visit",
        "1",
        "PTI",
    )
    talks = next(row for row in table if row["CAMEO Code"] == "040")
    assert (talks["City"], talks["Country"]) == ("Beijing", "China")
    reports = tmp_path / "icews-reports.tsv"
    export(store, "icews", reports, level="mentions")
    assert (
        len(lines(reports)) - 1
        == store.sql("SELECT count(*) AS n FROM mentions WHERE reported").n[0]
    )


def test_plover_records_carry_the_required_fields(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    export(store, "plover", out, filter=EventFilter(include_all=True))
    records = [json.loads(line) for line in lines(out)]
    assert records and all({"id", "date", "source", "event"} <= set(r) for r in records)
    # the bare statement (010) has no PLOVER category: left out
    assert all(r["cameo"] != "010" for r in records)
    sanctions = next(r for r in records if r["cameo"] == "163")
    assert sanctions["event"] == ["SANCTION"]
    assert sanctions["source"][0]["code"] == "IGO"
    assert sanctions["source"][0]["cameo_code"] == "IGOEUREEC"
    assert sanctions["recipient"][0]["code"] == "RUS"
    assert sanctions["event_loc"]["cc3"] == "RUS"
    assert sanctions["event_loc"]["country code"] == "RU"
    denial = next(r for r in records if r["modality"] == "denied")
    assert denial["event"] == ["ASSAULT"]


def test_csv_and_parquet_hold_the_same_events(store, tmp_path):
    export(store, "csv", tmp_path / "events.csv")
    export(store, "parquet", tmp_path / "events.parquet")
    table = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    parquet = pq.read_table(tmp_path / "events.parquet")
    assert len(table) == parquet.num_rows > 0
    assert list(table[0]) == parquet.column_names
    assert sorted(r["merged_id"] for r in table) == sorted(parquet.column("merged_id").to_pylist())
    with pytest.raises(AccordError, match=r"\[E023\]"):
        export(store, "parquet", None)


def test_geojson_has_the_located_events_as_points(store, tmp_path):
    out = tmp_path / "events.geojson"
    count = export(store, "geojson", out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    located = store.sql(
        "SELECT count(*) AS n FROM events WHERE reported AND location_lat IS NOT NULL"
    ).n[0]
    assert len(features) == count == located
    beijing = next(f for f in features if f["properties"]["location_name"] == "Beijing")
    lon, lat = beijing["geometry"]["coordinates"]
    assert (round(lon), round(lat)) == (116, 40)  # GeoJSON order: longitude, latitude


def test_gexf_is_the_network_networkx_reads_back(store, tmp_path):
    out = tmp_path / "network.gexf"
    nodes = export(store, "gexf", out)
    graph = nx.read_gexf(out)
    assert graph.number_of_nodes() == nodes
    assert graph.has_edge("RUS", "UKR") and graph.has_edge("RUS", "IND")
    # the attack (two reports, one event) and the stated plan to attack (138)
    assert graph.edges["RUS", "UKR"]["events"] == 2


def test_reports_can_be_exported_but_not_as_gdelt(store, tmp_path):
    with pytest.raises(AccordError, match=r"\[E057\] level"):
        export(store, "gdelt", tmp_path / "x.tsv", level="mentions")
    export(store, "csv", tmp_path / "reports.csv", level="mentions")
    header = lines(tmp_path / "reports.csv")[0].split(",")
    assert "event_id" in header and "merged_id" in header and "evidence_sentence" in header
    with pytest.raises(AccordError, match=r"\[E057\] format"):
        export(store, "kml", tmp_path / "x")

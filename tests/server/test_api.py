"""The JSON API on a store of real coded news: filters, pages, counts, one event with its
evidence, series, profiles, the network, alerts, places, CSV twins and exports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from accord.analysis import EventFilter, events
from accord.store import Store


def rows_of_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_summary_counts_the_store(client, store_path):
    body = client.get("/api/summary").json()
    with Store(store_path, read_only=True) as store:
        counts = store.counts()
    assert (body["documents"], body["reports"], body["events"]) == (
        counts["documents"],
        counts["mentions"],
        counts["events"],
    )
    assert body["first_date"] <= body["last_date"]
    assert body["ingest"] is False


def test_events_filter_as_accord_query_does(client, store_path):
    body = client.get("/api/events", params={"dyad": "RUS,UKR", "root": "18,19"}).json()
    assert body["rows"], "the store has Russian attacks on Ukraine"
    for row in body["rows"]:
        assert row["cameo_root"] in ("18", "19")
        assert {row["source_country"], row["target_country"]} == {"RUS", "UKR"}
    with Store(store_path, read_only=True) as store:
        expected = events(store, EventFilter(dyad=("RUS", "UKR"), root=("18", "19")), limit=None)
    assert body["total"] == expected.total
    assert [r["merged_id"] for r in body["rows"]] == list(expected.rows.merged_id)


def test_two_reports_of_one_attack_count_as_one_event(client):
    body = client.get("/api/events", params={"text": "attacked", "source": "RUS"}).json()
    assert body["events"] == 1 and body["reports"] == 2
    (row,) = body["rows"]
    assert row["num_mentions"] == 2 and row["num_sources"] == 2


def test_reports_view_lists_each_coded_sentence(client):
    body = client.get(
        "/api/events", params={"text": "attacked", "source": "RUS", "view": "reports"}
    ).json()
    assert body["total"] == 2 == body["reports"]
    assert body["events"] == 1
    assert {row["doc_id"] for row in body["rows"]} == {"kyiv-1", "kyiv-2"}
    assert len({row["merged_id"] for row in body["rows"]}) == 1


def test_denials_only_with_all(client):
    plain = client.get("/api/events", params={"text": "did not attack"}).json()
    every = client.get("/api/events", params={"text": "did not attack", "all": "true"}).json()
    assert plain["total"] == 0
    assert every["total"] >= 1
    assert {row["modality"] for row in every["rows"]} == {"denied"}


def test_pages_cover_the_rows_once(client):
    whole = client.get("/api/events", params={"limit": 12}).json()
    first = client.get("/api/events", params={"limit": 6}).json()
    second = client.get("/api/events", params={"limit": 6, "offset": 6}).json()
    assert first["total"] == second["total"] == whole["total"] > 12
    ids = [r["merged_id"] for r in first["rows"] + second["rows"]]
    assert ids == [r["merged_id"] for r in whole["rows"]]


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"offset": -1}, "offset"),
        ({"start": "2022-02-30"}, "start"),
        ({"start": "2022/02/01"}, "start"),
        ({"end": "1646000000"}, "end"),
        ({"quad": "5"}, "quad"),
        ({"order": "random"}, "order"),
        ({"actor": "<script>"}, "actor"),
        ({"dyad": "RUS"}, "dyad"),
        ({"roots": "19"}, "roots"),
    ],
)
def test_invalid_parameters_are_named(client, params, where):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E080"
    assert f"'{where}" in error["message"]
    assert "/docs" in error["message"]
    assert error["detail"][0]["where"].startswith(f"query parameter '{where}'")


def test_start_after_end_is_refused(client):
    response = client.get("/api/events", params={"start": "2022-03-01", "end": "2022-02-01"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E057"


@pytest.mark.parametrize(("params", "kind"), [({"cameo": "999"}, "code"), ({"root": "21"}, "root")])
def test_unknown_cameo_codes_are_refused(client, params, kind):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E086"
    assert f"unknown CAMEO {kind}" in error["message"]
    assert "/api/codes" in error["message"]


def test_codes_and_roots_accept_lists_and_short_roots(client):
    short = client.get("/api/events", params={"root": "4"}).json()
    padded = client.get("/api/events", params=[("root", "04")]).json()
    assert short["total"] == padded["total"] > 0
    several = client.get("/api/events", params=[("cameo", "042"), ("cameo", "043")]).json()
    assert {row["cameo"] for row in several["rows"]} == {"042", "043"}


def test_one_event_with_its_reports_and_evidence(client):
    (row,) = client.get("/api/events", params={"text": "attacked", "source": "RUS"}).json()["rows"]
    body = client.get(f"/api/events/{row['merged_id']}").json()
    assert body["reports"] == len(body["mentions"]) == 2
    assert body["event"]["link"] == "https://example.org/kyiv-1"
    by_doc = {m["doc_id"]: m for m in body["mentions"]}
    assert by_doc["kyiv-1"]["link"] == "https://example.org/kyiv-1"
    assert by_doc["kyiv-1"]["doc_title"] == "Russia attacks Ukraine"
    assert by_doc["kyiv-2"]["link"] is None
    for mention in body["mentions"]:
        parts = mention["evidence_parts"]
        assert "".join(p["text"] for p in parts) == mention["evidence_sentence"]
        marked = {p["role"]: p["text"] for p in parts if p["role"]}
        assert marked["trigger"] == "attacked"
        assert marked["source"] == mention["source_text"]
        assert marked["target"] == "Ukraine"


def test_unknown_event_is_404(client):
    response = client.get("/api/events/ffffffffffffffff")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E058"


def test_dyad_series_counts_quadclasses(client):
    body = client.get(
        "/api/series", params={"source": "RUS", "target": "UKR", "both_ways": "true"}
    ).json()
    periods = body["periods"]
    assert periods and body["events"] == sum(p["events"] for p in periods)
    assert body["reports"] >= body["events"]
    for period in periods:
        assert period["events"] == sum(period[f"quad{q}"] for q in (1, 2, 3, 4))
    conflict = sum(p["quad4"] for p in periods)
    assert conflict >= 2  # the attack on Ukraine and the shelling of Kharkiv
    one_way = client.get("/api/series", params={"source": "RUS", "target": "UKR"}).json()
    assert one_way["events"] < body["events"]  # Ukraine's condemnation is the other way


def test_series_needs_two_actors_and_takes_no_actor_filter(client):
    missing = client.get("/api/series", params={"source": "RUS"})
    assert missing.status_code == 422
    assert "'target'" in missing.json()["error"]["message"]
    stray = client.get("/api/series", params={"source": "RUS", "target": "UKR", "actor": "CHN"})
    assert stray.status_code == 422


def test_country_profile_and_partners(client):
    body = client.get("/api/countries/rus").json()
    assert body["country"] == "RUS"
    partners = {p["partner"] for p in body["partners"]}
    assert {"UKR", "CHN"} <= partners
    assert sum(p["events"] for p in body["periods"]) == body["events"]
    same = client.get("/api/partners/RUS").json()
    assert same["partners"] == body["partners"]


def test_network_nodes_and_edges(client):
    body = client.get("/api/network").json()
    nodes = {n["node"]: n for n in body["nodes"]}
    assert {"RUS", "UKR", "CHN"} <= set(nodes)
    edge = next(e for e in body["edges"] if (e["source"], e["target"]) == ("RUS", "UKR"))
    assert edge["events"] >= 2 and edge["conflict"] >= 2
    actors = client.get("/api/network", params={"level": "actor"}).json()
    assert "RUSMIL" in {n["node"] for n in actors["nodes"]}


def test_places_for_the_map(client):
    body = client.get("/api/places").json()
    kharkiv = next(p for p in body["places"] if p["name"] == "Kharkiv")
    assert kharkiv["country"] == "UKR"
    assert 49 < kharkiv["lat"] < 51 and 35 < kharkiv["lon"] < 37
    assert body["events"] == sum(p["events"] for p in body["places"])
    assert body["reports"] == sum(p["reports"] for p in body["places"])


def test_alerts_and_counts(client):
    alerts = client.get("/api/alerts", params={"threshold": 0.5}).json()
    assert alerts["alerts"], "conflict in the last month departs from a quiet baseline"
    assert {a["metric"] for a in alerts["alerts"]} <= {"conflict", "goldstein_mean"}
    counts = client.get("/api/counts", params={"freq": "year"}).json()
    assert {"RUS", "UKR"} <= {row["country"] for row in counts["rows"]}


@pytest.mark.parametrize(
    ("path", "params", "key"),
    [
        ("/api/events", {"limit": 20}, "rows"),
        ("/api/events", {"limit": 20, "view": "reports"}, "rows"),
        ("/api/series", {"source": "RUS", "target": "UKR", "both_ways": "true"}, "periods"),
        ("/api/partners/RUS", {}, "partners"),
        ("/api/countries/RUS", {}, "periods"),
        ("/api/countries/RUS", {"part": "partners"}, "partners"),
        ("/api/network", {}, "edges"),
        ("/api/network", {"part": "nodes"}, "nodes"),
        ("/api/places", {}, "places"),
        ("/api/alerts", {"threshold": 0.5}, "alerts"),
        ("/api/counts", {}, "rows"),
        ("/api/codes", {}, "codes"),
        ("/api/ledger", {}, "runs"),
    ],
)
def test_every_view_has_a_csv_twin(client, path, params, key):
    as_json = client.get(path, params=params).json()[key]
    response = client.get(path, params={**params, "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = rows_of_csv(response.text)
    assert len(rows) == len(as_json) > 0
    assert set(rows[0]) == set(as_json[0]) - {"link"}


def test_csv_of_one_event_lists_its_reports(client):
    (row,) = client.get("/api/events", params={"text": "attacked", "source": "RUS"}).json()["rows"]
    rows = rows_of_csv(client.get(f"/api/events/{row['merged_id']}?format=csv").text)
    assert sorted(r["doc_id"] for r in rows) == ["kyiv-1", "kyiv-2"]


def test_csv_cells_that_would_run_as_formulas_are_quoted(client):
    (row,) = client.get("/api/events", params={"text": "war crimes"}).json()["rows"]
    detail = client.get(f"/api/events/{row['merged_id']}").json()
    assert detail["mentions"][0]["doc_title"].startswith("=HYPERLINK")  # JSON: as written
    (cells,) = rows_of_csv(client.get(f"/api/events/{row['merged_id']}?format=csv").text)
    assert cells["doc_title"] == "'" + detail["mentions"][0]["doc_title"]
    assert cells["goldstein"].startswith("-")  # numbers are left alone


def test_exports_download(client):
    response = client.get("/api/export", params={"format": "gdelt", "dyad": "RUS,UKR"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    geo = client.get("/api/export", params={"format": "geojson"})
    collection = json.loads(geo.text)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    plover = client.get("/api/export", params={"format": "plover", "level": "mentions"})
    assert all(json.loads(line) for line in plover.text.splitlines())
    bad = client.get("/api/export", params={"format": "xlsx"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E080"


def test_codes_list_the_codebook(client):
    codes = client.get("/api/codes").json()["codes"]
    by_code = {c["code"]: c for c in codes}
    assert by_code["190"]["quad_class"] == 4
    assert sum(1 for c in codes if c["level"] == 0) == 20

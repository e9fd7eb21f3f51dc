"""POST /api/ingest: only on a server with a token, only with the token; coded, stored,
idempotent, and a bad document does not stop the others."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from accord.server import create_app
from accord.store import Store

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "id": "odesa",
    "date": "2022-03-06",
    "source": "AP",
    "url": "https://example.org/odesa",
    "text": "Russian warships shelled Odesa on Sunday.",
}


def test_a_read_only_server_has_no_ingest(client):
    response = client.post("/api/ingest", json={"documents": [ARTICLE]}, headers=AUTH)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E084"
    assert "--token" in response.json()["error"]["message"]
    assert client.app.state.stores.get().read_only
    assert "/api/ingest" not in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"X-Token": TOKEN}],
)
def test_ingest_needs_the_token(token_client, headers):
    before = token_client.get("/api/summary").json()
    response = token_client.post("/api/ingest", json={"documents": [ARTICLE]}, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E083"
    assert token_client.get("/api/summary").json() == before


def test_the_token_is_checked_before_the_body(token_client):
    response = token_client.post("/api/ingest", json={"nothing": True})
    assert response.status_code == 401


def test_ingest_codes_and_stores_and_is_idempotent(token_client):
    before = token_client.get("/api/summary").json()
    response = token_client.post("/api/ingest", json={"documents": [ARTICLE]}, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    assert (body["documents_new"], body["documents_failed"], body["errors"]) == (1, 0, [])
    assert body["reports_added"] >= 1
    assert body["store"]["documents"] == before["documents"] + 1
    found = token_client.get("/api/events", params={"text": "Odesa"}).json()
    assert found["total"] >= 1
    assert found["rows"][0]["link"] == "https://example.org/odesa"
    again = token_client.post("/api/ingest", json={"documents": [ARTICLE]}, headers=AUTH).json()
    assert (again["documents_unchanged"], again["reports_added"]) == (1, 0)
    assert again["store"] == body["store"]
    ledger = token_client.get("/api/ledger").json()["runs"]
    assert ledger[0]["inputs"] == '["POST /api/ingest (1 documents)"]'
    assert ledger[0]["status"] == "complete"


def test_a_bad_document_is_reported_and_the_others_stored(token_client):
    bad = {"id": "bad-date", "date": "2022-13-45", "text": "Russia attacked Ukraine."}
    empty = {"id": "empty", "date": "2022-03-01", "text": "   "}
    response = token_client.post(
        "/api/ingest", json={"documents": [bad, ARTICLE, empty]}, headers=AUTH
    )
    body = response.json()
    assert response.status_code == 200
    assert body["documents_new"] == 1 and body["documents_failed"] == 2
    messages = {e["doc_id"]: e["message"] for e in body["errors"]}
    assert messages["bad-date"].startswith("[E003]")
    assert messages["empty"].startswith("[E001]")


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"documents": []}, "documents"),
        ({"documents": [ARTICLE, ARTICLE]}, "documents.1.id"),
        ({"documents": [{"id": "x"}]}, "documents.0.text"),
        ({"documents": [{**ARTICLE, "body": "?"}]}, "documents.0.body"),
    ],
)
def test_invalid_bodies_are_named(token_client, payload, where):
    response = token_client.post("/api/ingest", json=payload, headers=AUTH)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E080"
    assert f"body field '{where}'" in error["message"]


def test_a_token_server_creates_a_missing_store(tmp_path, nlp):
    path = tmp_path / "new.duckdb"
    with TestClient(create_app(path, token=TOKEN, nlp=nlp)) as fresh:
        assert fresh.get("/api/summary").json()["documents"] == 0
        fresh.post("/api/ingest", json={"documents": [ARTICLE]}, headers=AUTH)
    with Store(path, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_an_empty_token_is_refused(store_path):
    with pytest.raises(ValueError, match="empty"):
        create_app(store_path, token=" ")

"""One JSON error shape for every error; security headers; the offline documentation."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from accord.server import create_app
from accord.server.errors import STATUS

from .conftest import TOKEN


def assert_error_shape(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "detail"}
    assert re.fullmatch(r"E\d{3}", error["code"])
    assert error["message"].startswith(f"[{error['code']}] ")
    assert error["code"] == code
    return error


@pytest.mark.parametrize(
    ("method", "path", "params", "status", "code"),
    [
        ("GET", "/api/nothing-here", None, 404, "E081"),
        ("GET", "/static/missing.js", None, 404, "E081"),
        ("GET", "/api/events/0000000000000000", None, 404, "E058"),
        ("GET", "/api/events/bad%20id", None, 422, "E080"),
        ("GET", "/api/events", {"limit": "many"}, 422, "E080"),
        ("GET", "/api/events", {"cameo": "0000"}, 422, "E086"),
        ("GET", "/api/events", {"start": "2023-01-01", "end": "2022-01-01"}, 422, "E057"),
        ("GET", "/api/events", {"view": "reports", "order": "mentions"}, 422, "E080"),
        ("GET", "/api/partners/R%20U%20S", None, 422, "E080"),
        ("GET", "/api/alerts", {"baseline": 1}, 422, "E080"),
        ("POST", "/api/events", None, 405, "E082"),
        ("DELETE", "/api/summary", None, 405, "E082"),
        ("POST", "/api/ingest", None, 404, "E084"),
    ],
)
def test_every_error_has_one_shape(client, method, path, params, status, code):
    response = client.request(method, path, params=params)
    assert_error_shape(response, status, code)
    assert STATUS[code] == status


def test_validation_detail_lists_every_problem(client):
    response = client.get("/api/events", params={"limit": 0, "start": "soon", "quad": 9})
    error = assert_error_shape(response, 422, "E080")
    assert {d["where"].split(" (")[0] for d in error["detail"]} == {
        "query parameter 'limit'",
        "query parameter 'start'",
        "query parameter 'quad'",
    }
    assert "2 more problems" in error["message"]


def test_unauthorised_ingest_has_the_shape(token_client):
    assert_error_shape(token_client.post("/api/ingest", json={}), 401, "E083")


def test_a_failing_request_answers_in_the_shape(store_path):
    app = create_app(store_path)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("broken on purpose")

    with TestClient(app, raise_server_exceptions=False) as failing:
        error = assert_error_shape(failing.get("/api/boom"), 500, "E085")
    assert "/api/boom" in error["message"] and "RuntimeError" in error["message"]


def test_pages_carry_a_content_security_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all('src="/static/' in tag for tag in scripts)


def test_the_dashboard_and_docs_load_nothing_from_another_host(client):
    for path in ("/", "/docs", "/redoc"):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert url.startswith("/"), f"{path} loads {url}"
            assert client.get(url).status_code == 200, url
        assert "cdn" not in html.lower()


def test_openapi_describes_the_api(client, writable_copy, nlp):
    paths = client.get("/openapi.json").json()["paths"]
    documented = ("/api/events", "/api/events/{merged_id}", "/api/series", "/api/network")
    documented += ("/api/alerts", "/api/places", "/api/countries/{country}", "/api/export")
    for path in documented:
        assert path in paths
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "root", "cameo", "start", "end", "text", "limit", "all"} <= names
    with TestClient(create_app(writable_copy, token=TOKEN, nlp=nlp)) as writable:
        assert "/api/ingest" in writable.get("/openapi.json").json()["paths"]

"""A store of real news coded by the real pipeline (built once per test session), the API on
it through FastAPI's test client, and a live server with headless Chromium for the browser
tests."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import accord
from accord.server import create_app
from accord.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "00.txt"
EXAMPLE = ROOT / "examples" / "moscow-talks.txt"
TOKEN = "test-token-4f1c"
#: Debian's browser; Playwright drives it, it downloads none of its own
CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")

#: short news items: two reports of one attack (one event), a denial, a visit, talks,
#: sanctions, aid, a condemnation, an accusation under a title a spreadsheet would run
NEWS = [
    {"id": "kyiv-1", "date": "2022-02-24", "source": "AP", "title": "Russia attacks Ukraine",
     "url": "https://example.org/kyiv-1", "text": "Russian troops attacked Ukraine on Thursday."},
    {"id": "kyiv-2", "date": "2022-02-25", "source": "Reuters",
     "text": "Russian forces attacked Ukraine on Thursday, officials said."},
    {"id": "kharkiv", "date": "2022-02-28", "source": "AP",
     "text": "Russian forces shelled Kharkiv on Monday."},
    {"id": "denial", "date": "2022-02-25", "source": "TASS",
     "text": "Russia did not attack Ukraine."},
    {"id": "visit", "date": "2021-12-15", "source": "PTI", "text": "Putin visited India on Dec 6."},
    {"id": "talks", "date": "2022-03-03", "source": "Xinhua",
     "text": "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
             "Beijing on Tuesday."},
    {"id": "sanctions", "date": "2022-02-23", "source": "AFP",
     "text": "The European Union imposed sanctions on Russia on Monday."},
    {"id": "aid", "date": "2022-03-05", "source": "AP",
     "text": "The United States sent military aid to Ukraine on Friday."},
    {"id": "condemn", "date": "2022-03-02", "source": "BBC",
     "text": "Ukraine condemned Russia on Wednesday."},
    {"id": "formula", "date": "2022-03-04", "source": "Wire",
     "title": '=HYPERLINK("http://example.org","x")',
     "text": "Ukraine accused Russia of war crimes on Friday."},
    {"id": "tokyo", "date": "2023-03-21", "source": "Kyodo",
     "text": "Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday."},
    {"id": "tbilisi", "date": "2023-03-08", "source": "AP",
     "text": "In Georgia, police arrested dozens of protesters in Tbilisi on Wednesday."},
]  # fmt: skip


def write_jsonl(path: Path, documents: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document) + "\n")
    return path


@pytest.fixture(scope="session")
def nlp():
    return accord.load()


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, nlp) -> Path:
    folder = tmp_path_factory.mktemp("server-store")
    news = write_jsonl(folder / "news.jsonl", NEWS)
    path = folder / "news.duckdb"
    with Store(path) as store:
        store.ingest([str(news), str(EXAMPLE), str(SEED)], nlp=nlp)
    return path


@pytest.fixture(scope="session")
def client(store_path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path)) as test_client:
        yield test_client


@pytest.fixture
def writable_copy(store_path, tmp_path) -> Path:
    """A copy of the session store that a test may write to."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(store_path, path)
    return path


@pytest.fixture
def token_client(writable_copy, nlp) -> Iterator[TestClient]:
    with TestClient(create_app(writable_copy, token=TOKEN, nlp=nlp)) as test_client:
        yield test_client


# ------------------------------------------------------------------------------ browser


@pytest.fixture(scope="session")
def live_server(store_path, tmp_path_factory, nlp) -> Iterator[str]:
    """The application on uvicorn, on a free loopback port, with a token (so a test can
    ingest an article through the API) over a copy of the session store."""
    import uvicorn

    path = tmp_path_factory.mktemp("live") / "live.duckdb"
    shutil.copy(store_path, path)
    app = create_app(path, token=TOKEN, nlp=nlp)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"the browser tests need Chromium at {CHROMIUM}: apt-get install chromium "
            "chromium-driver (Debian), or set ACCORD_CHROMIUM to its path"
        )
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
    )
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser, live_server):
    """A fresh page (1400x1000) whose requests and script errors are recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    opened.requests = []  # type: ignore[attr-defined]
    opened.errors = []  # type: ignore[attr-defined]
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    # a console error is a blocked resource, a policy violation or a failed request
    opened.on(
        "console",
        lambda message: opened.errors.append(message.text) if message.type == "error" else None,
    )
    yield opened
    context.close()

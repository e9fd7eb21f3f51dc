"""Shared by the store tests: the real pipeline (loaded once per module) and a small news
corpus of real sentences whose coding does not hinge on fine points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accord

#: (id, date, publisher, url, text): two reports of one attack, a denial, a visit (two
#: events), talks in Beijing (two events), a bare statement (010), sanctions, an intention
#: and a hypothetical
NEWS = [
    ("kyiv-1", "2022-02-24", "AP", "https://example.org/kyiv-1",
     "Russian troops attacked Ukraine on Thursday."),
    ("kyiv-2", "2022-02-25", "Reuters", None,
     "Russian forces attacked Ukraine on Thursday, officials said."),
    ("denial", "2022-02-25", "TASS", None, "Russia did not attack Ukraine."),
    ("visit", "2021-12-15", "PTI", None, "Putin visited India on Dec 6."),
    ("talks", "2022-03-03", "Xinhua", None,
     "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing "
     "on Tuesday."),
    ("statement", "2022-03-03", "TASS", None,
     "Russian Foreign Minister Sergei Lavrov said the economy was growing."),
    ("sanctions", "2022-02-23", "AFP", None,
     "The European Union imposed sanctions on Russia on Monday."),
    ("plans", "2022-02-20", "AP", None, "Russia plans to attack Ukraine."),
    ("if", "2022-02-20", "AP", None,
     "If Russia invades Ukraine, the United States will impose sanctions."),
]  # fmt: skip


def write_news(path: Path, news=NEWS) -> Path:
    """The corpus as a JSONL file of documents."""
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, date, publisher, url, text in news:
            record = {"id": doc_id, "date": date, "source": publisher, "text": text}
            if url:
                record["url"] = url
            handle.write(json.dumps(record) + "\n")
    return path


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


@pytest.fixture
def news_file(tmp_path) -> Path:
    return write_news(tmp_path / "news.jsonl")


def snapshot(store) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the columns that record when or by which run."""
    queries = {
        "documents": "SELECT * EXCLUDE (ingest_id, ingested_at) FROM documents",
        "mentions": "SELECT * EXCLUDE (ingest_id) FROM mentions",
        "event_days": "SELECT * FROM event_days",
        "events": "SELECT * EXCLUDE (added_at) FROM events",
    }
    return {
        name: sorted(store.con.execute(query).fetchall(), key=repr)
        for name, query in queries.items()
    }


@pytest.fixture(scope="session")
def snap():
    return snapshot


@pytest.fixture(scope="session")
def news_writer():
    return write_news


@pytest.fixture
def news_rows():
    return list(NEWS)

"""Synthetic stores for query maths: events made by hand, so every expected number can be
worked out in the test that checks it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from accord.documents import Document
from accord.events import Actor, Event, Evidence
from accord.store import Store

#: QuadClass and Goldstein value the tests give each code (set here, not read from the
#: codebook, so that the expected sums are written out in the tests)
CODES = {
    "190": (4, -10.0, "Use conventional military force"),
    "173": (4, -5.0, "Arrest, detain"),
    "111": (3, -2.0, "Criticize or denounce"),
    "042": (1, 2.0, "Make a visit"),
    "040": (1, 1.0, "Consult"),
    "070": (2, 7.0, "Provide aid"),
    "010": (1, 0.0, "Make statement"),
}


def actor(code: str) -> Actor:
    """``RUSMIL`` is Russia's military; ``IGOUNO`` an organisation without a country."""
    if code.startswith("IGO"):
        return Actor(text=code, code=code, name=code)
    sectors = (code[3:],) if len(code) > 3 else ()
    return Actor(text=code, code=code, country=code[:3], sectors=sectors, name=code)


def make_event(
    doc_id: str,
    source: str,
    target: str | None,
    cameo: str,
    day: str | None,
    *,
    sentence: int = 0,
    modality: str = "asserted",
    location: dict | None = None,
    text: str | None = None,
    pub_date: str | None = None,
) -> Event:
    quad, goldstein, name = CODES[cameo]
    sentence_text = text or f"{source} {name.lower()} {target or ''}".strip() + "."
    return Event(
        doc_id=doc_id,
        sentence_index=sentence,
        source=actor(source),
        target=actor(target) if target else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        cameo_name=name,
        quad_class=quad,
        goldstein=goldstein,
        plover_type=None if cameo == "010" else "ASSAULT",
        plover_mode=None,
        modality=modality,
        date=day,
        date_precision="day" if day else "document",
        pub_date=pub_date or day,
        evidence=Evidence(
            sentence=sentence_text,
            trigger=name.split()[0].lower(),
            span=(0, 4),
            rule=f"{cameo}:test",
        ),
        confidence=0.7,
        location=location,
    )


def add(
    store: Store,
    doc_id: str,
    events: list[Event],
    *,
    date: str | None = None,
    publisher: str | None = "wire",
    url: str | None = None,
) -> None:
    """Store one document holding `events`."""
    day = dt.date.fromisoformat(date) if date else None
    document = Document(doc_id, f"text of {doc_id}", day, source=publisher, url=url)
    store.write([(document, events)])


def add_all(store: Store, rows: list[tuple[str, str, str, str]]) -> None:
    """Store one document per (source, target, code, day), in one batch."""
    pairs = []
    for number, (source, target, cameo, day) in enumerate(rows):
        doc_id = f"d{number}"
        document = Document(doc_id, f"text of {doc_id}", dt.date.fromisoformat(day), source="wire")
        pairs.append((document, [make_event(doc_id, source, target, cameo, day)]))
    store.write(pairs)


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as opened:
        yield opened


@pytest.fixture
def ev() -> Callable[..., Event]:
    return make_event


@pytest.fixture
def put() -> Callable[..., None]:
    return add


@pytest.fixture
def put_all() -> Callable[..., None]:
    return add_all

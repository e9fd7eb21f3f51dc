"""accord: political event data from news, coded in CAMEO and PLOVER, offline.

>>> import accord
>>> events = accord.code("Putin visited India on Dec 6.", date="2021-12-15")
>>> [(e.source.code, e.cameo, e.target.code, e.date) for e in events]
[('RUSGOV', '042', 'IND', '2021-12-06'), ('IND', '043', 'RUSGOV', '2021-12-06')]
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.language import Language

from ._version import __version__
from .documents import Document, read_documents
from .events import Actor, Event, Evidence
from .pipeline import DEFAULT_MODEL, code_documents, code_text, load

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Evidence",
    "Store",
    "__version__",
    "code",
    "code_documents",
    "load",
    "read_documents",
]


def __getattr__(name: str) -> object:
    # Store brings DuckDB in: imported on first use, so `accord code` does not pay for it
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'accord' has no attribute {name!r}")


@functools.cache
def _default_pipeline(model: str) -> Language:
    return load(model)


def code(
    text: str,
    *,
    date: dt.date | str | None = None,
    doc_id: str = "text",
    model: str = DEFAULT_MODEL,
) -> list[Event]:
    """The events in `text`, relative dates resolved against `date` (the publication date)."""
    return code_text(_default_pipeline(model), text, date=date, doc_id=doc_id)

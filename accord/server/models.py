"""What the API accepts (query parameters and bodies, validated) and what it answers.

Every endpoint's query parameters are one Pydantic model, so they are checked before any
query runs: an unknown parameter, a date that is not ``YYYY-MM-DD``, a page size out of
bounds, a CAMEO code the codebook does not have or an actor code that is not letters and
digits is an error with a message that says what to send instead (`accord.server.errors`).

Lists (``cameo``, ``root``, ``quad``) may be repeated (``?root=18&root=19``) or written with
commas (``?root=18,19``); ``dyad`` is two actors with a comma (``?dyad=RUS,UKR``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from ..analysis import EventFilter
from ..errors import Errors
from ..ontology import load_codebook

#: the most rows one page of events (or reports) holds; /api/export has no limit
MAX_PAGE = 1000
MAX_PLACES = 5000
MAX_OFFSET = 1_000_000_000
#: documents one POST /api/ingest may carry
MAX_INGEST_DOCUMENTS = 1000

_ACTOR = re.compile(r"[A-Z0-9]{2,20}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# ------------------------------------------------------------------------------ values


def actor_code(value: str | None) -> str | None:
    """An actor code or country, upper-cased (``rus`` -> ``RUS``); ValueError if it is not
    2 to 20 letters or digits."""
    if value is None:
        return None
    value = value.strip().upper()
    if not value:
        return None
    if not _ACTOR.fullmatch(value):
        raise ValueError(
            f"{value!r} is not an actor code or country: use 2 to 20 letters or digits, "
            "as RUS, RUSGOV or IGOUNO"
        )
    return value


def _day(value: Any) -> Any:
    """A date from ``YYYY-MM-DD`` only (no timestamps, no numbers read as seconds)."""
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _DAY.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"{text!r} is not a day of the calendar") from None
    raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD")


def _split(value: Any) -> Any:
    """``["18,19", "20"]`` -> ``["18", "19", "20"]``; empty items dropped."""
    if value is None:
        return []
    if isinstance(value, (str, int)):
        value = [value]
    out: list[Any] = []
    for item in value:
        if isinstance(item, str):
            out += [part.strip() for part in item.split(",") if part.strip()]
        else:
            out.append(item)
    return out


def _cameo(values: list[str]) -> list[str]:
    codebook = load_codebook()
    for value in values:
        if value not in codebook:
            raise ValueError(
                Errors.E086.format(
                    kind="code",
                    value=value,
                    name="cameo",
                    hint="a code is 2 to 4 digits of the CAMEO codebook, as 190 or 0314",
                )
            )
    return values


def _roots(values: list[str]) -> list[str]:
    codebook = load_codebook()
    out = []
    for value in values:
        root = value.zfill(2) if value.isdigit() and len(value) == 1 else value
        if root not in codebook or codebook[root].level != 0:
            raise ValueError(
                Errors.E086.format(kind="root", value=value, name="root", hint="a root is 01 to 20")
            )
        out.append(root)
    return out


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or not value.strip():
        return None
    parts = [part for part in re.split(r"[,\s]+", value.strip()) if part]
    if len(parts) != 2:
        raise ValueError(f"{value!r} is not two actors: write them with a comma, as RUS,UKR")
    first, second = (actor_code(part) for part in parts)
    return first, second  # type: ignore[return-value]


Actor = Annotated[str | None, AfterValidator(actor_code)]
Day = Annotated[dt.date | None, BeforeValidator(_day)]
Codes = Annotated[list[str], BeforeValidator(_split), AfterValidator(_cameo)]
Roots = Annotated[list[str], BeforeValidator(_split), AfterValidator(_roots)]
Quads = Annotated[list[Annotated[int, Field(ge=1, le=4)]], BeforeValidator(_split)]
Format = Literal["json", "csv"]
Freq = Literal["day", "week", "month", "year"]


# ------------------------------------------------------------------------------ queries


class ConditionQuery(BaseModel):
    """What events to count, apart from who acts: codes, dates, words, places."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    cameo: Codes = Field(
        default_factory=list, description="CAMEO codes (190, 0314); repeat or use commas."
    )
    root: Roots = Field(default_factory=list, description="CAMEO roots, 01 to 20.")
    quad: Quads = Field(
        default_factory=list,
        description="QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal "
        "conflict, 4 material conflict.",
    )
    start: Day = Field(None, description="First event date, YYYY-MM-DD.")
    end: Day = Field(None, description="Last event date, YYYY-MM-DD (included).")
    text: str | None = Field(
        None,
        max_length=200,
        description="Words that must all be in the evidence sentence (any case).",
    )
    located: bool = Field(False, description="Only events with coordinates.")
    include_all: bool = Field(
        False,
        alias="all",
        description="Also denied and hypothetical acts and bare statements (CAMEO 010).",
    )
    format: Format = Field("json", description="json, or csv for a download of the same rows.")

    def event_filter(self) -> EventFilter:
        return EventFilter(
            cameo=tuple(self.cameo),
            root=tuple(self.root),
            quad_class=tuple(self.quad),
            start=self.start,
            end=self.end,
            text=self.text or None,
            located=self.located,
            include_all=self.include_all,
            **self._actors(),
        )

    def _actors(self) -> dict[str, Any]:
        return {}


class FilterQuery(ConditionQuery):
    """Every filter of ``accord query events``: who acts on whom, and the conditions."""

    actor: Actor = Field(None, description="Either side: an actor code (RUSGOV) or a country.")
    source: Actor = Field(None, description="Source actor code or country.")
    target: Actor = Field(None, description="Target actor code or country.")
    country: Actor = Field(None, description="Either side's country (ISO 3166 alpha-3).")
    dyad: Annotated[str | None, AfterValidator(_dyad)] = Field(
        None, description="Two actors or countries with a comma (RUS,UKR), either way."
    )
    directed: bool = Field(False, description="dyad in the order given only.")

    def _actors(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "source": self.source,
            "target": self.target,
            "country": self.country,
            "dyad": self.dyad,
            "directed": self.directed,
        }


class EventsQuery(FilterQuery):
    limit: int = Field(50, ge=1, le=MAX_PAGE, description=f"Rows a page, 1 to {MAX_PAGE}.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")
    order: Literal["date", "-date", "mentions", "goldstein"] = Field(
        "date", description="date, -date (newest first), mentions (most reported) or goldstein."
    )
    view: Literal["events", "reports"] = Field(
        "events",
        description="events: merged events; reports: the raw view, one row per coded sentence.",
    )


class FormatQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Format = Field("json", description="json, or csv (the event's reports).")


class SeriesQuery(ConditionQuery):
    source: Annotated[str, AfterValidator(actor_code)] = Field(
        description="Source actor code or country (RUS: every Russian actor)."
    )
    target: Annotated[str, AfterValidator(actor_code)] = Field(
        description="Target actor code or country."
    )
    freq: Freq = Field("month", description="day, week (from Monday), month or year.")
    both_ways: bool = Field(False, description="Count target to source too.")


class PartnersQuery(ConditionQuery):
    n: int = Field(10, ge=1, le=200, description="How many partners.")
    level: Literal["country", "actor"] = Field(
        "country", description="Partners as countries or actors."
    )


class ProfileQuery(ConditionQuery):
    freq: Freq = Field("month", description="Period of the QuadClass mix.")
    n: int = Field(10, ge=1, le=200, description="How many partners.")
    part: Literal["periods", "partners"] = Field(
        "periods", description="Which table the csv format holds."
    )


class CountsQuery(FilterQuery):
    freq: Freq = Field("month", description="day, week, month or year.")
    role: Literal["either", "source", "target"] = Field(
        "either", description="Count a country as source, target or either."
    )


class NetworkQuery(FilterQuery):
    level: Literal["country", "actor"] = Field("country", description="Nodes: countries or actors.")
    min_events: int = Field(1, ge=1, le=1_000_000, description="Events an edge needs.")
    part: Literal["edges", "nodes"] = Field(
        "edges", description="Which table the csv format holds."
    )


class AlertsQuery(FilterQuery):
    by: Literal["country", "dyad"] = Field("country", description="Countries or country pairs.")
    window: int = Field(30, ge=1, le=3650, description="Days in each window.")
    baseline: int = Field(6, ge=2, le=120, description="Windows before the latest one.")
    threshold: float = Field(2.0, gt=0, le=100, description="Alert at |z| this large.")
    min_std: float = Field(1.0, gt=0, le=1000, description="Floor of the baseline's deviation.")
    as_of: Day = Field(None, description="End of the latest window (default: latest event).")


class PlacesQuery(FilterQuery):
    limit: int = Field(1000, ge=1, le=MAX_PLACES, description=f"Places, 1 to {MAX_PLACES}.")


class ExportQuery(FilterQuery):
    format: Literal["gdelt", "icews", "plover", "csv", "parquet", "geojson", "gexf"] = Field(  # type: ignore[assignment]
        description="gdelt (GDELT 2.0 events, tab-separated), icews, plover (JSON lines), "
        "csv, parquet, geojson (located events) or gexf (the actor network)."
    )
    level: Literal["events", "mentions"] = Field(
        "events", description="Merged events, or the reports (mentions) behind them."
    )
    header: bool = Field(False, description="Column names on a GDELT file's first line.")


class SummaryQuery(FormatQuery):
    pass


# ------------------------------------------------------------------------------ bodies


class IngestDocument(BaseModel):
    """One news document, with the fields of a JSONL line of ``accord ingest``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=300, description="The document's id.")
    text: str = Field(max_length=10_000_000, description="The article's text.")
    date: str | None = Field(None, max_length=40, description="Publication date, YYYY-MM-DD.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=300, description="The publisher.")


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[IngestDocument] = Field(
        min_length=1,
        max_length=MAX_INGEST_DOCUMENTS,
        description=f"1 to {MAX_INGEST_DOCUMENTS} documents; send more in several requests.",
    )


# ------------------------------------------------------------------------------ answers


class ErrorInfo(BaseModel):
    code: str = Field(description="The coded error, as E080; search the docs for it.")
    message: str = Field(description="What went wrong and how to fix it.")
    detail: Any = Field(None, description="Per-field problems of a request, when there are.")


class ErrorBody(BaseModel):
    """The one shape of every error the API answers."""

    error: ErrorInfo


class EventsPage(BaseModel):
    model_config = ConfigDict(extra="allow")

    total: int = Field(description="Rows matching (events, or reports in the reports view).")
    reports: int
    events: int
    limit: int
    offset: int
    rows: list[dict[str, Any]]


class EventDetailBody(BaseModel):
    model_config = ConfigDict(extra="allow")

    event: dict[str, Any]
    reports: int
    mentions: list[dict[str, Any]] = Field(
        description="Every report, with evidence_parts (the sentence with the trigger, "
        "source and target marked) and link (the document's http(s) URL)."
    )


class IngestAnswer(BaseModel):
    ingest_id: int
    documents_read: int
    documents_new: int
    documents_replaced: int
    documents_unchanged: int
    documents_failed: int
    reports_added: int
    errors: list[dict[str, str]] = Field(description="One per document that failed.")
    store: dict[str, int]

"""The event record: `Event` and `Actor`, their JSON form and their flat row form.

The record is the one source of truth; every export (JSONL, CSV, Parquet, and later GDELT,
ICEWS, PLOVER) is computed from it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

#: what `json.dumps(..., ensure_ascii=False)` builds on every call, built once
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acted or was acted upon, as resolved on the event's date.

    ``code`` is CAMEO-style (``CHNGOV``, ``RUSMIL``, ``USA``, ``IGOUNO``); ``country`` is
    ISO 3166 alpha-3, or None for an international organisation.
    """

    text: str
    code: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    name: str | None = None
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "kb_id": self.kb_id,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words behind an event: its sentence, the trigger, and the rule that fired."""

    sentence: str
    trigger: str
    span: tuple[int, int]
    rule: str
    #: how each part was decided: "source", "target", "date", "modality" -> a sentence
    explain: dict[str, str] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "sentence": self.sentence,
            "trigger": self.trigger,
            "span": list(self.span),
            "rule": self.rule,
        }
        if self.explain:
            out["explain"] = dict(self.explain)
        return out


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: source did `cameo` to target, on `date`, said in `evidence`."""

    doc_id: str
    sentence_index: int
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    modality: str
    date: str | None
    date_precision: str
    pub_date: str | None
    evidence: Evidence
    confidence: float
    versions: dict[str, str] = field(default_factory=dict)
    location: dict[str, Any] | None = None

    @property
    def event_id(self) -> str:
        """Stable content hash: the same report coded twice gets the same id."""
        key = "\x1f".join(
            [
                self.doc_id,
                str(self.sentence_index),
                self.source.code,
                self.cameo,
                self.target.code if self.target else "",
                self.date or "",
                str(self.evidence.span[0]),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-lines form documented in ARCHITECTURE.md."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "date": self.date,
            "date_precision": self.date_precision,
            "pub_date": self.pub_date,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"event_type": self.plover_type, "mode": self.plover_mode},
            "modality": self.modality,
            "location": self.location,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "versions": dict(self.versions),
        }

    def to_json(self) -> str:
        return _JSON_ENCODER.encode(self.to_dict())

    def to_row(self) -> dict[str, Any]:
        """A flat row (CSV, Parquet, databases): nested fields become prefixed columns."""
        row: dict[str, Any] = {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "date": self.date,
            "date_precision": self.date_precision,
            "pub_date": self.pub_date,
        }
        for role, actor in (("source", self.source), ("target", self.target)):
            for key in ROW_ACTOR_FIELDS:
                value = getattr(actor, key) if actor else None
                if key == "sectors":
                    value = "|".join(value) if value else None
                row[f"{role}_{key}"] = value
        row.update(
            {
                "cameo": self.cameo,
                "cameo_root": self.cameo_root,
                "cameo_name": self.cameo_name,
                "quad_class": self.quad_class,
                "goldstein": self.goldstein,
                "plover_type": self.plover_type,
                "plover_mode": self.plover_mode,
                "modality": self.modality,
                "location_name": (self.location or {}).get("name"),
                "location_country": (self.location or {}).get("country"),
                "location_lat": (self.location or {}).get("lat"),
                "location_lon": (self.location or {}).get("lon"),
                "evidence_sentence": self.evidence.sentence,
                "evidence_trigger": self.evidence.trigger,
                "evidence_start": self.evidence.span[0],
                "evidence_end": self.evidence.span[1],
                "evidence_rule": self.evidence.rule,
                "confidence": self.confidence,
                "versions": json.dumps(self.versions, sort_keys=True),
            }
        )
        return row


ROW_ACTOR_FIELDS = ("text", "name", "code", "country", "sectors", "kb_id")

#: the flat row's columns, in order (CSV header, Parquet schema)
ROW_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "pub_date",
    *(f"{role}_{key}" for role in ("source", "target") for key in ROW_ACTOR_FIELDS),
    "cameo",
    "cameo_root",
    "cameo_name",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "evidence_sentence",
    "evidence_trigger",
    "evidence_start",
    "evidence_end",
    "evidence_rule",
    "confidence",
    "versions",
)


def is_reported(event: Event) -> bool:
    """Whether default output keeps an event (``--all`` keeps every one).

    Left out: acts that did not happen as stated (denied, hypothetical: "did not attack",
    "if Russia invades"), bare statements (010) that carry no other content, the flood
    that makes PETRARCH-2's output noisy, and history told in passing (`told_as_history`).
    """
    return (
        event.modality in ("asserted", "intended")
        and event.cameo != "010"
        and not told_as_history(event)
    )


#: how many days before its report an act must lie to be history, not news
HISTORY_DAYS = 366


def told_as_history(event: Event) -> bool:
    """Whether an act is history told in passing: dated by the text to a year, a month or a
    day that ended more than a year before the report ("Armenia and Azerbaijan,
    which fought a war in 2020, held talks on Wednesday" reports the talks in 2023, not the
    war; "the deal, brokered by Turkey in 2022"; "Russia's 2014 annexation of Crimea").
    Background is not coded as news, and counting it again in every report that recalls
    it would swell the past."""
    if event.pub_date is None or event.date is None or event.date_precision == "document":
        return False
    try:
        published = dt.date.fromisoformat(event.pub_date[:10])
        year = int(event.date[:4])
        if len(event.date) == 4:
            # (the year's last day: "ousted Assad last year" in January is weeks old)
            last = dt.date(year, 12, 31)
        elif len(event.date) == 7:
            month = int(event.date[5:7])
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
        else:
            last = dt.date.fromisoformat(event.date[:10])
    except ValueError:
        return False
    return (published - last).days > HISTORY_DAYS


#: how events are laid out: CAMEO's dyads, or PLOVER's actors and optional recipient
CONVENTIONS = ("cameo", "plover")


def plover_layout(events: list[Event]) -> list[Event]:
    """Events laid out as the PLOVER manual codes them.

    CAMEO codes a joint act (a meeting, a call, an agreement) once per direction: Xi met Putin
    gives CHN 040 RUS and RUS 040 CHN. PLOVER makes every participant an actor and names no
    recipient when neither side hosts or receives the act, so the same meeting is CHN CONSULT
    and RUS CONSULT, with no recipient. A visit is one event whose actor is the visitor and
    whose recipient is the host, so CAMEO's host event (043) beside the visit (042) goes.
    """
    first: dict[tuple[Any, ...], int] = {}
    for position, event in enumerate(events):
        if event.target is not None:
            first.setdefault(_act_at(event, event.source, event.target), position)
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for position, event in enumerate(events):
        mirror = first.get(_act_at(event, event.target, event.source)) if event.target else None
        if mirror is not None and events[mirror].cameo == event.cameo:
            event = replace(event, target=None)  # a joint act: both sides are actors
        elif mirror is not None and mirror < position:
            continue  # the host's side of a visit, already coded as the visit
        key = (_act_at(event, event.source, event.target), event.cameo)
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _act_at(event: Event, source: Actor | None, target: Actor | None) -> tuple[Any, ...]:
    """Where and between whom an act was coded: sentence, trigger, and the two actors."""
    return (
        event.doc_id,
        event.sentence_index,
        event.evidence.span,
        source.code if source else None,
        target.code if target else None,
    )

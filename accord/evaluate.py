"""Scoring coded events against gold events.

The definitions are those of the shared evaluation (``score.py`` beside the gold sets), so a
number printed by ``accord eval`` is the number a reviewer gets from the reference scorer:

- each level compares, per document, a multiset of tuples: ``root`` (source, CAMEO root,
  target), ``code3`` (source, three CAMEO digits, target), ``plover`` (source, PLOVER type,
  target) and ``dyad`` (source, target); gold and prediction are paired greedily, in gold order;
- actors compare at country level (ISO 3166 alpha-3, the first three letters of a CAMEO code)
  or as a named international organisation; a gold actor coded just ``IGO`` matches any one;
- every document with gold or predicted events counts, so events on a document whose gold has
  none are false alarms;
- a level is scored only when every gold event carries its field;
- date accuracy is measured on root matches whose gold date is known, comparing as many
  characters as the gold date has (``2021-12`` matches any day of that month).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: the organisations scored by name, and the codes that name each of them
IGO_CODES: Mapping[str, tuple[str, ...]] = {
    "UN": ("IGOUNO", "UNO", "UN", "IGOUN", "UNITED NATIONS"),
    "EU": ("IGOEUREEC", "IGOEUR", "EU", "EUR", "EUROPEAN UNION", "IGOEU"),
    "NATO": ("IGOWSTNAT", "NATO", "IGONAT", "IGONATO"),
    "AU": ("IGOAFRAFU", "AU", "AFU", "IGOAU", "AFRICAN UNION"),
    "ECOWAS": ("IGOWAFWAS", "ECOWAS", "WAS", "IGOECOWAS"),
    "SCO": ("IGOCASSCO", "IGOSCO", "SCO", "IGOCAS"),
    "BRICS": ("IGOBRICS", "BRICS"),
    "ASEAN": ("IGOSEAASN", "IGOASEAN", "ASEAN", "ASN"),
    "ARAB LEAGUE": ("IGOARBALL", "IGOARL", "ARL", "ARAB LEAGUE"),
    "GCC": ("IGOGCC", "IGOMEAGCC", "GCC"),
    "OSCE": ("IGOEUROSC", "IGOOSCE", "OSCE"),
    "IAEA": ("IGOUNOIAE", "IGOIAEA", "IAEA", "IAE"),
    "WHO": ("IGOUNOWHO", "IGOWHO", "WHO"),
    "OPEC": ("IGOOPC", "IGOOPEC", "OPEC", "OPC"),
    "IGAD": ("IGOEAFIGD", "IGOIGAD", "IGAD"),
}
_IGO_BY_CODE = {code: name for name, codes in IGO_CODES.items() for code in codes}
#: country codes other coders use for the same country
_COUNTRY_SYNONYMS = {
    "XKX": "KSV",
    "KOS": "KSV",
    "PAL": "PSE",
    "ROM": "ROU",
    "ZAR": "COD",
    "UK": "GBR",
}
ANY_IGO = "IGO:IGO"
#: level name -> (field the gold must carry, CAMEO digits compared)
LEVELS: Mapping[str, tuple[str | None, int | None]] = {
    "root": ("cameo", 2),
    "code3": ("cameo", 3),
    "plover": ("plover", None),
    "dyad": (None, 0),
}


def _igo_key(code: str) -> str:
    code = code.upper()
    # CAMEO organisation codes nest (IGO + region + organisation): try the longest known prefix
    for candidate in (code, code[:9], code[:6]):
        if candidate in _IGO_BY_CODE:
            return "IGO:" + _IGO_BY_CODE[candidate]
    return "IGO:" + code


def actor_key(actor: Any) -> str | None:
    """What an actor is compared by: an ISO3 country, ``IGO:<name>``, or None."""
    if actor is None:
        return None
    if isinstance(actor, Mapping):
        code = str(actor.get("code") or "")
        if actor.get("igo"):
            name = str(actor["igo"]).upper()
            return "IGO:" + _IGO_BY_CODE.get(name, name)
        if code.upper().startswith("IGO"):
            return _igo_key(code)
        if actor.get("country"):
            country = str(actor["country"]).upper()
            return _COUNTRY_SYNONYMS.get(country, country)
        actor = code
    code = str(actor).upper().strip()
    if not code:
        return None
    if code.startswith("IGO") or code in _IGO_BY_CODE:
        return _igo_key(code)
    return _COUNTRY_SYNONYMS.get(code[:3], code[:3])


def cameo_of(event: Mapping[str, Any]) -> str:
    code = event.get("cameo")
    if isinstance(code, Mapping):
        code = code.get("code")
    return str(code or "").strip()


def plover_of(event: Mapping[str, Any]) -> str:
    plover = event.get("plover")
    if isinstance(plover, Mapping):
        plover = plover.get("event_type") or plover.get("type")
    return str(plover or "").upper()


def event_key(event: Mapping[str, Any], level: str) -> tuple[Any, ...]:
    """The tuple an event is compared by at ``level``."""
    source, target = actor_key(event.get("source")), actor_key(event.get("target"))
    field_name, digits = LEVELS[level]
    if field_name == "plover":
        return (source, plover_of(event), target)
    if digits:
        return (source, cameo_of(event)[:digits], target)
    return (source, target)


def _same(gold: tuple[Any, ...], pred: tuple[Any, ...]) -> bool:
    return len(gold) == len(pred) and all(
        g == p or (g == ANY_IGO and isinstance(p, str) and p.startswith("IGO:"))
        for g, p in zip(gold, pred, strict=True)
    )


def pair_events(
    gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]], level: str
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy multiset matching: (matched (gold, pred) index pairs, missed gold, false alarms)."""
    pool = [(i, event_key(e, level)) for i, e in enumerate(pred)]
    pairs: list[tuple[int, int]] = []
    missed: list[int] = []
    for g_index, g_event in enumerate(gold):
        g_key = event_key(g_event, level)
        for slot, (p_index, p_key) in enumerate(pool):
            if _same(g_key, p_key):
                pairs.append((g_index, p_index))
                del pool[slot]
                break
        else:
            missed.append(g_index)
    return pairs, missed, [p_index for p_index, _ in pool]


@dataclass
class LevelScore:
    """Counts and rates at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class ErrorCase:
    """A gold event the coder missed, or a predicted event the gold does not have, and what
    kind of error it is (see `error_reason`)."""

    kind: str  # "missed" or "false alarm"
    doc_id: str
    event: Mapping[str, Any]
    sentence: str | None
    reason: str = ""


def error_reason(
    kind: str, event: Mapping[str, Any], others: list[Mapping[str, Any]], level: str
) -> str:
    """Why a gold event was missed or a predicted one is a false alarm, judged against the
    other side's events of the same document (`others`)."""
    if not others:
        return "nothing coded in the document" if kind == "missed" else "no event in the gold"
    source, code, target = event_key(event, level)
    keys = [event_key(other, level) for other in others]
    if any(_same((s, t), (source, target)) for s, _, t in keys):
        return "same actors, another code"
    if any(_same((s, c), (source, code)) for s, c, _ in keys):
        if target:
            return "same source and code, another target"
        return "target missing" if kind == "false alarm" else "a target the gold does not name"
    if any(_same((c, t), (code, target)) for _, c, t in keys):
        return "same code and target, another source"
    return "another act" if kind == "missed" else "an act the gold does not code"


@dataclass
class Report:
    """The outcome of scoring: per level, date accuracy, and the root-level errors."""

    levels: dict[str, LevelScore]
    date_correct: int = 0
    date_total: int = 0
    documents: int = 0
    errors: list[ErrorCase] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float | None:
        return round(self.date_correct / self.date_total, 3) if self.date_total else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {level: s.to_dict() for level, s in self.levels.items()}
        if "root" in self.levels:
            out["date_accuracy"] = self.date_accuracy
            out["date_n"] = self.date_total
        out["docs"] = self.documents
        return out

    def lines(self) -> list[str]:
        """The report as ``score.py`` prints it."""
        out = [
            f"{level:6s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"(tp={s.tp} fp={s.fp} fn={s.fn})"
            for level, s in self.levels.items()
        ]
        if "root" in self.levels:
            out.append(f"date accuracy on root matches: {self.date_accuracy} (n={self.date_total})")
        return out


def read_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Gold events by document id (the field is ``doc_id``, or ``article`` in older sets)."""
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                event = json.loads(line)
                gold[str(event.get("doc_id", event.get("article")))].append(event)
    return gold


def gold_convention(gold: Mapping[str, list[Mapping[str, Any]]]) -> str:
    """``plover`` when the gold is coded in PLOVER only (its joint acts have every participant
    as an actor and no recipient), else ``cameo``."""
    events = [e for doc_events in gold.values() for e in doc_events]
    if events and all(plover_of(e) for e in events) and not all(cameo_of(e) for e in events):
        return "plover"
    return "cameo"


def score(
    gold: Mapping[str, list[Mapping[str, Any]]],
    pred: Mapping[str, list[Mapping[str, Any]]],
    sentences: Mapping[str, str] | None = None,
) -> Report:
    """Score predicted events against gold events, both keyed by document id.

    ``sentences`` (document id -> text) lets the error list show what the coder read.
    """
    docs = sorted(set(gold) | set(pred))
    all_gold = [e for doc in docs for e in gold.get(doc, [])]
    levels = [
        name
        for name, (field_name, _digits) in LEVELS.items()
        if field_name is None or all(e.get(field_name) for e in all_gold)
    ]
    report = Report(levels={name: LevelScore() for name in levels}, documents=len(docs))
    for doc in docs:
        gold_events, pred_events = list(gold.get(doc, [])), list(pred.get(doc, []))
        for level in levels:
            pairs, missed, false_alarms = pair_events(gold_events, pred_events, level)
            counts = report.levels[level]
            counts.tp += len(pairs)
            counts.fn += len(missed)
            counts.fp += len(false_alarms)
            if level != levels[0]:
                continue
            # errors and dates are reported at the first (coarsest CAMEO) level
            for g_index, p_index in pairs:
                gold_date = gold_events[g_index].get("date")
                if gold_date and level == "root":
                    report.date_total += 1
                    predicted = str(pred_events[p_index].get("date") or "")
                    report.date_correct += predicted[: len(gold_date)] == gold_date
            sentence = (sentences or {}).get(doc)
            for g_index in missed:
                event = gold_events[g_index]
                reason = error_reason("missed", event, pred_events, level)
                report.errors.append(ErrorCase("missed", doc, event, sentence, reason))
            for p_index in false_alarms:
                event = pred_events[p_index]
                evidence = event.get("evidence") or {}
                reason = error_reason("false alarm", event, gold_events, level)
                report.errors.append(
                    ErrorCase(
                        "false alarm", doc, event, evidence.get("sentence") or sentence, reason
                    )
                )
    return report


def error_kinds(errors: Iterable[ErrorCase]) -> list[tuple[str, int]]:
    """The kinds of error, most common first: ("missed: nothing coded in the document", 40)."""
    counts: dict[str, int] = defaultdict(int)
    for case in errors:
        counts[f"{case.kind}: {case.reason}"] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def describe(event: Mapping[str, Any]) -> str:
    """One short line for an event in an error list: ``RUS 154 UKR``."""
    code = cameo_of(event) or plover_of(event)
    source, target = actor_key(event.get("source")), actor_key(event.get("target"))
    line = f"{source or '-'} {code} {target or '-'}"
    evidence = event.get("evidence")
    if isinstance(evidence, Mapping) and evidence.get("trigger"):
        line += f"  [{evidence['trigger']}: {evidence.get('rule')}]"
    elif event.get("event_text"):
        line += f"  [{event['event_text']}]"
    return line

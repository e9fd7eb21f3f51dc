"""Check the knowledge base data: codes exist, terms are ordered and do not overlap for one
office, and no name means two things on the same date. Run by ``accord kb validate``."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from .loader import Entry, KnowledgeBase, LeaderTerm


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _overlap(a: LeaderTerm, b: LeaderTerm) -> bool:
    far = dt.date.max
    return a.start < (b.end or far) and b.start < (a.end or far)


def validate_kb(kb: KnowledgeBase, data_dir: Path) -> list[str]:
    """Every problem found, one readable line each (an empty list: the data is sound)."""
    problems: list[str] = []
    sectors = {row["code"] for row in _read(data_dir / "sectors.csv")}
    igo_codes = {row["code"] for row in _read(data_dir / "igos.csv")}
    shared = {(r["country"], r["office"]) for r in _read(data_dir / "shared_offices.csv")}
    people: dict[str, Entry] = {}
    for entries in kb.by_phrase.values():
        for entry in entries:
            if entry.sector and entry.sector not in sectors:
                problems.append(f"{entry.kb_id}: unknown sector {entry.sector!r}")
            if entry.kind == "person":
                people[entry.kb_id] = entry
    for row in _read(data_dir / "igo_members.csv"):
        if row["igo_code"] not in igo_codes:
            problems.append(f"igo_members: unknown organisation {row['igo_code']!r}")
        if row["iso3"] not in kb.countries:
            problems.append(f"igo_members: unknown country {row['iso3']!r}")
    holders: dict[tuple[str, str], list[tuple[Entry, LeaderTerm]]] = defaultdict(list)
    for person in people.values():
        for term in person.terms:
            known = term.country in kb.countries or term.country in igo_codes
            if not known:
                problems.append(f"{person.kb_id}: unknown country {term.country!r}")
            if term.end is not None and term.end <= term.start:
                problems.append(f"{person.kb_id}: {term.office} ends before it starts")
            holders[(term.country, term.office)].append((person, term))
    for (country, office), terms in holders.items():
        if (country, office) in shared or office.startswith("Acting"):
            continue
        terms.sort(key=lambda pair: pair[1].start)
        for (p1, t1), (p2, t2) in combinations(terms, 2):
            if p1.kb_id != p2.kb_id and _overlap(t1, t2):
                problems.append(
                    f"{country} {office}: {p1.name} ({t1.start}..{t1.end or ''}) overlaps "
                    f"{p2.name} ({t2.start}..{t2.end or ''})"
                )
    for phrase, entries in kb.by_phrase.items():
        places = {e.country for e in entries if e.kind in ("country", "capital", "demonym")}
        if len(places) > 1:
            problems.append(f"{phrase!r} names several countries: {sorted(places)}")
        named = [e for e in entries if e.kind == "person"]
        for a, b in combinations(named, 2):
            if any(_overlap(t1, t2) for t1 in a.terms for t2 in b.terms):
                problems.append(f"{phrase!r} names {a.name} and {b.name} at the same time")
    return problems

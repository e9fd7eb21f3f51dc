"""Check the knowledge base data: codes exist, terms are ordered and do not overlap for one
office, a group's spells do not overlap, membership spells of one country in one organisation
do not overlap, and no name means two things on the same date. Run by ``accord kb validate``."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from .loader import PEOPLES, Entry, GroupSpell, KnowledgeBase, LeaderTerm, Membership

#: CAMEO's codes for actors that belong to no country (manual, table 3.2)
TRANSNATIONAL = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"})


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _overlap(a: LeaderTerm, b: LeaderTerm) -> bool:
    far = dt.date.max
    return a.start < (b.end or far) and b.start < (a.end or far)


def _spells_overlap(a: GroupSpell, b: GroupSpell) -> bool:
    low, far = dt.date.min, dt.date.max
    return (a.start or low) < (b.end or far) and (b.start or low) < (a.end or far)


def _active(group: Entry) -> tuple[dt.date, dt.date]:
    """From a group's first spell on: a dissolved group is still named in the news."""
    return group.spells[0].start or dt.date.min, dt.date.max


def _group_problems(groups: dict[str, Entry], kb: KnowledgeBase) -> list[str]:
    problems: list[str] = []
    country_codes = {e.code for e in kb.countries.values()} | set(kb.countries)
    for group in groups.values():
        for a, b in combinations(group.spells, 2):
            if _spells_overlap(a, b):
                problems.append(
                    f"{group.kb_id}: spells {a.code} ({a.start or ''}..{a.end or ''}) and "
                    f"{b.code} ({b.start or ''}..{b.end or ''}) overlap"
                )
        for spell in group.spells:
            if spell.type in PEOPLES:
                if spell.code[:3] in country_codes:
                    code = spell.code
                    problems.append(f"{group.kb_id}: {spell.type} code {code!r} is a country's")
            elif spell.country is None and spell.code[:3] not in TRANSNATIONAL:
                problems.append(
                    f"{group.kb_id}: {spell.code!r} has no country, so it must start with one "
                    f"of {', '.join(sorted(TRANSNATIONAL))}"
                )
    return problems


def _membership_problems(kb: KnowledgeBase, igo_codes: set[str]) -> list[str]:
    problems: list[str] = []
    for code, spells in kb.members.items():
        if code not in igo_codes:
            problems.append(f"igo_members: unknown organisation {code!r}")
        by_country: dict[str, list[Membership]] = defaultdict(list)
        for spell in spells:
            if spell.country not in kb.countries:
                problems.append(f"igo_members: {code}: unknown country {spell.country!r}")
            if spell.left is not None and spell.left <= spell.joined:
                problems.append(f"igo_members: {code} {spell.country}: leaves before joining")
            by_country[spell.country].append(spell)
        for country, own in by_country.items():
            for a, b in combinations(own, 2):
                far = dt.date.max
                if a.joined < (b.left or far) and b.joined < (a.left or far):
                    problems.append(
                        f"igo_members: {code} {country}: spells from {a.joined} and "
                        f"{b.joined} overlap"
                    )
    return problems


def validate_kb(kb: KnowledgeBase, data_dir: Path) -> list[str]:
    """Every problem found, one readable line each (an empty list: the data is sound)."""
    problems: list[str] = []
    sectors = {row["code"] for row in _read(data_dir / "sectors.csv")}
    igo_codes = {row["code"] for row in _read(data_dir / "igos.csv")}
    shared = {(r["country"], r["office"]) for r in _read(data_dir / "shared_offices.csv")}
    people: dict[str, Entry] = {}
    groups: dict[str, Entry] = {}
    for entries in kb.by_phrase.values():
        for entry in entries:
            if entry.sector and entry.sector not in sectors:
                problems.append(f"{entry.kb_id}: unknown sector {entry.sector!r}")
            if entry.kind == "person":
                people[entry.kb_id] = entry
            elif entry.kind == "group":
                groups[entry.kb_id] = entry
                for spell in entry.spells:
                    problems += [
                        f"{entry.kb_id}: unknown sector {sector!r}"
                        for sector in spell.sectors
                        if sector not in sectors
                    ]
    problems += _membership_problems(kb, igo_codes)
    problems += _group_problems(groups, kb)
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
        grouped = [e for e in entries if e.kind == "group"]
        for a, b in combinations(grouped, 2):
            (a0, a1), (b0, b1) = _active(a), _active(b)
            if a0 < b1 and b0 < a1:
                problems.append(f"{phrase!r} names {a.name} and {b.name} at the same time")
        if grouped and len(grouped) < len(entries):
            # a group's name that is also a place's, a person's or a role word's: one meaning
            # would always hide the other
            others = sorted({e.kb_id for e in entries if e.kind != "group"})
            problems.append(f"{phrase!r} names {grouped[0].name} and also {', '.join(others)}")
    return problems

"""Resolve what a noun phrase names to a CAMEO actor, on a given date.

The pure core of the actor stage: it sees the knowledge-base entries matched inside one noun
phrase ("Chinese President Xi Jinping": a demonym, a role word, a person) and decides the
actor. A person's code comes from the office they hold on the event's date, a group's from
what it was that day (the Taliban are insurgents until 15 August 2021, the government after).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..events import Actor
from .loader import Entry, GroupSpell, KnowledgeBase, LeaderTerm

#: CAMEO sector for people named in the knowledge base who no longer hold office
FORMER_OFFICIAL = "ELI"
FORMER = re.compile(r"\b(former|ex-)", re.IGNORECASE)
#: the words by which a country is named as a member of the organisation before it:
#: "NATO member Turkey", "EU member state Hungary"
MEMBER_WORDS = frozenset({"member", "state", "country", "nation"})
#: role words that rank one over people of a kind the word before names, whose sector the
#: phrase keeps: "gang leader" CRM, "rebel commander" REB, "gang members" CRM
RANKS = frozenset(
    {
        "leader",
        "leaders",
        "leadership",
        "commander",
        "commanders",
        "boss",
        "bosses",
        "member",
        "members",
    }
)
#: CAMEO religion codes (manual table 10.2) that open an identity group's code
RELIGIONS = frozenset({"MOS", "CHR", "JEW", "HIN", "BUD", "SIK", "BAH", "ATH", "CON", "TAO"})
#: role sectors that name a kind of organisation, not people (sectors.csv): alone the whole
#: code ("rights groups" NGOHRI, "multinationals" MNC, manual table 3.2); with a country the
#: country's code and the specialty, as groups.csv codes an NGO of a country ("a Croatian
#: human rights group" HRVHRI, as B'Tselem is ISRHRI; "a US multinational" USABUS)
TRANSNATIONAL = {"NGO": "", "MNC": "BUS"}


#: how `Resolution.why` names each type of group
GROUP_LABELS = {
    "armed": "armed group",
    "company": "company",
    "criminal": "criminal group",
    "identity": "ethnic or religious group",
    "movement": "political movement",
    "ngo": "non-governmental organisation",
    "party": "political party",
    "region": "world region",
}


def specialty(sector: str) -> str:
    """The domestic role a role sector adds to a country's code: "NGOHRI" HRI, "MNC" BUS,
    "GOV" GOV."""
    prefix = sector[:3]
    if prefix in TRANSNATIONAL:
        return sector[3:] or TRANSNATIONAL[prefix]
    return sector


@dataclass(frozen=True, slots=True)
class Resolution:
    """An actor and a sentence saying why: which entry and which office matched."""

    actor: Actor
    why: str


def _may_say_former(text: str) -> bool:
    """Whether `text` has a word `FORMER` looks for, in any case (none of its letters has a
    case-insensitive match outside ASCII, so lower-casing finds every one)."""
    lowered = text.lower()
    return "former" in lowered or "ex-" in lowered


def term_on(terms: Sequence[LeaderTerm], day: dt.date | None) -> LeaderTerm | None:
    """The term in force on `day` (the latest started one when several overlap). On the
    day a term ends, with no other in force, it is still that term: the news of that day
    is of what its holder did or suffered in office ("the military detained Suu Kyi" on the
    day of the coup, "Biden pardoned" on his last morning)."""
    if day is None:
        return next((t for t in reversed(terms) if t.end is None), terms[-1] if terms else None)
    current = [t for t in terms if t.covers(day)] or [t for t in terms if t.end == day]
    return max(current, key=lambda t: t.start) if current else None


def spell_on(spells: Sequence[GroupSpell], day: dt.date | None) -> GroupSpell | None:
    """The spell of a group in force on `day`: after its last spell the last one (a dissolved
    group is still named in the news), between two the earlier; None before the group existed
    (no "Wagner Group" in 2010). Without a date, the latest spell."""
    if not spells:
        return None
    if day is None:
        return spells[-1]
    current = [s for s in spells if s.covers(day)]
    if current:
        return max(current, key=lambda s: s.start or dt.date.min)
    earlier = [s for s in spells if s.start is None or s.start <= day]
    return earlier[-1] if earlier else None


def _span(spell: GroupSpell) -> str:
    if spell.start is None and spell.end is None:
        return ""
    since = f" from {spell.start.isoformat()}" if spell.start else ""
    until = f" to {spell.end.isoformat()}" if spell.end else ""
    return since + until


def _group(
    text: str,
    group: Entry,
    spell: GroupSpell,
    places: Sequence[Entry],
    roles: Sequence[str],
    kb: KnowledgeBase,
) -> Resolution:
    """A group's actor on its spell. What the phrase adds depends on the kind of group."""
    place = places[-1] if places else None
    note = f" ({spell.note})" if spell.note else ""
    if spell.type == "party" and place is not None and place.country != spell.country:
        # a party's name is generic: "Sweden Democrats", "Israel's Labor Party" are other
        # countries' parties, known by their country only
        actor = Actor(text, f"{place.code}PTY", place.country, ("PTY",), place.name, place.kb_id)
        why = f"{group.name!r} is a {spell.country} party; {place.name} names another country's"
        return Resolution(actor, why)
    if spell.type == "identity":
        # an ethnic or religious group takes the phrase's country and role: "Iraqi Kurds"
        # IRQKUR, "Rohingya refugees" MMRREFRHG, "Kurdish rebels" KURREB
        country = place or (kb.countries.get(spell.country) if spell.country else None)
        # not IGOPKO; nor REL, which says only that the faith is not named ("a Christian
        # missionary" is CHR, manual 10.0.4)
        sectors = tuple(r for r in map(specialty, roles) if len(r) == 3 and r != "REL")[-1:]
        if sectors == ("GOV",) and spell.code[:3] in RELIGIONS:
            # "Muslim leaders", "Christian officials": a faith's leaders are its elites, not a
            # government ("Iraqi Shiite leaders" IRQELIMOSSHI, not IRQGOVMOSSHI)
            sectors = ("ELI",)
        role = "".join(sectors)
        if country is not None:
            code = f"{country.code}{role}{spell.code}"
        else:
            code = f"{spell.code}{role}"
        actor = Actor(
            text, code, country.country if country else None, sectors, group.name, group.kb_id
        )
        where = f" of {country.name}" if country else ""
        return Resolution(actor, f"{group.name}: {GROUP_LABELS['identity']}{where}{note}")
    if spell.type == "region":
        # a region as a side takes the phrase's role: "Western governments" WSTGOV, "African
        # leaders" AFRGOV (a phrase that names a country is the country's: see resolve_actor)
        sectors = tuple(r for r in map(specialty, roles) if len(r) == 3)[-1:]
        code = spell.code + "".join(sectors)
        actor = Actor(text, code, None, sectors, group.name, group.kb_id)
        return Resolution(actor, f"{group.name}: {GROUP_LABELS['region']}, {code}{note}")
    actor = Actor(text, spell.code, spell.country, spell.sectors, group.name, group.kb_id)
    why = f"{group.name}: {GROUP_LABELS[spell.type]}, {spell.code}{_span(spell)}{note}"
    return Resolution(actor, why)


def _person(
    text: str, person: Entry, day: dt.date | None, kb: KnowledgeBase, roles: Sequence[str]
) -> Resolution:
    term = term_on(person.terms, day)
    office = term.office if term else None
    if term is None and roles:
        # the text names the role ("Prime Minister Yasuo Fukuda"): trust it over our table
        term = person.terms[-1]
        sector = roles[-1]
        office = f"{sector} by the text"
    elif term is None:
        # out of office on that day: before the first term they are a private citizen of
        # that country, after the last a former official (CAMEO "elites")
        earlier = [t for t in person.terms if day and t.start <= day]
        term = earlier[-1] if earlier else person.terms[0]
        sector = FORMER_OFFICIAL if earlier else ""
        office = f"former {term.office}" if earlier else "no office yet"
    else:
        sector = term.sector
    if term.country.startswith("IGO"):
        actor = Actor(text, term.country, None, (), f"{person.name} ({office})", person.kb_id)
    else:
        country = kb.countries.get(term.country)
        base = country.code if country and country.code else term.country
        sectors = (sector,) if sector else ()
        actor = Actor(
            text, base + sector, term.country, sectors, f"{person.name} ({office})", person.kb_id
        )
    on = day.isoformat() if day else "the latest date known"
    return Resolution(actor, f"{person.name}: {office} of {term.country} on {on}")


def _holder_named(entries: Sequence[Entry], at: int) -> bool:
    """Whether the person after a role not its owner's holds it: "his Russian counterpart
    Vladimir Putin", "Kremlin critic Alexei Navalny"; not "opponents of Assad", where the
    person after "of" is the one opposed."""
    if not any(e.kind == "person" for e in entries[at + 1 :]):
        return False
    return entries[at].owner == "other" or any(e.kind != "demonym" for e in entries[:at])


def _other_nationals_namesake(person: Entry, places: Sequence[Entry], day: dt.date | None) -> bool:
    """Whether a person the phrase names by a title of another country is someone else of that
    name: "Eritrean Foreign Minister Osman Saleh" is not Yemen's late president Saleh. Only
    for one out of office that day whom the knowledge base never placed in that country (one
    in office is the one meant: "Portuguese UN chief Guterres")."""
    if term_on(person.terms, day) is not None:
        return False
    return all(term.country != places[-1].country for term in person.terms)


def _closed_by_country(text: str, entries: Sequence[Entry]) -> bool:
    """Whether a phrase names a member country in apposition to its organisation: "NATO
    member Turkey", "EU member state Hungary" (not "Hamas militants in Gaza", nor "the EU's
    Russia envoy")."""
    words = text.split()
    return (
        len(words) > 2
        and entries[-1].kind == "country"
        and words[-1][:1].isupper()
        and words[-2].lower() in MEMBER_WORDS
    )


def _against_owner(
    text: str, role: Entry, rest: Sequence[Entry], day: dt.date | None, kb: KnowledgeBase
) -> Resolution | None:
    """A role that is not its owner's side. Its nationality says whose it is ("Syrian
    opponents of Assad", "his Chinese counterpart"); otherwise those who oppose a leader, a
    government or a party are that country's opposition ("Kremlin critics", "opponents of
    Rwanda's Senate"), while "critics of Israel" or "Putin's counterpart" are of no country
    the text names."""
    demonyms = [e for e in rest if e.kind == "demonym"]
    if demonyms:
        country, why = demonyms[-1], f"{role.name}, nationals of {demonyms[-1].name}"
    elif role.owner == "opposed":
        opposed = resolve_actor(text, rest, day, kb)
        if opposed is None or opposed.actor.country is None or not opposed.actor.sectors:
            return None
        country = kb.countries.get(opposed.actor.country)
        if country is None:
            return None
        why = f"{role.name} of {opposed.actor.code} ({opposed.why}): {country.name}'s opposition"
    else:
        return None
    sector = role.sector or ""
    actor = Actor(
        text, f"{country.code}{sector}", country.country, (sector,), country.name, country.kb_id
    )
    return Resolution(actor, why)


def _organisation(text: str, role: Entry) -> Resolution:
    """An organisation named by its kind and no country: "rights groups" NGOHRI, "aid
    agencies" NGOHLH, "multinationals" MNC (manual table 3.2)."""
    code = role.sector or ""
    field = code[3:]
    sectors = (field,) if field else ()
    actor = Actor(text, code, None, sectors, role.name, role.kb_id)
    return Resolution(actor, f"{role.name!r} names an organisation of no country: {code}")


def resolve_actor(
    text: str, entries: Sequence[Entry], day: dt.date | None, kb: KnowledgeBase
) -> Resolution | None:
    """The actor a phrase names, from the entries matched in it, in text order.

    Returns None when the phrase names no country, organisation or person (a bare role word
    such as "the president" is left to coreference).
    """
    against = [i for i, e in enumerate(entries) if e.kind == "role" and e.owner]
    if against and not _holder_named(entries, against[-1]):
        rest = [e for e in entries if not (e.kind == "role" and e.owner)]
        return _against_owner(text, entries[against[-1]], rest, day, kb)
    # the entries by kind, in one pass (a phrase has a few; this runs for every phrase)
    people: list[Entry] = []
    roles: list[str] = []
    role_entries: list[Entry] = []
    named_groups: list[Entry] = []
    seats: list[Entry] = []
    igos: list[Entry] = []
    places: list[Entry] = []
    for entry in entries:
        kind = entry.kind
        if kind == "person":
            people.append(entry)
        elif kind == "role":
            if entry.sector:
                roles.append(entry.sector)
                role_entries.append(entry)
        elif kind == "group":
            named_groups.append(entry)
        elif kind == "seat":
            seats.append(entry)
        elif kind == "igo":
            igos.append(entry)
        elif kind in ("country", "capital", "demonym"):
            places.append(entry)
    if len(role_entries) > 1 and role_entries[-1].name.lower() in RANKS:
        # "a gang leader", "a rebel commander", "union leaders": a rank over people of a kind
        # is of that kind (CRM, REB, LAB), not the national leader "leader" alone is
        roles.pop()
        role_entries.pop()
    # (the words looked for first: most phrases have neither, and the search tries every place)
    if roles and _may_say_former(text) and FORMER.search(text):
        roles = [FORMER_OFFICIAL]  # "former President Joe Biden" holds no office
    groups = [(e, spell) for e in named_groups if (spell := spell_on(e.spells, day))]
    if places and (igos or groups) and _closed_by_country(text, entries):
        # "NATO member Turkey", "fellow BRICS member India": the country the phrase ends on
        # is the one told of, the organisation only says what it belongs to
        igos, groups = [], []
    if people and places and roles:
        people = [p for p in people if not _other_nationals_namesake(p, places, day)]
    if people:
        in_office = [p for p in people if term_on(p.terms, day) is not None]
        organised = [pair for pair in groups if pair[1].type not in ("identity", "region")]
        if not in_office and organised:
            # "al-Qaeda leader Ayman al-Zawahiri" told after his last term: the group the
            # phrase names, not a guess from the role word
            group, spell = organised[-1]
            return _group(text, group, spell, places, roles, kb)
        return _person(text, (in_office or people)[-1], day, kb, roles)
    if places:
        # "the US Middle East envoy", "Western-backed Ukrainian forces": the country's
        groups = [pair for pair in groups if pair[1].type != "region"]
    if groups:
        # "the Kurdish-led SDF": the organisation, not the people it draws on
        organised = [pair for pair in groups if pair[1].type != "identity"]
        group, spell = (organised or groups)[-1]
        return _group(text, group, spell, places, roles, kb)
    if seats and places and places[-1].country != seats[-1].country:
        # "the Philippine Congress", "Peru's Congress": another country's body of that name
        roles.append(seats[-1].sector or "")
        seats = []
    if seats:
        seat = seats[-1]
        actor = Actor(
            text,
            f"{seat.code}{seat.sector}",
            seat.country,
            (seat.sector or "",),
            seat.name,
            seat.kb_id,
        )
        return Resolution(actor, f"{seat.name!r} is the seat of {seat.country} {seat.sector}")
    if igos:
        igo = igos[-1]
        return Resolution(
            Actor(text, igo.code or "IGO", None, (), igo.name, igo.kb_id),
            f"{igo.name} ({igo.code})",
        )
    if not places:
        if roles and roles[-1][:3] in TRANSNATIONAL:
            return _organisation(text, role_entries[-1])
        return None
    place = places[-1]
    if len(roles) > 1:
        # "doctors from two American aid groups": the people's role, not their employer's
        roles = [r for r in roles if r[:3] not in TRANSNATIONAL] or roles
    sector = specialty(roles[-1]) if roles else (place.sector or "")
    sectors = (sector,) if sector else ()
    why = f"{place.kind} of {place.name}" + (f", role {sector}" if sector else "")
    actor = Actor(text, f"{place.code}{sector}", place.country, sectors, place.name, place.kb_id)
    return Resolution(actor, why)

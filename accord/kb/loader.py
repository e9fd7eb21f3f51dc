"""Read the knowledge base data files into `Entry` objects keyed by the phrases that name them.

The data lives in ``accord/kb/data/`` as CSV files with a ``VERSION``; this module only reads
them. Every phrase a user may meet in text (a country's names, demonyms and capitals, seats of
power, role words, organisations, armed groups, parties and NGOs, people's names) maps to one
or more entries.

A user adds their own knowledge with extra files (``--kb-extra FILE``), recognised by their
header: the columns of ``people.csv``, ``groups.csv``, ``seats.csv``, ``roles.csv`` or
``igos.csv``, or ``alias,of`` for more names of anything the knowledge base already knows. A
bad row stops loading with a message naming the file and the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import AccordError, Errors

#: kinds of entry, in the order a phrase's meanings are preferred when several match
#: the values of roles.csv's `owner` column (see `Entry.owner`)
ROLE_OWNERS = frozenset({"", "opposed", "other"})
KINDS = ("person", "igo", "group", "seat", "country", "capital", "demonym", "role", "feature")

#: what a group is; the resolver reads it to decide what the words around the name change:
#: a party's generic name ("Labour", "Democrats") goes with the country the phrase names,
#: an ethnic or religious group ("Kurds") takes the phrase's country and role words, a world
#: region ("the West", CAMEO WST) takes the role words but yields to a country the phrase
#: names, and any other group keeps its own code ("Iranian-backed Hezbollah" is still LBNREB)
GROUP_TYPES = frozenset(
    {"armed", "company", "criminal", "identity", "movement", "ngo", "party", "region"}
)
#: groups whose code is their own three letters, completed by the phrase's words
PEOPLES = frozenset({"identity", "region"})

#: a CAMEO-style code: blocks of three capital letters ("PSEREB", "NGOHRI", "IMGMOS")
CODE = re.compile(r"(?:[A-Z]{3})+")
#: an organisation's code: IGO and letters or digits ("IGOUNO", "IGOBRICS", "IGOG20")
IGO_CODE = re.compile(r"IGO[A-Z0-9]{2,12}")


@dataclass(frozen=True, slots=True)
class LeaderTerm:
    """One term of one office: who held it from `start` to `end` (None: still in office)."""

    country: str  # ISO3, or an IGO code for heads of organisations
    sector: str
    office: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class GroupSpell:
    """What a group was from `start` to `end` (None: open). A group that takes power, disarms
    or becomes a party gets a new spell: the Taliban are AFGINS until 15 August 2021 and
    AFGGOV from that day."""

    type: str
    country: str | None  # ISO3; None for a transnational group (IMG, NGO, "Kurds")
    code: str
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Membership:
    """A country's membership of an organisation from `joined` to `left` (None: a member)."""

    igo: str
    country: str
    joined: dt.date
    left: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a phrase can name: a country, an organisation, a person, a group, a role..."""

    kind: str
    kb_id: str
    name: str
    country: str | None = None  # ISO3 for anything tied to a country
    code: str | None = None  # CAMEO code of the country or organisation
    sector: str | None = None
    terms: tuple[LeaderTerm, ...] = ()
    #: a group's spells, oldest first
    spells: tuple[GroupSpell, ...] = ()
    #: how a role stands to whom it is "of": "" (belongs: "the mayor of Kyiv"), "opposed"
    #: ("opponents of the Senate", its country's opposition) or "other" ("Putin's
    #: counterpart", the other side)
    owner: str = ""


@dataclass(frozen=True)
class KnowledgeBase:
    """Phrases (lower-cased) to the entries they may name, and the data version."""

    version: str
    by_phrase: dict[str, tuple[Entry, ...]]
    countries: dict[str, Entry]
    #: phrases matched only with their exact case ("US", "WHO", "AU": not "us", "who", "au")
    acronyms: frozenset[str] = frozenset()
    #: IGO code -> its member states over time (igo_members.csv)
    members: dict[str, tuple[Membership, ...]] = field(default_factory=dict)
    #: a country's people as an ethnic group living elsewhere: ISO3 -> CAMEO ethnic code
    #: ("ALB" -> "ABN": ethnic Albanians in Serbia are SRBABN), from ethnic_codes.csv
    ethnic_codes: dict[str, str] = field(default_factory=dict)

    def lookup(self, phrase: str) -> tuple[Entry, ...]:
        return self.by_phrase.get(normalise(phrase), ())

    def phrases(self) -> Iterator[str]:
        """Keys matched case-insensitively (acronym-only keys are left out)."""
        lowered = {normalise(a) for a in self.acronyms}
        return (k for k in self.by_phrase if k not in lowered)

    def members_on(self, igo_code: str, day: dt.date | None) -> tuple[str, ...]:
        """ISO3 codes of the organisation's members on `day` (None: its members today,
        as far as the data knows), sorted; empty for an organisation without member data.

        >>> kb.members_on("IGOEUREEC", dt.date(2019, 1, 1))  # the UK is still in
        """
        spells = self.members.get(igo_code, ())
        if day is None:
            return tuple(sorted({m.country for m in spells if m.left is None}))
        return tuple(sorted({m.country for m in spells if m.covers(day)}))


def is_acronym(phrase: str) -> bool:
    """Short all-capital names ("US", "U.S.", "WHO") that collide with words in lower case, and
    short single words with two capitals or more ("LeT", "AfD", "PiS": not "let", "pis")."""
    letters = phrase.replace(".", "").replace(" ", "")
    if not letters.isalpha() or len(letters) > 5:
        return False
    capitals = sum(ch.isupper() for ch in letters)
    return letters.isupper() or (" " not in phrase.strip() and capitals >= 2)


def normalise(phrase: str) -> str:
    """The key a phrase is stored under: lower case, single spaces, no leading 'the'."""
    key = " ".join(phrase.replace("’", "'").split()).lower()
    return key[4:] if key.startswith("the ") else key


# ---- reading rows -------------------------------------------------------------------------


def _split(field: str | None) -> list[str]:
    return [item.strip() for item in (field or "").split("|") if item.strip()]


def _bad(path: Path, line: int, reason: str) -> AccordError:
    return AccordError(Errors.E070.format(path=path, line=line, reason=reason))


def _date(value: str, path: Path, line: int = 0) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value)
    except ValueError as err:
        reason = f"bad date {value!r}: write YYYY-MM-DD or YYYY"
        if line:
            raise _bad(path, line, reason) from err
        raise AccordError(Errors.E021.format(path=path, reason=reason)) from err


def _header(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return [column.strip() for column in next(csv.reader(handle), [])]
    except (OSError, UnicodeDecodeError) as err:
        raise AccordError(Errors.E021.format(path=path, reason=err)) from err


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; missing cells are empty strings, values are stripped."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames:
                reader.fieldnames = [name.strip() for name in reader.fieldnames]
            for row in reader:
                if None in row:
                    # more cells than columns: most often a comma inside an unquoted field
                    raise _bad(
                        path,
                        reader.line_num,
                        f"{len(row) - 1 + len(row[None])} cells for {len(row) - 1} columns: "
                        'put a field that holds a comma in "double quotes"',
                    )
                cells = {key: (value or "").strip() for key, value in row.items()}
                if any(cells.values()):  # a line of empty cells is skipped
                    yield reader.line_num, cells
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise AccordError(Errors.E021.format(path=path, reason=err)) from err


def _require(path: Path, line: int, row: dict[str, str], *names: str) -> None:
    for name in names:
        if not row.get(name):
            raise _bad(path, line, f"the {name!r} column is empty")


# ---- one reader per kind of file ----------------------------------------------------------


Pairs = Iterator[tuple[str, Entry]]


def _country_entries(path: Path) -> Pairs:
    for _line, row in _rows(path):
        iso3, code, name = row["iso3"], row["cameo"] or row["iso3"], row["name"]
        kb_id = f"country:{iso3}"
        country = Entry("country", kb_id, name, iso3, code)
        for phrase in [name, *_split(row["aliases"]), *_split(row["former_names"])]:
            yield phrase, country
        demonym = Entry("demonym", kb_id, name, iso3, code)
        for phrase in _split(row["demonyms"]):
            yield phrase, demonym
        # a capital named as an actor is the government: "Moscow said", "talks with Beijing"
        capital = Entry("capital", kb_id, name, iso3, code, "GOV")
        for phrase in _split(row["capitals"]):
            yield phrase, capital


def _seat_entries(path: Path, countries: dict[str, Entry], sectors: frozenset[str]) -> Pairs:
    for line, row in _rows(path):
        _require(path, line, row, "phrase", "iso3", "sector")
        country = countries.get(row["iso3"])
        if country is None:
            raise _bad(path, line, f"unknown country {row['iso3']!r}: use an ISO 3166 alpha-3 code")
        _check_sector(path, line, row["sector"], sectors)
        kb_id = f"seat:{normalise(row['phrase'])}"
        yield (
            row["phrase"],
            Entry("seat", kb_id, row["phrase"], country.country, country.code, row["sector"]),
        )


def _role_entries(path: Path, sectors: frozenset[str]) -> Pairs:
    for line, row in _rows(path):
        _require(path, line, row, "word", "sector")
        _check_sector(path, line, row["sector"], sectors)
        owner = row.get("owner") or ""
        if owner not in ROLE_OWNERS:
            raise _bad(path, line, f"owner {owner!r}: leave it empty or write 'opposed' or 'other'")
        entry = Entry(
            "role", f"role:{normalise(row['word'])}", row["word"], sector=row["sector"], owner=owner
        )
        yield row["word"], entry


def _igo_entries(path: Path) -> Pairs:
    for line, row in _rows(path):
        _require(path, line, row, "code", "name")
        if not IGO_CODE.fullmatch(row["code"]):
            raise _bad(path, line, f"bad organisation code {row['code']!r}: IGO + letters")
        entry = Entry("igo", f"igo:{row['code']}:{row['name']}", row["name"], None, row["code"])
        for phrase in [row["name"], *_split(row.get("aliases"))]:
            yield phrase, entry


def _person_entries(path: Path, sectors: frozenset[str]) -> Pairs:
    people: dict[str, tuple[str, list[str], list[LeaderTerm]]] = {}
    for line, row in _rows(path):
        _require(path, line, row, "kb_id", "name", "country", "office", "start")
        if row.get("sector"):  # (empty for an organisation's officer: "the UN's chief")
            _check_sector(path, line, row["sector"], sectors)
        name, aliases, terms = people.setdefault(row["kb_id"], (row["name"], [], []))
        aliases.extend(a for a in _split(row.get("aliases")) if a not in aliases)
        start = _date(row["start"], path, line)
        end = _date(row.get("end", ""), path, line)
        if start is not None and end is not None and end <= start:
            raise _bad(path, line, f"{row['kb_id']}: the term ends before it starts")
        terms.append(LeaderTerm(row["country"], row.get("sector", ""), row["office"], start, end))
    for kb_id, (name, aliases, terms) in people.items():
        terms.sort(key=lambda term: term.start)
        entry = Entry("person", f"person:{kb_id}", name, terms=tuple(terms))
        for phrase in [name, *aliases]:
            yield phrase, entry


def _check_sector(path: Path, line: int, sector: str, sectors: frozenset[str]) -> None:
    if sector not in sectors:
        raise _bad(path, line, f"unknown sector {sector!r}: use one of sectors.csv")


def _group_spell(
    path: Path, line: int, row: dict[str, str], countries: dict[str, Entry], sectors: frozenset[str]
) -> GroupSpell:
    """One row of a groups file, checked: the code must say what the columns say."""
    kind = row.get("type") or "movement"
    if kind not in GROUP_TYPES:
        kinds = ", ".join(sorted(GROUP_TYPES))
        raise _bad(path, line, f"unknown type {kind!r}: use one of {kinds}")
    iso3 = row.get("country") or None
    country = countries.get(iso3) if iso3 else None
    if iso3 and country is None:
        reason = f"unknown country {iso3!r}: use an ISO 3166 alpha-3 code, or none"
        raise _bad(path, line, reason)
    code = row["code"]
    if not CODE.fullmatch(code):
        reason = f"bad code {code!r}: CAMEO codes are blocks of three capital letters"
        raise _bad(path, line, reason)
    roles = tuple(_split(row.get("sectors")))
    for sector in roles:
        _check_sector(path, line, sector, sectors)
    if kind == "region" and (roles or iso3 or len(code) != 3):
        reason = "a region has a 3-letter code (CAMEO manual table 3.3), no country, no sectors"
        raise _bad(path, line, reason)
    if kind == "identity" and (roles or len(code) > 6):
        # an ethnic or religious code ("KUR", "UIG"); the phrase's words add country and role
        raise _bad(path, line, "an identity group has a 3- or 6-letter code and no sectors")
    if kind not in PEOPLES:
        base = country.code if country else code[: len(code) - 3 * len(roles)]
        if not base or code != f"{base}{''.join(roles)}":
            expected = f"{base or 'NGO/IMG/...'}{''.join(roles)}"
            reason = f"code {code!r} does not match its country and sectors ({expected})"
            raise _bad(path, line, reason)
    start = _date(row.get("start", ""), path, line)
    end = _date(row.get("end", ""), path, line)
    if start is not None and end is not None and end <= start:
        raise _bad(path, line, f"{row['kb_id']}: the spell ends before it starts")
    return GroupSpell(kind, iso3, code, roles, start, end, row.get("note", ""))


def _group_entries(path: Path, countries: dict[str, Entry], sectors: frozenset[str]) -> Pairs:
    """Groups, one row per spell (``groups.csv``): ``kb_id``, ``name``, ``aliases`` (``|``
    between them; on any row of the group), ``type`` (see `GROUP_TYPES`), ``country`` (ISO3,
    empty for a transnational group), ``code`` (the country's CAMEO code, or a transnational
    prefix such as NGO or IMGMOS, followed by the sectors; an identity group's own code),
    ``sectors``, ``start`` and ``end`` (YYYY-MM-DD or YYYY; empty: open) and ``note``."""
    groups: dict[str, tuple[str, list[str], list[GroupSpell]]] = {}
    for line, row in _rows(path):
        _require(path, line, row, "kb_id", "name", "code")
        name, aliases, spells = groups.setdefault(row["kb_id"], (row["name"], [], []))
        if row["name"] != name:
            raise _bad(path, line, f"{row['kb_id']} is named {name!r} on an earlier line")
        aliases.extend(a for a in _split(row.get("aliases")) if a not in aliases)
        spells.append(_group_spell(path, line, row, countries, sectors))
    for kb_id, (name, aliases, spells) in groups.items():
        spells.sort(key=lambda spell: spell.start or dt.date.min)
        last = spells[-1]
        entry = Entry(
            "group",
            f"group:{kb_id}",
            name,
            last.country,
            last.code,
            last.sectors[0] if last.sectors else None,
            spells=tuple(spells),
        )
        for phrase in [name, *aliases]:
            yield phrase, entry


def _feature_entries(path: Path) -> Pairs:
    """``features.csv``: ``name``, ``aliases``, ``note``: seas, straits and lands named after a
    country that are not it ("the South China Sea", "the Korean Peninsula"). They name no
    actor, and as the longer name they keep the country inside them from being read."""
    if not path.exists():
        return
    for line, row in _rows(path):
        _require(path, line, row, "name")
        entry = Entry("feature", f"feature:{normalise(row['name'])}", row["name"])
        for phrase in [row["name"], *_split(row.get("aliases"))]:
            yield phrase, entry


def _ethnic_codes(path: Path, countries: dict[str, Entry]) -> dict[str, str]:
    """``ethnic_codes.csv``: ``iso3``, ``code``: the ethnic code of a country's people living
    in another country (CAMEO manual table 10.1)."""
    if not path.exists():
        return {}
    codes = {}
    for line, row in _rows(path):
        _require(path, line, row, "iso3", "code")
        if row["iso3"] not in countries:
            raise _bad(path, line, f"unknown country {row['iso3']!r}")
        if not CODE.fullmatch(row["code"]):
            raise _bad(path, line, f"{row['code']!r} is not a CAMEO code")
        codes[row["iso3"]] = row["code"]
    return codes


def _memberships(path: Path) -> dict[str, tuple[Membership, ...]]:
    members: dict[str, list[Membership]] = defaultdict(list)
    for line, row in _rows(path):
        joined = _date(row["joined"], path, line)
        if joined is None:
            raise _bad(path, line, "the 'joined' column is empty")
        members[row["igo_code"]].append(
            Membership(row["igo_code"], row["iso3"], joined, _date(row["left"], path, line))
        )
    return {code: tuple(sorted(spells, key=lambda m: m.joined)) for code, spells in members.items()}


def _sector_codes(path: Path) -> frozenset[str]:
    return frozenset(row["code"] for _line, row in _rows(path))


# ---- extra files ----------------------------------------------------------------------------

#: the columns that tell which kind of file a user gave, tried in this order
EXTRA_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("people", frozenset({"kb_id", "name", "country", "office", "start"})),
    ("groups", frozenset({"kb_id", "name", "code"})),
    ("seats", frozenset({"phrase", "iso3", "sector"})),
    ("roles", frozenset({"word", "sector"})),
    ("aliases", frozenset({"alias", "of"})),
    ("igos", frozenset({"code", "name"})),
)


def extra_kind(path: Path) -> str:
    """Which kind of knowledge-base file `path` is, from its header."""
    header = set(_header(path))
    for kind, columns in EXTRA_KINDS:
        if columns <= header:
            return kind
    raise AccordError(Errors.E071.format(path=path, columns=", ".join(sorted(header)) or "none"))


def _alias_entries(path: Path, known: Callable[[str], Entry | None]) -> Pairs:
    for line, row in _rows(path):
        _require(path, line, row, "alias", "of")
        entry = known(row["of"])
        if entry is None:
            raise _bad(
                path,
                line,
                f"unknown {row['of']!r}: give an ISO3 country code (UKR), an organisation code "
                "(IGOUNO) or a kb_id (group:hamas, person:joe-biden)",
            )
        yield row["alias"], entry


class _Builder:
    """Collects (phrase, entry) pairs into the knowledge base's indexes."""

    def __init__(self) -> None:
        self.by_phrase: dict[str, list[Entry]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}
        self.by_id: dict[str, Entry] = {}
        self.igos: dict[str, Entry] = {}
        self.acronyms: set[str] = set()
        self.worded: set[str] = set()

    def add(self, pairs: Iterable[tuple[str, Entry]]) -> None:
        for phrase, entry in pairs:
            if is_acronym(phrase):
                self.acronyms.add(phrase)
            else:
                self.worded.add(normalise(phrase))
            if entry.kind == "country":
                self.countries.setdefault(entry.country or "", entry)
            if entry.kind == "igo":
                self.igos.setdefault(entry.code or "", entry)
            self.by_id.setdefault(entry.kb_id, entry)
            bucket = self.by_phrase[normalise(phrase)]
            if entry not in bucket:
                bucket.append(entry)

    def known(self, reference: str) -> Entry | None:
        """An entry by ISO3 code, IGO code or kb_id (the ``of`` column of an alias file)."""
        return (
            self.countries.get(reference) or self.igos.get(reference) or self.by_id.get(reference)
        )

    def build(
        self,
        version: str,
        members: dict[str, tuple[Membership, ...]],
        ethnic_codes: dict[str, str] | None = None,
    ) -> KnowledgeBase:
        order = {kind: rank for rank, kind in enumerate(KINDS)}
        return KnowledgeBase(
            version,
            {k: tuple(sorted(v, key=lambda e: order[e.kind])) for k, v in self.by_phrase.items()},
            self.countries,
            frozenset(a for a in self.acronyms if normalise(a) not in self.worded),
            members,
            ethnic_codes or {},
        )


def build_kb(data_dir: Path, extra: Iterable[Path] = ()) -> KnowledgeBase:
    """Read every data file of `data_dir`, then a user's extra files (any kind, see
    `extra_kind`; alias files last, so they may name what the other extra files add)."""
    builder = _Builder()
    sectors = _sector_codes(data_dir / "sectors.csv")
    builder.add(_country_entries(data_dir / "countries.csv"))
    builder.add(_seat_entries(data_dir / "seats.csv", builder.countries, sectors))
    builder.add(_role_entries(data_dir / "roles.csv", sectors))
    builder.add(_igo_entries(data_dir / "igos.csv"))
    builder.add(_group_entries(data_dir / "groups.csv", builder.countries, sectors))
    builder.add(_person_entries(data_dir / "people.csv", sectors))
    builder.add(_feature_entries(data_dir / "features.csv"))
    files = [(Path(path), extra_kind(Path(path))) for path in extra]
    readers: dict[str, Callable[[Path], Pairs]] = {
        "people": lambda p: _person_entries(p, sectors),
        "groups": lambda p: _group_entries(p, builder.countries, sectors),
        "seats": lambda p: _seat_entries(p, builder.countries, sectors),
        "roles": lambda p: _role_entries(p, sectors),
        "igos": _igo_entries,
    }
    for path, kind in files:
        if kind != "aliases":
            builder.add(readers[kind](path))
    for path, kind in files:
        if kind == "aliases":
            builder.add(_alias_entries(path, builder.known))
    version = (data_dir / "VERSION").read_text(encoding="utf-8").strip()
    return builder.build(
        version,
        _memberships(data_dir / "igo_members.csv"),
        _ethnic_codes(data_dir / "ethnic_codes.csv", builder.countries),
    )


def packaged_data_dir() -> Path:
    return Path(str(resources.files("accord.kb") / "data"))


@functools.cache
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus a user's extra files (people, groups, seats, roles,
    organisations, or extra names: see `extra_kind`)."""
    return build_kb(packaged_data_dir(), [Path(p) for p in extra])

"""Read the knowledge base data files into `Entry` objects keyed by the phrases that name them.

The data lives in ``accord/kb/data/`` as CSV files with a ``VERSION``; this module only reads
them. Every phrase a user may meet in text (a country's names, demonyms and capitals, seats of
power, role words, organisations, people's names) maps to one or more entries.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import AccordError, Errors

#: kinds of entry, in the order a phrase's meanings are preferred when several match
KINDS = ("person", "igo", "seat", "country", "capital", "demonym", "role")


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
class Entry:
    """One thing a phrase can name: a country, an organisation, a person, a role word..."""

    kind: str
    kb_id: str
    name: str
    country: str | None = None  # ISO3 for anything tied to a country
    code: str | None = None  # CAMEO code of the country or organisation
    sector: str | None = None
    terms: tuple[LeaderTerm, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """Phrases (lower-cased) to the entries they may name, and the data version."""

    version: str
    by_phrase: dict[str, tuple[Entry, ...]]
    countries: dict[str, Entry]
    #: phrases matched only with their exact case ("US", "WHO", "AU": not "us", "who", "au")
    acronyms: frozenset[str] = frozenset()

    def lookup(self, phrase: str) -> tuple[Entry, ...]:
        return self.by_phrase.get(normalise(phrase), ())

    def phrases(self) -> Iterator[str]:
        """Keys matched case-insensitively (acronym-only keys are left out)."""
        lowered = {normalise(a) for a in self.acronyms}
        return (k for k in self.by_phrase if k not in lowered)


def is_acronym(phrase: str) -> bool:
    """Short all-capital names ("US", "U.S.", "WHO") that collide with words in lower case."""
    letters = phrase.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def normalise(phrase: str) -> str:
    """The key a phrase is stored under: lower case, single spaces, no leading 'the'."""
    key = " ".join(phrase.replace("’", "'").split()).lower()
    return key[4:] if key.startswith("the ") else key


def _split(field: str | None) -> list[str]:
    return [item.strip() for item in (field or "").split("|") if item.strip()]


def _date(value: str, path: Path) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise AccordError(Errors.E021.format(path=path, reason=f"bad date {value!r}")) from err


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _country_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    for row in _rows(path):
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


def _seat_entries(path: Path, countries: dict[str, Entry]) -> Iterator[tuple[str, Entry]]:
    for row in _rows(path):
        country = countries[row["iso3"]]
        kb_id = f"seat:{normalise(row['phrase'])}"
        yield (
            row["phrase"],
            Entry("seat", kb_id, row["phrase"], country.country, country.code, row["sector"]),
        )


def _role_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    for row in _rows(path):
        yield (
            row["word"],
            Entry("role", f"role:{normalise(row['word'])}", row["word"], sector=row["sector"]),
        )


def _igo_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    for row in _rows(path):
        entry = Entry("igo", f"igo:{row['code']}:{row['name']}", row["name"], None, row["code"])
        for phrase in [row["name"], *_split(row["aliases"])]:
            yield phrase, entry


def _person_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    people: dict[str, tuple[str, list[str], list[LeaderTerm]]] = {}
    for row in _rows(path):
        name, aliases, terms = people.setdefault(row["kb_id"], (row["name"], [], []))
        aliases.extend(a for a in _split(row["aliases"]) if a not in aliases)
        start = _date(row["start"], path)
        if start is None:
            raise AccordError(Errors.E021.format(path=path, reason=f"{row['kb_id']}: no start"))
        country = row["country"].strip()
        terms.append(
            LeaderTerm(
                country,
                row["sector"].strip(),
                row["office"].strip(),
                start,
                _date(row["end"], path),
            )
        )
    for kb_id, (name, aliases, terms) in people.items():
        terms.sort(key=lambda term: term.start)
        entry = Entry("person", f"person:{kb_id}", name, terms=tuple(terms))
        for phrase in [name, *aliases]:
            yield phrase, entry


def build_kb(data_dir: Path, extra: Iterable[Path] = ()) -> KnowledgeBase:
    """Read every data file of `data_dir` (and a user's extra people/actor files)."""
    by_phrase: dict[str, list[Entry]] = defaultdict(list)
    countries: dict[str, Entry] = {}
    acronyms: set[str] = set()
    worded: set[str] = set()

    def add(pairs: Iterable[tuple[str, Entry]]) -> None:
        for phrase, entry in pairs:
            (acronyms if is_acronym(phrase) else worded).add(
                phrase if is_acronym(phrase) else normalise(phrase)
            )
            if entry.kind == "country":
                countries.setdefault(entry.country or "", entry)
            bucket = by_phrase[normalise(phrase)]
            if entry not in bucket:
                bucket.append(entry)

    add(_country_entries(data_dir / "countries.csv"))
    add(_seat_entries(data_dir / "seats.csv", countries))
    add(_role_entries(data_dir / "roles.csv"))
    add(_igo_entries(data_dir / "igos.csv"))
    add(_person_entries(data_dir / "people.csv"))
    for path in extra:
        add(_person_entries(Path(path)))
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    version = (data_dir / "VERSION").read_text(encoding="utf-8").strip()
    return KnowledgeBase(
        version,
        {k: tuple(sorted(v, key=lambda e: order[e.kind])) for k, v in by_phrase.items()},
        countries,
        frozenset(a for a in acronyms if normalise(a) not in worded),
    )


def packaged_data_dir() -> Path:
    return Path(str(resources.files("accord.kb") / "data"))


@functools.cache
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The packaged knowledge base, plus extra people files (same columns as people.csv)."""
    return build_kb(packaged_data_dir(), [Path(p) for p in extra])

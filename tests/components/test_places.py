"""accord_places: each event's location, read from its sentence, through the whole pipeline."""

from __future__ import annotations

import accord
from accord.events import Event

DATE = "2023-03-10"

# real coordinates (latitude, longitude)
TBILISI = (41.7151, 44.8271)
JENIN = (32.4608, 35.2958)
ODESA = (46.4825, 30.7233)
PARIS_FRANCE = (48.8566, 2.3522)
PARIS_TEXAS = (33.6609, -95.5555)
ANKARA = (39.9334, 32.8597)
KYIV = (50.4501, 30.5234)
MOSCOW = (55.7558, 37.6173)
LEBANON_TENNESSEE = (36.2081, -86.2911)


def events(text: str) -> list[Event]:
    coded = accord.code(text, date=DATE)
    assert coded, f"no event coded in {text!r}"
    return coded


def location(text: str) -> dict | None:
    """The location of the sentence's one event."""
    coded = events(text)
    assert len(coded) == 1, coded
    return coded[0].location


def near(loc: dict | None, lat_lon: tuple[float, float]) -> bool:
    assert loc is not None
    return abs(loc["lat"] - lat_lon[0]) <= 0.5 and abs(loc["lon"] - lat_lon[1]) <= 0.5


def test_a_city_after_in_is_the_events_location_with_coordinates():
    loc = location("Georgian police arrested dozens of protesters in Tbilisi on March 8.")
    assert loc is not None
    assert (loc["name"], loc["country"], loc["precision"]) == ("Tbilisi", "GEO", "city")
    assert near(loc, TBILISI)


def test_the_location_is_a_full_record_in_the_json_and_row_forms():
    event = events("Georgian police arrested dozens of protesters in Tbilisi on March 8.")[0]
    assert set(event.to_dict()["location"]) == {"name", "country", "lat", "lon", "precision"}
    row = event.to_row()
    assert (row["location_name"], row["location_country"]) == ("Tbilisi", "GEO")


def test_a_named_settlement_is_found_outside_a_place_phrase():
    loc = location("Israeli troops raided the West Bank city of Jenin on Monday.")
    assert (loc["country"], loc["precision"]) == ("PSE", "city")
    assert near(loc, JENIN)


def test_a_countrys_port_of_a_city_is_that_city():
    loc = location("Russia attacked Ukraine's port of Odesa.")
    assert (loc["name"], loc["country"], loc["precision"]) == ("Odesa", "UKR", "city")
    assert near(loc, ODESA)


def test_material_conflict_with_no_place_named_is_located_in_the_targets_country():
    loc = location("The United States imposed sanctions on Russia.")
    assert (loc["country"], loc["precision"]) == ("RUS", "country")
    assert near(loc, MOSCOW)  # a country sits at its capital


def test_paris_texas_is_not_paris():
    loc = location("US police arrested two men in Paris, Texas, on Friday.")
    assert (loc["name"], loc["country"], loc["precision"]) == ("Paris", "USA", "city")
    assert near(loc, PARIS_TEXAS)


def test_paris_france_and_bare_paris_are_the_french_capital():
    for text in (
        "French police arrested two men in Paris, France, on Friday.",
        "French police arrested two men in Paris on Friday.",
    ):
        loc = location(text)
        assert loc["country"] == "FRA" and near(loc, PARIS_FRANCE), text


def test_an_unknown_place_does_not_drop_the_known_one():
    loc = location("Turkish police detained protesters in Zorbleton and in Ankara on Sunday.")
    assert (loc["name"], loc["country"]) == ("Ankara", "TUR")
    assert near(loc, ANKARA)


def test_an_unknown_city_of_a_named_country_gives_that_country():
    loc = location("Israeli troops raided the West Bank city of Zorbletown.")
    assert (loc["country"], loc["precision"]) == ("PSE", "country")


def test_a_country_named_in_a_place_phrase_gives_country_precision():
    for event in events("Putin met Erdogan in Turkey on Friday."):
        assert (event.location["country"], event.location["precision"]) == ("TUR", "country")


def test_each_event_gets_the_city_nearest_its_own_trigger():
    coded = events("Israeli troops arrested three men in Nablus and raided a house in Jenin.")
    by_code = {e.cameo_root: e.location["name"] for e in coded}
    assert by_code == {"17": "Nablus", "18": "Janīn"}


def test_a_country_phrase_of_the_events_clause_beats_a_city_of_another_clause():
    # from the seed article: "fears in Kiev" belong to "sparked", not to the massing of troops
    text = (
        "The video summit took place in the immediate backdrop of tensions in recent weeks "
        "over Russia massing tens of thousands of troops near Ukraine's border, a move which "
        "sparked fears in Kiev and the West that Moscow is planning a new invasion."
    )
    massing = [e for e in events(text) if e.cameo_root == "15"]
    assert massing
    assert [(e.location["name"], e.location["precision"]) for e in massing] == [
        ("Ukraine", "country")
    ] * len(massing)


def test_places_in_other_clauses_do_not_locate_a_cooperative_event():
    # from the seed article: the summit was virtual; the US and Ukraine's border are elsewhere
    text = (
        "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Wednesday "
        "held a virtual summit as part of their efforts to build a strategic alliance against "
        "the increasing adversity against them from the United States and the European Union "
        "on a host of issues ranging from human rights to Russian troop build-up near "
        "Ukraine's border."
    )
    assert [e.location for e in events(text)] == [None, None]


def test_the_capital_of_a_named_country_is_its_capital_city():
    loc = location("Russia attacked the Ukrainian capital on Monday.")
    assert (loc["name"], loc["precision"]) == ("Kyiv", "city")
    assert near(loc, KYIV)


def test_a_city_modifying_a_noun_in_a_place_phrase_is_the_location():
    loc = location("Afghan police arrested a man at a Kabul hotel on Monday.")
    assert (loc["name"], loc["country"], loc["precision"]) == ("Kabul", "AFG", "city")


def test_a_city_the_act_hits_is_the_location():
    loc = location("Russian forces shelled Kharkiv.")
    assert (loc["name"], loc["country"]) == ("Kharkiv", "UKR")


def test_the_actors_country_picks_between_cities_of_one_name():
    loc = location("Lebanese troops clashed with militants in Tripoli.")
    assert loc["country"] == "LBN"


def test_a_group_named_like_a_city_elsewhere_is_not_a_place():
    # "Hamas" is an alternate name of Hamm, Germany: the attack is in the group's country
    loc = location("Israel attacked Hamas.")
    assert (loc["country"], loc["precision"]) == ("PSE", "country")
    loc = location("Israel attacked Hamas in Gaza City.")
    assert (loc["country"], loc["precision"]) == ("PSE", "city")


def test_a_month_is_not_a_place():
    # March is also a town in England
    loc = location("Georgian police arrested dozens of protesters in March.")
    assert loc is None or loc["name"] != "March"


def test_cooperation_with_no_place_named_has_no_location():
    assert location("Xi praised Putin.") is None


def test_an_organisation_in_a_place_phrase_is_not_a_place():
    # "UN" is also the name of a town in India
    assert location("China criticised the United States at the UN on Monday.") is None


def test_a_list_of_countries_is_not_a_country_qualified_by_the_next():
    # "France, Germany": not a French place qualified by Germany
    loc = location("French police arrested protesters in France, Germany and Italy.")
    assert (loc["country"], loc["precision"]) == ("FRA", "country")


def test_a_place_the_act_hits_is_found_after_an_unknown_one():
    loc = location("Russian forces shelled Zorbleton and Odesa.")
    assert (loc["name"], loc["country"], loc["precision"]) == ("Odesa", "UKR", "city")
    assert near(loc, ODESA)


def test_a_us_town_named_like_a_country_is_the_town():
    loc = location("US police arrested two men in Lebanon, Tennessee, on Friday.")
    assert (loc["country"], loc["precision"]) == ("USA", "city")
    assert near(loc, LEBANON_TENNESSEE)


def test_a_us_state_abbreviated_as_in_datelines_qualifies_the_city():
    loc = location("US police arrested two men in Paris, Tex., on Friday.")
    assert (loc["name"], loc["country"]) == ("Paris", "USA")
    assert near(loc, PARIS_TEXAS)


def test_a_domestic_event_with_no_place_named_is_in_its_country():
    loc = location("Turkish police detained Turkish journalists.")
    assert (loc["country"], loc["precision"]) == ("TUR", "country")
    assert near(loc, ANKARA)

"""The knowledge base and the resolver: phrases in news text to CAMEO actors, on a date.

Phrases are found the way the pipeline finds them (``doc._.actors`` after ``accord.load()``)
and also passed straight to `resolve_actor` with the entries `KnowledgeBase.lookup` gives.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import accord
from accord.kb import KnowledgeBase, LeaderTerm, load_kb, resolve_actor, term_on

DATA = Path(__file__).resolve().parents[2] / "accord/kb/data"


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def actors_in(nlp, text: str, day: date | None):
    doc = nlp.make_doc(text)
    doc._.pub_date = day
    doc = nlp(doc)
    return doc, doc._.actors


def actor_of(nlp, text: str, day: date | None, phrase: str):
    """The actor of the mention whose text is `phrase` (exactly one must exist)."""
    doc, mentions = actors_in(nlp, text, day)
    found = [m for m in mentions if doc[m.start : m.end].text == phrase]
    assert len(found) == 1, [(doc[m.start : m.end].text, m.actor.code) for m in mentions]
    return found[0].actor


def resolve(kb: KnowledgeBase, text: str, words: list[str], day: date | None):
    """`resolve_actor` on the entries of each word, in text order (first meaning of each)."""
    entries = [kb.lookup(word)[0] for word in words]
    return resolve_actor(text, entries, day, kb)


def person(kb: KnowledgeBase, kb_id: str):
    (entry,) = {e for entries in kb.by_phrase.values() for e in entries if e.kb_id == kb_id}
    return entry


# --- loading -------------------------------------------------------------------------------


def test_load_kb_reads_the_data_once_per_process(kb):
    assert load_kb() is kb


def test_load_kb_reports_the_packaged_data_version(kb):
    assert kb.version == (DATA / "VERSION").read_text(encoding="utf-8").strip()
    assert kb.version


def test_lookup_ignores_case_spacing_and_a_leading_the(kb):
    expected = kb.lookup("the Kremlin")
    assert expected and expected[0].kind == "seat"
    assert kb.lookup("Kremlin") == expected
    assert kb.lookup("THE   KREMLIN") == expected


def test_lookup_of_an_unknown_phrase_is_empty(kb):
    assert kb.lookup("Ruritania") == ()


def test_short_capitalised_names_are_acronyms_matched_only_in_capitals(kb):
    assert {"US", "WHO", "AU"} <= kb.acronyms
    keys = set(kb.phrases())
    assert "us" not in keys
    assert "who" not in keys
    assert "russia" in keys


def test_every_country_is_indexed_by_its_iso3_code(kb):
    assert kb.countries["RUS"].name == "Russia"
    assert kb.countries["SWZ"].name == "Eswatini"
    assert kb.countries["COD"].code == "COD"


# --- countries, former names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "phrase", "code", "name"),
    [
        (
            "Myanmar's military seized power on Monday.",
            date(2021, 2, 1),
            "Myanmar",
            "MMR",
            "Myanmar",
        ),
        (
            "Burma released the opposition leader from house arrest.",
            date(1995, 7, 11),
            "Burma",
            "MMR",
            "Myanmar",
        ),
        (
            "Swaziland will hold elections in September.",
            date(2013, 8, 1),
            "Swaziland",
            "SWZ",
            "Eswatini",
        ),
        (
            "Rebels advanced towards the capital of Zaire.",
            date(1997, 5, 10),
            "Zaire",
            "COD",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_country_named_by_current_or_former_name_is_the_same_country(
    nlp, text, day, phrase, code, name
):
    actor = actor_of(nlp, text, day, phrase)
    assert actor.code == code
    assert actor.country == code
    assert actor.sectors == ()
    assert actor.name == name
    assert actor.kb_id == f"country:{code}"


def test_former_name_and_current_name_share_one_entry(kb):
    assert kb.lookup("Burma") == kb.lookup("Myanmar")
    assert kb.lookup("Swaziland") == kb.lookup("Eswatini")
    assert kb.lookup("Zaire")[0] is kb.countries["COD"]


# --- demonym + role ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code", "country", "sector"),
    [
        (
            "Ugandan police arrested the opposition leader on Wednesday.",
            "Ugandan police",
            "UGACOP",
            "UGA",
            "COP",
        ),
        (
            "The Sudanese army dissolved the transitional government.",
            "Sudanese army",
            "SDNMIL",
            "SDN",
            "MIL",
        ),
        (
            "The Chinese President arrived in Moscow on Monday.",
            "Chinese President",
            "CHNGOV",
            "CHN",
            "GOV",
        ),
        (
            "The Bangladeshi chief justice resigned on Saturday.",
            "Bangladeshi chief justice",
            "BGDJUD",
            "BGD",
            "JUD",
        ),
        (
            "Manila summoned the Chinese deputy chief of mission on Monday.",
            "Chinese deputy chief of mission",
            "CHNGOV",
            "CHN",
            "GOV",
        ),
    ],
)
def test_demonym_with_a_role_word_is_that_country_in_that_sector(
    nlp, text, phrase, code, country, sector
):
    actor = actor_of(nlp, text, date(2021, 10, 25), phrase)
    assert actor.code == code
    assert actor.country == country
    assert actor.sectors == (sector,)


def test_armed_groups_are_rebels_of_the_region_they_fight_in(nlp):
    text = "Ethnic armed groups attacked military posts in northern Shan State."
    actor = actor_of(nlp, text, date(2023, 11, 2), "Ethnic armed groups")
    assert (actor.code, actor.country, actor.sectors) == ("MMRREB", "MMR", ("REB",))


def test_resolve_actor_combines_demonym_and_role_directly(kb):
    day = date(2021, 1, 14)
    police = resolve(kb, "Ugandan police", ["Ugandan", "police"], day)
    army = resolve(kb, "Sudanese army", ["Sudanese", "army"], day)
    president = resolve(kb, "Chinese President", ["Chinese", "President"], day)
    assert (police.actor.code, police.actor.sectors) == ("UGACOP", ("COP",))
    assert (army.actor.code, army.actor.sectors) == ("SDNMIL", ("MIL",))
    assert (president.actor.code, president.actor.sectors) == ("CHNGOV", ("GOV",))
    assert police.actor.text == "Ugandan police"
    assert "role COP" in police.why


def test_demonym_alone_is_the_country_without_a_sector(kb):
    resolution = resolve(kb, "Ugandan", ["Ugandan"], date(2021, 1, 14))
    assert resolution.actor.code == "UGA"
    assert resolution.actor.sectors == ()


def test_bare_role_word_names_no_actor(kb):
    assert resolve(kb, "the president", ["president"], date(2021, 1, 14)) is None
    assert resolve(kb, "police", ["police"], date(2021, 1, 14)) is None


def test_phrase_without_entries_names_no_actor(kb):
    assert resolve_actor("the committee", [], date(2021, 1, 14), kb) is None


# --- capitals and seats of power -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code", "kb_id"),
    [
        ("The Kremlin said the talks had been useful.", "Kremlin", "RUSGOV", "seat:kremlin"),
        ("The Pentagon said it would send more troops.", "Pentagon", "USAMIL", "seat:pentagon"),
    ],
)
def test_seat_of_power_is_the_body_that_sits_there(nlp, text, phrase, code, kb_id):
    actor = actor_of(nlp, text, date(2022, 2, 1), phrase)
    assert actor.code == code
    assert actor.country == code[:3]
    assert actor.sectors == (code[3:],)
    assert actor.kb_id == kb_id


@pytest.mark.parametrize(
    "text",
    [
        "Kiev has accused Moscow of massing troops on the border.",
        "Kyiv has accused Moscow of massing troops on the border.",
    ],
)
def test_both_spellings_of_the_ukrainian_capital_are_the_ukrainian_government(nlp, text):
    doc, mentions = actors_in(nlp, text, date(2021, 11, 20))
    codes = {doc[m.start : m.end].text: m.actor.code for m in mentions}
    assert codes == {text.split()[0]: "UKRGOV", "Moscow": "RUSGOV"}


def test_resolve_actor_on_a_seat_and_a_capital(kb):
    day = date(2022, 2, 1)
    kremlin = resolve_actor("the Kremlin", kb.lookup("the Kremlin"), day, kb)
    pentagon = resolve_actor("the Pentagon", kb.lookup("the Pentagon"), day, kb)
    kyiv = resolve_actor("Kyiv", kb.lookup("Kyiv"), day, kb)
    assert (kremlin.actor.code, kremlin.actor.country) == ("RUSGOV", "RUS")
    assert (pentagon.actor.code, pentagon.actor.sectors) == ("USAMIL", ("MIL",))
    assert (kyiv.actor.code, kyiv.actor.sectors) == ("UKRGOV", ("GOV",))


# --- international organisations -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code", "name"),
    [
        ("The UN called for an immediate ceasefire.", "UN", "IGOUNO", "United Nations"),
        ("NATO will hold a summit in Madrid.", "NATO", "IGOWSTNAT", "NATO"),
        ("Nato will hold a summit in Madrid.", "Nato", "IGOWSTNAT", "NATO"),
    ],
)
def test_international_organisation_has_an_igo_code_and_no_country(nlp, text, phrase, code, name):
    actor = actor_of(nlp, text, date(2022, 3, 1), phrase)
    assert actor.code == code
    assert actor.country is None
    assert actor.sectors == ()
    assert actor.name == name


def test_resolve_actor_on_organisation_names(kb):
    day = date(2022, 3, 1)
    un = resolve_actor("the United Nations", kb.lookup("the United Nations"), day, kb)
    nato = resolve_actor("NATO", kb.lookup("NATO"), day, kb)
    assert un.actor.code == "IGOUNO"
    assert nato.actor.code == "IGOWSTNAT"
    assert nato.actor.country is None


# --- people on dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "office"),
    [(date(2007, 6, 1), "President"), (date(2010, 6, 1), "Prime Minister")],
)
def test_putin_is_the_russian_government_as_president_and_as_prime_minister(nlp, day, office):
    actor = actor_of(nlp, "Putin said the talks had been constructive.", day, "Putin")
    assert actor.code == "RUSGOV"
    assert actor.country == "RUS"
    assert actor.sectors == ("GOV",)
    assert actor.name == f"Vladimir Putin ({office})"
    assert actor.kb_id == "person:vladimir-putin"


@pytest.mark.parametrize(
    ("day", "code", "name"),
    [
        (date(2015, 1, 21), "USAGOV", "Joe Biden (Vice President)"),
        (date(2022, 3, 26), "USAGOV", "Joe Biden (President)"),
        (date(2026, 1, 15), "USAELI", "Joe Biden (former President)"),
    ],
)
def test_biden_is_the_us_government_only_while_in_office(nlp, day, code, name):
    actor = actor_of(nlp, "Biden visited Warsaw.", day, "Biden")
    assert actor.code == code
    assert actor.name == name
    assert actor.country == "USA"


def test_biden_after_leaving_office_is_not_the_government(nlp):
    actor = actor_of(nlp, "Biden visited Warsaw.", date(2026, 1, 15), "Biden")
    assert "GOV" not in actor.sectors
    assert actor.sectors == ("ELI",)


@pytest.mark.parametrize(
    ("day", "code", "office"),
    [
        (date(2021, 5, 7), "GBROPP", "Opposition Leader"),
        (date(2025, 2, 3), "GBRGOV", "Prime Minister"),
    ],
)
def test_starmer_is_the_opposition_before_and_the_government_after_the_election(
    nlp, day, code, office
):
    actor = actor_of(nlp, "Starmer criticised the budget.", day, "Starmer")
    assert actor.code == code
    assert actor.name == f"Keir Starmer ({office})"


@pytest.mark.parametrize(
    ("text", "who", "day", "code", "office"),
    [
        # Starmer: Leader of the Opposition until 5 July 2024, Prime Minister from that day
        (
            "Starmer criticised the budget.",
            "Starmer",
            date(2024, 7, 4),
            "GBROPP",
            "Opposition Leader",
        ),
        ("Starmer criticised the budget.", "Starmer", date(2024, 7, 5), "GBRGOV", "Prime Minister"),
        # Biden: sworn in on 20 January 2021, left office on 20 January 2025 (the last day
        # of a term with none after it is still the term's: the day's news is of the office)
        ("Biden visited Warsaw.", "Biden", date(2021, 1, 19), "USAELI", "former Vice President"),
        ("Biden visited Warsaw.", "Biden", date(2021, 1, 20), "USAGOV", "President"),
        ("Biden visited Warsaw.", "Biden", date(2025, 1, 20), "USAGOV", "President"),
        ("Biden visited Warsaw.", "Biden", date(2025, 1, 21), "USAELI", "former President"),
        # Putin: Prime Minister until 7 May 2012, President again from that day
        ("Putin met Medvedev.", "Putin", date(2012, 5, 6), "RUSGOV", "Prime Minister"),
        ("Putin met Medvedev.", "Putin", date(2012, 5, 7), "RUSGOV", "President"),
    ],
)
def test_office_changes_on_the_day_of_the_handover_not_before(nlp, text, who, day, code, office):
    actor = actor_of(nlp, text, day, who)
    assert actor.code == code
    assert actor.name.endswith(f"({office})")


def test_overlapping_terms_resolve_to_the_latest_started(nlp):
    # Putin was Prime Minister and, from 31 December 1999, also acting President
    actor = actor_of(nlp, "Putin visited Chechnya.", date(1999, 12, 31), "Putin")
    assert actor.code == "RUSGOV"
    assert actor.name == "Vladimir Putin (Acting President)"
    earlier = actor_of(nlp, "Putin visited Chechnya.", date(1999, 12, 30), "Putin")
    assert earlier.name == "Vladimir Putin (Prime Minister)"


def test_person_before_first_office_is_their_country_without_a_sector(nlp):
    actor = actor_of(nlp, "Starmer criticised the budget.", date(2019, 3, 1), "Starmer")
    assert actor.code == "GBR"
    assert actor.country == "GBR"
    assert actor.sectors == ()
    assert actor.name == "Keir Starmer (no office yet)"


def test_head_of_an_organisation_is_the_organisation(nlp):
    actor = actor_of(nlp, "Guterres called for a ceasefire.", date(2022, 3, 1), "Guterres")
    assert actor.code == "IGOUNO"
    assert actor.country is None
    assert actor.name == "António Guterres (Secretary-General)"


def test_office_held_on_the_date_beats_the_role_word_in_the_phrase(kb):
    # the text calls Putin "Prime Minister", but in 2007 he was President
    entries = [kb.lookup("Russian")[0], kb.lookup("Prime Minister")[0], kb.lookup("Putin")[0]]
    text = "Russian Prime Minister Vladimir Putin"
    resolution = resolve_actor(text, entries, date(2007, 6, 1), kb)
    assert resolution.actor.code == "RUSGOV"
    assert resolution.actor.name == "Vladimir Putin (President)"
    assert resolution.actor.kb_id == "person:vladimir-putin"


def test_resolution_says_which_office_on_which_date(kb):
    resolution = resolve_actor("Putin", kb.lookup("Putin"), date(2010, 6, 1), kb)
    assert resolution.why == "Vladimir Putin: Prime Minister of RUS on 2010-06-01"
    assert resolution.actor.text == "Putin"


def test_person_without_a_date_takes_the_office_still_held(kb):
    resolution = resolve_actor("Putin", kb.lookup("Putin"), None, kb)
    assert resolution.actor.name == "Vladimir Putin (President)"
    assert "latest date known" in resolution.why


# --- term_on -------------------------------------------------------------------------------


def test_term_on_picks_the_term_in_force(kb):
    terms = person(kb, "person:vladimir-putin").terms
    assert term_on(terms, date(2007, 6, 1)).office == "President"
    assert term_on(terms, date(2010, 6, 1)).office == "Prime Minister"
    assert term_on(terms, date(2010, 6, 1)).start == date(2008, 5, 8)


def test_term_on_start_is_inclusive_and_end_exclusive(kb):
    terms = person(kb, "person:keir-starmer").terms
    assert term_on(terms, date(2024, 7, 4)).office == "Opposition Leader"
    assert term_on(terms, date(2024, 7, 5)).office == "Prime Minister"
    assert term_on(terms, date(2020, 4, 3)) is None
    assert term_on(terms, date(2020, 4, 4)).office == "Opposition Leader"


def test_term_on_is_none_out_of_office(kb):
    terms = person(kb, "person:joe-biden").terms
    assert term_on(terms, date(2026, 1, 15)) is None
    assert term_on(terms, date(2018, 6, 1)) is None
    assert term_on((), date(2018, 6, 1)) is None


def test_term_on_the_day_a_term_ends_is_still_that_term(kb):
    # the day's news is of what the holder did or suffered in office; the day after, not;
    # and a term that starts that day wins (Starmer on 5 July 2024 is Prime Minister)
    terms = person(kb, "person:joe-biden").terms
    assert term_on(terms, date(2025, 1, 20)).office == "President"
    assert term_on(terms, date(2025, 1, 21)) is None
    assert term_on(person(kb, "person:keir-starmer").terms, date(2024, 7, 5)).office == (
        "Prime Minister"
    )


def test_a_leader_detained_on_the_day_of_the_coup_is_the_government(nlp) -> None:
    text = "Myanmar's military detained Aung San Suu Kyi in a coup."
    (detained,) = accord.code(text, date="2021-02-01")
    assert (detained.source.code, detained.cameo, detained.target.code) == (
        "MMRMIL",
        "173",
        "MMRGOV",
    )
    (later,) = accord.code(text, date="2021-02-02")
    assert later.target.code == "MMRELI"


def test_term_on_without_a_date_is_the_open_term(kb):
    terms = person(kb, "person:vladimir-putin").terms
    current = term_on(terms, None)
    assert current.office == "President"
    assert current.end is None
    assert current.start == date(2012, 5, 7)


def test_term_on_prefers_the_later_start_when_terms_overlap():
    older = LeaderTerm("RUS", "GOV", "Prime Minister", date(1999, 8, 16), date(2000, 5, 7))
    newer = LeaderTerm("RUS", "GOV", "Acting President", date(1999, 12, 31), date(2000, 5, 7))
    assert term_on((older, newer), date(2000, 1, 1)) is newer
    assert term_on((newer, older), date(2000, 1, 1)) is newer
    assert term_on((older, newer), date(1999, 12, 30)) is older


def test_a_countrys_high_commissioner_is_its_government(nlp) -> None:
    text = "India summoned the Canadian high commissioner on Tuesday."
    assert actor_of(nlp, text, date(2023, 9, 19), "Canadian high commissioner").code == ("CANGOV")
    (summons,) = accord.code(text, date="2023-09-19")
    assert (summons.source.code, summons.cameo, summons.target.code) == ("IND", "114", "CANGOV")


def test_nigers_junta_leader_is_tiani_from_july_2023(nlp) -> None:
    text = "General Abdourahamane Tiani rejected the ultimatum."
    actor = actor_of(nlp, text, date(2023, 7, 31), "General Abdourahamane Tiani")
    assert (actor.code, actor.kb_id) == ("NERMIL", "person:abdourahamane-tchiani")


def test_a_member_country_named_after_its_organisation_is_the_country(nlp) -> None:
    text = "NATO member Turkey condemned Russia on Thursday."
    assert actor_of(nlp, text, date(2023, 1, 5), "NATO member Turkey").code == "TUR"
    text = "Fellow BRICS member India abstained."
    assert actor_of(nlp, text, date(2023, 1, 5), "Fellow BRICS member India").code == "IND"
    # the organisation alone stays the organisation
    text = "NATO members condemned Russia."
    assert actor_of(nlp, text, date(2023, 1, 5), "NATO members").code == "IGOWSTNAT"


def test_a_title_of_another_country_names_someone_else_of_the_same_surname(nlp):
    # Eritrea's foreign minister, not Yemen's late president Ali Abdullah Saleh ("Saleh")
    text = "Eritrean Foreign Minister Osman Saleh met Ethiopian officials in Asmara."
    day = date(2023, 1, 15)
    assert actor_of(nlp, text, day, "Eritrean Foreign Minister Osman Saleh").code == "ERIGOV"
    # the Yemeni title still names him, and out of office he is a former official
    text = "Yemeni President Ali Abdullah Saleh met Saudi officials in Riyadh."
    assert actor_of(nlp, text, date(2010, 5, 1), "Yemeni President Ali Abdullah Saleh").code == (
        "YEMGOV"
    )


def test_a_rank_over_people_of_a_kind_is_of_that_kind_not_the_government(nlp):
    # "leader" alone is the national leader (GOV); a gang's leader is a criminal
    text = "Haitian gang leaders met Kenyan police officers in Port-au-Prince."
    assert actor_of(nlp, text, date(2024, 7, 1), "Haitian gang leaders").code == "HTICRM"
    text = "Afghan rebel leaders said they would meet the UN mediator."
    assert actor_of(nlp, text, date(1988, 2, 1), "Afghan rebel leaders").code == "AFGREB"
    text = "Nigerian union leaders met President Bola Tinubu in Abuja."
    assert actor_of(nlp, text, date(2024, 6, 4), "Nigerian union leaders").code == "NGALAB"

"""Armed groups, parties, NGOs and ethnic groups: the data file, their spells over time, and
how the words around a group's name change the actor."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

import accord
from accord.kb import GroupSpell, load_kb, resolve_actor, spell_on
from accord.kb.loader import GROUP_TYPES

DATA = Path(__file__).resolve().parents[2] / "accord/kb/data"
HEADER = ["kb_id", "name", "aliases", "type", "country", "code", "sectors", "start", "end", "note"]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


def group(kb, kb_id: str):
    (entry,) = {e for es in kb.by_phrase.values() for e in es if e.kb_id == f"group:{kb_id}"}
    return entry


def actors(nlp, text: str, day: date) -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.pub_date = day
    doc = nlp(doc)
    return {doc[m.start : m.end].text: m.actor.code for m in doc._.actors}


# --- the data file --------------------------------------------------------------------------


def test_groups_file_has_its_documented_columns():
    with open(DATA / "groups.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


def test_every_group_row_has_a_known_type_and_a_code_of_three_letter_blocks():
    with open(DATA / "groups.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len({row["kb_id"] for row in rows}) >= 100
    for row in rows:
        assert row["type"] in GROUP_TYPES, row
        assert row["code"].isalpha() and row["code"].isupper(), row
        assert len(row["code"]) % 3 == 0, row


@pytest.mark.parametrize(
    "name",
    [
        "Hamas", "Hezbollah", "Islamic Jihad", "Taliban", "ISIS", "ISIL", "Islamic State",
        "Daesh", "al-Qaeda", "AQAP", "AQIM", "al-Shabaab", "Boko Haram", "Houthis",
        "Ansar Allah", "PKK", "YPG", "SDF", "FARC", "ELN", "Wagner Group", "M23", "RSF",
        "Tigray People's Liberation Front", "Lord's Resistance Army", "Muslim Brotherhood",
        "Fatah", "PLO", "Amnesty International", "Human Rights Watch", "Red Cross", "ICRC",
        "Doctors Without Borders", "MSF", "Greenpeace", "Democrats", "Republicans", "Labour",
        "Conservatives", "Tories", "CDU", "SPD", "BJP", "Congress party", "ANC", "LDP",
        "United Russia", "Rohingya", "Kurds", "Uighurs",
    ],
)  # fmt: skip
def test_groups_the_news_names_are_in_the_knowledge_base(kb, name):
    assert any(e.kind == "group" for e in kb.lookup(name)), name


# --- spells over time -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(1995, 6, 1), "AFGINS"),
        (date(1998, 6, 1), "AFGGOV"),
        (date(2001, 11, 12), "AFGGOV"),
        (date(2001, 11, 13), "AFGINS"),
        (date(2021, 8, 14), "AFGINS"),
        (date(2021, 8, 15), "AFGGOV"),
        (date(2024, 6, 1), "AFGGOV"),
    ],
)
def test_the_taliban_are_insurgents_out_of_power_and_the_government_in_power(kb, day, code):
    assert spell_on(group(kb, "taliban").spells, day).code == code


def test_a_group_named_before_it_existed_has_no_spell(kb):
    assert spell_on(group(kb, "wagner-group").spells, date(2010, 1, 1)) is None
    assert spell_on(group(kb, "wagner-group").spells, date(2014, 5, 1)).code == "RUSUAF"


def test_a_dissolved_group_keeps_its_last_spell(kb):
    # the PKK announced its dissolution on 12 May 2025; the news still names it
    pkk = group(kb, "pkk")
    assert pkk.spells[-1].end == date(2025, 5, 12)
    assert spell_on(pkk.spells, date(2025, 9, 1)).code == "TURSEP"


def test_without_a_date_a_group_is_what_it_is_now(kb):
    assert spell_on(group(kb, "taliban").spells, None).code == "AFGGOV"
    assert spell_on((), date(2020, 1, 1)) is None


def test_spell_start_is_inclusive_and_end_exclusive():
    spell = GroupSpell("armed", "AFG", "AFGINS", ("INS",), date(2001, 11, 13), date(2021, 8, 15))
    assert spell.covers(date(2001, 11, 13))
    assert spell.covers(date(2021, 8, 14))
    assert not spell.covers(date(2021, 8, 15))


@pytest.mark.parametrize(
    ("kb_id", "day", "code"),
    [
        ("hamas", date(2005, 1, 1), "PSEREB"),
        ("hamas", date(2006, 6, 1), "PSEGOVPTY"),  # the 2006-2007 Hamas government
        ("hamas", date(2008, 1, 1), "PSEREB"),
        ("fatah", date(2006, 6, 1), "PSEOPPPTY"),
        ("fatah", date(2008, 1, 1), "PSEGOVPTY"),
        ("farc", date(2015, 1, 1), "COLINS"),
        ("farc", date(2018, 1, 1), "COLOPPPTY"),  # disarmed, now a party
        ("rsf", date(2020, 1, 1), "SDNMIL"),
        ("rsf", date(2023, 4, 15), "SDNREB"),  # at war with the army from that day
        ("hts", date(2024, 12, 7), "SYRINS"),
        ("hts", date(2024, 12, 8), "SYRGOV"),
        ("muslim-brotherhood", date(2013, 1, 1), "EGYGOVPTY"),
        ("muslim-brotherhood", date(2014, 1, 1), "EGYOPP"),
        ("tplf", date(2021, 6, 1), "ETHREB"),
        ("democratic-party-us", date(2020, 1, 1), "USAOPPPTY"),
        ("democratic-party-us", date(2021, 1, 20), "USAGOVPTY"),
        ("labour-party-uk", date(2024, 7, 4), "GBROPPPTY"),
        ("labour-party-uk", date(2024, 7, 5), "GBRGOVPTY"),
        ("cdu", date(2025, 5, 5), "DEUOPPPTY"),
        ("cdu", date(2025, 5, 6), "DEUGOVPTY"),
    ],
)
def test_groups_change_code_when_they_take_power_lose_it_or_disarm(kb, kb_id, day, code):
    assert spell_on(group(kb, kb_id).spells, day).code == code


# --- what the phrase around a group's name changes ------------------------------------------


def test_an_international_ngo_has_no_country_and_its_specialty_as_sector(kb):
    resolution = resolve_actor(
        "Amnesty International", kb.lookup("Amnesty International"), date(2022, 1, 1), kb
    )
    actor = resolution.actor
    assert (actor.code, actor.country, actor.sectors) == ("NGOHRI", None, ("HRI",))
    assert actor.kb_id == "group:amnesty-international"
    assert "non-governmental organisation" in resolution.why


def test_the_country_backing_an_armed_group_does_not_change_its_code(nlp):
    found = actors(nlp, "Iranian-backed Hezbollah fired rockets at Israel.", date(2023, 10, 9))
    assert found["Iranian-backed Hezbollah"] == "LBNREB"


def test_an_ethnic_group_takes_the_country_and_the_role_of_its_phrase(nlp):
    day = date(2019, 10, 9)
    assert actors(nlp, "Iraqi Kurds held a referendum.", day) == {"Iraqi Kurds": "IRQKUR"}
    assert actors(nlp, "Kurdish rebels attacked a checkpoint.", day) == {"Kurdish rebels": "KURREB"}
    found = actors(nlp, "Rohingya refugees fled to Bangladesh.", day)
    assert found["Rohingya refugees"] == "MMRREFRHG"
    assert actors(nlp, "Uighurs were detained.", day) == {"Uighurs": "CHNUIG"}


def test_south_asian_peoples_are_ethnic_groups_given_a_country_only_when_named(nlp):
    day = date(2025, 3, 11)
    found = actors(nlp, "Baloch separatists hijacked a passenger train in Balochistan.", day)
    assert found["Baloch separatists"] == "BALSEP"
    found = actors(nlp, "Pakistani Baloch protested in Quetta.", day)
    assert found == {"Pakistani Baloch": "PAKBAL"}
    assert actors(nlp, "Afghan Pashtuns fled the fighting.", day) == {"Afghan Pashtuns": "AFGPUS"}
    found = actors(nlp, "Sri Lankan Tamils voted on Thursday.", day)
    assert found == {"Sri Lankan Tamils": "LKATAM"}


def test_kashmir_and_afghan_armed_groups_of_the_2020s(nlp):
    day = date(2025, 4, 25)
    found = actors(nlp, "The Resistance Front claimed responsibility for the attack.", day)
    assert found == {"Resistance Front": "PAKREB"}
    assert actors(nlp, "TRF militants opened fire.", day) == {"TRF militants": "PAKREB"}
    # not the Kashmir group: Ahmad Massoud's front against the Taliban
    found = actors(nlp, "The National Resistance Front attacked a Taliban checkpoint.", day)
    assert found["National Resistance Front"] == "AFGREB"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a state's army named "People's Defence Force" is not Myanmar's armed group of that
        # name
        (
            "The Uganda People's Defence Force attacked ADF camps in eastern Congo.",
            "Uganda People's Defence Force",
            "UGAMIL",
        ),
        (
            "Myanmar's People's Defence Force attacked a junta convoy.",
            "People's Defence Force",
            "MMRINS",
        ),
        ("CODECO militiamen killed 40 displaced people in Ituri.", "CODECO militiamen", "CODREB"),
        (
            "Islamic State Sahel Province fighters killed 30 soldiers in western Niger.",
            "Islamic State Sahel Province fighters",
            "IMGMOS",
        ),
        ("BLF militants attacked a Frontier Corps post in Turbat.", "BLF militants", "PAKSEP"),
        (
            "Colombian troops killed a commander of the Clan del Golfo in Antioquia.",
            "Clan del Golfo",
            "COLCRM",
        ),
        ("The FDLR attacked a village in North Kivu.", "FDLR", "RWAREB"),
        # not Colombia's National Liberation Army (the ELN), whose name it ends with
        (
            "The West Papua National Liberation Army killed two soldiers in Intan Jaya.",
            "West Papua National Liberation Army",
            "IDNSEP",
        ),
        ("The Frontier Corps killed six militants in Balochistan.", "Frontier Corps", "PAKMIL"),
        ("The FARDC shelled rebel positions.", "FARDC", "CODMIL"),
    ],
)
def test_armed_groups_and_state_forces_by_their_own_names(nlp, text, phrase, code):
    assert actors(nlp, text, date(2024, 6, 1))[phrase] == code


def test_niger_delta_peoples_and_herders(nlp):
    # CAMEO manual table 10.1 codes the Ijaw IJW; herders are agriculture (AGR) as farmers
    # are (the Tuareg and the Fulani, peoples of several countries, are left out: "Tuareg
    # rebels" in Mali are Mali's rebels, MLIREB)
    day = date(2024, 7, 28)
    text = "Tuareg rebels attacked Malian troops in Kidal."
    assert actors(nlp, text, day)["Tuareg rebels"] == "MLIREB"
    text = "Nigerian troops clashed with Ijaw militants in the Niger Delta."
    assert actors(nlp, text, day)["Ijaw militants"] == "NGAREBIJW"


def test_bangladesh_nationalist_party_in_and_out_of_power(nlp):
    text = "The Bangladesh Nationalist Party accused the Awami League of rigging the vote."
    found = actors(nlp, text, date(2023, 10, 29))
    assert found == {"Bangladesh Nationalist Party": "BGDOPPPTY", "Awami League": "BGDGOVPTY"}
    text = "The Bangladesh Nationalist Party banned rallies."
    assert actors(nlp, text, date(2003, 5, 1)) == {"Bangladesh Nationalist Party": "BGDGOVPTY"}


def test_the_backer_of_an_ethnic_group_is_not_its_country(nlp):
    found = actors(nlp, "US-backed Kurdish fighters attacked the town.", date(2017, 6, 1))
    assert found == {"US-backed Kurdish fighters": "KURREB"}


def test_an_organised_group_wins_over_the_people_it_draws_on(nlp):
    found = actors(nlp, "Turkey shelled the Kurdish-led SDF.", date(2019, 10, 10))
    assert found == {"Turkey": "TUR", "Kurdish-led SDF": "SYRUAF"}


def test_a_party_name_with_another_countrys_name_is_that_countrys_party(nlp):
    day = date(2022, 9, 12)
    assert actors(nlp, "Sweden Democrats won seats.", day) == {"Sweden Democrats": "SWEPTY"}
    assert actors(nlp, "The Democrats won seats.", day) == {"Democrats": "USAGOVPTY"}


def test_a_groups_name_is_a_proper_name_not_a_common_word(nlp):
    day = date(2022, 1, 1)
    assert actors(nlp, "Workers protested against forced labour.", day) == {}
    assert actors(nlp, "The rebels were offered an amnesty.", day) == {}
    assert actors(nlp, "Labour costs rose.", day) == {}
    assert actors(nlp, "Labour criticised the budget.", day) == {"Labour": "GBROPPPTY"}
    assert actors(nlp, "On Monday, Amnesty criticised the budget.", day) == {"Amnesty": "NGOHRI"}


def test_a_group_named_before_it_existed_names_no_actor(nlp):
    assert actors(nlp, "Wagner fighters entered the town.", date(2008, 3, 1)) == {}
    assert actors(nlp, "Wagner fighters entered the town.", date(2022, 3, 1)) == {
        "Wagner fighters": "RUSUAF"
    }


def test_a_group_and_its_leader_resolve_to_the_same_country_and_sector(nlp):
    day = date(2021, 5, 12)
    found = actors(nlp, "Hamas leader Ismail Haniyeh spoke.", day)
    assert found == {"Hamas leader Ismail Haniyeh": "PSEREB"}
    assert actors(nlp, "Hamas spoke.", day) == {"Hamas": "PSEREB"}


# --- coding sentences -----------------------------------------------------------------------


def test_hamas_firing_rockets_at_israel_is_coded_from_hamas():
    events = accord.code("Hamas fired rockets at Israel.", date="2021-05-11")
    assert [(e.source.code, e.source.country, e.target.code) for e in events] == [
        ("PSEREB", "PSE", "ISR")
    ]
    assert events[0].cameo_root in ("18", "19")


def test_amnesty_accusing_myanmar_is_coded_from_the_ngo():
    events = accord.code(
        "Amnesty International accused Myanmar of crimes against humanity.", date="2018-06-27"
    )
    assert [(e.source.code, e.source.country, e.target.code, e.cameo_root) for e in events] == [
        ("NGOHRI", None, "MMR", "11")
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # a group linked to the head's people does not make them the group
        ("Al-Qaeda-linked Somali militants attacked the base.", "Al-Qaeda-linked Somali militants",
         "SOMREB"),
        # a group leading or running a body lends it its country
        ("The Taliban-led government arrested journalists.", "Taliban-led government", "AFGGOV"),
        ("The Hamas-run health ministry said 20 people died.", "Hamas-run health ministry",
         "PSEGOV"),
    ],
)  # fmt: skip
def test_a_group_that_only_qualifies_the_head_is_not_the_actor(nlp, text, phrase, code):
    assert actors(nlp, text, date(2022, 1, 10))[phrase] == code


def test_rebels_linked_to_a_transnational_group_have_no_country_of_their_own(nlp):
    assert actors(nlp, "Al-Qaeda-linked rebels kidnapped peacekeepers.", date(2014, 9, 1)) == {}


# --- world regions (CAMEO manual table 3.3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Western governments condemned Russia on Monday.", "Western governments", "WSTGOV"),
        ("Putin blamed the West for the war.", "West", "WST"),
        ("African leaders urged Russia to end the war.", "African leaders", "AFRGOV"),
        ("Gulf Arab states pledged aid to Sudan.", "Gulf Arab states", "PGS"),
        ("China hosted Central Asian leaders in Xi'an.", "Central Asian leaders", "CASGOV"),
        ("Mexico met Central American leaders on migration.", "Central American leaders", "LAMGOV"),
        ("Arab states condemned the raid.", "Arab states", "ARB"),
    ],
)  # fmt: skip
def test_a_world_region_named_as_a_side_is_its_cameo_region_code_with_the_role(
    nlp, text, phrase, code
):
    assert actors(nlp, text, date(2023, 5, 19))[phrase] == code


def test_latin_american_countries_are_latin_america_not_the_united_states(nlp):
    found = actors(nlp, "Latin American countries recalled their envoys.", date(2023, 11, 1))
    assert found["Latin American countries"] == "LAM"
    assert "USA" not in found.values()


def test_a_country_in_the_phrase_wins_over_the_region_that_qualifies_it(nlp):
    day = date(2023, 5, 19)
    assert (
        actors(nlp, "The US Middle East envoy met Netanyahu.", day)["US Middle East envoy"]
        == "USAGOV"
    )
    assert "WST" not in actors(nlp, "Russian missiles struck western Ukraine.", day).values()


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police patrolled the Western Wall.",
        "The Asian Infrastructure Investment Fund lent money.",
        "Kanye West met reporters in Chicago.",
        "The Arab Spring began in Tunisia.",
    ],
)
def test_a_region_word_inside_another_name_is_no_region(nlp, text):
    codes = actors(nlp, text, date(2023, 5, 19)).values()
    assert not {"WST", "ASA", "ARB"} & {code[:3] for code in codes}


def test_what_a_pro_phrase_is_for_is_not_who_it_is(nlp):
    day = date(2008, 8, 1)
    found = actors(nlp, "The pro-Western government of Georgia protested.", day)
    assert found["pro-Western government"] == "GEOGOV"
    found = actors(nlp, "Pro-Russian separatists attacked Ukrainian troops.", day)
    assert "RUS" not in {code[:3] for code in found.values()}


@pytest.mark.parametrize(
    "text",
    [
        "Philippine vessels clashed with Chinese ships in the South China Sea.",
        "A US destroyer sailed through the Taiwan Strait.",
        "Tensions rose on the Korean Peninsula.",
    ],
)
def test_a_sea_or_land_named_after_a_country_is_not_that_country(nlp, text):
    named = actors(nlp, text, date(2023, 8, 5))
    assert not any(phrase.endswith(("Sea", "Strait", "Peninsula")) for phrase in named)
    assert "TWN" not in named.values() and "KOR" not in named.values()


def test_another_countrys_congress_is_its_legislature_not_the_us_congress(nlp):
    day = date(2023, 1, 8)
    assert actors(nlp, "Peru's Congress voted to remove the president.", day)["Congress"] == (
        "PERLEG"
    )
    assert (
        actors(nlp, "The Philippine Congress approved the bill.", day)["Philippine Congress"]
        == "PHLLEG"
    )
    assert actors(nlp, "Congress passed the bill.", day) == {"Congress": "USALEG"}


def test_a_group_leader_told_after_his_last_term_is_his_group(nlp):
    found = actors(
        nlp, "A U.S. drone strike killed al-Qaeda leader Ayman al-Zawahiri.", date(2022, 8, 2)
    )
    assert found["al-Qaeda leader Ayman al-Zawahiri"] == "IMGMOS"


# --- organisations and companies named by their kind ----------------------------------------


def events(text: str, day: date) -> list[tuple[str, str, str | None]]:
    return [
        (e.source.code, e.cameo, e.target.code if e.target else None)
        for e in accord.code(text, date=day)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("A human rights group protested the arrests on Monday.", "human rights group", "NGOHRI"),
        ("Rights groups condemned the arrests.", "Rights groups", "NGOHRI"),
        ("Aid agencies warned of famine in Sudan.", "Aid agencies", "NGOHLH"),
        ("Relief organisations accused Israel of blocking aid.", "Relief organisations", "NGOHLH"),
        ("Charities condemned the new law.", "Charities", "NGOHLH"),
        ("Environmental groups criticised the decision.", "Environmental groups", "NGOENV"),
        (
            "Multinational companies criticised the Chinese government.",
            "Multinational companies",
            "MNC",
        ),
    ],
)
def test_an_organisation_named_by_its_kind_alone_is_a_transnational_actor(nlp, text, phrase, code):
    # CAMEO manual table 3.2: 'aid worker' NGO, 'multinational firm' MNC
    assert actors(nlp, text, date(2023, 1, 1))[phrase] == code


def test_an_organisation_named_by_its_kind_takes_its_country_and_specialty(nlp):
    day = date(2023, 1, 1)
    text = "A Croatian human rights group accused the police of torture."
    assert actors(nlp, text, day)["Croatian human rights group"] == "HRVHRI"
    text = "Doctors from two American aid groups criticized the government."
    found = actors(nlp, text, day)
    # the doctors keep their own role, not their employer's
    assert found["Doctors"] == "USAHLH"
    assert found["American aid groups"] == "USAHLH"


def test_aid_agencies_where_a_sentence_is_set_are_not_that_countrys():
    assert events("Aid agencies warned of famine in Sudan.", date(2023, 1, 1))[0][0] == "NGOHLH"


def test_a_rights_group_is_the_source_of_its_protest():
    assert events("Rights groups condemned the arrests.", date(2023, 1, 1)) == [
        ("NGOHRI", "111", None)
    ]


def test_the_word_group_alone_names_no_organisation(nlp):
    assert actors(nlp, "The group protested the arrests.", date(2023, 1, 1)) == {}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Microsoft", "USABUS"),
        ("Google", "USABUS"),
        ("Meta", "USABUS"),
        ("Gazprom", "RUSBUS"),
        ("Rosneft", "RUSBUS"),
        ("Huawei", "CHNBUS"),
        ("Saudi Aramco", "SAUBUS"),
    ],
)
def test_a_large_company_is_its_countrys_business(kb, name, code):
    resolved = resolve_actor(name, kb.lookup(name), date(2023, 1, 1), kb)
    assert resolved is not None
    assert (resolved.actor.code, resolved.actor.sectors) == (code, ("BUS",))


def test_a_company_accusing_a_countrys_hackers_is_a_dyad_of_business_and_criminals():
    found = events(
        "Microsoft accused Chinese state-sponsored hackers of spying.", date(2023, 5, 24)
    )
    assert [(s, t) for s, _, t in found] == [("USABUS", "CHNCRM")]


def test_sanctions_on_a_company_target_its_country():
    found = events("The United States imposed sanctions on Huawei.", date(2023, 1, 1))
    assert ("USA", "163", "CHNBUS") in found


def test_a_company_is_named_only_by_its_capitalised_name(nlp):
    assert actors(nlp, "The meta debate angered officials.", date(2023, 1, 1)) == {}


def test_myanmars_resistance_alliance_and_its_members_are_rebels(nlp):
    day = date(2024, 1, 12)
    found = actors(
        nlp,
        "China brokered a ceasefire between Myanmar's military and the Three Brotherhood "
        "Alliance, Beijing said on Friday.",
        day,
    )
    assert found["Three Brotherhood Alliance"] == "MMRREB"  # not the Muslim Brotherhood
    assert (
        "MMRREB"
        in actors(
            nlp, "The Myanmar National Democratic Alliance Army captured Lashio.", day
        ).values()
    )
    assert actors(nlp, "The TNLA and the KIA attacked junta positions.", day) == {
        "TNLA": "MMRREB",
        "KIA": "MMRREB",
    }


def test_taiwans_and_bangladeshs_parties_change_sides_with_power(nlp):
    assert actors(
        nlp, "The KMT criticised the Democratic Progressive Party.", date(2023, 5, 1)
    ) == {
        "KMT": "TWNOPPPTY",
        "Democratic Progressive Party": "TWNGOVPTY",
    }
    assert actors(
        nlp, "The KMT criticised the Democratic Progressive Party.", date(2012, 5, 1)
    ) == {
        "KMT": "TWNGOVPTY",
        "Democratic Progressive Party": "TWNOPPPTY",
    }
    assert set(actors(nlp, "The Awami League won the vote.", date(2019, 1, 1)).values()) == {
        "BGDGOVPTY"
    }
    assert set(actors(nlp, "The Awami League called a strike.", date(2025, 1, 1)).values()) == {
        "BGDOPPPTY"
    }

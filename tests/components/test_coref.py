"""accord_coref: personal pronouns linked to the person named before them."""

from __future__ import annotations

from datetime import date

import pytest

import accord
from accord.components.coref import WINDOW_SENTENCES

DAY = date(2021, 12, 15)


@pytest.fixture(scope="module")
def nlp():
    return accord.load()


def parse(nlp, text: str, day: date | None = DAY):
    doc = nlp.make_doc(text)
    doc._.pub_date = day
    return nlp(doc)


def pronoun_mentions(doc):
    return [m for m in doc._.actors if m.via == "coref"]


def test_component_runs_after_actors_and_declares_it(nlp):
    names = nlp.pipe_names
    assert names.index("accord_actors") < names.index("accord_coref")
    meta = nlp.get_pipe_meta("accord_coref")
    assert meta.requires == ["doc._.actors"]
    assert meta.assigns == ["doc._.actors"]


def test_pronoun_after_a_leader_is_that_leader(nlp):
    doc = parse(nlp, "Putin said he will attend the Olympics.")
    (he,) = pronoun_mentions(doc)
    assert doc[he.head].text == "he"
    assert (he.start, he.end) == (he.head, he.head + 1)
    assert he.actor.code == "RUSGOV"
    assert he.actor.kb_id == "person:vladimir-putin"
    assert he.actor.text == "he"
    assert "Putin" in he.why


def test_pronoun_mention_keeps_the_named_mention_and_text_order(nlp):
    doc = parse(nlp, "Putin said he will attend the Olympics.")
    assert [(m.via, doc[m.head].text) for m in doc._.actors] == [("kb", "Putin"), ("coref", "he")]


def test_pronoun_takes_the_office_its_antecedent_holds_on_the_date(nlp):
    doc = parse(nlp, "Putin said he will attend the Olympics.", date(2010, 2, 1))
    (he,) = pronoun_mentions(doc)
    assert he.actor.code == "RUSGOV"
    assert he.actor.name == "Vladimir Putin (Prime Minister)"


def test_pronoun_refers_to_the_latest_person_named(nlp):
    doc = parse(
        nlp,
        "Biden spoke to reporters on Monday. On Tuesday, Putin said he would not back down.",
    )
    (he,) = pronoun_mentions(doc)
    assert he.actor.kb_id == "person:vladimir-putin"


@pytest.mark.parametrize(
    "text",
    [
        "He said Putin would attend the Olympics.",
        "She told reporters the border would stay closed.",
    ],
)
def test_pronoun_with_no_person_before_it_stays_unresolved(nlp, text):
    doc = parse(nlp, text)
    assert pronoun_mentions(doc) == []


def test_a_country_or_a_police_force_is_not_a_person_to_refer_back_to(nlp):
    doc = parse(nlp, "Ugandan police said he had fled to Russia, where he was arrested.")
    assert [m.actor.code for m in doc._.actors] == ["UGACOP", "RUS"]
    assert pronoun_mentions(doc) == []


FILLER = [
    "The talks lasted three hours.",
    "Officials described them as friendly.",
    "Trade was high on the agenda.",
]


def window_text(fillers: int) -> str:
    """Putin named, then `fillers` sentences without a person, then "He ..."."""
    return " ".join(
        ["Putin arrived in China on Friday.", *FILLER[:fillers], "He said it went well."]
    )


def test_pronoun_within_the_window_is_resolved(nlp):
    doc = parse(nlp, window_text(1))
    assert len(list(doc.sents)) == 3
    (he,) = pronoun_mentions(doc)
    assert doc[he.head].text == "He"
    assert he.actor.kb_id == "person:vladimir-putin"


def test_pronoun_three_sentences_after_the_person_is_resolved(nlp):
    assert WINDOW_SENTENCES == 3
    doc = parse(nlp, window_text(2))
    assert len(list(doc.sents)) == 4
    (he,) = pronoun_mentions(doc)
    assert he.actor.code == "RUSGOV"


def test_pronoun_four_sentences_after_the_person_stays_unresolved(nlp):
    doc = parse(nlp, window_text(3))
    assert len(list(doc.sents)) == 5
    assert pronoun_mentions(doc) == []
    assert [m.actor.code for m in doc._.actors] == ["RUSGOV", "CHN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq said it would cooperate with the inspectors.", {"IRQ"}),
        ("The Ugandan rebels said they would release the hostages.", {"UGAREB"}),
        ("Obama and Putin said they will attack Iraq.", {"USAGOV", "RUSGOV"}),
        (
            "Two Palestinian suicide bombers killed 23 people when they blew themselves up.",
            {"PSEREB"},  # the subject qualified by its side, not the nearer victims
        ),
    ],
)
def test_it_and_they_refer_to_the_country_group_or_pair_named_before(
    nlp, text: str, expected: set[str]
) -> None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("it", "they"))
    resolved = {m.actor.code for m in doc._.actors if m.head == pronoun.i}
    assert resolved == expected


def test_it_refers_to_no_person_and_an_expletive_it_to_nothing(nlp) -> None:
    doc = nlp("Putin said it was time to act. It seems Russia attacked Ukraine.")
    pronouns = {t.i for t in doc if t.lower_ == "it"}
    assert not [m for m in doc._.actors if m.head in pronouns]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wagner chief Yevgeny Prigozhin vowed to march on Moscow, as President Vladimir "
            "Putin accused him of treason.",
            "RUSMIL",
        ),
        ("Putin met Xi and told him that Russia would help.", "CHNGOV"),
    ],
)
def test_an_object_pronoun_is_never_its_own_clauses_subject(nlp, text: str, expected: str) -> None:
    doc = parse(nlp, text, date(2023, 6, 24))
    him = next(t for t in doc if t.lower_ == "him")
    assert {m.actor.code for m in doc._.actors if m.head == him.i} == {expected}


def test_the_two_countries_are_the_two_that_acted_not_the_last_two_named(nlp) -> None:
    text = (
        "Egyptian President Abdel Fattah al-Sisi met Turkish President Recep Tayyip Erdogan in "
        "Cairo on Wednesday. The two leaders agreed to boost trade. Erdogan said Turkey was "
        "ready to cooperate with Egypt on Gaza. Last month, the two countries signed a deal."
    )
    doc = parse(nlp, text, date(2024, 2, 15))
    countries = next(t for t in doc if t.lower_ == "countries")
    assert {m.actor.country for m in doc._.actors if m.head == countries.i} == {"EGY", "TUR"}


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "North Korean leader Kim Jong Un met Russian President Vladimir Putin at a space "
            "launch centre on Wednesday. Putin said Russia would help North Korea build "
            "satellites. Washington has accused Pyongyang of supplying artillery shells to "
            "Moscow. The two leaders discussed military cooperation, the Kremlin said.",
            date(2023, 9, 13),
            {"PRKGOV", "RUSGOV"},
        ),
        (
            "U.S. House Speaker Nancy Pelosi met Taiwan President Tsai Ing-wen in Taipei on "
            "Wednesday. China condemned the visit. Chinese Foreign Minister Wang Yi said the "
            "United States had violated China's sovereignty. \"Those who offend China will be "
            'punished," he said. The two leaders discussed security and trade.',
            date(2022, 8, 3),
            {"USALEG", "TWNGOV"},
        ),
    ],
)
def test_the_two_leaders_are_two_people_named_together_not_the_last_two_actors(
    nlp, text, day, expected
) -> None:
    assert _resolved(parse(nlp, text, day), "leaders") == expected


def test_its_never_refers_to_a_plural_noun_such_as_leaders(nlp):
    text = (
        "European Union leaders agreed to impose new sanctions on Russia after its troops "
        "invaded Ukraine."
    )
    doc = parse(nlp, text)
    its = [m for m in doc._.actors if doc[m.start].lower_ == "its"]
    assert [m.actor.code for m in its] == ["RUS"]


def _resolved(doc, word: str, nth: int = 0) -> set[str]:
    """The codes the `nth` occurrence of `word` refers to."""
    token = [t for t in doc if t.lower_ == word][nth]
    return {m.actor.code for m in doc._.actors if m.head == token.i}


def test_the_group_and_its_it_refer_to_the_organisation_named_before(nlp) -> None:
    text = (
        "Hamas freed 24 hostages on Friday, the first day of a four-day truce with Israel. In "
        "return, Israel released 39 Palestinian prisoners from its jails. The group said it "
        "would release more captives on Saturday."
    )
    doc = parse(nlp, text, date(2023, 11, 25))
    assert _resolved(doc, "group") == {"PSEREB"}
    assert _resolved(doc, "it") == {"PSEREB"}  # not Israel, the subject of the sentence before


def test_the_group_is_the_organisation_whose_leader_was_named(nlp) -> None:
    text = (
        "Wagner chief Yevgeny Prigozhin ordered his fighters to halt their march on Moscow. "
        "Russian President Vladimir Putin accused the group of treason."
    )
    doc = parse(nlp, text, date(2023, 6, 25))
    assert _resolved(doc, "group") == {"RUSUAF"}  # Wagner, not its leader


def test_the_bloc_and_the_country_are_the_organisation_and_the_country_named_before(
    nlp,
) -> None:
    text = (
        "Leaders of the Economic Community of West African States gave Niger's junta one week "
        "to reinstate President Mohamed Bazoum. The bloc also imposed sanctions on the country "
        "on Sunday."
    )
    doc = parse(nlp, text, date(2023, 7, 31))
    assert _resolved(doc, "bloc") == {"IGOWAFWAS"}
    assert _resolved(doc, "country") == {"NER"}  # the country, not its junta


def test_the_country_is_a_country_named_not_a_nationality(nlp) -> None:
    text = (
        "Rwanda's information minister said she hoped French officials accused of playing a "
        "role in the country's genocide would be indicted."
    )
    doc = parse(nlp, text, date(2008, 8, 6))
    assert _resolved(doc, "country") == {"RWA"}


def test_the_country_as_an_object_is_not_its_own_clause_subject(nlp) -> None:
    text = (
        "North Korea launched a ballistic missile on Wednesday. South Korea condemned the "
        "country for violating UN resolutions."
    )
    doc = parse(nlp, text, date(2024, 6, 12))
    assert _resolved(doc, "country") == {"PRK"}  # not South Korea, who condemns it
    # (only the verb's own subject: what one vows to defend may be one's own country)
    text = "Russia launched missiles at Kyiv on Monday. Zelensky vowed to defend the country."
    doc = parse(nlp, text, date(2024, 6, 12))
    assert _resolved(doc, "country") == {"UKR"}


def test_a_vice_president_holds_no_presidency_an_office_refers_back_to(nlp) -> None:
    text = (
        "Vice President JD Vance met Zelensky in Munich. The president thanked him for US support."
    )
    doc = parse(nlp, text, date(2025, 2, 14))
    assert _resolved(doc, "president") != {"USAGOV"}


def test_an_office_refers_back_only_to_someone_told_holding_it(nlp) -> None:
    text = (
        "Bangladesh's army chief said he would form an interim government after the prime "
        "minister resigned."
    )
    doc = parse(nlp, text, date(2024, 8, 5))
    assert _resolved(doc, "minister") == set()  # not the army chief
    text = "Sheikh Hasina fled the country on Monday. The prime minister resigned on Monday."
    doc = parse(nlp, text, date(2024, 8, 5))
    assert _resolved(doc, "minister") == {"BGDGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas freed ten hostages. The group of experts said the talks would go on.",
        "Iran met Iraq. The host country said the talks would go on.",
    ],
)
def test_a_qualified_collective_noun_refers_to_no_actor_named_before(nlp, text: str) -> None:
    doc = parse(nlp, text)
    assert pronoun_mentions(doc) == []


@pytest.mark.parametrize(
    ("text", "day", "word", "expected"),
    [
        pytest.param(
            "Army chief General Abdel Fattah al-Burhan accused the RSF of attacking civilians. "
            "Its commander, Mohamed Hamdan Dagalo, blamed the army for the fighting. The two "
            "sides have violated several truces.",
            date(2023, 5, 21),
            "sides",
            # (the army the RSF blamed is Sudan's, the one country the sentence before names)
            {"SDNMIL", "SDNREB"},
            id="a civil war's two sides are the state and the rebels",
        ),
        pytest.param(
            "Kosovo Prime Minister Albin Kurti accused Serbia of backing the attackers. Serbian "
            "President Aleksandar Vucic denied the claim. The European Union urged both sides "
            "to avoid escalation.",
            date(2023, 9, 26),
            "sides",
            {"KSVGOV", "SRBGOV"},
            id="the sides urged are not the one who urges them",
        ),
        pytest.param(
            "North Korea fired a missile on Monday. South Korea, Japan and the United States "
            "condemned the test. The three countries agreed to share missile warning data.",
            date(2023, 12, 19),
            "countries",
            {"KOR", "JPN", "USA"},
            id="the three countries are the three that acted together",
        ),
        pytest.param(
            "Turkey agreed on Tuesday to lift its veto on Finland and Sweden joining NATO after "
            "the three countries signed a memorandum in Madrid.",
            date(2022, 6, 29),
            "countries",
            {"TUR", "FIN", "SWE"},
            id="the three countries are countries, not the alliance named among them",
        ),
    ],
)
def test_a_counted_pair_or_trio_is_the_sides_that_acted_before(
    nlp, text: str, day: date, word: str, expected: set[str]
) -> None:
    assert _resolved(parse(nlp, text, day), word) == expected


def test_it_after_a_thing_its_own_sentence_names_is_no_actor_of_the_sentence_before(nlp):
    text = (
        "North Korea fired a missile on Monday. Leader Kim Jong Un oversaw the launch and said "
        "it demonstrated his country's resolve."
    )
    doc = parse(nlp, text, date(2023, 12, 19))
    assert _resolved(doc, "it") == set()
    # in its own sentence, the actor stays the nearer referent
    doc = parse(nlp, "North Korea condemned the drills and said it would respond.")
    assert _resolved(doc, "it") == {"PRK"}


def test_it_refers_to_a_country_the_tagger_reads_as_a_plural_noun(nlp) -> None:
    doc = parse(nlp, "Honduras said it would establish diplomatic relations with China.")
    assert _resolved(doc, "it") == {"HND"}


def test_their_after_a_list_parsed_as_an_apposition_is_every_country_of_the_list(nlp):
    # "Burkina Faso" hangs on "Mali" as an apposition, and "Niger" on it
    doc = parse(
        nlp,
        "Mali, Burkina Faso and Niger announced their immediate withdrawal from ECOWAS on Sunday.",
        date(2024, 1, 29),
    )
    their = [m for m in pronoun_mentions(doc) if doc[m.head].text == "their"]
    assert sorted(m.actor.code for m in their) == ["BFA", "MLI", "NER"]


def test_a_group_told_with_a_word_of_its_kind_is_the_organisation_named_before(nlp) -> None:
    text = (
        "Hamas released three Israeli hostages on Sunday. Qatar and Egypt, which mediated the "
        "deal, welcomed the truce. The militant group said it was committed to the agreement."
    )
    doc = parse(nlp, text, date(2025, 1, 20))
    assert _resolved(doc, "group") == {"PSEREB"}
    assert _resolved(doc, "it") == {"PSEREB"}  # not Qatar


def test_the_two_countries_are_the_sides_not_the_place_they_met_in(nlp) -> None:
    text = (
        "US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh "
        "on Tuesday. It was the first high-level meeting between the two countries since the "
        "start of the war in Ukraine. Rubio said the two sides had agreed to restore their "
        "embassies."
    )
    doc = parse(nlp, text, date(2025, 2, 18))
    assert _resolved(doc, "it") == set()  # the meeting, not Riyadh
    assert _resolved(doc, "countries") == {"USAGOV", "RUSGOV"}
    assert _resolved(doc, "sides") == {"USAGOV", "RUSGOV"}


def test_the_two_ministers_are_the_two_who_met_last(nlp) -> None:
    text = (
        "Chinese Foreign Minister Wang Yi held a phone call with Saudi Foreign Minister Prince "
        "Faisal bin Farhan on Saturday. The Saudi minister thanked China for its position. Last "
        "month, Wang met Iranian Foreign Minister Hossein Amir-Abdollahian in New York. The two "
        "ministers agreed to strengthen cooperation."
    )
    doc = parse(nlp, text, date(2023, 10, 16))
    assert _resolved(doc, "ministers") == {"CHNGOV", "IRNGOV"}


def test_the_group_backed_by_a_country_is_the_group_named_before(nlp) -> None:
    text = (
        "Houthi rebels fired drones at ships in the Red Sea. The strikes came after the "
        "Iran-backed group attacked ships for weeks."
    )
    doc = parse(nlp, text, date(2024, 1, 12))
    assert _resolved(doc, "group") == {"YEMREB"}  # not Iran


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        (
            "Zelenskyy said Russia was trying to destroy Ukraine's energy system. The French "
            "president said he would visit Kyiv.",
            "he",
            {"FRAGOV"},
        ),
        (
            "Zelenskyy said Russia was trying to destroy Ukraine's energy system. The UN "
            "Secretary-General was deeply shocked, his spokesman said.",
            "his",
            {"IGOUNO"},
        ),
    ],
)
def test_a_pronoun_after_an_office_holder_named_by_title_is_that_office_holder(
    nlp, text: str, pronoun: str, expected: set[str]
) -> None:
    assert _resolved(parse(nlp, text, date(2022, 10, 11)), pronoun) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Court of Justice ordered Israel to halt its offensive in Rafah.",
            "ISR",
        ),
        ("The UN Security Council urged Russia to withdraw its troops from Ukraine.", "RUS"),
        ("The European Union asked Serbia to recognise its border with Kosovo.", "SRB"),
    ],
)
def test_its_inside_an_infinitive_is_the_object_told_to_act(nlp, text, expected) -> None:
    # the object of "ordered", "urged", "asked" does what the infinitive says: "its" is its,
    # not the subject's (the court has no offensive)
    assert _resolved(parse(nlp, text, date(2024, 5, 24)), "its") == {expected}


def test_they_after_a_group_told_as_a_people_is_that_group(nlp) -> None:
    # "Houthis" may be tagged a singular name; the group is still who "they" are
    text = "The Houthis said they struck a British cargo ship in the Gulf of Aden."
    assert _resolved(parse(nlp, text, date(2024, 2, 14)), "they") == {"YEMREB"}


def test_a_group_whose_name_ends_in_s_is_no_people_for_they(nlp) -> None:
    # "Hamas" and "ISIS" are one group each, not a plural: "they" is the officials
    text = (
        "Israeli officials said Hamas rejected the proposal, and they vowed to continue the "
        "offensive."
    )
    assert _resolved(parse(nlp, text, date(2024, 5, 7)), "they") == {"ISRGOV"}


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # a participle's doer is its verb's subject, which its object pronoun is not
        (
            "Chinese police arrested 53 pro-democracy activists in Hong Kong on Wednesday, "
            "accusing them of subversion.",
            "them",
            "HKGOPP",
        ),
        ("Putin praised Xi after meeting him in Moscow.", "him", "CHNGOV"),
        # but what one is thanked for or accused of, the object does: "him" is the subject
        ("Zelensky thanked Biden for supporting him.", "him", "UKRGOV"),
        ("Putin accused Zelensky of insulting him.", "him", "RUSGOV"),
    ],
)
def test_an_object_pronoun_of_a_participle_is_not_the_participles_doer(
    nlp, text: str, pronoun: str, expected: str
) -> None:
    doc = parse(nlp, text, date(2021, 1, 6))
    word = next(t for t in doc if t.lower_ == pronoun)
    assert {m.actor.code for m in doc._.actors if m.head == word.i} == {expected}


def test_the_country_with_none_named_is_the_one_a_nationality_names(nlp) -> None:
    text = (
        "Iranian President Ebrahim Raisi died in a helicopter crash on Sunday. Russia offered "
        "its condolences to the country."
    )
    doc = parse(nlp, text, date(2024, 5, 20))
    assert _resolved(doc, "country") == {"IRN"}


def test_it_after_a_role_the_tagger_reads_as_a_name_is_that_role(nlp) -> None:
    # ("coast guard" in lower case is no person's name, whatever its tag: "it" may be it)
    text = (
        "China's coast guard said it had expelled a Philippine vessel from waters near "
        "Scarborough Shoal."
    )
    doc = parse(nlp, text, date(2023, 4, 8))
    assert _resolved(doc, "it") == {"CHNMIL"}

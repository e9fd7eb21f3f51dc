"""Word senses the patterns tell apart: the words a pattern's own example does not show.

Each pattern's example is coded by ``test_pattern_examples.py``; these sentences check the
other words of a list ("shortened the curfew", "cancelled restrictions") and the senses that
must not be confused: a labour strike is no air strike, "unrest" is no riot, handing over
medicine is aid, not the return of property.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import accord
from accord.pipeline import code_text

DATE = "2024-05-01"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return accord.load()


def _codes(nlp: Language, text: str) -> list[str]:
    return [e.cameo for e in code_text(nlp, text, date=DATE)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel shortened the nightly curfew in Hebron.", "0813"),
        ("Latvia cancelled restrictions on Russian-language broadcasts.", "081"),
        ("Egypt abolished the state of emergency.", "0814"),
        ("The Georgian government satisfied the demands of the protesters.", "083"),
        ("Greek teachers held a 24-hour strike.", "143"),
        ("Nigerian nurses began an indefinite strike.", "143"),
        ("Israel carried out a strike on Gaza.", "195"),
        ("An Israeli drone strike on Gaza killed three Palestinians.", "195"),
        ("Swiss doctors handed over medicine to the Red Cross in Iran.", "073"),
        ("The Haitian military declared a state of siege in Haiti.", "1724"),
        ("Israel instituted a curfew in Hebron.", "1723"),
        ("Israel reimposed a curfew in Hebron.", "1723"),
        ("Chinese hackers hacked into the computers of the Taiwanese government.", "170"),
        ("Russian hackers defaced Ukrainian government websites.", "1712"),
        ("Israel strengthened its forces in Lebanon.", "154"),
        ("Vietnamese forces recaptured a village from Cambodian guerrillas.", "192"),
        ("The United States suspended aid deliveries to Somalia.", "162"),
        ("The United Nations reduced food supplies to Cambodian refugees.", "1623"),
        ("The WFP cut food rations to Afghanistan.", "1623"),
        ("Russia closed its borders with Georgia.", "191"),
        ("Iraqi Kurds sought asylum in Germany.", "1033"),
        ("Turkish police prevented a demonstration by Kurdish students.", "1721"),
    ],
)
def test_a_listed_word_codes_to_its_sense(nlp: Language, text: str, code: str) -> None:
    assert code in _codes(nlp, text)


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        ("Greek doctors held a four-day strike.", "143", "195"),  # a labour strike
        ("Kenyan teachers began a strike over pay.", "143", "195"),
        ("Albania condemned Serbia's suppression of Albanian unrest.", "111", "145"),  # no riot
        ("Swiss doctors handed over medicine to the Red Cross in Iran.", "073", "084"),
        ("Mitterrand gave a warm welcome to South African President de Klerk.", "043", "083"),
    ],
)
def test_a_word_of_another_sense_is_coded_as_that_sense(
    nlp: Language, text: str, code: str, not_code: str
) -> None:
    codes = _codes(nlp, text)
    assert code in codes and not_code not in codes
